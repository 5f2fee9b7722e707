// Nynorsk texts for the sharing feature (merged into nn.js).
export default {
  // Pseudonymised copy
  'sharing.title': 'Del ein pseudonymisert kopi',
  'sharing.intro':
    'Vil de dele kartlegginga med ein annan kommune, ein forskar eller ein rådgjevar utan å vise kven som er kven? Lag ein kopi der namna er bytte ut med kodar.',
  'sharing.removed':
    'Blir tekne bort: namna på personane, alle merknader og notat, skildringa av avtalar og kontaktpersonar hos eksterne samarbeidspartnarar, teksten, ansvarleg og merknader i vurderingane, og stillingstitlar og stader om de ikkje vel å ta dei med.',
  'sharing.kept':
    'Blir behaldne: namnet på kommunen, einingane (dei små slått saman), funksjonar og målgrupper, kartleggingsrundane, kven som har kontakt med kven og kor ofte, og dermed utrekningane for kvar person.',
  'sharing.codes':
    'Kvar person får ein kode (til dømes P-4c441a8bf2). Same person får same kode kvar gong de lagar ein kopi av dette prosjektet, så kopiar frå ulike tidspunkt kan samanliknast.',
  'sharing.caution':
    'Sjå gjennom før de deler: i ei lita eining kan ein stillingstittel eller ein stad åleine vise kven det er.',
  'sharing.keyExplained':
    'Kodane blir laga med ein hemmeleg nøkkel. Nøkkelen blir lagra i prosjektet her på maskinen og kjem ikkje med i kopien. Kjem kopien tilbake til dykk, importerer de han som vanleg, og Bosam tilbyr å hente namna tilbake. Nøkkelen følgjer med når de eksporterer heile prosjektet til fil, så del berre den pseudonymiserte kopien.',
  'sharing.hasKey': 'Prosjektet har ein nøkkel. Nye kopiar får dei same kodane som før.',
  'sharing.noKeyYet':
    'Prosjektet har ingen nøkkel enno. Han blir laga og lagra i prosjektet første gongen de lagar ein kopi.',
  'sharing.button': 'Last ned pseudonymisert kopi',
  'sharing.noProject': 'Opne eit prosjekt først.',
  'sharing.working': 'Lagar kopien …',
  'sharing.failed': 'Kopien vart ikkje laga.',
  'sharing.done': '«{file}» er lasta ned. Namna i fila er bytte ut med kodar.',
  'sharing.keyAdded':
    'Ein ny nøkkel er lagra i prosjektet. Ta vare på prosjektet: utan nøkkelen kan ikkje namna hentast tilbake.',

  // What a copy pooled and dropped, and the floor (Oversikt)
  'sharing.floor':
    'Einingar med færre enn {count} personar blir slått saman i kopien til «Små einingar» (eksterne samarbeidspartnarar til «Små eksterne»), så inga eining i kopien har færre enn {count} personar. Grensa endrar de under Oversikt.',
  'sharing.optionsLegend': 'Ta med i kopien',
  'sharing.keepRoles': 'Stillingstitlane',
  'sharing.keepLocations': 'Stadene der einingar og personar sit',
  'sharing.keepWarning': 'Ver varsam: i ei lita eining kan ein stillingstittel eller ein stad åleine vise kven det er.',
  'sharing.pooledIntro': 'Einingar med færre enn {count} personar er slått saman i kopien:',
  'sharing.pooledNone': 'Inga eining har færre enn {count} personar, så ingen er slått saman.',
  'sharing.pooledCaption': 'Einingar som er slått saman i kopien',
  'sharing.col.unit': 'Eining',
  'sharing.col.people': 'Personar',
  'sharing.col.pool': 'Slått saman til',
  'sharing.poolLine': '«{pool}»: {people} frå {units}',
  'sharing.peopleCount': { one: '1 person', other: '{count} personar' },
  'sharing.unitCount': { one: '1 eining', other: '{count} einingar' },
  'sharing.widened':
    'Einingar med {count} personar eller fleire er tekne med der ei samanslått eining elles ville fått for få personar.',
  'sharing.belowFloor':
    'Prosjektet har berre {people} i alt, færre enn {count}, så inga eining i kopien kan nå grensa. Tenk over om kopien bør delast.',
  'sharing.droppedRoles': {
    one: 'Stillingstittelen er teken bort for 1 person.',
    other: 'Stillingstitlane er tekne bort for {count} personar.'
  },
  'sharing.droppedLocations': {
    one: 'Staden er teken bort for 1 eining eller person.',
    other: 'Stadene er tekne bort for {count} einingar og personar.'
  },
  'sharing.keptRoles': 'Stillingstitlane er med i kopien.',
  'sharing.keptLocations': 'Stadene er med i kopien.',
  'floor.title': 'Delte kopiar',
  'floor.label': 'Minste gruppestorleik',
  'floor.hint':
    'Når de deler ein pseudonymisert kopi, blir einingar med færre personar enn dette slått saman, så inga eining i kopien peikar ut éin eller to personar. Eit heilt tal frå 2 til 50; 5 er vanleg.',
  'floor.number': 'Skriv eit heilt tal frå 2 til 50.',
  'floor.history': 'Minste gruppestorleik: {count}',

  // Importing a pseudonymised copy
  'sharing.reidTitle': 'Hente tilbake namna?',
  'sharing.reidBody':
    '«{file}» er ein pseudonymisert kopi av prosjektet «{existing}», som de har her. Nøkkelen i prosjektet passar, så Bosam kan setje namna tilbake. Personar som ikkje finst i prosjektet dykkar, beheld koden. Vil de oppdatere prosjektet med kopien, eller behalde begge?',
  'sharing.reidReplace': 'Hent namna og oppdater prosjektet',
  'sharing.reidBoth': 'Hent namna og behald begge',
  'sharing.noKeyTitle': 'Namna kan ikkje hentast tilbake',
  'sharing.noKeyBody':
    '«{file}» er ein pseudonymisert kopi av «{existing}», men prosjektet her har ingen nøkkel, så namna kan ikkje hentast tilbake. De kan importere kopien som eit eige prosjekt med kodane i staden for namn.',
  'sharing.wrongKeyBody':
    '«{file}» er ein pseudonymisert kopi med same prosjekt-ID som «{existing}», men nøkkelen i prosjektet passar ikkje, så namna kan ikkje hentast tilbake. De kan importere kopien som eit eige prosjekt med kodane i staden for namn.',
  'sharing.importCodesCopy': 'Importer som eige prosjekt (med kodar)',
  'sharing.imported.codes': 'Fila er ein pseudonymisert kopi. Personane blir viste med kodar i staden for namn.',
  'sharing.imported.codesCopy':
    'Fila er ein pseudonymisert kopi og er lagd inn som eit eige prosjekt. Personane blir viste med kodar; det opphavlege prosjektet er uendra.',
  'sharing.imported.reidentified':
    'Namna er henta tilbake med nøkkelen i prosjektet, og prosjektet er oppdatert med innhaldet i kopien.',
  'sharing.imported.reidentifiedCopy':
    'Namna er henta tilbake med nøkkelen i prosjektet, og kopien er lagd inn som eit eige prosjekt.',

  // Network for other tools
  'netexport.title': 'Eksporter nettverket til andre verktøy',
  'netexport.intro':
    'Last ned nettverket frå ein kartleggingsrunde i eit format som andre analyseprogram kan opne. Filene inneheld namna; vil de dele utan namn, bruk den pseudonymiserte kopien ovanfor.',
  'netexport.legend': 'Val for eksporten',
  'netexport.wave': 'Kartleggingsrunde',
  'netexport.format': 'Format',
  'netexport.format.graphml': 'GraphML (Gephi, yEd, NetworkX)',
  'netexport.format.gexf': 'GEXF (Gephi)',
  'netexport.format.pajek': 'Pajek .net',
  'netexport.format.csv': 'CSV: ei fil med personar og ei med samband',
  'netexport.format.csv-excel': 'CSV for norsk Excel (semikolon)',
  'netexport.help.graphml': 'GraphML kan opnast i Gephi og yEd, og lesast av NetworkX (Python) og igraph (R).',
  'netexport.help.gexf': 'GEXF er formatet Gephi sjølv brukar: opne fila med Fil → Opne i Gephi.',
  'netexport.help.pajek':
    'Pajek-fila (.net) kan opnast i Pajek og lesast av dei fleste nettverksprogram. Ho har berre personar og samband.',
  'netexport.help.csv':
    'To CSV-filer med komma som skiljeteikn: for R, Python, importvegvisaren i Gephi og rekneark med engelske innstillingar.',
  'netexport.help.csv-excel':
    'To CSV-filer med semikolon og desimalkomma, som norsk Excel opnar rett med eit dobbeltklikk.',
  'netexport.format.dl': 'UCINET DL',
  'netexport.format.matrix': 'Matriser (CSV): éin for all kontakt og éin per type kontakt',
  'netexport.format.matrix-excel': 'Matriser for norsk Excel (semikolon)',
  'netexport.help.dl':
    'DL er formatet til UCINET, og blir òg lese av igraph. Namna blir skrivne som eitt ord (mellomrom blir understrek).',
  'netexport.help.matrix':
    'Ein tabell med éi rad og éin kolonne per person, der talet i cella er kor ofte rada har kontakt med kolonnen (0 er ingen, 4 er dagleg). Éi fil for all kontakt og éi per type kontakt. Inntil 2000 personar.',
  'netexport.help.matrix-excel':
    'Dei same matrisene med semikolon, som norsk Excel opnar rett med eit dobbeltklikk. Inntil 2000 personar.',
  'netexport.measures': 'Ta med utrekningane for kvar person',
  'netexport.weighted': 'Vekta etter kor ofte dei har kontakt',
  'netexport.button': 'Last ned',
  'netexport.noProject': 'Opne eit prosjekt først.',
  'netexport.noWave': 'Prosjektet har ingen kartleggingsrunde enno, så det er ikkje noko nettverk å eksportere.',
  'netexport.working': 'Lagar filene …',
  'netexport.failed': 'Eksporten mislukkast.',
  'netexport.done': { one: 'Éi fil er lasta ned:', other: '{count} filer er lasta ned:' },

  // Comparison with other municipalities (Analyse)
  'reference.title': 'Samanlikn med andre kommunar',
  'reference.intro':
    'Legg til prosjektfiler frå andre kommunar, gjerne pseudonymiserte kopiar dei har delt med dykk. Bosam reknar ut dei same nøkkeltala for kvar av dei med dei same innstillingane og viser dei side om side med dykkar. Sjølve filene blir ikkje lagra; berre tala blir hugsa på denne maskinen.',
  'reference.loadButton': 'Legg til filer frå andre kommunar',
  'reference.checking': 'Kontrollerer og reknar ut «{file}» …',
  'reference.failed': '«{file}» kunne ikkje brukast som samanlikning. Ingenting er endra.',
  'reference.notRemembered': 'Tala blir viste no, men nettlesaren lèt ikkje Bosam hugse dei til neste gong.',
  'reference.none': 'Ingen andre kommunar er lagde til enno.',
  'reference.listTitle': 'Kommunar de samanliknar med',
  'reference.about': '{name}, kartleggingsrunden «{wave}» (lasta inn {date}).',
  'reference.wasPseudonymized':
    'Fila var pseudonymisert: små einingar er slått saman, og det påverkar tala som byggjer på einingane.',
  'reference.optionsDiffer':
    'Tala for {name} vart rekna ut med andre innstillingar enn de har valt no. Last inn fila på nytt for å samanlikne likt.',
  'reference.caption': {
    one: 'Nøkkeltal for {own} og éin annan kommune',
    other: 'Nøkkeltal for {own} og {count} andre kommunar'
  },
  'reference.colFigure': 'Tal',
  'reference.colExplain': 'Kva talet seier',
  'reference.colOwn': 'Dykkar ({name})',
  'reference.caution':
    'Kommunar er ulike i storleik og organisering. Tala er eit utgangspunkt for samtale, ikkje ei rangering: til dømes blir tettleiken naturleg lågare di fleire som er med.',
  'reference.remove': 'Fjern {name}',
  'reference.removed': '{name} er fjerna frå samanlikninga.',
  'reference.download': 'Last ned tabellen (CSV)',
  'reference.downloadExcel': 'Last ned tabellen for norsk Excel',
  'reference.downloaded': 'Tabellen er lasta ned som «{file}».',
  'reference.figure.people': 'Personar',
  'reference.figure.people.help': 'Kor mange personar som er med i kartlegginga.',
  'reference.figure.units': 'Einingar i kommunen',
  'reference.figure.units.help': 'Dei eigne einingane til kommunen, utan eksterne samarbeidspartnarar.',
  'reference.figure.externalUnits': 'Eksterne samarbeidspartnarar',
  'reference.figure.externalUnits.help': 'Einingar utanfor kommunen, til dømes Husbanken eller frivillige.',
  'reference.figure.asked': 'Spurde i kartlegginga',
  'reference.figure.asked.help': 'Kor mange som fekk spørjeskjemaet i kartleggingsrunden.',
  'reference.figure.ties': 'Oppgitte kontaktar',
  'reference.figure.ties.help': 'Alle kontaktane personane oppgav, talde éin gong per person og kontakt.',
  'reference.figure.functions': 'Funksjonar',
  'reference.figure.functions.help': 'Kor mange bustadsosiale funksjonar ansvarskartet har.',
  'reference.figure.functionsHeld': 'Del av funksjonane som er dekte',
  'reference.figure.functionsHeld.help': 'Funksjonar som minst éi eining har ansvar for eller utfører.',
  'reference.figure.functionsDuplicated': 'Del av funksjonane med fleire einingar',
  'reference.figure.functionsDuplicated.help':
    'Funksjonar som to eller fleire einingar har ansvar for eller utfører, der det kan vere dobbeltarbeid eller uklart ansvar.',
  'reference.figure.ftePerFunction': 'Årsverk per dekt funksjon',
  'reference.figure.ftePerFunction.help':
    'Årsverka som er førte på oppgåvene, delte på talet på dekte funksjonar. Tomt når ingen årsverk er førte.',
  'reference.figure.sharedWorkP': 'P-verdi for felles oppgåver og kontakt',
  'reference.figure.sharedWorkP.help':
    'Delen av tilfeldige omstokkingar av personane som gav minst like sterk samanheng. Under 0,05: samanhengen er neppe tilfeldig.',
  'reference.figure.findingsCritical': 'Funn: kritisk',
  'reference.figure.findingsCritical.help': 'Funn som bør drøftast først.',
  'reference.figure.findingsWarning': 'Funn: bør sjekkast',
  'reference.figure.findingsWarning.help': 'Funn som kan vere verde å ta opp.',
  'reference.figure.findingsInfo': 'Funn: til orientering',
  'reference.figure.findingsInfo.help': 'Funn der ingenting nødvendigvis er gale.',

  // Errors made in the app
  'coreError.reference-no-wave': 'Fila har ingen kartleggingsrunde, så det er ingen tal å samanlikne.',
  'coreError.reference-too-many': 'Du kan samanlikne med inntil {count} kommunar. Fjern ein før du legg til fleire.',
  'coreError.reference-too-large': 'Fila er for stor.',
  'coreError.reference-read-failed': 'Fila kunne ikkje lesast.',
  'coreError.no-random': 'Nettlesaren har inga trygg kjelde til tilfeldige tal, så nøkkelen kan ikkje lagast.',
  'coreError.bad-format': 'Ukjend format.'
};
