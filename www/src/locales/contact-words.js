// The words for the kinds of contact and how often, as data/catalogue.json names them (tieTypes, frequencies),
// bokmål first, then nynorsk and English. One source for the app's catalogue (tieType.*, frequency.*,
// ties.freq.*) and the survey form's (type.*, freq.*), which is a bundle of its own and imports this file;
// tests/js/terms.test.mjs checks both against the catalogue.
export const CONTACT_WORDS = {
  nb: {
    tieTypes: {
      information: 'Informasjon',
      coordination: 'Samarbeid om saker',
      advice: 'Råd og veiledning',
      referral: 'Henvisning'
    },
    frequencies: { 1: 'Sjeldnere enn månedlig', 2: 'Månedlig', 3: 'Ukentlig', 4: 'Daglig' }
  },
  nn: {
    tieTypes: {
      information: 'Informasjon',
      coordination: 'Samarbeid om saker',
      advice: 'Råd og rettleiing',
      referral: 'Tilvising'
    },
    frequencies: { 1: 'Sjeldnare enn månadleg', 2: 'Månadleg', 3: 'Vekentleg', 4: 'Dagleg' }
  },
  en: {
    tieTypes: {
      information: 'Information',
      coordination: 'Case collaboration',
      advice: 'Advice and guidance',
      referral: 'Referral'
    },
    frequencies: { 1: 'Less than monthly', 2: 'Monthly', 3: 'Weekly', 4: 'Daily' }
  }
};

/** The words as catalogue entries: keyed('tieType.', { advice: 'Råd' }) is { 'tieType.advice': 'Råd' }. */
export function keyed(prefix, words) {
  return Object.fromEntries(Object.entries(words).map(([id, word]) => [`${prefix}${id}`, word]));
}
