// Nynorsk: the information letter (letter.*) and the starting point for the DPIA (dpia.*); see letters.nb.js.
export default {
  'letter.title': 'Informasjon om kartlegginga av bustadsosialt samarbeid',
  'letter.toAll': 'Til deg som blir spurd om å svare på spørjeskjemaet',
  'letter.to': 'Til {name}',
  'letter.round': 'Kartleggingsrunde: «{wave}»',
  'letter.roundDated': 'Kartleggingsrunde: «{wave}», {date}',
  'letter.intro':
    '{municipality} kartlegg korleis det bustadsosiale arbeidet er organisert: kven som gjer kva oppgåver, og kven som utvekslar informasjon med kven. Du blir spurd fordi du arbeider med bustadsosiale oppgåver eller samarbeider med kommunen om dei.',
  'letter.introNoName':
    'Kommunen kartlegg korleis det bustadsosiale arbeidet er organisert: kven som gjer kva oppgåver, og kven som utvekslar informasjon med kven. Du blir spurd fordi du arbeider med bustadsosiale oppgåver eller samarbeider med kommunen om dei.',
  'letter.askedTitle': 'Kva vi spør om',
  'letter.askedContacts': {
    one: 'Spørjeskjemaet viser namnet og eininga til {count} person som er med i kartlegginga. Du kryssar av for dei du utvekslar informasjon med om bustadsosialt arbeid, og vel kor ofte de har kontakt (dagleg, vekentleg, månadleg eller sjeldnare) og kva slags kontakt det er (informasjon, samarbeid om saker, råd og rettleiing eller tilvising).',
    other:
      'Spørjeskjemaet viser namna og einingane til dei {count} personane som er med i kartlegginga. Du kryssar av for dei du utvekslar informasjon med om bustadsosialt arbeid, og vel kor ofte de har kontakt (dagleg, vekentleg, månadleg eller sjeldnare) og kva slags kontakt det er (informasjon, samarbeid om saker, råd og rettleiing eller tilvising).'
  },
  'letter.askedTasks': {
    one: 'Du oppgir også om du har noko med den bustadsosiale oppgåva i skjemaet: om du har ansvaret, utfører oppgåva eller bidreg, og for kva målgrupper.',
    other:
      'Du oppgir også kva for nokre av dei {count} bustadsosiale oppgåvene i skjemaet du har noko med: om du har ansvaret, utfører oppgåva eller bidreg, og for kva målgrupper.'
  },
  'letter.askedNot':
    'Vi spør ikkje om brukarar eller enkeltsaker, og skjemaet har ingen felt der du skriv fritt. Det tek rundt ti minutt å svare.',
  'letter.whyTitle': 'Kvifor vi spør',
  'letter.why':
    'Arbeidsgruppa for det bustadsosiale arbeidet lagar eit kunnskapsgrunnlag om korleis arbeidet er organisert. Svara viser kvar samarbeidet fungerer godt, kvar informasjon ikkje når fram, og kvar arbeidet kviler på få personar. Resultatet blir brukt til å drøfte korleis arbeidet bør organiserast. Svara blir ikkje brukte til å vurdere deg eller andre som arbeidstakarar.',
  'letter.basisTitle': 'Grunnlaget for å behandle opplysningane',
  'letter.basis':
    'Kommunen behandlar opplysningane for å utføre ei oppgåve i allmenta si interesse, jf. personvernforordninga artikkel 6 nr. 1 bokstav e. Oppgåva følgjer av lov 20. desember 2022 nr. 121 om kommunane sitt ansvar på det bustadsosiale feltet (bustadsosial lov), som pålegg kommunen å samordne tenestene sine og samarbeide på tvers av sektorar.',
  'letter.voluntaryTitle': 'Det er frivillig å svare',
  'letter.voluntary':
    'Du vel sjølv om du vil svare, og det får ingen følgjer for deg om du lèt vere. Du kan også hoppe over spørsmål. Sjølv om du ikkje svarar, kan andre oppgi at dei har kontakt med deg. Då står namnet ditt i svara deira.',
  'letter.whoTitle': 'Kven som ser svara',
  'letter.whoGroup':
    'Du sender sjølv svaret som ei fil til den som koordinerer kartlegginga. Svara blir lagra og analyserte berre på datamaskina til koordinatoren og i filene til kommunen; programmet sender ingenting over nettet. Arbeidsgruppa ser svara med namn.',
  'letter.whoReport':
    'Rapporten til styringsgruppa viser nettverket som eit kart der personane står med namn og kontaktane er teikna som linjer, tjukkare jo oftare. Rapporten kan peike ut personar som mange kontaktar går gjennom, eller som har lite kontakt med andre, og han viser kor mange som svara i kvar eining.',
  'letter.whoShared': {
    one: 'Dersom kommunen deler tal med forskarar eller andre kommunar, får dei ein kopi der namna er bytte ut med kodar og merknader er fjerna, og der einingar med færre enn {count} person er slått saman.',
    other:
      'Dersom kommunen deler tal med forskarar eller andre kommunar, får dei ein kopi der namna er bytte ut med kodar og merknader er fjerna, og der einingar med færre enn {count} personar er slått saman.'
  },
  'letter.keptTitle': 'Kor lenge svara blir lagra',
  'letter.kept':
    'Svara blir lagra til og med {date}. Etter det blir svara frå kvar enkelt sletta: kontaktane og oppgåvene dei har oppgitt, og kven som svara. Berre samla tal for heile kartlegginga, som svarprosenten og kor tett nettverket er, blir tekne vare på.',
  'letter.rightsTitle': 'Rettane dine',
  'letter.rights':
    'Du har rett til innsyn i opplysningane om deg, til å få retta feil, til å be om at opplysningane blir sletta, og til å protestere mot behandlinga. Ta kontakt med kontaktpersonen nedanfor. Meiner du at kommunen bryt personvernreglane, kan du klage til Datatilsynet.',
  'letter.contactTitle': 'Spørsmål og kontakt',
  'letter.controller': 'Behandlingsansvarleg: {controller}',
  'letter.contact': 'Kontaktperson for kartlegginga: {contact}',
  'letter.gap.controller': '[behandlingsansvarleg manglar]',
  'letter.gap.contact': '[kontaktperson manglar]',
  'letter.gap.answersKeptUntil': '[dato manglar]',

  'dpia.title': 'Vurdering av personvernkonsekvensar (DPIA): utgangspunkt',
  'dpia.subtitle': 'Kartlegging av det bustadsosiale samarbeidet i {municipality}',
  'dpia.made': 'Laga av Bosam {date} frå prosjektet.',
  'dpia.intro':
    'Bosam har fylt inn fakta frå prosjektet. Felta merkte «Kommunen si vurdering» fyller kommunen ut sjølv. Dette er eit utgangspunkt, ikkje ei ferdig vurdering; ta med personvernombodet, og gjerne tillitsvalde og verneombod.',
  'dpia.assessLabel': 'Kommunen si vurdering',
  'dpia.purposeTitle': '1. Behandlinga og formålet',
  'dpia.purpose':
    'Arbeidsgruppa for det bustadsosiale arbeidet kartlegg kven som gjer kva bustadsosiale oppgåver, og kven som utvekslar informasjon med kven. Kartlegginga er eit kunnskapsgrunnlag for å drøfte korleis arbeidet bør organiserast. Opplysningane skal ikkje brukast til å vurdere enkelttilsette.',
  'dpia.controller': 'Behandlingsansvarleg: {controller}',
  'dpia.basis':
    'Behandlingsgrunnlag: ei oppgåve i allmenta si interesse, personvernforordninga artikkel 6 nr. 1 bokstav e, med supplerande grunnlag i lov 20. desember 2022 nr. 121 om kommunane sitt ansvar på det bustadsosiale feltet (bustadsosial lov).',
  'dpia.purposeAssess': 'Er grunnlaget rett for denne kartlegginga, og er formålet avgrensa nok?',
  'dpia.dataTitle': '2. Kva opplysningar som blir behandla',
  'dpia.dataPeople': {
    one: 'Om personen i kartlegginga ({count} person i {units}): namn og eining, og der det er registrert, stillingstittel, årsverk og arbeidsstad.',
    other:
      'Om personane i kartlegginga ({count} personar i {units}): namn og eining, og der det er registrert, stillingstittel, årsverk og arbeidsstad.'
  },
  'dpia.dataAnswers':
    'Frå svara: kven personen oppgir å utveksle informasjon med om bustadsosialt arbeid, kor ofte og kva slags kontakt det er; kva bustadsosiale oppgåver personen har, med rolle og målgrupper; og om personen har svara.',
  'dpia.dataMap':
    'Ansvarskartet til arbeidsgruppa: kva einingar og personar som har kva funksjonar, med årsverk og avgjerdsmynde.',
  'dpia.dataNot':
    'Det blir ikkje spurt om brukarar, enkeltsaker, helse eller andre særlege kategoriar av personopplysningar, og skjemaet har ingen felt for fritekst.',
  'dpia.dataAssess': 'Er alle opplysningane nødvendige for formålet?',
  'dpia.whoTitle': '3. Kven opplysningane gjeld',
  'dpia.whoStaff': 'Tilsette i kommunen som arbeider med bustadsosiale oppgåver.',
  'dpia.whoExternal': {
    zero: 'Prosjektet har ingen eksterne samarbeidspartnarar registrerte.',
    one: 'Kontaktpersonar hos {count} ekstern samarbeidspartnar.',
    other: 'Kontaktpersonar hos {count} eksterne samarbeidspartnarar.'
  },
  'dpia.whoNamed':
    'Også personar som ikkje svarar, kan vere nemnde i svara til andre. I eit tilsetjingsforhold kan det vere vanskeleg å la vere å svare; at det er frivillig, må derfor visast i praksis.',
  'dpia.whoAssess': 'Er nokon av dei registrerte særleg sårbare, til dømes i små einingar?',
  'dpia.sourcesTitle': '4. Kvar opplysningane kjem frå',
  'dpia.sources':
    'Arbeidsgruppa si eiga registrering eller ei liste over tilsette (namn, eining, stilling); svarfilene respondentane sjølve sender til koordinatoren; og svara til andre, der ein person kan bli nemnd som kontakt.',
  'dpia.recipientsTitle': '5. Kven som får opplysningane',
  'dpia.recipientsGroup': 'Arbeidsgruppa: alle opplysningane, med namn.',
  'dpia.recipientsReport':
    'Styringsgruppa: rapporten, der nettverket blir vist som eit kart med namn, og der personar som mange kontaktar går gjennom, kan bli peikte ut.',
  'dpia.recipientsShared': {
    one: 'Forskarar eller andre kommunar, berre dersom kommunen vel å dele: ein pseudonymisert kopi der namn er bytte ut med kodar, merknader er fjerna og einingar med færre enn {count} person er slått saman.',
    other:
      'Forskarar eller andre kommunar, berre dersom kommunen vel å dele: ein pseudonymisert kopi der namn er bytte ut med kodar, merknader er fjerna og einingar med færre enn {count} personar er slått saman.'
  },
  'dpia.recipientsNone':
    'Ingen databehandlar: Bosam køyrer i nettlesaren på datamaskina til koordinatoren og sender ingenting over nettet.',
  'dpia.recipientsAssess':
    'Kven i kommunen skal ha tilgang? Kva kanalar er godkjende for å sende svarfiler og rapportar?',
  'dpia.storageTitle': '6. Lagring og tryggleik',
  'dpia.storage':
    'Prosjektet blir lagra i nettlesaren på datamaskina til koordinatoren og i filene koordinatoren lagrar eller eksporterer. Programmet har ingen nettverkstilgang og sender ingenting nokon stad. Spørjeskjemaet er ei fil som verkar utan internett; svaret blir lagra som ei fil som respondenten sjølv sender, til dømes som vedlegg i e-post.',
  'dpia.storageFiles':
    'Skjemafilene inneheld namn og eining for alle i kartlegginga. Svarfiler, eksporterte prosjekt og utskrifter er kopiar som kommunen sjølv må ta vare på og slette.',
  'dpia.storageAssess':
    'Kvar blir filene lagra, og kven har tilgang til maskina og filene? Når blir e-postar med svarfiler sletta?',
  'dpia.retentionTitle': '7. Lagringstid',
  'dpia.retention':
    'Svara blir lagra til og med {date}. Etter det tilbyr Bosam å slette kontaktane og oppgåvene kvar enkelt har oppgitt, og kven som svara, og tek berre vare på samla tal for kvar runde.',
  'dpia.retentionCopies':
    'Bosam slettar ikkje kopiar utanfor programmet, som svarfiler, eksporterte prosjekt og utskrifter.',
  'dpia.retentionAssess': 'Er lagringstida rett? Kven syter for at kopiane blir sletta?',
  'dpia.risksTitle': '8. Risikoar for dei registrerte',
  'dpia.riskSmallUnits':
    'Identifisering i små einingar: i ei eining med éin eller to personar peikar tal for eininga, eller ein stillingstittel, rett på dei, også i ein kopi utan namn.',
  'dpia.riskInference':
    'Følsame slutningar: eit nettverkskart kan lesast som ein dom over plassen den enkelte har i arbeidsfellesskapet, til dømes som isolert eller som flaskehals, og det kan påverke arbeidsforholdet.',
  'dpia.riskCopies':
    'Kopiar som lever lenger enn formålet: svarfiler i e-post, eksporterte prosjekt og utskrifter kan bli liggjande etter at svara er sletta i Bosam.',
  'dpia.riskPressure': 'Press til å svare: i eit tilsetjingsforhold kan det vere vanskeleg å seie nei.',
  'dpia.risksAssess': 'Kor sannsynleg er kvar risiko, og kor alvorleg ville han vere for den enkelte?',
  'dpia.measuresTitle': '9. Tiltak',
  'dpia.measurePseudonym': {
    one: 'Kopiar som blir delte utanfor arbeidsgruppa, er pseudonymiserte, og einingar med færre enn {count} person er slått saman.',
    other:
      'Kopiar som blir delte utanfor arbeidsgruppa, er pseudonymiserte, og einingar med færre enn {count} personar er slått saman.'
  },
  'dpia.measureRetention': 'Svara blir sletta etter {date}; berre samla tal blir tekne vare på.',
  'dpia.measureAccess':
    'Berre arbeidsgruppa har tilgang til prosjektet med namn. Rapporten blir delt berre med dei som treng han.',
  'dpia.measureOffline': 'Ingen skyteneste og ingen databehandlar: alt skjer på datamaskina til kommunen.',
  'dpia.measureVoluntary': 'Dei som blir spurde, får informasjonsbrevet før dei svarar, og det er frivillig å svare.',
  'dpia.measureWording':
    'Funna skildrar mønster i samarbeidet og er eit utgangspunkt for drøfting, ikkje vurderingar av enkeltpersonar.',
  'dpia.measuresAssess': 'Er tiltaka nok? Kva meir skal gjerast, og av kven?',
  'dpia.conclusionTitle': '10. Konklusjon',
  'dpia.conclusionAssess': 'Restrisiko, konklusjon, og om Datatilsynet må spørjast før behandlinga tek til.',
  'dpia.signed': 'Vurdert av og dato'
};
