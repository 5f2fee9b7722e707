// English texts for the netimport feature (merged into en.js).
export default {
  'netimport.title': 'Import a network from CSV or GraphML',
  'netimport.intro':
    'Have you recorded contacts in a spreadsheet, in Gephi or another tool? Bring them in as a new survey round of the open project. Nothing changes until the files have been checked, and you can undo the import.',
  'netimport.noProject': 'Open or create a project first; then you can import a network into it.',
  'netimport.formatLegend': 'File type',
  'netimport.formatCsv': 'CSV (a list of contacts, and optionally a list of people)',
  'netimport.formatGraphml': 'GraphML (from Gephi, NetworkX, yEd or Bosam)',
  'netimport.file.edges': 'List of contacts (one row per contact)',
  'netimport.file.nodes': 'List of people',
  'netimport.file.graphml': 'GraphML file',
  'netimport.optional': '(optional)',
  'netimport.choose': 'Choose file …',
  'netimport.remove': 'Remove {file}',
  'netimport.tooLarge': '{file} is too large to import.',
  'netimport.csvFacts': '(delimiter “{delimiter}”, decimal mark “{decimal}”)',
  'netimport.graphmlDirected': {
    one: '(directed graph with {count} node)',
    other: '(directed graph with {count} nodes)'
  },
  'netimport.graphmlUndirected': {
    one: '(undirected graph with {count} node; each edge becomes one contact from source to target)',
    other: '(undirected graph with {count} nodes; each edge becomes one contact from source to target)'
  },
  'netimport.none': '(none)',
  'netimport.mappingLegend': 'Which columns mean what?',
  'netimport.map.from': 'From (who reported the contact)',
  'netimport.map.to': 'To (whom the contact is with)',
  'netimport.map.frequency': 'Frequency',
  'netimport.map.types': 'Kind of contact',
  'netimport.map.nodeId': 'Person id in the list of people',
  'netimport.map.nodeName': 'Name in the list of people',
  'netimport.map.nodeUnit': 'Unit in the list of people',
  'netimport.mapHint.frequency':
    'Frequency: daily, weekly, monthly or rarely, or a number from 1 (less than monthly) to 4 (daily); 0 or “never” means no contact, and the row is skipped.',
  'netimport.mapHint.types':
    'Kind of contact: information, coordination, advice or referral, separated by | or a comma.',
  'netimport.mapHint.nodeName': 'The name is used when people are found by name, and as the name of new people.',
  'netimport.mapHint.nodeUnit': 'New people go into the unit with this id or name; the unit must exist in the project.',
  'netimport.defaultFrequency': 'Frequency for all contacts',
  'netimport.chooseFrequency': 'Choose …',
  'netimport.frequency1': '1 – less than monthly',
  'netimport.frequency2': '2 – monthly',
  'netimport.frequency3': '3 – weekly',
  'netimport.frequency4': '4 – daily',
  'netimport.matchLegend': 'Find the people in the project by',
  'netimport.matchId': 'id (for example a-01)',
  'netimport.matchName': 'name (upper and lower case do not matter)',
  'netimport.waveLabel': 'Name of the new round',
  'netimport.defaultWaveLabel': 'Imported from {file}',
  'netimport.needChoices': 'Before you can import, choose {choices}.',
  'netimport.need.from': 'the From column',
  'netimport.need.to': 'the To column',
  'netimport.need.nodeId': 'the person id column in the person list',
  'netimport.need.frequency': 'a frequency column or one frequency for all contacts',
  'netimport.run': 'Import as a new round',
  'netimport.reading': 'Reading the file …',
  'netimport.importing': 'Importing …',
  'netimport.failed': 'Nothing was imported. Fix this in the file or the choices, and try again:',
  'netimport.done': {
    one: 'The round “{label}” was added with {count} contact.',
    other: 'The round “{label}” was added with {count} contacts.'
  },
  'netimport.actorsFound': {
    one: '{count} person was found in the project.',
    other: '{count} people were found in the project.'
  },
  'netimport.actorsAdded': {
    zero: 'No new people were added.',
    one: '{count} new person was added.',
    other: '{count} new people were added.'
  },
  'netimport.skipped': { one: 'One row was skipped:', other: '{count} rows were skipped:' },
  'netimport.skippedSelf': '{file}, line {line}: a contact with oneself',
  'netimport.skippedNever': '{file}, line {line}: frequency 0 (no contact)',
  'netimport.skippedOther': '{file}, line {line}',
  'netimport.undoHint': 'Undo (Ctrl+Z) removes the whole import again.',
  'netimport.history': 'import of “{label}”'
};
