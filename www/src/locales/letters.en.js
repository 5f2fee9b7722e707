// English: the information letter (letter.*) and the starting point for the DPIA (dpia.*); see letters.nb.js.
export default {
  'letter.title': 'About the survey of housing-social collaboration',
  'letter.toAll': 'To everyone asked to answer the survey',
  'letter.to': 'To {name}',
  'letter.round': 'Survey round: “{wave}”',
  'letter.roundDated': 'Survey round: “{wave}”, {date}',
  'letter.intro':
    '{municipality} is mapping how its housing-social work is organised: who does which tasks, and who exchanges information with whom. You are asked because you work on housing-social tasks or work with the municipality on them.',
  'letter.introNoName':
    'The municipality is mapping how its housing-social work is organised: who does which tasks, and who exchanges information with whom. You are asked because you work on housing-social tasks or work with the municipality on them.',
  'letter.askedTitle': 'What we ask',
  'letter.askedContacts': {
    one: 'The survey form shows the name and unit of the {count} person in the survey. You tick those you exchange information with about housing-social work, and choose how often you are in contact (daily, weekly, monthly or less than monthly) and what kind of contact it is (information, case collaboration, advice and guidance, or referral).',
    other:
      'The survey form shows the names and units of the {count} people in the survey. You tick those you exchange information with about housing-social work, and choose how often you are in contact (daily, weekly, monthly or less than monthly) and what kind of contact it is (information, case collaboration, advice and guidance, or referral).'
  },
  'letter.askedTasks': {
    one: 'You also say whether you have anything to do with the housing-social task in the form: whether you are responsible, perform it or contribute, and for which target groups.',
    other:
      'You also say which of the {count} housing-social tasks in the form you have anything to do with: whether you are responsible, perform the task or contribute, and for which target groups.'
  },
  'letter.askedNot':
    'We do not ask about service users or individual cases, and the form has no field for writing freely. Answering takes about ten minutes.',
  'letter.whyTitle': 'Why we ask',
  'letter.why':
    'The working group for housing-social work is building a knowledge base on how the work is organised. The answers show where collaboration works well, where information does not get through, and where the work rests on a few people. The result is used to discuss how the work should be organised. The answers are not used to assess you or anyone else as an employee.',
  'letter.basisTitle': 'The legal basis for processing the information',
  'letter.basis':
    'The municipality processes the information to perform a task carried out in the public interest, under Article 6(1)(e) of the General Data Protection Regulation. The task follows from the Act of 20 December 2022 No. 121 on the municipalities’ responsibility in the housing-social field (boligsosial lov), which requires the municipality to coordinate its services and work across sectors.',
  'letter.voluntaryTitle': 'Answering is voluntary',
  'letter.voluntary':
    'You decide whether to answer, and not answering has no consequences for you. You may also skip questions. Even if you do not answer, others may say that they are in contact with you. Your name is then in their answers.',
  'letter.whoTitle': 'Who sees the answers',
  'letter.whoGroup':
    'You send your answer yourself, as a file, to the person coordinating the survey. The answers are stored and analysed only on the coordinator’s computer and in the municipality’s own files; the program sends nothing over the network. The working group sees the answers with names.',
  'letter.whoReport':
    'The report to the steering group shows the network as a map in which people are named and contacts are drawn as lines, thicker the more often. The report may point out people many contacts go through, or who have little contact with others, and it shows how many answered in each unit.',
  'letter.whoShared': {
    one: 'If the municipality shares figures with researchers or other municipalities, they get a copy in which names are replaced by codes and notes are removed, and in which units of fewer than {count} person are pooled.',
    other:
      'If the municipality shares figures with researchers or other municipalities, they get a copy in which names are replaced by codes and notes are removed, and in which units of fewer than {count} people are pooled.'
  },
  'letter.keptTitle': 'How long the answers are kept',
  'letter.kept':
    'The answers are kept until and including {date}. After that each person’s answers are deleted: the contacts and tasks they gave, and who answered. Only figures for the whole survey, such as the response rate and how closely knit the network is, are kept.',
  'letter.rightsTitle': 'Your rights',
  'letter.rights':
    'You have the right to see the information about you, to have errors corrected, to ask for the information to be deleted, and to object to the processing. Contact the person named below. If you believe the municipality breaks the data protection rules, you may complain to the Norwegian Data Protection Authority (Datatilsynet).',
  'letter.contactTitle': 'Questions and contact',
  'letter.controller': 'Controller: {controller}',
  'letter.contact': 'Contact person for the survey: {contact}',
  'letter.gap.controller': '[controller missing]',
  'letter.gap.contact': '[contact person missing]',
  'letter.gap.answersKeptUntil': '[date missing]',

  'dpia.title': 'Data protection impact assessment (DPIA): a starting point',
  'dpia.subtitle': 'Survey of housing-social collaboration in {municipality}',
  'dpia.made': 'Made by Bosam on {date} from the project.',
  'dpia.intro':
    'Bosam has filled in the facts from the project. The fields marked “The municipality’s assessment” are for the municipality to fill in. This is a starting point, not a finished assessment; involve the data protection officer, and preferably union and safety representatives.',
  'dpia.assessLabel': 'The municipality’s assessment',
  'dpia.purposeTitle': '1. The processing and its purpose',
  'dpia.purpose':
    'The working group for housing-social work maps who does which housing-social tasks, and who exchanges information with whom. The survey is a knowledge base for discussing how the work should be organised. The information is not to be used to assess individual employees.',
  'dpia.controller': 'Controller: {controller}',
  'dpia.basis':
    'Legal basis: a task carried out in the public interest, Article 6(1)(e) of the General Data Protection Regulation, with the supplementary basis in the Act of 20 December 2022 No. 121 on the municipalities’ responsibility in the housing-social field (boligsosial lov).',
  'dpia.purposeAssess': 'Is this the right basis for this survey, and is the purpose narrow enough?',
  'dpia.dataTitle': '2. What information is processed',
  'dpia.dataPeople': {
    one: 'About the person in the survey ({count} person in {units}): name and unit and, where registered, job title, FTE and place of work.',
    other:
      'About the people in the survey ({count} people in {units}): name and unit and, where registered, job title, FTE and place of work.'
  },
  'dpia.dataAnswers':
    'From the answers: whom the person says they exchange information with about housing-social work, how often and what kind of contact it is; which housing-social tasks the person has, with role and target groups; and whether the person answered.',
  'dpia.dataMap':
    'The working group’s responsibility map: which units and people hold which functions, with FTEs and decision authority.',
  'dpia.dataNot':
    'The survey does not ask about service users, individual cases, health or other special categories of personal data, and the form has no free-text field.',
  'dpia.dataAssess': 'Is all of this information needed for the purpose?',
  'dpia.whoTitle': '3. Whom the information is about',
  'dpia.whoStaff': 'Municipal employees who work on housing-social tasks.',
  'dpia.whoExternal': {
    zero: 'The project has no external partners registered.',
    one: 'Contact persons at {count} external partner.',
    other: 'Contact persons at {count} external partners.'
  },
  'dpia.whoNamed':
    'People who do not answer may also be named in others’ answers. In an employment relationship it can be hard not to answer, so that answering is voluntary must show in practice.',
  'dpia.whoAssess': 'Are any of the people registered especially vulnerable, for example in small units?',
  'dpia.sourcesTitle': '4. Where the information comes from',
  'dpia.sources':
    'The working group’s own registration or a staff list (name, unit, position); the answer files the respondents themselves send to the coordinator; and others’ answers, in which a person may be named as a contact.',
  'dpia.recipientsTitle': '5. Who receives the information',
  'dpia.recipientsGroup': 'The working group: all the information, with names.',
  'dpia.recipientsReport':
    'The steering group: the report, in which the network is shown as a map with names, and in which people many contacts go through may be pointed out.',
  'dpia.recipientsShared': {
    one: 'Researchers or other municipalities, only if the municipality chooses to share: a pseudonymised copy in which names are replaced by codes, notes are removed and units of fewer than {count} person are pooled.',
    other:
      'Researchers or other municipalities, only if the municipality chooses to share: a pseudonymised copy in which names are replaced by codes, notes are removed and units of fewer than {count} people are pooled.'
  },
  'dpia.recipientsNone':
    'No data processor: Bosam runs in the browser on the coordinator’s computer and sends nothing over the network.',
  'dpia.recipientsAssess':
    'Who in the municipality is to have access? Which channels are approved for sending answer files and reports?',
  'dpia.storageTitle': '6. Storage and security',
  'dpia.storage':
    'The project is stored in the browser on the coordinator’s computer and in the files the coordinator saves or exports. The program has no network access and sends nothing anywhere. The survey form is a file that works without the internet; the answer is saved as a file that the respondent sends themselves, for example as an e-mail attachment.',
  'dpia.storageFiles':
    'The form files contain the name and unit of everyone in the survey. Answer files, exported projects and printouts are copies the municipality itself must keep safe and delete.',
  'dpia.storageAssess':
    'Where are the files stored, and who has access to the computer and the files? When are e-mails with answer files deleted?',
  'dpia.retentionTitle': '7. How long the information is kept',
  'dpia.retention':
    'The answers are kept until and including {date}. After that Bosam offers to delete the contacts and tasks each person gave, and who answered, keeping only figures for each round.',
  'dpia.retentionCopies':
    'Bosam does not delete copies outside the program, such as answer files, exported projects and printouts.',
  'dpia.retentionAssess': 'Is this the right period? Who makes sure the copies are deleted?',
  'dpia.risksTitle': '8. Risks to the people registered',
  'dpia.riskSmallUnits':
    'Identification in small units: in a unit of one or two people, figures for the unit, or a job title, point straight at them, even in a copy without names.',
  'dpia.riskInference':
    'Sensitive inferences: a network map can be read as a verdict on a person’s place among colleagues, for example as isolated or as a bottleneck, and that can affect their employment.',
  'dpia.riskCopies':
    'Copies outliving their purpose: answer files in e-mail, exported projects and printouts may remain after the answers are deleted in Bosam.',
  'dpia.riskPressure': 'Pressure to answer: in an employment relationship it can be hard to say no.',
  'dpia.risksAssess': 'How likely is each risk, and how serious would it be for the person?',
  'dpia.measuresTitle': '9. Measures',
  'dpia.measurePseudonym': {
    one: 'Copies shared outside the working group are pseudonymised, and units of fewer than {count} person are pooled.',
    other:
      'Copies shared outside the working group are pseudonymised, and units of fewer than {count} people are pooled.'
  },
  'dpia.measureRetention': 'The answers are deleted after {date}; only aggregate figures are kept.',
  'dpia.measureAccess':
    'Only the working group has access to the project with names. The report is shared only with those who need it.',
  'dpia.measureOffline':
    'No cloud service and no data processor: everything happens on the municipality’s own computer.',
  'dpia.measureVoluntary': 'Those asked get the information letter before they answer, and answering is voluntary.',
  'dpia.measureWording':
    'The findings describe patterns in the collaboration and are a starting point for discussion, not assessments of individuals.',
  'dpia.measuresAssess': 'Are the measures enough? What more is to be done, and by whom?',
  'dpia.conclusionTitle': '10. Conclusion',
  'dpia.conclusionAssess':
    'Remaining risk, conclusion, and whether the Data Protection Authority must be consulted before the processing begins.',
  'dpia.signed': 'Assessed by and date'
};
