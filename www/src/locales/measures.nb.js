// Bokmål: the measures' names, the one source for them (lib/measure-names.js lists the measures and puts the
// texts together). Per measure <id>: .plain (the name a coordinator reads first), .technical (the name in the
// literature and in other tools, second), .short (a table column), .explain (what it is, and what a high and a
// low value mean in this work) and .caveat (when it is unreliable: small networks, missing answers). Everyday
// figures (people, relations, response rate) have no technical name. measures.nn.js and measures.en.js have the
// same keys and placeholders.
export default {
  'measure.label': '{plain} ({technical})',
  'measure.technicalNote': '({technical})',
  'measure.caveatLine': 'Merk: {caveat}',

  'measure.degree.plain': 'Kontakter',
  'measure.degree.short': 'Kontakter',
  'measure.degree.technical': 'degree',
  'measure.degree.explain':
    'Hvor mange personer hen har kontakt med, uansett hvem av de to som oppga kontakten. Høyt: har kontakt med mange og får vite mye. Lavt: arbeider mer for seg selv.',
  'measure.degree.caveat':
    'Personer som ikke svarte, har bare kontaktene andre oppga, og kan se mindre sentrale ut enn de er.',

  'measure.inDegree.plain': 'Nevnt av andre',
  'measure.inDegree.short': 'Nevnt av andre',
  'measure.inDegree.technical': 'in-degree',
  'measure.inDegree.explain':
    'Hvor mange som oppga at de har kontakt med personen. Høyt: mange går til hen, ofte for å få råd. Lavt: få oppgir hen som kontakt.',
  'measure.inDegree.caveat': 'Blir lavere for alle når mange ikke svarte, fordi bare de som svarte, kan nevne noen.',

  'measure.outDegree.plain': 'Oppgitte kontakter',
  'measure.outDegree.short': 'Oppgir',
  'measure.outDegree.technical': 'out-degree',
  'measure.outDegree.explain':
    'Hvor mange personen selv oppga kontakt med. Høyt: opplever å ha kontakt med mange. Lavt: oppga få, eller svarte ikke.',
  'measure.outDegree.caveat': 'Er 0 for alle som ikke svarte, så tallet sier bare noe om dem som svarte.',

  'measure.strength.plain': 'Kontaktstyrke',
  'measure.strength.short': 'Styrke',
  'measure.strength.technical': 'strength',
  'measure.strength.explain':
    'Summen av hvor ofte hen har kontakt med hver av kontaktene (1 = sjeldnere enn månedlig, 4 = daglig). Høyt: mange og hyppige kontakter. Lavt: få eller sjeldne kontakter.',
  'measure.strength.caveat': 'Hvor ofte er det folk selv oppga; to personer kan vurdere samme kontakt ulikt.',

  'measure.betweenness.plain': 'Bro mellom andre',
  'measure.betweenness.short': 'Bro mellom andre',
  'measure.betweenness.technical': 'betweenness',
  'measure.betweenness.explain':
    'Hvor ofte personen ligger på den korteste veien mellom to andre: hvem de andre går gjennom for å nå hverandre. Høyt: en viktig bro, men også en mulig flaskehals og en sårbarhet hvis hen blir borte. Lavt: de andre når hverandre uten å gå via hen.',
  'measure.betweenness.caveat':
    'Svinger mye i små nettverk (under {limit} personer) og når noen ikke svarte: én kontakt mer eller mindre kan flytte en person fra toppen til bunnen.',

  'measure.closeness.plain': 'Når ut til alle',
  'measure.closeness.short': 'Når ut til alle',
  'measure.closeness.technical': 'closeness',
  'measure.closeness.explain':
    'Hvor få ledd personen trenger for å nå alle andre i sin del av nettverket. Høyt: det hen vet, når raskt ut til alle. Lavt: det hen vet, må gå via mange før det kommer fram.',
  'measure.closeness.caveat':
    'Personer i små, avskårne deler får lav verdi. Avstandene blir lengre enn de er når noen ikke svarte.',

  'measure.harmonic.plain': 'Rekkevidde',
  'measure.harmonic.short': 'Rekkevidde',
  'measure.harmonic.technical': 'harmonic centrality',
  'measure.harmonic.explain':
    'Som «Når ut til alle», men regnet slik at målet også virker når nettverket har adskilte deler: summen av 1 delt på avstanden til hver av de andre. Høyt: når mange på få ledd. Lavt: når få, eller bare via lange omveier.',
  'measure.harmonic.caveat': 'Avstandene blir lengre enn de er når noen ikke svarte.',

  'measure.eigenvector.plain': 'Kontakt med sentrale personer',
  'measure.eigenvector.short': 'Sentrale kontakter',
  'measure.eigenvector.technical': 'eigenvector',
  'measure.eigenvector.explain':
    'Høyt når personen har kontakt med andre som selv har mange kontakter: nær der mye skjer. Lavt: kontaktene er selv lite sentrale, eller personen står i utkanten.',
  'measure.eigenvector.caveat':
    'Samler seg i den største delen av nettverket; personer i andre deler får nesten 0. Svinger i små nettverk (under {limit} personer).',

  'measure.pagerank.plain': 'Nevnt av de mye nevnte',
  'measure.pagerank.short': 'Nevnt av de nevnte',
  'measure.pagerank.technical': 'PageRank',
  'measure.pagerank.explain':
    'Høyt når personen blir nevnt av andre som selv blir mye nevnt: en de sentrale går til. Lavt: få, eller lite nevnte, personer oppgir hen. Følger retningen: hvem som oppga hvem.',
  'measure.pagerank.caveat':
    'Bygger bare på svarene som kom inn; personer som ikke svarte, nevner ingen, og det forskyver tallene.',

  'measure.constraint.plain': 'Avhengig av én krets',
  'measure.constraint.short': 'Én krets',
  'measure.constraint.technical': 'constraint',
  'measure.constraint.explain':
    'Høyt når personen har få kontakter som kjenner hverandre godt: hen får lite nytt utenfra og er avhengig av én gruppe. Lavt: hen binder sammen miljøer som ellers ikke møtes (Burt).',
  'measure.constraint.caveat':
    'Bygger på kontakt mellom kontaktene, så manglende svar gjør kretsen mer åpen enn den er. Sier lite om personer med én eller to kontakter.',

  'measure.effectiveSize.plain': 'Ulike miljøer',
  'measure.effectiveSize.short': 'Ulike miljøer',
  'measure.effectiveSize.technical': 'effective size',
  'measure.effectiveSize.explain':
    'Antall kontakter minus overlappet mellom dem: hvor mange ulike miljøer personen når (Burt). Høyt: kontaktene gir tilgang til mange forskjellige miljøer. Lavt: kontaktene kjenner hverandre og gir lite nytt.',
  'measure.effectiveSize.caveat': 'Bygger på kontakt mellom kontaktene, så manglende svar gjør tallet for høyt.',

  'measure.brokerage.plain': 'Megling mellom enheter',
  'measure.brokerage.short': 'Megling',
  'measure.brokerage.technical': 'brokerage',
  'measure.brokerage.explain':
    'Hvor mange ganger personen står mellom to andre som ikke har kontakt med hverandre, slik at informasjon går fra den ene via hen til den andre; rollen avhenger av hvilke enheter de tre hører til (Gould og Fernandez). Høyt: formidler mye mellom enhetene. Lavt: står sjelden mellom andre.',
  'measure.brokerage.caveat':
    'Følger hvem som oppga hvem, så tallet blir for lavt når noen ikke svarte, og det avhenger av hvordan enhetene er delt inn.',

  'measure.articulationPoint.plain': 'Bindeledd',
  'measure.articulationPoint.short': 'Bindeledd',
  'measure.articulationPoint.technical': 'articulation point',
  'measure.articulationPoint.explain':
    'Ja hvis noen blir avskåret fra resten av nettverket dersom personen faller bort. Da hviler kontakten på én person: sørg for en stedfortreder.',
  'measure.articulationPoint.caveat':
    'En kontakt som ikke ble oppgitt, kan gjøre noen til bindeledd på papiret; sjekk med dem det gjelder.',

  'measure.clustering.plain': 'Tett krets',
  'measure.clustering.short': 'Tett krets',
  'measure.clustering.technical': 'clustering',
  'measure.clustering.explain':
    'Andelen av personens kontakter som også har kontakt med hverandre. Høyt: hen er i en tett gruppe der alle kjenner alle. Lavt: kontaktene kjenner ikke hverandre, og hen kan være en bro mellom dem.',
  'measure.clustering.caveat': 'Hopper mellom 0 % og 100 % for personer med få kontakter.',

  'measure.coreNumber.plain': 'Kjernenivå',
  'measure.coreNumber.short': 'Kjerne',
  'measure.coreNumber.technical': 'k-core',
  'measure.coreNumber.explain':
    'Personen hører til en gruppe der alle har minst så mange kontakter innad i gruppen. Høyt: en del av den tette kjernen i nettverket. Lavt: i utkanten.',
  'measure.coreNumber.caveat': 'Manglende svar kan trekke hele grupper ned ett nivå.',

  'measure.nodes.plain': 'Personer',
  'measure.nodes.explain': 'Personer som er med i kartleggingen, også de som ikke har noen kontakter.',

  'measure.edges.plain': 'Kontakter i alt',
  'measure.edges.explain': 'Par av personer som har kontakt. Kontakt begge veier telles én gang.',
  'measure.ties.plain': 'Oppgitte kontakter i alt',
  'measure.ties.explain':
    'Kontakter slik personene oppga dem. Når begge i et par oppga hverandre, telles kontakten to ganger.',

  'measure.density.plain': 'Tetthet',
  'measure.density.technical': 'density',
  'measure.density.explain':
    'Andelen av alle mulige kontakter som faktisk finnes, der hver retning telles for seg: at A oppgir B og B oppgir A, teller som to. Derfor er det ikke det samme som «Kontakter i alt» delt på antall par. Høyt: mange har kontakt med mange. Lavt: kontakten går gjennom færre kanaler. Blir naturlig lavere jo flere som er med.',
  'measure.density.caveat':
    'Kan bare sammenlignes mellom nettverk av omtrent samme størrelse, og blir for lav når mange ikke svarte.',

  'measure.reciprocity.plain': 'Gjensidige kontakter',
  'measure.reciprocity.technical': 'reciprocity',
  'measure.reciprocity.explain':
    'Andelen av de oppgitte kontaktene som den andre også oppga. Høyt: de to er enige om at de har kontakt. Lavt: mye av kontakten er bare sett fra den ene siden.',
  'measure.reciprocity.caveat':
    'Blir for lav når mange ikke svarte: den som ikke svarte, kan ikke bekrefte noen kontakt.',

  'measure.transitivity.plain': 'Tette kretser i nettverket',
  'measure.transitivity.technical': 'transitivity',
  'measure.transitivity.explain':
    'Hvor ofte to av noens kontakter også har kontakt med hverandre, sett over hele nettverket. Høyt: nettverket består av tette grupper der alle kjenner alle. Lavt: kontakten går mer i kjeder og stjerner.',
  'measure.transitivity.caveat': 'Blir for lav når mange ikke svarte.',

  'measure.averageClustering.plain': 'Tett krets i snitt',
  'measure.averageClustering.technical': 'average clustering',
  'measure.averageClustering.explain':
    'Gjennomsnittet av «Tett krets» for alle personene. Høyt: de fleste er i tette grupper. Lavt: få er det.',
  'measure.averageClustering.caveat': 'Personer med færre enn to kontakter teller som 0 og trekker snittet ned.',

  'measure.components.plain': 'Adskilte deler',
  'measure.components.technical': 'components',
  'measure.components.explain':
    'Hvor mange deler nettverket faller i, der ingen i én del har noen vei til noen i en annen. 1: alle kan nå alle via andre. Flere: noen står helt utenfor samarbeidet.',
  'measure.components.caveat':
    'En person uten kontakt er en del for seg; ofte er det folk som ikke svarte, og som ingen nevnte.',

  'measure.largestComponent.plain': 'Største sammenhengende del',
  'measure.largestComponent.technical': 'largest component',
  'measure.largestComponent.explain':
    'Antall personer i den største delen der alle kan nå alle via andre. Nær antall personer i alt: nesten alle henger sammen.',

  'measure.diameter.plain': 'Lengste avstand',
  'measure.diameter.technical': 'diameter',
  'measure.diameter.explain':
    'Største antall ledd mellom to personer i den største delen. Høyt: noen er langt fra hverandre, og informasjon må gå via mange. Lavt: alle er få ledd unna hverandre.',
  'measure.diameter.caveat': 'Gjelder bare den største delen, og blir for høy når noen ikke svarte.',

  'measure.averagePathLength.plain': 'Gjennomsnittlig avstand',
  'measure.averagePathLength.technical': 'average path length',
  'measure.averagePathLength.explain':
    'Gjennomsnittlig antall ledd mellom to personer i den største delen. Lavt (rundt 2): de fleste når hverandre via én mellomperson. Høyt: informasjon må gå via mange.',
  'measure.averagePathLength.caveat': 'Gjelder bare den største delen, og blir for høy når noen ikke svarte.',

  'measure.degreeCentralization.plain': 'Kontakter samlet hos få',
  'measure.degreeCentralization.technical': 'degree centralisation',
  'measure.degreeCentralization.explain':
    'Hvor mye kontaktene samles hos noen få personer: 0 % er jevnt fordelt, 100 % er at alle bare har kontakt med én. Høyt: noen få er knutepunkter. Lavt: kontakten er spredt på mange.',
  'measure.degreeCentralization.caveat': 'Svinger mye i små nettverk (under {limit} personer) og når noen ikke svarte.',

  'measure.betweennessCentralization.plain': 'Avhengighet av få broer',
  'measure.betweennessCentralization.technical': 'betweenness centralisation',
  'measure.betweennessCentralization.explain':
    'Hvor mye veiene mellom folk går gjennom noen få personer. Høyt: nettverket er avhengig av noen få broer og sårbart når de er borte. Lavt: det finnes mange veier.',
  'measure.betweennessCentralization.caveat':
    'Svinger mye i små nettverk (under {limit} personer) og når noen ikke svarte.',

  'measure.eiIndex.plain': 'Kontakt på tvers av enheter',
  'measure.eiIndex.technical': 'E-I-indeks',
  'measure.eiIndex.explain':
    'Kontakt ut av egen enhet minus kontakt innad, delt på all kontakt: fra −1 (bare kontakt innad i enhetene) til +1 (bare kontakt på tvers). Rundt 0: balansert. Nær −1: enhetene arbeider mest hver for seg.',
  'measure.eiIndex.caveat': 'Avhenger av hvordan enhetene er delt inn; små enheter har naturlig mest kontakt ut.',

  'measure.responseRate.plain': 'Svarprosent',
  'measure.responseRate.explain':
    'Andelen av de spurte som svarte. Jo lavere den er, desto mer usikre blir de andre tallene.',

  'measure.isolates.plain': 'Personer uten kontakt',
  'measure.isolates.technical': 'isolates',
  'measure.isolates.explain':
    'Personer som ingen har nevnt, og som ikke har nevnt noen. Mange: flere står utenfor samarbeidet.',
  'measure.isolates.caveat': 'Ofte personer som ikke svarte; sjekk svarene før dere trekker slutninger.',

  'measure.unit.members.plain': 'Personer',
  'measure.unit.members.explain': 'Personer i enheten.',
  'measure.unit.internalTies.plain': 'Interne kontakter',
  'measure.unit.internalTies.explain': 'Kontakter mellom personer i samme enhet.',
  'measure.unit.externalTies.plain': 'Kontakter ut',
  'measure.unit.externalTies.explain': 'Kontakter mellom enhetens personer og personer i andre enheter.',
  'measure.unit.internalDensity.plain': 'Tetthet i enheten',
  'measure.unit.internalDensity.technical': 'internal density',
  'measure.unit.internalDensity.explain':
    'Andelen av mulige kontakter innad i enheten som finnes. Høyt: alle i enheten har kontakt med alle. Lavt: enheten henger løst sammen.',
  'measure.unit.internalDensity.caveat': 'Usikker for små enheter: med tre personer er hver kontakt en tredjedel.',
  'measure.unit.eiIndex.short': 'På tvers',
  'measure.unit.eiIndex.explain':
    'For enheten: fra −1 (all kontakten er innad i enheten, en mulig silo) til +1 (all kontakten går ut til andre enheter).',
  'measure.unit.eiIndex.caveat': 'Usikker for små enheter og når mange i enheten ikke svarte.',
  'measure.unit.responseRate.explain': 'Av enhetens personer som fikk spørreskjemaet: andelen som har svart.',

  'measure.communities.plain': 'Uformelle grupper',
  'measure.communities.technical': 'communities, Leiden-metoden',
  'measure.communities.explain':
    'Grupper av personer som har mye kontakt med hverandre, funnet ut fra kontaktene alene, uten å se på enhetene. Mange grupper: samarbeidet deler seg i flere miljøer. Få: de fleste henger tett sammen.',
  'measure.communities.caveat':
    'Ustabile i små nettverk (under {limit} personer): én kontakt mer eller mindre kan gi andre grupper. Les dem som et forslag, ikke som en fasit.',

  'measure.modularity.plain': 'Hvor tydelige gruppene er',
  'measure.modularity.technical': 'modularity',
  'measure.modularity.explain':
    'Hvor mye mer kontakt det er innad i de uformelle gruppene enn det ville vært ved en tilfeldighet. Over 0,4: tydelige grupper. Under 0,3: svake grupper, kontakten går mye på tvers.',
  'measure.modularity.caveat':
    'Ustabil i små nettverk (under {limit} personer): tallet og gruppene kan endre seg mye av én kontakt.',

  'measure.nmi.plain': 'Samsvar med enhetene',
  'measure.nmi.technical': 'NMI',
  'measure.nmi.explain':
    'Sammenligner de uformelle gruppene med de formelle enhetene: 0 = gruppene har ingenting med enhetene å gjøre, 1 = de er de samme. Høyt: folk samarbeider mest innad i egen enhet. Lavt: samarbeidet går på tvers.',
  'measure.nmi.caveat': 'Like usikkert som gruppene selv: i små nettverk kan tallet endre seg mye.',

  'measure.ari.plain': 'Samsvar med enhetene, justert for tilfeldigheter',
  'measure.ari.technical': 'ARI',
  'measure.ari.explain':
    'Samme sammenligning, men justert slik at 0 er det man ville fått ved en tilfeldighet, og 1 er at gruppene og enhetene er de samme. Kan bli negativt.',
  'measure.ari.caveat': 'Like usikkert som gruppene selv: i små nettverk kan tallet endre seg mye.',

  'measure.overload.plain': 'Andel hos de mest nevnte',
  'measure.overload.technical': 'collaborative overload',
  'measure.overload.explain':
    'Hvor stor del av alle kontaktene som ble oppgitt, som går til de 5 % som blir nevnt oftest. Er flere nevnt like mange ganger ved grensen, blir andelen den samme uansett hvem av dem som regnes med. Jevnt fordelt ville andelen kontakter vært omtrent like stor som andelen personer, rundt 5 %. Høyt: noen få får mange henvendelser og kan bli overbelastet (Cross, Rebele og Grant fant at 3–5 % av de ansatte står for 20–35 % av samarbeidet i de fleste virksomheter). Lavt: kontakten er spredt på mange.',
  'measure.overload.caveat':
    'Bygger på hvem andre nevner: de som ikke har svart, nevner ingen. I små nettverk (under {limit} personer) er 5 % bare én eller to personer.',

  'measure.sharedWork.plain': 'Felles oppgaver og kontakt',
  'measure.sharedWork.technical': 'QAP-korrelasjon',
  'measure.sharedWork.explain':
    'Om de som deler oppgaver i ansvarskartet, også har kontakt: sammenhengen, over alle par av personer, mellom hvor mange funksjoner de to deler og om de har kontakt, fra −1 til +1. Over 0: de som deler oppgaver, har oftere kontakt. Rundt 0: ingen sammenheng. Under 0: de som deler oppgaver, har sjeldnere kontakt.',
  'measure.sharedWork.caveat':
    'Oppgaver som ikke er registrert, og kontakter som ikke er oppgitt, svekker sammenhengen. I store nettverk er tallet ofte lite selv om sammenhengen er tydelig; se sammenligningen med tilfeldige omstokkinger.',
  'measure.unit.moreClosedThanChance.plain': 'Mer intern kontakt enn tilfeldig',
  'measure.unit.moreClosedThanChance.short': 'Mer internt enn tilfeldig',
  'measure.unit.moreClosedThanChance.technical': 'permutasjonstest',
  'measure.unit.moreClosedThanChance.explain':
    'Ja når enheten har mer kontakt innad, sammenlignet med kontakten ut, enn de samme personene ville hatt fordelt tilfeldig på enheter av samme størrelse: færre enn 5 av 100 tilfeldige fordelinger ga like mye. Nei: like mye intern kontakt oppstår ofte av seg selv.',
  'measure.unit.moreClosedThanChance.caveat':
    'Usikker når enheten har få kontakter. En enhet kan ha mer intern kontakt enn tilfeldig og likevel mye kontakt ut.'
};
