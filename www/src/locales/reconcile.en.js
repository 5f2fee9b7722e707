// English texts for taking in a colleague's changed copy of a project (merged into en.js).
export default {
  'reconcile.title': 'Take in the changes from “{file}”',
  'reconcile.intro':
    'The file is a copy of “{existing}” that was changed elsewhere. Bosam has found the version you both started from, and takes in what was changed in the file without overwriting what you changed yourself.',
  'reconcile.takenHeading': 'Taken in from the file',
  'reconcile.removedHeading': 'Removed because it referred to something deleted',
  'reconcile.conflictsHeading': {
    one: 'One thing was changed both by you and in the file',
    other: '{count} things were changed both by you and in the file'
  },
  'reconcile.conflictsHint': 'Choose which version counts for each. Your version is chosen until you choose the file.',
  'reconcile.legendField': '{name}: {field}',
  'reconcile.keepMine': 'Keep mine: {value}',
  'reconcile.takeTheirs': 'Take the file’s: {value}',
  'reconcile.peopleInUnit': 'If the unit is deleted, {people} go too.',
  'reconcile.apply': 'Take in the changes',
  'reconcile.undoHint': 'You can undo all of this in one step afterwards.',
  'reconcile.historyLabel': 'Took in the changes from “{file}”',
  'reconcile.done': 'The changes from “{file}” are now in “{name}”.',
  'reconcile.reportTitle': 'The changes from “{file}” are now in “{name}”',
  'reconcile.reportChoices': {
    one: 'You chose between your version and the file on one point.',
    other: 'You chose between your version and the file on {count} points.'
  },
  'reconcile.sameVersion': 'The file “{file}” is the same version of “{name}” as yours. Nothing has changed.',
  'reconcile.olderVersion':
    'The file “{file}” is an older version of “{name}” with nothing you do not already have. Nothing has changed.',
  'reconcile.nothingNew': 'The file “{file}” has no changes that are not already in “{name}”. Nothing has changed.',
  'reconcile.failed': 'The changes from “{file}” could not be taken in. Nothing has changed.',
  'reconcile.noBaseFile':
    'Bosam cannot find the version that the file “{file}” and your project both started from, so they cannot be merged point by point. The file stays as your colleague saved it, and your project has not changed.',
  'reconcile.noBaseBody':
    'You already have this project (“{existing}”), but Bosam cannot find the version that the file and your project both started from, so they cannot be merged point by point. “Replace” makes your project the same as the file; the version you have now is kept under Earlier versions. “Keep both” adds the file as a new, separate project beside it: that one cannot take the answers to the survey forms sent out for the old one, and changes in one do not reach the other.',
  'reconcile.showItems': { one: 'Show which', other: 'Show which ({count})' },
  'reconcile.moreItems': { one: '… and one more', other: '… and {count} more' },
  'reconcile.item.added': 'Added: {name}',
  'reconcile.item.changed': 'Changed: {name}',
  'reconcile.item.deleted': 'Deleted: {name}',
  'reconcile.itemChangedFields': 'Changed: {name} ({fields})',
  'reconcile.itemRemoved': 'Removed: {name}, because “{because}” was deleted'
};
