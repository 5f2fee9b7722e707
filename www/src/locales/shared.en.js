// English texts several areas share (merged into en.js): a noun with its count, for messages that count two
// things; a quotation; the caption of a file preview.
export default {
  'count.people': { one: '{count} person', other: '{count} people' },
  'count.ties': { one: '{count} contact', other: '{count} contacts' },
  'count.units': { one: '{count} unit', other: '{count} units' },
  'common.quoted': '“{text}”',
  'preview.first': 'Preview of {file}: the first {shown} of {count} rows',
  'preview.all': {
    zero: 'Preview of {file}: no rows',
    one: 'Preview of {file}: {count} row',
    other: 'Preview of {file}: all {count} rows'
  }
};
