// Bokmål texts for keeping the project in a file (state/file-actions.js; merged into nb.js).
export default {
  'files.type': 'Bosam-prosjekt',
  'files.title': 'Prosjektfil',
  'files.intro':
    'Lagre prosjektet som en fil på maskinen eller på kommunens fellesområde. Da skriver Bosam hver endring til filen, og øverst på siden står det når den sist ble lagret. Har en kollega lagret filen i mellomtiden, skriver Bosam ikke over den, men du kan slå sammen endringene. Prosjektet ligger også i nettleseren som før.',
  'files.unsupported':
    'Denne nettleseren kan ikke lagre prosjektet direkte i en fil. Ta vare på det ved å laste det ned under Eksporter, og hent det inn igjen under Importer en prosjektfil. I Edge og Chrome kan Bosam lagre direkte i en fil du velger.',
  'files.saveAs': 'Lagre som fil …',
  'files.saveAsOther': 'Lagre som en annen fil …',
  'files.open': 'Åpne fil …',
  'files.disconnect': 'Slutt å lagre i filen',
  'files.download': 'Last ned prosjektet',
  'files.later': 'Ikke nå',
  'files.statusChecking': 'Ser etter «{file}» …',
  'files.statusPermission': 'Ikke koblet til «{file}»',
  'files.statusChanged': '«{file}» er endret av noen andre',
  'files.statusError': 'Ikke lagret i «{file}»',
  'files.statusSaving': 'Lagrer i «{file}» …',
  'files.statusKept': 'Lagres i «{file}»',
  'files.statusSavedAt': 'Lagret i «{file}» kl. {time}',
  'files.statusSavedOn': 'Lagret i «{file}» {date} kl. {time}',
  'files.permissionTitle': 'Prosjektet lagres i «{file}», men Bosam må få lov til å bruke filen igjen.',
  'files.deniedTitle': 'Bosam fikk ikke lov til å skrive i «{file}».',
  'files.permissionBody':
    'Nettleseren spør om lov hver gang Bosam er åpnet på nytt. Endringene dine er trygt lagret i nettleseren og skrives til filen når du gir lov.',
  'files.reconnect': 'Koble til «{file}» igjen',
  'files.changedTitle': '«{file}» er endret av noen andre',
  'files.changedBody':
    'Noen har lagret filen siden Bosam sist skrev til den, kanskje en kollega. Bosam skriver ikke over filen. Endringene dine er trygt lagret i nettleseren.',
  'files.changedHint':
    'Slå sammen versjonen i filen med din, så får filen endringene fra begge. Eller lagre din versjon som en annen fil.',
  'files.changedUnreadable':
    'Det som nå ligger i filen, er ikke et prosjekt Bosam kan lese. Lagre din versjon som en annen fil.',
  'files.reconcile': 'Slå sammen med versjonen i filen',
  'files.errorGone': 'Fant ikke «{file}». Filen kan være flyttet, ha fått nytt navn eller være slettet.',
  'files.errorFull': 'Det er ikke plass til «{file}» på disken eller fellesområdet.',
  'files.errorBusy': '«{file}» kunne ikke skrives fordi et annet program bruker filen.',
  'files.errorFailed': 'Bosam kunne ikke lagre i «{file}».',
  'files.safeInBrowser':
    'Endringene dine er trygt lagret i nettleseren. Prøv igjen, eller lagre prosjektet som en annen fil.',
  'files.retry': 'Prøv igjen',
  'files.backupSaved': {
    one: 'Det er {count} dag siden prosjektet sist ble lagret i en fil eller eksportert.',
    other: 'Det er {count} dager siden prosjektet sist ble lagret i en fil eller eksportert.'
  },
  'files.backupMade': {
    one: 'Prosjektet ble laget for {count} dag siden og er ennå ikke lagret i en fil eller eksportert.',
    other: 'Prosjektet ble laget for {count} dager siden og er ennå ikke lagret i en fil eller eksportert.'
  },
  'files.backupWhy':
    'Lagringen i nettleseren kan bli tømt, for eksempel når du logger av en felles PC. Ta vare på en kopi i en fil.',
  'files.pickFailed': 'Filen kunne ikke velges: {message}',
  'files.openFailed': 'Filen kunne ikke åpnes: {message}',
  'files.savedAs': 'Prosjektet er lagret i «{file}». Videre endringer lagres der også.',
  'files.opened': 'Prosjektet «{name}» er åpnet fra «{file}». Endringene dine lagres i filen.',
  'files.openedAsCopy':
    'Prosjektet «{name}» er åpnet fra «{file}» som en egen kopi. Kopien lagres bare i nettleseren; bruk Lagre som fil for å gi den en egen fil.',
  'files.disconnected': 'Bosam lagrer ikke lenger i «{file}». Filen er som den var.',
  'files.reconcileMissing':
    'Denne versjonen av Bosam kan ikke slå sammen versjoner ennå. Lagre din versjon som en annen fil.',
  'files.openOrImport':
    '«Åpne fil …» arbeider i selve filen: hver endring lagres i den, så den kan ligge på kommunens fellesområde. «Importer en prosjektfil» tar inn en kopi i nettleseren, for eksempel av en fil en kollega har sendt deg; filen selv endres ikke.'
};
