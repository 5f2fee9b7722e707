// Importing a staff list (CSV or .xlsx) as the open project's people (docs/formats.md). state.peopleImport holds the
// chosen file (its name, its CSV bytes or the rows read from the workbook, the core's preview), the column mapping
// and the last result. The core reads, guesses, checks and builds the new project (peoplePreview, importPeople);
// the app only reads .xlsx into rows (lib/xlsx.js). The new project is kept through ctx.commitResult, so it is
// validated again, saved, and one undo step takes the whole import back. Units the project does not have are
// created only after the coordinator has confirmed their names.
import { MAX_IMPORT_BYTES } from './transfer-actions.js';
import { t } from '../i18n.js';
import { listText } from '../ui/list-text.js';
import { readXlsxTable, writeXlsx, isZip, XlsxError, XLSX_MIME } from '../lib/xlsx.js';

export const PEOPLE_FIELDS = ['name', 'firstName', 'lastName', 'unit', 'role', 'fte', 'location'];

export function emptyPeopleImport() {
  return {
    file: null, // { name, kind: 'csv' | 'xlsx', bytes (CSV) | table (xlsx), preview }
    mapping: Object.fromEntries(PEOPLE_FIELDS.map((f) => [f, ''])),
    status: 'idle', // 'idle' | 'reading' | 'importing' | 'failed' | 'ok' | 'declined'
    errors: [],
    warnings: [],
    report: null
  };
}

const isXlsxName = (name) => /\.xls[xm]$/i.test(name);

/** The importPeople/peoplePreview options for a file and mapping (pure; tests call it). Every field is sent, so
 *  the core guesses nothing the coordinator has not seen: "" means "not used". */
export function peopleOptions(file, mapping, lang, extra = {}) {
  const options = { name: file.name, lang, ...extra };
  if (file.kind === 'xlsx') options.table = file.table;
  if (mapping) options.map = Object.fromEntries(PEOPLE_FIELDS.map((f) => [f, mapping[f] || '']));
  return options;
}

/** The mapping the preview suggests (null -> ""), for the selects. */
export function mappingFrom(suggested) {
  return Object.fromEntries(PEOPLE_FIELDS.map((f) => [f, (suggested && suggested[f]) || '']));
}

const defaultParseXml = (text) => new globalThis.DOMParser().parseFromString(text, 'application/xml');

