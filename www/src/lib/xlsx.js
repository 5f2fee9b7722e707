// The simplest .xlsx workbooks: the first sheet of a staff list read as a table of text cells for the
// core's import, and a one-sheet template written. A workbook is a zip of XML parts (ECMA-376 / ISO 29500):
// fflate unzips and zips; the XML is read by a parser passed in (the browser's DOMParser), so this module touches
// no DOM at load time and runs under node. Only what a staff list needs: cell values as text (shared strings,
// inline strings, numbers, booleans), no formulas evaluated (their cached value is used), no styles or dates.
import { unzipSync, zipSync, strToU8, strFromU8 } from 'fflate';

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const MAX_PART_BYTES = 64 * 1024 * 1024; // an unzipped part above this is refused (a zip bomb, or not a staff list)
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** A workbook that cannot be read; code: 'not-xlsx' | 'too-large' | 'damaged'. */
export class XlsxError extends Error {
  constructor(code, detail = '') {
    super(`${code}${detail ? `: ${detail}` : ''}`);
    this.code = code;
  }
}

/** True when the bytes start like a zip file (every .xlsx does). */
export function isZip(bytes) {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 3 && bytes[3] === 4;
}

/** The 0-based column of a cell reference ("C7" -> 2, "AA1" -> 26); -1 when it has no letters. */
export function columnIndex(ref) {
  let n = 0;
  let i = 0;
  for (; i < ref.length; i += 1) {
    const c = ref.charCodeAt(i) | 0x20;
    if (c < 97 || c > 122) break;
    n = n * 26 + (c - 96);
  }
  return i === 0 ? -1 : n - 1;
}

