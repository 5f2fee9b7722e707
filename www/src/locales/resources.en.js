// English texts for the resources feature (merged into en.js).
export default {
  'resources.title': 'Resources and division of labour',
  'resources.lead':
    "How many full-time equivalents (FTE) go to each function, unit and target group, and how many share the work. The figures come from the FTE in the tasks above. Only the municipality's own units count, not external partners.",
  'resources.missing': 'This overview appears once the analysis has been updated. Try reloading the page.',
  'resources.sumTotal': '{fte} FTE in total',
  'resources.totalRow': 'Total FTE',
  'resources.sumEstimated': '{fte} of them estimated',
  'resources.sumBelow': {
    one: '{count} essential function below {threshold} FTE',
    other: '{count} essential functions below {threshold} FTE'
  },
  'resources.csv': 'Download as CSV (Excel)',
  'resources.csvHint': 'Semicolons and decimal commas, as Norwegian Excel reads it.',
  'resources.viewLabel': 'Show the resources',
  'resources.view.functions': 'By function',
  'resources.view.units': 'By unit',
  'resources.view.groups': 'By target group',
  'resources.caption.functions': 'FTE by function',
  'resources.caption.units': 'FTE by unit, and how it is split over the functions',
  'resources.caption.groups': 'FTE by target group',
  'resources.file.functions': 'resources by function',
  'resources.file.units': 'resources by unit',
  'resources.file.groups': 'resources by target group',
  'resources.col.function': 'Function',
  'resources.col.unit': 'Unit',
  'resources.col.group': 'Target group',
  'resources.col.fte': 'FTE',
  'resources.col.fteTotal': 'FTE in total',
  'resources.col.estimated': 'Of which estimated',
  'resources.col.estimatedShort': 'Estimated',
  'resources.col.unknown': 'Without FTE',
  'resources.col.unknownHelp':
    'Tasks on the function whose FTE is not known and cannot be estimated. They are not counted in the FTE.',
  'resources.col.people': 'People',
  'resources.col.units': 'Units',
  'resources.col.groups': 'Target groups',
  'resources.col.functions': 'Functions',
  'resources.col.essential': 'Essential',
  'resources.col.largestShare': 'Largest share',
  'resources.col.largestShareHelp':
    "How much of the function's FTE the person (or unit) that contributes most accounts for. Close to 100 % means one carries the function alone.",
  'resources.col.status': 'Threshold',
  'resources.col.split': 'Split over functions',
  'resources.col.functionFte': 'FTE on the function',
  'resources.col.share': "Share of the unit's FTE",
  'resources.below': 'Below threshold',
  'resources.enough': 'Above threshold',
  'resources.noGroup': 'No particular target group',
  'resources.noFunctions': 'No functions',
  'resources.empty': 'No FTE recorded yet. Add FTE when you assign a function in the table above.',
  'resources.estimateTitle': 'Partly estimated: some tasks have no FTE',
  'resources.estimateValue': 'about {value}',
  'resources.estimateNote':
    "means the figure is partly estimated. When a person performs a task that has no FTE, what is left of the person's position is split equally over those tasks. If the person also has other work, the estimate is too high: then enter the task's FTE.",
  'resources.unknownNote': {
    one: '{count} task has no FTE and cannot be estimated (the person is responsible or contributes but does not perform it, the task is held by a whole unit, or the person has no position recorded). It is not counted.',
    other:
      '{count} tasks have no FTE and cannot be estimated (the person is responsible or contributes but does not perform it, the task is held by a whole unit, or the person has no position recorded). They are not counted.'
  },

  'locations.title': 'Location',
  'locations.lead':
    'Where the units and people sit, and whether units that share work also sit together and talk to each other.',
  'locations.placesTitle': 'Who sits where',
  'locations.notGiven': 'Place not given',
  'locations.units': 'Units',
  'locations.people': { one: 'Show {count} person', other: 'Show {count} people' },
  'locations.noPlaces': 'No places recorded. Add a place to the units and people.',
  'locations.pairsTitle': 'Units that share work',
  'locations.pairsLead':
    'Pairs of units with a function or a target group in common. Contact counts the contacts between the people of the two units in the survey round.',
  'locations.pairsCaption': 'Units that share work: place and contact',
  'locations.noPairs': 'No units share functions or target groups.',
  'locations.splitCount': {
    one: 'Pairs that sit apart and talk less than weekly: {count} of {total}.',
    other: 'Pairs that sit apart and talk less than weekly: {count} of {total}.'
  },
  'locations.onlySplit': 'Show only pairs that sit apart and rarely talk',
  'locations.col.pair': 'Units',
  'locations.col.shared': 'Shared work',
  'locations.col.same': 'Same place',
  'locations.col.ties': 'Contacts',
  'locations.col.freq': 'Most often',
  'locations.col.note': 'Note',
  'locations.pair': '{a} and {b}',
  'locations.sharedFunctions': { one: '{count} function', other: '{count} functions' },
  'locations.sharedGroups': { one: '{count} target group', other: '{count} target groups' },
  'locations.sharedFunctionsList': { one: '{count} function: {names}', other: '{count} functions: {names}' },
  'locations.sharedGroupsList': { one: '{count} target group: {names}', other: '{count} target groups: {names}' },
  'locations.same': 'Yes',
  'locations.apart': 'No',
  'locations.unknown': 'Unknown',
  'locations.never': 'Never',
  'locations.splitFlag': 'Apart, little contact',

  'map.groupLocation': 'Group by place',
  'map.colorBy.location': 'Place',
  'map.legend.noLocation': 'Place not given',
  'map.locationNote': 'People are gathered by where they sit. Colour shows the place.',

  // The Funn view names each finding's rule (the other rules' names are in findings.en.js).
  'findings.rule.thin-resources': 'Thin resources',
  'findings.rule.fragmented-function': 'Fragmented function',
  'findings.rule.split-location': 'Apart'
};
