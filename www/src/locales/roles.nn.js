// Nynorsk: the places in the network and collaborative overload (roles.nb.js says where they are shown).
export default {
  'roles.title': 'Plass i nettverket',
  'roles.intro':
    'Fire plassar i nettverket som nettverksanalyse i arbeidslivet ofte ser etter (Cross og Parker). Dei er eit utgangspunkt for å snakke om korleis informasjon og arbeid flyt, ikkje ein dom over nokon. Ein person kan ha fleire av dei, eller ingen.',
  'roles.central-connector.name': 'Knutepunkt',
  'roles.central-connector.explain': {
    one: 'Blant dei {share} med flest kontaktar, og har minst {count} kontakt. Mange går til hen, og mykje informasjon samlar seg der.',
    other:
      'Blant dei {share} med flest kontaktar, og har minst {count} kontaktar. Mange går til hen, og mykje informasjon samlar seg der.'
  },
  'roles.boundary-spanner.name': 'Grensekryssar',
  'roles.boundary-spanner.explain': {
    one: 'Har kontaktar i minst {count} anna eining, og fleire kontaktar utanfor eiga eining enn i ho. Knyter eininga til resten.',
    other:
      'Har kontaktar i minst {count} andre einingar, og fleire kontaktar utanfor eiga eining enn i ho. Knyter eininga til resten.'
  },
  'roles.information-broker.name': 'Informasjonsformidlar',
  'roles.information-broker.explain': {
    one: 'Blant dei {share} som oftast ligg på vegen mellom to andre, og står minst éin gong mellom personar frå ulike einingar. Informasjon mellom einingane går ofte via hen.',
    other:
      'Blant dei {share} som oftast ligg på vegen mellom to andre, og står minst {count} gonger mellom personar frå ulike einingar. Informasjon mellom einingane går ofte via hen.'
  },
  'roles.peripheral.name': 'I utkanten',
  'roles.peripheral.explain': {
    zero: 'Har svara, men har ingen kontaktar. Kan vere ny, deltidstilsett eller spesialist, eller stå utanfor informasjonen.',
    one: 'Har svara, men har høgst {count} kontakt. Kan vere ny, deltidstilsett eller spesialist, eller stå utanfor informasjonen.',
    other:
      'Har svara, men har høgst {count} kontaktar. Kan vere ny, deltidstilsett eller spesialist, eller stå utanfor informasjonen.'
  },
  'roles.central-connector.person': {
    one: 'har {count} kontakt, blant dei {share} med flest.',
    other: 'har {count} kontaktar, blant dei {share} med flest.'
  },
  'roles.boundary-spanner.person': {
    one: 'har kontaktar i minst {count} anna eining, og fleire utanfor eiga eining enn i ho.',
    other: 'har kontaktar i minst {count} andre einingar, og fleire utanfor eiga eining enn i ho.'
  },
  'roles.information-broker.person':
    'blant dei {share} som oftast står mellom to andre, også mellom folk frå ulike einingar.',
  'roles.peripheral.person': {
    zero: 'har svara, men har ingen kontaktar.',
    one: 'har svara, men har berre {count} kontakt.',
    other: 'har svara, men har berre {count} kontaktar.'
  },
  'roles.who': { zero: 'Ingen.', one: '{count} person: {names}.', other: '{count} personar: {names}.' },
  'roles.more': { one: '{count} til', other: '{count} til' },
  'roles.caveat':
    'Plassane svingar i små nettverk og når nokon ikkje har svara: éin kontakt meir eller mindre kan flytte ein person inn eller ut.',
  'roles.overload.detail':
    'Dei 5 % som oftast blir nemnde, runda opp til heile personar (her {count} av {people}), er nemnde i {share} av alle oppgitte kontaktar.',
  'roles.overload.none': 'Ingen kontaktar er oppgitte i denne runden.'
};
