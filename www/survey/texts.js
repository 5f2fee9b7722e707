// The survey form's own texts: bokmål first, then nynorsk and English. The same keys, placeholders and plural
// shapes in all three (tests/js/survey-form.test.mjs checks). {name} placeholders are filled as text. The words for the kinds
// of contact and how often are the app's (one source, src/locales/contact-words.js; bundled into the form).
import { CONTACT_WORDS, keyed } from '../src/locales/contact-words.js';
import { intlLocales } from '../src/lib/locale.js';

/** The form's languages in the order its switch offers them. */
export const FORM_LANGS = ['nb', 'nn', 'en'];

// Each language is named in its own words, whichever language the form is in.
const LANG_NAMES = { 'lang.nb': 'Bokmål', 'lang.nn': 'Nynorsk', 'lang.en': 'English' };

export const TEXTS = {
  nb: {
    'lang.label': 'Språk',
    ...LANG_NAMES,
    title: 'Spørreskjema om boligsosialt samarbeid',
    titleFor: 'Spørreskjema for {name}',
    intro:
      '{municipality} kartlegger hvordan arbeidet med boliger og oppfølging av beboere er organisert. Det tar rundt ti minutter å svare.',
    'intro.municipality': 'Kommunen',
    wave: 'Kartleggingsrunde: {wave}',
    'privacy.title': 'Før du begynner: frivillighet og personvern',
    'privacy.voluntary': 'Det er frivillig å svare. Du kan hoppe over spørsmål eller la være å svare.',
    'privacy.what':
      'Vi spør hvem du utveksler informasjon med om boligsosialt arbeid, hvor ofte og hva slags kontakt det er, og hvilke oppgaver du har for hvilke målgrupper. Vi spør ikke om brukere eller saker.',
    'privacy.who':
      'Svaret ditt leses av den som koordinerer kartleggingen i kommunen. Det brukes til å se hvordan samarbeidet fungerer, ikke til å vurdere deg som ansatt.',
    'privacy.stored':
      'Skjemaet virker bare på denne maskinen og sender ingenting over nettet. Mens du svarer, lagres et utkast i nettleseren her. Du kan slette det når som helst.',
    'privacy.file':
      'Når du trykker «Lagre svaret», lagres en fil i nedlastingsmappen din. Filen forlater maskinen først når du selv sender den til koordinatoren.',
    'who.title': 'Hvem svarer?',
    'who.label': 'Velg navnet ditt',
    'who.choose': '– Velg –',
    'who.missing': 'Velg navnet ditt før du svarer.',
    'people.title': '1. Hvem utveksler du informasjon med?',
    'people.help':
      'Kryss av for personene du utveksler informasjon med om boligsosialt arbeid, i din egen enhet og i andre. Velg deretter hvor ofte og hva slags kontakt det er.',
    'people.search': 'Søk etter navn eller enhet',
    'people.noMatch': 'Ingen navn passer søket.',
    'people.shown': { one: '{count} person vises', other: '{count} personer vises' },
    'people.external': 'Samarbeidspartner utenfor kommunen',
    'chosen.title': 'Kontaktene dine',
    'chosen.none': 'Du har ikke valgt noen ennå.',
    'chosen.count': { one: 'Du har valgt {count} person.', other: 'Du har valgt {count} personer.' },
    'chosen.frequency': 'Hvor ofte har du kontakt med {name}?',
    'chosen.types': 'Hva slags kontakt har du med {name}?',
    'chosen.remove': 'Fjern',
    'chosen.removeLabel': 'Fjern {name} fra listen',
    ...keyed('freq.', CONTACT_WORDS.nb.frequencies),
    ...keyed('type.', CONTACT_WORDS.nb.tieTypes),
    'tasks.title': '2. Hvilke oppgaver har du?',
    'tasks.help':
      'For hver funksjon du har noe med: velg rollen din og hvilke målgrupper det gjelder. La resten stå på «Ikke min oppgave».',
    'tasks.role': 'Din rolle i «{name}»',
    'tasks.groups': 'Målgrupper for «{name}»',
    'role.none': 'Ikke min oppgave',
    'role.responsible': 'Jeg har ansvaret',
    'role.performs': 'Jeg utfører oppgaven',
    'role.contributes': 'Jeg bidrar',
    'save.title': '3. Lagre og send',
    'save.help':
      'Trykk «Lagre svaret». Send deretter filen til den som ba deg svare, for eksempel som vedlegg i e-post.',
    'save.button': 'Lagre svaret',
    'save.errorsTitle': { one: 'Rett opp {count} ting før du lagrer:', other: 'Rett opp {count} ting før du lagrer:' },
    'save.noFrequency': 'Velg hvor ofte du har kontakt med {name}.',
    'save.noType': 'Velg minst én type kontakt med {name}.',
    'save.done': 'Svaret er lagret som «{file}» i nedlastingsmappen. Send filen til koordinatoren.',
    'save.empty': 'Du har ikke valgt noen kontakter eller oppgaver. Du kan likevel lagre, hvis det er riktig.',
    'draft.restored': 'Vi fant et utkast fra sist du svarte, og har hentet det fram.',
    'draft.saved': 'Utkastet lagres i nettleseren på denne maskinen.',
    'draft.unavailable': 'Nettleseren tillater ikke å lagre utkast. Svar ferdig før du lukker skjemaet.',
    'draft.clear': 'Slett utkast og begynn på nytt',
    'draft.cleared': 'Utkastet er slettet.',
    'bad.title': 'Skjemaet kan ikke åpnes',
    'bad.body': 'Denne filen mangler opplysningene skjemaet trenger. Be koordinatoren om en ny fil.',
    footer: 'Laget med Bosam. Skjemaet virker uten internett.'
  },
  nn: {
    'lang.label': 'Språk',
    ...LANG_NAMES,
    title: 'Spørjeskjema om bustadsosialt samarbeid',
    titleFor: 'Spørjeskjema for {name}',
    intro:
      '{municipality} kartlegg korleis arbeidet med bustader og oppfølging av bebuarar er organisert. Det tek rundt ti minutt å svare.',
    'intro.municipality': 'Kommunen',
    wave: 'Kartleggingsrunde: {wave}',
    'privacy.title': 'Før du byrjar: frivilligheit og personvern',
    'privacy.voluntary': 'Det er frivillig å svare. Du kan hoppe over spørsmål eller la vere å svare.',
    'privacy.what':
      'Vi spør kven du utvekslar informasjon med om bustadsosialt arbeid, kor ofte og kva slags kontakt det er, og kva oppgåver du har for kva målgrupper. Vi spør ikkje om brukarar eller saker.',
    'privacy.who':
      'Svaret ditt blir lese av den som koordinerer kartlegginga i kommunen. Det blir brukt til å sjå korleis samarbeidet fungerer, ikkje til å vurdere deg som tilsett.',
    'privacy.stored':
      'Skjemaet verkar berre på denne maskinen og sender ingenting over nettet. Medan du svarar, blir eit utkast lagra i nettlesaren her. Du kan slette det når som helst.',
    'privacy.file':
      'Når du trykkjer på «Lagre svaret», blir ei fil lagra i nedlastingsmappa di. Fila forlèt maskinen først når du sjølv sender henne til koordinatoren.',
    'who.title': 'Kven svarar?',
    'who.label': 'Vel namnet ditt',
    'who.choose': '– Vel –',
    'who.missing': 'Vel namnet ditt før du svarar.',
    'people.title': '1. Kven utvekslar du informasjon med?',
    'people.help':
      'Kryss av for personane du utvekslar informasjon med om bustadsosialt arbeid, i di eiga eining og i andre. Vel deretter kor ofte og kva slags kontakt det er.',
    'people.search': 'Søk etter namn eller eining',
    'people.noMatch': 'Ingen namn passar til søket.',
    'people.shown': { one: '{count} person blir vist', other: '{count} personar blir viste' },
    'people.external': 'Samarbeidspartnar utanfor kommunen',
    'chosen.title': 'Kontaktane dine',
    'chosen.none': 'Du har ikkje valt nokon enno.',
    'chosen.count': { one: 'Du har valt {count} person.', other: 'Du har valt {count} personar.' },
    'chosen.frequency': 'Kor ofte har du kontakt med {name}?',
    'chosen.types': 'Kva slags kontakt har du med {name}?',
    'chosen.remove': 'Fjern',
    'chosen.removeLabel': 'Fjern {name} frå lista',
    ...keyed('freq.', CONTACT_WORDS.nn.frequencies),
    ...keyed('type.', CONTACT_WORDS.nn.tieTypes),
    'tasks.title': '2. Kva oppgåver har du?',
    'tasks.help':
      'For kvar funksjon du har noko med: vel rolla di og kva målgrupper det gjeld. La resten stå på «Ikkje mi oppgåve».',
    'tasks.role': 'Rolla di i «{name}»',
    'tasks.groups': 'Målgrupper for «{name}»',
    'role.none': 'Ikkje mi oppgåve',
    'role.responsible': 'Eg har ansvaret',
    'role.performs': 'Eg utfører oppgåva',
    'role.contributes': 'Eg bidreg',
    'save.title': '3. Lagre og send',
    'save.help':
      'Trykk på «Lagre svaret». Send deretter fila til den som bad deg svare, til dømes som vedlegg i e-post.',
    'save.button': 'Lagre svaret',
    'save.errorsTitle': { one: 'Rett opp {count} ting før du lagrar:', other: 'Rett opp {count} ting før du lagrar:' },
    'save.noFrequency': 'Vel kor ofte du har kontakt med {name}.',
    'save.noType': 'Vel minst éin type kontakt med {name}.',
    'save.done': 'Svaret er lagra som «{file}» i nedlastingsmappa. Send fila til koordinatoren.',
    'save.empty': 'Du har ikkje valt nokon kontaktar eller oppgåver. Du kan likevel lagre, viss det er rett.',
    'draft.restored': 'Vi fann eit utkast frå sist du svara, og har henta det fram.',
    'draft.saved': 'Utkastet blir lagra i nettlesaren på denne maskinen.',
    'draft.unavailable': 'Nettlesaren tillèt ikkje å lagre utkast. Svar ferdig før du lukkar skjemaet.',
    'draft.clear': 'Slett utkastet og byrj på nytt',
    'draft.cleared': 'Utkastet er sletta.',
    'bad.title': 'Skjemaet kan ikkje opnast',
    'bad.body': 'Denne fila manglar opplysningane skjemaet treng. Be koordinatoren om ei ny fil.',
    footer: 'Laga med Bosam. Skjemaet verkar utan internett.'
  },
  en: {
    'lang.label': 'Language',
    ...LANG_NAMES,
    title: 'Survey on housing-social collaboration',
    titleFor: 'Survey for {name}',
    intro:
      '{municipality} is mapping how its work on housing and follow-up of residents is organised. Answering takes about ten minutes.',
    'intro.municipality': 'The municipality',
    wave: 'Survey round: {wave}',
    'privacy.title': 'Before you start: taking part and privacy',
    'privacy.voluntary': 'Taking part is voluntary. You may skip questions or not answer at all.',
    'privacy.what':
      'We ask whom you exchange information with about housing-social work, how often and what kind of contact it is, and which tasks you have for which target groups. We do not ask about clients or cases.',
    'privacy.who':
      'Your answer is read by the person coordinating the mapping in the municipality. It is used to see how the collaboration works, not to assess you as an employee.',
    'privacy.stored':
      'This form works only on this computer and sends nothing over the internet. While you answer, a draft is kept in this browser. You can delete it at any time.',
    'privacy.file':
      'When you press “Save the answer”, a file is saved in your downloads folder. The file only leaves this computer when you send it to the coordinator yourself.',
    'who.title': 'Who is answering?',
    'who.label': 'Choose your name',
    'who.choose': '– Choose –',
    'who.missing': 'Choose your name before you answer.',
    'people.title': '1. Whom do you exchange information with?',
    'people.help':
      'Tick the people you exchange information with about housing-social work, in your own unit and in others. Then choose how often and what kind of contact it is.',
    'people.search': 'Search by name or unit',
    'people.noMatch': 'No names match the search.',
    'people.shown': { one: '{count} person shown', other: '{count} people shown' },
    'people.external': 'Partner outside the municipality',
    'chosen.title': 'Your contacts',
    'chosen.none': 'You have not chosen anyone yet.',
    'chosen.count': { one: 'You have chosen {count} person.', other: 'You have chosen {count} people.' },
    'chosen.frequency': 'How often are you in contact with {name}?',
    'chosen.types': 'What kind of contact do you have with {name}?',
    'chosen.remove': 'Remove',
    'chosen.removeLabel': 'Remove {name} from the list',
    ...keyed('freq.', CONTACT_WORDS.en.frequencies),
    ...keyed('type.', CONTACT_WORDS.en.tieTypes),
    'tasks.title': '2. Which tasks do you have?',
    'tasks.help':
      'For each function you are involved in: choose your role and which target groups it concerns. Leave the rest at “Not my task”.',
    'tasks.role': 'Your role in “{name}”',
    'tasks.groups': 'Target groups for “{name}”',
    'role.none': 'Not my task',
    'role.responsible': 'I am responsible',
    'role.performs': 'I perform the task',
    'role.contributes': 'I contribute',
    'save.title': '3. Save and send',
    'save.help':
      'Press “Save the answer”. Then send the file to the person who asked you, for example as an e-mail attachment.',
    'save.button': 'Save the answer',
    'save.errorsTitle': { one: 'Fix {count} thing before saving:', other: 'Fix {count} things before saving:' },
    'save.noFrequency': 'Choose how often you are in contact with {name}.',
    'save.noType': 'Choose at least one kind of contact with {name}.',
    'save.done': 'The answer is saved as “{file}” in your downloads folder. Send the file to the coordinator.',
    'save.empty': 'You have not chosen any contacts or tasks. You can still save if that is right.',
    'draft.restored': 'We found a draft from last time and brought it back.',
    'draft.saved': 'The draft is kept in this browser on this computer.',
    'draft.unavailable': 'This browser does not allow drafts to be kept. Finish before closing the form.',
    'draft.clear': 'Delete the draft and start again',
    'draft.cleared': 'The draft is deleted.',
    'bad.title': 'The form cannot be opened',
    'bad.body': 'This file lacks the information the form needs. Ask the coordinator for a new file.',
    footer: 'Made with Bosam. The form works without the internet.'
  }
};

/**
 * Look up a text; {one, other} picks by params.count (a number) and the language's plural rules; {name}
 * placeholders are filled, numbers written for the language (the app's rules: src/i18n.js, lib/locale.js).
 */
export function translate(lang, key, params = {}) {
  const table = TEXTS[lang] || TEXTS.nb;
  let value = table[key] !== undefined ? table[key] : TEXTS.nb[key];
  if (value === undefined) return key;
  const locales = intlLocales(lang);
  if (typeof value === 'object') {
    const count = typeof params.count === 'number' ? params.count : 0;
    value = value[new Intl.PluralRules(locales).select(count)] || value.other;
  }
  const text = (v) => (typeof v === 'number' ? new Intl.NumberFormat(locales).format(v) : String(v));
  return value.replace(/\{(\w+)\}/g, (m, k) => (params[k] !== undefined ? text(params[k]) : m));
}
