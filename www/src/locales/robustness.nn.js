// Analyse › «Når nokon ikkje har svara» and the same short section in the report (see robustness.nb.js).
export default {
  'robust.title': 'Når nokon ikkje har svara',
  'robust.intro': {
    one: '{count} person som vart spurd, har ikkje svara. Bosam har difor rekna ut nettverket ein gong til, der kontaktar andre oppgav med denne personen, òg blir rekna som svara til personen sjølv.',
    other:
      '{count} personar som vart spurde, har ikkje svara. Bosam har difor rekna ut nettverket ein gong til, der kontaktar andre oppgav med ein av dei, òg blir rekna som svara til vedkomande sjølv.'
  },
  'robust.filled': {
    one: 'Slik vart {count} kontakt fylt inn. Det er den vanlege måten å fylle inn manglande svar på i nettverksforsking.',
    other:
      'Slik vart {count} kontaktar fylte inn. Det er den vanlege måten å fylle inn manglande svar på i nettverksforsking.'
  },
  'robust.either':
    'Nokre tal endrar seg ikkje, til dømes {a} og {b}. Dei tel ein kontakt same kven av dei to som oppgav han, så kontakten var med frå før. Dei kan berre endre seg når «{option}» er valt.',
  'robust.networkCaption': 'Tal for heile nettverket som endrar seg',
  'robust.noNetworkChange': 'Ingen tal for heile nettverket endrar seg.',
  'robust.col.measure': 'Mål',
  'robust.col.observed': 'Med svara som kom',
  'robust.col.reconstructed': 'Med kontaktane fylte inn',
  'robust.peopleCaption': 'Tal for kvar person som endrar seg, mest endra først',
  'robust.peopleIntro':
    'Rangkorrelasjonen viser om rekkjefølgja av personar held seg: 1 betyr same rekkjefølgje, og jo lågare talet er, jo fleire byter plass.',
  'robust.peoplePlain': 'Måla som berre blir viste med «{option}» i tabellen over personane, er ikkje med her.',
  'robust.col.changed': 'Personar som endrar seg',
  'robust.col.rank': 'Rangkorrelasjon',
  'robust.col.largest': 'Størst endring',
  'robust.person': '{name}: {observed} → {reconstructed}',
  'robust.noPeopleChange': 'Ingen tal for enkeltpersonar endrar seg.',
  'robust.peopleShort': 'Mest endra for enkeltpersonar: {list}.',
  'robust.peopleItem': { one: '{measure} ({count} person)', other: '{measure} ({count} personar)' },
  'robust.findingTitle': '«{title}»',
  'robust.findingsNot': {
    one: '{count} funn held ikkje når kontaktane blir fylte inn: {titles}. Funnet seier det sjølv.',
    other: '{count} funn held ikkje når kontaktane blir fylte inn: {titles}. Funna seier det sjølve.'
  },
  'robust.findingsHold': 'Funna om enkeltpersonar held òg når kontaktane blir fylte inn.'
};
