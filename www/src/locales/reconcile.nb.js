// Bokmål texts for taking in a colleague's changed copy of a project (merged into nb.js).
export default {
  'reconcile.title': 'Ta inn endringene fra «{file}»',
  'reconcile.intro':
    'Filen er en kopi av «{existing}» som er endret et annet sted. Bosam har funnet versjonen dere begge bygde på, og tar inn det som er endret i filen, uten å overskrive det du har endret selv.',
  'reconcile.takenHeading': 'Dette tas inn fra filen',
  'reconcile.removedHeading': 'Dette fjernes fordi det viste til noe som er slettet',
  'reconcile.conflictsHeading': {
    one: 'Én ting er endret både hos deg og i filen',
    other: '{count} ting er endret både hos deg og i filen'
  },
  'reconcile.conflictsHint':
    'Velg hvilken versjon som skal gjelde for hver av dem. Din versjon er valgt til du velger filen.',
  'reconcile.legendField': '{name}: {field}',
  'reconcile.keepMine': 'Behold min: {value}',
  'reconcile.takeTheirs': 'Ta fra filen: {value}',
  'reconcile.peopleInUnit': 'Slettes enheten, forsvinner også {people}.',
  'reconcile.apply': 'Ta inn endringene',
  'reconcile.undoHint': 'Du kan angre alt dette i ett steg etterpå.',
  'reconcile.historyLabel': 'Tok inn endringene fra «{file}»',
  'reconcile.done': 'Endringene fra «{file}» er tatt inn i «{name}».',
  'reconcile.reportTitle': 'Endringene fra «{file}» er tatt inn i «{name}»',
  'reconcile.reportChoices': {
    one: 'Du valgte mellom din versjon og filen på ett punkt.',
    other: 'Du valgte mellom din versjon og filen på {count} punkter.'
  },
  'reconcile.sameVersion': 'Filen «{file}» er den samme versjonen av «{name}» som du har. Ingenting er endret.',
  'reconcile.olderVersion':
    'Filen «{file}» er en eldre versjon av «{name}», og den har ingenting du ikke allerede har. Ingenting er endret.',
  'reconcile.nothingNew': 'Filen «{file}» har ingen endringer som ikke allerede er i «{name}». Ingenting er endret.',
  'reconcile.failed': 'Endringene fra «{file}» kunne ikke tas inn. Ingenting er endret.',
  'reconcile.noBaseFile':
    'Bosam finner ikke versjonen som filen «{file}» og prosjektet ditt bygde på, så de kan ikke slås sammen punkt for punkt. Filen er slik kollegaen lagret den, og prosjektet ditt er ikke endret.',
  'reconcile.noBaseBody':
    'Du har allerede dette prosjektet («{existing}»), men Bosam finner ikke versjonen som filen og prosjektet ditt bygde på, så de kan ikke slås sammen punkt for punkt. «Erstatt» gjør prosjektet ditt likt filen; versjonen du har nå, tas vare på under Tidligere versjoner. «Behold begge» legger filen inn som et nytt, eget prosjekt ved siden av: det kan ikke ta imot svarene fra spørreskjemaene som er sendt ut for det gamle, og endringer i det ene kommer ikke med i det andre.',
  'reconcile.showItems': { one: 'Vis hva det gjelder', other: 'Vis hva det gjelder ({count})' },
  'reconcile.moreItems': { one: '… og én til', other: '… og {count} til' },
  'reconcile.item.added': 'Lagt til: {name}',
  'reconcile.item.changed': 'Endret: {name}',
  'reconcile.item.deleted': 'Slettet: {name}',
  'reconcile.itemChangedFields': 'Endret: {name} ({fields})',
  'reconcile.itemRemoved': 'Fjernet: {name}, fordi «{because}» er slettet'
};
