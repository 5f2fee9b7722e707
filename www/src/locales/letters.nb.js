// The privacy texts Bosam writes for a survey (lib/privacy-texts.js): the information letter to the people asked
// (letter.*) and the starting point for the data-protection impact assessment (dpia.*). Written for the reader:
// a respondent, and the municipality's privacy officer. Every claim here must be true of what Bosam does.
export default {
  'letter.title': 'Informasjon om kartleggingen av boligsosialt samarbeid',
  'letter.toAll': 'Til deg som blir spurt om å svare på spørreskjemaet',
  'letter.to': 'Til {name}',
  'letter.round': 'Kartleggingsrunde: «{wave}»',
  'letter.roundDated': 'Kartleggingsrunde: «{wave}», {date}',
  'letter.intro':
    '{municipality} kartlegger hvordan det boligsosiale arbeidet er organisert: hvem som gjør hvilke oppgaver, og hvem som utveksler informasjon med hvem. Du blir spurt fordi du arbeider med boligsosiale oppgaver eller samarbeider med kommunen om dem.',
  'letter.introNoName':
    'Kommunen kartlegger hvordan det boligsosiale arbeidet er organisert: hvem som gjør hvilke oppgaver, og hvem som utveksler informasjon med hvem. Du blir spurt fordi du arbeider med boligsosiale oppgaver eller samarbeider med kommunen om dem.',
  'letter.askedTitle': 'Hva vi spør om',
  'letter.askedContacts': {
    one: 'Spørreskjemaet viser navnet og enheten til {count} person som er med i kartleggingen. Du krysser av for dem du utveksler informasjon med om boligsosialt arbeid, og velger hvor ofte dere har kontakt (daglig, ukentlig, månedlig eller sjeldnere) og hva slags kontakt det er (informasjon, samarbeid om saker, råd og veiledning eller henvisning).',
    other:
      'Spørreskjemaet viser navnene og enhetene til de {count} personene som er med i kartleggingen. Du krysser av for dem du utveksler informasjon med om boligsosialt arbeid, og velger hvor ofte dere har kontakt (daglig, ukentlig, månedlig eller sjeldnere) og hva slags kontakt det er (informasjon, samarbeid om saker, råd og veiledning eller henvisning).'
  },
  'letter.askedTasks': {
    one: 'Du oppgir også om du har noe med den boligsosiale oppgaven i skjemaet: om du har ansvaret, utfører oppgaven eller bidrar, og for hvilke målgrupper.',
    other:
      'Du oppgir også hvilke av de {count} boligsosiale oppgavene i skjemaet du har noe med: om du har ansvaret, utfører oppgaven eller bidrar, og for hvilke målgrupper.'
  },
  'letter.askedNot':
    'Vi spør ikke om brukere eller enkeltsaker, og skjemaet har ingen felt der du skriver fritt. Det tar rundt ti minutter å svare.',
  'letter.whyTitle': 'Hvorfor vi spør',
  'letter.why':
    'Arbeidsgruppen for det boligsosiale arbeidet lager et kunnskapsgrunnlag om hvordan arbeidet er organisert. Svarene viser hvor samarbeidet fungerer godt, hvor informasjon ikke når fram, og hvor arbeidet hviler på få personer. Resultatet brukes til å drøfte hvordan arbeidet bør organiseres. Svarene brukes ikke til å vurdere deg eller andre som arbeidstakere.',
  'letter.basisTitle': 'Grunnlaget for å behandle opplysningene',
  'letter.basis':
    'Kommunen behandler opplysningene for å utføre en oppgave i allmennhetens interesse, jf. personvernforordningen artikkel 6 nr. 1 bokstav e. Oppgaven følger av lov 20. desember 2022 nr. 121 om kommunenes ansvar på det boligsosiale feltet (boligsosial lov), som pålegger kommunen å samordne tjenestene sine og samarbeide på tvers av sektorer.',
  'letter.voluntaryTitle': 'Det er frivillig å svare',
  'letter.voluntary':
    'Du velger selv om du vil svare, og det får ingen følger for deg om du lar være. Du kan også hoppe over spørsmål. Selv om du ikke svarer, kan andre oppgi at de har kontakt med deg. Da står navnet ditt i svarene deres.',
  'letter.whoTitle': 'Hvem som ser svarene',
  'letter.whoGroup':
    'Du sender selv svaret som en fil til den som koordinerer kartleggingen. Svarene lagres og analyseres bare på koordinatorens datamaskin og i kommunens egne filer; programmet sender ingenting over nettet. Arbeidsgruppen ser svarene med navn.',
  'letter.whoReport':
    'Rapporten til styringsgruppen viser nettverket som et kart der personene står med navn og kontaktene er tegnet som linjer, tykkere jo oftere. Rapporten kan peke ut personer som mange kontakter går gjennom, eller som har lite kontakt med andre, og den viser hvor mange som svarte i hver enhet.',
  'letter.whoShared': {
    one: 'Hvis kommunen deler tall med forskere eller andre kommuner, får de en kopi der navnene er byttet ut med koder og merknader er fjernet, og der enheter med færre enn {count} person er slått sammen.',
    other:
      'Hvis kommunen deler tall med forskere eller andre kommuner, får de en kopi der navnene er byttet ut med koder og merknader er fjernet, og der enheter med færre enn {count} personer er slått sammen.'
  },
  'letter.keptTitle': 'Hvor lenge svarene lagres',
  'letter.kept':
    'Svarene lagres til og med {date}. Etter det blir hver enkelts svar slettet: kontaktene og oppgavene de har oppgitt, og hvem som svarte. Bare samlede tall for hele kartleggingen, som svarprosenten og hvor tett nettverket er, blir tatt vare på.',
  'letter.rightsTitle': 'Dine rettigheter',
  'letter.rights':
    'Du har rett til innsyn i opplysningene om deg, til å få rettet feil, til å be om at opplysningene blir slettet, og til å protestere mot behandlingen. Ta kontakt med kontaktpersonen nedenfor. Mener du at kommunen bryter personvernreglene, kan du klage til Datatilsynet.',
  'letter.contactTitle': 'Spørsmål og kontakt',
  'letter.controller': 'Behandlingsansvarlig: {controller}',
  'letter.contact': 'Kontaktperson for kartleggingen: {contact}',
  'letter.gap.controller': '[behandlingsansvarlig mangler]',
  'letter.gap.contact': '[kontaktperson mangler]',
  'letter.gap.answersKeptUntil': '[dato mangler]',

  'dpia.title': 'Vurdering av personvernkonsekvenser (DPIA): utgangspunkt',
  'dpia.subtitle': 'Kartlegging av det boligsosiale samarbeidet i {municipality}',
  'dpia.made': 'Laget av Bosam {date} fra prosjektet.',
  'dpia.intro':
    'Bosam har fylt inn fakta fra prosjektet. Feltene merket «Kommunens vurdering» fyller kommunen ut selv. Dette er et utgangspunkt, ikke en ferdig vurdering; ta med personvernombudet, og gjerne tillitsvalgte og verneombud.',
  'dpia.assessLabel': 'Kommunens vurdering',
  'dpia.purposeTitle': '1. Behandlingen og formålet',
  'dpia.purpose':
    'Arbeidsgruppen for det boligsosiale arbeidet kartlegger hvem som gjør hvilke boligsosiale oppgaver, og hvem som utveksler informasjon med hvem. Kartleggingen er et kunnskapsgrunnlag for å drøfte hvordan arbeidet bør organiseres. Opplysningene skal ikke brukes til å vurdere enkeltansatte.',
  'dpia.controller': 'Behandlingsansvarlig: {controller}',
  'dpia.basis':
    'Behandlingsgrunnlag: en oppgave i allmennhetens interesse, personvernforordningen artikkel 6 nr. 1 bokstav e, med supplerende grunnlag i lov 20. desember 2022 nr. 121 om kommunenes ansvar på det boligsosiale feltet (boligsosial lov).',
  'dpia.purposeAssess': 'Er grunnlaget riktig for denne kartleggingen, og er formålet avgrenset nok?',
  'dpia.dataTitle': '2. Hvilke opplysninger som behandles',
  'dpia.dataPeople': {
    one: 'Om personen i kartleggingen ({count} person i {units}): navn og enhet, og der det er registrert, stillingstittel, årsverk og arbeidssted.',
    other:
      'Om personene i kartleggingen ({count} personer i {units}): navn og enhet, og der det er registrert, stillingstittel, årsverk og arbeidssted.'
  },
  'dpia.dataAnswers':
    'Fra svarene: hvem personen oppgir å utveksle informasjon med om boligsosialt arbeid, hvor ofte og hva slags kontakt det er; hvilke boligsosiale oppgaver personen har, med rolle og målgrupper; og om personen har svart.',
  'dpia.dataMap':
    'Arbeidsgruppens ansvarskart: hvilke enheter og personer som har hvilke funksjoner, med årsverk og beslutningsmyndighet.',
  'dpia.dataNot':
    'Det spørres ikke om brukere, enkeltsaker, helse eller andre særlige kategorier av personopplysninger, og skjemaet har ingen felt for fritekst.',
  'dpia.dataAssess': 'Er alle opplysningene nødvendige for formålet?',
  'dpia.whoTitle': '3. Hvem opplysningene gjelder',
  'dpia.whoStaff': 'Ansatte i kommunen som arbeider med boligsosiale oppgaver.',
  'dpia.whoExternal': {
    zero: 'Prosjektet har ingen eksterne samarbeidspartnere registrert.',
    one: 'Kontaktpersoner hos {count} ekstern samarbeidspartner.',
    other: 'Kontaktpersoner hos {count} eksterne samarbeidspartnere.'
  },
  'dpia.whoNamed':
    'Også personer som ikke svarer, kan være nevnt i andres svar. I et ansettelsesforhold kan det være vanskelig å la være å svare; at det er frivillig, må derfor vises i praksis.',
  'dpia.whoAssess': 'Er noen av de registrerte særlig sårbare, for eksempel i små enheter?',
  'dpia.sourcesTitle': '4. Hvor opplysningene kommer fra',
  'dpia.sources':
    'Arbeidsgruppens egen registrering eller en ansattliste (navn, enhet, stilling); svarfilene respondentene selv sender til koordinatoren; og andres svar, der en person kan bli nevnt som kontakt.',
  'dpia.recipientsTitle': '5. Hvem som får opplysningene',
  'dpia.recipientsGroup': 'Arbeidsgruppen: alle opplysningene, med navn.',
  'dpia.recipientsReport':
    'Styringsgruppen: rapporten, der nettverket vises som et kart med navn, og der personer som mange kontakter går gjennom, kan bli pekt ut.',
  'dpia.recipientsShared': {
    one: 'Forskere eller andre kommuner, bare hvis kommunen velger å dele: en pseudonymisert kopi der navn er byttet ut med koder, merknader er fjernet og enheter med færre enn {count} person er slått sammen.',
    other:
      'Forskere eller andre kommuner, bare hvis kommunen velger å dele: en pseudonymisert kopi der navn er byttet ut med koder, merknader er fjernet og enheter med færre enn {count} personer er slått sammen.'
  },
  'dpia.recipientsNone':
    'Ingen databehandler: Bosam kjører i nettleseren på koordinatorens datamaskin og sender ingenting over nettet.',
  'dpia.recipientsAssess':
    'Hvem i kommunen skal ha tilgang? Hvilke kanaler er godkjent for å sende svarfiler og rapporter?',
  'dpia.storageTitle': '6. Lagring og sikkerhet',
  'dpia.storage':
    'Prosjektet lagres i nettleseren på koordinatorens datamaskin og i filene koordinatoren lagrer eller eksporterer. Programmet har ingen nettverkstilgang og sender ingenting noe sted. Spørreskjemaet er en fil som virker uten internett; svaret lagres som en fil som respondenten selv sender, for eksempel som vedlegg i e-post.',
  'dpia.storageFiles':
    'Skjemafilene inneholder navn og enhet for alle i kartleggingen. Svarfiler, eksporterte prosjekter og utskrifter er kopier som kommunen selv må ta vare på og slette.',
  'dpia.storageAssess':
    'Hvor lagres filene, og hvem har tilgang til maskinen og filene? Når slettes e-poster med svarfiler?',
  'dpia.retentionTitle': '7. Lagringstid',
  'dpia.retention':
    'Svarene lagres til og med {date}. Etter det tilbyr Bosam å slette kontaktene og oppgavene hver enkelt har oppgitt, og hvem som svarte, og tar bare vare på samlede tall for hver runde.',
  'dpia.retentionCopies':
    'Bosam sletter ikke kopier utenfor programmet, som svarfiler, eksporterte prosjekter og utskrifter.',
  'dpia.retentionAssess': 'Er lagringstiden riktig? Hvem sørger for at kopiene blir slettet?',
  'dpia.risksTitle': '8. Risikoer for de registrerte',
  'dpia.riskSmallUnits':
    'Identifisering i små enheter: i en enhet med én eller to personer peker tall for enheten, eller en stillingstittel, rett på dem, også i en kopi uten navn.',
  'dpia.riskInference':
    'Følsomme slutninger: et nettverkskart kan leses som en dom over den enkeltes plass i arbeidsfellesskapet, for eksempel som isolert eller som flaskehals, og det kan påvirke arbeidsforholdet.',
  'dpia.riskCopies':
    'Kopier som lever lenger enn formålet: svarfiler i e-post, eksporterte prosjekter og utskrifter kan bli liggende etter at svarene er slettet i Bosam.',
  'dpia.riskPressure': 'Press til å svare: i et ansettelsesforhold kan det være vanskelig å si nei.',
  'dpia.risksAssess': 'Hvor sannsynlig er hver risiko, og hvor alvorlig ville den være for den enkelte?',
  'dpia.measuresTitle': '9. Tiltak',
  'dpia.measurePseudonym': {
    one: 'Kopier som deles utenfor arbeidsgruppen, er pseudonymisert, og enheter med færre enn {count} person er slått sammen.',
    other:
      'Kopier som deles utenfor arbeidsgruppen, er pseudonymisert, og enheter med færre enn {count} personer er slått sammen.'
  },
  'dpia.measureRetention': 'Svarene slettes etter {date}; bare samlede tall blir tatt vare på.',
  'dpia.measureAccess':
    'Bare arbeidsgruppen har tilgang til prosjektet med navn. Rapporten deles bare med dem som trenger den.',
  'dpia.measureOffline': 'Ingen skytjeneste og ingen databehandler: alt skjer på kommunens egen datamaskin.',
  'dpia.measureVoluntary': 'De som blir spurt, får informasjonsbrevet før de svarer, og det er frivillig å svare.',
  'dpia.measureWording':
    'Funnene beskriver mønstre i samarbeidet og er et utgangspunkt for drøfting, ikke vurderinger av enkeltpersoner.',
  'dpia.measuresAssess': 'Er tiltakene nok? Hva mer skal gjøres, og av hvem?',
  'dpia.conclusionTitle': '10. Konklusjon',
  'dpia.conclusionAssess': 'Restrisiko, konklusjon, og om Datatilsynet må spørres før behandlingen begynner.',
  'dpia.signed': 'Vurdert av og dato'
};
