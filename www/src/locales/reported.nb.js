// Bokmål texts for the tasks respondents reported in the survey (Oppgaver; merged into nb.js).
export default {
  'reported.title': 'Oppgitt i spørreskjemaet',
  'reported.intro':
    'Dette er oppgavene de som har svart, sier at de har. Godta det som stemmer, så kommer det inn i ansvarskartet; avvis det som ikke stemmer. Inntil du har vurdert et svar, nevner funnene om oppgaven personen som oppga den.',
  'reported.pendingCount': {
    one: '{count} oppgitt oppgave venter på vurdering.',
    other: '{count} oppgitte oppgaver venter på vurdering.'
  },
  'reported.sumPending': {
    one: '{count} oppgitt oppgave venter på vurdering',
    other: '{count} oppgitte oppgaver venter på vurdering'
  },
  'reported.nonePending': 'Alle oppgitte oppgaver er vurdert.',
  'reported.caption': 'Oppgaver {name} oppga i spørreskjemaet',
  'reported.colRole': 'Rolle',
  'reported.colGroups': 'Målgrupper',
  'reported.colMap': 'I ansvarskartet',
  'reported.alreadyMapped': 'Står der allerede ({role})',
  'reported.notInMap': 'Ikke registrert',
  'reported.accept': 'Godta',
  'reported.reject': 'Avvis',
  'reported.acceptNamed': 'Godta «{fn}» for {name}',
  'reported.rejectNamed': 'Avvis «{fn}» for {name}',
  'reported.acceptAll': { one: 'Godta {count} oppgave', other: 'Godta alle {count}' },
  'reported.acceptAllNamed': { one: 'Godta {count} oppgave fra {name}', other: 'Godta alle {count} fra {name}' },
  'reported.reviewedTitle': {
    one: '{count} oppgitt oppgave er vurdert',
    other: '{count} oppgitte oppgaver er vurdert'
  },
  'reported.wasAccepted': '{name}: «{fn}» ({role}) – godtatt',
  'reported.wasRejected': '{name}: «{fn}» ({role}) – avvist',
  'reported.historyAccept': 'Godtok «{fn}» for {name}',
  'reported.historyReject': 'Avviste «{fn}» for {name}',
  'reported.historyAcceptAll': { one: 'Godtok {count} oppgave fra {name}', other: 'Godtok {count} oppgaver fra {name}' }
};
