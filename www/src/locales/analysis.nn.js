// Nynorsk texts for the network map and the Analyse view (merged into nn.js).
// The same keys and placeholders as analysis.nb.js.
import { CONTACT_WORDS, keyed } from './contact-words.js';

export default {
  'nav.network': 'Nettverkskart',
  'nav.analysis': 'Analyse',
  'coreError.analysis-cancelled': 'Analysen vart avbroten.',

  'network.title': 'Nettverkskart',
  'network.lead': 'Kven snakkar med kven om bustadsosialt arbeid. Vel ein person for å sjå kontaktane.',
  'network.fileName': 'nettverkskart',
  'analysisView.title': 'Analyse',
  'analysisView.lead': 'Nøkkeltal, mål for kvar person og eining, og korleis einingane heng saman – for «{wave}».',
  'analysisView.responses': {
    one: '{responded} av {count} spurt svara ({rate}).',
    other: '{responded} av {count} spurde svara ({rate}).'
  },
  'analysisView.toMap': 'Sjå nettverkskartet',
  'analysisView.notRun': 'Inga analyse å vise enno.',
  'analysisView.waiting': 'Analysen blir berekna …',

  'analysis.optionsLegend': 'Kva analysen byggjer på',
  'analysis.wave': 'Kartleggingsrunde',
  'analysis.minFrequency': 'Ta med kontakt',
  'analysis.minFrequency.1': 'Alle kontaktar',
  'analysis.minFrequency.2': 'Minst månadleg',
  'analysis.minFrequency.3': 'Minst vekentleg',
  'analysis.minFrequency.4': 'Berre dagleg',
  'analysis.weighted': 'Vekt etter kor ofte',
  'analysis.reciprocated': 'Berre gjensidige kontaktar',
  'analysis.running': 'Analyserer …',
  'analysis.cancel': 'Avbryt',
  'analysis.cancelled': 'Analysen vart avbroten. Tala nedanfor kan vere utdaterte.',
  'analysis.retry': 'Køyr analysen igjen',
  'analysis.failed': 'Analysen kunne ikkje gjennomførast.',
  'analysis.noWave':
    'Prosjektet har ingen kartleggingsrunde enno. Registrer ein runde og kontaktane i han, så blir kartet teikna her.',

  ...keyed('frequency.', CONTACT_WORDS.nn.frequencies),
  ...keyed('tieType.', CONTACT_WORDS.nn.tieTypes),
  'level.high': 'Høg',
  'level.middle': 'Middels',
  'level.low': 'Låg',
  'level.none': 'Ingen',

  'map.showTitle': 'Vising',
  'map.mode': 'Kva kartet viser',
  'map.mode.wave': 'Éin runde',
  'map.mode.compare': 'Samanlikn rundar',
  'map.compareFrom': 'Samanlikn med',
  'map.colorBy': 'Farge etter',
  'map.colorBy.unit': 'Eining',
  'map.colorBy.community': 'Uformelle grupper',
  'map.colorBy.external': 'Kommune / ekstern',
  'map.sizeBy': 'Storleik etter',
  'map.sizeNone': 'Lik storleik',
  'map.tieType': 'Type kontakt',
  'map.tieTypeAll': 'Alle typar',
  'map.tieTypeNote': 'Gjeld berre det som blir teikna; måla byggjer på alle typar kontakt.',
  'map.find': 'Finn ein person',
  'map.findNone': '(ingen vald)',
  'map.findNote':
    'Namn som ikkje får plass i kartet, blir viste når du vel personen her, klikkar på punktet eller går til det med tastaturet.',
  'map.ego': 'Vis nettverket til',
  'map.egoNone': 'Alle',
  'map.egoUnits': 'Einingar',
  'map.egoActors': 'Personar',
  'map.egoUnitShown': 'Viser {name} og dei direkte kontaktane til personane i eininga.',
  'map.egoActorShown': 'Viser {name} og dei direkte kontaktane.',
  'map.egoClear': 'Vis alle',
  'map.unitsShown': 'Einingar som blir viste: {shown} av {total}',
  'map.unitsAll': 'Vis alle',
  'map.unitsNone': 'Gøym alle',
  'map.externalShort': 'ekstern',
  'map.unitExternal': '{name} (ekstern)',
  'map.directed': 'Vis retning (piler)',
  'map.labels': 'Vis namn',
  'map.groupLayout': 'Grupper etter eining',
  'map.titleWave': 'Personar – {wave}',
  'map.titleCompare': 'Endring frå «{from}» til «{to}»',
  'map.ariaLabel': '{title}: nettverkskart med {people} og {ties}',
  'map.controls': 'Flytt og zoom i kartet',
  'map.zoomIn': 'Zoom inn',
  'map.zoomOut': 'Zoom ut',
  'map.fit': 'Vis heile',
  'map.panLeft': 'Flytt kartet mot venstre',
  'map.panRight': 'Flytt kartet mot høgre',
  'map.panUp': 'Flytt kartet opp',
  'map.panDown': 'Flytt kartet ned',
  'map.resetPositions': 'Tilbakestill flytta personar',
  'map.keyboardHelp':
    'Tastatur: Tab til kartet, piltastane går mellom personar, Enter vel, Esc fjernar valet, + og − zoomar, 0 viser heile kartet, Shift+piltast flyttar kartet. Dra i ein person for å flytte han.',
  'map.asTable': 'Vis som tabell',
  'map.fallbackLayout': 'Personane er plasserte gruppevis etter eining (forenkla plassering).',
  'map.noUnit': 'Utan eining',
  'map.nodeAria': { one: '{name}, {unit}, {count} kontakt', other: '{name}, {unit}, {count} kontaktar' },
  'map.sideLabel': 'Vald person og teiknforklaring',
  'map.exportSvg': 'Last ned SVG',
  'map.exportPng': 'Last ned PNG',
  'map.exportFailed': 'Biletet kunne ikkje lagast i denne nettlesaren. Prøv SVG i staden.',
  'map.exportSubtitle': '{people} · {ties}',
  'map.exportTitle': '{project} – {title}',
  'map.note.size': 'Storleik: {measure}.',
  'map.note.arrows': 'Pilene peikar frå den som oppgav kontakten, til den som vart nemnd.',
  'map.note.minFrequency': 'Viser berre kontakt {level} eller oftare.',
  'map.note.made': {
    one: 'Laga med Bosam · {count} person. Teikna i nettlesaren; ingen data er sende nokon stad.',
    other: 'Laga med Bosam · {count} personar. Teikna i nettlesaren; ingen data er sende nokon stad.'
  },
  'map.legend.title': 'Teiknforklaring',
  'map.legend.shapes': 'Form',
  'map.legend.internal': 'I kommunen',
  'map.legend.external': 'Ekstern partnar',
  'map.legend.community': 'Gruppe {number}',
  'map.legend.none': 'Ikkje gruppert',
  'map.legend.lines': 'Linjetjukkleik: kor ofte',
  'map.legend.changes': 'Endringar',
  'map.change.added': { one: 'Ny kontakt ({count})', other: 'Nye kontaktar ({count})' },
  'map.change.removed': { one: 'Borte ({count})', other: 'Borte ({count})' },
  'map.change.strengthened': { one: 'Oftare kontakt ({count})', other: 'Oftare kontakt ({count})' },
  'map.change.weakened': { one: 'Sjeldnare kontakt ({count})', other: 'Sjeldnare kontakt ({count})' },
  'map.change.same': { one: 'Uendra ({count})', other: 'Uendra ({count})' },

  'units.title': 'Einingar',
  'units.mapLabel': 'Kart over einingane: linjene viser kor mange kontaktar det er mellom to einingar',
  'units.nodeAria': {
    one: '{name}: {count} person, {internal}, {external}. Vel for å vise nettverket til eininga.',
    other: '{name}: {count} personar, {internal}, {external}. Vel for å vise nettverket til eininga.'
  },
  'units.internalTies': { one: '{count} intern kontakt', other: '{count} interne kontaktar' },
  'units.externalTies': { one: '{count} kontakt til andre einingar', other: '{count} kontaktar til andre einingar' },
  'units.help':
    'Kvar eining er éin figur, plassert der personane er i kartet. Tjukke linjer: mange kontaktar mellom to einingar. Vel ei eining for å sjå nettverket hennar.',

  'panel.title': 'Vald person',
  'panel.empty':
    'Vel ein person i kartet (klikk, eller Tab og Enter) for å sjå eininga, rolla, kontaktane og kva måla seier.',
  'panel.fte': '{fte} årsverk (heile stillinga)',
  'panel.noAnswer': '{name} svara ikkje i denne runden. Kontaktane nedanfor er berre dei andre oppgav.',
  'panel.noMeasures': 'Måla blir berekna …',
  'panel.contactsValue': { one: '{count} person', other: '{count} personar' },
  'panel.contactsDetail': '{in} oppgav kontakt med {name}, og {name} oppgav {out}.',
  'panel.betweenness.detail': 'Nr. {rank} av {total} i kor ofte {name} ligg på den kortaste vegen mellom to andre.',
  'panel.betweenness.none': 'Ingen kortaste vegar mellom andre går gjennom {name}.',
  'panel.closeness.detail': 'Nr. {rank} av {total} i kor få ledd {name} treng for å nå dei andre.',
  'panel.closeness.none': '{name} har ingen veg til dei andre.',
  'panel.eigenvector.detail': 'Nr. {rank} av {total}: høg når kontaktane sjølve har mange kontaktar.',
  'panel.eigenvector.none': '{name} er ikkje knytt til den største delen av nettverket.',
  'panel.brokerageValue': { one: 'éin gong', other: '{count} gonger' },
  'panel.role.coordinator': 'Mest som koordinator (mellom to i eiga eining).',
  'panel.role.gatekeeper': 'Mest som portvakt (tek kontakt utanfrå inn i eiga eining).',
  'panel.role.representative': 'Mest som representant (tek eiga eining med ut til andre).',
  'panel.role.itinerant': 'Mest som konsulent (mellom to i ei anna eining).',
  'panel.role.liaison': 'Mest som sambandsledd (mellom to andre einingar).',
  'panel.yes': 'Ja',
  'panel.articulationDetail':
    'Viss {name} fell bort, blir nokon avskorne frå resten av nettverket. Sørg for ein stadfortredar.',
  'panel.showEgo': 'Vis nettverket til personen',
  'panel.clear': 'Fjern valet',
  'panel.contactList': { one: 'Éin kontakt', other: '{count} kontaktar' },
  'panel.noContacts': '{name} har ingen kontaktar med filtera som er valde no.',
  'panel.direction.both': 'begge oppgav kontakten',
  'panel.direction.out': 'berre den valde oppgav kontakten',
  'panel.direction.in': 'berre den andre oppgav kontakten',

  'compare.title': 'Endring frå «{from}» til «{to}»',
  'compare.figures': 'Nøkkeltal før og etter',
  'compare.measure': 'Mål',
  'compare.change': 'Endring',
  'compare.frequencyChange': '{before} → {after}',
  'compare.points': { one: '{value} prosentpoeng', other: '{value} prosentpoeng' },
  'compare.none': 'Ingen.',
  'compare.stability':
    'Personar med i begge rundane: {count}. Kontaktane mellom dei: i begge rundane {kept}, borte {lost}, nye {new}. Dermed finst {share} av kontaktane i begge rundane.',
  'compare.stabilityChance.more':
    'Kontaktane i dei to rundane liknar på kvarandre meir enn tilfeldig: berre {count} av {permutations} omstokkingar av personane gav minst like stor likskap.',
  'compare.stabilityChance.moreNone':
    'Kontaktane i dei to rundane liknar på kvarandre meir enn tilfeldig: ingen av {permutations} omstokkingar av personane gav like stor likskap.',
  'compare.stabilityChance.not':
    'Kontaktane i dei to rundane liknar ikkje tydeleg meir på kvarandre enn tilfeldig: {count} av {permutations} omstokkingar av personane gav minst like stor likskap.',

  'caveat.title': 'Les tala med dette i bakhovudet',
  'caveat.small': {
    one: 'Nettverket har berre {count} person. Med færre enn {limit} personar kan éin kontakt meir eller mindre endre mål som «{bridge}» og «{few}» mykje.',
    other:
      'Nettverket har berre {count} personar. Med færre enn {limit} personar kan éin kontakt meir eller mindre endre mål som «{bridge}» og «{few}» mykje.'
  },
  'caveat.lowResponse':
    'Svarprosenten er {rate} (under {limit}). Personar som ikkje svara, har berre kontaktane andre oppgav, så mål som byggjer på svara («{reported}», «{mutual}») blir for låge.',
  'caveat.components': {
    one: 'Nettverket heng saman.',
    other: 'Nettverket består av {count} åtskilde delar. Avstandar blir målte i den største delen ({largest}).'
  },
  'caveat.weighted':
    'Vekta: avstandar blir rekna som 1 delt på kor ofte, så dagleg kontakt tel som nærare enn månadleg. Avstandane er då ikkje tal på ledd.',
  'caveat.reciprocated': 'Berre kontaktar begge partar oppgav, er tekne med.',
  'caveat.minFrequency': 'Berre kontakt som er {level} eller oftare, er teken med.',
  'caveat.flag.small': '(Usikkert i små nettverk.)',
  'caveat.flag.lowResponse': '(For lågt når mange ikkje svara.)',
  'caveat.flag.largestOnly': '(Gjeld den største delen.)',

  'figures.title': 'Nøkkeltal for nettverket',
  'figures.explain': 'Slik les du nøkkeltala',
  'table.name': 'Namn',
  'table.unit': 'Eining',
  'table.unitKind': 'Type',
  'table.yes': 'Ja',
  'table.no': 'Nei',
  'table.showOnMap': 'Vis i kartet',
  'table.captionSortedAsc': '{caption}, sortert stigande etter {column}',
  'table.captionSortedDesc': '{caption}, sortert fallande etter {column}',
  'table.explain': 'Slik les du måla',
  'table.allMeasures': 'Vis alle mål',
  'table.actorsTitle': 'Personar',
  'table.actorsIntro': 'Klikk på ei kolonneoverskrift for å sortere. Klikk på eit namn for å sjå personen i kartet.',
  'table.actorsCaption': { one: 'Mål for {count} person', other: 'Mål for {count} personar' },
  'table.unitsTitle': 'Einingar',
  'table.unitsIntro':
    'Kor mykje kontakt det er innanfor kvar eining og ut til andre. Ei eining med mykje intern og lite ekstern kontakt kan vere ein silo.',
  'table.unitsCaption': { one: 'Mål for {count} eining', other: 'Mål for {count} einingar' },

  'matrix.title': 'Kontakt mellom einingane',
  'matrix.intro':
    'Kvar rute viser kor mange kontaktar det er mellom personar i eininga på rada og eininga i kolonnen. Diagonalen er kontakt innanfor eininga. Mørkare farge tyder fleire kontaktar.',
  'matrix.note': 'Kolonnane er nummererte i same rekkjefølgje som radene.',

  'communities.title': 'Uformelle grupper og formelle einingar',
  'communities.intro':
    'Bosam finn uformelle grupper – personar som har mykje kontakt med kvarandre – ut frå kontaktane åleine (Leiden-metoden), og samanliknar dei med einingane i organisasjonskartet.',
  'communities.unavailable': 'Grupperinga er ikkje tilgjengeleg i denne versjonen av berekningskjernen.',
  'communities.countDetail': {
    one: 'Til samanlikning: {count} formell eining.',
    other: 'Til samanlikning: {count} formelle einingar.'
  },
  'communities.modularity.high': 'Tydelege grupper.',
  'communities.modularity.mid': 'Nokså tydelege grupper.',
  'communities.modularity.low': 'Svake grupper: kontakten går mykje på tvers.',
  'communities.agreement.high': 'Gruppene følgjer einingane tett.',
  'communities.agreement.mid': 'Gruppene følgjer einingane delvis.',
  'communities.agreement.low': 'Gruppene går på tvers av einingane.',
  'communities.tableCaption': 'Kva einingar kvar gruppe består av',
  'communities.group': 'Gruppe',
  'communities.members': 'Personar',
  'communities.units': 'Einingar (tal på personar)',

  'bridges.title': 'Sårbare punkt',
  'bridges.intro':
    'Personar og enkeltrelasjonar som held nettverket saman: fell dei bort, blir nokon avskorne frå resten.',
  'bridges.people': { one: 'Éin person er bindeledd', other: '{count} personar er bindeledd' },
  'bridges.noPeople': 'Ingen enkeltperson held nettverket saman åleine.',
  'bridges.ties': { one: 'Éin kontakt er einaste samband', other: '{count} kontaktar er einaste samband' },
  'bridges.noTies': 'Ingen enkeltrelasjon er einaste samband.',

  'chance.title': 'Sterkare enn tilfeldig?',
  'chance.intro':
    'Eit mønster kan oppstå av seg sjølv. Bosam stokkar personane tilfeldig om {permutations} gonger og tel kor ofte mønsteret blir minst like sterkt. Skjer det i færre enn {level} av omstokkingane, blir mønsteret rekna som sterkare enn tilfeldig.',
  'chance.sharedWork.more':
    'Dei som deler oppgåver, har oftare kontakt enn tilfeldig: berre {count} av {permutations} omstokkingar gav ein minst like sterk samanheng.',
  'chance.sharedWork.moreNone':
    'Dei som deler oppgåver, har oftare kontakt enn tilfeldig: ingen av {permutations} omstokkingar gav ein like sterk samanheng.',
  'chance.sharedWork.not':
    'Dei som deler oppgåver, har ikkje tydeleg oftare kontakt enn tilfeldig: {count} av {permutations} omstokkingar gav ein minst like sterk samanheng.',
  'chance.sharedWork.untested': 'Samanhengen er ikkje samanlikna med tilfeldige omstokkingar.',
  'chance.sharedWork.none':
    'Kan ikkje målast her: det krev at nokon har kontakt, og at nokon deler oppgåver i ansvarskartet.',
  'chance.units.value': '{count} av {tested}',
  'chance.units.closed': {
    one: 'Éi eining har meir intern kontakt enn tilfeldig: {units}.',
    other: '{count} einingar har meir intern kontakt enn tilfeldig: {units}.'
  },
  'chance.units.more': '{count} til',
  'chance.units.noneClosed': 'Inga eining har meir intern kontakt enn tilfeldig.',
  'chance.units.untested': 'Einingane er ikkje samanlikna med tilfeldige fordelingar.'
};
