// Bokmål texts for the netimport feature (merged into nb.js).
export default {
  'netimport.title': 'Importer nettverk fra CSV eller GraphML',
  'netimport.intro':
    'Har dere kartlagt kontakter i et regneark, i Gephi eller et annet verktøy? Hent dem inn som en ny kartleggingsrunde i prosjektet som er åpent. Ingenting endres før filene er sjekket, og du kan angre importen.',
  'netimport.noProject': 'Åpne eller opprett et prosjekt først, så kan du importere et nettverk inn i det.',
  'netimport.formatLegend': 'Filtype',
  'netimport.formatCsv': 'CSV (kontaktliste, og eventuelt en personliste)',
  'netimport.formatGraphml': 'GraphML (fra Gephi, NetworkX, yEd eller Bosam)',
  'netimport.file.edges': 'Kontaktliste (én rad per kontakt)',
  'netimport.file.nodes': 'Personliste',
  'netimport.file.graphml': 'GraphML-fil',
  'netimport.optional': '(valgfritt)',
  'netimport.choose': 'Velg fil …',
  'netimport.remove': 'Fjern {file}',
  'netimport.tooLarge': '{file} er for stor til å importeres.',
  'netimport.csvFacts': '(skilletegn «{delimiter}», desimaltegn «{decimal}»)',
  'netimport.graphmlDirected': { one: '(rettet graf med {count} node)', other: '(rettet graf med {count} noder)' },
  'netimport.graphmlUndirected': {
    one: '(urettet graf med {count} node; hver kant blir én kontakt fra source til target)',
    other: '(urettet graf med {count} noder; hver kant blir én kontakt fra source til target)'
  },
  'netimport.none': '(ingen)',
  'netimport.mappingLegend': 'Hvilke kolonner betyr hva?',
  'netimport.map.from': 'Fra (den som oppga kontakten)',
  'netimport.map.to': 'Til (den kontakten gjelder)',
  'netimport.map.frequency': 'Hyppighet',
  'netimport.map.types': 'Type kontakt',
  'netimport.map.nodeId': 'Person-id i personlisten',
  'netimport.map.nodeName': 'Navn i personlisten',
  'netimport.map.nodeUnit': 'Enhet i personlisten',
  'netimport.mapHint.frequency':
    'Hyppighet: daglig, ukentlig, månedlig eller sjeldnere, eller et tall fra 1 (sjeldnere enn månedlig) til 4 (daglig); 0 eller «aldri» betyr ingen kontakt, og raden hoppes over.',
  'netimport.mapHint.types': 'Type kontakt: information, coordination, advice eller referral, skilt med | eller komma.',
  'netimport.mapHint.nodeName': 'Navn brukes når personer finnes på navn, og som navn på nye personer.',
  'netimport.mapHint.nodeUnit':
    'Nye personer legges i enheten med denne id-en eller dette navnet; enheten må finnes i prosjektet.',
  'netimport.defaultFrequency': 'Hyppighet for alle kontaktene',
  'netimport.chooseFrequency': 'Velg …',
  'netimport.frequency1': '1 – sjeldnere enn månedlig',
  'netimport.frequency2': '2 – månedlig',
  'netimport.frequency3': '3 – ukentlig',
  'netimport.frequency4': '4 – daglig',
  'netimport.matchLegend': 'Finn personene i prosjektet etter',
  'netimport.matchId': 'id (for eksempel a-01)',
  'netimport.matchName': 'navn (store og små bokstaver spiller ingen rolle)',
  'netimport.waveLabel': 'Navn på den nye runden',
  'netimport.defaultWaveLabel': 'Importert fra {file}',
  'netimport.needChoices': 'Før du kan importere, må du velge {choices}.',
  'netimport.need.from': 'kolonnen for Fra',
  'netimport.need.to': 'kolonnen for Til',
  'netimport.need.nodeId': 'kolonnen for person-id i personlisten',
  'netimport.need.frequency': 'en kolonne for hyppighet eller én hyppighet for alle kontaktene',
  'netimport.run': 'Importer som ny runde',
  'netimport.reading': 'Leser filen …',
  'netimport.importing': 'Importerer …',
  'netimport.failed': 'Ingenting ble importert. Rett dette i filen eller valgene, og prøv igjen:',
  'netimport.done': {
    one: 'Runden «{label}» er lagt til med {count} kontakt.',
    other: 'Runden «{label}» er lagt til med {count} kontakter.'
  },
  'netimport.actorsFound': {
    one: '{count} person ble funnet i prosjektet.',
    other: '{count} personer ble funnet i prosjektet.'
  },
  'netimport.actorsAdded': {
    zero: 'Ingen nye personer ble lagt til.',
    one: '{count} ny person ble lagt til.',
    other: '{count} nye personer ble lagt til.'
  },
  'netimport.skipped': { one: 'Én rad ble hoppet over:', other: '{count} rader ble hoppet over:' },
  'netimport.skippedSelf': '{file}, linje {line}: kontakt med seg selv',
  'netimport.skippedNever': '{file}, linje {line}: hyppighet 0 (ingen kontakt)',
  'netimport.skippedOther': '{file}, linje {line}',
  'netimport.undoHint': 'Angre (Ctrl+Z) fjerner hele importen igjen.',
  'netimport.history': 'import av «{label}»'
};
