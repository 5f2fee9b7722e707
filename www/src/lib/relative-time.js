// How long ago a moment was, in the unit a person would say it in: "nå nettopp", "for 5 minutter siden",
// "for 3 timer siden", "for 2 dager siden". Pure: the words are messages (snapshots.ago.*), chosen by the view.

const MINUTE = 60 * 1000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/**
 * { unit: 'now' | 'minute' | 'hour' | 'day', count } for `then` seen from `now` (Dates, ISO text or ms). Whole
 * units, rounded down; under a minute, or a moment in the future (another computer's clock), is 'now'.
 */
export function elapsed(then, now) {
  const a = then instanceof Date ? then.getTime() : typeof then === 'number' ? then : Date.parse(then);
  const b = now instanceof Date ? now.getTime() : typeof now === 'number' ? now : Date.parse(now);
  if (!Number.isFinite(a) || !Number.isFinite(b)) return null;
  const d = b - a;
  if (d < MINUTE) return { unit: 'now', count: 0 };
  if (d < HOUR) return { unit: 'minute', count: Math.floor(d / MINUTE) };
  if (d < DAY) return { unit: 'hour', count: Math.floor(d / HOUR) };
  return { unit: 'day', count: Math.floor(d / DAY) };
}
