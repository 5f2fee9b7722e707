// Nynorsk: Kontaktar › Personvern and rounds whose answers were deleted; see retention.nb.js.
export default {
  'privacyTab.tab': 'Personvern',
  'privacyTab.title': 'Personvern i kartlegginga',
  'privacyTab.lead':
    'Før dei svarar, skal dei som blir spurde, få vite kva som blir samla inn, kvifor, kven som ser det, og kva rettar dei har. Bosam skriv eit informasjonsbrev til dei og eit utgangspunkt for vurderinga kommunen gjer av personvernkonsekvensar (DPIA), ut frå prosjektet. Opplysningane under gjeld heile prosjektet og kjem med i begge.',
  'privacyTab.factsTitle': 'Opplysningar til brevet',
  'privacyTab.controller': 'Behandlingsansvarleg',
  'privacyTab.controllerHint':
    'Kven i kommunen som har ansvaret for opplysningane, til dømes «Eksempel kommune v/ kommunedirektøren».',
  'privacyTab.contact': 'Kontaktperson',
  'privacyTab.contactHint':
    'Den dei som svarar, kan spørje om kartlegginga og rettane sine: namn og e-post eller telefon. Ta gjerne med personvernombodet i kommunen.',
  'privacyTab.keptUntil': 'Svara blir tekne vare på til og med',
  'privacyTab.keptUntilHint': 'Etter denne datoen tilbyr Bosam å slette svara og ta vare på dei samla tala.',
  'privacyTab.undoField': 'Endra «{field}» under Personvern',
  'privacyTab.docsTitle': 'Informasjonsbrev og DPIA',
  'privacyTab.docChoice': 'Dokument',
  'privacyTab.docLetter': 'Informasjonsbrev til dei som blir spurde',
  'privacyTab.docDpia': 'Utgangspunkt for vurdering av personvernkonsekvensar (DPIA)',
  'privacyTab.languageLabel': 'Språk i dokumentet',
  'privacyTab.languageHint': 'Målforma til prosjektet er {language}. Du kan velje eit anna språk for denne utskrifta.',
  'privacyTab.languageHintNone': 'Prosjektet har inga målform enno. Du vel henne under Oversikt.',
  'privacyTab.gaps': {
    one: 'Dokumentet manglar {list}. Fyll det inn over før du sender dokumentet; holet er merkt i teksten.',
    other: 'Dokumentet manglar {list}. Fyll dei inn over før du sender dokumentet; hola er merkte i teksten.'
  },
  'privacyTab.gapField.controller': 'behandlingsansvarleg',
  'privacyTab.gapField.contact': 'kontaktperson',
  'privacyTab.gapField.answersKeptUntil': 'datoen svara blir tekne vare på til',
  'privacyTab.complete': 'Alle opplysningane dokumentet treng, er fylte inn.',
  'privacyTab.print': 'Skriv ut',
  'privacyTab.perPerson': {
    one: 'Eitt brev per person, med namnet øvst ({count} person)',
    other: 'Eitt brev per person, med namnet øvst ({count} personar)'
  },
  'privacyTab.copy': 'Kopier teksten',
  'privacyTab.copied': 'Teksten er kopiert. Lim han inn i ein e-post eller eit dokument.',
  'privacyTab.copyFailed':
    'Nettlesaren lét ikkje Bosam kopiere. Klikk i feltet under, så er all teksten merkt, og kopier med Ctrl+C.',
  'privacyTab.textLabel': 'Teksten til å lime inn',
  'privacyTab.previewLabel': 'Førehandsvising av dokumentet',
  'privacyTab.waiting': 'Tala i dokumentet kjem når analysen er klar …',
  'privacyTab.beforeForms': 'Send informasjonsbrevet til dei som blir spurde, før eller saman med skjemaa.',
  'privacyTab.toPrivacy': 'Gå til informasjonsbrevet',

  'retention.title': 'Sletting av svara',
  'retention.notSet':
    'Det er ikkje sett nokon dato for når svara skal slettast. Skriv han inn over, så kjem han med i brevet.',
  'retention.keptUntil': 'Svara blir tekne vare på til og med {date}. Etter det kan du slette dei her.',
  'retention.due': 'Datoen for sletting, {date}, er passert. Slett svara no; dei samla tala blir tekne vare på.',
  'retention.nothingLeft': 'Det er ingen svar att å slette.',
  'retention.deleteButton': 'Slett svara …',
  'retention.retiredLine': 'Runden «{wave}»: svara vart sletta {date}.',
  'retention.notice': 'Datoen for sletting av svara i kartlegginga, {date}, er passert.',
  'retention.noticeAction': 'Sjå kva som blir sletta',
  'retention.confirmTitle': 'Slette svara?',
  'retention.chooseLegend': 'Rundar med svar',
  'retention.colWave': 'Runde',
  'retention.colTies': 'Kontaktar',
  'retention.colTasks': 'Oppgitte oppgåver',
  'retention.colRespondents': 'Spurde',
  'retention.choose': 'Slett svara i «{wave}»',
  'retention.goesTitle': 'Dette blir sletta i rundane du har valt',
  'retention.goesTies': 'Kontaktane kvar enkelt har oppgitt: kven, kor ofte og kva slags kontakt.',
  'retention.goesTasks': 'Oppgåvene som er oppgitt i svara, også dei du ikkje har gått gjennom enno.',
  'retention.goesRespondents': 'Kven som vart spurd, og kven som svara.',
  'retention.staysTitle': 'Dette blir att',
  'retention.stays':
    'Rundane, med samla tal: kor mange som vart spurde og svara, talet på kontaktar og nøkkeltala i Analyse. Personane, einingane og ansvarskartet blir som før, også oppgåver du har teke inn i ansvarskartet frå svara.',
  'retention.snapshot':
    'Før svara blir sletta, lagrar Bosam ein tidlegare versjon av prosjektet i denne nettlesaren, så du kan angre. Hugs at han, og eksporterte prosjektfiler og svarfiler i e-post, framleis inneheld svara.',
  'retention.undoOnly':
    'Du kan angre slettinga med ein gong. Hugs at eksporterte prosjektfiler og svarfiler i e-post framleis inneheld svara.',
  'retention.confirm': 'Slett svara',
  'retention.chooseOne': 'Vel minst éin runde.',
  'retention.done': {
    one: 'Svara i {count} runde er sletta, og dei samla tala er tekne vare på.',
    other: 'Svara i {count} rundar er sletta, og dei samla tala er tekne vare på.'
  },
  'retention.history': { one: 'Sletta svara i {count} runde', other: 'Sletta svara i {count} rundar' },

  'retired.note':
    'Svara i runden «{wave}» vart sletta {date}, etter datoen for sletting. Tala under vart rekna ut av alle kontaktane i svara før dei vart sletta, så vala over endrar dei ikkje. Kartet, tabellane over personar og einingar og funna om nettverket finst ikkje lenger for denne runden.',
  'retired.mapNote':
    'Svara i runden «{wave}» vart sletta {date}, så nettverket kan ikkje teiknast. Dei samla tala som vart tekne vare på, står under Analyse.',
  'retired.reportNote':
    'Svara i runden «{wave}» vart sletta {date}, etter datoen for sletting. Nøkkeltala i rapporten vart rekna ut av svara før dei vart sletta. Nettverkskartet og nøkkelpersonane finst ikkje lenger for denne runden.',
  'retired.respondentsNote':
    'Svara i denne runden vart sletta {date}. Tala er dei som vart tekne vare på; kven som vart spurd og kven som svara, er ikkje lenger registrert.',
  'retired.entryNote':
    'Svara i runden «{wave}» vart sletta {date}, etter datoen for sletting, så runden tek ikkje imot nye kontaktar. Vil de kartleggje på nytt, lagar de ein ny runde.',
  'retired.badge': '(svara sletta {date})'
};
