// English texts for the survey feature (merged into en.js).
export default {
  'survey.tab': 'Survey forms and answers',
  'survey.makeTitle': '1. Make survey forms',
  'survey.makeIntro':
    "The form is a separate file that the employee opens in a browser, without the internet. It holds only what is needed to answer: names and units to choose from, tasks and target groups, and a short text on taking part and privacy. No one else's answers, notes or assessments are included.",
  'survey.askedNote':
    'Everyone you make a form for is marked as asked in the round, so the response rate is right: answers divided by people asked. You can correct it on the Answers tab.',
  'survey.downloadWaiting': {
    one: 'Download the form for the one who has not answered',
    other: 'Download forms for the {count} who have not answered'
  },
  'survey.everyoneAnswered': 'Everyone in the project has answered in this round.',
  'survey.colStatus': 'Status',
  'survey.statusAnswered': 'Answered',
  'survey.statusWaiting': 'Asked, no answer yet',
  'survey.statusNotAsked': 'Not asked yet',
  'survey.historyAsked': {
    one: 'Made a form for {count} person (marked as asked)',
    other: 'Made forms for {count} people (marked as asked)'
  },
  'survey.modeLegend': 'How do you want to hand out the form?',
  'survey.modeEach': 'One file per person (name filled in)',
  'survey.modeShared': 'One shared file where each person picks their name',
  'survey.eachIntro':
    'Download the form for one person at a time, or for everyone one after another. Send each file to the right person. The browser may ask whether to allow several downloads; say yes.',
  'survey.downloadAll': { one: 'Download the form for {count} person', other: 'Download forms for all {count}' },
  'survey.downloadOne': 'Download form',
  'survey.downloadOneNamed': 'Download form for {name}',
  'survey.formsCaption': 'Survey form per person in {wave}',
  'survey.sharedIntro': {
    one: 'The shared file has a name list with {count} person.',
    other: 'The shared file has a name list with {count} people. Everyone gets the same file and picks their own name.'
  },
  'survey.downloadShared': 'Download shared form',
  'survey.formsSaved': { one: '{count} form downloaded.', other: '{count} forms downloaded.' },
  'survey.formFailed': 'The form could not be made: {message}',
  'survey.importTitle': '2. Read in answers',
  'survey.importIntro':
    'Choose all the answer files you have received (named “svar-…json”), or drag them into the window. Either all are read in, or none: if something is wrong in one file, nothing changes and you are told which file and where.',
  'survey.importLabel': 'Choose answer files …',
  'survey.checking': { one: 'Checking {count} answer file …', other: 'Checking {count} answer files …' },
  'survey.importFailed': {
    one: 'The answer file was not read in. Nothing has changed.',
    other: 'None of the {count} answer files were read in. Nothing has changed.'
  },
  'survey.importFailedFiles': 'Files: {files}',
  'survey.importOk': { one: '{count} answer read in.', other: '{count} answers read in.' },
  'survey.importWarnings': { one: '{count} note:', other: '{count} notes:' },
  'survey.reportCaption': 'Answers read in',
  'survey.colFile': 'File',
  'survey.colRespondent': 'Answered by',
  'survey.colWave': 'Round',
  'survey.colTies': 'Contacts',
  'survey.colNotAnswered': 'Not answered',
  'survey.colOneSided': 'One-sided contacts',
  'survey.overviewTitle': 'Answers in all rounds',
  'survey.dismiss': 'Close the message',
  'survey.tooLarge': '{file} is too large to be an answer file.',
  'survey.needProject': 'Open the project the answers belong to before reading them in.',
  'survey.historyMerge': { one: 'Read in {count} answer', other: 'Read in {count} answers' },
  'survey.answersBack': 'Have answers come back?',
  'survey.toImport': 'Go to “Read in answers”',
  'survey.sharedMark': {
    one: 'Mark the one person on the name list as asked in the round',
    other: 'Mark all {count} on the name list as asked in the round'
  },
  'survey.sharedMarkHint': {
    one: '{count} of them is not marked as asked yet. The response rate counts everyone marked as asked. Untick this if you only want to look at the form, or if not everyone on the list will get it.',
    other:
      '{count} of them are not marked as asked yet. The response rate counts everyone marked as asked. Untick this if you only want to look at the form, or if not everyone on the list will get it.'
  },
  'survey.downloadSharedMarkAll': {
    one: 'Download the shared form and mark {count} person as asked',
    other: 'Download the shared form and mark all {count} as asked'
  },
  'survey.downloadSharedMarkMore': {
    one: 'Download the shared form and mark one more as asked',
    other: 'Download the shared form and mark {count} more as asked'
  },
  'survey.sharedSaved': 'The shared form has been downloaded (“{file}”). No one was marked as asked.',
  'survey.sharedSavedMarked': {
    one: 'The shared form has been downloaded (“{file}”), and {count} person was marked as asked. Undo it with “Undo”, or correct it on the Answers tab.',
    other:
      'The shared form has been downloaded (“{file}”), and {count} people were marked as asked. Undo it with “Undo”, or correct it on the Answers tab.'
  },
  'survey.importNone': {
    one: 'The answer was not read in, because an answer as new or newer has already been read in. Nothing changed.',
    other:
      'None of the {count} answers were read in, because answers as new or newer have already been read in. Nothing changed.'
  }
};
