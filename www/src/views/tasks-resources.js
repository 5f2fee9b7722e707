// Oppgaver, section "Ressurser og arbeidsdeling": the core's resource overview
// (analysis.resources) per function, per unit or per target group, as sortable tables
// with bars, and exported as CSV for Excel (the rows in the order of the FTE column).
import { html } from '../ui/html.js';
import { useState } from 'preact/hooks';
import { t, formatNumber, formatPercent, getLang, intlLocales } from '../i18n.js';
import { Tabs } from '../ui/table-tools.js';
import { richText, strong } from '../ui/rich-text.js';
import { SortableTable } from './analysis-table.js';
import { currentResult } from './analysis-controls.js';
import { NoAnalysis } from './findings-parts.js';
import { FteBar, FteText, ShareList, EstimateNote, FTE_FORMAT } from './tasks-resources-chart.js';
import { countOf, num, maxOf, unitFunctionRows, sortByColumns, buildCsv } from '../lib/resources.js';
import { downloadText } from '../lib/download.js';
import { projectName } from '../lib/project.js';
import { slugify } from '../lib/slug.js';

export const RESOURCE_VIEWS = ['functions', 'units', 'groups'];

/** An essential function below the FTE threshold (the core marks every function; only essential ones matter here). */
export const isThin = (f) => !!f && f.essential === true && f.belowThreshold === true;

const groupName = (g) => (g.id === null || g.id === undefined ? t('resources.noGroup') : g.name || g.id);

/** Rows of a view, each with a `name` for sorting and CSV. */
export function resourceRows(resources, view) {
  if (view === 'units') return (resources.units || []).map((u) => ({ ...u, name: u.name || u.id }));
  if (view === 'groups') return (resources.targetGroups || []).map((g) => ({ ...g, name: groupName(g) }));
  return (resources.functions || []).map((f) => ({ ...f, name: f.name || f.id }));
}

/**
 * The columns of a view, shared by the table and the CSV: { key, label, kind, value, render?, csv? }.
 * csv: false leaves a column out of the file; csvColumns adds what only the file has.
 */
export function resourceColumns(view, { max = 1, functionNames = new Map() } = {}) {
  const fte = {
    key: 'fte',
    label: t('resources.col.fte'),
    kind: 'decimal',
    value: (r) => num(r.fte),
    render: (r) => html`<${FteBar} row=${r} max=${max} />`
  };
  const est = {
    key: 'estimatedFte',
    label: t('resources.col.estimatedShort'),
    title: t('resources.col.estimated'),
    kind: 'decimal',
    value: (r) => num(r.estimatedFte),
    render: (r) =>
      num(r.estimatedFte) > 0 ? html`<${FteText} row=${r} field="estimatedFte" />` : html`<span class="muted">–</span>`
  };
  const count = (key, field, label) => ({
    key,
    label,
    kind: 'count',
    value: (r) => countOf(r[field]),
    render: (r) => formatNumber(countOf(r[field]))
  });
  if (view === 'units') {
    return [
      {
        key: 'name',
        label: t('resources.col.unit'),
        kind: 'text',
        value: (r) => r.name,
        render: (r) => html`<span>${r.name}</span>`
      },
      fte,
      est,
      count('people', 'people', t('resources.col.people')),
      {
        key: 'spread',
        label: t('resources.col.split'),
        kind: 'count',
        csv: false,
        value: (r) => (r.byFunction || []).length,
        render: (r) => html`<${ShareList} items=${unitFunctionRows(r, functionNames)} />`
      }
    ];
  }
  if (view === 'groups') {
    return [
      {
        key: 'name',
        label: t('resources.col.group'),
        kind: 'text',
        value: (r) => r.name,
        render: (r) => html`<span>${r.name}</span>`
      },
      fte,
      est,
      count('functions', 'functions', t('resources.col.functions'))
    ];
  }
  return [
    {
      key: 'name',
      label: t('resources.col.function'),
      kind: 'text',
      value: (r) => r.name,
      render: (r) =>
        html`<span>${r.name}</span>${r.essential ? html` <span class="essential-mark">${t('tasks.essentialShort')}</span>` : null}`
    },
    fte,
    est,
    {
      key: 'unknown',
      label: t('resources.col.unknown'),
      title: t('resources.col.unknownHelp'),
      kind: 'count',
      value: (r) => countOf(r.unknownAssignments),
      render: (r) =>
        countOf(r.unknownAssignments) > 0
          ? html`<span data-testid="resources-row-unknown">${formatNumber(countOf(r.unknownAssignments))}</span>`
          : html`<span class="muted">–</span>`
    },
    count('people', 'people', t('resources.col.people')),
    count('units', 'units', t('resources.col.units')),
    count('groups', 'targetGroups', t('resources.col.groups')),
    {
      key: 'largestShare',
      label: t('resources.col.largestShare'),
      title: t('resources.col.largestShareHelp'),
      kind: 'share',
      value: (r) => (typeof r.largestShare === 'number' ? r.largestShare : null),
      render: (r) => (typeof r.largestShare === 'number' && num(r.fte) > 0 ? formatPercent(r.largestShare) : '–')
    },
    {
      key: 'below',
      label: t('resources.col.status'),
      kind: 'flag',
      value: (r) => isThin(r),
      render: (r) =>
        isThin(r)
          ? html`<span class="flag flag-gap" data-testid="resources-below">${t('resources.below')}</span>`
          : r.essential
            ? html`<span class="muted">${t('resources.enough')}</span>`
            : ''
    }
  ];
}

