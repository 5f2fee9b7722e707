// Rapport (the printed kunnskapsgrunnlag): the steering group's first page, the responsibility map, units
// and partners, method and response, page numbers. Older report.* keys live in findings.nb.js and
// resources.nb.js.
export default {
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
  'report.responsibilityIntro': 'Hvem som har ansvaret for, utfører eller bidrar til hver boligsosial funksjon, enhet for enhet, slik arbeidsgruppen har registrert det. ◆ betyr beslutningsmyndighet. Årsverk er enhetens samlede årsverk på funksjonen.',
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
  'report.wholeUnit': 'Enheten som helhet',
  'report.partnerMark': 'ekstern partner',
  'report.fnTotal': 'I alt {fte} årsverk',
  'report.fnUnknown': {
    one: '{count} tildeling mangler årsverk',
    other: '{count} tildelinger mangler årsverk'
  },
  'report.quoted': '«{name}»',
  'report.uncovered': '⚠ Ingen har ansvaret for eller utfører denne vesentlige funksjonen.',
  'report.noAssignments': 'Ingen er registrert med denne funksjonen.',
  'report.mapEmpty': 'Ansvarskartet er ikke fylt ut ennå: ingen funksjon er registrert på noen enhet. Det fylles ut under «{view}».',
  'report.noFunctions': 'Prosjektet har ingen funksjoner ennå.',
  'report.uncoveredSummary': {
    one: '{count} vesentlig funksjon har ingen som har ansvaret eller utfører den: {names}.',
    other: '{count} vesentlige funksjoner har ingen som har ansvaret eller utfører dem: {names}.'
  },
  'report.partnerFte': 'Eksterne partneres tid regnes ikke med i kommunens årsverk (vist som –).',
  'report.fteNoAnalysis': 'Årsverk vises når analysen av en kartleggingsrunde er klar.',

  'report.units': 'Enheter og eksterne partnere',
  'report.unitsIntro': 'Enhetene i kommunen som er med i kartleggingen, og partnerne utenfor kommunen med det som er registrert om samarbeidet.',
  'report.internalCaption': 'Enheter i kommunen',
  'report.placeNone': 'Ikke registrert',
  'report.noUnits': 'Ingen enheter er registrert.',
  'report.partnersTitle': 'Eksterne partnere',
  'report.partnersNone': 'Ingen eksterne partnere er registrert.',
  'report.partnerPeople': { one: '{count} person registrert', other: '{count} personer registrert' },
  'report.surveyContact': 'Kontakt i kartleggingen',
  'report.contactYes': {
    one: 'Ja: {count} relasjon mellom partneren og {units}.',
    other: 'Ja: {count} relasjoner mellom partneren og {units}.'
  },
  'report.contactUnit': '{unit} ({count})',
  'report.contactNo': 'Nei: ingen relasjon mellom partneren og noen i kommunen.',
  'report.contactNoPeople': 'Ingen personer er registrert hos partneren, så kartleggingen kan ikke vise kontakt.',
  'report.contactNoAnalysis': 'Vises når analysen av en kartleggingsrunde er klar.',

  'report.methodTitle': 'Metode og svar',
  'report.roundLine': 'Kartleggingsrunden «{wave}», {date}.',
  'report.roundLineNoDate': 'Kartleggingsrunden «{wave}».',
  'report.howAsked': 'Hver spurt person oppga hvem hen utveksler informasjon med om boligsosialt arbeid, hvor ofte og om hva. En kontakt er det én person oppga; kontakt som begge oppga, telles som én relasjon.',
  'report.askedLine': {
    one: '{count} person ble spurt, og {responded} svarte: svarprosent {rate}.',
    other: '{count} personer ble spurt, og {responded} svarte: svarprosent {rate}.'
  },
  'report.unitResponseCaption': 'Svar per enhet',
  'report.nobodyAsked': 'Ingen spurt',
  'report.measuresMean': 'Hva tallene betyr',
  'report.caveats': 'Forbehold',
  'report.caveatNonResponse': 'Kontakter som bare de som ikke svarte ville ha oppgitt, mangler. Personer som ikke svarte, kan derfor se mer isolerte ut enn de er, og funn om dem er usikre.',
  'report.caveatSelfReport': 'Svarene er hver persons eget bilde. To personer kan oppfatte samme kontakt ulikt, og en kontakt den ene oppga, er ikke alltid oppgitt av den andre.',
  'report.caveatMap': 'Ansvarskartet viser det arbeidsgruppen har registrert. Årsverk som ikke er oppgitt, er anslått ut fra personens stilling eller mangler.',
  'report.privacyTitle': 'Personvern',

  'report.networkNoRound': 'Nettverket vises når prosjektet har en kartleggingsrunde.',
  'report.resourcesNone': 'Ingen funksjon er tildelt noen ennå, så det er ingen årsverk å vise.',
  'report.placesNone': 'Ingen steder er registrert for enhetene eller personene.',
  'report.figureKey': 'Tegnforklaring',
  'report.infoFindings': 'Til orientering',
  'report.infoFindingsIntro': 'Funn som er nyttige å kjenne til, men som ikke krever handling nå, kort:'
};
