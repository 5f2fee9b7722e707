// Nynorsk texts for the hardening feature (merged into nn.js).
export default {
  'hardening.exportNow': 'Eksporter det opne prosjektet no',
  'hardening.damagedFound': {
    one: 'Éi lagra oppføring i nettlesaren kunne ikkje opnast og er lagd til side. Ingenting anna er rørt.',
    other: '{count} lagra oppføringar i nettlesaren kunne ikkje opnast og er lagde til side. Ingenting anna er rørt.'
  },
  'hardening.damagedGo': 'Sjå dei under Prosjekt (last ned eller slett)',
  'hardening.showAllRows': 'Viser dei første {shown} av {count} radene. Vis alle (kan ta litt tid)',
  'hardening.matrixSkipped':
    'Med {count} einingar blir rutenettet for stort til å visast (grensa er {limit} einingar). Tabellen over einingane ovanfor har tala for kvar eining.',
  'caveat.sampled':
    'Nettverket har {actors} personar, så mellomposisjon og nærleik er anslått ut frå {sources} tilfeldig valde startpunkt i staden for alle. Med 95 % sikkerheit avvik kvar normert mellomposisjon med høgst {bound} frå det nøyaktige talet.'
};
