// The twelve group colours of the map and the report (lib/map-style.js): distinct, far enough apart to be
// told apart on small symbols, also under simulated colour-vision deficiencies, and never repeated for up to
// twelve units. Colour science: sRGB (IEC 61966-2-1) -> CIE Lab (D65) -> CIEDE2000 (Sharma, Wu & Dalal 2005);
// colour-vision deficiency simulated with Machado, Oliveira & Fernandes (2009), severity 1.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PALETTE, NO_GROUP, NODE_STROKE, unitStyles, styleAt } from '../../www/src/lib/map-style.js';

const hexToRgb = (hex) => {
  const n = parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
};
const toLinear = (c) => {
  const v = c / 255;
  return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
};
const fromLinear = (v) => {
  const c = Math.min(1, Math.max(0, v));
  return 255 * (c <= 0.0031308 ? 12.92 * c : 1.055 * c ** (1 / 2.4) - 0.055);
};

function rgbToLab(rgb) {
  const [r, g, b] = rgb.map(toLinear);
  const x = (0.4124564 * r + 0.3575761 * g + 0.1804375 * b) / 0.95047;
  const y = 0.2126729 * r + 0.7151522 * g + 0.072175 * b;
  const z = (0.0193339 * r + 0.119192 * g + 0.9503041 * b) / 1.08883;
  const f = (v) => (v > 216 / 24389 ? Math.cbrt(v) : ((24389 / 27) * v + 16) / 116);
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}

/** CIEDE2000 colour difference of two Lab colours (kL = kC = kH = 1). */
function ciede2000([L1, a1, b1], [L2, a2, b2]) {
  const rad = Math.PI / 180;
  const C7 = ((Math.hypot(a1, b1) + Math.hypot(a2, b2)) / 2) ** 7;
  const G = 0.5 * (1 - Math.sqrt(C7 / (C7 + 25 ** 7)));
  const a1p = (1 + G) * a1;
  const a2p = (1 + G) * a2;
  const C1p = Math.hypot(a1p, b1);
  const C2p = Math.hypot(a2p, b2);
  const hue = (b, a) => (a === 0 && b === 0 ? 0 : (Math.atan2(b, a) / rad + 360) % 360);
  const h1p = hue(b1, a1p);
  const h2p = hue(b2, a2p);
  let dhp = 0;
  if (C1p * C2p !== 0) {
    dhp = h2p - h1p;
    if (dhp > 180) dhp -= 360;
    else if (dhp < -180) dhp += 360;
  }
  const dLp = L2 - L1;
  const dCp = C2p - C1p;
  const dHp = 2 * Math.sqrt(C1p * C2p) * Math.sin((dhp / 2) * rad);
  const Lbp = (L1 + L2) / 2;
  const Cbp = (C1p + C2p) / 2;
  let hbp = h1p + h2p;
  if (C1p * C2p !== 0) {
    if (Math.abs(h1p - h2p) > 180) hbp = h1p + h2p < 360 ? (h1p + h2p + 360) / 2 : (h1p + h2p - 360) / 2;
    else hbp = (h1p + h2p) / 2;
  }
  const T =
    1 -
    0.17 * Math.cos((hbp - 30) * rad) +
    0.24 * Math.cos(2 * hbp * rad) +
    0.32 * Math.cos((3 * hbp + 6) * rad) -
    0.2 * Math.cos((4 * hbp - 63) * rad);
  const dTheta = 30 * Math.exp(-(((hbp - 275) / 25) ** 2));
  const RC = 2 * Math.sqrt(Cbp ** 7 / (Cbp ** 7 + 25 ** 7));
  const SL = 1 + (0.015 * (Lbp - 50) ** 2) / Math.sqrt(20 + (Lbp - 50) ** 2);
  const SC = 1 + 0.045 * Cbp;
  const SH = 1 + 0.015 * Cbp * T;
  const RT = -Math.sin(2 * dTheta * rad) * RC;
  return Math.sqrt((dLp / SL) ** 2 + (dCp / SC) ** 2 + (dHp / SH) ** 2 + RT * (dCp / SC) * (dHp / SH));
}

const MACHADO = {
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881]
  ],
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998]
  ]
};
const simulate = (rgb, m) => {
  const l = rgb.map(toLinear);
  return m.map((row) => fromLinear(row[0] * l[0] + row[1] * l[1] + row[2] * l[2]));
};
const lab = (hex, m) => rgbToLab(m ? simulate(hexToRgb(hex), m) : hexToRgb(hex));
const luminance = (hex) => {
  const [r, g, b] = hexToRgb(hex).map(toLinear);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};
const contrast = (x, y) => {
  const [a, b] = [luminance(x), luminance(y)].sort((p, q) => q - p);
  return (a + 0.05) / (b + 0.05);
};
function closestPair(colours, m) {
  let best = { d: Infinity, pair: null };
  for (let i = 0; i < colours.length; i++) {
    for (let j = i + 1; j < colours.length; j++) {
      const d = ciede2000(lab(colours[i], m), lab(colours[j], m));
      if (d < best.d) best = { d, pair: [colours[i], colours[j]] };
    }
  }
  return best;
}

