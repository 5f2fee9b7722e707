// English texts for the tasks respondents reported in the survey (Tasks; merged into en.js).
export default {
  'reported.title': 'Reported in the survey',
  'reported.intro':
    'These are the tasks the people who answered say they have. Accept what is right, and it goes into the responsibility map; reject what is not. Until you have reviewed an answer, the findings about the task name the person who reported it.',
  'reported.pendingCount': {
    one: '{count} reported task is waiting for review.',
    other: '{count} reported tasks are waiting for review.'
  },
  'reported.sumPending': {
    one: '{count} reported task waiting for review',
    other: '{count} reported tasks waiting for review'
  },
  'reported.nonePending': 'Every reported task has been reviewed.',
  'reported.caption': 'Tasks {name} reported in the survey',
  'reported.colRole': 'Role',
  'reported.colGroups': 'Target groups',
  'reported.colMap': 'In the responsibility map',
  'reported.alreadyMapped': 'Already there ({role})',
  'reported.notInMap': 'Not registered',
  'reported.accept': 'Accept',
  'reported.reject': 'Reject',
  'reported.acceptNamed': 'Accept “{fn}” for {name}',
  'reported.rejectNamed': 'Reject “{fn}” for {name}',
  'reported.acceptAll': { one: 'Accept {count} task', other: 'Accept all {count}' },
  'reported.acceptAllNamed': { one: 'Accept {count} task from {name}', other: 'Accept all {count} from {name}' },
  'reported.reviewedTitle': {
    one: '{count} reported task has been reviewed',
    other: '{count} reported tasks have been reviewed'
  },
  'reported.wasAccepted': '{name}: “{fn}” ({role}) – accepted',
  'reported.wasRejected': '{name}: “{fn}” ({role}) – rejected',
  'reported.historyAccept': 'Accepted “{fn}” for {name}',
  'reported.historyReject': 'Rejected “{fn}” for {name}',
  'reported.historyAcceptAll': { one: 'Accepted {count} task from {name}', other: 'Accepted {count} tasks from {name}' }
};
