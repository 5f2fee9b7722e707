// htm bound to Preact's h: tagged templates instead of JSX, no build step needed.
// Interpolated values are always text or props; never build markup from strings.
import { h, Fragment } from 'preact';
import htm from 'htm';

export const html = htm.bind(h);
export { Fragment };
