// Nynorsk texts for the tasks respondents reported in the survey (Oppgåver; merged into nn.js).
export default {
  'reported.title': 'Oppgitt i spørjeskjemaet',
  'reported.intro':
    'Dette er oppgåvene dei som har svara, seier at dei har. Godta det som stemmer, så kjem det inn i ansvarskartet; avvis det som ikkje stemmer. Til du har vurdert eit svar, nemner funna om oppgåva personen som oppgav henne.',
  'reported.pendingCount': {
    one: '{count} oppgitt oppgåve ventar på vurdering.',
    other: '{count} oppgitte oppgåver ventar på vurdering.'
  },
  'reported.sumPending': {
    one: '{count} oppgitt oppgåve ventar på vurdering',
    other: '{count} oppgitte oppgåver ventar på vurdering'
  },
  'reported.nonePending': 'Alle oppgitte oppgåver er vurderte.',
  'reported.caption': 'Oppgåver {name} oppgav i spørjeskjemaet',
  'reported.colRole': 'Rolle',
  'reported.colGroups': 'Målgrupper',
  'reported.colMap': 'I ansvarskartet',
  'reported.alreadyMapped': 'Står der allereie ({role})',
  'reported.notInMap': 'Ikkje registrert',
  'reported.accept': 'Godta',
  'reported.reject': 'Avvis',
  'reported.acceptNamed': 'Godta «{fn}» for {name}',
  'reported.rejectNamed': 'Avvis «{fn}» for {name}',
  'reported.acceptAll': { one: 'Godta {count} oppgåve', other: 'Godta alle {count}' },
  'reported.acceptAllNamed': { one: 'Godta {count} oppgåve frå {name}', other: 'Godta alle {count} frå {name}' },
  'reported.reviewedTitle': {
    one: '{count} oppgitt oppgåve er vurdert',
    other: '{count} oppgitte oppgåver er vurderte'
  },
  'reported.wasAccepted': '{name}: «{fn}» ({role}) – godteken',
  'reported.wasRejected': '{name}: «{fn}» ({role}) – avvist',
  'reported.historyAccept': 'Godtok «{fn}» for {name}',
  'reported.historyReject': 'Avviste «{fn}» for {name}',
  'reported.historyAcceptAll': { one: 'Godtok {count} oppgåve frå {name}', other: 'Godtok {count} oppgåver frå {name}' }
};
