// Organisasjon › Importer ansattliste: a staff list (CSV or .xlsx) as the project's people (docs/formats.md).
// The page shows the columns Bosam reads and offers a template; a chosen file is previewed with the columns the core
// guessed (changeable); the import is one undo step. Everything from the file is rendered as text; the core reads,
// checks and builds (actions.peopleImport*).
import { html } from '../ui/html.js';
import { t } from '../i18n.js';
import { ErrorItems } from '../ui/error-list.js';
import { OpReport } from '../ui/op-report.js';
import { FileButton, TablePreview, columnOptions, previewCaption } from '../ui/file-preview.js';
import { listText } from '../ui/list-text.js';
import { emptyPeopleImport } from '../state/people-import-actions.js';

const PREVIEW_ROWS = 8;
const FIELDS = ['name', 'unit', 'role', 'fte', 'location'];
const PARTS = ' first+last '; // the "Fornavn + Etternavn" choice: spaces at both ends, so never a (trimmed) header
const LISTED = 10;

function ExpectedColumns() {
  return html`
    <div class="table-wrap" role="region" tabindex="0" aria-labelledby="people-columns-caption">
      <table class="data-table" data-testid="people-columns">
        <caption id="people-columns-caption" class="table-caption">${t('people.columnsCaption')}</caption>
        <thead><tr>
          <th scope="col">${t('people.colHeader')}</th><th scope="col">${t('people.colMeaning')}</th><th scope="col">${t('people.colExample')}</th>
        </tr></thead>
        <tbody>${FIELDS.map(
          (f) => html`
          <tr key=${f}><th scope="row">${t(`people.col.${f}`)}</th><td>${t(`people.meaning.${f}`)}</td><td>${t(`people.example.${f}`)}</td></tr>`
        )}
        </tbody>
      </table>
    </div>
    <p class="field-hint">${t('people.columnsHint')}</p>`;
}

function Mapping({ pi, actions }) {
  const p = pi.file.preview;
  const m = pi.mapping;
  const s = p.suggestedMapping || {};
  const none = t('people.notUsed');
  const nameValue = m.name || (m.firstName || m.lastName ? PARTS : '');
  const onName = (value) =>
    actions.peopleImportMap(
      value === PARTS
        ? { name: '', firstName: s.firstName, lastName: s.lastName }
        : value
          ? { name: value }
          : { name: '', firstName: '', lastName: '' }
    );
  const options = (field) => {
    const base = columnOptions(p.header, none);
    if (field === 'name' && s.firstName && s.lastName)
      base.push({ value: PARTS, label: t('people.firstLast', { first: s.firstName, last: s.lastName }) });
    return base;
  };
  const select = (field) => {
    const value = field === 'name' ? nameValue : m[field];
    return html`
      <div class="control" key=${field}>
        <label for=${`people-map-${field}`}>${t(`people.map.${field}`)}${field === 'name' ? html` <span class="required-mark">${t('edit.requiredMark')}</span>` : null}</label>
        <select id=${`people-map-${field}`} data-testid=${`people-map-${field}`}
          onChange=${(e) => (field === 'name' ? onName(e.currentTarget.value) : actions.peopleImportMap({ [field]: e.currentTarget.value }))}>
          ${options(field).map((o) => html`<option key=${o.value} value=${o.value} selected=${o.value === value}>${o.label}</option>`)}
        </select>
      </div>`;
  };
  return html`
    <div class="export-controls people-mapping" role="group" aria-labelledby="people-mapping-title">
      <h3 id="people-mapping-title">${t('people.mappingTitle')}</h3>
      <div class="control-group">${FIELDS.map(select)}</div>
      <p class="field-hint">${t('people.mapHint')}</p>
    </div>`;
}