test('CIEDE2000 as implemented here gives the published values (Sharma, Wu & Dalal 2005, pairs 1, 7 and 17)', () => {
  assert.equal(ciede2000([50, 2.6772, -79.7751], [50, 0, -82.7485]).toFixed(4), '2.0425');
  assert.equal(ciede2000([50, 0, 0], [50, -1, 2]).toFixed(4), '2.3669');
  assert.equal(ciede2000([50, 2.5, 0], [73, 25, -18]).toFixed(4), '27.1492');
  const white = rgbToLab([255, 255, 255]);
  assert.ok(Math.abs(white[0] - 100) < 1e-3 && Math.abs(white[1]) < 1e-3 && Math.abs(white[2]) < 1e-3);
});

test('twelve different colours, each pair at least 15 CIEDE2000 apart, and apart from the "no group" grey', () => {
  // 15: six times the just-noticeable difference (2.3), so two small map symbols are told apart at a glance,
  // not only side by side; Tableau 10, a well-tried categorical palette, has its closest pair at about 18.
  assert.equal(PALETTE.length, 12);
  assert.equal(new Set(PALETTE.map((c) => c.toLowerCase())).size, 12);
  const { d, pair } = closestPair(PALETTE);
  assert.ok(d >= 15, `closest pair ${pair} is only ${d.toFixed(1)} apart`);
  for (const c of PALETTE) {
    const dg = ciede2000(lab(c), lab(NO_GROUP.color));
    assert.ok(dg >= 15, `${c} is only ${dg.toFixed(1)} from the grey of "no group"`);
  }
});

test('under simulated deuteranopia and protanopia every pair stays at least 8 apart', () => {
  // Twelve colours cannot stay as far apart for colour-blind readers (Okabe–Ito's own seven reach 11.6 under
  // deuteranopia); 8 is still over three just-noticeable differences, and shape, fill, the labels and the key
  // carry the unit as well.
  for (const [name, m] of Object.entries(MACHADO)) {
    const { d, pair } = closestPair(PALETTE, m);
    assert.ok(d >= 8, `${name}: ${pair} only ${d.toFixed(1)} apart`);
  }
});

test('on white paper: node outlines and label text stand out (WCAG 1.4.11 and 1.4.3)', () => {
  // Every node is drawn with NODE_STROKE around its fill, so even the light fills (yellow, pale green) have
  // an edge; labels are drawn in the same dark colour on a white halo.
  assert.ok(
    contrast(NODE_STROKE, '#ffffff') >= 4.5,
    `outline/label contrast ${contrast(NODE_STROKE, '#ffffff').toFixed(2)}`
  );
  // A fill is either clearly darker than the paper or clearly lighter than its outline, never lost in both.
  for (const c of PALETTE) assert.ok(Math.max(contrast(c, '#ffffff'), contrast(c, NODE_STROKE)) >= 3, c);
});

test('regression (repeated colours): 7 units and 5 partners get 12 different colours, not two orange and two blue', () => {
  const units = [
    ...Array.from({ length: 7 }, (_, i) => ({ id: `u-${i}`, external: false })),
    ...Array.from({ length: 5 }, (_, i) => ({ id: `x-${i}`, external: true }))
  ];
  const styles = unitStyles(units);
  const colours = [...styles.values()].map((s) => s.color);
  assert.equal(new Set(colours).size, 12, `colours: ${colours.join(' ')}`);
  assert.ok([...styles.values()].every((s) => s.fill === 'solid'));
  assert.equal(styles.get('x-0').shape, 'square');
  assert.equal(styles.get('x-0').color, PALETTE[7], 'partners continue the sequence after the internal units');
});

test('the example municipality (12 units, 5 partners): the 12 units have 12 colours; beyond that pattern and shape differ', () => {
  const units = [
    ...Array.from({ length: 12 }, (_, i) => ({ id: `u-${i}`, external: false })),
    ...Array.from({ length: 5 }, (_, i) => ({ id: `x-${i}`, external: true }))
  ];
  // Partners listed first in the document still come after the internal units in the sequence.
  const styles = unitStyles([...units.slice(12), ...units.slice(0, 12)]);
  const internal = units.slice(0, 12).map((u) => styles.get(u.id));
  assert.deepEqual(
    internal.map((s) => s.color),
    PALETTE
  );
  const looks = new Set([...styles.values()].map((s) => `${s.color}|${s.fill}|${s.shape}`));
  assert.equal(looks.size, 17, 'no two of the 17 look the same');
  assert.deepEqual(styleAt(12), { color: PALETTE[0], fill: 'hollow' });
  assert.deepEqual(styleAt(24), { color: PALETTE[0], fill: 'dot' });
});
