// Nynorsk texts for the survey feature (merged into nn.js).
export default {
  'survey.tab': 'Spørjeskjema og svar',
  'survey.makeTitle': '1. Lag spørjeskjema',
  'survey.makeIntro':
    'Skjemaet er ei eiga fil som den tilsette opnar i nettlesaren, utan internett. Ho inneheld berre det som trengst for å svare: namn og einingar å velje mellom, oppgåver og målgrupper, og ein kort tekst om frivilligheit og personvern. Ingen svar, notat eller vurderingar frå andre følgjer med.',
  'survey.askedNote':
    'Alle du lagar skjema for, blir markerte som spurde i runden. Då blir svarprosenten rett: svar delt på spurde. Du kan rette det under fanen «Svar».',
  'survey.downloadWaiting': {
    one: 'Last ned skjema for den eine som ikkje har svara',
    other: 'Last ned skjema for dei {count} som ikkje har svara'
  },
  'survey.everyoneAnswered': 'Alle i prosjektet har svara i denne runden.',
  'survey.colStatus': 'Status',
  'survey.statusAnswered': 'Har svara',
  'survey.statusWaiting': 'Spurt, ikkje svara enno',
  'survey.statusNotAsked': 'Ikkje spurt enno',
  'survey.historyAsked': {
    one: 'Laga skjema for {count} person (markert som spurt)',
    other: 'Laga skjema for {count} personar (markerte som spurde)'
  },
  'survey.modeLegend': 'Korleis vil du dele ut skjemaet?',
  'survey.modeEach': 'Éi fil per person (namnet er fylt inn)',
  'survey.modeShared': 'Éi felles fil der kvar person vel namnet sitt',
  'survey.eachIntro':
    'Last ned skjemaet for éin og éin person, eller alle etter kvarandre. Send kvar fil til rett person. Nettlesaren kan spørje om han skal tillate fleire nedlastingar; svar ja.',
  'survey.downloadAll': { one: 'Last ned skjema for {count} person', other: 'Last ned skjema for alle {count}' },
  'survey.downloadOne': 'Last ned skjema',
  'survey.downloadOneNamed': 'Last ned skjema for {name}',
  'survey.formsCaption': 'Spørjeskjema per person i {wave}',
  'survey.sharedIntro': {
    one: 'Den felles fila har ei namneliste med {count} person.',
    other: 'Den felles fila har ei namneliste med {count} personar. Alle får same fil og vel sitt eige namn.'
  },
  'survey.downloadShared': 'Last ned felles skjema',
  'survey.formsSaved': { one: '{count} skjema er lasta ned.', other: '{count} skjema er lasta ned.' },
  'survey.formFailed': 'Skjemaet kunne ikkje lagast: {message}',
  'survey.importTitle': '2. Les inn svar',
  'survey.importIntro':
    'Vel alle svarfilene du har fått (dei heiter «svar-…json»), eller dra dei inn i vindauget. Anten blir alle lesne inn, eller ingen: er noko gale i éi fil, blir ingenting endra, og du får vite kva fil og kvar.',
  'survey.importLabel': 'Vel svarfiler …',
  'survey.checking': { one: 'Kontrollerer {count} svarfil …', other: 'Kontrollerer {count} svarfiler …' },
  'survey.importFailed': {
    one: 'Svarfila vart ikkje lesen inn. Ingenting er endra.',
    other: 'Ingen av dei {count} svarfilene vart lesne inn. Ingenting er endra.'
  },
  'survey.importFailedFiles': 'Filer: {files}',
  'survey.importOk': { one: '{count} svar er lese inn.', other: '{count} svar er lesne inn.' },
  'survey.importWarnings': { one: '{count} merknad:', other: '{count} merknader:' },
  'survey.reportCaption': 'Innlesne svar',
  'survey.colFile': 'Fil',
  'survey.colRespondent': 'Svara av',
  'survey.colWave': 'Runde',
  'survey.colTies': 'Kontaktar',
  'survey.colNotAnswered': 'Ikkje svara',
  'survey.colOneSided': 'Einsidige kontaktar',
  'survey.overviewTitle': 'Svar i alle rundar',
  'survey.dismiss': 'Lukk meldinga',
  'survey.tooLarge': '{file} er for stor til å vere ei svarfil.',
  'survey.needProject': 'Opne prosjektet svara høyrer til, før du les dei inn.',
  'survey.historyMerge': { one: 'Las inn {count} svar', other: 'Las inn {count} svar' },
  'survey.answersBack': 'Har du fått svar tilbake?',
  'survey.toImport': 'Gå til «Les inn svar»',
  'survey.sharedMark': {
    one: 'Marker den eine på namnelista som spurd i runden',
    other: 'Marker alle {count} på namnelista som spurde i runden'
  },
  'survey.sharedMarkHint': {
    one: '{count} av dei er ikkje markert som spurd enno. Svarprosenten blir rekna av alle som er markerte som spurde. Fjern haken viss du berre vil sjå på skjemaet, eller viss ikkje alle på lista skal få det.',
    other:
      '{count} av dei er ikkje markerte som spurde enno. Svarprosenten blir rekna av alle som er markerte som spurde. Fjern haken viss du berre vil sjå på skjemaet, eller viss ikkje alle på lista skal få det.'
  },
  'survey.downloadSharedMarkAll': {
    one: 'Last ned felles skjema og marker {count} person som spurd',
    other: 'Last ned felles skjema og marker alle {count} som spurde'
  },
  'survey.downloadSharedMarkMore': {
    one: 'Last ned felles skjema og marker éin til som spurd',
    other: 'Last ned felles skjema og marker {count} til som spurde'
  },
  'survey.sharedSaved': 'Det felles skjemaet er lasta ned («{file}»). Ingen vart markerte som spurde.',
  'survey.sharedSavedMarked': {
    one: 'Det felles skjemaet er lasta ned («{file}»), og {count} person vart markert som spurd. Angre med «Angre», eller rett det under fanen «Svar».',
    other:
      'Det felles skjemaet er lasta ned («{file}»), og {count} personar vart markerte som spurde. Angre med «Angre», eller rett det under fanen «Svar».'
  },
  'survey.importNone': {
    one: 'Svaret vart ikkje lese inn, fordi eit like nytt eller nyare svar alt er lese inn. Ingenting er endra.',
    other:
      'Ingen av dei {count} svara vart lesne inn, fordi like nye eller nyare svar alt er lesne inn. Ingenting er endra.'
  }
};
