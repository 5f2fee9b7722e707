// English texts for the sharing feature (merged into en.js).
export default {
  // Pseudonymised copy
  'sharing.title': 'Share a pseudonymised copy',
  'sharing.intro':
    'Want to share the mapping with another municipality, a researcher or an adviser without showing who is who? Make a copy in which names are replaced by codes.',
  'sharing.removed':
    'Removed: the names of people, all notes, the description of agreements and contact people at external partners, the text, owner and notes of assessments, and job titles and locations unless you choose to include them.',
  'sharing.kept':
    'Kept: the municipality’s name, the units (the small ones pooled), functions and target groups, the survey rounds, who is in touch with whom and how often, and therefore every person’s measures.',
  'sharing.codes':
    'Each person gets a code (for example P-4c441a8bf2). The same person gets the same code every time you make a copy of this project, so copies from different times can be compared.',
  'sharing.caution': 'Look it over before sharing: in a small unit a job title or a location alone may show who it is.',
  'sharing.keyExplained':
    'The codes are made with a secret key. The key is kept in the project on this computer and is not part of the copy. If the copy comes back to you, import it as usual and Bosam offers to put the names back. The key is included when you export the whole project to a file, so share only the pseudonymised copy.',
  'sharing.hasKey': 'The project has a key. New copies get the same codes as before.',
  'sharing.noKeyYet':
    'The project has no key yet. It is made and stored in the project the first time you make a copy.',
  'sharing.button': 'Download pseudonymised copy',
  'sharing.noProject': 'Open a project first.',
  'sharing.working': 'Making the copy …',
  'sharing.failed': 'The copy was not made.',
  'sharing.done': '“{file}” has been downloaded. The names in it are replaced by codes.',
  'sharing.keyAdded':
    'A new key has been stored in the project. Keep the project: without the key the names cannot be restored.',

  // What a copy pooled and dropped, and the floor (Oversikt)
  'sharing.floor':
    'Units with fewer than {count} people are pooled in the copy into “Small units” (external partners into “Small external partners”), so no unit in the copy has fewer than {count} people. You change the limit under Overview.',
  'sharing.optionsLegend': 'Include in the copy',
  'sharing.keepRoles': 'The job titles',
  'sharing.keepLocations': 'The locations of units and people',
  'sharing.keepWarning': 'Take care: in a small unit a job title or a location alone may show who it is.',
  'sharing.pooledIntro': 'Units with fewer than {count} people are pooled in the copy:',
  'sharing.pooledNone': 'No unit has fewer than {count} people, so none is pooled.',
  'sharing.pooledCaption': 'Units pooled in the copy',
  'sharing.col.unit': 'Unit',
  'sharing.col.people': 'People',
  'sharing.col.pool': 'Pooled into',
  'sharing.poolLine': '“{pool}”: {people} from {units}',
  'sharing.peopleCount': { one: '1 person', other: '{count} people' },
  'sharing.unitCount': { one: '1 unit', other: '{count} units' },
  'sharing.widened':
    'Units with {count} people or more were added where a pool would otherwise have had too few people.',
  'sharing.belowFloor':
    'The project has only {people} in all, fewer than {count}, so no unit in the copy can reach the limit. Consider whether the copy should be shared.',
  'sharing.droppedRoles': {
    one: 'The job title is removed for 1 person.',
    other: 'The job titles are removed for {count} people.'
  },
  'sharing.droppedLocations': {
    one: 'The location is removed for 1 unit or person.',
    other: 'The locations are removed for {count} units and people.'
  },
  'sharing.keptRoles': 'The job titles are in the copy.',
  'sharing.keptLocations': 'The locations are in the copy.',
  'floor.title': 'Shared copies',
  'floor.label': 'Smallest group size',
  'floor.hint':
    'When you share a pseudonymised copy, units with fewer people than this are pooled, so no unit in the copy points to one or two people. A whole number from 2 to 50; 5 is common.',
  'floor.number': 'Enter a whole number from 2 to 50.',
  'floor.history': 'Smallest group size: {count}',

  // Importing a pseudonymised copy
  'sharing.reidTitle': 'Restore the names?',
  'sharing.reidBody':
    '“{file}” is a pseudonymised copy of the project “{existing}”, which you have here. The project’s key fits, so Bosam can put the names back. People who are not in your project keep their code. Do you want to update the project with the copy, or keep both?',
  'sharing.reidReplace': 'Restore names and update the project',
  'sharing.reidBoth': 'Restore names and keep both',
  'sharing.noKeyTitle': 'The names cannot be restored',
  'sharing.noKeyBody':
    '“{file}” is a pseudonymised copy of “{existing}”, but the project here has no key, so the names cannot be restored. You can import the copy as a separate project with the codes instead of names.',
  'sharing.wrongKeyBody':
    '“{file}” is a pseudonymised copy with the same project id as “{existing}”, but the project’s key does not fit, so the names cannot be restored. You can import the copy as a separate project with the codes instead of names.',
  'sharing.importCodesCopy': 'Import as a separate project (with codes)',
  'sharing.imported.codes': 'The file is a pseudonymised copy. People are shown with codes instead of names.',
  'sharing.imported.codesCopy':
    'The file is a pseudonymised copy and has been added as a separate project. People are shown with codes; the original project is unchanged.',
  'sharing.imported.reidentified':
    'The names were restored with the project’s key, and the project has been updated with the contents of the copy.',
  'sharing.imported.reidentifiedCopy':
    'The names were restored with the project’s key, and the copy has been added as a separate project.',

  // Network for other tools
  'netexport.title': 'Export the network to other tools',
  'netexport.intro':
    'Download the network from one survey round in a format other analysis programs can open. The files contain the names; to share without names, use the pseudonymised copy above.',
  'netexport.legend': 'Export options',
  'netexport.wave': 'Survey round',
  'netexport.format': 'Format',
  'netexport.format.graphml': 'GraphML (Gephi, yEd, NetworkX)',
  'netexport.format.gexf': 'GEXF (Gephi)',
  'netexport.format.pajek': 'Pajek .net',
  'netexport.format.csv': 'CSV: one file of people and one of contacts',
  'netexport.format.csv-excel': 'CSV for Norwegian Excel (semicolons)',
  'netexport.help.graphml': 'GraphML opens in Gephi and yEd, and is read by NetworkX (Python) and igraph (R).',
  'netexport.help.gexf': 'GEXF is Gephi’s own format: open the file with File → Open in Gephi.',
  'netexport.help.pajek':
    'The Pajek file (.net) opens in Pajek and is read by most network programs. It holds only people and contacts.',
  'netexport.help.csv':
    'Two CSV files separated by commas: for R, Python, Gephi’s import wizard and spreadsheets with English settings.',
  'netexport.help.csv-excel':
    'Two CSV files with semicolons and decimal commas, which Norwegian Excel opens correctly with a double click.',
  'netexport.format.dl': 'UCINET DL',
  'netexport.format.matrix': 'Matrices (CSV): one for all contact and one per kind of contact',
  'netexport.format.matrix-excel': 'Matrices for Norwegian Excel (semicolons)',
  'netexport.help.dl':
    'DL is UCINET’s format, also read by igraph. Names are written as one word (spaces become underscores).',
  'netexport.help.matrix':
    'A table with one row and one column per person; the number in a cell is how often the row’s person is in contact with the column’s (0 none, 4 daily). One file for all contact and one per kind of contact. Up to 2,000 people.',
  'netexport.help.matrix-excel':
    'The same matrices with semicolons, which Norwegian Excel opens correctly with a double click. Up to 2,000 people.',
  'netexport.measures': 'Include the measures for each person',
  'netexport.weighted': 'Weighted by how often they are in touch',
  'netexport.button': 'Download',
  'netexport.noProject': 'Open a project first.',
  'netexport.noWave': 'The project has no survey round yet, so there is no network to export.',
  'netexport.working': 'Making the files …',
  'netexport.failed': 'The export failed.',
  'netexport.done': { one: 'One file has been downloaded:', other: '{count} files have been downloaded:' },

  // Comparison with other municipalities (Analyse)
  'reference.title': 'Compare with other municipalities',
  'reference.intro':
    'Add project files from other municipalities, preferably pseudonymised copies they have shared with you. Bosam works out the same key figures for each with the same settings and shows them side by side with yours. The files themselves are not stored; only the figures are remembered on this computer.',
  'reference.loadButton': 'Add files from other municipalities',
  'reference.checking': 'Checking and analysing “{file}” …',
  'reference.failed': '“{file}” could not be used for comparison. Nothing has changed.',
  'reference.notRemembered':
    'The figures are shown now, but the browser does not let Bosam remember them for next time.',
  'reference.none': 'No other municipality has been added yet.',
  'reference.listTitle': 'Municipalities you compare with',
  'reference.about': '{name}, survey round “{wave}” (loaded {date}).',
  'reference.wasPseudonymized':
    'The file was pseudonymised: small units are pooled, which affects the figures that rest on units.',
  'reference.optionsDiffer':
    'The figures for {name} were worked out with other settings than the ones you have chosen now. Load the file again to compare like with like.',
  'reference.caption': {
    one: 'Key figures for {own} and one other municipality',
    other: 'Key figures for {own} and {count} other municipalities'
  },
  'reference.colFigure': 'Figure',
  'reference.colExplain': 'What it tells you',
  'reference.colOwn': 'You ({name})',
  'reference.caution':
    'Municipalities differ in size and organisation. The figures are a starting point for a conversation, not a ranking: density, for example, is naturally lower the more people take part.',
  'reference.remove': 'Remove {name}',
  'reference.removed': '{name} has been removed from the comparison.',
  'reference.download': 'Download the table (CSV)',
  'reference.downloadExcel': 'Download the table for Norwegian Excel',
  'reference.downloaded': 'The table has been downloaded as “{file}”.',
  'reference.figure.people': 'People',
  'reference.figure.people.help': 'How many people the mapping includes.',
  'reference.figure.units': 'Units in the municipality',
  'reference.figure.units.help': 'The municipality’s own units, without external partners.',
  'reference.figure.externalUnits': 'External partners',
  'reference.figure.externalUnits.help': 'Units outside the municipality, for example the Housing Bank or volunteers.',
  'reference.figure.asked': 'Asked in the survey',
  'reference.figure.asked.help': 'How many were sent the survey form in the round.',
  'reference.figure.ties': 'Reported contacts',
  'reference.figure.ties.help': 'All the contacts people reported, counted once per person and contact.',
  'reference.figure.functions': 'Functions',
  'reference.figure.functions.help': 'How many housing-social functions the responsibility map has.',
  'reference.figure.functionsHeld': 'Share of functions covered',
  'reference.figure.functionsHeld.help': 'Functions at least one unit is responsible for or performs.',
  'reference.figure.functionsDuplicated': 'Share of functions held by several units',
  'reference.figure.functionsDuplicated.help':
    'Functions two or more units are responsible for or perform, where work may be duplicated or responsibility unclear.',
  'reference.figure.ftePerFunction': 'FTE per covered function',
  'reference.figure.ftePerFunction.help':
    'The FTE recorded on the tasks, divided by the number of covered functions. Empty when no FTE is recorded.',
  'reference.figure.sharedWorkP': 'P-value for shared work and contact',
  'reference.figure.sharedWorkP.help':
    'The share of random reshufflings of the people that gave at least as strong a link. Below 0.05: the link is hardly chance.',
  'reference.figure.findingsCritical': 'Findings: critical',
  'reference.figure.findingsCritical.help': 'Findings worth discussing first.',
  'reference.figure.findingsWarning': 'Findings: worth checking',
  'reference.figure.findingsWarning.help': 'Findings that may be worth raising.',
  'reference.figure.findingsInfo': 'Findings: for information',
  'reference.figure.findingsInfo.help': 'Findings where nothing is necessarily wrong.',

  // Errors made in the app
  'coreError.reference-no-wave': 'The file has no survey round, so there are no figures to compare.',
  'coreError.reference-too-many': 'You can compare with up to {count} municipalities. Remove one before adding more.',
  'coreError.reference-too-large': 'The file is too large.',
  'coreError.reference-read-failed': 'The file could not be read.',
  'coreError.no-random': 'The browser has no secure random source, so the key cannot be made.',
  'coreError.bad-format': 'Unknown format.'
};
