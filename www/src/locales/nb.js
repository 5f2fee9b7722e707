// Norsk bokmål: the primary language. Keys are flat, grouped by prefix.
// A value is a string, or {one, other} for text that depends on a count.
// Placeholders are written {name}; nn.js and en.js must have exactly the same keys, placeholders and plural shapes.
import analysis from './analysis.nb.js';
import edit from './edit.nb.js';
import findings from './findings.nb.js';
import resources from './resources.nb.js';
import survey from './survey.nb.js';
import sharing from './sharing.nb.js';
import netimport from './netimport.nb.js';
import people from './people.nb.js';
import hardening from './hardening.nb.js';
import report from './report.nb.js';
import reported from './reported.nb.js';
import shared from './shared.nb.js';
import roles from './roles.nb.js';
import measures from './measures.nb.js';
import feedback from './feedback.nb.js';
import snapshots from './snapshots.nb.js';
import letters from './letters.nb.js';
import retention from './retention.nb.js';
import files from './files.nb.js';
import reconcile from './reconcile.nb.js';
import robustness from './robustness.nb.js';
import start from './start.nb.js';

export default {
  ...analysis,
  ...edit,
  ...findings,
  ...resources,
  ...survey,
  ...sharing,
  ...netimport,
  ...people,
  ...hardening,
  ...report,
  ...reported,
  ...shared,
  ...roles,
  ...letters,
  ...retention,
  ...measures,
  ...feedback,
  ...snapshots,
  ...files,
  ...reconcile,
  ...robustness,
  ...start,
  'app.name': 'Bosam',
  'app.tagline': 'Kartlegging av boligsosialt samarbeid',
  'app.loading': 'Starter Bosam …',
  'app.fatalTitle': 'Bosam kunne ikke starte',
  'app.fatalBody':
    'Beregningsmodulen lot seg ikke laste i denne nettleseren. Bruk en oppdatert versjon av Edge, Chrome eller Firefox, og åpne filen på nytt.',
  'app.fatalDetail': 'Teknisk feilmelding: {detail}',
  'app.skipLink': 'Hopp til hovedinnholdet',
  'app.documentTitle': '{view} – Bosam',
  'app.documentTitleProject': '{view} – {project} – Bosam',

  'header.project': 'Prosjekt',
  'header.noProject': 'Ingen prosjekt åpent',
  'header.language': 'Språk',

  'save.saved': 'Lagret',
  'save.saving': 'Lagrer …',
  'save.unsaved': 'Ikke lagret',
  'save.typing': 'Lagrer det du skriver …',
  'typing.restored': {
    one: 'Teksten du skrev før siden ble lastet på nytt, er satt inn igjen.',
    other: 'Tekstene du skrev i {count} felt før siden ble lastet på nytt, er satt inn igjen.'
  },
  'typing.restoredStep': 'Satte inn tekst som ikke var lagret',
  'save.statusNamed': 'Lagringsstatus: {status}',

  'lang.nb': 'Bokmål',
  'lang.nn': 'Nynorsk',
  'lang.en': 'English',
  'lang.word.nb': 'bokmål',
  'lang.word.nn': 'nynorsk',
  'lang.word.en': 'engelsk',

  'nav.label': 'Hovedmeny',
  'nav.projects': 'Prosjekter',
  'nav.overview': 'Oversikt',
  'nav.data': 'Data og personvern',

  'common.cancel': 'Avbryt',
  'common.close': 'Lukk',
  'common.langClosedNotice': 'Meldingen ble lukket fordi du byttet språk.',
  'common.ok': 'OK',
  'common.required': 'Må fylles ut',

  'storage.unavailable':
    'Denne nettleseren lar ikke Bosam lagre noe (lagring er slått av, eller du bruker privat modus). Arbeidet ditt finnes bare i dette vinduet til du lukker det.',
  'storage.blocked':
    'Lagringen er sperret fordi Bosam er åpen i en annen fane. Lukk de andre fanene med Bosam og last siden på nytt.',
  'storage.quota': 'Lagringsplassen i nettleseren er full, så de siste endringene er ikke lagret.',
  'storage.failed': 'Lagringen i nettleseren feilet, så de siste endringene er ikke lagret.',
  'storage.exportAdvice': 'Eksporter prosjektet til en fil for å ta vare på det.',
  'storage.goToExport': 'Gå til eksport',
  'storage.detail': 'Teknisk feilmelding: {detail}',

  'projects.title': 'Prosjekter',
  'projects.intro':
    'Et prosjekt er én kartlegging av det boligsosiale arbeidet i én kommune. Prosjektene lagres bare i denne nettleseren på denne datamaskinen.',
  'projects.new': 'Nytt prosjekt',
  'projects.loadDemo': 'Last inn eksempelkommunen',
  'projects.importLink': 'Importer en prosjektfil',
  'projects.listLabel': 'Lagrede prosjekter',
  'projects.empty':
    'Ingen prosjekter ennå. Lag et nytt prosjekt, eller last inn eksempelkommunen for å se hvordan Bosam fungerer.',
  'projects.current': 'Åpent nå',
  'projects.notStored': 'Ikke lagret i nettleseren',
  'projects.number': 'Kommunenummer {number}',
  'projects.updated': 'Sist endret {date}',
  'projects.counts': '{units} · {people}',
  'projects.open': 'Åpne',
  'projects.rename': 'Gi nytt navn',
  'projects.duplicate': 'Dupliser',
  'projects.delete': 'Slett',
  'projects.openNamed': 'Åpne {name}',
  'projects.renameNamed': 'Gi nytt navn til {name}',
  'projects.duplicateNamed': 'Dupliser {name}',
  'projects.deleteNamed': 'Slett {name}',
  'projects.damagedTitle': 'Data som ikke kan åpnes',
  'projects.damagedIntro':
    'Disse dataene i nettleseren besto ikke kontrollen og kan ikke åpnes. Du kan laste ned rådataene (for eksempel for å få hjelp til å reparere dem) eller slette dem.',
  'projects.damagedName': 'Lagret som «{id}»',
  'projects.damagedErrors': { one: 'Vis feilen', other: 'Vis de {count} feilene' },
  'projects.exportRaw': 'Last ned rådata',
  'projects.exportRawNamed': 'Last ned rådata for {name}',
  'projects.newDialogTitle': 'Nytt prosjekt',
  'projects.newDialogLabel': 'Kommunens navn',
  'projects.newDialogHint': 'For eksempel «Eksempel kommune». Du kan endre navnet senere.',
  'projects.create': 'Opprett prosjekt',
  'projects.renameDialogTitle': 'Gi prosjektet nytt navn',
  'projects.renameSave': 'Lagre navnet',
  'projects.deleteDialogTitle': 'Slette «{name}»?',
  'projects.deleteDialogBody':
    'Prosjektet slettes fra denne nettleseren. Det kan ikke angres. Eksporter det først hvis du vil ta vare på en kopi.',
  'projects.deleteConfirm': 'Slett prosjektet',
  'projects.copyName': '{name} (kopi)',
  'projects.demoExistsTitle': 'Eksempelkommunen er allerede lastet inn',
  'projects.demoExistsBody': 'Vil du åpne den du har fra før, eller legge til en ny, uendret kopi?',
  'projects.demoOpenExisting': 'Åpne den som finnes',
  'projects.demoAddCopy': 'Legg til en ny kopi',
  'projects.created': 'Prosjektet «{name}» er opprettet.',
  'projects.renamed': 'Prosjektet heter nå «{name}».',
  'projects.duplicated': 'Kopien «{name}» er laget.',
  'projects.deleted': 'Prosjektet «{name}» er slettet.',
  'projects.demoLoaded': 'Eksempelkommunen er lastet inn.',
  'projects.failed': 'Det gikk ikke: {message}',

  'overview.title': 'Oversikt',
  'overview.noProject': 'Ingen prosjekt er åpent.',
  'overview.noProjectHint': 'Velg et prosjekt, lag et nytt, eller last inn eksempelkommunen.',
  'overview.goToProjects': 'Gå til prosjekter',
  'overview.subtitle': 'Hva kartleggingen inneholder så langt',
  'overview.languageTitle': 'Målform',
  'overview.languageLabel': 'Målform for spørreskjema og rapport',
  'overview.languageHint':
    'Kommunens målform. Spørreskjemaene åpner på denne målformen (den som svarer, kan bytte), og rapporten skrives på samme målform. Språket du selv bruker i Bosam, velger du øverst på siden.',
  'overview.languageHistory': 'Målform: {language}',
  'overview.summaryLabel': 'Nøkkeltall',
  'overview.units': 'Enheter',
  'overview.unitsDetail': {
    one: '{internal} i kommunen, {count} ekstern',
    other: '{internal} i kommunen, {count} eksterne'
  },
  'overview.actors': 'Personer',
  'overview.actorsDetail': 'Ansatte og kontaktpersoner som er registrert',
  'overview.functions': 'Funksjoner',
  'overview.functionsDetail': {
    one: '{count} av {essential} er tildelt noen',
    other: '{count} av {essential} er tildelt noen'
  },
  'overview.essentialCount': { one: '{count} vesentlig', other: '{count} vesentlige' },
  'overview.targetGroups': 'Målgrupper',
  'overview.targetGroupsDetail': 'Grupper tjenestene retter seg mot',
  'overview.assignments': 'Oppgaver',
  'overview.assignmentsDetail': 'Hvem som har ansvar for, utfører eller bidrar til en funksjon',
  'overview.uncoveredTitle': 'Vesentlige funksjoner som ingen er tildelt',
  'overview.wavesTitle': 'Kartleggingsrunder',
  'overview.wavesEmpty': 'Ingen kartleggingsrunder er registrert ennå.',
  'overview.waveLabel': 'Runde',
  'overview.waveDate': 'Dato',
  'overview.waveTies': 'Kontakter',
  'overview.waveAsked': 'Spurt',
  'overview.waveResponded': 'Svart',
  'overview.waveRate': 'Svarprosent',
  'overview.noDate': 'Ikke satt',
  'overview.notAvailable': 'Ingen spurt',
  'overview.nextTitle': 'Hva nå?',
  'overview.next.addUnits':
    'Registrer enhetene som er med i det boligsosiale arbeidet, både i kommunen og utenfor (for eksempel NAV, boligkontoret og Husbanken).',
  'overview.next.addExternal':
    'Ingen eksterne samarbeidspartnere er registrert. Legg til dem kommunen samarbeider med, for eksempel Husbanken, spesialisthelsetjenesten eller frivillige organisasjoner.',
  'overview.next.addActors': 'Registrer personene som jobber med boligsosiale oppgaver, og hvilken enhet de hører til.',
  'overview.next.addFunctions': 'Beskriv hvilke boligsosiale funksjoner kommunen har, og marker de vesentlige.',
  'overview.next.assignFunctions':
    'Fordel de boligsosiale funksjonene i Oppgaver: hvem har ansvaret, hvem utfører og hvem bidrar. Da viser Bosam hvilke som mangler noen, og hvilke som gjøres flere steder.',
  'overview.next.reviewReported': {
    one: 'Én oppgave som noen oppga i spørreskjemaet, venter på at du godtar eller avviser den i Oppgaver.',
    other: '{count} oppgaver som folk oppga i spørreskjemaet, venter på at du godtar eller avviser dem i Oppgaver.'
  },
  'overview.next.assignEssential': {
    one: 'Én vesentlig funksjon er ikke tildelt noen. Avklar hvem som har ansvaret.',
    other: '{count} vesentlige funksjoner er ikke tildelt noen. Avklar hvem som har ansvaret.'
  },
  'overview.next.planWave':
    'Planlegg en kartleggingsrunde: spør de ansatte hvem de utveksler informasjon med om boligsosialt arbeid, og hvor ofte.',
  'overview.next.collectAnswers': 'Samle inn svar i kartleggingsrunden «{wave}» – ingen kontakter er registrert ennå.',
  'overview.next.lowResponse':
    'Svarprosenten i «{wave}» er {rate}. Med lav svarprosent blir nettverksbildet ufullstendig; purr gjerne før dere tolker resultatene.',
  'overview.next.ready':
    'Grunnlaget er på plass. Gå gjennom funnene og rapporten, og eksporter prosjektet jevnlig som sikkerhetskopi.',

  'data.title': 'Data og personvern',
  'data.importTitle': 'Importer en prosjektfil',
  'data.importIntro':
    'Velg en Bosam-fil (.json), eller dra filen inn hvor som helst i vinduet. Filen kontrolleres før noe lagres.',
  'data.importLabel': 'Velg en prosjektfil …',
  'data.importing': 'Kontrollerer «{file}» …',
  'data.importFailed': 'Filen «{file}» ble ikke importert. Ingenting er endret.',
  'data.importErrorCount': { one: 'Kontrollen fant én feil:', other: 'Kontrollen fant {count} feil:' },
  'data.importOk': 'Prosjektet «{name}» er importert fra «{file}» og åpnet.',
  'data.importWarnings': { one: 'Én merknad:', other: '{count} merknader:' },
  'data.importCancelled': 'Importen av «{file}» ble avbrutt. Ingenting er endret.',
  'data.importOnlyFirst': 'Du slapp flere filer. Bare den første, «{file}», er importert.',
  'data.importReadFailed': 'Filen «{file}» kunne ikke leses: {message}',
  'data.importTooLarge': 'Filen «{file}» er for stor ({size}). Største tillatte størrelse er {max}.',
  'data.conflictTitle': 'Prosjektet finnes allerede',
  'data.conflictBody':
    'Du har allerede dette prosjektet («{existing}»). «Erstatt» gjør det lik filen. «Behold begge» legger filen inn som et nytt, eget prosjekt ved siden av: det kan ikke ta imot svarene fra spørreskjemaene som er sendt ut for det gamle, og endringer i det ene kommer ikke med i det andre.',
  'data.conflictReplace': 'Erstatt det lagrede',
  'data.conflictKeepBoth': 'Behold begge',
  'data.dropHint': 'Slipp filen for å importere den',
  'data.exportTitle': 'Eksporter',
  'data.exportIntro':
    'Last ned det åpne prosjektet som en JSON-fil. Filen er sikkerhetskopien din og det du deler med andre.',
  'data.exportButton': 'Last ned «{name}» som JSON',
  'data.exportNoProject': 'Åpne et prosjekt først for å eksportere det.',
  'data.exported': 'Filen «{file}» er lastet ned.',
  'data.clearTitle': 'Slett alle lokale data',
  'data.clearIntro':
    'Sletter alle prosjekter og innstillinger som Bosam har lagret i denne nettleseren. Eksporterte filer blir ikke berørt.',
  'data.clearButton': 'Slett alle lokale data …',
  'data.clearDialogTitle': 'Slette alle lokale data?',
  'data.clearDialogBody': {
    one: 'Det ene lagrede prosjektet og innstillingene dine slettes fra denne nettleseren. Det kan ikke angres.',
    other: 'Alle {count} lagrede prosjekter og innstillingene dine slettes fra denne nettleseren. Det kan ikke angres.'
  },
  'data.clearConfirm': 'Slett alt',
  'data.cleared': 'Alle lokale data er slettet.',
  'data.versionTitle': 'Versjon',
  'data.version': 'Bosam {app} · beregningskjerne {core} · filformat versjon {schema}',

  'privacy.title': 'Personvern: hvor dataene er',
  'privacy.whereTitle': 'Hva som lagres, og hvor',
  'privacy.where':
    'Prosjektene lagres i nettleserens egen database (IndexedDB) på denne datamaskinen, i denne nettleserprofilen, sammen med de siste tidligere versjonene av hvert prosjekt og versjonene dere har eksportert eller lagret som fil (slik at kopier som kommer tilbake, kan slås sammen). Et prosjekt dere har knyttet til en fil, lagres også i den filen. Språkvalget lagres i nettleserens lokale lagring. Andre som bruker samme datamaskin og samme brukerprofil, kan se dataene.',
  'privacy.sendTitle': 'Ingenting sendes noe sted',
  'privacy.send':
    'Bosam er én fil som kjører helt i nettleseren. Det finnes ingen server, og Bosam sender ingenting over nettet: en sikkerhetsregel i filen (Content Security Policy) blokkerer alle nettverksforbindelser.',
  'privacy.shareTitle': 'Slik deler du trygt',
  'privacy.share':
    'En kartlegging kan inneholde navn på ansatte og hvem de samarbeider med. Del den bare som eksportert fil, og bare gjennom kommunens godkjente kanaler (for eksempel sak- og arkivsystemet eller kryptert e-post). Begrens hvem som får filen. Skal filen ut av arbeidsgruppa, for eksempel til en annen kommune eller en forsker, bruk «Del en pseudonymisert kopi» under Data og personvern: da byttes navn ut med koder og notater fjernes, og nøkkelen blir liggende hos dere.',
  'privacy.deleteTitle': 'Slik sletter du',
  'privacy.delete':
    'Slett ett prosjekt under «Prosjekter», eller alt med «Slett alle lokale data» på denne siden. Filer du har eksportert, må du slette selv der de er lagret.',
  'privacy.controller': 'Kommunen er behandlingsansvarlig for personopplysningene i kartleggingen.',

  'dialog.nameRequired': 'Skriv inn et navn.',

  'coreError.core-unavailable': 'Beregningsmodulen er ikke tilgjengelig.',
  'coreError.core-crash': 'Beregningsmodulen stoppet uventet. Prøv igjen; last siden på nytt hvis det gjentar seg.',
  'coreError.core-bad-response': 'Beregningsmodulen ga et svar Bosam ikke forstår.',
  'coreError.core-missing-function': 'Denne versjonen av beregningsmodulen mangler en funksjon Bosam trenger.',

  'errors.technical': 'Tekniske detaljer',
  'errors.unknown': 'Ukjent feil.',
  'errors.placed': '{place}: {message}',
  'place.unit.named': 'Enheten «{name}»',
  'place.unit.nth': 'Enhet nr. {n}',
  'place.actor.named': 'Personen «{name}»',
  'place.actor.nth': 'Person nr. {n}',
  'place.function.named': 'Funksjonen «{name}»',
  'place.function.nth': 'Funksjon nr. {n}',
  'place.group.named': 'Målgruppen «{name}»',
  'place.group.nth': 'Målgruppe nr. {n}',
  'place.wave.named': 'Runden «{name}»',
  'place.wave.nth': 'Runde nr. {n}',
  'place.assignment.of': 'Oppgave nr. {n} («{fn}» i {unit})',
  'place.assignment.nth': 'Oppgave nr. {n}',
  'place.tie.of': 'Kontakt nr. {n} (fra {from} til {to})',
  'place.tie.nth': 'Kontakt nr. {n}',
  'place.respondent.of': 'Svarstatus nr. {n} ({name})',
  'place.respondent.nth': 'Svarstatus nr. {n}',
  'place.assessment.nth': 'Vurdering nr. {n}',
  'place.reported.of': 'Oppgitt oppgave nr. {n} ({name})',
  'place.reported.nth': 'Oppgitt oppgave nr. {n}',
  'place.municipality': 'Kommunen',
  'place.field.name': 'navn',
  'place.field.unitId': 'enhet',
  'place.field.actorId': 'person',
  'place.field.functionId': 'funksjon',
  'place.field.fte': 'årsverk',
  'place.field.role': 'rolle',
  'place.field.from': 'fra',
  'place.field.to': 'til',
  'place.field.frequency': 'hyppighet',
  'place.field.waveId': 'runde',
  'place.field.targetGroupIds': 'målgrupper',
  'place.field.id': 'id',
  'place.field.location': 'sted',
  'place.field.external': 'ekstern samarbeidspartner',
  'place.field.label': 'navn',
  'place.field.date': 'dato',
  'place.field.types': 'type kontakt',
  'place.field.decisionAuthority': 'beslutningsmyndighet',
  'place.field.relation': 'avtale',
  'place.field.respondent': 'den som svarte',
  'place.field.responded': 'har svart',
  'place.field.essential': 'vesentlig',
  'place.field.kind': 'type',
  'place.field.status': 'status',
  'place.field.owner': 'ansvarlig',
  'place.field.due': 'frist',
  'place.field.text': 'tekst',
  'place.field.review': 'vurdering',
  'place.field.sector': 'sektor',
  'place.field.projectId': 'prosjekt',
  'place.field.municipality': 'kommune',
  'place.field.ties': 'kontakter',
  'place.field.assignments': 'oppgaver',
  'place.field.other': 'feltet «{name}»',
  'place.itemField': '{item}, {field}',
  'place.inFile': '{file} – {place}',
  'errors.path': 'Sted',
  'errors.message': 'Feil',
  'errors.line': 'linje {line}, kolonne {column}',
  'errors.lineOnly': 'linje {line}',
  'errors.code': 'kode {code}'
};
