// A feedback sheet as a file of its own: escaped text, no script whatever the names say, the file's CSP, one
// file per person in the zip with unique names. The sheet here is hand-made in the shape api::feedback returns.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { unzipSync, strFromU8 } from 'fflate';
import { h } from 'preact';
import { html } from '../../www/src/ui/html.js';
import { renderToString, escapeText, escapeAttribute } from '../../www/src/lib/html-string.js';
import { feedbackFileHtml, feedbackFilename, feedbackZip, FEEDBACK_CSP } from '../../www/src/views/feedback-file.js';

const split = {
  total: 4,
  inside: 1,
  otherUnits: 2,
  partners: 1,
  insideShare: 0.25,
  otherUnitsShare: 0.5,
  partnersShare: 0.25
};
const feedback = {
  wave: { id: 'w', label: 'Våren <2026>', date: '2026-04-20' },
  municipality: 'Bø & Sauherad',
  minGroupSize: 5,
  contact: 'Kari <kari@example.no>',
  organisation: {
    asked: 8,
    responded: 6,
    responseRate: 0.75,
    contacts: split,
    findings: [
      { id: 'silo:u', rule: 'silo', severity: 'warning', title: 'NAV har lite kontakt', explanation: 'Se <her>.' }
    ]
  },
  sheets: [
    {
      actorId: 'a1',
      name: 'Ola "<script>alert(1)</script>" Nordmann',
      unitId: 'u',
      unitName: 'NAV',
      contacts: [
        {
          actorId: 'a2',
          name: 'Åse <img src=x onerror=alert(1)>',
          unitId: 'u',
          unitName: 'NAV',
          external: false,
          frequency: 3,
          types: ['advice', 'referral']
        }
      ],
      tasks: [{ functionId: 'f', function: 'Startlån', role: 'responsible', targetGroups: [] }],
      unit: {
        shown: true,
        members: 6,
        asked: 6,
        responded: 5,
        responseRate: 5 / 6,
        contacts: split,
        topUnits: [
          { pooled: 'units', units: 3, contacts: 4 },
          { unitId: 'x', name: 'Husbanken', external: true, contacts: 1 }
        ]
      }
    },
    {
      actorId: 'a3',
      name: 'Kari Li',
      unitId: 'v',
      unitName: 'Plan',
      contacts: [],
      tasks: [],
      unit: { shown: false, members: 2, reason: 'small' }
    },
    {
      actorId: 'a4',
      name: 'Kari Li',
      unitId: 'v',
      unitName: 'Plan',
      contacts: [],
      tasks: [],
      unit: { shown: false, members: 2, reason: 'small' }
    }
  ]
};

test('text and attribute values are escaped; elements and attributes that run code are refused', () => {
  assert.equal(escapeText('a & <b> "c"'), 'a &amp; &lt;b&gt; "c"');
  assert.equal(escapeAttribute('"><x'), '&quot;&gt;&lt;x');
  assert.equal(
    renderToString(html`<p title=${'"x" <y>'} class="k">${'<b>&'}${3}</p>`),
    '<p title="&quot;x&quot; &lt;y&gt;" class="k">&lt;b&gt;&amp;3</p>'
  );
  assert.equal(renderToString(html`<button onClick=${() => 1}>x</button>`), '<button>x</button>');
  assert.equal(renderToString(html`<p hidden=${true} lang=${null}>x<br />y</p>`), '<p hidden>x<br>y</p>');
  assert.throws(() => renderToString(h('script', null, 'alert(1)')), /not allowed/);
  assert.throws(() => renderToString(h('iframe', { src: 'x' })), /not allowed/);
  assert.throws(() => renderToString(h('a', { href: 'javascript:alert(1)' }, 'x')), /may not run code/);
  assert.throws(() => renderToString(h('div', { dangerouslySetInnerHTML: { __html: '<b>' } })), /raw HTML/);
  assert.equal(
    renderToString(h('style', null, 'p{content:"</style><script>"}')),
    '<style>p{content:"\\3c /style><script>"}</style>'
  );
});

test('the file: the sheet in its language, every name escaped, no script, the CSP forbids connections', () => {
  const text = feedbackFileHtml(feedback, feedback.sheets[0], 'nb');
  assert.ok(text.startsWith('<!doctype html>\n<html lang="nb">'));
  assert.equal((text.match(/<script/gi) || []).length, 0, 'no script element, not even from a name');
  assert.ok(!/<img/i.test(text), 'markup in a name stays text');
  assert.ok(
    text.includes(
      '<title>Tilbakemelding til Ola "&lt;script&gt;alert(1)&lt;/script&gt;" Nordmann – Våren &lt;2026&gt;</title>'
    )
  );
  assert.ok(text.includes(`content="${FEEDBACK_CSP}"`));
  assert.match(FEEDBACK_CSP, /default-src 'none'/);
  assert.ok(!/script-src|connect-src/.test(FEEDBACK_CSP));
  assert.ok(text.includes('<h1 class="fb-title">Tilbakemelding til Ola'));
  assert.ok(text.includes('Bø &amp; Sauherad · kartleggingsrunden «Våren &lt;2026&gt;»'));
  assert.ok(text.includes('Ukentlig'), 'frequency 3 in words');
  assert.ok(
    text.includes('<ul class="fb-kinds"><li>Råd og veiledning</li><li>Henvisning</li></ul>'),
    'the kinds of contact as a list'
  );
  assert.ok(text.includes('ta kontakt med Kari &lt;kari@example.no&gt;.'));
  assert.ok(text.includes('I enheten svarte 5 av 6 som ble spurt (83'));
  assert.ok(text.includes('<th scope="row">3 små enheter i kommunen til sammen</th><td class="fb-num">4</td>'));
  assert.ok(text.includes('Enheter med færre enn 5 personer er slått sammen'));
  assert.ok(/@page \{ size: A4/.test(text), 'its own print styles');

  const nn = feedbackFileHtml(feedback, feedback.sheets[1], 'nn');
  assert.ok(nn.startsWith('<!doctype html>\n<html lang="nn">'));
  assert.ok(nn.includes('Eininga di har færre enn 5 personar'));
  assert.ok(!nn.includes('fb-unit-split'), 'no figures for a unit below the floor');
  assert.ok(nn.includes('Du oppgav ingen kontaktar i denne runden.'));
});

test('file names carry the person’s name; the zip has one file per person, names made unique', () => {
  assert.equal(feedbackFilename('Åse Bø-Ødegård'), 'tilbakemelding-ase-bo-odegard.html');
  const { filename, bytes } = feedbackZip(feedback, 'en');
  assert.equal(filename, 'tilbakemeldinger-varen-2026.zip');
  const files = unzipSync(bytes);
  assert.deepEqual(Object.keys(files), [
    'tilbakemelding-ola-script-alert-1-script-nordmann.html',
    'tilbakemelding-kari-li.html',
    'tilbakemelding-kari-li-2.html'
  ]);
  const kari = strFromU8(files['tilbakemelding-kari-li-2.html']);
  assert.ok(kari.includes('data-id="a4"'));
  assert.ok(kari.includes('<html lang="en">'));
  assert.ok(kari.includes('Your unit has fewer than 5 people'));
});
