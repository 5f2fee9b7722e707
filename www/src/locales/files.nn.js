// Nynorsk texts for keeping the project in a file (state/file-actions.js; merged into nn.js).
export default {
  'files.type': 'Bosam-prosjekt',
  'files.title': 'Prosjektfil',
  'files.intro':
    'Lagre prosjektet som ei fil på maskina eller på fellesområdet til kommunen. Då skriv Bosam kvar endring til fila, og øvst på sida står det når ho sist vart lagra. Har ein kollega lagra fila i mellomtida, skriv ikkje Bosam over fila, men du kan slå saman endringane. Prosjektet ligg òg i nettlesaren som før.',
  'files.unsupported':
    'Denne nettlesaren kan ikkje lagre prosjektet direkte i ei fil. Ta vare på det ved å laste det ned under Eksporter, og hent det inn att under Importer ei prosjektfil. I Edge og Chrome kan Bosam lagre direkte i ei fil du vel.',
  'files.saveAs': 'Lagre som fil …',
  'files.saveAsOther': 'Lagre som ei anna fil …',
  'files.open': 'Opne fil …',
  'files.disconnect': 'Slutt å lagre i fila',
  'files.download': 'Last ned prosjektet',
  'files.later': 'Ikkje no',
  'files.statusChecking': 'Ser etter «{file}» …',
  'files.statusPermission': 'Ikkje kopla til «{file}»',
  'files.statusChanged': '«{file}» er endra av nokon andre',
  'files.statusError': 'Ikkje lagra i «{file}»',
  'files.statusSaving': 'Lagrar i «{file}» …',
  'files.statusKept': 'Blir lagra i «{file}»',
  'files.statusSavedAt': 'Lagra i «{file}» kl. {time}',
  'files.statusSavedOn': 'Lagra i «{file}» {date} kl. {time}',
  'files.permissionTitle': 'Prosjektet blir lagra i «{file}», men Bosam må få lov til å bruke fila igjen.',
  'files.deniedTitle': 'Bosam fekk ikkje lov til å skrive i «{file}».',
  'files.permissionBody':
    'Nettlesaren spør om lov kvar gong Bosam er opna på nytt. Endringane dine er trygt lagra i nettlesaren og blir skrivne til fila når du gir lov.',
  'files.reconnect': 'Kople til «{file}» igjen',
  'files.changedTitle': '«{file}» er endra av nokon andre',
  'files.changedBody':
    'Nokon har lagra fila sidan Bosam sist skreiv til henne, kanskje ein kollega. Bosam skriv ikkje over fila. Endringane dine er trygt lagra i nettlesaren.',
  'files.changedHint':
    'Slå saman versjonen i fila med din, så får fila endringane frå begge. Eller lagre versjonen din som ei anna fil.',
  'files.changedUnreadable':
    'Det som no ligg i fila, er ikkje eit prosjekt Bosam kan lese. Lagre versjonen din som ei anna fil.',
  'files.reconcile': 'Slå saman med versjonen i fila',
  'files.errorGone': 'Fann ikkje «{file}». Fila kan vere flytta, ha fått nytt namn eller vere sletta.',
  'files.errorFull': 'Det er ikkje plass til «{file}» på disken eller fellesområdet.',
  'files.errorBusy': '«{file}» kunne ikkje skrivast fordi eit anna program brukar fila.',
  'files.errorFailed': 'Bosam kunne ikkje lagre i «{file}».',
  'files.safeInBrowser':
    'Endringane dine er trygt lagra i nettlesaren. Prøv igjen, eller lagre prosjektet som ei anna fil.',
  'files.retry': 'Prøv igjen',
  'files.backupSaved': {
    one: 'Det er {count} dag sidan prosjektet sist vart lagra i ei fil eller eksportert.',
    other: 'Det er {count} dagar sidan prosjektet sist vart lagra i ei fil eller eksportert.'
  },
  'files.backupMade': {
    one: 'Prosjektet vart laga for {count} dag sidan og er enno ikkje lagra i ei fil eller eksportert.',
    other: 'Prosjektet vart laga for {count} dagar sidan og er enno ikkje lagra i ei fil eller eksportert.'
  },
  'files.backupWhy':
    'Lagringa i nettlesaren kan bli tømd, til dømes når du loggar av ein felles PC. Ta vare på ein kopi i ei fil.',
  'files.pickFailed': 'Fila kunne ikkje veljast: {message}',
  'files.openFailed': 'Fila kunne ikkje opnast: {message}',
  'files.savedAs': 'Prosjektet er lagra i «{file}». Vidare endringar blir lagra der òg.',
  'files.opened': 'Prosjektet «{name}» er opna frå «{file}». Endringane dine blir lagra i fila.',
  'files.openedAsCopy':
    'Prosjektet «{name}» er opna frå «{file}» som ein eigen kopi. Kopien blir berre lagra i nettlesaren; bruk Lagre som fil for å gi han ei eiga fil.',
  'files.disconnected': 'Bosam lagrar ikkje lenger i «{file}». Fila er som ho var.',
  'files.reconcileMissing':
    'Denne versjonen av Bosam kan ikkje slå saman versjonar enno. Lagre versjonen din som ei anna fil.',
  'files.openOrImport':
    '«Opne fil …» arbeider i sjølve fila: kvar endring blir lagra i henne, så ho kan liggje på fellesområdet til kommunen. «Importer ei prosjektfil» tek inn ein kopi i nettlesaren, til dømes av ei fil ein kollega har sendt deg; sjølve fila blir ikkje endra.'
};
