// Nynorsk texts for Oversikt's start in a new project (views/overview-start.js; merged into nn.js).
export default {
  'start.title': 'Dei første stega',
  'start.intro': 'Steg for steg. Kvart steg blir kryssa av når det er gjort.',
  'start.done': 'Gjort',
  'start.who.title': 'Registrer einingane og personane',
  'start.who.text': 'Importer lista over dei tilsette frå HR, eller legg dei inn éin og éin.',
  'start.who.import': 'Importer liste over tilsette',
  'start.who.manual': 'Legg inn einingar og personar',
  'start.tasks.title': 'Kartlegg kven som gjer kva',
  'start.tasks.text': 'For kvar bustadsosial funksjon: kven har ansvaret, kven utfører, og kven bidreg?',
  'start.tasks.go': 'Gå til Oppgåver',
  'start.survey.title': 'Kartlegg kontaktane',
  'start.survey.text': 'Lag ein kartleggingsrunde, send spørjeskjemaet til dei tilsette, og les inn svara.',
  'start.survey.go': 'Gå til Kontaktar',
  'start.results.title': 'Sjå funna og lag rapporten',
  'start.results.text': 'Funn viser kva kartlegginga peikar på. Rapporten er kunnskapsgrunnlaget for styringsgruppa.',
  'start.results.findings': 'Sjå funn',
  'start.results.report': 'Sjå rapporten',
  'start.process':
    'Stega høyrer til fase 2 i arbeidsprosessen. Prosess viser alle dei fem fasane, frå mandatet til evalueringa, og kva som står att i kvar.',
  'start.processLink': 'Gå til Prosess'
};
