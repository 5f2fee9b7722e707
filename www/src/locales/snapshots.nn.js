// Nynorsk texts for the earlier versions of a project (snapshots; merged into nn.js).
export default {
  'snapshots.title': 'Tidlegare versjonar',
  'snapshots.intro':
    'Bosam tek vare på dei siste {keep} versjonane av prosjektet her i nettlesaren: éin for kvar time du arbeider med det, og éin før kvar import og andre store endringar. Gjenopprettar du ein versjon, blir den du har no, teken vare på først, og du kan angre.',
  'snapshots.noProject': 'Opne eit prosjekt for å sjå tidlegare versjonar av det.',
  'snapshots.loading': 'Hentar versjonane …',
  'snapshots.none':
    'Ingen tidlegare versjonar enno. Den første blir teken vare på før neste import, eller etter ein time med endringar.',
  'snapshots.failed.quota': 'Det er ikkje plass til fleire versjonar i nettlesaren.',
  'snapshots.failed.other': 'Nettlesaren lèt ikkje Bosam ta vare på tidlegare versjonar no.',
  'snapshots.failedHint': 'Arbeidet ditt blir lagra som vanleg. Eksporter prosjektet til fil for å ha ein kopi.',
  'snapshots.failedOnce':
    'Bosam fekk ikkje teke vare på ein tidlegare versjon av prosjektet. Arbeidet ditt blir lagra som vanleg.',
  'snapshots.caption': { one: '{count} tidlegare versjon', other: '{count} tidlegare versjonar' },
  'snapshots.colTime': 'Tidspunkt',
  'snapshots.colReason': 'Grunn',
  'snapshots.colSummary': 'Kva som er endra',
  'snapshots.restore': 'Gjenopprett',
  'snapshots.restoreNamed': 'Gjenopprett versjonen frå {name}',
  'snapshots.restored': 'Versjonen frå {time} er gjenoppretta. Du kan angre.',
  'snapshots.restoreSame': 'Prosjektet er alt likt versjonen frå {time}.',
  'snapshots.restoreMissing': 'Denne versjonen finst ikkje lenger.',
  'snapshots.restoreFailed': 'Versjonen kunne ikkje hentast frå nettlesaren.',
  'snapshots.restoreInvalid': 'Versjonen kunne ikkje gjenopprettast: {message}',
  'snapshots.historyRestore': 'Gjenoppretta versjonen frå {time}',

  'snapshots.reason.hourly': 'Automatisk, kvar time',
  'snapshots.reason.import': 'Før import',
  'snapshots.reason.reconcile': 'Før samanslåing av kopiar',
  'snapshots.reason.bulk': 'Før ei stor endring',
  'snapshots.reason.restore': 'Før gjenoppretting',
  'snapshots.reason.answers': 'Før innlesing av svar',
  'snapshots.reason.retention': 'Før sletting av svar',

  'snapshots.ago.now': 'akkurat no',
  'snapshots.ago.minute': { one: 'for {count} minutt sidan', other: 'for {count} minutt sidan' },
  'snapshots.ago.hour': { one: 'for {count} time sidan', other: 'for {count} timar sidan' },
  'snapshots.ago.day': { one: 'for {count} dag sidan', other: 'for {count} dagar sidan' },

  'snapshots.holds': 'Første versjon: {list}',
  'snapshots.same': 'Ingen endringar sidan versjonen før',
  'snapshots.noSummary': 'Inga oversikt over endringane',
  'snapshots.count.assignment': { one: '{count} oppgåve', other: '{count} oppgåver' },

  'snapshots.change.unit.added': { one: '{count} ny eining', other: '{count} nye einingar' },
  'snapshots.change.unit.changed': { one: '{count} eining endra', other: '{count} einingar endra' },
  'snapshots.change.unit.removed': { one: '{count} eining fjerna', other: '{count} einingar fjerna' },
  'snapshots.change.person.added': { one: '{count} ny person', other: '{count} nye personar' },
  'snapshots.change.person.changed': { one: '{count} person endra', other: '{count} personar endra' },
  'snapshots.change.person.removed': { one: '{count} person fjerna', other: '{count} personar fjerna' },
  'snapshots.change.function.added': { one: '{count} ny funksjon', other: '{count} nye funksjonar' },
  'snapshots.change.function.changed': { one: '{count} funksjon endra', other: '{count} funksjonar endra' },
  'snapshots.change.function.removed': { one: '{count} funksjon fjerna', other: '{count} funksjonar fjerna' },
  'snapshots.change.targetGroup.added': { one: '{count} ny målgruppe', other: '{count} nye målgrupper' },
  'snapshots.change.targetGroup.changed': { one: '{count} målgruppe endra', other: '{count} målgrupper endra' },
  'snapshots.change.targetGroup.removed': { one: '{count} målgruppe fjerna', other: '{count} målgrupper fjerna' },
  'snapshots.change.assignment.added': { one: '{count} ny oppgåve', other: '{count} nye oppgåver' },
  'snapshots.change.assignment.changed': { one: '{count} oppgåve endra', other: '{count} oppgåver endra' },
  'snapshots.change.assignment.removed': { one: '{count} oppgåve fjerna', other: '{count} oppgåver fjerna' },
  'snapshots.change.wave.added': { one: '{count} ny kartleggingsrunde', other: '{count} nye kartleggingsrundar' },
  'snapshots.change.wave.changed': {
    one: '{count} kartleggingsrunde endra',
    other: '{count} kartleggingsrundar endra'
  },
  'snapshots.change.wave.removed': {
    one: '{count} kartleggingsrunde fjerna',
    other: '{count} kartleggingsrundar fjerna'
  },
  'snapshots.change.tie.added': { one: '{count} ny kontakt', other: '{count} nye kontaktar' },
  'snapshots.change.tie.changed': { one: '{count} kontakt endra', other: '{count} kontaktar endra' },
  'snapshots.change.tie.removed': { one: '{count} kontakt fjerna', other: '{count} kontaktar fjerna' },
  'snapshots.change.assessment.added': { one: '{count} ny vurdering', other: '{count} nye vurderingar' },
  'snapshots.change.assessment.changed': { one: '{count} vurdering endra', other: '{count} vurderingar endra' },
  'snapshots.change.assessment.removed': { one: '{count} vurdering fjerna', other: '{count} vurderingar fjerna' },
  'snapshots.change.respondent': {
    one: 'svarstatus endra for {count} person',
    other: 'svarstatus endra for {count} personar'
  },
  'snapshots.change.reportedAssignment': {
    one: 'oppgitte oppgåver: {count} endring',
    other: 'oppgitte oppgåver: {count} endringar'
  },
  'snapshots.change.phaseItem': { one: 'sjekklista: {count} endring', other: 'sjekklista: {count} endringar' },
  'snapshots.change.settings': 'innstillingane endra',
  'snapshots.change.municipality': 'namnet eller nummeret til kommunen endra',
  'snapshots.change.other': 'andre endringar'
};