/** Column letters for a 0-based index (2 -> "C"). */
export function columnName(index) {
  let s = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

const children = (el, name) =>
  Array.from(el ? el.childNodes : []).filter((n) => n.nodeType === 1 && n.localName === name);
const child = (el, name) => children(el, name)[0] || null;
const attr = (el, name) => {
  for (const a of Array.from(el.attributes)) if (a.localName === name) return a.value;
  return null;
};

function parse(parseXml, files, path) {
  const bytes = files[path];
  if (!bytes) return null;
  const doc = parseXml(strFromU8(bytes));
  if (!doc || !doc.documentElement || doc.getElementsByTagName('parsererror').length > 0)
    throw new XlsxError('damaged', path);
  return doc.documentElement;
}

// Shared strings and inline strings: the text of <t>, or of every run's <t> (phonetic guides <rPh> left out).
function stringItem(si) {
  const t = child(si, 't');
  if (t) return t.textContent;
  return children(si, 'r')
    .map((r) => (child(r, 't') ? child(r, 't').textContent : ''))
    .join('');
}

// The first sheet's part name, through the workbook's relationships; the usual name when they say nothing.
function firstSheetPath(parseXml, files) {
  const workbook = parse(parseXml, files, 'xl/workbook.xml');
  const sheet = workbook && child(child(workbook, 'sheets'), 'sheet');
  const rels = parse(parseXml, files, 'xl/_rels/workbook.xml.rels');
  const id = sheet ? sheet.getAttributeNS(REL_NS, 'id') || attr(sheet, 'id') : null;
  const rel = rels && children(rels, 'Relationship').find((r) => r.getAttribute('Id') === id);
  if (!rel) return { path: 'xl/worksheets/sheet1.xml', name: sheet ? sheet.getAttribute('name') : '' };
  const target = rel.getAttribute('Target') || '';
  return { path: target.startsWith('/') ? target.slice(1) : `xl/${target}`, name: sheet.getAttribute('name') || '' };
}

function cellText(c, shared) {
  const type = c.getAttribute('t') || 'n';
  if (type === 'inlineStr') return child(c, 'is') ? stringItem(child(c, 'is')) : '';
  const v = child(c, 'v');
  const raw = v ? v.textContent : '';
  if (type === 's') return shared[Number(raw)] ?? '';
  if (type === 'b') return raw === '1' ? 'TRUE' : 'FALSE';
  if (type === 'n' && raw !== '') {
    // Older Excel writes 17 digits (0.59999999999999998); the shortest form that reads back the same is 0.6.
    const n = Number(raw);
    return Number.isFinite(n) ? String(n) : raw;
  }
  return raw; // str (a formula's text), e (an error such as #N/A), d (an ISO date)
}

/**
 * The first sheet of a workbook as { sheet, header, headerLine, rows, lines }: the first row with any text is the
 * header (the core looks further down when it is a title, core/importers/people_import.hpp),
 * every later row with text is a row (as wide as the widest row, missing cells ""), lines are the sheet's own row
 * numbers (as Excel shows them). parseXml(text) returns an XML Document (e.g. DOMParser's). Throws XlsxError.
 * O(size of the sheet).
 */
export function readXlsxTable(bytes, parseXml) {
  if (!isZip(bytes)) throw new XlsxError('not-xlsx');
  let files;
  let tooLarge = false;
  try {
    files = unzipSync(bytes, {
      filter: (f) => {
        if (!/^(xl\/|\[Content_Types\])/.test(f.name) || !/\.(xml|rels)$/.test(f.name)) return false;
        if (f.originalSize > MAX_PART_BYTES) tooLarge = true;
        return (
          !tooLarge &&
          /^xl\/(workbook\.xml|sharedStrings\.xml|_rels\/workbook\.xml\.rels|worksheets\/[^/]+\.xml)$/.test(f.name)
        );
      }
    });
  } catch (e) {
    throw new XlsxError('damaged', e && e.message);
  }
  if (tooLarge) throw new XlsxError('too-large');
  if (!files['xl/workbook.xml']) throw new XlsxError('not-xlsx');
  const sst = parse(parseXml, files, 'xl/sharedStrings.xml');
  const shared = sst ? children(sst, 'si').map(stringItem) : [];
  const { path, name } = firstSheetPath(parseXml, files);
  const sheet = parse(parseXml, files, path);
  if (!sheet) throw new XlsxError('damaged', path);
  const found = [];
  let lastRow = 0;
  let width = 0;
  for (const row of children(child(sheet, 'sheetData'), 'row')) {
    const r = Number(row.getAttribute('r')) || lastRow + 1;
    lastRow = r;
    const cells = [];
    let col = -1;
    for (const c of children(row, 'c')) {
      const at = columnIndex(c.getAttribute('r') || '');
      col = at >= 0 ? at : col + 1;
      cells[col] = cellText(c, shared);
    }
    const filled = Array.from(cells, (x) => (x === undefined ? '' : x));
    if (filled.some((x) => x.trim() !== '')) {
      let w = filled.length;
      while (w > 0 && filled[w - 1].trim() === '') w -= 1;
      width = Math.max(width, w);
      found.push({ r, cells: filled });
    }
  }
  const pad = (cells) => Array.from({ length: width }, (_, i) => cells[i] || '');
  const [head, ...rest] = found;
  return {
    sheet: name,
    header: head ? pad(head.cells) : [],
    headerLine: head ? head.r : 0,
    rows: rest.map((x) => pad(x.cells)),
    lines: rest.map((x) => x.r)
  };
}

const escapeXml = (s) =>
  String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/**
 * A one-sheet workbook of text cells (inline strings): what Excel, LibreOffice and Numbers open. rows[0] is the
 * header and is set in bold; columns are widened to fit. Returns the .xlsx bytes.
 */
export function writeXlsx(rows, sheetName = 'Ark1') {
  const width = Math.max(0, ...rows.map((r) => r.length));
  const cols = Array.from({ length: width }, (_, c) => {
    const chars = Math.max(8, ...rows.map((r) => String(r[c] ?? '').length));
    return `<col min="${c + 1}" max="${c + 1}" width="${Math.min(60, chars + 4)}" customWidth="1"/>`;
  }).join('');
  const sheetRows = rows
    .map(
      (r, i) =>
        `<row r="${i + 1}">${r.map((v, c) => `<c r="${columnName(c)}${i + 1}" t="inlineStr"${i === 0 ? ' s="1"' : ''}><is><t xml:space="preserve">${escapeXml(v)}</t></is></c>`).join('')}</row>`
    )
    .join('');
  const main = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
  const pkgRels = 'http://schemas.openxmlformats.org/package/2006/relationships';
  const files = {
    '[Content_Types].xml': `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>`,
    '_rels/.rels': `${XML_HEAD}<Relationships xmlns="${pkgRels}"><Relationship Id="rId1" Type="${REL_NS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    'xl/workbook.xml': `${XML_HEAD}<workbook xmlns="${main}" xmlns:r="${REL_NS}"><sheets><sheet name="${escapeXml(sheetName)}" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    'xl/_rels/workbook.xml.rels': `${XML_HEAD}<Relationships xmlns="${pkgRels}"><Relationship Id="rId1" Type="${REL_NS}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${REL_NS}/styles" Target="styles.xml"/></Relationships>`,
    'xl/styles.xml': `${XML_HEAD}<styleSheet xmlns="${main}"><fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf/></cellStyleXfs><cellXfs count="2"><xf/><xf fontId="1" applyFont="1"/></cellXfs></styleSheet>`,
    'xl/worksheets/sheet1.xml': `${XML_HEAD}<worksheet xmlns="${main}">${cols ? `<cols>${cols}</cols>` : ''}<sheetData>${sheetRows}</sheetData></worksheet>`
  };
  const zipped = {};
  for (const [path, text] of Object.entries(files)) zipped[path] = strToU8(text);
  return zipSync(zipped, { level: 6 });
}
