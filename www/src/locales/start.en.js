// English texts for Oversikt's start in a new project (views/overview-start.js; merged into en.js).
export default {
  'start.title': 'Getting started',
  'start.intro': 'Step by step. Each step is ticked off when it is done.',
  'start.done': 'Done',
  'start.who.title': 'Register the units and people',
  'start.who.text': 'Import the staff list from HR, or add them one by one.',
  'start.who.import': 'Import a staff list',
  'start.who.manual': 'Add units and people',
  'start.tasks.title': 'Map who does what',
  'start.tasks.text': 'For each housing-social function: who is responsible, who performs it, and who contributes?',
  'start.tasks.go': 'Go to Tasks',
  'start.survey.title': 'Map the contacts',
  'start.survey.text': 'Make a survey round, send the form to the employees, and read in the answers.',
  'start.survey.go': 'Go to Contacts',
  'start.results.title': 'See the findings and make the report',
  'start.results.text':
    'Findings shows what the mapping points to. The report is the knowledge base for the steering group.',
  'start.results.findings': 'See findings',
  'start.results.report': 'See the report',
  'start.process':
    'These steps belong to phase 2 of the work process. Process shows all five phases, from the mandate to the evaluation, and what is left in each.',
  'start.processLink': 'Go to Process'
};
