// English. Must have exactly the keys and placeholders of nb.js (tests/js/i18n.test.mjs checks).
import analysis from './analysis.en.js';
import edit from './edit.en.js';
import findings from './findings.en.js';
import resources from './resources.en.js';
import survey from './survey.en.js';
import sharing from './sharing.en.js';
import netimport from './netimport.en.js';
import people from './people.en.js';
import hardening from './hardening.en.js';
import report from './report.en.js';
import reported from './reported.en.js';
import shared from './shared.en.js';
import roles from './roles.en.js';
import measures from './measures.en.js';
import feedback from './feedback.en.js';
import snapshots from './snapshots.en.js';
import letters from './letters.en.js';
import retention from './retention.en.js';
import files from './files.en.js';
import reconcile from './reconcile.en.js';
import robustness from './robustness.en.js';
import start from './start.en.js';

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
  'app.tagline': 'Mapping collaboration in housing-social work',
  'app.loading': 'Starting Bosam …',
  'app.fatalTitle': 'Bosam could not start',
  'app.fatalBody':
    'The calculation module could not be loaded in this browser. Use an up-to-date version of Edge, Chrome or Firefox and open the file again.',
  'app.fatalDetail': 'Technical message: {detail}',
  'app.skipLink': 'Skip to main content',
  'app.documentTitle': '{view} – Bosam',
  'app.documentTitleProject': '{view} – {project} – Bosam',

  'header.project': 'Project',
  'header.noProject': 'No project open',
  'header.language': 'Language',

  'save.saved': 'Saved',
  'save.saving': 'Saving …',
  'save.unsaved': 'Not saved',
  'save.typing': 'Saving what you type …',
  'typing.restored': {
    one: 'The text you typed before the page was reloaded has been put back.',
    other: 'The text you typed in {count} fields before the page was reloaded has been put back.'
  },
  'typing.restoredStep': 'Put back text that had not been saved',
  'save.statusNamed': 'Save status: {status}',

  'lang.nb': 'Bokmål',
  'lang.nn': 'Nynorsk',
  'lang.en': 'English',
  'lang.word.nb': 'Bokmål',
  'lang.word.nn': 'Nynorsk',
  'lang.word.en': 'English',

  'nav.label': 'Main menu',
  'nav.projects': 'Projects',
  'nav.overview': 'Overview',
  'nav.data': 'Data and privacy',

  'common.cancel': 'Cancel',
  'common.close': 'Close',
  'common.langClosedNotice': 'The message was closed because you changed the language.',
  'common.ok': 'OK',
  'common.required': 'Required',

  'storage.unavailable':
    'This browser does not let Bosam store anything (storage is turned off, or this is a private window). Your work exists only in this window until you close it.',
  'storage.blocked':
    'Storage is locked because Bosam is open in another tab. Close the other Bosam tabs and reload this page.',
  'storage.quota': 'The browser’s storage is full, so your latest changes are not saved.',
  'storage.failed': 'Saving in the browser failed, so your latest changes are not saved.',
  'storage.exportAdvice': 'Export the project to a file to keep it.',
  'storage.goToExport': 'Go to export',
  'storage.detail': 'Technical message: {detail}',

  'projects.title': 'Projects',
  'projects.intro':
    'A project is one mapping of the housing-social work in one municipality. Projects are stored only in this browser on this computer.',
  'projects.new': 'New project',
  'projects.loadDemo': 'Load the example municipality',
  'projects.importLink': 'Import a project file',
  'projects.listLabel': 'Stored projects',
  'projects.empty': 'No projects yet. Create a new project, or load the example municipality to see how Bosam works.',
  'projects.current': 'Open now',
  'projects.notStored': 'Not stored in the browser',
  'projects.number': 'Municipality number {number}',
  'projects.updated': 'Last changed {date}',
  'projects.counts': '{units} · {people}',
  'projects.open': 'Open',
  'projects.rename': 'Rename',
  'projects.duplicate': 'Duplicate',
  'projects.delete': 'Delete',
  'projects.openNamed': 'Open {name}',
  'projects.renameNamed': 'Rename {name}',
  'projects.duplicateNamed': 'Duplicate {name}',
  'projects.deleteNamed': 'Delete {name}',
  'projects.damagedTitle': 'Data that cannot be opened',
  'projects.damagedIntro':
    'This data in the browser did not pass the check and cannot be opened. You can download the raw data (for example to get help repairing it) or delete it.',
  'projects.damagedName': 'Stored as “{id}”',
  'projects.damagedErrors': { one: 'Show the error', other: 'Show the {count} errors' },
  'projects.exportRaw': 'Download raw data',
  'projects.exportRawNamed': 'Download raw data for {name}',
  'projects.newDialogTitle': 'New project',
  'projects.newDialogLabel': 'Name of the municipality',
  'projects.newDialogHint': 'For example “Eksempel kommune”. You can change the name later.',
  'projects.create': 'Create project',
  'projects.renameDialogTitle': 'Rename the project',
  'projects.renameSave': 'Save the name',
  'projects.deleteDialogTitle': 'Delete “{name}”?',
  'projects.deleteDialogBody':
    'The project is deleted from this browser. This cannot be undone. Export it first if you want to keep a copy.',
  'projects.deleteConfirm': 'Delete the project',
  'projects.copyName': '{name} (copy)',
  'projects.demoExistsTitle': 'The example municipality is already loaded',
  'projects.demoExistsBody': 'Do you want to open the one you have, or add a new, unchanged copy?',
  'projects.demoOpenExisting': 'Open the existing one',
  'projects.demoAddCopy': 'Add a new copy',
  'projects.created': 'The project “{name}” has been created.',
  'projects.renamed': 'The project is now called “{name}”.',
  'projects.duplicated': 'The copy “{name}” has been made.',
  'projects.deleted': 'The project “{name}” has been deleted.',
  'projects.demoLoaded': 'The example municipality has been loaded.',
  'projects.failed': 'That did not work: {message}',

  'overview.title': 'Overview',
  'overview.noProject': 'No project is open.',
  'overview.noProjectHint': 'Choose a project, create a new one, or load the example municipality.',
  'overview.goToProjects': 'Go to projects',
  'overview.subtitle': 'What the mapping contains so far',
  'overview.languageTitle': 'Written standard',
  'overview.languageLabel': 'Written standard (målform) of the forms and the report',
  'overview.languageHint':
    "The municipality's written standard. The survey forms open in it (respondents can switch), and the report is written in it. The language you use in Bosam yourself is chosen at the top of the page.",
  'overview.languageHistory': 'Written standard: {language}',
  'overview.summaryLabel': 'Key figures',
  'overview.units': 'Units',
  'overview.unitsDetail': {
    one: '{internal} in the municipality, {count} external',
    other: '{internal} in the municipality, {count} external'
  },
  'overview.actors': 'People',
  'overview.actorsDetail': 'Employees and contact persons registered',
  'overview.functions': 'Functions',
  'overview.functionsDetail': {
    one: '{count} of {essential} is assigned to someone',
    other: '{count} of {essential} are assigned to someone'
  },
  'overview.essentialCount': { one: '{count} essential one', other: '{count} essential ones' },
  'overview.targetGroups': 'Target groups',
  'overview.targetGroupsDetail': 'Groups the services are aimed at',
  'overview.assignments': 'Tasks',
  'overview.assignmentsDetail': 'Who is responsible for, performs or contributes to a function',
  'overview.uncoveredTitle': 'Essential functions nobody is assigned to',
  'overview.wavesTitle': 'Survey rounds',
  'overview.wavesEmpty': 'No survey rounds have been registered yet.',
  'overview.waveLabel': 'Round',
  'overview.waveDate': 'Date',
  'overview.waveTies': 'Contacts',
  'overview.waveAsked': 'Asked',
  'overview.waveResponded': 'Answered',
  'overview.waveRate': 'Response rate',
  'overview.noDate': 'Not set',
  'overview.notAvailable': 'Nobody asked',
  'overview.nextTitle': 'What next?',
  'overview.next.addUnits':
    'Register the units involved in the housing-social work, inside the municipality and outside it (for example NAV, the housing office and Husbanken).',
  'overview.next.addExternal':
    'No external partners are registered. Add the ones the municipality works with, for example Husbanken, specialist health services or voluntary organisations.',
  'overview.next.addActors': 'Register the people who work on housing-social tasks, and which unit they belong to.',
  'overview.next.addFunctions': 'Describe the municipality’s housing-social functions and mark the essential ones.',
  'overview.next.assignFunctions':
    'Assign the housing-social functions in Tasks: who is responsible, who performs and who contributes. Then Bosam shows which ones nobody holds and which are done in several places.',
  'overview.next.reviewReported': {
    one: 'One task someone reported in the survey is waiting for you to accept or reject it in Tasks.',
    other: '{count} tasks people reported in the survey are waiting for you to accept or reject them in Tasks.'
  },
  'overview.next.assignEssential': {
    one: 'One essential function is not assigned to anyone. Agree who is responsible.',
    other: '{count} essential functions are not assigned to anyone. Agree who is responsible.'
  },
  'overview.next.planWave':
    'Plan a survey round: ask employees whom they exchange information with about housing-social work, and how often.',
  'overview.next.collectAnswers':
    'Collect answers in the survey round “{wave}” – no contacts have been registered yet.',
  'overview.next.lowResponse':
    'The response rate in “{wave}” is {rate}. With a low response rate the picture of the network is incomplete; consider a reminder before you interpret the results.',
  'overview.next.ready':
    'The groundwork is in place. Go through the findings and the report, and export the project regularly as a backup.',

  'data.title': 'Data and privacy',
  'data.importTitle': 'Import a project file',
  'data.importIntro':
    'Choose a Bosam file (.json), or drag the file anywhere onto the window. The file is checked before anything is stored.',
  'data.importLabel': 'Choose a project file …',
  'data.importing': 'Checking “{file}” …',
  'data.importFailed': 'The file “{file}” was not imported. Nothing has changed.',
  'data.importErrorCount': { one: 'The check found one error:', other: 'The check found {count} errors:' },
  'data.importOk': 'The project “{name}” has been imported from “{file}” and opened.',
  'data.importWarnings': { one: 'One note:', other: '{count} notes:' },
  'data.importCancelled': 'Importing “{file}” was cancelled. Nothing has changed.',
  'data.importOnlyFirst': 'You dropped several files. Only the first one, “{file}”, was imported.',
  'data.importReadFailed': 'The file “{file}” could not be read: {message}',
  'data.importTooLarge': 'The file “{file}” is too large ({size}). The largest allowed size is {max}.',
  'data.conflictTitle': 'The project already exists',
  'data.conflictBody':
    'You already have this project (“{existing}”). “Replace” makes it the same as the file. “Keep both” adds the file as a new, separate project beside it: that one cannot take the answers to the survey forms sent out for the old one, and changes in one do not reach the other.',
  'data.conflictReplace': 'Replace the stored one',
  'data.conflictKeepBoth': 'Keep both',
  'data.dropHint': 'Drop the file to import it',
  'data.exportTitle': 'Export',
  'data.exportIntro':
    'Download the open project as a JSON file. The file is your backup and what you share with others.',
  'data.exportButton': 'Download “{name}” as JSON',
  'data.exportNoProject': 'Open a project first to export it.',
  'data.exported': 'The file “{file}” has been downloaded.',
  'data.clearTitle': 'Delete all local data',
  'data.clearIntro':
    'Deletes every project and setting Bosam has stored in this browser. Exported files are not affected.',
  'data.clearButton': 'Delete all local data …',
  'data.clearDialogTitle': 'Delete all local data?',
  'data.clearDialogBody': {
    one: 'The one stored project and your settings are deleted from this browser. This cannot be undone.',
    other: 'All {count} stored projects and your settings are deleted from this browser. This cannot be undone.'
  },
  'data.clearConfirm': 'Delete everything',
  'data.cleared': 'All local data has been deleted.',
  'data.versionTitle': 'Version',
  'data.version': 'Bosam {app} · calculation core {core} · file format version {schema}',

  'privacy.title': 'Privacy: where the data is',
  'privacy.whereTitle': 'What is stored, and where',
  'privacy.where':
    'Projects are stored in the browser’s own database (IndexedDB) on this computer, in this browser profile, together with the latest earlier versions of each project and the versions you exported or saved as a file (so that copies coming back can be combined). A project you have tied to a file is also saved in that file. The language choice is stored in the browser’s local storage. Others who use the same computer and the same user profile can see the data.',
  'privacy.sendTitle': 'Nothing is sent anywhere',
  'privacy.send':
    'Bosam is a single file that runs entirely in the browser. There is no server, and Bosam sends nothing over the network: a security rule in the file (Content Security Policy) blocks every network connection.',
  'privacy.shareTitle': 'How to share safely',
  'privacy.share':
    'A mapping can contain the names of employees and whom they work with. Share it only as an exported file, and only through the municipality’s approved channels (for example the case and archive system or encrypted e-mail). Limit who receives the file. If the file is to leave the working group, for example for another municipality or a researcher, use “Share a pseudonymised copy” under Data and privacy: names are replaced by codes, notes are removed, and the key stays with you.',
  'privacy.deleteTitle': 'How to delete',
  'privacy.delete':
    'Delete one project under “Projects”, or everything with “Delete all local data” on this page. Files you have exported must be deleted wherever you saved them.',
  'privacy.controller': 'The municipality is the data controller for the personal data in the mapping.',

  'dialog.nameRequired': 'Enter a name.',

  'coreError.core-unavailable': 'The calculation module is not available.',
  'coreError.core-crash':
    'The calculation module stopped unexpectedly. Try again; reload the page if it happens again.',
  'coreError.core-bad-response': 'The calculation module gave an answer Bosam does not understand.',
  'coreError.core-missing-function': 'This version of the calculation module lacks a function Bosam needs.',

  'errors.technical': 'Technical details',
  'errors.unknown': 'Unknown error.',
  'errors.placed': '{place}: {message}',
  'place.unit.named': 'The unit “{name}”',
  'place.unit.nth': 'Unit no. {n}',
  'place.actor.named': 'The person “{name}”',
  'place.actor.nth': 'Person no. {n}',
  'place.function.named': 'The function “{name}”',
  'place.function.nth': 'Function no. {n}',
  'place.group.named': 'The target group “{name}”',
  'place.group.nth': 'Target group no. {n}',
  'place.wave.named': 'The round “{name}”',
  'place.wave.nth': 'Round no. {n}',
  'place.assignment.of': 'Task no. {n} (“{fn}” in {unit})',
  'place.assignment.nth': 'Task no. {n}',
  'place.tie.of': 'Contact no. {n} (from {from} to {to})',
  'place.tie.nth': 'Contact no. {n}',
  'place.respondent.of': 'Survey status no. {n} ({name})',
  'place.respondent.nth': 'Survey status no. {n}',
  'place.assessment.nth': 'Assessment no. {n}',
  'place.reported.of': 'Reported task no. {n} ({name})',
  'place.reported.nth': 'Reported task no. {n}',
  'place.municipality': 'The municipality',
  'place.field.name': 'name',
  'place.field.unitId': 'unit',
  'place.field.actorId': 'person',
  'place.field.functionId': 'function',
  'place.field.fte': 'FTE',
  'place.field.role': 'role',
  'place.field.from': 'from',
  'place.field.to': 'to',
  'place.field.frequency': 'frequency',
  'place.field.waveId': 'round',
  'place.field.targetGroupIds': 'target groups',
  'place.field.id': 'id',
  'place.field.location': 'place',
  'place.field.external': 'external partner',
  'place.field.label': 'name',
  'place.field.date': 'date',
  'place.field.types': 'kinds of contact',
  'place.field.decisionAuthority': 'decision authority',
  'place.field.relation': 'agreement',
  'place.field.respondent': 'the person answering',
  'place.field.responded': 'answered',
  'place.field.essential': 'essential',
  'place.field.kind': 'kind',
  'place.field.status': 'status',
  'place.field.owner': 'owner',
  'place.field.due': 'due date',
  'place.field.text': 'text',
  'place.field.review': 'review',
  'place.field.sector': 'sector',
  'place.field.projectId': 'project',
  'place.field.municipality': 'municipality',
  'place.field.ties': 'contacts',
  'place.field.assignments': 'tasks',
  'place.field.other': 'the field “{name}”',
  'place.itemField': '{item}, {field}',
  'place.inFile': '{file} – {place}',
  'errors.path': 'Place',
  'errors.message': 'Error',
  'errors.line': 'line {line}, column {column}',
  'errors.lineOnly': 'line {line}',
  'errors.code': 'code {code}'
};
