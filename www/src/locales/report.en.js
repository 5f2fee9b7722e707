// Report (the printed knowledge base): every text of the report view: the steering group's first page, the
// responsibility map, units and partners, resources and places, method and response, page numbers.
export default {
  'report.title': 'Knowledge base',
  'report.kicker': 'Housing-social work',
  'report.heading': 'Knowledge base: {name}',
  'report.subtitleNumber': '{name} · Municipality number {number}',
  'report.intro': 'The report is made for printing on A4. Choose “Save as PDF” in the print window to get a PDF.',
  'report.print': 'Print',
  'report.languageLabel': 'Language of the report',
  'report.languageHint':
    "The project's written standard is {language}, so the report is written in it. You can choose another language for this printout; the app keeps your own language.",
  'report.languageHintNone':
    'The project has no written standard yet, so the report follows your language. Choose one under Overview.',
  'report.date': 'Date: {date}',
  'report.wave': 'Survey round: {wave}',
  'report.madeWith': 'Made with Bosam. All data was processed on this computer.',
  'report.summaryText': {
    one: 'The analysis gave {count} critical finding, {warning} worth checking and {info} for information.',
    other: 'The analysis gave {count} critical findings, {warning} worth checking and {info} for information.'
  },
  'report.keyFigures': 'Key figures',
  'report.answered': '{responded} of {asked} answered',
  'report.network': 'The network',
  'report.figureTitle': 'The collaboration network – {wave}',
  'report.figureCaption':
    'Each shape is a person, coloured by unit; external partners are squares. Lines are reported contacts, thicker the more often.',
  'report.measures': 'Key people in the network',
  'report.measuresText':
    'The people with the highest “{measure}”: the others go through them to reach each other, and they link people who otherwise have no contact. A strength, but also a vulnerability.',
  'report.measuresCaption': 'The ten with the highest “{measure}”',
  'report.person': 'Person',
  'report.unit': 'Unit',
  'report.findings': 'Findings',
  'report.strengths': 'Strengths',
  'report.weaknesses': 'Weaknesses',
  'report.none': 'None recorded.',
  'report.phasesTitle': 'Status of the phases',
  'report.phase': 'Phase',
  'report.status': 'Status',
  'report.requiredDone': 'Required items',
  'report.methodShows':
    'The network analysis shows who reports exchanging information with whom about housing-social work, and how often. It shows patterns: who links others, which units have little contact, and where the work rests on few people.',
  'report.privacy':
    'All information was stored and analysed in the browser on this computer. Nothing was sent to any server. Share the report only with those who need it, since it may contain names.',
  'report.resources': 'Resources and division of labour',
  'report.resourcesText':
    'FTE by function, from the tasks in the responsibility map. Figures with ≈ are partly estimated.',
  'report.locations': 'Location',
  'report.locationsText': 'Where the units sit, and units that share work but sit apart and talk less than weekly.',
  'report.placesCaption': 'Places with units and people',
  'report.place': 'Place',
  'report.splitCaption': 'Units that share work but sit apart and rarely talk',
  'report.noSplit': 'No pairs of units that share work sit apart with little contact.',

  'report.pageNumber': 'Page {page} of {pages}',

  'report.keyPoints': 'Key points for the steering group',
  'report.keyPointsIntro':
    'The most important results of the mapping. The rest of the report is the basis for these points.',
  'report.responseLine': 'Response rate {rate} ({responded} of {asked})',
  'report.responseUnknown': 'No one is registered as asked in the survey round yet, so the response rate is not known.',
  'report.noRound': 'The project has no survey round yet, so there are no answers to show.',
  'report.topFindings': 'The most important findings',
  'report.topFindingsNone': 'The analysis found nothing critical and nothing to check.',
  'report.topFindingsMore': 'Every finding is in the chapter “Findings”, with its explanation and suggestion.',
  'report.noneAccepted': 'None accepted yet.',
  'report.draftsWaiting': {
    one: 'None accepted yet. Bosam has {count} draft waiting to be assessed under “Findings”.',
    other: 'None accepted yet. Bosam has {count} drafts waiting to be assessed under “Findings”.'
  },

  'report.responsibility': 'Responsibility map',
  'report.responsibilityIntro':
    "Who is responsible for, performs or contributes to each housing-social function, unit by unit, as the working group registered it. ◆ means decision authority. FTE is each line's time on the function; when several in the unit take part, the unit's total stands on a line of its own, “Total for …”.",
  'report.responsibilityCaption': 'Responsibility map: functions and units',
  'report.col.unit': 'Unit',
  'report.col.role': 'Role',
  'report.col.who': 'Who',
  'report.col.authority': 'Decision authority',
  'report.col.groups': 'Target groups',
  'report.col.fte': 'FTE',
  'report.col.place': 'Place',
  'report.col.people': 'People',
  'report.col.asked': 'Asked',
  'report.col.responded': 'Answered',
  'report.col.rate': 'Response rate',
  'report.authorityYes': '◆ Yes',
  'report.authorityNo': 'No',
  'report.unitTotal': 'Total for {unit}',
  'report.wholeUnit': 'The unit as a whole',
  'report.partnerMark': 'external partner',
  'report.fnTotal': '{fte} FTE in total',
  'report.fnUnknown': {
    one: '{count} task has no FTE',
    other: '{count} tasks have no FTE'
  },
  'report.cellAllUnknown': 'unknown',
  'report.cellUnknown': { one: '+ {count} unknown', other: '+ {count} unknown' },
  'report.uncovered': '⚠ No one is responsible for or performs this essential function.',
  'report.mapEmpty':
    'The responsibility map is not filled in yet: no function is registered with any unit. It is filled in under “{view}”.',
  'report.unassigned': {
    one: 'No one is registered with this function yet: {names}.',
    other: 'No one is registered with these {count} functions yet: {names}.'
  },
  'report.noFunctions': 'The project has no functions yet.',
  'report.uncoveredSummary': {
    one: '{count} essential function has no one who is responsible for it or performs it: {names}.',
    other: '{count} essential functions have no one who is responsible for them or performs them: {names}.'
  },
  'report.partnerFte': "External partners' time is not counted in the municipality's FTE (shown as –).",
  'report.fteNoAnalysis': 'FTE are shown when the analysis of a survey round is ready.',

  'report.units': 'Units and external partners',
  'report.unitsIntro':
    "The municipality's units in the mapping, and the partners outside the municipality with what is registered about working with them.",
  'report.internalCaption': 'Units in the municipality',
  'report.placeNone': 'Not registered',
  'report.noUnits': 'No units are registered.',
  'report.partnersTitle': 'External partners',
  'report.partnersNone': 'No external partners are registered.',
  'report.partnerPeople': { one: '{count} person registered', other: '{count} people registered' },
  'report.surveyContact': 'Contact in the survey',
  'report.contactYes': {
    one: 'Yes: {count} contact between the partner and {units}.',
    other: 'Yes: {count} contacts between the partner and {units}.'
  },
  'report.contactUnit': '{unit} ({count})',
  'report.contactNo': 'No: no contact between the partner and anyone in the municipality.',
  'report.contactNoPeople': 'No people are registered at the partner, so the survey cannot show contact.',
  'report.contactNoAnalysis': 'Shown when the analysis of a survey round is ready.',

  'report.methodTitle': 'Method and response',
  'report.roundLine': 'The survey round “{wave}”, {date}.',
  'report.roundLineNoDate': 'The survey round “{wave}”.',
  'report.howAsked':
    'Everyone asked named whom they exchange information with about housing-social work, how often and about what. A contact is what one person named; a contact both named counts once.',
  'report.askedLine': {
    one: '{count} person was asked and {responded} answered: a response rate of {rate}.',
    other: '{count} people were asked and {responded} answered: a response rate of {rate}.'
  },
  'report.unitResponseCaption': 'Response by unit',
  'report.nobodyAsked': 'No one asked',
  'report.measuresMean': 'What the figures mean',
  'report.caveats': 'Caveats',
  'report.caveatNonResponse':
    'Contacts that only those who did not answer would have named are missing. People who did not answer may therefore look more isolated than they are, and findings about them are uncertain.',
  'report.caveatSelfReport':
    "The answers are each person's own view. Two people can see the same contact differently, and a contact one of them named is not always named by the other.",
  'report.caveatMap':
    "The responsibility map shows what the working group registered. FTE not given are estimated from the person's position, or missing.",
  'report.caveatNotShown':
    'The network analysis does not show the quality of the collaboration, contact no one reported, or whether a person does a good job. Small networks give uncertain numbers. The findings are starting points for discussion, not answers.',
  'report.privacyTitle': 'Privacy',

  'report.networkNoRound': 'The network is shown when the project has a survey round.',
  'report.resourcesNone': 'No function is assigned to anyone yet, so there is no FTE to show.',
  'report.placesNone': 'No places are registered for the units or the people.',
  'report.figureKey': 'Key',
  'report.infoFindings': 'For information',
  'report.infoFindingsIntro': 'Findings worth knowing that need no action now, in short:'
};
