// Nynorsk texts for the netimport feature (merged into nn.js).
export default {
  'netimport.title': 'Importer nettverk frå CSV eller GraphML',
  'netimport.intro':
    'Har de kartlagt kontaktar i eit rekneark, i Gephi eller eit anna verktøy? Hent dei inn som ein ny kartleggingsrunde i prosjektet som er ope. Ingenting blir endra før filene er sjekka, og du kan angre importen.',
  'netimport.noProject': 'Opne eller opprett eit prosjekt først, så kan du importere eit nettverk inn i det.',
  'netimport.formatLegend': 'Filtype',
  'netimport.formatCsv': 'CSV (kontaktliste, og eventuelt ei personliste)',
  'netimport.formatGraphml': 'GraphML (frå Gephi, NetworkX, yEd eller Bosam)',
  'netimport.file.edges': 'Kontaktliste (éi rad per kontakt)',
  'netimport.file.nodes': 'Personliste',
  'netimport.file.graphml': 'GraphML-fil',
  'netimport.optional': '(valfritt)',
  'netimport.choose': 'Vel fil …',
  'netimport.remove': 'Fjern {file}',
  'netimport.tooLarge': '{file} er for stor til å importerast.',
  'netimport.csvFacts': '(skiljeteikn «{delimiter}», desimalteikn «{decimal}»)',
  'netimport.graphmlDirected': { one: '(retta graf med {count} node)', other: '(retta graf med {count} nodar)' },
  'netimport.graphmlUndirected': {
    one: '(urett graf med {count} node; kvar kant blir éin kontakt frå source til target)',
    other: '(urett graf med {count} nodar; kvar kant blir éin kontakt frå source til target)'
  },
  'netimport.none': '(ingen)',
  'netimport.mappingLegend': 'Kva kolonnar tyder kva?',
  'netimport.map.from': 'Frå (den som oppgav kontakten)',
  'netimport.map.to': 'Til (den kontakten gjeld)',
  'netimport.map.frequency': 'Kor ofte',
  'netimport.map.types': 'Type kontakt',
  'netimport.map.nodeId': 'Person-id i personlista',
  'netimport.map.nodeName': 'Namn i personlista',
  'netimport.map.nodeUnit': 'Eining i personlista',
  'netimport.mapHint.frequency':
    'Kor ofte: dagleg, vekentleg, månadleg eller sjeldnare, eller eit tal frå 1 (sjeldnare enn månadleg) til 4 (dagleg); 0 eller «aldri» tyder ingen kontakt, og rada blir hoppa over.',
  'netimport.mapHint.types':
    'Type kontakt: information, coordination, advice eller referral, skilde med | eller komma.',
  'netimport.mapHint.nodeName': 'Namn blir brukte når personar blir funne på namn, og som namn på nye personar.',
  'netimport.mapHint.nodeUnit':
    'Nye personar blir lagde i eininga med denne id-en eller dette namnet; eininga må finnast i prosjektet.',
  'netimport.defaultFrequency': 'Kor ofte, for alle kontaktane',
  'netimport.chooseFrequency': 'Vel …',
  'netimport.frequency1': '1 – sjeldnare enn månadleg',
  'netimport.frequency2': '2 – månadleg',
  'netimport.frequency3': '3 – vekentleg',
  'netimport.frequency4': '4 – dagleg',
  'netimport.matchLegend': 'Finn personane i prosjektet etter',
  'netimport.matchId': 'id (til dømes a-01)',
  'netimport.matchName': 'namn (store og små bokstavar speler inga rolle)',
  'netimport.waveLabel': 'Namn på den nye runden',
  'netimport.defaultWaveLabel': 'Importert frå {file}',
  'netimport.needChoices': 'Før du kan importere, må du velje {choices}.',
  'netimport.need.from': 'kolonnen for Frå',
  'netimport.need.to': 'kolonnen for Til',
  'netimport.need.nodeId': 'kolonnen for person-id i personlista',
  'netimport.need.frequency': 'ein kolonne for kor ofte, eller éin verdi for alle kontaktane',
  'netimport.run': 'Importer som ny runde',
  'netimport.reading': 'Les fila …',
  'netimport.importing': 'Importerer …',
  'netimport.failed': 'Ingenting vart importert. Rett dette i fila eller vala, og prøv igjen:',
  'netimport.done': {
    one: 'Runden «{label}» er lagd til med {count} kontakt.',
    other: 'Runden «{label}» er lagd til med {count} kontaktar.'
  },
  'netimport.actorsFound': {
    one: '{count} person vart funnen i prosjektet.',
    other: '{count} personar vart funne i prosjektet.'
  },
  'netimport.actorsAdded': {
    zero: 'Ingen nye personar vart lagde til.',
    one: '{count} ny person vart lagd til.',
    other: '{count} nye personar vart lagde til.'
  },
  'netimport.skipped': { one: 'Éi rad vart hoppa over:', other: '{count} rader vart hoppa over:' },
  'netimport.skippedSelf': '{file}, linje {line}: kontakt med seg sjølv',
  'netimport.skippedNever': '{file}, linje {line}: kor ofte er 0 (ingen kontakt)',
  'netimport.skippedOther': '{file}, linje {line}',
  'netimport.undoHint': 'Angre (Ctrl+Z) fjernar heile importen igjen.',
  'netimport.history': 'import av «{label}»'
};
