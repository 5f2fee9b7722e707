// Bokmål: the places in the network (core: nodes[].roles, docs/analysis.md "Places in the network") and
// collaborative overload, in Analyse, the map's person panel and the report. Per role: .name and .explain, the
// rule in plain words with the project's thresholds ({share} a percentage, {count} a count). roles.nn.js and
// roles.en.js have the same keys and placeholders.
export default {
  'roles.title': 'Plass i nettverket',
  'roles.intro':
    'Fire plasser i nettverket som nettverksanalyse i arbeidslivet ofte ser etter (Cross og Parker). De er et utgangspunkt for å snakke om hvordan informasjon og arbeid flyter, ikke en dom over noen. En person kan ha flere av dem, eller ingen.',
  'roles.central-connector.name': 'Knutepunkt',
  'roles.central-connector.explain': {
    one: 'Blant de {share} med flest kontakter, og har minst {count} kontakt. Mange går til hen, og mye informasjon samles der.',
    other:
      'Blant de {share} med flest kontakter, og har minst {count} kontakter. Mange går til hen, og mye informasjon samles der.'
  },
  'roles.boundary-spanner.name': 'Grensekrysser',
  'roles.boundary-spanner.explain': {
    one: 'Har kontakter i minst {count} annen enhet, og flere kontakter utenfor egen enhet enn i den. Knytter enheten til resten.',
    other:
      'Har kontakter i minst {count} andre enheter, og flere kontakter utenfor egen enhet enn i den. Knytter enheten til resten.'
  },
  'roles.information-broker.name': 'Informasjonsformidler',
  'roles.information-broker.explain': {
    one: 'Blant de {share} som oftest ligger på veien mellom to andre, og står minst én gang mellom personer fra ulike enheter. Informasjon mellom enhetene går ofte via hen.',
    other:
      'Blant de {share} som oftest ligger på veien mellom to andre, og står minst {count} ganger mellom personer fra ulike enheter. Informasjon mellom enhetene går ofte via hen.'
  },
  'roles.peripheral.name': 'I utkanten',
  'roles.peripheral.explain': {
    zero: 'Har svart, men har ingen kontakter. Kan være ny, deltidsansatt eller spesialist, eller stå utenfor informasjonen.',
    one: 'Har svart, men har høyst {count} kontakt. Kan være ny, deltidsansatt eller spesialist, eller stå utenfor informasjonen.',
    other:
      'Har svart, men har høyst {count} kontakter. Kan være ny, deltidsansatt eller spesialist, eller stå utenfor informasjonen.'
  },
  // One short line per place about the selected person in the map's panel, after the place's name ({count}: the
  // person's own contacts for the connector and the periphery, the threshold for the spanner).
  'roles.central-connector.person': {
    one: 'har {count} kontakt, blant de {share} med flest.',
    other: 'har {count} kontakter, blant de {share} med flest.'
  },
  'roles.boundary-spanner.person': {
    one: 'har kontakter i minst {count} annen enhet, og flere utenfor egen enhet enn i den.',
    other: 'har kontakter i minst {count} andre enheter, og flere utenfor egen enhet enn i den.'
  },
  'roles.information-broker.person':
    'blant de {share} som oftest står mellom to andre, også mellom folk fra ulike enheter.',
  'roles.peripheral.person': {
    zero: 'har svart, men har ingen kontakter.',
    one: 'har svart, men har bare {count} kontakt.',
    other: 'har svart, men har bare {count} kontakter.'
  },
  'roles.who': { zero: 'Ingen.', one: '{count} person: {names}.', other: '{count} personer: {names}.' },
  'roles.more': { one: '{count} til', other: '{count} til' },
  'roles.caveat':
    'Plassene svinger i små nettverk og når noen ikke har svart: én kontakt mer eller mindre kan flytte en person inn eller ut.',
  'roles.overload.detail':
    'De 5 % som blir nevnt oftest, rundet opp til hele personer (her {count} av {people}), er nevnt i {share} av alle kontaktene som ble oppgitt.',
  'roles.overload.none': 'Ingen kontakter er oppgitt i denne runden.'
};
