// Nynorsk texts several areas share (merged into nn.js): a noun with its count, for messages that count two
// things; a quotation; the caption of a file preview.
export default {
  'count.people': { one: '{count} person', other: '{count} personar' },
  'count.ties': { one: '{count} kontakt', other: '{count} kontaktar' },
  'count.units': { one: '{count} eining', other: '{count} einingar' },
  'common.quoted': '«{text}»',
  'preview.first': 'Førehandsvising av {file}: dei første {shown} av {count} rader',
  'preview.all': {
    zero: 'Førehandsvising av {file}: ingen rader',
    one: 'Førehandsvising av {file}: {count} rad',
    other: 'Førehandsvising av {file}: alle {count} rader'
  }
};
