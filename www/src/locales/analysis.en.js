// English texts for the network map and the Analyse view (merged into en.js).
import { CONTACT_WORDS, keyed } from './contact-words.js';

export default {
  'nav.network': 'Network map',
  'nav.analysis': 'Analysis',
  'coreError.analysis-cancelled': 'The analysis was cancelled.',

  'network.title': 'Network map',
  'network.lead': 'Who talks to whom about housing-social work. Select a person to see their contacts.',
  'network.fileName': 'network-map',
  'analysisView.title': 'Analysis',
  'analysisView.lead': 'Key figures, measures for each person and unit, and how the units connect – for “{wave}”.',
  'analysisView.responses': {
    one: '{responded} of {count} person asked answered ({rate}).',
    other: '{responded} of {count} people asked answered ({rate}).'
  },
  'analysisView.toMap': 'See the network map',
  'analysisView.notRun': 'No analysis to show yet.',
  'analysisView.waiting': 'Calculating the analysis …',

  'analysis.optionsLegend': 'What the analysis is based on',
  'analysis.wave': 'Survey round',
  'analysis.minFrequency': 'Include contact',
  'analysis.minFrequency.1': 'All contacts',
  'analysis.minFrequency.2': 'At least monthly',
  'analysis.minFrequency.3': 'At least weekly',
  'analysis.minFrequency.4': 'Daily only',
  'analysis.weighted': 'Weight by how often',
  'analysis.reciprocated': 'Mutual contacts only',
  'analysis.running': 'Analysing …',
  'analysis.cancel': 'Cancel',
  'analysis.cancelled': 'The analysis was cancelled. The figures below may be out of date.',
  'analysis.retry': 'Run the analysis again',
  'analysis.failed': 'The analysis could not be completed.',
  'analysis.noWave':
    'The project has no survey round yet. Add a round and its contacts, and the map will be drawn here.',

  ...keyed('frequency.', CONTACT_WORDS.en.frequencies),
  ...keyed('tieType.', CONTACT_WORDS.en.tieTypes),
  'level.high': 'High',
  'level.middle': 'Medium',
  'level.low': 'Low',
  'level.none': 'None',

  'map.showTitle': 'Display',
  'map.mode': 'What the map shows',
  'map.mode.wave': 'One round',
  'map.mode.compare': 'Compare rounds',
  'map.compareFrom': 'Compare with',
  'map.colorBy': 'Colour by',
  'map.colorBy.unit': 'Unit',
  'map.colorBy.community': 'Informal groups',
  'map.colorBy.external': 'Municipal / external',
  'map.sizeBy': 'Size by',
  'map.sizeNone': 'Same size',
  'map.tieType': 'Kind of contact',
  'map.tieTypeAll': 'All kinds',
  'map.tieTypeNote': 'Affects only what is drawn; the measures use every kind of contact.',
  'map.find': 'Find a person',
  'map.findNone': '(none chosen)',
  'map.findNote':
    'Names with no room on the map show when you choose the person here, click the dot or move to it with the keyboard.',
  'map.ego': 'Show the network of',
  'map.egoNone': 'Everyone',
  'map.egoUnits': 'Units',
  'map.egoActors': 'People',
  'map.egoUnitShown': 'Showing {name} and the direct contacts of its people.',
  'map.egoActorShown': 'Showing {name} and their direct contacts.',
  'map.egoClear': 'Show everyone',
  'map.unitsShown': 'Units shown: {shown} of {total}',
  'map.unitsAll': 'Show all',
  'map.unitsNone': 'Hide all',
  'map.externalShort': 'external',
  'map.unitExternal': '{name} (external)',
  'map.directed': 'Show direction (arrows)',
  'map.labels': 'Show names',
  'map.groupLayout': 'Group by unit',
  'map.titleWave': 'People – {wave}',
  'map.titleCompare': 'Change from “{from}” to “{to}”',
  'map.ariaLabel': '{title}: network map with {people} and {ties}',
  'map.controls': 'Move and zoom the map',
  'map.zoomIn': 'Zoom in',
  'map.zoomOut': 'Zoom out',
  'map.fit': 'Show all',
  'map.panLeft': 'Move the map left',
  'map.panRight': 'Move the map right',
  'map.panUp': 'Move the map up',
  'map.panDown': 'Move the map down',
  'map.resetPositions': 'Reset moved people',
  'map.keyboardHelp':
    'Keyboard: Tab to the map, arrow keys move between people, Enter selects, Esc clears the selection, + and − zoom, 0 shows the whole map, Shift+arrow moves the map. Drag a person to move them.',
  'map.asTable': 'Show as a table',
  'map.fallbackLayout': 'People are placed in groups by unit (simplified placement).',
  'map.noUnit': 'No unit',
  'map.nodeAria': { one: '{name}, {unit}, {count} contact', other: '{name}, {unit}, {count} contacts' },
  'map.sideLabel': 'Selected person and legend',
  'map.exportSvg': 'Download SVG',
  'map.exportPng': 'Download PNG',
  'map.exportFailed': 'The image could not be made in this browser. Try SVG instead.',
  'map.exportSubtitle': '{people} · {ties}',
  'map.exportTitle': '{project} – {title}',
  'map.note.size': 'Size: {measure}.',
  'map.note.arrows': 'Arrows point from the person who reported the contact to the person named.',
  'map.note.minFrequency': 'Shows only contact {level} or more often.',
  'map.note.made': {
    one: 'Made with Bosam · {count} person. Drawn in the browser; no data was sent anywhere.',
    other: 'Made with Bosam · {count} people. Drawn in the browser; no data was sent anywhere.'
  },
  'map.legend.title': 'Legend',
  'map.legend.shapes': 'Shape',
  'map.legend.internal': 'In the municipality',
  'map.legend.external': 'External partner',
  'map.legend.community': 'Group {number}',
  'map.legend.none': 'Not grouped',
  'map.legend.lines': 'Line width: how often',
  'map.legend.changes': 'Changes',
  'map.change.added': { one: 'New contact ({count})', other: 'New contacts ({count})' },
  'map.change.removed': { one: 'Gone ({count})', other: 'Gone ({count})' },
  'map.change.strengthened': { one: 'More frequent ({count})', other: 'More frequent ({count})' },
  'map.change.weakened': { one: 'Less frequent ({count})', other: 'Less frequent ({count})' },
  'map.change.same': { one: 'Unchanged ({count})', other: 'Unchanged ({count})' },

  'units.title': 'Units',
  'units.mapLabel': 'Map of the units: the lines show how many contacts there are between two units',
  'units.nodeAria': {
    one: '{name}: {count} person, {internal}, {external}. Select to show the unit’s network.',
    other: '{name}: {count} people, {internal}, {external}. Select to show the unit’s network.'
  },
  'units.internalTies': { one: '{count} internal contact', other: '{count} internal contacts' },
  'units.externalTies': { one: '{count} contact to other units', other: '{count} contacts to other units' },
  'units.help':
    'Each unit is one shape, placed where its people are on the map. Thick lines: many contacts between two units. Select a unit to see its network.',

  'panel.title': 'Selected person',
  'panel.empty':
    'Select a person on the map (click, or Tab and Enter) to see their unit, role, contacts and what the measures say.',
  'panel.fte': '{fte} FTE (whole position)',
  'panel.noAnswer': '{name} did not answer in this round. The contacts below are only those others reported.',
  'panel.noMeasures': 'Calculating the measures …',
  'panel.contactsValue': { one: '{count} person', other: '{count} people' },
  'panel.contactsDetail': '{in} reported contact with {name}, and {name} reported {out}.',
  'panel.betweenness.detail': 'No. {rank} of {total} in how often {name} lies on the shortest path between two others.',
  'panel.betweenness.none': 'No shortest paths between others go through {name}.',
  'panel.closeness.detail': 'No. {rank} of {total} in how few steps {name} needs to reach the others.',
  'panel.closeness.none': '{name} has no path to the others.',
  'panel.eigenvector.detail': 'No. {rank} of {total}: high when the contacts have many contacts themselves.',
  'panel.eigenvector.none': '{name} is not connected to the largest part of the network.',
  'panel.brokerageValue': { one: 'once', other: '{count} times' },
  'panel.role.coordinator': 'Mostly as coordinator (between two in their own unit).',
  'panel.role.gatekeeper': 'Mostly as gatekeeper (brings outside contact into their own unit).',
  'panel.role.representative': 'Mostly as representative (takes their own unit out to others).',
  'panel.role.itinerant': 'Mostly as consultant (between two in another unit).',
  'panel.role.liaison': 'Mostly as liaison (between two other units).',
  'panel.yes': 'Yes',
  'panel.articulationDetail':
    'If {name} drops out, some people are cut off from the rest of the network. Make sure someone can stand in.',
  'panel.showEgo': 'Show this person’s network',
  'panel.clear': 'Clear selection',
  'panel.contactList': { one: 'One contact', other: '{count} contacts' },
  'panel.noContacts': '{name} has no contacts with the current filters.',
  'panel.direction.both': 'both reported the contact',
  'panel.direction.out': 'only the selected person reported the contact',
  'panel.direction.in': 'only the other person reported the contact',

  'compare.title': 'Change from “{from}” to “{to}”',
  'compare.figures': 'Key figures before and after',
  'compare.measure': 'Measure',
  'compare.change': 'Change',
  'compare.frequencyChange': '{before} → {after}',
  'compare.points': { one: '{value} percentage point', other: '{value} percentage points' },
  'compare.none': 'None.',
  'compare.stability':
    'People in both rounds: {count}. Their contacts: in both rounds {kept}, gone {lost}, new {new}. So {share} of the contacts are in both rounds.',
  'compare.stabilityChance.more':
    'The contacts of the two rounds are more alike than chance: only {count} of {permutations} shuffles of the people gave at least as close a match.',
  'compare.stabilityChance.moreNone':
    'The contacts of the two rounds are more alike than chance: none of {permutations} shuffles of the people gave as close a match.',
  'compare.stabilityChance.not':
    'The contacts of the two rounds are not clearly more alike than chance: {count} of {permutations} shuffles of the people gave at least as close a match.',

  'caveat.title': 'Read the figures with this in mind',
  'caveat.small': {
    one: 'The network has only {count} person. With fewer than {limit} people, one contact more or less can change measures such as “{bridge}” and “{few}” a lot.',
    other:
      'The network has only {count} people. With fewer than {limit} people, one contact more or less can change measures such as “{bridge}” and “{few}” a lot.'
  },
  'caveat.lowResponse':
    'The response rate is {rate} (below {limit}). People who did not answer only have the contacts others reported, so measures built on the answers (“{reported}”, “{mutual}”) come out too low.',
  'caveat.components': {
    one: 'The network is connected.',
    other: 'The network has {count} separate parts. Distances are measured in the largest part ({largest}).'
  },
  'caveat.weighted':
    'Weighted: distances count as 1 divided by the frequency, so daily contact counts as closer than monthly. Distances are then not numbers of steps.',
  'caveat.reciprocated': 'Only contacts that both sides reported are included.',
  'caveat.minFrequency': 'Only contact that is {level} or more often is included.',
  'caveat.flag.small': '(Uncertain in small networks.)',
  'caveat.flag.lowResponse': '(Too low when many did not answer.)',
  'caveat.flag.largestOnly': '(Applies to the largest part.)',

  'figures.title': 'Key figures for the network',
  'figures.explain': 'How to read the key figures',
  'table.name': 'Name',
  'table.unit': 'Unit',
  'table.unitKind': 'Kind',
  'table.yes': 'Yes',
  'table.no': 'No',
  'table.showOnMap': 'Show on the map',
  'table.captionSortedAsc': '{caption}, sorted ascending by {column}',
  'table.captionSortedDesc': '{caption}, sorted descending by {column}',
  'table.explain': 'How to read the measures',
  'table.allMeasures': 'Show all measures',
  'table.actorsTitle': 'People',
  'table.actorsIntro': 'Click a column heading to sort. Click a name to see the person on the map.',
  'table.actorsCaption': { one: 'Measures for {count} person', other: 'Measures for {count} people' },
  'table.unitsTitle': 'Units',
  'table.unitsIntro':
    'How much contact there is within each unit and out to others. A unit with much internal and little external contact may be a silo.',
  'table.unitsCaption': { one: 'Measures for {count} unit', other: 'Measures for {count} units' },

  'matrix.title': 'Contact between the units',
  'matrix.intro':
    'Each cell shows how many contacts there are between people in the unit of the row and the unit of the column. The diagonal is contact within a unit. Darker colour means more contacts.',
  'matrix.note': 'The columns are numbered in the same order as the rows.',

  'communities.title': 'Informal groups and formal units',
  'communities.intro':
    'Bosam finds informal groups – people who are in much contact with each other – from the contacts alone (the Leiden method), and compares them with the units of the organisation chart.',
  'communities.unavailable': 'Grouping is not available in this version of the calculation core.',
  'communities.countDetail': {
    one: 'For comparison: {count} formal unit.',
    other: 'For comparison: {count} formal units.'
  },
  'communities.modularity.high': 'Distinct groups.',
  'communities.modularity.mid': 'Fairly distinct groups.',
  'communities.modularity.low': 'Weak groups: much contact runs across them.',
  'communities.agreement.high': 'The groups follow the units closely.',
  'communities.agreement.mid': 'The groups partly follow the units.',
  'communities.agreement.low': 'The groups cut across the units.',
  'communities.tableCaption': 'Which units each group is made of',
  'communities.group': 'Group',
  'communities.members': 'People',
  'communities.units': 'Units (number of people)',

  'bridges.title': 'Vulnerable points',
  'bridges.intro':
    'People and single contacts that hold the network together: if they drop out, some people are cut off from the rest.',
  'bridges.people': { one: 'One person is a linchpin', other: '{count} people are linchpins' },
  'bridges.noPeople': 'No single person holds the network together alone.',
  'bridges.ties': { one: 'One contact is the only link', other: '{count} contacts are the only link' },
  'bridges.noTies': 'No single contact is the only link.',

  'chance.title': 'Stronger than chance?',
  'chance.intro':
    'A pattern can arise by itself. Bosam shuffles the people at random {permutations} times and counts how often the pattern comes out at least as strong. If that happens in fewer than {level} of the shuffles, the pattern counts as stronger than chance.',
  'chance.sharedWork.more':
    'People who share work are in contact more often than chance: only {count} of {permutations} shuffles gave an association at least as strong.',
  'chance.sharedWork.moreNone':
    'People who share work are in contact more often than chance: none of {permutations} shuffles gave an association as strong.',
  'chance.sharedWork.not':
    'People who share work are not clearly in contact more often than chance: {count} of {permutations} shuffles gave an association at least as strong.',
  'chance.sharedWork.untested': 'The association has not been compared with random shuffles.',
  'chance.sharedWork.none':
    'Cannot be measured here: it needs some contact, and people who share work in the responsibility map.',
  'chance.units.value': '{count} of {tested}',
  'chance.units.closed': {
    one: 'One unit has more internal contact than chance: {units}.',
    other: '{count} units have more internal contact than chance: {units}.'
  },
  'chance.units.more': '{count} more',
  'chance.units.noneClosed': 'No unit has more internal contact than chance.',
  'chance.units.untested': 'The units have not been compared with random placements.'
};
