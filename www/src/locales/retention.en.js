// English: Contacts › Privacy and rounds whose answers were deleted; see retention.nb.js.
export default {
  'privacyTab.tab': 'Privacy',
  'privacyTab.title': 'Privacy in the survey',
  'privacyTab.lead':
    'Before they answer, the people asked are to know what is collected, why, who sees it and what their rights are. From the project, Bosam writes an information letter to them and a starting point for the municipality’s data protection impact assessment (DPIA). The facts below apply to the whole project and go into both.',
  'privacyTab.factsTitle': 'Facts for the letter',
  'privacyTab.controller': 'Controller',
  'privacyTab.controllerHint':
    'Who in the municipality is responsible for the information, for example “Eksempel kommune v/ kommunedirektøren”.',
  'privacyTab.contact': 'Contact person',
  'privacyTab.contactHint':
    'Whom respondents can ask about the survey and their rights: a name and an e-mail address or phone number. Consider adding the municipality’s data protection officer.',
  'privacyTab.keptUntil': 'Answers are kept until and including',
  'privacyTab.keptUntilHint': 'After this date Bosam offers to delete the answers and keep the aggregate figures.',
  'privacyTab.undoField': 'Changed “{field}” under Privacy',
  'privacyTab.docsTitle': 'Information letter and DPIA',
  'privacyTab.docChoice': 'Document',
  'privacyTab.docLetter': 'Information letter to the people asked',
  'privacyTab.docDpia': 'Starting point for the data protection impact assessment (DPIA)',
  'privacyTab.languageLabel': 'Language of the document',
  'privacyTab.languageHint':
    'The project’s written standard is {language}. You may choose another language for this printout.',
  'privacyTab.languageHintNone': 'The project has no written standard yet. You choose it under Overview.',
  'privacyTab.gaps': {
    one: 'The document lacks {list}. Fill it in above before you send the document; the gap is marked in the text.',
    other:
      'The document lacks {list}. Fill them in above before you send the document; the gaps are marked in the text.'
  },
  'privacyTab.gapField.controller': 'the controller',
  'privacyTab.gapField.contact': 'the contact person',
  'privacyTab.gapField.answersKeptUntil': 'the date the answers are kept until',
  'privacyTab.complete': 'Everything the document needs is filled in.',
  'privacyTab.print': 'Print',
  'privacyTab.perPerson': {
    one: 'One letter per person, with their name at the top ({count} person)',
    other: 'One letter per person, with their name at the top ({count} people)'
  },
  'privacyTab.copy': 'Copy the text',
  'privacyTab.copied': 'The text is copied. Paste it into an e-mail or a document.',
  'privacyTab.copyFailed':
    'The browser did not let Bosam copy. Click in the field below, which selects all the text, and copy with Ctrl+C.',
  'privacyTab.textLabel': 'The text to paste',
  'privacyTab.previewLabel': 'Preview of the document',
  'privacyTab.waiting': 'The figures in the document come when the analysis is ready …',
  'privacyTab.beforeForms': 'Send the information letter to the people asked, before or with the forms.',
  'privacyTab.toPrivacy': 'Go to the information letter',

  'retention.title': 'Deleting the answers',
  'retention.notSet': 'No date is set for when the answers are deleted. Enter it above, and it goes into the letter.',
  'retention.keptUntil': 'The answers are kept until and including {date}. After that you can delete them here.',
  'retention.due': 'The deletion date, {date}, has passed. Delete the answers now; the aggregate figures are kept.',
  'retention.nothingLeft': 'There are no answers left to delete.',
  'retention.deleteButton': 'Delete the answers …',
  'retention.retiredLine': 'Round “{wave}”: the answers were deleted on {date}.',
  'retention.notice': 'The date for deleting the survey answers, {date}, has passed.',
  'retention.noticeAction': 'See what will be deleted',
  'retention.confirmTitle': 'Delete the answers?',
  'retention.chooseLegend': 'Rounds with answers',
  'retention.colWave': 'Round',
  'retention.colTies': 'Contacts',
  'retention.colTasks': 'Reported tasks',
  'retention.colRespondents': 'Asked',
  'retention.choose': 'Delete the answers in “{wave}”',
  'retention.goesTitle': 'What is deleted in the rounds you chose',
  'retention.goesTies': 'The contacts each person gave: who, how often and what kind of contact.',
  'retention.goesTasks': 'The tasks given in the answers, including those you have not reviewed yet.',
  'retention.goesRespondents': 'Who was asked, and who answered.',
  'retention.staysTitle': 'What stays',
  'retention.stays':
    'The rounds, with aggregate figures: how many were asked and answered, the number of contacts and the key figures in Analysis. The people, units and responsibility map stay as they are, including tasks you took into the responsibility map from the answers.',
  'retention.snapshot':
    'Before the answers are deleted, Bosam keeps an earlier version of the project in this browser so you can undo. Remember that it, and exported project files and answer files in e-mail, still contain the answers.',
  'retention.undoOnly':
    'You can undo the deletion right away. Remember that exported project files and answer files in e-mail still contain the answers.',
  'retention.confirm': 'Delete the answers',
  'retention.chooseOne': 'Choose at least one round.',
  'retention.done': {
    one: 'The answers in {count} round are deleted, and the aggregate figures are kept.',
    other: 'The answers in {count} rounds are deleted, and the aggregate figures are kept.'
  },
  'retention.history': { one: 'Deleted the answers in {count} round', other: 'Deleted the answers in {count} rounds' },

  'retired.note':
    'The answers in the round “{wave}” were deleted on {date}, after the deletion date. The figures below were computed from all the contacts in the answers before they were deleted, so the choices above do not change them. The map, the tables of people and units and the findings about the network no longer exist for this round.',
  'retired.mapNote':
    'The answers in the round “{wave}” were deleted on {date}, so the network cannot be drawn. The aggregate figures that were kept are under Analysis.',
  'retired.reportNote':
    'The answers in the round “{wave}” were deleted on {date}, after the deletion date. The key figures in the report were computed from the answers before they were deleted. The network map and the key people no longer exist for this round.',
  'retired.respondentsNote':
    'The answers in this round were deleted on {date}. The figures are those that were kept; who was asked and who answered is no longer recorded.',
  'retired.entryNote':
    'The answers in the round “{wave}” were deleted on {date}, after the deletion date, so the round takes no new contacts. To map again, make a new round.',
  'retired.badge': '(answers deleted {date})'
};
