// Kontakter › Personvern (views/relations-privacy.js): the facts of the privacy texts, the letter and the DPIA to
// print or copy, and deleting the answers after the retention date; and how a round whose answers were deleted is
// shown elsewhere (retired.*).
export default {
  'privacyTab.tab': 'Personvern',
  'privacyTab.title': 'Personvern i kartleggingen',
  'privacyTab.lead':
    'Før de svarer, skal de som blir spurt, få vite hva som samles inn, hvorfor, hvem som ser det, og hvilke rettigheter de har. Bosam skriver et informasjonsbrev til dem og et utgangspunkt for kommunens vurdering av personvernkonsekvenser (DPIA) ut fra prosjektet. Opplysningene under gjelder hele prosjektet og kommer med i begge.',
  'privacyTab.factsTitle': 'Opplysninger til brevet',
  'privacyTab.controller': 'Behandlingsansvarlig',
  'privacyTab.controllerHint':
    'Hvem i kommunen som har ansvaret for opplysningene, for eksempel «Eksempel kommune v/ kommunedirektøren».',
  'privacyTab.contact': 'Kontaktperson',
  'privacyTab.contactHint':
    'Den de som svarer, kan spørre om kartleggingen og rettighetene sine: navn og e-post eller telefon. Ta gjerne med kommunens personvernombud.',
  'privacyTab.keptUntil': 'Svarene tas vare på til og med',
  'privacyTab.keptUntilHint': 'Etter denne datoen tilbyr Bosam å slette svarene og beholde de samlede tallene.',
  'privacyTab.undoField': 'Endret «{field}» under Personvern',
  'privacyTab.docsTitle': 'Informasjonsbrev og DPIA',
  'privacyTab.docChoice': 'Dokument',
  'privacyTab.docLetter': 'Informasjonsbrev til dem som blir spurt',
  'privacyTab.docDpia': 'Utgangspunkt for vurdering av personvernkonsekvenser (DPIA)',
  'privacyTab.languageLabel': 'Språk i dokumentet',
  'privacyTab.languageHint': 'Prosjektets målform er {language}. Du kan velge et annet språk for denne utskriften.',
  'privacyTab.languageHintNone': 'Prosjektet har ingen målform ennå. Du velger den under Oversikt.',
  'privacyTab.gaps': {
    one: 'Dokumentet mangler {list}. Fyll det inn over før du sender dokumentet; hullet er merket i teksten.',
    other: 'Dokumentet mangler {list}. Fyll dem inn over før du sender dokumentet; hullene er merket i teksten.'
  },
  'privacyTab.gapField.controller': 'behandlingsansvarlig',
  'privacyTab.gapField.contact': 'kontaktperson',
  'privacyTab.gapField.answersKeptUntil': 'datoen svarene tas vare på til',
  'privacyTab.complete': 'Alle opplysningene dokumentet trenger, er fylt inn.',
  'privacyTab.print': 'Skriv ut',
  'privacyTab.perPerson': {
    one: 'Ett brev per person, med navnet øverst ({count} person)',
    other: 'Ett brev per person, med navnet øverst ({count} personer)'
  },
  'privacyTab.copy': 'Kopier teksten',
  'privacyTab.copied': 'Teksten er kopiert. Lim den inn i en e-post eller et dokument.',
  'privacyTab.copyFailed':
    'Nettleseren lot ikke Bosam kopiere. Klikk i feltet under, så er all teksten merket, og kopier med Ctrl+C.',
  'privacyTab.textLabel': 'Teksten til å lime inn',
  'privacyTab.previewLabel': 'Forhåndsvisning av dokumentet',
  'privacyTab.waiting': 'Tallene i dokumentet kommer når analysen er klar …',
  'privacyTab.beforeForms': 'Send informasjonsbrevet til dem som blir spurt, før eller sammen med skjemaene.',
  'privacyTab.toPrivacy': 'Gå til informasjonsbrevet',

  'retention.title': 'Sletting av svarene',
  'retention.notSet':
    'Det er ikke satt noen dato for når svarene skal slettes. Skriv den inn over, så kommer den med i brevet.',
  'retention.keptUntil': 'Svarene tas vare på til og med {date}. Etter det kan du slette dem her.',
  'retention.due': 'Datoen for sletting, {date}, er passert. Slett svarene nå; de samlede tallene blir tatt vare på.',
  'retention.nothingLeft': 'Det er ingen svar igjen å slette.',
  'retention.deleteButton': 'Slett svarene …',
  'retention.retiredLine': 'Runden «{wave}»: svarene ble slettet {date}.',
  'retention.notice': 'Datoen for sletting av svarene i kartleggingen, {date}, er passert.',
  'retention.noticeAction': 'Se hva som slettes',
  'retention.confirmTitle': 'Slette svarene?',
  'retention.chooseLegend': 'Runder med svar',
  'retention.colWave': 'Runde',
  'retention.colTies': 'Kontakter',
  'retention.colTasks': 'Oppgitte oppgaver',
  'retention.colRespondents': 'Spurt',
  'retention.choose': 'Slett svarene i «{wave}»',
  'retention.goesTitle': 'Dette slettes i rundene du har valgt',
  'retention.goesTies': 'Kontaktene hver enkelt har oppgitt: hvem, hvor ofte og hva slags kontakt.',
  'retention.goesTasks': 'Oppgavene som er oppgitt i svarene, også de du ikke har gått gjennom ennå.',
  'retention.goesRespondents': 'Hvem som ble spurt, og hvem som svarte.',
  'retention.staysTitle': 'Dette blir igjen',
  'retention.stays':
    'Rundene, med samlede tall: hvor mange som ble spurt og svarte, antall kontakter og nøkkeltallene i Analyse. Personene, enhetene og ansvarskartet blir som før, også oppgaver du har tatt inn i ansvarskartet fra svarene.',
  'retention.snapshot':
    'Før svarene slettes, lagrer Bosam en tidligere versjon av prosjektet i denne nettleseren, så du kan angre. Husk at den, og eksporterte prosjektfiler og svarfiler i e-post, fortsatt inneholder svarene.',
  'retention.undoOnly':
    'Du kan angre slettingen med en gang. Husk at eksporterte prosjektfiler og svarfiler i e-post fortsatt inneholder svarene.',
  'retention.confirm': 'Slett svarene',
  'retention.chooseOne': 'Velg minst én runde.',
  'retention.done': {
    one: 'Svarene i {count} runde er slettet, og de samlede tallene er tatt vare på.',
    other: 'Svarene i {count} runder er slettet, og de samlede tallene er tatt vare på.'
  },
  'retention.history': { one: 'Slettet svarene i {count} runde', other: 'Slettet svarene i {count} runder' },

  'retired.note':
    'Svarene i runden «{wave}» ble slettet {date}, etter datoen for sletting. Tallene under ble regnet ut av alle kontaktene i svarene før de ble slettet, så valgene over endrer dem ikke. Kartet, tabellene over personer og enheter og funnene om nettverket finnes ikke lenger for denne runden.',
  'retired.mapNote':
    'Svarene i runden «{wave}» ble slettet {date}, så nettverket kan ikke tegnes. De samlede tallene som ble tatt vare på, står under Analyse.',
  'retired.reportNote':
    'Svarene i runden «{wave}» ble slettet {date}, etter datoen for sletting. Nøkkeltallene i rapporten ble regnet ut av svarene før de ble slettet. Nettverkskartet og nøkkelpersonene finnes ikke lenger for denne runden.',
  'retired.respondentsNote':
    'Svarene i denne runden ble slettet {date}. Tallene er de som ble tatt vare på; hvem som ble spurt og hvem som svarte, er ikke lenger registrert.',
  'retired.entryNote':
    'Svarene i runden «{wave}» ble slettet {date}, etter datoen for sletting, så runden tar ikke imot nye kontakter. Vil dere kartlegge på nytt, lager dere en ny runde.',
  'retired.badge': '(svarene slettet {date})'
};
