// Bokmål texts for the survey feature (merged into nb.js).
export default {
  'survey.tab': 'Spørreskjema og svar',
  'survey.makeTitle': '1. Lag spørreskjema',
  'survey.makeIntro':
    'Skjemaet er en egen fil som den ansatte åpner i nettleseren, uten internett. Den inneholder bare det som trengs for å svare: navn og enheter å velge blant, oppgaver og målgrupper, og en kort tekst om frivillighet og personvern. Ingen andres svar, notater eller vurderinger følger med.',
  'survey.askedNote':
    'Alle du lager skjema for, blir markert som spurt i runden. Da blir svarprosenten riktig: svar delt på spurte. Du kan rette det under fanen «Svar».',
  'survey.downloadWaiting': {
    one: 'Last ned skjema for den ene som ikke har svart',
    other: 'Last ned skjema for de {count} som ikke har svart'
  },
  'survey.everyoneAnswered': 'Alle i prosjektet har svart i denne runden.',
  'survey.colStatus': 'Status',
  'survey.statusAnswered': 'Har svart',
  'survey.statusWaiting': 'Spurt, ikke svart ennå',
  'survey.statusNotAsked': 'Ikke spurt ennå',
  'survey.historyAsked': {
    one: 'Laget skjema for {count} person (markert som spurt)',
    other: 'Laget skjema for {count} personer (markert som spurt)'
  },
  'survey.modeLegend': 'Hvordan vil du dele ut skjemaet?',
  'survey.modeEach': 'Én fil per person (navnet er fylt inn)',
  'survey.modeShared': 'Én felles fil der hver person velger navnet sitt',
  'survey.eachIntro':
    'Last ned skjemaet for én og én person, eller alle etter hverandre. Send hver fil til rett person. Nettleseren kan spørre om den skal tillate flere nedlastinger; svar ja.',
  'survey.downloadAll': { one: 'Last ned skjema for {count} person', other: 'Last ned skjema for alle {count}' },
  'survey.downloadOne': 'Last ned skjema',
  'survey.downloadOneNamed': 'Last ned skjema for {name}',
  'survey.formsCaption': 'Spørreskjema per person i {wave}',
  'survey.sharedIntro': {
    one: 'Den felles filen har en navneliste med {count} person.',
    other: 'Den felles filen har en navneliste med {count} personer. Alle får samme fil og velger sitt eget navn.'
  },
  'survey.downloadShared': 'Last ned felles skjema',
  'survey.formsSaved': { one: '{count} skjema er lastet ned.', other: '{count} skjemaer er lastet ned.' },
  'survey.formFailed': 'Skjemaet kunne ikke lages: {message}',
  'survey.importTitle': '2. Les inn svar',
  'survey.importIntro':
    'Velg alle svarfilene du har fått (de heter «svar-…json»), eller dra dem inn i vinduet. Enten blir alle lest inn, eller ingen: er noe galt i én fil, endres ingenting, og du får vite hvilken fil og hvor.',
  'survey.importLabel': 'Velg svarfiler …',
  'survey.checking': { one: 'Kontrollerer {count} svarfil …', other: 'Kontrollerer {count} svarfiler …' },
  'survey.importFailed': {
    one: 'Svarfilen ble ikke lest inn. Ingenting er endret.',
    other: 'Ingen av de {count} svarfilene ble lest inn. Ingenting er endret.'
  },
  'survey.importFailedFiles': 'Filer: {files}',
  'survey.importOk': { one: '{count} svar er lest inn.', other: '{count} svar er lest inn.' },
  'survey.importWarnings': { one: '{count} merknad:', other: '{count} merknader:' },
  'survey.reportCaption': 'Innleste svar',
  'survey.colFile': 'Fil',
  'survey.colRespondent': 'Svart av',
  'survey.colWave': 'Runde',
  'survey.colTies': 'Kontakter',
  'survey.colNotAnswered': 'Ikke svart',
  'survey.colOneSided': 'Ensidige kontakter',
  'survey.overviewTitle': 'Svar i alle runder',
  'survey.dismiss': 'Lukk meldingen',
  'survey.tooLarge': '{file} er for stor til å være en svarfil.',
  'survey.needProject': 'Åpne prosjektet svarene hører til før du leser dem inn.',
  'survey.historyMerge': { one: 'Leste inn {count} svar', other: 'Leste inn {count} svar' },
  'survey.answersBack': 'Har du fått svar tilbake?',
  'survey.toImport': 'Gå til «Les inn svar»',
  'survey.sharedMark': {
    one: 'Marker den ene på navnelisten som spurt i runden',
    other: 'Marker alle {count} på navnelisten som spurt i runden'
  },
  'survey.sharedMarkHint': {
    one: '{count} av dem er ikke markert som spurt ennå. Svarprosenten regnes av alle som er markert som spurt. Fjern haken hvis du bare vil se på skjemaet, eller hvis ikke alle på listen skal få det.',
    other:
      '{count} av dem er ikke markert som spurt ennå. Svarprosenten regnes av alle som er markert som spurt. Fjern haken hvis du bare vil se på skjemaet, eller hvis ikke alle på listen skal få det.'
  },
  'survey.downloadSharedMarkAll': {
    one: 'Last ned felles skjema og marker {count} person som spurt',
    other: 'Last ned felles skjema og marker alle {count} som spurt'
  },
  'survey.downloadSharedMarkMore': {
    one: 'Last ned felles skjema og marker én til som spurt',
    other: 'Last ned felles skjema og marker {count} til som spurt'
  },
  'survey.sharedSaved': 'Det felles skjemaet er lastet ned («{file}»). Ingen ble markert som spurt.',
  'survey.sharedSavedMarked': {
    one: 'Det felles skjemaet er lastet ned («{file}»), og {count} person ble markert som spurt. Angre med «Angre», eller rett det under fanen «Svar».',
    other:
      'Det felles skjemaet er lastet ned («{file}»), og {count} personer ble markert som spurt. Angre med «Angre», eller rett det under fanen «Svar».'
  },
  'survey.importNone': {
    one: 'Svaret ble ikke lest inn, fordi det alt er lest inn et like nytt eller nyere svar. Ingenting er endret.',
    other:
      'Ingen av de {count} svarene ble lest inn, fordi det alt er lest inn like nye eller nyere svar. Ingenting er endret.'
  }
};
