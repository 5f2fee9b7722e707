// Analyse › «Når noen ikke har svart» and the same short section in the report: the core's robustness to missing
// answers (the network with non-respondents' contacts filled in from what others reported) in plain words.
export default {
  'robust.title': 'Når noen ikke har svart',
  'robust.intro': {
    one: '{count} person som ble spurt, har ikke svart. Bosam har derfor regnet ut nettverket en gang til, der kontakter andre oppga med denne personen, også regnes som personens egne svar.',
    other:
      '{count} personer som ble spurt, har ikke svart. Bosam har derfor regnet ut nettverket en gang til, der kontakter andre oppga med en av dem, også regnes som vedkommendes egne svar.'
  },
  'robust.filled': {
    one: 'Slik ble {count} kontakt fylt inn. Det er den vanlige måten å fylle inn manglende svar på i nettverksforskning.',
    other:
      'Slik ble {count} kontakter fylt inn. Det er den vanlige måten å fylle inn manglende svar på i nettverksforskning.'
  },
  'robust.either':
    'Noen tall endres ikke, for eksempel {a} og {b}. De teller en kontakt uansett hvem av de to som oppga den, så kontakten var med fra før. De kan bare endres når «{option}» er valgt.',
  'robust.networkCaption': 'Tall for hele nettverket som endres',
  'robust.noNetworkChange': 'Ingen tall for hele nettverket endres.',
  'robust.col.measure': 'Mål',
  'robust.col.observed': 'Med svarene som kom',
  'robust.col.reconstructed': 'Med kontaktene fylt inn',
  'robust.peopleCaption': 'Tall for hver person som endres, mest endret først',
  'robust.peopleIntro':
    'Rangkorrelasjonen viser om rekkefølgen av personer holder seg: 1 betyr samme rekkefølge, og jo lavere tallet er, jo flere bytter plass.',
  'robust.peoplePlain': 'Målene som bare vises med «{option}» i tabellen over personene, er ikke med her.',
  'robust.col.changed': 'Personer som endres',
  'robust.col.rank': 'Rangkorrelasjon',
  'robust.col.largest': 'Størst endring',
  'robust.person': '{name}: {observed} → {reconstructed}',
  'robust.noPeopleChange': 'Ingen tall for enkeltpersoner endres.',
  'robust.peopleShort': 'Mest endret for enkeltpersoner: {list}.',
  'robust.peopleItem': { one: '{measure} ({count} person)', other: '{measure} ({count} personer)' },
  'robust.findingTitle': '«{title}»',
  'robust.findingsNot': {
    one: '{count} funn holder ikke når kontaktene fylles inn: {titles}. Funnet sier det selv.',
    other: '{count} funn holder ikke når kontaktene fylles inn: {titles}. Funnene sier det selv.'
  },
  'robust.findingsHold': 'Funnene om enkeltpersoner holder også når kontaktene fylles inn.'
};