/** The CSV columns of a view: the table's (without bars) plus, per unit, one line per function. */
function csvSpec(view, functionNames) {
  const cols = resourceColumns(view, { functionNames }).filter((c) => c.csv !== false);
  const out = cols.map((c) => ({
    label:
      c.key === 'fte' ? t('resources.col.fteTotal') : c.key === 'estimatedFte' ? t('resources.col.estimated') : c.label,
    kind: c.kind === 'text' ? 'text' : 'number',
    decimals: c.kind === 'share' ? 3 : c.kind === 'count' ? 0 : 3,
    value: c.kind === 'flag' ? (r) => (c.value(r) ? t('resources.below') : '') : c.value
  }));
  if (view === 'functions')
    out.splice(1, 0, {
      label: t('resources.col.essential'),
      kind: 'text',
      value: (r) => (r.essential ? t('table.yes') : t('table.no'))
    });
  return out;
}

/** The file's rows: as the table's default order (largest FTE first); per unit one line per function. */
export function resourceCsv(resources, view, functionNames = new Map()) {
  const cols = csvSpec(view, functionNames);
  const sorted = sortByColumns(
    resourceRows(resources, view),
    resourceColumns(view, { functionNames }),
    { key: 'fte', dir: 'desc' },
    intlLocales(getLang())
  );
  if (view !== 'units') return buildCsv(cols, sorted);
  const lines = [];
  for (const u of sorted) {
    const parts = unitFunctionRows(u, functionNames);
    if (!parts.length) lines.push({ unit: u, part: null });
    for (const p of parts) lines.push({ unit: u, part: p });
  }
  return buildCsv(
    [
      ...cols.map((c) => ({ ...c, value: (x) => c.value(x.unit) })),
      { label: t('resources.col.function'), kind: 'text', value: (x) => (x.part ? x.part.name : '') },
      { label: t('resources.col.functionFte'), kind: 'number', value: (x) => (x.part ? x.part.fte : null) },
      { label: t('resources.col.share'), kind: 'number', value: (x) => (x.part ? x.part.share : null) }
    ],
    lines
  );
}

function Summary({ r }) {
  const below = (r.functions || []).filter(isThin).length;
  return html`<div class="summary-strip" data-testid="resources-summary">
    <span data-testid="resources-total">${richText('resources.sumTotal', { fte: `${r.estimatedFte > 0 ? '≈ ' : ''}${formatNumber(num(r.totalFte), FTE_FORMAT)}` }, { fte: strong })}</span>
    <span>${richText('resources.sumEstimated', { fte: formatNumber(num(r.estimatedFte), FTE_FORMAT) }, { fte: strong })}</span>
    <span class=${below ? 'sum-flag sum-gap' : ''} data-testid="resources-below-count">${richText('resources.sumBelow', { count: below, threshold: formatNumber(num(r.threshold), FTE_FORMAT) })}</span>
  </div>`;
}

export function ResourcesSection({ state, doc }) {
  const [view, setView] = useState('functions');
  const result = currentResult(state);
  const r = result && result.resources;
  const functionNames = new Map((doc.functions || []).map((f) => [f.id, f.name || f.id]));
  const download = () => {
    const name = `${slugify(projectName(doc))}-${slugify(t(`resources.file.${view}`), 'ressurser')}.csv`;
    downloadText(name, resourceCsv(r, view, functionNames), 'text/csv');
  };
  let body;
  if (!r) {
    body = result
      ? html`<p class="muted" data-testid="resources-missing">${t('resources.missing')}</p>`
      : html`<${NoAnalysis} state=${state} />`;
  } else {
    const rows = resourceRows(r, view);
    // Nothing estimated: the "estimated" column would be all dashes, so the table leaves it out (the file keeps it).
    // Likewise "without FTE" when every task's time is known.
    const columns = resourceColumns(view, { max: maxOf(rows), functionNames }).filter(
      (c) =>
        (c.key !== 'estimatedFte' || num(r.estimatedFte) > 0) && (c.key !== 'unknown' || num(r.unknownAssignments) > 0)
    );
    const tabs = RESOURCE_VIEWS.map((id) => ({ id, label: t(`resources.view.${id}`) }));
    body = html`
      <${Summary} r=${r} />
      <div class="res-actions">
        <button type="button" class="button button-secondary button-small" data-testid="resources-csv" onClick=${download}>${t('resources.csv')}</button>
        <span class="muted small">${t('resources.csvHint')}</span>
      </div>
      <${Tabs} idBase="res" tabs=${tabs} active=${view} onChange=${setView} label=${t('resources.viewLabel')}>
        ${
          rows.length === 0
            ? html`<p class="empty" data-testid="resources-empty">${t('resources.empty')}</p>`
            : html`
          <${SortableTable} key=${view} id=${`res-${view}`} testid=${`resources-${view}`} caption=${t(`resources.caption.${view}`)}
            columns=${columns} rows=${rows} rowKey=${(row) => String(row.id)} initialSort=${{ key: 'fte', dir: 'desc' }} />`
        }
      <//>
      <${EstimateNote} resources=${r} />`;
  }
  return html`
    <section class="res-section" aria-labelledby="res-title" data-testid="resources-section">
      <h2 id="res-title">${t('resources.title')}</h2>
      <p class="lead-small">${t('resources.lead')}</p>
      ${body}
    </section>`;
}
