// Rapport (the printed kunnskapsgrunnlag): every text of the report view: the steering group's first page,
// the responsibility map, units and partners, resources and places, method and response, page numbers.
export default {
  'report.title': 'Kunnskapsgrunnlag',
  'report.kicker': 'Boligsosialt arbeid',
  'report.heading': 'Kunnskapsgrunnlag: {name}',
  'report.subtitleNumber': '{name} · Kommunenummer {number}',
  'report.intro': 'Rapporten er laget for utskrift på A4. Velg «Lagre som PDF» i utskriftsvinduet for å få en PDF.',
  'report.print': 'Skriv ut',
  'report.languageLabel': 'Språk i rapporten',
  'report.languageHint':
    'Prosjektets målform er {language}, så rapporten skrives på {language}. Du kan velge et annet språk for denne utskriften; appen beholder ditt eget språk.',
  'report.languageHintNone':
    'Prosjektet har ingen målform ennå, så rapporten følger språket ditt. Velg målform under Oversikt.',
  'report.date': 'Dato: {date}',
  'report.wave': 'Kartleggingsrunde: {wave}',
  'report.madeWith': 'Laget med Bosam. Alle data er behandlet på denne datamaskinen.',
  'report.summaryText': {
    one: 'Analysen ga {count} kritisk funn, {warning} som bør sjekkes og {info} til orientering.',
    other: 'Analysen ga {count} kritiske funn, {warning} som bør sjekkes og {info} til orientering.'
  },
  'report.keyFigures': 'Nøkkeltall',
  'report.answered': '{responded} av {asked} svarte',
  'report.network': 'Nettverket',
  'report.figureTitle': 'Samarbeidsnettverket – {wave}',
  'report.figureCaption':
    'Hver figur er en person, farget etter enhet; eksterne partnere er firkanter. Linjene er oppgitte kontakter, tykkere jo oftere.',
  'report.measures': 'Nøkkelpersoner i nettverket',
  'report.measuresText':
    'Personene med høyest verdi for «{measure}»: de andre går gjennom dem for å nå hverandre, og de binder sammen folk som ellers ikke har kontakt. Det er en styrke, men også en sårbarhet.',
  'report.measuresCaption': 'De ti med høyest verdi for «{measure}»',
  'report.person': 'Person',
  'report.unit': 'Enhet',
  'report.findings': 'Funn',
  'report.strengths': 'Styrker',
  'report.weaknesses': 'Svakheter',
  'report.none': 'Ingen registrert.',
  'report.phasesTitle': 'Status i fasene',
  'report.phase': 'Fase',
  'report.status': 'Status',
  'report.requiredDone': 'Påkrevde punkter',
  'report.methodShows':
    'Nettverksanalysen viser hvem som oppgir å utveksle informasjon med hvem om boligsosialt arbeid, og hvor ofte. Den viser mønstre: hvem som binder sammen, hvilke enheter som har lite kontakt, og hvor arbeidet hviler på få personer.',
  'report.privacy':
    'Alle opplysninger er lagret og analysert i nettleseren på denne datamaskinen. Ingenting er sendt til noen server. Del rapporten bare med dem som har behov for den, siden den kan inneholde navn.',
  'report.resources': 'Ressurser og arbeidsdeling',
  'report.resourcesText': 'Årsverk per funksjon, fra oppgavene i ansvarskartet. Tall med ≈ er delvis anslått.',
  'report.locations': 'Lokalisering',
  'report.locationsText':
    'Hvor enhetene sitter, og enheter som deler arbeid, men sitter hver for seg og snakker sammen sjeldnere enn ukentlig.',
  'report.placesCaption': 'Steder med enheter og personer',
  'report.place': 'Sted',
  'report.splitCaption': 'Enheter som deler arbeid, men sitter hver for seg og sjelden snakker sammen',
  'report.noSplit': 'Ingen par av enheter som deler arbeid, sitter hver for seg med lite kontakt.',

  'report.pageNumber': 'Side {page} av {pages}',

  'report.keyPoints': 'Hovedpunkter for styringsgruppen',
  'report.keyPointsIntro': 'Det viktigste fra kartleggingen. Resten av rapporten er grunnlaget for punktene.',
  'report.responseLine': 'Svarprosent {rate} ({responded} av {asked})',
  'report.responseUnknown': 'Ingen er registrert som spurt i kartleggingsrunden ennå, så svarprosenten er ikke kjent.',
  'report.noRound': 'Prosjektet har ingen kartleggingsrunde ennå, så det er ingen svar å vise.',
  'report.topFindings': 'De viktigste funnene',
  'report.topFindingsNone': 'Analysen ga ingen kritiske funn og ingen funn som bør sjekkes.',
  'report.topFindingsMore': 'Alle funnene står i kapitlet «Funn», med forklaring og forslag.',
  'report.noneAccepted': 'Ingen er godtatt ennå.',
  'report.draftsWaiting': {
    one: 'Ingen er godtatt ennå. Bosam har {count} forslag som venter på vurdering under «Funn».',
    other: 'Ingen er godtatt ennå. Bosam har {count} forslag som venter på vurdering under «Funn».'
  },

  'report.responsibility': 'Ansvarskart',
  'report.responsibilityIntro':
    'Hvem som har ansvaret for, utfører eller bidrar til hver boligsosial funksjon, enhet for enhet, slik arbeidsgruppen har registrert det. ◆ betyr beslutningsmyndighet. Årsverk er det hver linje står for på funksjonen; når flere i enheten er med, står enhetens sum på en egen linje «I alt for …».',
  'report.responsibilityCaption': 'Ansvarskart: funksjoner og enheter',
  'report.col.unit': 'Enhet',
  'report.col.role': 'Rolle',
  'report.col.who': 'Hvem',
  'report.col.authority': 'Beslutnings\u00admyndighet',
  'report.col.groups': 'Målgrupper',
  'report.col.fte': 'Årsverk',
  'report.col.place': 'Sted',
  'report.col.people': 'Personer',
  'report.col.asked': 'Spurt',
  'report.col.responded': 'Svarte',
  'report.col.rate': 'Svarprosent',
  'report.authorityYes': '◆ Ja',
  'report.authorityNo': 'Nei',
  'report.unitTotal': 'I alt for {unit}',
  'report.wholeUnit': 'Enheten som helhet',
  'report.partnerMark': 'ekstern partner',
  'report.fnTotal': 'I alt {fte} årsverk',
  'report.fnUnknown': {
    one: '{count} oppgave mangler årsverk',
    other: '{count} oppgaver mangler årsverk'
  },
  'report.cellAllUnknown': 'ukjent',
  'report.cellUnknown': { one: '+ {count} ukjent', other: '+ {count} ukjente' },
  'report.uncovered': '⚠ Ingen har ansvaret for eller utfører denne vesentlige funksjonen.',
  'report.mapEmpty':
    'Ansvarskartet er ikke fylt ut ennå: ingen funksjon er registrert på noen enhet. Det fylles ut under «{view}».',
  'report.unassigned': {
    one: 'Ingen er registrert med denne funksjonen ennå: {names}.',
    other: 'Ingen er registrert med disse {count} funksjonene ennå: {names}.'
  },
  'report.noFunctions': 'Prosjektet har ingen funksjoner ennå.',
  'report.uncoveredSummary': {
    one: '{count} vesentlig funksjon har ingen som har ansvaret eller utfører den: {names}.',
    other: '{count} vesentlige funksjoner har ingen som har ansvaret eller utfører dem: {names}.'
  },
  'report.partnerFte': 'Eksterne partneres tid regnes ikke med i kommunens årsverk (vist som –).',
  'report.fteNoAnalysis': 'Årsverk vises når analysen av en kartleggingsrunde er klar.',

  'report.units': 'Enheter og eksterne partnere',
  'report.unitsIntro':
    'Enhetene i kommunen som er med i kartleggingen, og partnerne utenfor kommunen med det som er registrert om samarbeidet.',
  'report.internalCaption': 'Enheter i kommunen',
  'report.placeNone': 'Ikke registrert',
  'report.noUnits': 'Ingen enheter er registrert.',
  'report.partnersTitle': 'Eksterne partnere',
  'report.partnersNone': 'Ingen eksterne partnere er registrert.',
  'report.partnerPeople': { one: '{count} person registrert', other: '{count} personer registrert' },
  'report.surveyContact': 'Kontakt i kartleggingen',
  'report.contactYes': {
    one: 'Ja: {count} kontakt mellom partneren og {units}.',
    other: 'Ja: {count} kontakter mellom partneren og {units}.'
  },
  'report.contactUnit': '{unit} ({count})',
  'report.contactNo': 'Nei: ingen kontakt mellom partneren og noen i kommunen.',
  'report.contactNoPeople': 'Ingen personer er registrert hos partneren, så kartleggingen kan ikke vise kontakt.',
  'report.contactNoAnalysis': 'Vises når analysen av en kartleggingsrunde er klar.',

  'report.methodTitle': 'Metode og svar',
  'report.roundLine': 'Kartleggingsrunden «{wave}», {date}.',
  'report.roundLineNoDate': 'Kartleggingsrunden «{wave}».',
  'report.howAsked':
    'Hver spurt person oppga hvem hen utveksler informasjon med om boligsosialt arbeid, hvor ofte og om hva. En kontakt er det én person oppga; kontakt som begge oppga, telles én gang.',
  'report.askedLine': {
    one: '{count} person ble spurt, og {responded} svarte: svarprosent {rate}.',
    other: '{count} personer ble spurt, og {responded} svarte: svarprosent {rate}.'
  },
  'report.unitResponseCaption': 'Svar per enhet',
  'report.nobodyAsked': 'Ingen spurt',
  'report.measuresMean': 'Hva tallene betyr',
  'report.caveats': 'Forbehold',
  'report.caveatNonResponse':
    'Kontakter som bare de som ikke svarte ville ha oppgitt, mangler. Personer som ikke svarte, kan derfor se mer isolerte ut enn de er, og funn om dem er usikre.',
  'report.caveatSelfReport':
    'Svarene er hver persons eget bilde. To personer kan oppfatte samme kontakt ulikt, og en kontakt den ene oppga, er ikke alltid oppgitt av den andre.',
  'report.caveatMap':
    'Ansvarskartet viser det arbeidsgruppen har registrert. Årsverk som ikke er oppgitt, er anslått ut fra personens stilling eller mangler.',
  'report.caveatNotShown':
    'Nettverksanalysen viser ikke kvaliteten på samarbeidet, kontakt som ingen har oppgitt, eller om en person gjør en god jobb. Små nettverk gir usikre tall. Funnene er utgangspunkt for drøfting, ikke fasitsvar.',
  'report.privacyTitle': 'Personvern',

  'report.networkNoRound': 'Nettverket vises når prosjektet har en kartleggingsrunde.',
  'report.resourcesNone': 'Ingen funksjon er tildelt noen ennå, så det er ingen årsverk å vise.',
  'report.placesNone': 'Ingen steder er registrert for enhetene eller personene.',
  'report.figureKey': 'Tegnforklaring',
  'report.infoFindings': 'Til orientering',
  'report.infoFindingsIntro': 'Funn som er nyttige å kjenne til, men som ikke krever handling nå, kort:'
};