export function peopleImportActions(ctx) {
  const { store, deps } = ctx;
  const pi = () => store.get().peopleImport || emptyPeopleImport();
  const set = (patch) => store.set({ peopleImport: { ...pi(), ...patch } });
  const parseXml = deps.parseXml || defaultParseXml;

  // The panel belongs to the project it was filled for: another project (or none) starts it afresh.
  let shownFor = store.get().current ? store.get().current.id : null;
  store.subscribe((state) => {
    const id = state.current ? state.current.id : null;
    if (id === shownFor) return;
    shownFor = id;
    if (state.peopleImport) store.set({ peopleImport: null });
  });

  const localError = (code, key, params) => ({ path: params.file, code, message: ctx.t(key, params) });

  /** Read a chosen file (CSV or .xlsx), show its first rows and the guessed columns. */
  async function peopleImportFile(file) {
    if (!file) return false;
    const name = file.name ? String(file.name) : 'ansatte.csv';
    const failed = (errors) => {
      set({ status: 'failed', errors, warnings: [], report: null, file: null });
      return false;
    };
    if (typeof file.size === 'number' && file.size > MAX_IMPORT_BYTES) {
      return failed([localError('people-too-large', 'people.tooLarge', { file: name })]);
    }
    set({ status: 'reading', errors: [], warnings: [], report: null });
    let bytes;
    try {
      bytes = new Uint8Array(await file.arrayBuffer());
    } catch (e) {
      return failed([
        localError('read-failed', 'people.readFailed', { file: name, message: String(e && e.message ? e.message : e) })
      ]);
    }
    let chosen;
    if (isXlsxName(name) || isZip(bytes)) {
      try {
        const t = readXlsxTable(bytes, parseXml);
        const table = { header: t.header, rows: t.rows, lines: t.lines };
        if (t.headerLine > 0) table.headerLine = t.headerLine;
        chosen = { name, kind: 'xlsx', table };
      } catch (e) {
        const code = e instanceof XlsxError ? e.code : 'damaged';
        return failed([
          localError(`xlsx-${code}`, `people.xlsx.${code === 'too-large' || code === 'not-xlsx' ? code : 'damaged'}`, {
            file: name
          })
        ]);
      }
    } else {
      chosen = { name, kind: 'csv', bytes };
    }
    // CSV goes as bytes, so the core can name the row of a character that is not UTF-8.
    const env = await deps.core.peoplePreview(
      chosen.kind === 'csv' ? bytes : '',
      peopleOptions(chosen, null, ctx.lang())
    );
    if (!env.ok) return failed(env.errors);
    chosen.preview = env.result;
    // What the core says about the file before any choice, e.g. that the headers are in row 3 below a title.
    chosen.notes = env.warnings || [];
    set({
      status: 'idle',
      errors: [],
      warnings: [],
      report: null,
      file: chosen,
      mapping: mappingFrom(env.result.suggestedMapping)
    });
    return true;
  }

  /** Choose a column for a field ({ unit: 'Avdeling' }); name and first + last name exclude each other. */
  function peopleImportMap(patch) {
    const mapping = { ...pi().mapping, ...patch };
    if (patch.name) Object.assign(mapping, { firstName: '', lastName: '' });
    if (patch.firstName || patch.lastName) mapping.name = '';
    set({ mapping, status: pi().status === 'failed' ? 'idle' : pi().status, errors: [] });
  }

  function peopleImportClear() {
    store.set({ peopleImport: emptyPeopleImport() });
  }

  /**
   * Import the chosen file into the open project. The core builds the result with units created as needed; if it
   * had to create any, the coordinator is asked first (their names listed), and nothing changes unless they agree.
   * Returns the report, or null.
   */
  async function peopleImportRun() {
    const cur = store.get().current;
    const state = pi();
    if (!cur || !state.file) return null;
    set({ status: 'importing', errors: [], warnings: [], report: null });
    const { file, mapping } = state;
    const run = (externalUnits) =>
      deps.core.importPeople(
        cur.doc,
        file.kind === 'csv' ? file.bytes : '',
        peopleOptions(file, mapping, ctx.lang(), { createUnits: true, ...(externalUnits ? { externalUnits } : {}) })
      );
    let env = await run(null);
    if (!env.ok) {
      set({ status: 'failed', errors: env.errors, warnings: env.warnings });
      return null;
    }
    const created = env.result.report.unitsCreated || [];
    if (created.length > 0) {
      const answer = await deps.dialogs.confirm({
        titleKey: 'people.confirmTitle',
        titleParams: { count: created.length },
        bodyKey: 'people.confirmBody',
        bodyParams: {
          count: created.length,
          units: listText(created.map((u) => t('common.quoted', { text: u.name })))
        },
        // Each new unit can be ticked as an external partner (NAV, a housing foundation …) instead of one of the
        // municipality's own units; the core creates it so.
        checks: {
          legendKey: 'people.externalLegend',
          hintKey: 'people.externalHint',
          items: created.map((u) => ({ value: u.name, label: u.name }))
        },
        actions: [
          { value: 'create', labelKey: 'people.confirmCreate', labelParams: { count: created.length }, tone: 'primary' }
        ]
      });
      // { value, checked } from the dialog with its checkboxes (a bare value where no box was shown).
      const chosen = answer && typeof answer === 'object' ? answer.value : answer;
      const external = (answer && typeof answer === 'object' && answer.checked) || [];
      if (chosen !== 'create') {
        set({ status: 'declined', warnings: [] });
        return null;
      }
      if (external.length > 0) {
        env = await run(external);
        if (!env.ok) {
          set({ status: 'failed', errors: env.errors, warnings: env.warnings });
          return null;
        }
      }
    }
    const { project, report } = env.result;
    // The project may have changed while the dialog was open: import into that one instead.
    const now = store.get().current;
    if (!now || now.id !== cur.id) return null;
    if (now.doc !== cur.doc) return peopleImportRun();
    await ctx.takeSnapshot('import');
    const saved = await ctx.commitResult(project, {
      open: true,
      label: { key: 'people.history', params: { file: file.name } }
    });
    if (!saved.ok) {
      set({ status: 'failed', errors: saved.errors, warnings: [] });
      return null;
    }
    // The file is done with: cleared, so a second click cannot import it twice.
    store.set({ peopleImport: { ...emptyPeopleImport(), status: 'ok', warnings: env.warnings, report } });
    return report;
  }

  /** A template to fill in: the headers in the app's language, as CSV for Norwegian Excel (';', BOM, CRLF) or as
   *  a workbook. The core recognises these headers (tests/e2e/people-import.test.mjs reads both back). */
  function peopleImportTemplate(kind) {
    const header = ['name', 'unit', 'role', 'fte', 'location'].map((f) => ctx.t(`people.col.${f}`));
    const base = ctx.t('people.templateFile');
    if (kind === 'xlsx') {
      deps.download(`${base}.xlsx`, writeXlsx([header], ctx.t('people.templateSheet')), XLSX_MIME);
    } else {
      deps.download(`${base}.csv`, `\ufeff${header.join(';')}\r\n`, 'text/csv');
    }
  }

  return {
    peopleImportTemplate,
    peopleImportFile,
    peopleImportMap,
    peopleImportClear,
    peopleImportRun
  };
}
