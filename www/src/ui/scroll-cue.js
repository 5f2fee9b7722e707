// A cue over a region that scrolls sideways (Oppgaver's matrix at 1366 px cuts off the partners' columns at the
// right edge with nothing to say so): while columns lie beyond the right edge, a line says how many, with a button
// that scrolls on, and the region gets a shaded right edge (class `has-more-right`). Columns are the elements
// matching `columns` inside the region; one counts as hidden when its right edge lies past the region's.
// O(columns) per scroll or resize, throttled to one measurement per frame.
import { html } from './html.js';
import { useState, useEffect } from 'preact/hooks';
import { t } from '../i18n.js';

function hiddenRight(region, columns) {
  const edge = region.getBoundingClientRect().right;
  let n = 0;
  for (const el of region.querySelectorAll(columns)) if (el.getBoundingClientRect().right > edge + 1) n += 1;
  return n;
}

export function ScrollCue({ regionRef, columns, textKey, buttonKey, testid, deps = [] }) {
  const [hidden, setHidden] = useState(0);
  useEffect(() => {
    const region = regionRef.current;
    if (!region) return undefined;
    let frame = 0;
    const measure = () => {
      frame = 0;
      const n = hiddenRight(region, columns);
      region.classList.toggle('has-more-right', n > 0);
      setHidden(n);
    };
    const later = () => {
      if (!frame) frame = requestAnimationFrame(measure);
    };
    measure();
    region.addEventListener('scroll', later, { passive: true });
    window.addEventListener('resize', later);
    return () => {
      if (frame) cancelAnimationFrame(frame);
      region.removeEventListener('scroll', later);
      window.removeEventListener('resize', later);
    };
  }, deps);
  if (hidden === 0) return null;
  const more = () => {
    const region = regionRef.current;
    if (region) region.scrollBy({ left: Math.max(160, region.clientWidth * 0.6), behavior: 'smooth' });
  };
  return html`<p class="scroll-cue" data-testid=${testid}>
    <span aria-hidden="true">→ </span>${t(textKey, { count: hidden })}${' '}
    <button type="button" class="button-link" data-testid=${`${testid}-more`} onClick=${more}>${t(buttonKey)}</button>
  </p>`;
}
