// English: the measures' names (the same keys and placeholders as measures.nb.js, which describes them).
export default {
  'measure.label': '{plain} ({technical})',
  'measure.technicalNote': '({technical})',
  'measure.caveatLine': 'Note: {caveat}',

  'measure.degree.plain': 'Contacts',
  'measure.degree.short': 'Contacts',
  'measure.degree.technical': 'degree',
  'measure.degree.explain':
    'How many people they are in contact with, whichever of the two reported it. High: in touch with many and hears a lot. Low: works more on their own.',
  'measure.degree.caveat':
    'People who did not answer only have the contacts others reported, and can look less central than they are.',

  'measure.inDegree.plain': 'Named by others',
  'measure.inDegree.short': 'Named by others',
  'measure.inDegree.technical': 'in-degree',
  'measure.inDegree.explain':
    'How many people said they are in contact with this person. High: many turn to them, often for advice. Low: few name them as a contact.',
  'measure.inDegree.caveat':
    'Lower for everyone when many did not answer, since only those who answered can name anyone.',

  'measure.outDegree.plain': 'Contacts reported',
  'measure.outDegree.short': 'Reports',
  'measure.outDegree.technical': 'out-degree',
  'measure.outDegree.explain':
    'How many people this person reported contact with. High: sees themselves in touch with many. Low: reported few, or did not answer.',
  'measure.outDegree.caveat': 'Zero for everyone who did not answer, so it only tells about those who did.',

  'measure.strength.plain': 'Total contact frequency',
  'measure.strength.short': 'Frequency',
  'measure.strength.technical': 'strength',
  'measure.strength.explain':
    'The sum of how often they are in touch with each contact (1 = less than monthly, 4 = daily). High: many and frequent contacts. Low: few or rare contacts.',
  'measure.strength.caveat':
    'How often is what people reported themselves; two people can judge the same contact differently.',

  'measure.betweenness.plain': 'Bridge between others',
  'measure.betweenness.short': 'Bridge between others',
  'measure.betweenness.technical': 'betweenness',
  'measure.betweenness.explain':
    'How often the person lies on the shortest path between two others: who the others go through to reach each other. High: an important bridge, but also a possible bottleneck and a weak point if they leave. Low: the others reach each other without going through them.',
  'measure.betweenness.caveat':
    'Swings a lot in small networks (under {limit} people) and when some did not answer: one contact more or less can move a person from the top to the bottom.',

  'measure.closeness.plain': 'Reaches everyone',
  'measure.closeness.short': 'Reaches everyone',
  'measure.closeness.technical': 'closeness',
  'measure.closeness.explain':
    'How few steps the person needs to reach everyone else in their part of the network. High: what they know reaches everyone quickly. Low: what they know passes through many before it arrives.',
  'measure.closeness.caveat':
    'People in small, cut-off parts get a low value. Distances look longer than they are when some did not answer.',

  'measure.harmonic.plain': 'Reach',
  'measure.harmonic.short': 'Reach',
  'measure.harmonic.technical': 'harmonic centrality',
  'measure.harmonic.explain':
    'Like “Reaches everyone”, but counted so that it also works when the network has separate parts: the sum of 1 divided by the distance to each of the others. High: reaches many in few steps. Low: reaches few, or only by long detours.',
  'measure.harmonic.caveat': 'Distances look longer than they are when some did not answer.',

  'measure.eigenvector.plain': 'Connected to central people',
  'measure.eigenvector.short': 'Central contacts',
  'measure.eigenvector.technical': 'eigenvector',
  'measure.eigenvector.explain':
    'High when the person is in contact with others who themselves have many contacts: close to where much happens. Low: their contacts are not central themselves, or the person is on the edge.',
  'measure.eigenvector.caveat':
    'Gathers in the largest part of the network; people in other parts get almost 0. Swings in small networks (under {limit} people).',

  'measure.pagerank.plain': 'Named by the much-named',
  'measure.pagerank.short': 'Named by the named',
  'measure.pagerank.technical': 'PageRank',
  'measure.pagerank.explain':
    'High when the person is named by others who are themselves named a lot: someone the central people turn to. Low: few, or rarely named, people name them. Follows direction: who reported whom.',
  'measure.pagerank.caveat':
    'Built only on the answers that came in; people who did not answer name no one, and that shifts the figures.',

  'measure.constraint.plain': 'Tied to one circle',
  'measure.constraint.short': 'One circle',
  'measure.constraint.technical': 'constraint',
  'measure.constraint.explain':
    'High when the person has few contacts who know each other well: they get little that is new from outside and depend on one group. Low: they link circles that would otherwise not meet (Burt).',
  'measure.constraint.caveat':
    'Built on contact between the contacts, so missing answers make the circle look more open than it is. Says little about people with one or two contacts.',

  'measure.effectiveSize.plain': 'Different circles',
  'measure.effectiveSize.short': 'Circles',
  'measure.effectiveSize.technical': 'effective size',
  'measure.effectiveSize.explain':
    'The number of contacts less their overlap: how many different circles the person reaches (Burt). High: their contacts open many different circles. Low: their contacts know each other and bring little that is new.',
  'measure.effectiveSize.caveat': 'Built on contact between the contacts, so missing answers make it too high.',

  'measure.brokerage.plain': 'Brokering between units',
  'measure.brokerage.short': 'Brokering',
  'measure.brokerage.technical': 'brokerage',
  'measure.brokerage.explain':
    'How many times the person stands between two others who are not in contact with each other, so that information passes from one through them to the other; the role depends on which units the three belong to (Gould and Fernandez). High: passes a lot between units. Low: rarely stands between others.',
  'measure.brokerage.caveat':
    'Follows who reported whom, so it is too low when some did not answer, and it depends on how the units are drawn.',

  'measure.articulationPoint.plain': 'Linchpin',
  'measure.articulationPoint.short': 'Linchpin',
  'measure.articulationPoint.technical': 'articulation point',
  'measure.articulationPoint.explain':
    'Yes if someone is cut off from the rest of the network should this person drop out. Contact then rests on one person: make sure there is a stand-in.',
  'measure.articulationPoint.caveat':
    'A contact that was not reported can make someone a linchpin on paper; check with those concerned.',

  'measure.clustering.plain': 'Close-knit circle',
  'measure.clustering.short': 'Close-knit',
  'measure.clustering.technical': 'clustering',
  'measure.clustering.explain':
    'The share of the person’s contacts who are also in contact with each other. High: they are in a tight group where everyone knows everyone. Low: their contacts do not know each other, and they may be a bridge between them.',
  'measure.clustering.caveat': 'Jumps between 0 % and 100 % for people with few contacts.',

  'measure.coreNumber.plain': 'Core level',
  'measure.coreNumber.short': 'Core',
  'measure.coreNumber.technical': 'k-core',
  'measure.coreNumber.explain':
    'The person belongs to a group in which everyone has at least this many contacts inside the group. High: part of the network’s tight core. Low: on the edge.',
  'measure.coreNumber.caveat': 'Missing answers can pull whole groups down a level.',

  'measure.nodes.plain': 'People',
  'measure.nodes.explain': 'People included in the mapping, also those with no contacts.',

  'measure.edges.plain': 'Contacts in all',
  'measure.edges.explain': 'Pairs of people in contact. Contact both ways counts once.',
  'measure.ties.plain': 'Contacts reported in all',
  'measure.ties.explain':
    'Contacts as people reported them. When both in a pair reported each other, the contact counts twice.',

  'measure.density.plain': 'Share of possible contacts',
  'measure.density.technical': 'density',
  'measure.density.explain':
    'The share of all possible contacts that actually exist, each direction counted on its own: A naming B and B naming A count as two. So it is not “Contacts in all” divided by the number of pairs. High: many are in touch with many. Low: contact runs through fewer channels. Naturally lower the more people take part.',
  'measure.density.caveat':
    'Can only be compared between networks of about the same size, and is too low when many did not answer.',

  'measure.reciprocity.plain': 'Two-way contacts',
  'measure.reciprocity.technical': 'reciprocity',
  'measure.reciprocity.explain':
    'The share of reported contacts that the other person reported too. High: the two agree that they are in touch. Low: much of the contact is seen from one side only.',
  'measure.reciprocity.caveat':
    'Too low when many did not answer: someone who did not answer cannot confirm any contact.',

  'measure.transitivity.plain': 'Close-knit circles overall',
  'measure.transitivity.technical': 'transitivity',
  'measure.transitivity.explain':
    'How often two of someone’s contacts are also in contact with each other, across the whole network. High: the network is made of tight groups where everyone knows everyone. Low: contact runs more in chains and stars.',
  'measure.transitivity.caveat': 'Too low when many did not answer.',

  'measure.averageClustering.plain': 'Close-knit circle on average',
  'measure.averageClustering.technical': 'average clustering',
  'measure.averageClustering.explain':
    'The average of “Close-knit circle” over everyone. High: most people are in tight groups. Low: few are.',
  'measure.averageClustering.caveat': 'People with fewer than two contacts count as 0 and pull the average down.',

  'measure.components.plain': 'Separate parts',
  'measure.components.technical': 'components',
  'measure.components.explain':
    'How many parts the network falls into, where no one in one part has any path to anyone in another. 1: everyone can reach everyone through others. More: some stand entirely outside the collaboration.',
  'measure.components.caveat':
    'A person without contacts is a part of their own; often these are people who did not answer and whom no one named.',

  'measure.largestComponent.plain': 'Largest connected part',
  'measure.largestComponent.technical': 'largest component',
  'measure.largestComponent.explain':
    'The number of people in the largest part where everyone can reach everyone through others. Close to the total: nearly everyone is connected.',

  'measure.diameter.plain': 'Longest distance',
  'measure.diameter.technical': 'diameter',
  'measure.diameter.explain':
    'The largest number of steps between two people in the largest part. High: some are far apart, and information must pass through many. Low: everyone is a few steps from everyone.',
  'measure.diameter.caveat': 'Applies to the largest part only, and is too high when some did not answer.',

  'measure.averagePathLength.plain': 'Average distance',
  'measure.averagePathLength.technical': 'average path length',
  'measure.averagePathLength.explain':
    'The average number of steps between two people in the largest part. Low (around 2): most reach each other through one person in between. High: information must pass through many.',
  'measure.averagePathLength.caveat': 'Applies to the largest part only, and is too high when some did not answer.',

  'measure.degreeCentralization.plain': 'Contacts gathered on a few',
  'measure.degreeCentralization.technical': 'degree centralisation',
  'measure.degreeCentralization.explain':
    'How much the contacts gather on a few people: 0 % is evenly spread, 100 % is everyone in contact with one person only. High: a few are hubs. Low: contact is spread over many.',
  'measure.degreeCentralization.caveat':
    'Swings a lot in small networks (under {limit} people) and when some did not answer.',

  'measure.betweennessCentralization.plain': 'Reliance on a few bridges',
  'measure.betweennessCentralization.technical': 'betweenness centralisation',
  'measure.betweennessCentralization.explain':
    'How much the paths between people run through a few of them. High: the network relies on a few bridges and is vulnerable when they are away. Low: there are many paths.',
  'measure.betweennessCentralization.caveat':
    'Swings a lot in small networks (under {limit} people) and when some did not answer.',

  'measure.eiIndex.plain': 'Contact across units',
  'measure.eiIndex.technical': 'E-I index',
  'measure.eiIndex.explain':
    'Contact out of one’s own unit minus contact inside it, divided by all contact: from −1 (contact inside units only) to +1 (contact across units only). Around 0: balanced. Near −1: the units mostly work on their own.',
  'measure.eiIndex.caveat':
    'Depends on how the units are drawn; small units naturally have most of their contact outside.',

  'measure.responseRate.plain': 'Response rate',
  'measure.responseRate.explain':
    'The share of those asked who answered. The lower it is, the less certain the other figures.',

  'measure.isolates.plain': 'People without contact',
  'measure.isolates.technical': 'isolates',
  'measure.isolates.explain':
    'People whom no one named and who named no one. Many: several stand outside the collaboration.',
  'measure.isolates.caveat': 'Often people who did not answer; check the answers before drawing conclusions.',

  'measure.unit.members.plain': 'People',
  'measure.unit.members.explain': 'People in the unit.',
  'measure.unit.internalTies.plain': 'Internal contacts',
  'measure.unit.internalTies.explain': 'Contacts between people in the same unit.',
  'measure.unit.externalTies.plain': 'Contacts out',
  'measure.unit.externalTies.explain': 'Contacts between the unit’s people and people in other units.',
  'measure.unit.internalDensity.plain': 'Density within the unit',
  'measure.unit.internalDensity.technical': 'internal density',
  'measure.unit.internalDensity.explain':
    'The share of possible contacts within the unit that exist. High: everyone in the unit is in touch with everyone. Low: the unit hangs loosely together.',
  'measure.unit.internalDensity.caveat': 'Uncertain for small units: with three people each contact is a third.',
  'measure.unit.eiIndex.short': 'Across units',
  'measure.unit.eiIndex.explain':
    'For the unit: from −1 (all its contact is inside the unit, a possible silo) to +1 (all its contact goes to other units).',
  'measure.unit.eiIndex.caveat': 'Uncertain for small units and when many in the unit did not answer.',
  'measure.unit.responseRate.explain': 'Of the unit’s people who got the survey form: the share who answered.',

  'measure.communities.plain': 'Informal groups',
  'measure.communities.technical': 'communities, Leiden method',
  'measure.communities.explain':
    'Groups of people in much contact with each other, found from the contacts alone, without looking at the units. Many groups: the collaboration splits into several circles. Few: most hang closely together.',
  'measure.communities.caveat':
    'Unstable in small networks (under {limit} people): one contact more or less can give other groups. Read them as a suggestion, not as the truth.',

  'measure.modularity.plain': 'How distinct the groups are',
  'measure.modularity.technical': 'modularity',
  'measure.modularity.explain':
    'How much more contact there is inside the informal groups than there would be by chance. Above 0.4: distinct groups. Below 0.3: weak groups, much contact runs across them.',
  'measure.modularity.caveat':
    'Unstable in small networks (under {limit} people): the figure and the groups can change a lot with one contact.',

  'measure.nmi.plain': 'Match with the units',
  'measure.nmi.technical': 'NMI',
  'measure.nmi.explain':
    'Compares the informal groups with the formal units: 0 = the groups have nothing to do with the units, 1 = they are the same. High: people work mostly within their own unit. Low: the collaboration runs across units.',
  'measure.nmi.caveat': 'As uncertain as the groups themselves: in small networks the figure can change a lot.',

  'measure.ari.plain': 'Match with the units, corrected for chance',
  'measure.ari.technical': 'ARI',
  'measure.ari.explain':
    'The same comparison, corrected so that 0 is what chance would give and 1 is that the groups and the units are the same. Can be negative.',
  'measure.ari.caveat': 'As uncertain as the groups themselves: in small networks the figure can change a lot.',

  'measure.overload.plain': 'Share held by the most named',
  'measure.overload.technical': 'collaborative overload',
  'measure.overload.explain':
    'How large a share of all contacts reported goes to the 5% named most often. If several are named equally often at the cut-off, the share is the same whichever of them is counted. Spread evenly, the share of contacts would be about the share of people, around 5%. High: a few receive many requests and can become overloaded (Cross, Rebele and Grant found that 3–5% of employees account for 20–35% of collaboration in most organisations). Low: contact is spread over many.',
  'measure.overload.caveat':
    'Rests on whom others name: those who have not answered name no one. In small networks (under {limit} people), 5% is only one or two people.',

  'measure.sharedWork.plain': 'Shared work and contact',
  'measure.sharedWork.technical': 'QAP correlation',
  'measure.sharedWork.explain':
    'Whether people who share work in the responsibility map are also in contact: the association, over all pairs of people, between how many functions the two share and whether they are in contact, from −1 to +1. Above 0: people who share work are in contact more often. Around 0: no association. Below 0: people who share work are in contact less often.',
  'measure.sharedWork.caveat':
    'Work that is not registered and contacts that were not reported weaken the association. In large networks the figure is often small even when the association is clear; see the comparison with random shuffles.',
  'measure.unit.moreClosedThanChance.plain': 'More internal contact than chance',
  'measure.unit.moreClosedThanChance.short': 'More internal than chance',
  'measure.unit.moreClosedThanChance.technical': 'permutation test',
  'measure.unit.moreClosedThanChance.explain':
    'Yes when the unit has more contact inside, compared with its contact outside, than the same people would have if placed at random in units of the same sizes: fewer than 5 in 100 random placements gave as much. No: as much internal contact often arises by itself.',
  'measure.unit.moreClosedThanChance.caveat':
    'Uncertain when the unit has few contacts. A unit can have more internal contact than chance and still much contact outside.'
};
