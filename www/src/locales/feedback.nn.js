// Nynorsk texts for the feedback to the people who answered (merged into nn.js).
export default {
  // The tab
  'feedback.tab': 'Tilbakemelding',
  'feedback.title': 'Tilbakemelding til dei som svara',
  'feedback.intro':
    'Gi noko tilbake til dei som svara: eitt ark per person med kontaktane og oppgåvene personen sjølv oppgav, kontaktmønsteret til eininga samla og hovudfunna for heile kommunen. Arket viser aldri kva andre har svara.',
  'feedback.roundNote': 'Arka gjeld runden du har valt øvst: «{wave}».',
  'feedback.languageLabel': 'Språk på arka',
  'feedback.languageHint':
    'Arka blir skrivne på målforma til prosjektet ({language}). Du kan velje ei anna for denne utskrifta.',
  'feedback.languageHintNone': 'Prosjektet har inga målform vald. Du kan velje språk for arka her.',
  'feedback.loading': 'Lagar arka …',
  'feedback.failed': 'Arka kunne ikkje lagast.',
  'feedback.nobody': 'Ingen har svara i denne runden enno. Når svara er lesne inn, kan du lage tilbakemeldingar her.',
  'feedback.printAll': { one: 'Skriv ut arket', other: 'Skriv ut alle dei {count} arka' },
  'feedback.downloadAll': { one: 'Last ned arket som fil', other: 'Last ned alle dei {count} arka som filer (zip)' },
  'feedback.filesNote':
    'Som fil får kvar person ei lita nettside (HTML) med sitt eige ark, utan skript, som kan sendast med e-post og opnast i alle nettlesarar. Send kvar fil berre til personen ho gjeld.',
  'feedback.listCaption': 'Dei som svara i runden «{wave}»',
  'feedback.colPerson': 'Person',
  'feedback.colUnit': 'Eining',
  'feedback.colContacts': 'Kontaktar oppgitt',
  'feedback.show': 'Vis',
  'feedback.showNamed': 'Vis arket til {name}',
  'feedback.print': 'Skriv ut',
  'feedback.printNamed': 'Skriv ut arket til {name}',
  'feedback.download': 'Last ned',
  'feedback.downloadNamed': 'Last ned arket til {name}',
  'feedback.previewTitle': 'Arket til {name}',
  'feedback.saved': { one: '«{file}» er lasta ned.', other: '«{file}» med {count} ark er lasta ned.' },
  'feedback.saveFailed': 'Fila vart ikkje laga: {message}',

  // The sheet
  'feedback.sheetTitle': 'Tilbakemelding til {name}',
  'feedback.sheetRound': '{municipality} · kartleggingsrunden «{wave}»',
  'feedback.sheetRoundOnly': 'Kartleggingsrunden «{wave}»',
  'feedback.sheetIntro':
    'Takk for at du svara! Her ser du det du sjølv oppgav, korleis kontakten ser ut for eininga di, og kva kartlegginga viste for heile kommunen.',
  'feedback.ownTitle': 'Det du oppgav',
  'feedback.contactsCaption': { one: 'Du oppgav {count} kontakt', other: 'Du oppgav {count} kontaktar' },
  'feedback.noContacts': 'Du oppgav ingen kontaktar i denne runden.',
  'feedback.colHowOften': 'Kor ofte',
  'feedback.colKinds': 'Type kontakt',
  'feedback.ownOnly': 'Her står berre det du sjølv svara. Det andre har oppgitt om kontakt med deg, er ikkje med.',
  'feedback.tasksCaption': { one: 'Du oppgav {count} oppgåve', other: 'Du oppgav {count} oppgåver' },
  'feedback.noTasks': 'Du oppgav ingen oppgåver i denne runden.',
  'feedback.colFunction': 'Funksjon',
  'feedback.colRole': 'Rolle',
  'feedback.colGroups': 'Målgrupper',
  'feedback.allGroups': 'Alle',
  'feedback.unitTitle': 'Eininga di: {unit}',
  'feedback.unitHidden': {
    one: 'Eininga di har færre enn {count} person, så her blir det ikkje vist tal for ho. I ei så lita eining kunne ein lett skjøne kva den einskilde har svara.',
    other:
      'Eininga di har færre enn {count} personar, så her blir det ikkje vist tal for ho. I ei så lita eining kunne ein lett skjøne kva den einskilde har svara.'
  },
  'feedback.unitResponse': 'I eininga svara {responded} av {asked} som vart spurde ({rate}).',
  'feedback.unitNoneAsked': 'Ingen i eininga er registrerte som spurde i denne runden.',
  'feedback.splitCaption': 'Kvar kontaktane går',
  'feedback.colWhere': 'Kontakt',
  'feedback.colCount': 'Tal',
  'feedback.colShare': 'Andel',
  'feedback.rowInside': 'Innanfor same eining',
  'feedback.rowOtherUnits': 'Med andre einingar i kommunen',
  'feedback.rowPartners': 'Med eksterne samarbeidspartnarar',
  'feedback.rowTotal': 'I alt',
  'feedback.topCaption': 'Einingane de har mest kontakt med',
  'feedback.noTop': 'Eininga har ingen kontakt med andre einingar i denne runden.',
  'feedback.pooledUnits': { one: 'Éi lita eining i kommunen', other: '{count} små einingar i kommunen til saman' },
  'feedback.pooledPartners': {
    one: 'Ein liten ekstern samarbeidspartnar',
    other: '{count} små eksterne samarbeidspartnarar til saman'
  },
  'feedback.pooledNote': {
    one: 'Einingar med færre enn {count} person er slått saman, slik at ingen av dei kan kjennast att.',
    other: 'Einingar med færre enn {count} personar er slått saman, slik at ingen av dei kan kjennast att.'
  },
  'feedback.countedOnce':
    'Ein kontakt er to personar der minst éin av dei oppgav at dei har kontakt. Kvart par blir talt éin gong.',
  'feedback.orgTitle': 'Heile kommunen',
  'feedback.orgResponse': 'I heile kommunen svara {responded} av {asked} som vart spurde ({rate}).',
  'feedback.orgSplit': {
    zero: 'Ingen oppgav kontaktar i denne runden.',
    one: 'Det vart oppgitt éin kontakt i runden.',
    other:
      'Av dei {count} kontaktane i runden går {inside} innanfor einingane, {otherUnits} mellom einingar i kommunen og {partners} til eksterne samarbeidspartnarar.'
  },
  'feedback.findingsTitle': 'Hovudfunn',
  'feedback.noFindings': 'Kartlegginga viste ingen funn om nettverket som heilskap som må følgjast opp.',
  'feedback.findingsNote': 'Funna gjeld kommunen og einingane, aldri einskildpersonar.',
  'feedback.nextTitle': 'Kva skjer no?',
  'feedback.next':
    'Arbeidsgruppa går gjennom resultata og drøftar korleis de kan samarbeide endå betre om det bustadsosiale arbeidet. Det du har svara, er ein viktig del av det grunnlaget.',
  'feedback.contact': 'Har du spørsmål eller vil rette noko i svaret ditt, ta kontakt med {contact}.',
  'feedback.contactNone':
    'Har du spørsmål eller vil rette noko i svaret ditt, ta kontakt med den som sende deg spørjeskjemaet.',
  'feedback.thanks': 'Takk for hjelpa!',
  'feedback.fileTitle': 'Tilbakemelding til {name} – {wave}'
};
