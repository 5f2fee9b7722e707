// English texts for keeping the project in a file (state/file-actions.js; merged into en.js).
export default {
  'files.type': 'Bosam project',
  'files.title': 'Project file',
  'files.intro':
    'Save the project as a file on this computer or on the municipality’s shared drive. Bosam then writes every change to the file, and the top of the page says when it was last saved. If a colleague has saved the file in the meantime, Bosam does not overwrite it, and you can combine the changes. The project stays in the browser as before.',
  'files.unsupported':
    'This browser cannot save the project directly to a file. Keep it by downloading it under Export, and bring it back under Import a project file. In Edge and Chrome, Bosam can save directly to a file you choose.',
  'files.saveAs': 'Save as file …',
  'files.saveAsOther': 'Save as another file …',
  'files.open': 'Open file …',
  'files.disconnect': 'Stop saving to the file',
  'files.download': 'Download the project',
  'files.later': 'Not now',
  'files.statusChecking': 'Looking for “{file}” …',
  'files.statusPermission': 'Not connected to “{file}”',
  'files.statusChanged': '“{file}” was changed by someone else',
  'files.statusError': 'Not saved to “{file}”',
  'files.statusSaving': 'Saving to “{file}” …',
  'files.statusKept': 'Kept in “{file}”',
  'files.statusSavedAt': 'Saved to “{file}” at {time}',
  'files.statusSavedOn': 'Saved to “{file}” on {date} at {time}',
  'files.permissionTitle': 'The project is kept in “{file}”, but Bosam needs permission to use the file again.',
  'files.deniedTitle': 'Bosam was not allowed to write to “{file}”.',
  'files.permissionBody':
    'The browser asks each time Bosam is opened again. Your changes are safely stored in the browser and are written to the file once you allow it.',
  'files.reconnect': 'Connect to “{file}” again',
  'files.changedTitle': '“{file}” was changed by someone else',
  'files.changedBody':
    'Someone has saved the file since Bosam last wrote to it, perhaps a colleague. Bosam does not overwrite the file. Your changes are safely stored in the browser.',
  'files.changedHint':
    'Combine the version in the file with yours, so the file gets the changes from both. Or save your version as another file.',
  'files.changedUnreadable':
    'What is in the file now is not a project Bosam can read. Save your version as another file.',
  'files.reconcile': 'Combine with the version in the file',
  'files.errorGone': 'Could not find “{file}”. It may have been moved, renamed or deleted.',
  'files.errorFull': 'There is no room for “{file}” on the disk or shared drive.',
  'files.errorBusy': '“{file}” could not be written because another program is using it.',
  'files.errorFailed': 'Bosam could not save to “{file}”.',
  'files.safeInBrowser':
    'Your changes are safely stored in the browser. Try again, or save the project as another file.',
  'files.retry': 'Try again',
  'files.backupSaved': {
    one: 'The project was last saved to a file or exported {count} day ago.',
    other: 'The project was last saved to a file or exported {count} days ago.'
  },
  'files.backupMade': {
    one: 'The project was made {count} day ago and has not yet been saved to a file or exported.',
    other: 'The project was made {count} days ago and has not yet been saved to a file or exported.'
  },
  'files.backupWhy': 'Browser storage can be cleared, for example when you log off a shared PC. Keep a copy in a file.',
  'files.pickFailed': 'The file could not be chosen: {message}',
  'files.openFailed': 'The file could not be opened: {message}',
  'files.savedAs': 'The project is saved to “{file}”. Further changes are saved there too.',
  'files.opened': 'The project “{name}” is open from “{file}”. Your changes are saved to the file.',
  'files.openedAsCopy':
    'The project “{name}” is open from “{file}” as a separate copy. The copy is kept only in the browser; use Save as file to give it a file of its own.',
  'files.disconnected': 'Bosam no longer saves to “{file}”. The file is as it was.',
  'files.reconcileMissing': 'This version of Bosam cannot combine versions yet. Save your version as another file.',
  'files.openOrImport':
    '“Open file …” works in the file itself: every change is saved to it, so it can live on the municipality’s shared drive. “Import a project file” takes a copy into the browser, for example of a file a colleague sent you; the file itself is not changed.'
};
