// Bokmål texts for the hardening feature (merged into nb.js).
export default {
  'hardening.exportNow': 'Eksporter det åpne prosjektet nå',
  'hardening.damagedFound': {
    one: 'Én lagret oppføring i nettleseren kunne ikke åpnes og er lagt til side. Ingenting annet er berørt.',
    other: '{count} lagrede oppføringer i nettleseren kunne ikke åpnes og er lagt til side. Ingenting annet er berørt.'
  },
  'hardening.damagedGo': 'Se dem under Prosjekter (last ned eller slett)',
  'hardening.showAllRows': 'Viser de første {shown} av {count} radene. Vis alle (kan ta litt tid)',
  'hardening.matrixSkipped':
    'Med {count} enheter blir rutenettet for stort til å vises (grensen er {limit} enheter). Tabellen over enhetene ovenfor har tallene for hver enhet.',
  'caveat.sampled':
    'Nettverket har {actors} personer, så mellomposisjon og nærhet er anslått ut fra {sources} tilfeldig valgte startpunkter i stedet for alle. Med 95 % sikkerhet avviker hver normerte mellomposisjon med høyst {bound} fra det nøyaktige tallet.'
};
