// Bokmål texts for the feedback to the people who answered (merged into nb.js): the tab under Kontakter and the
// sheet itself, which is written in the project's målform.
export default {
  // The tab
  'feedback.tab': 'Tilbakemelding',
  'feedback.title': 'Tilbakemelding til dem som svarte',
  'feedback.intro':
    'Gi noe tilbake til dem som svarte: ett ark per person med kontaktene og oppgavene personen selv oppga, kontaktmønsteret til enheten samlet og hovedfunnene for hele kommunen. Arket viser aldri hva andre har svart.',
  'feedback.roundNote': 'Arkene gjelder runden du har valgt øverst: «{wave}».',
  'feedback.languageLabel': 'Språk på arkene',
  'feedback.languageHint':
    'Arkene skrives på prosjektets målform ({language}). Du kan velge en annen for denne utskriften.',
  'feedback.languageHintNone': 'Prosjektet har ingen målform valgt. Du kan velge språk for arkene her.',
  'feedback.loading': 'Lager arkene …',
  'feedback.failed': 'Arkene kunne ikke lages.',
  'feedback.nobody': 'Ingen har svart i denne runden ennå. Når svarene er lest inn, kan du lage tilbakemeldinger her.',
  'feedback.printAll': { one: 'Skriv ut arket', other: 'Skriv ut alle {count} arkene' },
  'feedback.downloadAll': { one: 'Last ned arket som fil', other: 'Last ned alle {count} arkene som filer (zip)' },
  'feedback.filesNote':
    'Som fil får hver person en liten nettside (HTML) med sitt eget ark, uten skript, som kan sendes med e-post og åpnes i alle nettlesere. Send hver fil bare til personen den gjelder.',
  'feedback.listCaption': 'De som svarte i runden «{wave}»',
  'feedback.colPerson': 'Person',
  'feedback.colUnit': 'Enhet',
  'feedback.colContacts': 'Kontakter oppgitt',
  'feedback.show': 'Vis',
  'feedback.showNamed': 'Vis arket til {name}',
  'feedback.print': 'Skriv ut',
  'feedback.printNamed': 'Skriv ut arket til {name}',
  'feedback.download': 'Last ned',
  'feedback.downloadNamed': 'Last ned arket til {name}',
  'feedback.previewTitle': 'Arket til {name}',
  'feedback.saved': { one: '«{file}» er lastet ned.', other: '«{file}» med {count} ark er lastet ned.' },
  'feedback.saveFailed': 'Filen ble ikke laget: {message}',

  // The sheet
  'feedback.sheetTitle': 'Tilbakemelding til {name}',
  'feedback.sheetRound': '{municipality} · kartleggingsrunden «{wave}»',
  'feedback.sheetRoundOnly': 'Kartleggingsrunden «{wave}»',
  'feedback.sheetIntro':
    'Takk for at du svarte! Her ser du det du selv oppga, hvordan kontakten ser ut for enheten din, og hva kartleggingen viste for hele kommunen.',
  'feedback.ownTitle': 'Det du oppga',
  'feedback.contactsCaption': { one: 'Du oppga {count} kontakt', other: 'Du oppga {count} kontakter' },
  'feedback.noContacts': 'Du oppga ingen kontakter i denne runden.',
  'feedback.colHowOften': 'Hvor ofte',
  'feedback.colKinds': 'Type kontakt',
  'feedback.ownOnly': 'Her står bare det du selv svarte. Det andre har oppgitt om kontakt med deg, er ikke med.',
  'feedback.tasksCaption': { one: 'Du oppga {count} oppgave', other: 'Du oppga {count} oppgaver' },
  'feedback.noTasks': 'Du oppga ingen oppgaver i denne runden.',
  'feedback.colFunction': 'Funksjon',
  'feedback.colRole': 'Rolle',
  'feedback.colGroups': 'Målgrupper',
  'feedback.allGroups': 'Alle',
  'feedback.unitTitle': 'Enheten din: {unit}',
  'feedback.unitHidden': {
    one: 'Enheten din har færre enn {count} person, så her vises ingen tall for den. I en så liten enhet kunne noen ha kjent igjen hva den enkelte har svart.',
    other:
      'Enheten din har færre enn {count} personer, så her vises ingen tall for den. I en så liten enhet kunne noen ha kjent igjen hva den enkelte har svart.'
  },
  'feedback.unitResponse': 'I enheten svarte {responded} av {asked} som ble spurt ({rate}).',
  'feedback.unitNoneAsked': 'Ingen i enheten er registrert som spurt i denne runden.',
  'feedback.splitCaption': 'Hvor kontaktene går',
  'feedback.colWhere': 'Kontakt',
  'feedback.colCount': 'Antall',
  'feedback.colShare': 'Andel',
  'feedback.rowInside': 'Innad i samme enhet',
  'feedback.rowOtherUnits': 'Med andre enheter i kommunen',
  'feedback.rowPartners': 'Med eksterne samarbeidspartnere',
  'feedback.rowTotal': 'I alt',
  'feedback.topCaption': 'Enhetene dere har mest kontakt med',
  'feedback.noTop': 'Enheten har ingen kontakt med andre enheter i denne runden.',
  'feedback.pooledUnits': { one: 'Én liten enhet i kommunen', other: '{count} små enheter i kommunen til sammen' },
  'feedback.pooledPartners': {
    one: 'Én liten ekstern samarbeidspartner',
    other: '{count} små eksterne samarbeidspartnere til sammen'
  },
  'feedback.pooledNote': {
    one: 'Enheter med færre enn {count} person er slått sammen, slik at ingen av dem kan kjennes igjen.',
    other: 'Enheter med færre enn {count} personer er slått sammen, slik at ingen av dem kan kjennes igjen.'
  },
  'feedback.countedOnce':
    'En kontakt er to personer der minst én av dem oppga at de har kontakt. Hvert par telles én gang.',
  'feedback.orgTitle': 'Hele kommunen',
  'feedback.orgResponse': 'I hele kommunen svarte {responded} av {asked} som ble spurt ({rate}).',
  'feedback.orgSplit': {
    zero: 'Ingen oppga kontakter i denne runden.',
    one: 'Det ble oppgitt én kontakt i runden.',
    other:
      'Av de {count} kontaktene i runden går {inside} innad i enhetene, {otherUnits} mellom enheter i kommunen og {partners} til eksterne samarbeidspartnere.'
  },
  'feedback.findingsTitle': 'Hovedfunn',
  'feedback.noFindings': 'Kartleggingen viste ingen funn om nettverket som helhet som må følges opp.',
  'feedback.findingsNote': 'Funnene gjelder kommunen og enhetene, aldri enkeltpersoner.',
  'feedback.nextTitle': 'Hva skjer nå?',
  'feedback.next':
    'Arbeidsgruppen går gjennom resultatene og drøfter hvordan dere kan samarbeide enda bedre om det boligsosiale arbeidet. Det du har svart, er en viktig del av det grunnlaget.',
  'feedback.contact': 'Har du spørsmål eller vil rette noe i svaret ditt, ta kontakt med {contact}.',
  'feedback.contactNone':
    'Har du spørsmål eller vil rette noe i svaret ditt, ta kontakt med den som sendte deg spørreskjemaet.',
  'feedback.thanks': 'Takk for hjelpen!',
  'feedback.fileTitle': 'Tilbakemelding til {name} – {wave}'
};
