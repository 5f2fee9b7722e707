// Rapport (the printed kunnskapsgrunnlag) in nynorsk: every text of the report view: the steering group's first
// page, the responsibility map, units and partners, resources and places, method and response, page numbers.
export default {
  'report.title': 'Kunnskapsgrunnlag',
  'report.kicker': 'Bustadsosialt arbeid',
  'report.heading': 'Kunnskapsgrunnlag: {name}',
  'report.subtitleNumber': '{name} · Kommunenummer {number}',
  'report.intro': 'Rapporten er laga for utskrift på A4. Vel «Lagre som PDF» i utskriftsvindauget for å få ein PDF.',
  'report.print': 'Skriv ut',
  'report.languageLabel': 'Språk i rapporten',
  'report.languageHint':
    'Målforma i prosjektet er {language}, så rapporten blir skriven på {language}. Du kan velje eit anna språk for denne utskrifta; appen held fram på ditt eige språk.',
  'report.languageHintNone':
    'Prosjektet har inga målform enno, så rapporten følgjer språket ditt. Vel målform under Oversikt.',
  'report.date': 'Dato: {date}',
  'report.wave': 'Kartleggingsrunde: {wave}',
  'report.madeWith': 'Laga med Bosam. Alle data er behandla på denne datamaskinen.',
  'report.summaryText': {
    one: 'Analysen gav {count} kritisk funn, {warning} som bør sjekkast, og {info} til orientering.',
    other: 'Analysen gav {count} kritiske funn, {warning} som bør sjekkast, og {info} til orientering.'
  },
  'report.keyFigures': 'Nøkkeltal',
  'report.answered': '{responded} av {asked} svara',
  'report.network': 'Nettverket',
  'report.figureTitle': 'Samarbeidsnettverket – {wave}',
  'report.figureCaption':
    'Kvar figur er ein person, farga etter eining; eksterne partnarar er firkantar. Linjene er oppgitte kontaktar, tjukkare di oftare.',
  'report.measures': 'Nøkkelpersonar i nettverket',
  'report.measuresText':
    'Personane med høgast verdi for «{measure}»: dei andre går gjennom dei for å nå kvarandre, og dei bind saman folk som elles ikkje har kontakt. Det er ein styrke, men òg ei sårbarheit.',
  'report.measuresCaption': 'Dei ti med høgast verdi for «{measure}»',
  'report.person': 'Person',
  'report.unit': 'Eining',
  'report.findings': 'Funn',
  'report.strengths': 'Styrkar',
  'report.weaknesses': 'Svakheiter',
  'report.none': 'Ingen registrerte.',
  'report.phasesTitle': 'Status i fasane',
  'report.phase': 'Fase',
  'report.status': 'Status',
  'report.requiredDone': 'Påkravde punkt',
  'report.methodShows':
    'Nettverksanalysen viser kven som oppgir å utveksle informasjon med kven om bustadsosialt arbeid, og kor ofte. Han viser mønster: kven som bind saman, kva einingar som har lite kontakt, og kvar arbeidet kviler på få personar.',
  'report.privacy':
    'Alle opplysningar er lagra og analyserte i nettlesaren på denne datamaskinen. Ingenting er sendt til nokon tenar. Del rapporten berre med dei som treng han, sidan han kan innehalde namn.',
  'report.resources': 'Ressursar og arbeidsdeling',
  'report.resourcesText': 'Årsverk per funksjon, frå oppgåvene i ansvarskartet. Tal med ≈ er delvis anslåtte.',
  'report.locations': 'Lokalisering',
  'report.locationsText':
    'Kvar einingane sit, og einingar som deler arbeid, men sit kvar for seg og snakkar saman sjeldnare enn vekentleg.',
  'report.placesCaption': 'Stader med einingar og personar',
  'report.place': 'Stad',
  'report.splitCaption': 'Einingar som deler arbeid, men sit kvar for seg og sjeldan snakkar saman',
  'report.noSplit': 'Ingen par av einingar som deler arbeid, sit kvar for seg med lite kontakt.',

  'report.pageNumber': 'Side {page} av {pages}',

  'report.keyPoints': 'Hovudpunkt for styringsgruppa',
  'report.keyPointsIntro': 'Det viktigaste frå kartlegginga. Resten av rapporten er grunnlaget for punkta.',
  'report.responseLine': 'Svarprosent {rate} ({responded} av {asked})',
  'report.responseUnknown':
    'Ingen er registrerte som spurde i kartleggingsrunden enno, så svarprosenten er ikkje kjend.',
  'report.noRound': 'Prosjektet har ingen kartleggingsrunde enno, så det er ingen svar å vise.',
  'report.topFindings': 'Dei viktigaste funna',
  'report.topFindingsNone': 'Analysen gav ingen kritiske funn og ingen funn som bør sjekkast.',
  'report.topFindingsMore': 'Alle funna står i kapittelet «Funn», med forklaring og forslag.',
  'report.noneAccepted': 'Ingen er godtekne enno.',
  'report.draftsWaiting': {
    one: 'Ingen er godtekne enno. Bosam har {count} forslag som ventar på vurdering under «Funn».',
    other: 'Ingen er godtekne enno. Bosam har {count} forslag som ventar på vurdering under «Funn».'
  },

  'report.responsibility': 'Ansvarskart',
  'report.responsibilityIntro':
    'Kven som har ansvaret for, utfører eller bidreg til kvar bustadsosial funksjon, eining for eining, slik arbeidsgruppa har registrert det. ◆ tyder avgjerdsmynde. Årsverk er det kvar linje står for på funksjonen; når fleire i eininga er med, står summen for eininga på ei eiga linje «I alt for …».',
  'report.responsibilityCaption': 'Ansvarskart: funksjonar og einingar',
  'report.col.unit': 'Eining',
  'report.col.role': 'Rolle',
  'report.col.who': 'Kven',
  'report.col.authority': 'Avgjerds\u00admynde',
  'report.col.groups': 'Målgrupper',
  'report.col.fte': 'Årsverk',
  'report.col.place': 'Stad',
  'report.col.people': 'Personar',
  'report.col.asked': 'Spurt',
  'report.col.responded': 'Svara',
  'report.col.rate': 'Svarprosent',
  'report.authorityYes': '◆ Ja',
  'report.authorityNo': 'Nei',
  'report.unitTotal': 'I alt for {unit}',
  'report.wholeUnit': 'Eininga som heilskap',
  'report.partnerMark': 'ekstern partnar',
  'report.fnTotal': 'I alt {fte} årsverk',
  'report.fnUnknown': {
    one: '{count} oppgåve manglar årsverk',
    other: '{count} oppgåver manglar årsverk'
  },
  'report.cellAllUnknown': 'ukjend',
  'report.cellUnknown': { one: '+ {count} ukjend', other: '+ {count} ukjende' },
  'report.uncovered': '⚠ Ingen har ansvaret for eller utfører denne vesentlege funksjonen.',
  'report.mapEmpty':
    'Ansvarskartet er ikkje fylt ut enno: ingen funksjon er registrert på nokon eining. Det blir fylt ut under «{view}».',
  'report.unassigned': {
    one: 'Ingen er registrert med denne funksjonen enno: {names}.',
    other: 'Ingen er registrerte med desse {count} funksjonane enno: {names}.'
  },
  'report.noFunctions': 'Prosjektet har ingen funksjonar enno.',
  'report.uncoveredSummary': {
    one: '{count} vesentleg funksjon har ingen som har ansvaret eller utfører han: {names}.',
    other: '{count} vesentlege funksjonar har ingen som har ansvaret eller utfører dei: {names}.'
  },
  'report.partnerFte': 'Tida til eksterne partnarar blir ikkje rekna med i årsverka til kommunen (vist som –).',
  'report.fteNoAnalysis': 'Årsverk blir viste når analysen av ein kartleggingsrunde er klar.',

  'report.units': 'Einingar og eksterne partnarar',
  'report.unitsIntro':
    'Einingane i kommunen som er med i kartlegginga, og partnarane utanfor kommunen med det som er registrert om samarbeidet.',
  'report.internalCaption': 'Einingar i kommunen',
  'report.placeNone': 'Ikkje registrert',
  'report.noUnits': 'Ingen einingar er registrerte.',
  'report.partnersTitle': 'Eksterne partnarar',
  'report.partnersNone': 'Ingen eksterne partnarar er registrerte.',
  'report.partnerPeople': { one: '{count} person registrert', other: '{count} personar registrerte' },
  'report.surveyContact': 'Kontakt i kartlegginga',
  'report.contactYes': {
    one: 'Ja: {count} kontakt mellom partnaren og {units}.',
    other: 'Ja: {count} kontaktar mellom partnaren og {units}.'
  },
  'report.contactUnit': '{unit} ({count})',
  'report.contactNo': 'Nei: ingen kontakt mellom partnaren og nokon i kommunen.',
  'report.contactNoPeople': 'Ingen personar er registrerte hos partnaren, så kartlegginga kan ikkje vise kontakt.',
  'report.contactNoAnalysis': 'Blir vist når analysen av ein kartleggingsrunde er klar.',

  'report.methodTitle': 'Metode og svar',
  'report.roundLine': 'Kartleggingsrunden «{wave}», {date}.',
  'report.roundLineNoDate': 'Kartleggingsrunden «{wave}».',
  'report.howAsked':
    'Kvar person som fekk spørsmålet, oppgav kven hen utvekslar informasjon med om bustadsosialt arbeid, kor ofte og om kva. Ein kontakt er det éin person oppgav; kontakt som begge oppgav, blir talt éin gong.',
  'report.askedLine': {
    one: '{count} person vart spurt, og {responded} svara: svarprosent {rate}.',
    other: '{count} personar vart spurde, og {responded} svara: svarprosent {rate}.'
  },
  'report.unitResponseCaption': 'Svar per eining',
  'report.nobodyAsked': 'Ingen spurt',
  'report.measuresMean': 'Kva tala tyder',
  'report.caveats': 'Atterhald',
  'report.caveatNonResponse':
    'Kontaktar som berre dei som ikkje svara, ville ha oppgitt, manglar. Personar som ikkje svara, kan difor sjå meir isolerte ut enn dei er, og funn om dei er usikre.',
  'report.caveatSelfReport':
    'Svara er biletet kvar person sjølv har. To personar kan oppfatte same kontakt ulikt, og ein kontakt den eine oppgav, er ikkje alltid oppgitt av den andre.',
  'report.caveatMap':
    'Ansvarskartet viser det arbeidsgruppa har registrert. Årsverk som ikkje er oppgitte, er anslåtte ut frå stillinga til personen eller manglar.',
  'report.caveatNotShown':
    'Nettverksanalysen viser ikkje kvaliteten på samarbeidet, kontakt som ingen har oppgitt, eller om ein person gjer ein god jobb. Små nettverk gir usikre tal. Funna er utgangspunkt for drøfting, ikkje fasitsvar.',
  'report.privacyTitle': 'Personvern',

  'report.networkNoRound': 'Nettverket blir vist når prosjektet har ein kartleggingsrunde.',
  'report.resourcesNone': 'Ingen funksjon er tildelt nokon enno, så det er ingen årsverk å vise.',
  'report.placesNone': 'Ingen stader er registrerte for einingane eller personane.',
  'report.figureKey': 'Teiknforklaring',
  'report.infoFindings': 'Til orientering',
  'report.infoFindingsIntro': 'Funn som er nyttige å kjenne til, men som ikkje krev handling no, kort:'
};
