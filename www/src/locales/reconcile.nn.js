// Nynorsk texts for taking in a colleague's changed copy of a project (merged into nn.js).
export default {
  'reconcile.title': 'Ta inn endringane frå «{file}»',
  'reconcile.intro':
    'Fila er ein kopi av «{existing}» som er endra ein annan stad. Bosam har funne versjonen de begge bygde på, og tek inn det som er endra i fila, utan å skrive over det du har endra sjølv.',
  'reconcile.takenHeading': 'Dette blir teke inn frå fila',
  'reconcile.removedHeading': 'Dette blir fjerna fordi det viste til noko som er sletta',
  'reconcile.conflictsHeading': {
    one: 'Éin ting er endra både hos deg og i fila',
    other: '{count} ting er endra både hos deg og i fila'
  },
  'reconcile.conflictsHint': 'Vel kva versjon som skal gjelde for kvar av dei. Din versjon er vald til du vel fila.',
  'reconcile.legendField': '{name}: {field}',
  'reconcile.keepMine': 'Behald min: {value}',
  'reconcile.takeTheirs': 'Ta frå fila: {value}',
  'reconcile.peopleInUnit': 'Blir eininga sletta, forsvinn også {people}.',
  'reconcile.apply': 'Ta inn endringane',
  'reconcile.undoHint': 'Du kan angre alt dette i eitt steg etterpå.',
  'reconcile.historyLabel': 'Tok inn endringane frå «{file}»',
  'reconcile.done': 'Endringane frå «{file}» er tekne inn i «{name}».',
  'reconcile.reportTitle': 'Endringane frå «{file}» er tekne inn i «{name}»',
  'reconcile.reportChoices': {
    one: 'Du valde mellom din versjon og fila på eitt punkt.',
    other: 'Du valde mellom din versjon og fila på {count} punkt.'
  },
  'reconcile.sameVersion': 'Fila «{file}» er den same versjonen av «{name}» som du har. Ingenting er endra.',
  'reconcile.olderVersion':
    'Fila «{file}» er ein eldre versjon av «{name}», og ho har ingenting du ikkje allereie har. Ingenting er endra.',
  'reconcile.nothingNew': 'Fila «{file}» har ingen endringar som ikkje allereie er i «{name}». Ingenting er endra.',
  'reconcile.failed': 'Endringane frå «{file}» kunne ikkje takast inn. Ingenting er endra.',
  'reconcile.noBaseFile':
    'Bosam finn ikkje versjonen som fila «{file}» og prosjektet ditt bygde på, så dei kan ikkje slåast saman punkt for punkt. Fila er slik kollegaen lagra ho, og prosjektet ditt er ikkje endra.',
  'reconcile.noBaseBody':
    'Du har allereie dette prosjektet («{existing}»), men Bosam finn ikkje versjonen som fila og prosjektet ditt bygde på, så dei kan ikkje slåast saman punkt for punkt. «Erstatt» gjer prosjektet ditt likt fila; versjonen du har no, blir teken vare på under Tidlegare versjonar. «Behald begge» legg fila inn som eit nytt, eige prosjekt ved sida av: det kan ikkje ta imot svara frå spørjeskjemaa som er sende ut for det gamle, og endringar i det eine kjem ikkje med i det andre.',
  'reconcile.showItems': { one: 'Vis kva det gjeld', other: 'Vis kva det gjeld ({count})' },
  'reconcile.moreItems': { one: '… og éin til', other: '… og {count} til' },
  'reconcile.item.added': 'Lagt til: {name}',
  'reconcile.item.changed': 'Endra: {name}',
  'reconcile.item.deleted': 'Sletta: {name}',
  'reconcile.itemChangedFields': 'Endra: {name} ({fields})',
  'reconcile.itemRemoved': 'Fjerna: {name}, fordi «{because}» er sletta'
};
