// lib/findings.js: filtering, ordering, drafts, assessments and phase document operations.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  filterFindings,
  groupBySeverity,
  topFindings,
  openDrafts,
  acceptDraft,
  rejectDraft,
  saveAssessment,
  deleteAssessment,
  setPhaseItem,
  setPhaseNote,
  nextPhaseStep,
  describeEvidence
} from '../../www/src/lib/findings.js';

const F = [
  { id: 'i1', rule: 'isolate', severity: 'info', subjects: { units: ['u1'] } },
  { id: 'b1', rule: 'bottleneck', severity: 'critical', subjects: { units: ['u2'] } },
  { id: 'b2', rule: 'bottleneck', severity: 'critical', subjects: { units: ['u2'] } },
  { id: 's1', rule: 'silo', severity: 'warning', subjects: { units: ['u1'] } },
  { id: 'p1', rule: 'phase-incomplete', severity: 'warning', subjects: {} }
];

test('filter and group by severity, critical first', () => {
  assert.deepEqual(
    filterFindings(F).map((f) => f.id),
    ['b1', 'b2', 's1', 'p1', 'i1']
  );
  assert.deepEqual(
    filterFindings(F, { unit: 'u1' }).map((f) => f.id),
    ['s1', 'i1']
  );
  assert.deepEqual(
    groupBySeverity(filterFindings(F)).map((g) => g.severity),
    ['critical', 'warning', 'info']
  );
});

test('top findings: one per rule first, no phase findings', () => {
  assert.deepEqual(
    topFindings(F, 3).map((f) => f.id),
    ['b1', 's1', 'i1']
  );
  assert.deepEqual(
    topFindings(F, 5).map((f) => f.id),
    ['b1', 'b2', 's1', 'i1']
  );
});

test('drafts: accept stores draftId and evidence; reject hides', () => {
  const doc = { assessments: [] };
  const drafts = [
    { id: 'd1', kind: 'weakness', text: 'T', evidence: ['finding:b1'] },
    { id: 'd2', kind: 'strength', text: 'S', evidence: [] }
  ];
  acceptDraft(doc, drafts[0], ' Edited ');
  assert.deepEqual(doc.assessments[0], {
    id: 'w-1',
    kind: 'weakness',
    text: 'Edited',
    evidence: ['finding:b1'],
    draftId: 'd1'
  });
  rejectDraft(doc, 'd2');
  assert.deepEqual(doc.rejectedDrafts, ['d2']);
  assert.deepEqual(openDrafts(doc, drafts), []);
});

test('assessments: add, edit, delete; empty fields dropped', () => {
  const doc = {};
  const id = saveAssessment(doc, {
    kind: 'change',
    text: 'Do',
    owner: '',
    status: 'proposed',
    due: '',
    evidence: ['finding:b1']
  });
  assert.deepEqual(doc.assessments[0], {
    kind: 'change',
    text: 'Do',
    status: 'proposed',
    evidence: ['finding:b1'],
    id
  });
  saveAssessment(doc, { id, status: 'done' });
  assert.equal(doc.assessments[0].status, 'done');
  deleteAssessment(doc, id);
  assert.deepEqual(doc.assessments, []);
});

test('phases: tick, note, date, phase note; next step', () => {
  const doc = {};
  setPhaseItem(doc, 1, 'mandate', { done: true });
  setPhaseItem(doc, 1, 'mandate', { note: 'n', date: '2025-01-02' });
  setPhaseItem(doc, 1, 'mandate', { note: '' });
  setPhaseNote(doc, 2, 'x');
  assert.deepEqual(doc.phases, { 1: { items: { mandate: { done: true, date: '2025-01-02' } } }, 2: { note: 'x' } });
  const next = nextPhaseStep([
    { number: 1, complete: true, items: [] },
    {
      number: 2,
      complete: false,
      items: [
        { id: 'a', done: true, required: true },
        { id: 'b', done: false, required: false },
        { id: 'c', done: false, required: true }
      ]
    }
  ]);
  assert.equal(next.phase.number, 2);
  assert.equal(next.item.id, 'c');
});

test('describeEvidence names findings, unit pairs and network figures; unknown refs are dropped', () => {
  const doc = {
    units: [
      { id: 'u1', name: 'NAV' },
      { id: 'u2', name: 'Boligkontoret' }
    ]
  };
  const findings = [{ id: 'b1', title: 'Flaskehals' }];
  assert.deepEqual(describeEvidence('finding:b1', { findings, doc }), {
    kind: 'finding',
    key: 'b1',
    params: { title: 'Flaskehals' }
  });
  assert.equal(describeEvidence('finding:gone', { findings, doc }), null);
  assert.deepEqual(describeEvidence('units:u1+u2', { findings, doc }).params, { a: 'NAV', b: 'Boligkontoret' });
  assert.deepEqual(
    describeEvidence('units:u1+u9', { doc }).params,
    { a: 'NAV', b: 'u9' },
    'a deleted unit shows its id'
  );
  assert.deepEqual(describeEvidence('network:responseRate', {}), { kind: 'network', key: 'responseRate', params: {} });
  assert.equal(describeEvidence('nonsense', {}), null);
  assert.equal(describeEvidence('other:x', {}), null);
});

test('a finding\'s numbers: betweenness as a percentage like Analyse (regression: "47 %" there, "0,47" in Funn), and the survey counts', async () => {
  const { numberPairs } = await import('../../www/src/views/findings-parts.js');
  const { setLang } = await import('../../www/src/i18n.js');
  setLang('nb');
  const pairs = numberPairs({
    rule: 'bottleneck',
    numbers: { betweenness: 0.47, threshold: 0.2, peopleCutOff: 3, nonRespondents: 3 }
  });
  const value = (key) => (pairs.find((p) => p.key === key) || {}).value;
  assert.match(value('betweenness'), /^47\s%$/);
  assert.match(value('threshold'), /^20\s%$/);
  assert.equal(value('nonRespondents'), '3');
  assert.equal(pairs.find((p) => p.key === 'nonRespondents').label, 'har ikke svart');
  const reported = numberPairs({ rule: 'uncovered-function', numbers: { reportedHolders: 1 } });
  assert.equal(reported[0].label, 'oppgitt i spørreskjemaet');
});
