// Nynorsk texts for the resources feature (merged into nn.js).
export default {
  'resources.title': 'Ressursar og arbeidsdeling',
  'resources.lead':
    'Kor mange årsverk som går til kvar funksjon, kvar eining og kvar målgruppe, og kor mange som deler på arbeidet. Tala byggjer på årsverka i oppgåvene ovanfor. Berre einingane til kommunen sjølv blir talde, ikkje eksterne samarbeidspartnarar.',
  'resources.missing': 'Denne oversikta kjem når analysen er oppdatert. Prøv å laste sida på nytt.',
  'resources.sumTotal': '{fte} årsverk i alt',
  'resources.totalRow': 'Sum årsverk',
  'resources.sumEstimated': '{fte} av dei anslått',
  'resources.sumBelow': {
    one: '{count} vesentleg funksjon under {threshold} årsverk',
    other: '{count} vesentlege funksjonar under {threshold} årsverk'
  },
  'resources.csv': 'Last ned som CSV (Excel)',
  'resources.csvHint': 'Semikolon og desimalkomma, slik norsk Excel les det.',
  'resources.viewLabel': 'Vis ressursane',
  'resources.view.functions': 'Per funksjon',
  'resources.view.units': 'Per eining',
  'resources.view.groups': 'Per målgruppe',
  'resources.caption.functions': 'Årsverk per funksjon',
  'resources.caption.units': 'Årsverk per eining, og korleis dei fordeler seg på funksjonane',
  'resources.caption.groups': 'Årsverk per målgruppe',
  'resources.file.functions': 'ressursar per funksjon',
  'resources.file.units': 'ressursar per eining',
  'resources.file.groups': 'ressursar per målgruppe',
  'resources.col.function': 'Funksjon',
  'resources.col.unit': 'Eining',
  'resources.col.group': 'Målgruppe',
  'resources.col.fte': 'Årsverk',
  'resources.col.fteTotal': 'Årsverk i alt',
  'resources.col.estimated': 'Av dette anslått',
  'resources.col.estimatedShort': 'Anslått',
  'resources.col.unknown': 'Manglar årsverk',
  'resources.col.unknownHelp':
    'Oppgåver på funksjonen der årsverket ikkje er kjend og ikkje kan anslåast. Dei er ikkje rekna med i årsverka.',
  'resources.col.people': 'Personar',
  'resources.col.units': 'Einingar',
  'resources.col.groups': 'Målgrupper',
  'resources.col.functions': 'Funksjonar',
  'resources.col.essential': 'Vesentleg',
  'resources.col.largestShare': 'Største del',
  'resources.col.largestShareHelp':
    'Kor stor del av årsverka på funksjonen den personen (eller eininga) som bidreg mest, står for. Nær 100 % tyder at éin ber funksjonen åleine.',
  'resources.col.status': 'Terskel',
  'resources.col.split': 'Fordeling på funksjonar',
  'resources.col.functionFte': 'Årsverk på funksjonen',
  'resources.col.share': 'Del av årsverka i eininga',
  'resources.below': 'Under terskelen',
  'resources.enough': 'Over terskelen',
  'resources.noGroup': 'Utan bestemd målgruppe',
  'resources.noFunctions': 'Ingen funksjonar',
  'resources.empty':
    'Ingen årsverk er registrerte enno. Legg inn årsverk når du tildeler ein funksjon i tabellen ovanfor.',
  'resources.estimateTitle': 'Delvis anslått: nokre oppgåver manglar årsverk',
  'resources.estimateValue': 'omtrent {value}',
  'resources.estimateNote':
    'tyder at talet delvis er anslått. Når ein person utfører ei oppgåve som manglar årsverk, deler vi det som er att av stillinga til personen, likt på desse oppgåvene. Har personen òg anna arbeid, blir anslaget for høgt: skriv då inn årsverket på oppgåva.',
  'resources.unknownNote': {
    one: '{count} oppgåve manglar årsverk og kan ikkje anslåast (personen har ansvaret eller bidreg, men utfører ikkje sjølv, oppgåva ligg på ei heil eining, eller personen har inga stilling registrert). Ho er ikkje rekna med.',
    other:
      '{count} oppgåver manglar årsverk og kan ikkje anslåast (personen har ansvaret eller bidreg, men utfører ikkje sjølv, oppgåvene ligg på ei heil eining, eller personen har inga stilling registrert). Dei er ikkje rekna med.'
  },

  'locations.title': 'Lokalisering',
  'locations.lead':
    'Kvar einingane og personane sit, og om einingar som deler arbeid, også sit saman og snakkar saman.',
  'locations.placesTitle': 'Kven sit kvar',
  'locations.notGiven': 'Stad ikkje oppgitt',
  'locations.units': 'Einingar',
  'locations.people': { one: 'Vis {count} person', other: 'Vis {count} personar' },
  'locations.noPlaces': 'Ingen stader er registrerte. Legg inn stad på einingane og personane.',
  'locations.pairsTitle': 'Einingar som deler arbeid',
  'locations.pairsLead':
    'Par av einingar som har ein funksjon eller ei målgruppe felles. Kontakt er band mellom personane i dei to einingane i kartleggingsrunden.',
  'locations.pairsCaption': 'Einingar som deler arbeid: stad og kontakt',
  'locations.noPairs': 'Ingen einingar deler funksjonar eller målgrupper.',
  'locations.splitCount': {
    one: '{count} av {total} par sit kvar for seg og snakkar saman sjeldnare enn vekentleg.',
    other: '{count} av {total} par sit kvar for seg og snakkar saman sjeldnare enn vekentleg.'
  },
  'locations.onlySplit': 'Vis berre par som sit kvar for seg og sjeldan snakkar saman',
  'locations.col.pair': 'Einingar',
  'locations.col.shared': 'Felles arbeid',
  'locations.col.same': 'Same stad',
  'locations.col.ties': 'Band',
  'locations.col.freq': 'Oftast',
  'locations.col.note': 'Merknad',
  'locations.pair': '{a} og {b}',
  'locations.sharedFunctions': { one: '{count} funksjon', other: '{count} funksjonar' },
  'locations.sharedGroups': { one: '{count} målgruppe', other: '{count} målgrupper' },
  'locations.sharedFunctionsList': { one: '{count} funksjon: {names}', other: '{count} funksjonar: {names}' },
  'locations.sharedGroupsList': { one: '{count} målgruppe: {names}', other: '{count} målgrupper: {names}' },
  'locations.same': 'Ja',
  'locations.apart': 'Nei',
  'locations.unknown': 'Veit ikkje',
  'locations.never': 'Aldri',
  'locations.splitFlag': 'Kvar for seg, lite kontakt',

  'map.groupLocation': 'Grupper etter stad',
  'map.colorBy.location': 'Stad',
  'map.legend.noLocation': 'Stad ikkje oppgitt',
  'map.locationNote': 'Personane er samla etter kvar dei sit. Farge viser stad.',

  // The Funn view names each finding's rule (the other rules' names are in findings.nn.js).
  'findings.rule.thin-resources': 'Lite ressursar',
  'findings.rule.fragmented-function': 'Oppstykka funksjon',
  'findings.rule.split-location': 'Kvar for seg'
};
