// English: the places in the network and collaborative overload (roles.nb.js says where they are shown).
export default {
  'roles.title': 'Place in the network',
  'roles.intro':
    'Four places in the network that network analysis in organisations often looks for (Cross and Parker). They are a starting point for talking about how information and work flow, not a judgement of anyone. A person can have several of them, or none.',
  'roles.central-connector.name': 'Central connector',
  'roles.central-connector.explain': {
    one: 'Among the {share} with the most contacts, with at least {count} contact. Many turn to them, and much information gathers there.',
    other:
      'Among the {share} with the most contacts, with at least {count} contacts. Many turn to them, and much information gathers there.'
  },
  'roles.boundary-spanner.name': 'Boundary spanner',
  'roles.boundary-spanner.explain': {
    one: 'Has contacts in at least {count} other unit, and more contacts outside their own unit than inside it. Links the unit with the rest.',
    other:
      'Has contacts in at least {count} other units, and more contacts outside their own unit than inside it. Links the unit with the rest.'
  },
  'roles.information-broker.name': 'Information broker',
  'roles.information-broker.explain': {
    one: 'Among the {share} most often on the way between two others, and stands at least once between people of different units. Information between the units often goes through them.',
    other:
      'Among the {share} most often on the way between two others, and stands at least {count} times between people of different units. Information between the units often goes through them.'
  },
  'roles.peripheral.name': 'On the periphery',
  'roles.peripheral.explain': {
    zero: 'Has answered, but has no contacts. May be new, part-time or a specialist, or outside the flow of information.',
    one: 'Has answered, but has at most {count} contact. May be new, part-time or a specialist, or outside the flow of information.',
    other:
      'Has answered, but has at most {count} contacts. May be new, part-time or a specialist, or outside the flow of information.'
  },
  'roles.central-connector.person': {
    one: 'has {count} contact, among the {share} with the most.',
    other: 'has {count} contacts, among the {share} with the most.'
  },
  'roles.boundary-spanner.person': {
    one: 'has contacts in at least {count} other unit, and more outside their own unit than inside it.',
    other: 'has contacts in at least {count} other units, and more outside their own unit than inside it.'
  },
  'roles.information-broker.person':
    'among the {share} most often between two others, also between people of different units.',
  'roles.peripheral.person': {
    zero: 'has answered, but has no contacts.',
    one: 'has answered, but has only {count} contact.',
    other: 'has answered, but has only {count} contacts.'
  },
  'roles.who': { zero: 'No one.', one: '{count} person: {names}.', other: '{count} people: {names}.' },
  'roles.more': { one: '{count} more', other: '{count} more' },
  'roles.caveat':
    'The places shift in small networks and when some have not answered: one contact more or less can move a person in or out.',
  'roles.overload.detail':
    'The 5% named most often, rounded up to whole people (here {count} of {people}), are named in {share} of all contacts reported.',
  'roles.overload.none': 'No contacts have been reported in this round.'
};
