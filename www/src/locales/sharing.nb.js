// Bokmål texts for the sharing feature (merged into nb.js).
export default {
  // Pseudonymised copy
  'sharing.title': 'Del en pseudonymisert kopi',
  'sharing.intro':
    'Vil dere dele kartleggingen med en annen kommune, en forsker eller en rådgiver uten å vise hvem som er hvem? Lag en kopi der navnene er byttet ut med koder.',
  'sharing.removed':
    'Tas bort: navnene på personene, alle merknader og notater, beskrivelsen av avtaler og kontaktpersoner hos eksterne samarbeidspartnere, teksten, ansvarlig og merknader i vurderingene, og stillingstitler og steder med mindre dere velger å ta dem med.',
  'sharing.kept':
    'Beholdes: kommunens navn, enhetene (de små slått sammen), funksjoner og målgrupper, kartleggingsrundene, hvem som har kontakt med hvem og hvor ofte, og dermed beregningene for hver person.',
  'sharing.codes':
    'Hver person får en kode (for eksempel P-4c441a8bf2). Samme person får samme kode hver gang dere lager en kopi av dette prosjektet, så kopier fra ulike tidspunkter kan sammenlignes.',
  'sharing.caution':
    'Se gjennom før dere deler: i en liten enhet kan en stillingstittel eller et sted alene vise hvem det er.',
  'sharing.keyExplained':
    'Kodene lages med en hemmelig nøkkel. Nøkkelen lagres i prosjektet her på maskinen og blir ikke med i kopien. Kommer kopien tilbake til dere, importerer dere den som vanlig, og Bosam tilbyr å hente navnene tilbake. Nøkkelen følger med når dere eksporterer hele prosjektet til fil, så del bare den pseudonymiserte kopien.',
  'sharing.hasKey': 'Prosjektet har en nøkkel. Nye kopier får de samme kodene som før.',
  'sharing.noKeyYet':
    'Prosjektet har ingen nøkkel ennå. Den lages og lagres i prosjektet første gang dere lager en kopi.',
  'sharing.button': 'Last ned pseudonymisert kopi',
  'sharing.noProject': 'Åpne et prosjekt først.',
  'sharing.working': 'Lager kopien …',
  'sharing.failed': 'Kopien ble ikke laget.',
  'sharing.done': '«{file}» er lastet ned. Navnene i den er byttet ut med koder.',
  'sharing.keyAdded':
    'En ny nøkkel er lagret i prosjektet. Ta vare på prosjektet: uten nøkkelen kan navnene ikke hentes tilbake.',

  // What a copy pooled and dropped, and the floor (Oversikt)
  'sharing.floor':
    'Enheter med færre enn {count} personer slås sammen i kopien til «Små enheter» (eksterne samarbeidspartnere til «Små eksterne»), så ingen enhet i kopien har færre enn {count} personer. Grensen endrer dere under Oversikt.',
  'sharing.optionsLegend': 'Ta med i kopien',
  'sharing.keepRoles': 'Stillingstitlene',
  'sharing.keepLocations': 'Stedene der enheter og personer sitter',
  'sharing.keepWarning': 'Vær varsom: i en liten enhet kan en stillingstittel eller et sted alene vise hvem det er.',
  'sharing.pooledIntro': 'Enheter med færre enn {count} personer er slått sammen i kopien:',
  'sharing.pooledNone': 'Ingen enhet har færre enn {count} personer, så ingen er slått sammen.',
  'sharing.pooledCaption': 'Enheter som er slått sammen i kopien',
  'sharing.col.unit': 'Enhet',
  'sharing.col.people': 'Personer',
  'sharing.col.pool': 'Slått sammen til',
  'sharing.poolLine': '«{pool}»: {people} fra {units}',
  'sharing.peopleCount': { one: '1 person', other: '{count} personer' },
  'sharing.unitCount': { one: '1 enhet', other: '{count} enheter' },
  'sharing.widened':
    'Enheter med {count} personer eller flere er tatt med der en sammenslått enhet ellers ville fått for få personer.',
  'sharing.belowFloor':
    'Prosjektet har bare {people} i alt, færre enn {count}, så ingen enhet i kopien kan nå grensen. Tenk over om kopien bør deles.',
  'sharing.droppedRoles': {
    one: 'Stillingstittelen er tatt bort for 1 person.',
    other: 'Stillingstitlene er tatt bort for {count} personer.'
  },
  'sharing.droppedLocations': {
    one: 'Stedet er tatt bort for 1 enhet eller person.',
    other: 'Stedene er tatt bort for {count} enheter og personer.'
  },
  'sharing.keptRoles': 'Stillingstitlene er med i kopien.',
  'sharing.keptLocations': 'Stedene er med i kopien.',
  'floor.title': 'Delte kopier',
  'floor.label': 'Minste gruppestørrelse',
  'floor.hint':
    'Når dere deler en pseudonymisert kopi, slås enheter med færre personer enn dette sammen, så ingen enhet i kopien peker ut én eller to personer. Et helt tall fra 2 til 50; 5 er vanlig.',
  'floor.number': 'Skriv et helt tall fra 2 til 50.',
  'floor.history': 'Minste gruppestørrelse: {count}',

  // Importing a pseudonymised copy
  'sharing.reidTitle': 'Hente tilbake navnene?',
  'sharing.reidBody':
    '«{file}» er en pseudonymisert kopi av prosjektet «{existing}», som dere har her. Nøkkelen i prosjektet passer, så Bosam kan sette navnene tilbake. Personer som ikke finnes i prosjektet deres, beholder koden. Vil dere oppdatere prosjektet med kopien, eller beholde begge?',
  'sharing.reidReplace': 'Hent navnene og oppdater prosjektet',
  'sharing.reidBoth': 'Hent navnene og behold begge',
  'sharing.noKeyTitle': 'Navnene kan ikke hentes tilbake',
  'sharing.noKeyBody':
    '«{file}» er en pseudonymisert kopi av «{existing}», men prosjektet her har ingen nøkkel, så navnene kan ikke hentes tilbake. Dere kan importere kopien som et eget prosjekt med kodene i stedet for navn.',
  'sharing.wrongKeyBody':
    '«{file}» er en pseudonymisert kopi med samme prosjekt-ID som «{existing}», men nøkkelen i prosjektet passer ikke, så navnene kan ikke hentes tilbake. Dere kan importere kopien som et eget prosjekt med kodene i stedet for navn.',
  'sharing.importCodesCopy': 'Importer som eget prosjekt (med koder)',
  'sharing.imported.codes': 'Filen er en pseudonymisert kopi. Personene vises med koder i stedet for navn.',
  'sharing.imported.codesCopy':
    'Filen er en pseudonymisert kopi og er lagt inn som et eget prosjekt. Personene vises med koder; det opprinnelige prosjektet er uendret.',
  'sharing.imported.reidentified':
    'Navnene er hentet tilbake med nøkkelen i prosjektet, og prosjektet er oppdatert med innholdet i kopien.',
  'sharing.imported.reidentifiedCopy':
    'Navnene er hentet tilbake med nøkkelen i prosjektet, og kopien er lagt inn som et eget prosjekt.',

  // Network for other tools
  'netexport.title': 'Eksporter nettverket til andre verktøy',
  'netexport.intro':
    'Last ned nettverket fra en kartleggingsrunde i et format som andre analyseprogrammer kan åpne. Filene inneholder navnene; vil dere dele uten navn, bruk den pseudonymiserte kopien over.',
  'netexport.legend': 'Valg for eksporten',
  'netexport.wave': 'Kartleggingsrunde',
  'netexport.format': 'Format',
  'netexport.format.graphml': 'GraphML (Gephi, yEd, NetworkX)',
  'netexport.format.gexf': 'GEXF (Gephi)',
  'netexport.format.pajek': 'Pajek .net',
  'netexport.format.csv': 'CSV: en fil med personer og en med forbindelser',
  'netexport.format.csv-excel': 'CSV for norsk Excel (semikolon)',
  'netexport.help.graphml': 'GraphML åpnes i Gephi og yEd, og leses av NetworkX (Python) og igraph (R).',
  'netexport.help.gexf': 'GEXF er Gephis eget format: åpne filen med Fil → Åpne i Gephi.',
  'netexport.help.pajek':
    'Pajek-filen (.net) åpnes i Pajek og leses av de fleste nettverksprogrammer. Den har bare personer og forbindelser.',
  'netexport.help.csv':
    'To CSV-filer med komma som skilletegn: for R, Python, Gephis importveiviser og regneark med engelske innstillinger.',
  'netexport.help.csv-excel':
    'To CSV-filer med semikolon og desimalkomma, som norsk Excel åpner riktig med et dobbeltklikk.',
  'netexport.format.dl': 'UCINET DL',
  'netexport.format.matrix': 'Matriser (CSV): én for all kontakt og én per type kontakt',
  'netexport.format.matrix-excel': 'Matriser for norsk Excel (semikolon)',
  'netexport.help.dl':
    'DL er formatet til UCINET, og leses også av igraph. Navnene skrives som ett ord (mellomrom blir understrek).',
  'netexport.help.matrix':
    'En tabell med én rad og én kolonne per person, der tallet i cellen er hvor ofte raden har kontakt med kolonnen (0 er ingen, 4 er daglig). Én fil for all kontakt og én per type kontakt. Inntil 2000 personer.',
  'netexport.help.matrix-excel':
    'De samme matrisene med semikolon, som norsk Excel åpner rett med et dobbeltklikk. Inntil 2000 personer.',
  'netexport.measures': 'Ta med beregningene for hver person',
  'netexport.weighted': 'Vektet etter hvor ofte de har kontakt',
  'netexport.button': 'Last ned',
  'netexport.noProject': 'Åpne et prosjekt først.',
  'netexport.noWave': 'Prosjektet har ingen kartleggingsrunde ennå, så det er ikke noe nettverk å eksportere.',
  'netexport.working': 'Lager filene …',
  'netexport.failed': 'Eksporten mislyktes.',
  'netexport.done': { one: 'Én fil er lastet ned:', other: '{count} filer er lastet ned:' },

  // Comparison with other municipalities (Analyse)
  'reference.title': 'Sammenlign med andre kommuner',
  'reference.intro':
    'Legg til prosjektfiler fra andre kommuner, gjerne pseudonymiserte kopier de har delt med dere. Bosam regner ut de samme nøkkeltallene for hver av dem med de samme innstillingene og viser dem side om side med deres. Selve filene lagres ikke; bare tallene huskes på denne maskinen.',
  'reference.loadButton': 'Legg til filer fra andre kommuner',
  'reference.checking': 'Kontrollerer og beregner «{file}» …',
  'reference.failed': '«{file}» kunne ikke brukes som sammenligning. Ingenting er endret.',
  'reference.notRemembered': 'Tallene vises nå, men nettleseren lar ikke Bosam huske dem til neste gang.',
  'reference.none': 'Ingen andre kommuner er lagt til ennå.',
  'reference.listTitle': 'Kommuner dere sammenligner med',
  'reference.about': '{name}, kartleggingsrunden «{wave}» (lastet inn {date}).',
  'reference.wasPseudonymized':
    'Filen var pseudonymisert: små enheter er slått sammen, og det påvirker tallene som bygger på enhetene.',
  'reference.optionsDiffer':
    'Tallene for {name} ble regnet ut med andre innstillinger enn dere har valgt nå. Last inn filen på nytt for å sammenligne likt.',
  'reference.caption': {
    one: 'Nøkkeltall for {own} og én annen kommune',
    other: 'Nøkkeltall for {own} og {count} andre kommuner'
  },
  'reference.colFigure': 'Tall',
  'reference.colExplain': 'Hva tallet sier',
  'reference.colOwn': 'Dere ({name})',
  'reference.caution':
    'Kommuner er ulike i størrelse og organisering. Tallene er et utgangspunkt for samtale, ikke en rangering: for eksempel blir tettheten naturlig lavere jo flere som er med.',
  'reference.remove': 'Fjern {name}',
  'reference.removed': '{name} er fjernet fra sammenligningen.',
  'reference.download': 'Last ned tabellen (CSV)',
  'reference.downloadExcel': 'Last ned tabellen for norsk Excel',
  'reference.downloaded': 'Tabellen er lastet ned som «{file}».',
  'reference.figure.people': 'Personer',
  'reference.figure.people.help': 'Hvor mange personer som er med i kartleggingen.',
  'reference.figure.units': 'Enheter i kommunen',
  'reference.figure.units.help': 'Kommunens egne enheter, uten eksterne samarbeidspartnere.',
  'reference.figure.externalUnits': 'Eksterne samarbeidspartnere',
  'reference.figure.externalUnits.help': 'Enheter utenfor kommunen, for eksempel Husbanken eller frivillige.',
  'reference.figure.asked': 'Spurt i kartleggingen',
  'reference.figure.asked.help': 'Hvor mange som fikk spørreskjemaet i kartleggingsrunden.',
  'reference.figure.ties': 'Oppgitte kontakter',
  'reference.figure.ties.help': 'Alle kontakter personene oppga, talt én gang per person og kontakt.',
  'reference.figure.functions': 'Funksjoner',
  'reference.figure.functions.help': 'Hvor mange boligsosiale funksjoner ansvarskartet har.',
  'reference.figure.functionsHeld': 'Andel funksjoner som er dekket',
  'reference.figure.functionsHeld.help': 'Funksjoner som minst én enhet har ansvar for eller utfører.',
  'reference.figure.functionsDuplicated': 'Andel funksjoner med flere enheter',
  'reference.figure.functionsDuplicated.help':
    'Funksjoner som to eller flere enheter har ansvar for eller utfører, der det kan være dobbeltarbeid eller uklart ansvar.',
  'reference.figure.ftePerFunction': 'Årsverk per dekket funksjon',
  'reference.figure.ftePerFunction.help':
    'Årsverkene som er ført på oppgavene, delt på antallet dekkede funksjoner. Tomt når ingen årsverk er ført.',
  'reference.figure.sharedWorkP': 'P-verdi for felles oppgaver og kontakt',
  'reference.figure.sharedWorkP.help':
    'Andelen tilfeldige omstokkinger av personene som ga minst like sterk sammenheng. Under 0,05: sammenhengen er neppe tilfeldig.',
  'reference.figure.findingsCritical': 'Funn: kritisk',
  'reference.figure.findingsCritical.help': 'Funn som bør drøftes først.',
  'reference.figure.findingsWarning': 'Funn: bør sjekkes',
  'reference.figure.findingsWarning.help': 'Funn som kan være verdt å ta opp.',
  'reference.figure.findingsInfo': 'Funn: til orientering',
  'reference.figure.findingsInfo.help': 'Funn der ingenting nødvendigvis er galt.',

  // Errors made in the app
  'coreError.reference-no-wave': 'Filen har ingen kartleggingsrunde, så det er ingen tall å sammenligne.',
  'coreError.reference-too-many': 'Du kan sammenligne med inntil {count} kommuner. Fjern en før du legger til flere.',
  'coreError.reference-too-large': 'Filen er for stor.',
  'coreError.reference-read-failed': 'Filen kunne ikke leses.',
  'coreError.no-random': 'Nettleseren har ingen sikker tilfeldighetskilde, så nøkkelen kan ikke lages.',
  'coreError.bad-format': 'Ukjent format.'
};
