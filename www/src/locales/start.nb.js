// Bokmål texts for Oversikt's start in a new project (views/overview-start.js; merged into nb.js).
export default {
  'start.title': 'Kom i gang',
  'start.intro': 'Steg for steg. Hvert steg krysses av når det er gjort.',
  'start.done': 'Gjort',
  'start.who.title': 'Registrer enhetene og personene',
  'start.who.text': 'Importer ansattlisten fra HR, eller legg dem inn én og én.',
  'start.who.import': 'Importer ansattliste',
  'start.who.manual': 'Legg inn enheter og personer',
  'start.tasks.title': 'Kartlegg hvem som gjør hva',
  'start.tasks.text': 'For hver boligsosial funksjon: hvem har ansvaret, hvem utfører, og hvem bidrar?',
  'start.tasks.go': 'Gå til Oppgaver',
  'start.survey.title': 'Kartlegg kontaktene',
  'start.survey.text': 'Lag en kartleggingsrunde, send spørreskjemaet til de ansatte, og les inn svarene.',
  'start.survey.go': 'Gå til Kontakter',
  'start.results.title': 'Se funnene og lag rapporten',
  'start.results.text': 'Funn viser hva kartleggingen peker på. Rapporten er kunnskapsgrunnlaget for styringsgruppen.',
  'start.results.findings': 'Se funn',
  'start.results.report': 'Se rapporten',
  'start.process':
    'Stegene hører til fase 2 i arbeidsprosessen. Prosess viser alle de fem fasene, fra mandatet til evalueringen, og hva som gjenstår i hver.',
  'start.processLink': 'Gå til Prosess'
};
