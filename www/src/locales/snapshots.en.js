// English texts for the earlier versions of a project (snapshots; merged into en.js).
export default {
  'snapshots.title': 'Earlier versions',
  'snapshots.intro':
    'Bosam keeps the last {keep} versions of the project here in the browser: one for every hour you work on it, and one before every import and other large change. When you restore a version, the one you have now is kept first, and you can undo.',
  'snapshots.noProject': 'Open a project to see its earlier versions.',
  'snapshots.loading': 'Loading the versions …',
  'snapshots.none': 'No earlier versions yet. The first is kept before the next import, or after an hour of changes.',
  'snapshots.failed.quota': 'There is no room for more versions in the browser.',
  'snapshots.failed.other': 'The browser does not let Bosam keep earlier versions now.',
  'snapshots.failedHint': 'Your work is saved as usual. Export the project to a file to have a copy.',
  'snapshots.failedOnce': 'Bosam could not keep an earlier version of the project. Your work is saved as usual.',
  'snapshots.caption': { one: '{count} earlier version', other: '{count} earlier versions' },
  'snapshots.colTime': 'Time',
  'snapshots.colReason': 'Reason',
  'snapshots.colSummary': 'What changed',
  'snapshots.restore': 'Restore',
  'snapshots.restoreNamed': 'Restore the version from {name}',
  'snapshots.restored': 'The version from {time} is restored. You can undo it.',
  'snapshots.restoreSame': 'The project is already the same as the version from {time}.',
  'snapshots.restoreMissing': 'This version is no longer there.',
  'snapshots.restoreFailed': 'The version could not be read from the browser.',
  'snapshots.restoreInvalid': 'The version could not be restored: {message}',
  'snapshots.historyRestore': 'Restored the version from {time}',

  'snapshots.reason.hourly': 'Automatic, every hour',
  'snapshots.reason.import': 'Before an import',
  'snapshots.reason.reconcile': 'Before merging copies',
  'snapshots.reason.bulk': 'Before a large change',
  'snapshots.reason.restore': 'Before a restore',
  'snapshots.reason.answers': 'Before answers were read in',
  'snapshots.reason.retention': 'Before answers were deleted',

  'snapshots.ago.now': 'just now',
  'snapshots.ago.minute': { one: '{count} minute ago', other: '{count} minutes ago' },
  'snapshots.ago.hour': { one: '{count} hour ago', other: '{count} hours ago' },
  'snapshots.ago.day': { one: '{count} day ago', other: '{count} days ago' },

  'snapshots.holds': 'First version: {list}',
  'snapshots.same': 'No changes since the version before',
  'snapshots.noSummary': 'No summary of the changes',
  'snapshots.count.assignment': { one: '{count} task', other: '{count} tasks' },

  'snapshots.change.unit.added': { one: '{count} new unit', other: '{count} new units' },
  'snapshots.change.unit.changed': { one: '{count} unit changed', other: '{count} units changed' },
  'snapshots.change.unit.removed': { one: '{count} unit removed', other: '{count} units removed' },
  'snapshots.change.person.added': { one: '{count} new person', other: '{count} new people' },
  'snapshots.change.person.changed': { one: '{count} person changed', other: '{count} people changed' },
  'snapshots.change.person.removed': { one: '{count} person removed', other: '{count} people removed' },
  'snapshots.change.function.added': { one: '{count} new function', other: '{count} new functions' },
  'snapshots.change.function.changed': { one: '{count} function changed', other: '{count} functions changed' },
  'snapshots.change.function.removed': { one: '{count} function removed', other: '{count} functions removed' },
  'snapshots.change.targetGroup.added': { one: '{count} new target group', other: '{count} new target groups' },
  'snapshots.change.targetGroup.changed': {
    one: '{count} target group changed',
    other: '{count} target groups changed'
  },
  'snapshots.change.targetGroup.removed': {
    one: '{count} target group removed',
    other: '{count} target groups removed'
  },
  'snapshots.change.assignment.added': { one: '{count} new task', other: '{count} new tasks' },
  'snapshots.change.assignment.changed': { one: '{count} task changed', other: '{count} tasks changed' },
  'snapshots.change.assignment.removed': { one: '{count} task removed', other: '{count} tasks removed' },
  'snapshots.change.wave.added': { one: '{count} new survey round', other: '{count} new survey rounds' },
  'snapshots.change.wave.changed': { one: '{count} survey round changed', other: '{count} survey rounds changed' },
  'snapshots.change.wave.removed': { one: '{count} survey round removed', other: '{count} survey rounds removed' },
  'snapshots.change.tie.added': { one: '{count} new contact', other: '{count} new contacts' },
  'snapshots.change.tie.changed': { one: '{count} contact changed', other: '{count} contacts changed' },
  'snapshots.change.tie.removed': { one: '{count} contact removed', other: '{count} contacts removed' },
  'snapshots.change.assessment.added': { one: '{count} new assessment', other: '{count} new assessments' },
  'snapshots.change.assessment.changed': { one: '{count} assessment changed', other: '{count} assessments changed' },
  'snapshots.change.assessment.removed': { one: '{count} assessment removed', other: '{count} assessments removed' },
  'snapshots.change.respondent': {
    one: 'response status changed for {count} person',
    other: 'response status changed for {count} people'
  },
  'snapshots.change.reportedAssignment': {
    one: 'reported tasks: {count} change',
    other: 'reported tasks: {count} changes'
  },
  'snapshots.change.phaseItem': { one: 'checklist: {count} change', other: 'checklist: {count} changes' },
  'snapshots.change.settings': 'settings changed',
  'snapshots.change.municipality': 'the municipality’s name or number changed',
  'snapshots.change.other': 'other changes'
};
