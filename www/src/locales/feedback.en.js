// English texts for the feedback to the people who answered (merged into en.js).
export default {
  // The tab
  'feedback.tab': 'Feedback',
  'feedback.title': 'Feedback to the people who answered',
  'feedback.intro':
    'Give something back to the people who answered: one sheet per person with the contacts and tasks they reported themselves, their unit’s pattern of contact as a whole and the main findings for the whole municipality. A sheet never shows what others answered.',
  'feedback.roundNote': 'The sheets are for the round chosen at the top: “{wave}”.',
  'feedback.languageLabel': 'Language of the sheets',
  'feedback.languageHint':
    'The sheets are written in the project’s written standard ({language}). You may choose another for this printout.',
  'feedback.languageHintNone':
    'The project has no written standard chosen. You may choose the language of the sheets here.',
  'feedback.loading': 'Making the sheets …',
  'feedback.failed': 'The sheets could not be made.',
  'feedback.nobody': 'Nobody has answered in this round yet. Once the answers are read in, you can make feedback here.',
  'feedback.printAll': { one: 'Print the sheet', other: 'Print all {count} sheets' },
  'feedback.downloadAll': { one: 'Download the sheet as a file', other: 'Download all {count} sheets as files (zip)' },
  'feedback.filesNote':
    'As a file, each person gets a small web page (HTML) with their own sheet and no scripts, which can be sent by e-mail and opened in any browser. Send each file only to the person it is for.',
  'feedback.listCaption': 'The people who answered in the round “{wave}”',
  'feedback.colPerson': 'Person',
  'feedback.colUnit': 'Unit',
  'feedback.colContacts': 'Contacts reported',
  'feedback.show': 'Show',
  'feedback.showNamed': 'Show the sheet for {name}',
  'feedback.print': 'Print',
  'feedback.printNamed': 'Print the sheet for {name}',
  'feedback.download': 'Download',
  'feedback.downloadNamed': 'Download the sheet for {name}',
  'feedback.previewTitle': 'The sheet for {name}',
  'feedback.saved': {
    one: '“{file}” has been downloaded.',
    other: '“{file}” with {count} sheets has been downloaded.'
  },
  'feedback.saveFailed': 'The file was not made: {message}',

  // The sheet
  'feedback.sheetTitle': 'Feedback for {name}',
  'feedback.sheetRound': '{municipality} · the survey round “{wave}”',
  'feedback.sheetRoundOnly': 'The survey round “{wave}”',
  'feedback.sheetIntro':
    'Thank you for answering! Here you see what you reported yourself, what contact looks like for your unit, and what the mapping showed for the whole municipality.',
  'feedback.ownTitle': 'What you reported',
  'feedback.contactsCaption': { one: 'You reported {count} contact', other: 'You reported {count} contacts' },
  'feedback.noContacts': 'You reported no contacts in this round.',
  'feedback.colHowOften': 'How often',
  'feedback.colKinds': 'Kind of contact',
  'feedback.ownOnly':
    'Only what you answered yourself is here. What others reported about contact with you is left out.',
  'feedback.tasksCaption': { one: 'You reported {count} task', other: 'You reported {count} tasks' },
  'feedback.noTasks': 'You reported no tasks in this round.',
  'feedback.colFunction': 'Function',
  'feedback.colRole': 'Role',
  'feedback.colGroups': 'Target groups',
  'feedback.allGroups': 'All',
  'feedback.unitTitle': 'Your unit: {unit}',
  'feedback.unitHidden': {
    one: 'Your unit has fewer than {count} person, so no figures are shown for it. In a unit that small, someone could easily tell what each person answered.',
    other:
      'Your unit has fewer than {count} people, so no figures are shown for it. In a unit that small, someone could easily tell what each person answered.'
  },
  'feedback.unitResponse': 'In the unit, {responded} of the {asked} asked answered ({rate}).',
  'feedback.unitNoneAsked': 'Nobody in the unit is listed as asked in this round.',
  'feedback.splitCaption': 'Where the contacts go',
  'feedback.colWhere': 'Contact',
  'feedback.colCount': 'Number',
  'feedback.colShare': 'Share',
  'feedback.rowInside': 'Within the same unit',
  'feedback.rowOtherUnits': 'With other units of the municipality',
  'feedback.rowPartners': 'With external partners',
  'feedback.rowTotal': 'In all',
  'feedback.topCaption': 'The units you are most in contact with',
  'feedback.noTop': 'The unit has no contact with other units in this round.',
  'feedback.pooledUnits': {
    one: 'One small unit of the municipality',
    other: '{count} small units of the municipality together'
  },
  'feedback.pooledPartners': { one: 'One small external partner', other: '{count} small external partners together' },
  'feedback.pooledNote': {
    one: 'Units with fewer than {count} person are put together, so that none of them can be recognised.',
    other: 'Units with fewer than {count} people are put together, so that none of them can be recognised.'
  },
  'feedback.countedOnce':
    'A contact is two people of whom at least one reported that they are in contact. Each pair is counted once.',
  'feedback.orgTitle': 'The whole municipality',
  'feedback.orgResponse': 'In the whole municipality, {responded} of the {asked} asked answered ({rate}).',
  'feedback.orgSplit': {
    zero: 'Nobody reported any contacts in this round.',
    one: 'One contact was reported in the round.',
    other:
      'Of the {count} contacts in the round, {inside} are within units, {otherUnits} between units of the municipality and {partners} with external partners.'
  },
  'feedback.findingsTitle': 'Main findings',
  'feedback.noFindings': 'The mapping showed no findings about the network as a whole that need following up.',
  'feedback.findingsNote': 'The findings are about the municipality and its units, never about one person.',
  'feedback.nextTitle': 'What happens now?',
  'feedback.next':
    'The working group will go through the results and discuss how you can work together even better on housing-social work. Your answers are an important part of that.',
  'feedback.contact': 'If you have questions or want to correct something in your answer, contact {contact}.',
  'feedback.contactNone':
    'If you have questions or want to correct something in your answer, contact the person who sent you the survey form.',
  'feedback.thanks': 'Thank you for your help!',
  'feedback.fileTitle': 'Feedback for {name} – {wave}'
};