function ChosenFile({ pi, actions }) {
  const f = pi.file;
  const p = f.preview;
  const rows = (p.rows || []).slice(0, PREVIEW_ROWS);
  const hasName = Boolean(pi.mapping.name || pi.mapping.firstName || pi.mapping.lastName);
  const busy = pi.status === 'reading' || pi.status === 'importing';
  return html`
    <p>
      <span data-testid="people-file-name">${f.name}</span>${' '}
      <button type="button" class="button button-link" data-testid="people-clear" onClick=${() => actions.peopleImportClear()}>
        ${t('people.remove', { file: f.name })}</button>
    </p>
    ${
      (f.notes || []).length
        ? html`<div class="report report-info" data-testid="people-preview-notes">${f.notes.map((n, i) => html`<p key=${i}>${n.message}</p>`)}</div>`
        : null
    }
    <${TablePreview} id="people-preview-caption" testid="people-preview"
      caption=${previewCaption(f.name, rows.length, p.rowCount)}
      facts=${p.delimiter ? t('people.csvFacts', { delimiter: p.delimiter === '\t' ? 'tab' : p.delimiter }) : ''}
      header=${p.header} rows=${rows} rowNumbers=${p.lines} rowHeader=${t('people.rowNumber')} />
    <${Mapping} pi=${pi} actions=${actions} />
    ${pi.mapping.fte ? html`<p class="field-hint" data-testid="people-fte-note">${t('people.fteNote', { column: pi.mapping.fte })}</p>` : null}
    ${hasName ? null : html`<p class="field-hint" id="people-need-name" data-testid="people-need-name">${t('people.needName')}</p>`}
    <p><button type="button" class="button button-primary" data-testid="people-run" disabled=${busy || !hasName}
      aria-describedby=${hasName ? undefined : 'people-need-name'}
      onClick=${() => actions.peopleImportRun()}>${t('people.run', { count: p.rowCount })}</button></p>`;
}

const names = (list) =>
  listText(
    list.map((x) => x.name),
    LISTED,
    (n) => t('people.more', { count: n })
  );

function Result({ pi }) {
  if (pi.status === 'reading' || pi.status === 'importing')
    return html`<${OpReport} status="working" title=${t(`people.${pi.status}`)} />`;
  if (pi.status === 'failed') {
    return html`<${OpReport} status="failed" testid="people-import-errors" title=${t('people.failed')} errors=${pi.errors} errorTestid="people-import-error" />`;
  }
  if (pi.status === 'declined')
    return html`<${OpReport} status="info" testid="people-import-declined" title=${t('people.declined')} />`;
  if (pi.status !== 'ok' || !pi.report) return null;
  const r = pi.report;
  const created = r.unitsCreated || [];
  const title = listText([
    t('people.added', { count: r.added }),
    t('people.updated', { count: r.updated }),
    ...(created.length ? [t('people.unitsCreated', { count: created.length })] : [])
  ]);
  return html`
    <${OpReport} status="ok" testid="people-import-report" title=${title}>
      ${r.addedPeople.length ? html`<p>${t('people.addedList', { names: names(r.addedPeople) })}</p>` : null}
      ${r.updatedPeople.length ? html`<p>${t('people.updatedList', { names: names(r.updatedPeople) })}</p>` : null}
      ${created.length ? html`<p>${t('people.createdList', { names: names(created.map((u) => (u.external ? { name: t('people.createdExternal', { name: u.name }) } : u))) })}</p>` : null}
      ${r.unchanged ? html`<p>${t('people.unchanged', { count: r.unchanged })}</p>` : null}
      ${r.unusedColumns.length ? html`<p class="muted">${t('people.unused', { columns: listText(r.unusedColumns.map((c) => t('common.quoted', { text: c }))) })}</p>` : null}
      ${
        pi.warnings.length
          ? html`<p>${t('people.warnings', { count: pi.warnings.length })}</p>
        <${ErrorItems} errors=${pi.warnings} testid="people-import-warning" />`
          : null
      }
      <p class="muted">${t('people.undoHint')}</p>
    </${OpReport}>`;
}

export function PeopleImportSection({ state, actions }) {
  const pi = state.peopleImport || emptyPeopleImport();
  return html`
    <section class="section" aria-labelledby="people-import-title" data-testid="people-import-section">
      <h2 id="people-import-title">${t('people.title')}</h2>
      <p>${t('people.intro')}</p>
      <${ExpectedColumns} />
      <p>
        ${t('people.templateLabel')}${' '}
        <button type="button" class="button button-link" data-testid="people-template-csv" onClick=${() => actions.peopleImportTemplate('csv')}>${t('people.templateCsv')}</button>${' · '}
        <button type="button" class="button button-link" data-testid="people-template-xlsx" onClick=${() => actions.peopleImportTemplate('xlsx')}>${t('people.templateXlsx')}</button>
      </p>
      <div class="field">
        <p><strong id="people-file-label">${t('people.file')}</strong></p>
        <${FileButton} id="people-file" testid="people-file" labelledBy="people-file-label" chooseLabel=${t('people.choose')}
          accept=".csv,.tsv,.txt,.xlsx,.xlsm,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          onFile=${(file) => actions.peopleImportFile(file)} />
      </div>
      ${pi.file ? html`<${ChosenFile} pi=${pi} actions=${actions} />` : null}
      <div class="report-region" aria-live="polite" data-testid="people-import-result">
        <${Result} pi=${pi} />
      </div>
    </section>`;
}
