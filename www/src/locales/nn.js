// Norsk nynorsk: the same keys, placeholders and plural shapes as nb.js (tests/js/i18n.test.mjs checks), written
// in the 2012 norm with common forms (ikkje, kven, eining, berre, bustad). Grouped like nb.js.
import analysis from './analysis.nn.js';
import edit from './edit.nn.js';
import findings from './findings.nn.js';
import resources from './resources.nn.js';
import survey from './survey.nn.js';
import sharing from './sharing.nn.js';
import netimport from './netimport.nn.js';
import people from './people.nn.js';
import hardening from './hardening.nn.js';
import report from './report.nn.js';
import reported from './reported.nn.js';
import shared from './shared.nn.js';
import roles from './roles.nn.js';
import measures from './measures.nn.js';
import feedback from './feedback.nn.js';
import snapshots from './snapshots.nn.js';
import letters from './letters.nn.js';
import retention from './retention.nn.js';
import files from './files.nn.js';
import reconcile from './reconcile.nn.js';
import robustness from './robustness.nn.js';
import start from './start.nn.js';

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
  'app.tagline': 'Kartlegging av bustadsosialt samarbeid',
  'app.loading': 'Startar Bosam …',
  'app.fatalTitle': 'Bosam kunne ikkje starte',
  'app.fatalBody':
    'Berekningsmodulen kunne ikkje lastast i denne nettlesaren. Bruk ein oppdatert versjon av Edge, Chrome eller Firefox, og opne fila på nytt.',
  'app.fatalDetail': 'Teknisk feilmelding: {detail}',
  'app.skipLink': 'Hopp til hovudinnhaldet',
  'app.documentTitle': '{view} – Bosam',
  'app.documentTitleProject': '{view} – {project} – Bosam',

  'header.project': 'Prosjekt',
  'header.noProject': 'Ikkje noko prosjekt ope',
  'header.language': 'Språk',

  'save.saved': 'Lagra',
  'save.saving': 'Lagrar …',
  'save.unsaved': 'Ikkje lagra',
  'save.typing': 'Lagrar det du skriv …',
  'typing.restored': {
    one: 'Teksten du skreiv før sida vart lasta på nytt, er sett inn att.',
    other: 'Tekstane du skreiv i {count} felt før sida vart lasta på nytt, er sette inn att.'
  },
  'typing.restoredStep': 'Sette inn tekst som ikkje var lagra',
  'save.statusNamed': 'Lagringsstatus: {status}',

  'lang.nb': 'Bokmål',
  'lang.nn': 'Nynorsk',
  'lang.en': 'English',
  'lang.word.nb': 'bokmål',
  'lang.word.nn': 'nynorsk',
  'lang.word.en': 'engelsk',

  'nav.label': 'Hovudmeny',
  'nav.projects': 'Prosjekt',
  'nav.overview': 'Oversikt',
  'nav.data': 'Data og personvern',

  'common.cancel': 'Avbryt',
  'common.close': 'Lukk',
  'common.langClosedNotice': 'Meldinga vart lukka fordi du bytte språk.',
  'common.ok': 'OK',
  'common.required': 'Må fyllast ut',

  'storage.unavailable':
    'Denne nettlesaren lèt ikkje Bosam lagre noko (lagring er slått av, eller du brukar privat modus). Arbeidet ditt finst berre i dette vindauget til du lukkar det.',
  'storage.blocked':
    'Lagringa er sperra fordi Bosam er opna i ein annan fane. Lukk dei andre fanane med Bosam og last sida på nytt.',
  'storage.quota': 'Lagringsplassen i nettlesaren er full, så dei siste endringane er ikkje lagra.',
  'storage.failed': 'Lagringa i nettlesaren feila, så dei siste endringane er ikkje lagra.',
  'storage.exportAdvice': 'Eksporter prosjektet til ei fil for å ta vare på det.',
  'storage.goToExport': 'Gå til eksport',
  'storage.detail': 'Teknisk feilmelding: {detail}',

  'projects.title': 'Prosjekt',
  'projects.intro':
    'Eit prosjekt er éi kartlegging av det bustadsosiale arbeidet i éin kommune. Prosjekta blir lagra berre i denne nettlesaren på denne datamaskinen.',
  'projects.new': 'Nytt prosjekt',
  'projects.loadDemo': 'Last inn eksempelkommunen',
  'projects.importLink': 'Importer ei prosjektfil',
  'projects.listLabel': 'Lagra prosjekt',
  'projects.empty':
    'Ingen prosjekt enno. Lag eit nytt prosjekt, eller last inn eksempelkommunen for å sjå korleis Bosam fungerer.',
  'projects.current': 'Ope no',
  'projects.notStored': 'Ikkje lagra i nettlesaren',
  'projects.number': 'Kommunenummer {number}',
  'projects.updated': 'Sist endra {date}',
  'projects.counts': '{units} · {people}',
  'projects.open': 'Opne',
  'projects.rename': 'Gi nytt namn',
  'projects.duplicate': 'Dupliser',
  'projects.delete': 'Slett',
  'projects.openNamed': 'Opne {name}',
  'projects.renameNamed': 'Gi nytt namn til {name}',
  'projects.duplicateNamed': 'Dupliser {name}',
  'projects.deleteNamed': 'Slett {name}',
  'projects.damagedTitle': 'Data som ikkje kan opnast',
  'projects.damagedIntro':
    'Desse dataa i nettlesaren kom ikkje gjennom kontrollen og kan ikkje opnast. Du kan laste ned rådataa (til dømes for å få hjelp til å reparere dei) eller slette dei.',
  'projects.damagedName': 'Lagra som «{id}»',
  'projects.damagedErrors': { one: 'Vis feilen', other: 'Vis dei {count} feila' },
  'projects.exportRaw': 'Last ned rådata',
  'projects.exportRawNamed': 'Last ned rådata for {name}',
  'projects.newDialogTitle': 'Nytt prosjekt',
  'projects.newDialogLabel': 'Namnet på kommunen',
  'projects.newDialogHint': 'Til dømes «Eksempel kommune». Du kan endre namnet seinare.',
  'projects.create': 'Opprett prosjekt',
  'projects.renameDialogTitle': 'Gi prosjektet nytt namn',
  'projects.renameSave': 'Lagre namnet',
  'projects.deleteDialogTitle': 'Slette «{name}»?',
  'projects.deleteDialogBody':
    'Prosjektet blir sletta frå denne nettlesaren. Det kan ikkje angrast. Eksporter det først viss du vil ta vare på ein kopi.',
  'projects.deleteConfirm': 'Slett prosjektet',
  'projects.copyName': '{name} (kopi)',
  'projects.demoExistsTitle': 'Eksempelkommunen er allereie lasta inn',
  'projects.demoExistsBody': 'Vil du opne den du har frå før, eller leggje til ein ny, uendra kopi?',
  'projects.demoOpenExisting': 'Opne den som finst',
  'projects.demoAddCopy': 'Legg til ein ny kopi',
  'projects.created': 'Prosjektet «{name}» er oppretta.',
  'projects.renamed': 'Prosjektet heiter no «{name}».',
  'projects.duplicated': 'Kopien «{name}» er laga.',
  'projects.deleted': 'Prosjektet «{name}» er sletta.',
  'projects.demoLoaded': 'Eksempelkommunen er lasta inn.',
  'projects.failed': 'Det gjekk ikkje: {message}',

  'overview.title': 'Oversikt',
  'overview.noProject': 'Ikkje noko prosjekt er ope.',
  'overview.noProjectHint': 'Vel eit prosjekt, lag eit nytt, eller last inn eksempelkommunen.',
  'overview.goToProjects': 'Gå til prosjekt',
  'overview.subtitle': 'Kva kartlegginga inneheld så langt',
  'overview.languageTitle': 'Målform',
  'overview.languageLabel': 'Målform for spørjeskjema og rapport',
  'overview.languageHint':
    'Målforma til kommunen. Spørjeskjemaa opnar på denne målforma (den som svarar, kan byte), og rapporten blir skriven på same målform. Språket du sjølv brukar i Bosam, vel du øvst på sida.',
  'overview.languageHistory': 'Målform: {language}',
  'overview.summaryLabel': 'Nøkkeltal',
  'overview.units': 'Einingar',
  'overview.unitsDetail': {
    one: '{internal} i kommunen, {count} ekstern',
    other: '{internal} i kommunen, {count} eksterne'
  },
  'overview.actors': 'Personar',
  'overview.actorsDetail': 'Tilsette og kontaktpersonar som er registrerte',
  'overview.functions': 'Funksjonar',
  'overview.functionsDetail': {
    one: '{count} av {essential} er tildelt nokon',
    other: '{count} av {essential} er tildelte nokon'
  },
  'overview.essentialCount': { one: '{count} vesentleg', other: '{count} vesentlege' },
  'overview.targetGroups': 'Målgrupper',
  'overview.targetGroupsDetail': 'Grupper tenestene rettar seg mot',
  'overview.assignments': 'Oppgåver',
  'overview.assignmentsDetail': 'Kven som har ansvar for, utfører eller bidreg til ein funksjon',
  'overview.uncoveredTitle': 'Vesentlege funksjonar som ingen er tildelt',
  'overview.wavesTitle': 'Kartleggingsrundar',
  'overview.wavesEmpty': 'Ingen kartleggingsrundar er registrerte enno.',
  'overview.waveLabel': 'Runde',
  'overview.waveDate': 'Dato',
  'overview.waveTies': 'Kontaktar',
  'overview.waveAsked': 'Spurt',
  'overview.waveResponded': 'Svara',
  'overview.waveRate': 'Svarprosent',
  'overview.noDate': 'Ikkje sett',
  'overview.notAvailable': 'Ingen spurt',
  'overview.nextTitle': 'Kva no?',
  'overview.next.addUnits':
    'Registrer einingane som er med i det bustadsosiale arbeidet, både i kommunen og utanfor (til dømes NAV, bustadkontoret og Husbanken).',
  'overview.next.addExternal':
    'Ingen eksterne samarbeidspartnarar er registrerte. Legg til dei kommunen samarbeider med, til dømes Husbanken, spesialisthelsetenesta eller frivillige organisasjonar.',
  'overview.next.addActors':
    'Registrer personane som arbeider med bustadsosiale oppgåver, og kva eining dei høyrer til.',
  'overview.next.addFunctions': 'Skildre kva bustadsosiale funksjonar kommunen har, og marker dei vesentlege.',
  'overview.next.assignFunctions':
    'Fordel dei bustadsosiale funksjonane i Oppgåver: kven har ansvaret, kven utfører og kven bidreg. Då viser Bosam kva funksjonar som manglar nokon, og kva som blir gjort fleire stader.',
  'overview.next.reviewReported': {
    one: 'Éi oppgåve som nokon oppgav i spørjeskjemaet, ventar på at du godtek eller avviser henne i Oppgåver.',
    other: '{count} oppgåver som folk oppgav i spørjeskjemaet, ventar på at du godtek eller avviser dei i Oppgåver.'
  },
  'overview.next.assignEssential': {
    one: 'Éin vesentleg funksjon er ikkje tildelt nokon. Avklar kven som har ansvaret.',
    other: '{count} vesentlege funksjonar er ikkje tildelte nokon. Avklar kven som har ansvaret.'
  },
  'overview.next.planWave':
    'Planlegg ein kartleggingsrunde: spør dei tilsette kven dei utvekslar informasjon med om bustadsosialt arbeid, og kor ofte.',
  'overview.next.collectAnswers': 'Samle inn svar i kartleggingsrunden «{wave}» – ingen kontaktar er registrerte enno.',
  'overview.next.lowResponse':
    'Svarprosenten i «{wave}» er {rate}. Med låg svarprosent blir nettverksbiletet ufullstendig; purr gjerne før de tolkar resultata.',
  'overview.next.ready':
    'Grunnlaget er på plass. Gå gjennom funna og rapporten, og eksporter prosjektet jamleg som tryggingskopi.',

  'data.title': 'Data og personvern',
  'data.importTitle': 'Importer ei prosjektfil',
  'data.importIntro':
    'Vel ei Bosam-fil (.json), eller dra fila inn kvar som helst i vindauget. Fila blir kontrollert før noko blir lagra.',
  'data.importLabel': 'Vel ei prosjektfil …',
  'data.importing': 'Kontrollerer «{file}» …',
  'data.importFailed': 'Fila «{file}» vart ikkje importert. Ingenting er endra.',
  'data.importErrorCount': { one: 'Kontrollen fann éin feil:', other: 'Kontrollen fann {count} feil:' },
  'data.importOk': 'Prosjektet «{name}» er importert frå «{file}» og opna.',
  'data.importWarnings': { one: 'Éin merknad:', other: '{count} merknader:' },
  'data.importCancelled': 'Importen av «{file}» vart avbroten. Ingenting er endra.',
  'data.importOnlyFirst': 'Du sleppte fleire filer. Berre den første, «{file}», er importert.',
  'data.importReadFailed': 'Fila «{file}» kunne ikkje lesast: {message}',
  'data.importTooLarge': 'Fila «{file}» er for stor ({size}). Største tillatne storleik er {max}.',
  'data.conflictTitle': 'Prosjektet finst allereie',
  'data.conflictBody':
    'Du har allereie dette prosjektet («{existing}»). «Erstatt» gjer det likt fila. «Behald begge» legg fila inn som eit nytt, eige prosjekt ved sida av: det kan ikkje ta imot svara frå spørjeskjemaa som er sende ut for det gamle, og endringar i det eine kjem ikkje med i det andre.',
  'data.conflictReplace': 'Erstatt det lagra',
  'data.conflictKeepBoth': 'Behald begge',
  'data.dropHint': 'Slepp fila for å importere henne',
  'data.exportTitle': 'Eksporter',
  'data.exportIntro':
    'Last ned det opne prosjektet som ei JSON-fil. Fila er tryggingskopien din og det du deler med andre.',
  'data.exportButton': 'Last ned «{name}» som JSON',
  'data.exportNoProject': 'Opne eit prosjekt først for å eksportere det.',
  'data.exported': 'Fila «{file}» er lasta ned.',
  'data.clearTitle': 'Slett alle lokale data',
  'data.clearIntro':
    'Slettar alle prosjekt og innstillingar som Bosam har lagra i denne nettlesaren. Eksporterte filer blir ikkje rørte.',
  'data.clearButton': 'Slett alle lokale data …',
  'data.clearDialogTitle': 'Slette alle lokale data?',
  'data.clearDialogBody': {
    one: 'Det eine lagra prosjektet og innstillingane dine blir sletta frå denne nettlesaren. Det kan ikkje angrast.',
    other:
      'Alle dei {count} lagra prosjekta og innstillingane dine blir sletta frå denne nettlesaren. Det kan ikkje angrast.'
  },
  'data.clearConfirm': 'Slett alt',
  'data.cleared': 'Alle lokale data er sletta.',
  'data.versionTitle': 'Versjon',
  'data.version': 'Bosam {app} · berekningskjerne {core} · filformat versjon {schema}',

  'privacy.title': 'Personvern: kvar dataa er',
  'privacy.whereTitle': 'Kva som blir lagra, og kvar',
  'privacy.where':
    'Prosjekta blir lagra i den innebygde databasen i nettlesaren (IndexedDB) på denne datamaskinen, i denne nettlesarprofilen, saman med dei siste tidlegare versjonane av kvart prosjekt og versjonane de har eksportert eller lagra som fil (slik at kopiar som kjem tilbake, kan slåast saman). Eit prosjekt de har knytt til ei fil, blir òg lagra i den fila. Språkvalet blir lagra i den lokale lagringa i nettlesaren. Andre som brukar same datamaskin og same brukarprofil, kan sjå dataa.',
  'privacy.sendTitle': 'Ingenting blir sendt nokon stad',
  'privacy.send':
    'Bosam er éi fil som køyrer heilt i nettlesaren. Det finst ingen tenar, og Bosam sender ingenting over nettet: ein tryggingsregel i fila (Content Security Policy) blokkerer alle nettverkssamband.',
  'privacy.shareTitle': 'Slik deler du trygt',
  'privacy.share':
    'Ei kartlegging kan innehalde namn på tilsette og kven dei samarbeider med. Del henne berre som eksportert fil, og berre gjennom kanalar kommunen har godkjent (til dømes sak- og arkivsystemet eller kryptert e-post). Avgrens kven som får fila. Skal fila ut av arbeidsgruppa, til dømes til ein annan kommune eller ein forskar, bruk «Del ein pseudonymisert kopi» under Data og personvern: då blir namn bytte ut med kodar og notat fjerna, og nøkkelen blir liggjande hos dykk.',
  'privacy.deleteTitle': 'Slik slettar du',
  'privacy.delete':
    'Slett eitt prosjekt under «Prosjekt», eller alt med «Slett alle lokale data» på denne sida. Filer du har eksportert, må du slette sjølv der dei er lagra.',
  'privacy.controller': 'Kommunen er behandlingsansvarleg for personopplysningane i kartlegginga.',

  'dialog.nameRequired': 'Skriv inn eit namn.',

  'coreError.core-unavailable': 'Berekningsmodulen er ikkje tilgjengeleg.',
  'coreError.core-crash':
    'Berekningsmodulen stoppa uventa. Prøv igjen; last sida på nytt viss det skjer fleire gonger.',
  'coreError.core-bad-response': 'Berekningsmodulen gav eit svar Bosam ikkje forstår.',
  'coreError.core-missing-function': 'Denne versjonen av berekningsmodulen manglar ein funksjon Bosam treng.',

  'errors.technical': 'Tekniske detaljar',
  'errors.unknown': 'Ukjend feil.',
  'errors.placed': '{place}: {message}',
  'place.unit.named': 'Eininga «{name}»',
  'place.unit.nth': 'Eining nr. {n}',
  'place.actor.named': 'Personen «{name}»',
  'place.actor.nth': 'Person nr. {n}',
  'place.function.named': 'Funksjonen «{name}»',
  'place.function.nth': 'Funksjon nr. {n}',
  'place.group.named': 'Målgruppa «{name}»',
  'place.group.nth': 'Målgruppe nr. {n}',
  'place.wave.named': 'Runden «{name}»',
  'place.wave.nth': 'Runde nr. {n}',
  'place.assignment.of': 'Oppgåve nr. {n} («{fn}» i {unit})',
  'place.assignment.nth': 'Oppgåve nr. {n}',
  'place.tie.of': 'Kontakt nr. {n} (frå {from} til {to})',
  'place.tie.nth': 'Kontakt nr. {n}',
  'place.respondent.of': 'Svarstatus nr. {n} ({name})',
  'place.respondent.nth': 'Svarstatus nr. {n}',
  'place.assessment.nth': 'Vurdering nr. {n}',
  'place.reported.of': 'Oppgitt oppgåve nr. {n} ({name})',
  'place.reported.nth': 'Oppgitt oppgåve nr. {n}',
  'place.municipality': 'Kommunen',
  'place.field.name': 'namn',
  'place.field.unitId': 'eining',
  'place.field.actorId': 'person',
  'place.field.functionId': 'funksjon',
  'place.field.fte': 'årsverk',
  'place.field.role': 'rolle',
  'place.field.from': 'frå',
  'place.field.to': 'til',
  'place.field.frequency': 'kor ofte',
  'place.field.waveId': 'runde',
  'place.field.targetGroupIds': 'målgrupper',
  'place.field.id': 'id',
  'place.field.location': 'stad',
  'place.field.external': 'ekstern samarbeidspartnar',
  'place.field.label': 'namn',
  'place.field.date': 'dato',
  'place.field.types': 'type kontakt',
  'place.field.decisionAuthority': 'avgjerdsmynde',
  'place.field.relation': 'avtale',
  'place.field.respondent': 'den som svara',
  'place.field.responded': 'har svara',
  'place.field.essential': 'vesentleg',
  'place.field.kind': 'type',
  'place.field.status': 'status',
  'place.field.owner': 'ansvarleg',
  'place.field.due': 'frist',
  'place.field.text': 'tekst',
  'place.field.review': 'vurdering',
  'place.field.sector': 'sektor',
  'place.field.projectId': 'prosjekt',
  'place.field.municipality': 'kommune',
  'place.field.ties': 'kontaktar',
  'place.field.assignments': 'oppgåver',
  'place.field.other': 'feltet «{name}»',
  'place.itemField': '{item}, {field}',
  'place.inFile': '{file} – {place}',
  'errors.path': 'Stad',
  'errors.message': 'Feil',
  'errors.line': 'linje {line}, kolonne {column}',
  'errors.lineOnly': 'linje {line}',
  'errors.code': 'kode {code}'
};
