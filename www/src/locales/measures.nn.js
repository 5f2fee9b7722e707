// Nynorsk: the measures' names (the same keys and placeholders as measures.nb.js, which describes them).
export default {
  'measure.label': '{plain} ({technical})',
  'measure.technicalNote': '({technical})',
  'measure.caveatLine': 'Merk: {caveat}',

  'measure.degree.plain': 'Kontaktar',
  'measure.degree.short': 'Kontaktar',
  'measure.degree.technical': 'degree',
  'measure.degree.explain':
    'Kor mange personar hen har kontakt med, same kven av dei to som oppgav kontakten. Høgt: har kontakt med mange og får vite mykje. Lågt: arbeider meir for seg sjølv.',
  'measure.degree.caveat':
    'Personar som ikkje svara, har berre kontaktane andre oppgav, og kan sjå mindre sentrale ut enn dei er.',

  'measure.inDegree.plain': 'Nemnd av andre',
  'measure.inDegree.short': 'Nemnd av andre',
  'measure.inDegree.technical': 'in-degree',
  'measure.inDegree.explain':
    'Kor mange som oppgav at dei har kontakt med personen. Høgt: mange går til hen, ofte for å få råd. Lågt: få oppgir hen som kontakt.',
  'measure.inDegree.caveat': 'Blir lågare for alle når mange ikkje svara, fordi berre dei som svara, kan nemne nokon.',

  'measure.outDegree.plain': 'Oppgitte kontaktar',
  'measure.outDegree.short': 'Oppgir',
  'measure.outDegree.technical': 'out-degree',
  'measure.outDegree.explain':
    'Kor mange personen sjølv oppgav kontakt med. Høgt: opplever å ha kontakt med mange. Lågt: oppgav få, eller svara ikkje.',
  'measure.outDegree.caveat': 'Er 0 for alle som ikkje svara, så talet seier berre noko om dei som svara.',

  'measure.strength.plain': 'Kontaktstyrke',
  'measure.strength.short': 'Styrke',
  'measure.strength.technical': 'strength',
  'measure.strength.explain':
    'Summen av kor ofte hen har kontakt med kvar av kontaktane (1 = sjeldnare enn månadleg, 4 = dagleg). Høgt: mange og hyppige kontaktar. Lågt: få eller sjeldne kontaktar.',
  'measure.strength.caveat': 'Kor ofte er det folk sjølve oppgav; to personar kan vurdere same kontakten ulikt.',

  'measure.betweenness.plain': 'Bru mellom andre',
  'measure.betweenness.short': 'Bru mellom andre',
  'measure.betweenness.technical': 'betweenness',
  'measure.betweenness.explain':
    'Kor ofte personen ligg på den kortaste vegen mellom to andre: kven dei andre går gjennom for å nå kvarandre. Høgt: ei viktig bru, men òg ein mogleg flaskehals og ei sårbarheit viss hen blir borte. Lågt: dei andre når kvarandre utan å gå via hen.',
  'measure.betweenness.caveat':
    'Svingar mykje i små nettverk (under {limit} personar) og når nokon ikkje svara: éin kontakt meir eller mindre kan flytte ein person frå toppen til botnen.',

  'measure.closeness.plain': 'Når ut til alle',
  'measure.closeness.short': 'Når ut til alle',
  'measure.closeness.technical': 'closeness',
  'measure.closeness.explain':
    'Kor få ledd personen treng for å nå alle andre i sin del av nettverket. Høgt: det hen veit, når raskt ut til alle. Lågt: det hen veit, må gå via mange før det kjem fram.',
  'measure.closeness.caveat':
    'Personar i små, avskorne delar får låg verdi. Avstandane blir lengre enn dei er når nokon ikkje svara.',

  'measure.harmonic.plain': 'Rekkjevidd',
  'measure.harmonic.short': 'Rekkjevidd',
  'measure.harmonic.technical': 'harmonic centrality',
  'measure.harmonic.explain':
    'Som «Når ut til alle», men rekna slik at målet òg verkar når nettverket har åtskilde delar: summen av 1 delt på avstanden til kvar av dei andre. Høgt: når mange på få ledd. Lågt: når få, eller berre via lange omvegar.',
  'measure.harmonic.caveat': 'Avstandane blir lengre enn dei er når nokon ikkje svara.',

  'measure.eigenvector.plain': 'Kontakt med sentrale personar',
  'measure.eigenvector.short': 'Sentrale kontaktar',
  'measure.eigenvector.technical': 'eigenvector',
  'measure.eigenvector.explain':
    'Høgt når personen har kontakt med andre som sjølve har mange kontaktar: nær der mykje skjer. Lågt: kontaktane er sjølve lite sentrale, eller personen står i utkanten.',
  'measure.eigenvector.caveat':
    'Samlar seg i den største delen av nettverket; personar i andre delar får nesten 0. Svingar i små nettverk (under {limit} personar).',

  'measure.pagerank.plain': 'Nemnd av dei mykje nemnde',
  'measure.pagerank.short': 'Nemnd av dei nemnde',
  'measure.pagerank.technical': 'PageRank',
  'measure.pagerank.explain':
    'Høgt når personen blir nemnd av andre som sjølve blir mykje nemnde: ein dei sentrale går til. Lågt: få, eller lite nemnde, personar oppgir hen. Følgjer retninga: kven som oppgav kven.',
  'measure.pagerank.caveat':
    'Byggjer berre på svara som kom inn; personar som ikkje svara, nemner ingen, og det forskyv tala.',

  'measure.constraint.plain': 'Avhengig av éin krins',
  'measure.constraint.short': 'Éin krins',
  'measure.constraint.technical': 'constraint',
  'measure.constraint.explain':
    'Høgt når personen har få kontaktar som kjenner kvarandre godt: hen får lite nytt utanfrå og er avhengig av éi gruppe. Lågt: hen bind saman miljø som elles ikkje møtest (Burt).',
  'measure.constraint.caveat':
    'Byggjer på kontakt mellom kontaktane, så manglande svar gjer krinsen meir open enn han er. Seier lite om personar med éin eller to kontaktar.',

  'measure.effectiveSize.plain': 'Ulike miljø',
  'measure.effectiveSize.short': 'Ulike miljø',
  'measure.effectiveSize.technical': 'effective size',
  'measure.effectiveSize.explain':
    'Talet på kontaktar minus overlappinga mellom dei: kor mange ulike miljø personen når (Burt). Høgt: kontaktane gir tilgang til mange ulike miljø. Lågt: kontaktane kjenner kvarandre og gir lite nytt.',
  'measure.effectiveSize.caveat': 'Byggjer på kontakt mellom kontaktane, så manglande svar gjer talet for høgt.',

  'measure.brokerage.plain': 'Mekling mellom einingar',
  'measure.brokerage.short': 'Mekling',
  'measure.brokerage.technical': 'brokerage',
  'measure.brokerage.explain':
    'Kor mange gonger personen står mellom to andre som ikkje har kontakt med kvarandre, slik at informasjon går frå den eine via hen til den andre; rolla avheng av kva einingar dei tre høyrer til (Gould og Fernandez). Høgt: formidlar mykje mellom einingane. Lågt: står sjeldan mellom andre.',
  'measure.brokerage.caveat':
    'Følgjer kven som oppgav kven, så talet blir for lågt når nokon ikkje svara, og det avheng av korleis einingane er delte inn.',

  'measure.articulationPoint.plain': 'Bindeledd',
  'measure.articulationPoint.short': 'Bindeledd',
  'measure.articulationPoint.technical': 'articulation point',
  'measure.articulationPoint.explain':
    'Ja viss nokon blir avskorne frå resten av nettverket dersom personen fell bort. Då kviler kontakten på éin person: sørg for ein stadfortredar.',
  'measure.articulationPoint.caveat':
    'Ein kontakt som ikkje vart oppgitt, kan gjere nokon til bindeledd på papiret; sjekk med dei det gjeld.',

  'measure.clustering.plain': 'Tett krins',
  'measure.clustering.short': 'Tett krins',
  'measure.clustering.technical': 'clustering',
  'measure.clustering.explain':
    'Delen av kontaktane til personen som òg har kontakt med kvarandre. Høgt: hen er i ei tett gruppe der alle kjenner alle. Lågt: kontaktane kjenner ikkje kvarandre, og hen kan vere ei bru mellom dei.',
  'measure.clustering.caveat': 'Hoppar mellom 0 % og 100 % for personar med få kontaktar.',

  'measure.coreNumber.plain': 'Kjernenivå',
  'measure.coreNumber.short': 'Kjerne',
  'measure.coreNumber.technical': 'k-core',
  'measure.coreNumber.explain':
    'Personen høyrer til ei gruppe der alle har minst så mange kontaktar innanfor gruppa. Høgt: ein del av den tette kjernen i nettverket. Lågt: i utkanten.',
  'measure.coreNumber.caveat': 'Manglande svar kan trekkje heile grupper ned eitt nivå.',

  'measure.nodes.plain': 'Personar',
  'measure.nodes.explain': 'Personar som er med i kartlegginga, òg dei som ikkje har nokon kontaktar.',

  'measure.edges.plain': 'Kontaktar i alt',
  'measure.edges.explain': 'Par av personar som har kontakt. Kontakt begge vegar blir talt éin gong.',
  'measure.ties.plain': 'Oppgitte kontaktar i alt',
  'measure.ties.explain':
    'Kontaktar slik personane oppgav dei. Når begge i eit par oppgav kvarandre, blir kontakten talt to gonger.',

  'measure.density.plain': 'Tettleik',
  'measure.density.technical': 'density',
  'measure.density.explain':
    'Delen av alle moglege kontaktar som faktisk finst, der kvar retning blir talt for seg: at A oppgir B og B oppgir A, tel som to. Difor er det ikkje det same som «Kontaktar i alt» delt på talet på par. Høgt: mange har kontakt med mange. Lågt: kontakten går gjennom færre kanalar. Blir naturleg lågare jo fleire som er med.',
  'measure.density.caveat':
    'Kan berre samanliknast mellom nettverk av om lag same storleik, og blir for låg når mange ikkje svara.',

  'measure.reciprocity.plain': 'Gjensidige kontaktar',
  'measure.reciprocity.technical': 'reciprocity',
  'measure.reciprocity.explain':
    'Delen av dei oppgitte kontaktane som den andre òg oppgav. Høgt: dei to er samde om at dei har kontakt. Lågt: mykje av kontakten er berre sett frå den eine sida.',
  'measure.reciprocity.caveat':
    'Blir for låg når mange ikkje svara: den som ikkje svara, kan ikkje stadfeste nokon kontakt.',

  'measure.transitivity.plain': 'Tette krinsar i nettverket',
  'measure.transitivity.technical': 'transitivity',
  'measure.transitivity.explain':
    'Kor ofte to av kontaktane til nokon òg har kontakt med kvarandre, sett over heile nettverket. Høgt: nettverket består av tette grupper der alle kjenner alle. Lågt: kontakten går meir i kjeder og stjerner.',
  'measure.transitivity.caveat': 'Blir for låg når mange ikkje svara.',

  'measure.averageClustering.plain': 'Tett krins i snitt',
  'measure.averageClustering.technical': 'average clustering',
  'measure.averageClustering.explain':
    'Gjennomsnittet av «Tett krins» for alle personane. Høgt: dei fleste er i tette grupper. Lågt: få er det.',
  'measure.averageClustering.caveat': 'Personar med færre enn to kontaktar tel som 0 og trekkjer snittet ned.',

  'measure.components.plain': 'Åtskilde delar',
  'measure.components.technical': 'components',
  'measure.components.explain':
    'Kor mange delar nettverket fell i, der ingen i éin del har nokon veg til nokon i ein annan. 1: alle kan nå alle via andre. Fleire: nokon står heilt utanfor samarbeidet.',
  'measure.components.caveat':
    'Ein person utan kontakt er ein del for seg; ofte er det folk som ikkje svara, og som ingen nemnde.',

  'measure.largestComponent.plain': 'Største samanhengande del',
  'measure.largestComponent.technical': 'largest component',
  'measure.largestComponent.explain':
    'Talet på personar i den største delen der alle kan nå alle via andre. Nær talet på personar i alt: nesten alle heng saman.',

  'measure.diameter.plain': 'Lengste avstand',
  'measure.diameter.technical': 'diameter',
  'measure.diameter.explain':
    'Største tal på ledd mellom to personar i den største delen. Høgt: nokon er langt frå kvarandre, og informasjon må gå via mange. Lågt: alle er få ledd unna kvarandre.',
  'measure.diameter.caveat': 'Gjeld berre den største delen, og blir for høg når nokon ikkje svara.',

  'measure.averagePathLength.plain': 'Gjennomsnittleg avstand',
  'measure.averagePathLength.technical': 'average path length',
  'measure.averagePathLength.explain':
    'Gjennomsnittleg tal på ledd mellom to personar i den største delen. Lågt (rundt 2): dei fleste når kvarandre via éin mellomperson. Høgt: informasjon må gå via mange.',
  'measure.averagePathLength.caveat': 'Gjeld berre den største delen, og blir for høg når nokon ikkje svara.',

  'measure.degreeCentralization.plain': 'Kontaktar samla hos få',
  'measure.degreeCentralization.technical': 'degree centralisation',
  'measure.degreeCentralization.explain':
    'Kor mykje kontaktane samlar seg hos nokre få personar: 0 % er jamt fordelt, 100 % er at alle berre har kontakt med éin. Høgt: nokre få er knutepunkt. Lågt: kontakten er spreidd på mange.',
  'measure.degreeCentralization.caveat':
    'Svingar mykje i små nettverk (under {limit} personar) og når nokon ikkje svara.',

  'measure.betweennessCentralization.plain': 'Avhengigheit av få bruer',
  'measure.betweennessCentralization.technical': 'betweenness centralisation',
  'measure.betweennessCentralization.explain':
    'Kor mykje vegane mellom folk går gjennom nokre få personar. Høgt: nettverket er avhengig av nokre få bruer og sårbart når dei er borte. Lågt: det finst mange vegar.',
  'measure.betweennessCentralization.caveat':
    'Svingar mykje i små nettverk (under {limit} personar) og når nokon ikkje svara.',

  'measure.eiIndex.plain': 'Kontakt på tvers av einingar',
  'measure.eiIndex.technical': 'E-I-indeks',
  'measure.eiIndex.explain':
    'Kontakt ut av eiga eining minus kontakt innanfor, delt på all kontakt: frå −1 (berre kontakt innanfor einingane) til +1 (berre kontakt på tvers). Rundt 0: balansert. Nær −1: einingane arbeider mest kvar for seg.',
  'measure.eiIndex.caveat': 'Avheng av korleis einingane er delte inn; små einingar har naturleg mest kontakt ut.',

  'measure.responseRate.plain': 'Svarprosent',
  'measure.responseRate.explain':
    'Delen av dei spurde som svara. Di lågare han er, di meir usikre blir dei andre tala.',

  'measure.isolates.plain': 'Personar utan kontakt',
  'measure.isolates.technical': 'isolates',
  'measure.isolates.explain':
    'Personar som ingen har nemnt, og som ikkje har nemnt nokon. Mange: fleire står utanfor samarbeidet.',
  'measure.isolates.caveat': 'Ofte personar som ikkje svara; sjekk svara før de dreg slutningar.',

  'measure.unit.members.plain': 'Personar',
  'measure.unit.members.explain': 'Personar i eininga.',
  'measure.unit.internalTies.plain': 'Interne kontaktar',
  'measure.unit.internalTies.explain': 'Kontaktar mellom personar i same eining.',
  'measure.unit.externalTies.plain': 'Kontaktar ut',
  'measure.unit.externalTies.explain': 'Kontaktar mellom personane i eininga og personar i andre einingar.',
  'measure.unit.internalDensity.plain': 'Tettleik i eininga',
  'measure.unit.internalDensity.technical': 'internal density',
  'measure.unit.internalDensity.explain':
    'Delen av moglege kontaktar innanfor eininga som finst. Høgt: alle i eininga har kontakt med alle. Lågt: eininga heng laust saman.',
  'measure.unit.internalDensity.caveat': 'Usikker for små einingar: med tre personar er kvar kontakt ein tredjedel.',
  'measure.unit.eiIndex.short': 'På tvers',
  'measure.unit.eiIndex.explain':
    'For eininga: frå −1 (all kontakten er innanfor eininga, ein mogleg silo) til +1 (all kontakten går ut til andre einingar).',
  'measure.unit.eiIndex.caveat': 'Usikker for små einingar og når mange i eininga ikkje svara.',
  'measure.unit.responseRate.explain': 'Av personane i eininga som fekk spørjeskjemaet: delen som har svara.',

  'measure.communities.plain': 'Uformelle grupper',
  'measure.communities.technical': 'communities, Leiden-metoden',
  'measure.communities.explain':
    'Grupper av personar som har mykje kontakt med kvarandre, funne ut frå kontaktane åleine, utan å sjå på einingane. Mange grupper: samarbeidet deler seg i fleire miljø. Få: dei fleste heng tett saman.',
  'measure.communities.caveat':
    'Ustabile i små nettverk (under {limit} personar): éin kontakt meir eller mindre kan gi andre grupper. Les dei som eit forslag, ikkje som ein fasit.',

  'measure.modularity.plain': 'Kor tydelege gruppene er',
  'measure.modularity.technical': 'modularity',
  'measure.modularity.explain':
    'Kor mykje meir kontakt det er innanfor dei uformelle gruppene enn det ville ha vore ved ein tilfeldigheit. Over 0,4: tydelege grupper. Under 0,3: svake grupper, kontakten går mykje på tvers.',
  'measure.modularity.caveat':
    'Ustabil i små nettverk (under {limit} personar): talet og gruppene kan endre seg mykje av éin kontakt.',

  'measure.nmi.plain': 'Samsvar med einingane',
  'measure.nmi.technical': 'NMI',
  'measure.nmi.explain':
    'Samanliknar dei uformelle gruppene med dei formelle einingane: 0 = gruppene har ingenting med einingane å gjere, 1 = dei er dei same. Høgt: folk samarbeider mest innanfor eiga eining. Lågt: samarbeidet går på tvers.',
  'measure.nmi.caveat': 'Like usikkert som gruppene sjølve: i små nettverk kan talet endre seg mykje.',

  'measure.ari.plain': 'Samsvar med einingane, justert for tilfeldigheiter',
  'measure.ari.technical': 'ARI',
  'measure.ari.explain':
    'Same samanlikninga, men justert slik at 0 er det ein ville fått ved ein tilfeldigheit, og 1 er at gruppene og einingane er dei same. Kan bli negativt.',
  'measure.ari.caveat': 'Like usikkert som gruppene sjølve: i små nettverk kan talet endre seg mykje.',

  'measure.overload.plain': 'Del hos dei mest nemnde',
  'measure.overload.technical': 'collaborative overload',
  'measure.overload.explain':
    'Kor stor del av alle oppgitte kontaktar som går til dei 5 % som oftast blir nemnde. Er fleire nemnde like mange gonger ved grensa, blir delen den same uansett kven av dei som blir rekna med. Jamt fordelt ville delen kontaktar vore om lag like stor som delen personar, rundt 5 %. Høgt: nokre få får mange førespurnader og kan bli overbelasta (Cross, Rebele og Grant fann at 3–5 % av dei tilsette står for 20–35 % av samarbeidet i dei fleste verksemder). Lågt: kontakten er spreidd på mange.',
  'measure.overload.caveat':
    'Byggjer på kven andre nemner: dei som ikkje har svara, nemner ingen. I små nettverk (under {limit} personar) er 5 % berre éin eller to personar.',

  'measure.sharedWork.plain': 'Felles oppgåver og kontakt',
  'measure.sharedWork.technical': 'QAP-korrelasjon',
  'measure.sharedWork.explain':
    'Om dei som deler oppgåver i ansvarskartet, også har kontakt: samanhengen, over alle par av personar, mellom kor mange funksjonar dei to deler og om dei har kontakt, frå −1 til +1. Over 0: dei som deler oppgåver, har oftare kontakt. Rundt 0: ingen samanheng. Under 0: dei som deler oppgåver, har sjeldnare kontakt.',
  'measure.sharedWork.caveat':
    'Oppgåver som ikkje er registrerte, og kontaktar som ikkje er oppgitte, svekkjer samanhengen. I store nettverk er talet ofte lite sjølv om samanhengen er tydeleg; sjå samanlikninga med tilfeldige omstokkingar.',
  'measure.unit.moreClosedThanChance.plain': 'Meir intern kontakt enn tilfeldig',
  'measure.unit.moreClosedThanChance.short': 'Meir internt enn tilfeldig',
  'measure.unit.moreClosedThanChance.technical': 'permutasjonstest',
  'measure.unit.moreClosedThanChance.explain':
    'Ja når eininga har meir kontakt innanfor, samanlikna med kontakten ut, enn dei same personane ville hatt fordelte tilfeldig på einingar av same storleik: færre enn 5 av 100 tilfeldige fordelingar gav like mykje. Nei: like mykje intern kontakt oppstår ofte av seg sjølv.',
  'measure.unit.moreClosedThanChance.caveat':
    'Usikker når eininga har få kontaktar. Ei eining kan ha meir intern kontakt enn tilfeldig og likevel mykje kontakt ut.'
};
