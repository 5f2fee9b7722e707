// Bokmål texts several areas share (merged into nb.js): a noun with its count, for messages that count two
// things ("med {count} relasjoner og svarstatusen til {people}"); a quotation; the caption of a file preview.
export default {
  'count.people': { one: '{count} person', other: '{count} personer' },
  'count.ties': { one: '{count} kontakt', other: '{count} kontakter' },
  'count.units': { one: '{count} enhet', other: '{count} enheter' },
  'common.quoted': '«{text}»',
  'preview.first': 'Forhåndsvisning av {file}: de første {shown} av {count} rader',
  'preview.all': {
    zero: 'Forhåndsvisning av {file}: ingen rader',
    one: 'Forhåndsvisning av {file}: {count} rad',
    other: 'Forhåndsvisning av {file}: alle {count} rader'
  }
};
