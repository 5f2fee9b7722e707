// Bokmål texts for the earlier versions of a project (snapshots; merged into nb.js).
export default {
  'snapshots.title': 'Tidligere versjoner',
  'snapshots.intro':
    'Bosam tar vare på de siste {keep} versjonene av prosjektet her i nettleseren: én for hver time du arbeider med det, og én før hver import og andre store endringer. Gjenoppretter du en versjon, tas den du har nå, vare på først, og du kan angre.',
  'snapshots.noProject': 'Åpne et prosjekt for å se tidligere versjoner av det.',
  'snapshots.loading': 'Henter versjonene …',
  'snapshots.none':
    'Ingen tidligere versjoner ennå. Den første tas vare på før neste import, eller etter en time med endringer.',
  'snapshots.failed.quota': 'Det er ikke plass til flere versjoner i nettleseren.',
  'snapshots.failed.other': 'Nettleseren lar ikke Bosam ta vare på tidligere versjoner nå.',
  'snapshots.failedHint': 'Arbeidet ditt lagres som vanlig. Eksporter prosjektet til fil for å ha en kopi.',
  'snapshots.failedOnce':
    'Bosam fikk ikke tatt vare på en tidligere versjon av prosjektet. Arbeidet ditt lagres som vanlig.',
  'snapshots.caption': { one: '{count} tidligere versjon', other: '{count} tidligere versjoner' },
  'snapshots.colTime': 'Tidspunkt',
  'snapshots.colReason': 'Grunn',
  'snapshots.colSummary': 'Hva som er endret',
  'snapshots.restore': 'Gjenopprett',
  'snapshots.restoreNamed': 'Gjenopprett versjonen fra {name}',
  'snapshots.restored': 'Versjonen fra {time} er gjenopprettet. Du kan angre.',
  'snapshots.restoreSame': 'Prosjektet er allerede likt versjonen fra {time}.',
  'snapshots.restoreMissing': 'Denne versjonen finnes ikke lenger.',
  'snapshots.restoreFailed': 'Versjonen kunne ikke hentes fra nettleseren.',
  'snapshots.restoreInvalid': 'Versjonen kunne ikke gjenopprettes: {message}',
  'snapshots.historyRestore': 'Gjenopprettet versjonen fra {time}',

  'snapshots.reason.hourly': 'Automatisk, hver time',
  'snapshots.reason.import': 'Før import',
  'snapshots.reason.reconcile': 'Før sammenslåing av kopier',
  'snapshots.reason.bulk': 'Før en stor endring',
  'snapshots.reason.restore': 'Før gjenoppretting',
  'snapshots.reason.answers': 'Før innlesing av svar',
  'snapshots.reason.retention': 'Før sletting av svar',

  'snapshots.ago.now': 'akkurat nå',
  'snapshots.ago.minute': { one: 'for {count} minutt siden', other: 'for {count} minutter siden' },
  'snapshots.ago.hour': { one: 'for {count} time siden', other: 'for {count} timer siden' },
  'snapshots.ago.day': { one: 'for {count} dag siden', other: 'for {count} dager siden' },

  'snapshots.holds': 'Første versjon: {list}',
  'snapshots.same': 'Ingen endringer siden versjonen før',
  'snapshots.noSummary': 'Ingen oversikt over endringene',
  'snapshots.count.assignment': { one: '{count} oppgave', other: '{count} oppgaver' },

  'snapshots.change.unit.added': { one: '{count} ny enhet', other: '{count} nye enheter' },
  'snapshots.change.unit.changed': { one: '{count} enhet endret', other: '{count} enheter endret' },
  'snapshots.change.unit.removed': { one: '{count} enhet fjernet', other: '{count} enheter fjernet' },
  'snapshots.change.person.added': { one: '{count} ny person', other: '{count} nye personer' },
  'snapshots.change.person.changed': { one: '{count} person endret', other: '{count} personer endret' },
  'snapshots.change.person.removed': { one: '{count} person fjernet', other: '{count} personer fjernet' },
  'snapshots.change.function.added': { one: '{count} ny funksjon', other: '{count} nye funksjoner' },
  'snapshots.change.function.changed': { one: '{count} funksjon endret', other: '{count} funksjoner endret' },
  'snapshots.change.function.removed': { one: '{count} funksjon fjernet', other: '{count} funksjoner fjernet' },
  'snapshots.change.targetGroup.added': { one: '{count} ny målgruppe', other: '{count} nye målgrupper' },
  'snapshots.change.targetGroup.changed': { one: '{count} målgruppe endret', other: '{count} målgrupper endret' },
  'snapshots.change.targetGroup.removed': { one: '{count} målgruppe fjernet', other: '{count} målgrupper fjernet' },
  'snapshots.change.assignment.added': { one: '{count} ny oppgave', other: '{count} nye oppgaver' },
  'snapshots.change.assignment.changed': { one: '{count} oppgave endret', other: '{count} oppgaver endret' },
  'snapshots.change.assignment.removed': { one: '{count} oppgave fjernet', other: '{count} oppgaver fjernet' },
  'snapshots.change.wave.added': { one: '{count} ny kartleggingsrunde', other: '{count} nye kartleggingsrunder' },
  'snapshots.change.wave.changed': {
    one: '{count} kartleggingsrunde endret',
    other: '{count} kartleggingsrunder endret'
  },
  'snapshots.change.wave.removed': {
    one: '{count} kartleggingsrunde fjernet',
    other: '{count} kartleggingsrunder fjernet'
  },
  'snapshots.change.tie.added': { one: '{count} ny kontakt', other: '{count} nye kontakter' },
  'snapshots.change.tie.changed': { one: '{count} kontakt endret', other: '{count} kontakter endret' },
  'snapshots.change.tie.removed': { one: '{count} kontakt fjernet', other: '{count} kontakter fjernet' },
  'snapshots.change.assessment.added': { one: '{count} ny vurdering', other: '{count} nye vurderinger' },
  'snapshots.change.assessment.changed': { one: '{count} vurdering endret', other: '{count} vurderinger endret' },
  'snapshots.change.assessment.removed': { one: '{count} vurdering fjernet', other: '{count} vurderinger fjernet' },
  'snapshots.change.respondent': {
    one: 'svarstatus endret for {count} person',
    other: 'svarstatus endret for {count} personer'
  },
  'snapshots.change.reportedAssignment': {
    one: 'oppgitte oppgaver: {count} endring',
    other: 'oppgitte oppgaver: {count} endringer'
  },
  'snapshots.change.phaseItem': { one: 'sjekklisten: {count} endring', other: 'sjekklisten: {count} endringer' },
  'snapshots.change.settings': 'innstillingene endret',
  'snapshots.change.municipality': 'kommunens navn eller nummer endret',
  'snapshots.change.other': 'andre endringer'
};
