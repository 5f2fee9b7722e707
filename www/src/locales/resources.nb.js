// Bokmål texts for the resources feature (merged into nb.js).
export default {
  'resources.title': 'Ressurser og arbeidsdeling',
  'resources.lead':
    'Hvor mange årsverk som går til hver funksjon, hver enhet og hver målgruppe, og hvor mange som deler på arbeidet. Tallene bygger på årsverkene i oppgavene over. Bare kommunens egne enheter telles, ikke eksterne samarbeidspartnere.',
  'resources.missing': 'Denne oversikten kommer når analysen er oppdatert. Prøv å laste siden på nytt.',
  'resources.sumTotal': '{fte} årsverk i alt',
  'resources.totalRow': 'Sum årsverk',
  'resources.sumEstimated': '{fte} av dem anslått',
  'resources.sumBelow': {
    one: '{count} vesentlig funksjon under {threshold} årsverk',
    other: '{count} vesentlige funksjoner under {threshold} årsverk'
  },
  'resources.csv': 'Last ned som CSV (Excel)',
  'resources.csvHint': 'Semikolon og desimalkomma, slik norsk Excel leser det.',
  'resources.viewLabel': 'Vis ressursene',
  'resources.view.functions': 'Per funksjon',
  'resources.view.units': 'Per enhet',
  'resources.view.groups': 'Per målgruppe',
  'resources.caption.functions': 'Årsverk per funksjon',
  'resources.caption.units': 'Årsverk per enhet, og hvordan de fordeler seg på funksjonene',
  'resources.caption.groups': 'Årsverk per målgruppe',
  'resources.file.functions': 'ressurser per funksjon',
  'resources.file.units': 'ressurser per enhet',
  'resources.file.groups': 'ressurser per målgruppe',
  'resources.col.function': 'Funksjon',
  'resources.col.unit': 'Enhet',
  'resources.col.group': 'Målgruppe',
  'resources.col.fte': 'Årsverk',
  'resources.col.fteTotal': 'Årsverk i alt',
  'resources.col.estimated': 'Herav anslått',
  'resources.col.estimatedShort': 'Anslått',
  'resources.col.unknown': 'Mangler årsverk',
  'resources.col.unknownHelp':
    'Oppgaver på funksjonen der årsverket ikke er kjent og ikke kan anslås. De er ikke regnet med i årsverkene.',
  'resources.col.people': 'Personer',
  'resources.col.units': 'Enheter',
  'resources.col.groups': 'Målgrupper',
  'resources.col.functions': 'Funksjoner',
  'resources.col.essential': 'Vesentlig',
  'resources.col.largestShare': 'Største andel',
  'resources.col.largestShareHelp':
    'Hvor stor del av funksjonens årsverk den personen (eller enheten) som bidrar mest, står for. Nær 100 % betyr at én bærer funksjonen alene.',
  'resources.col.status': 'Terskel',
  'resources.col.split': 'Fordeling på funksjoner',
  'resources.col.functionFte': 'Årsverk på funksjonen',
  'resources.col.share': 'Andel av enhetens årsverk',
  'resources.below': 'Under terskel',
  'resources.enough': 'Over terskel',
  'resources.noGroup': 'Uten bestemt målgruppe',
  'resources.noFunctions': 'Ingen funksjoner',
  'resources.empty': 'Ingen årsverk er registrert ennå. Legg inn årsverk når du tildeler en funksjon i tabellen over.',
  'resources.estimateTitle': 'Delvis anslått: noen oppgaver mangler årsverk',
  'resources.estimateValue': 'omtrent {value}',
  'resources.estimateNote':
    'betyr at tallet delvis er anslått. Når en person utfører en oppgave som mangler årsverk, deler vi det som er igjen av personens stilling, likt på disse oppgavene. Har personen også annet arbeid, blir anslaget for høyt: skriv da inn årsverket på oppgaven.',
  'resources.unknownNote': {
    one: '{count} oppgave mangler årsverk og kan ikke anslås (personen har ansvaret eller bidrar, men utfører ikke selv, oppgaven ligger på en hel enhet, eller personen har ingen stilling registrert). Den er ikke regnet med.',
    other:
      '{count} oppgaver mangler årsverk og kan ikke anslås (personen har ansvaret eller bidrar, men utfører ikke selv, oppgaven ligger på en hel enhet, eller personen har ingen stilling registrert). De er ikke regnet med.'
  },

  'locations.title': 'Lokalisering',
  'locations.lead':
    'Hvor enhetene og personene sitter, og om enheter som deler arbeid også sitter sammen og snakker sammen.',
  'locations.placesTitle': 'Hvem sitter hvor',
  'locations.notGiven': 'Sted ikke oppgitt',
  'locations.units': 'Enheter',
  'locations.people': { one: 'Vis {count} person', other: 'Vis {count} personer' },
  'locations.noPlaces': 'Ingen steder er registrert. Legg inn sted på enhetene og personene.',
  'locations.pairsTitle': 'Enheter som deler arbeid',
  'locations.pairsLead':
    'Par av enheter som har en funksjon eller en målgruppe felles. Kontakt er bånd mellom personene i de to enhetene i kartleggingsrunden.',
  'locations.pairsCaption': 'Enheter som deler arbeid: sted og kontakt',
  'locations.noPairs': 'Ingen enheter deler funksjoner eller målgrupper.',
  'locations.splitCount': {
    one: '{count} av {total} par sitter hver for seg og snakker sammen sjeldnere enn ukentlig.',
    other: '{count} av {total} par sitter hver for seg og snakker sammen sjeldnere enn ukentlig.'
  },
  'locations.onlySplit': 'Vis bare par som sitter hver for seg og sjelden snakker sammen',
  'locations.col.pair': 'Enheter',
  'locations.col.shared': 'Felles arbeid',
  'locations.col.same': 'Samme sted',
  'locations.col.ties': 'Bånd',
  'locations.col.freq': 'Oftest',
  'locations.col.note': 'Merknad',
  'locations.pair': '{a} og {b}',
  'locations.sharedFunctions': { one: '{count} funksjon', other: '{count} funksjoner' },
  'locations.sharedGroups': { one: '{count} målgruppe', other: '{count} målgrupper' },
  'locations.sharedFunctionsList': { one: '{count} funksjon: {names}', other: '{count} funksjoner: {names}' },
  'locations.sharedGroupsList': { one: '{count} målgruppe: {names}', other: '{count} målgrupper: {names}' },
  'locations.same': 'Ja',
  'locations.apart': 'Nei',
  'locations.unknown': 'Vet ikke',
  'locations.never': 'Aldri',
  'locations.splitFlag': 'Hver for seg, lite kontakt',

  'map.groupLocation': 'Grupper etter sted',
  'map.colorBy.location': 'Sted',
  'map.legend.noLocation': 'Sted ikke oppgitt',
  'map.locationNote': 'Personene er samlet etter hvor de sitter. Farge viser sted.',

  // The Funn view names each finding's rule (the other rules' names are in findings.nb.js).
  'findings.rule.thin-resources': 'Lite ressurser',
  'findings.rule.fragmented-function': 'Oppstykket funksjon',
  'findings.rule.split-location': 'Hver for seg'
};
