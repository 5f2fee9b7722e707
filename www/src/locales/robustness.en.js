// Analyse › "When some have not answered" and the same short section in the report (see robustness.nb.js).
export default {
  'robust.title': 'When some have not answered',
  'robust.intro': {
    one: "{count} person who was asked has not answered. Bosam has therefore computed the network once more, counting the contacts others reported with this person as the person's own answers too.",
    other:
      "{count} people who were asked have not answered. Bosam has therefore computed the network once more, counting the contacts others reported with one of them as that person's own answers too."
  },
  'robust.filled': {
    one: 'This filled in {count} contact. It is the usual way to fill in missing answers in network research.',
    other: 'This filled in {count} contacts. It is the usual way to fill in missing answers in network research.'
  },
  'robust.either':
    'Some figures do not change, for example {a} and {b}. They count a contact whichever of the two reported it, so the contact was already there. They can change only when “{option}” is chosen.',
  'robust.networkCaption': 'Figures for the whole network that change',
  'robust.noNetworkChange': 'No figure for the whole network changes.',
  'robust.col.measure': 'Measure',
  'robust.col.observed': 'With the answers received',
  'robust.col.reconstructed': 'With the contacts filled in',
  'robust.peopleCaption': 'Figures for each person that change, most changed first',
  'robust.peopleIntro':
    'The rank correlation shows whether the order of people holds: 1 means the same order, and the lower it is, the more people change places.',
  'robust.peoplePlain': 'The measures shown only with “{option}” in the table of people are left out here.',
  'robust.col.changed': 'People who change',
  'robust.col.rank': 'Rank correlation',
  'robust.col.largest': 'Largest change',
  'robust.person': '{name}: {observed} → {reconstructed}',
  'robust.noPeopleChange': 'No figure for individual people changes.',
  'robust.peopleShort': 'Most changed for individual people: {list}.',
  'robust.peopleItem': { one: '{measure} ({count} person)', other: '{measure} ({count} people)' },
  'robust.findingTitle': '“{title}”',
  'robust.findingsNot': {
    one: '{count} finding does not hold when the contacts are filled in: {titles}. The finding says so itself.',
    other: '{count} findings do not hold when the contacts are filled in: {titles}. The findings say so themselves.'
  },
  'robust.findingsHold': 'The findings about individual people hold when the contacts are filled in too.'
};
