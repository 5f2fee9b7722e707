// Bokmål texts for the network map and the Analyse view (merged into nb.js).
// analysis.nn.js and analysis.en.js must have exactly the same keys and placeholders.
import { CONTACT_WORDS, keyed } from './contact-words.js';

export default {
  'nav.network': 'Nettverkskart',
  'nav.analysis': 'Analyse',
  'coreError.analysis-cancelled': 'Analysen ble avbrutt.',

  'network.title': 'Nettverkskart',
  'network.lead': 'Hvem snakker med hvem om boligsosialt arbeid. Velg en person for å se kontaktene.',
  'network.fileName': 'nettverkskart',
  'analysisView.title': 'Analyse',
  'analysisView.lead': 'Nøkkeltall, mål for hver person og enhet, og hvordan enhetene henger sammen – for «{wave}».',
  'analysisView.responses': {
    one: '{responded} av {count} spurt svarte ({rate}).',
    other: '{responded} av {count} spurte svarte ({rate}).'
  },
  'analysisView.toMap': 'Se nettverkskartet',
  'analysisView.notRun': 'Ingen analyse å vise ennå.',
  'analysisView.waiting': 'Analysen beregnes …',

  'analysis.optionsLegend': 'Hva analysen bygger på',
  'analysis.wave': 'Kartleggingsrunde',
  'analysis.minFrequency': 'Ta med kontakt',
  'analysis.minFrequency.1': 'Alle kontakter',
  'analysis.minFrequency.2': 'Minst månedlig',
  'analysis.minFrequency.3': 'Minst ukentlig',
  'analysis.minFrequency.4': 'Bare daglig',
  'analysis.weighted': 'Vekt etter hvor ofte',
  'analysis.reciprocated': 'Bare gjensidige kontakter',
  'analysis.running': 'Analyserer …',
  'analysis.cancel': 'Avbryt',
  'analysis.cancelled': 'Analysen ble avbrutt. Tallene under kan være utdaterte.',
  'analysis.retry': 'Kjør analysen igjen',
  'analysis.failed': 'Analysen kunne ikke gjennomføres.',
  'analysis.noWave':
    'Prosjektet har ingen kartleggingsrunde ennå. Registrer en runde og kontaktene i den, så tegnes kartet her.',

  ...keyed('frequency.', CONTACT_WORDS.nb.frequencies),
  ...keyed('tieType.', CONTACT_WORDS.nb.tieTypes),
  'level.high': 'Høy',
  'level.middle': 'Middels',
  'level.low': 'Lav',
  'level.none': 'Ingen',

  'map.showTitle': 'Visning',
  'map.mode': 'Hva kartet viser',
  'map.mode.wave': 'Én runde',
  'map.mode.compare': 'Sammenlign runder',
  'map.compareFrom': 'Sammenlign med',
  'map.colorBy': 'Farge etter',
  'map.colorBy.unit': 'Enhet',
  'map.colorBy.community': 'Uformelle grupper',
  'map.colorBy.external': 'Kommune / ekstern',
  'map.sizeBy': 'Størrelse etter',
  'map.sizeNone': 'Lik størrelse',
  'map.tieType': 'Type kontakt',
  'map.tieTypeAll': 'Alle typer',
  'map.tieTypeNote': 'Gjelder bare det som tegnes; målene bygger på alle typer kontakt.',
  'map.find': 'Finn en person',
  'map.findNone': '(ingen valgt)',
  'map.findNote':
    'Navn som ikke får plass i kartet, vises når du velger personen her, klikker på punktet eller går til det med tastaturet.',
  'map.ego': 'Vis nettverket til',
  'map.egoNone': 'Alle',
  'map.egoUnits': 'Enheter',
  'map.egoActors': 'Personer',
  'map.egoUnitShown': 'Viser {name} og de direkte kontaktene til enhetens personer.',
  'map.egoActorShown': 'Viser {name} og de direkte kontaktene.',
  'map.egoClear': 'Vis alle',
  'map.unitsShown': 'Enheter som vises: {shown} av {total}',
  'map.unitsAll': 'Vis alle',
  'map.unitsNone': 'Skjul alle',
  'map.externalShort': 'ekstern',
  'map.unitExternal': '{name} (ekstern)',
  'map.directed': 'Vis retning (piler)',
  'map.labels': 'Vis navn',
  'map.groupLayout': 'Grupper etter enhet',
  'map.titleWave': 'Personer – {wave}',
  'map.titleCompare': 'Endring fra «{from}» til «{to}»',
  'map.ariaLabel': '{title}: nettverkskart med {people} og {ties}',
  'map.controls': 'Flytt og zoom i kartet',
  'map.zoomIn': 'Zoom inn',
  'map.zoomOut': 'Zoom ut',
  'map.fit': 'Vis hele',
  'map.panLeft': 'Flytt kartet mot venstre',
  'map.panRight': 'Flytt kartet mot høyre',
  'map.panUp': 'Flytt kartet opp',
  'map.panDown': 'Flytt kartet ned',
  'map.resetPositions': 'Tilbakestill flyttede personer',
  'map.keyboardHelp':
    'Tastatur: Tab til kartet, piltastene går mellom personer, Enter velger, Esc fjerner valget, + og − zoomer, 0 viser hele kartet, Shift+piltast flytter kartet. Dra i en person for å flytte den.',
  'map.asTable': 'Vis som tabell',
  'map.fallbackLayout': 'Personene er plassert gruppevis etter enhet (forenklet plassering).',
  'map.noUnit': 'Uten enhet',
  'map.nodeAria': { one: '{name}, {unit}, {count} kontakt', other: '{name}, {unit}, {count} kontakter' },
  'map.sideLabel': 'Valgt person og tegnforklaring',
  'map.exportSvg': 'Last ned SVG',
  'map.exportPng': 'Last ned PNG',
  'map.exportFailed': 'Bildet kunne ikke lages i denne nettleseren. Prøv SVG i stedet.',
  'map.exportSubtitle': '{people} · {ties}',
  'map.exportTitle': '{project} – {title}',
  'map.note.size': 'Størrelse: {measure}.',
  'map.note.arrows': 'Pilene peker fra den som oppga kontakten til den som ble nevnt.',
  'map.note.minFrequency': 'Viser bare kontakt {level} eller oftere.',
  'map.note.made': {
    one: 'Laget med Bosam · {count} person. Tegnet i nettleseren; ingen data er sendt noe sted.',
    other: 'Laget med Bosam · {count} personer. Tegnet i nettleseren; ingen data er sendt noe sted.'
  },
  'map.legend.title': 'Tegnforklaring',
  'map.legend.shapes': 'Form',
  'map.legend.internal': 'I kommunen',
  'map.legend.external': 'Ekstern partner',
  'map.legend.community': 'Gruppe {number}',
  'map.legend.none': 'Ikke gruppert',
  'map.legend.lines': 'Linjetykkelse: hvor ofte',
  'map.legend.changes': 'Endringer',
  'map.change.added': { one: 'Ny kontakt ({count})', other: 'Nye kontakter ({count})' },
  'map.change.removed': { one: 'Borte ({count})', other: 'Borte ({count})' },
  'map.change.strengthened': { one: 'Hyppigere kontakt ({count})', other: 'Hyppigere kontakt ({count})' },
  'map.change.weakened': { one: 'Sjeldnere kontakt ({count})', other: 'Sjeldnere kontakt ({count})' },
  'map.change.same': { one: 'Uendret ({count})', other: 'Uendret ({count})' },

  'units.title': 'Enheter',
  'units.mapLabel': 'Kart over enhetene: linjene viser hvor mange kontakter det er mellom to enheter',
  'units.nodeAria': {
    one: '{name}: {count} person, {internal}, {external}. Velg for å vise enhetens nettverk.',
    other: '{name}: {count} personer, {internal}, {external}. Velg for å vise enhetens nettverk.'
  },
  'units.internalTies': { one: '{count} intern kontakt', other: '{count} interne kontakter' },
  'units.externalTies': { one: '{count} kontakt til andre enheter', other: '{count} kontakter til andre enheter' },
  'units.help':
    'Hver enhet er én figur, plassert der personene er i kartet. Tykke linjer: mange kontakter mellom to enheter. Velg en enhet for å se nettverket dens.',

  'panel.title': 'Valgt person',
  'panel.empty':
    'Velg en person i kartet (klikk, eller Tab og Enter) for å se enheten, rollen, kontaktene og hva målene sier.',
  'panel.fte': '{fte} årsverk (hele stillingen)',
  'panel.noAnswer': '{name} svarte ikke i denne runden. Kontaktene under er bare de andre oppga.',
  'panel.noMeasures': 'Målene beregnes …',
  'panel.contactsValue': { one: '{count} person', other: '{count} personer' },
  'panel.contactsDetail': '{in} oppga kontakt med {name}, og {name} oppga {out}.',
  'panel.betweenness.detail': 'Nr. {rank} av {total} i hvor ofte {name} ligger på den korteste veien mellom to andre.',
  'panel.betweenness.none': 'Ingen korteste veier mellom andre går gjennom {name}.',
  'panel.closeness.detail': 'Nr. {rank} av {total} i hvor få ledd {name} trenger for å nå de andre.',
  'panel.closeness.none': '{name} har ingen vei til de andre.',
  'panel.eigenvector.detail': 'Nr. {rank} av {total}: høy når kontaktene selv har mange kontakter.',
  'panel.eigenvector.none': '{name} er ikke knyttet til den største delen av nettverket.',
  'panel.brokerageValue': { one: 'én gang', other: '{count} ganger' },
  'panel.role.coordinator': 'Mest som koordinator (mellom to i egen enhet).',
  'panel.role.gatekeeper': 'Mest som portvakt (tar kontakt utenfra inn i egen enhet).',
  'panel.role.representative': 'Mest som representant (bringer egen enhet ut til andre).',
  'panel.role.itinerant': 'Mest som konsulent (mellom to i en annen enhet).',
  'panel.role.liaison': 'Mest som forbindelsesledd (mellom to andre enheter).',
  'panel.yes': 'Ja',
  'panel.articulationDetail':
    'Hvis {name} faller bort, blir noen avskåret fra resten av nettverket. Sørg for en stedfortreder.',
  'panel.showEgo': 'Vis nettverket til personen',
  'panel.clear': 'Fjern valget',
  'panel.contactList': { one: 'Én kontakt', other: '{count} kontakter' },
  'panel.noContacts': '{name} har ingen kontakter med dagens filtre.',
  'panel.direction.both': 'begge oppga kontakten',
  'panel.direction.out': 'bare den valgte oppga kontakten',
  'panel.direction.in': 'bare den andre oppga kontakten',

  'compare.title': 'Endring fra «{from}» til «{to}»',
  'compare.figures': 'Nøkkeltall før og etter',
  'compare.measure': 'Mål',
  'compare.change': 'Endring',
  'compare.frequencyChange': '{before} → {after}',
  'compare.points': { one: '{value} prosentpoeng', other: '{value} prosentpoeng' },
  'compare.none': 'Ingen.',
  'compare.stability':
    'Personer med i begge rundene: {count}. Kontaktene mellom dem: i begge rundene {kept}, borte {lost}, nye {new}. Dermed finnes {share} av kontaktene i begge rundene.',
  'compare.stabilityChance.more':
    'Kontaktene i de to rundene ligner på hverandre mer enn tilfeldig: bare {count} av {permutations} omstokkinger av personene ga minst like stor likhet.',
  'compare.stabilityChance.moreNone':
    'Kontaktene i de to rundene ligner på hverandre mer enn tilfeldig: ingen av {permutations} omstokkinger av personene ga like stor likhet.',
  'compare.stabilityChance.not':
    'Kontaktene i de to rundene ligner ikke tydelig mer på hverandre enn tilfeldig: {count} av {permutations} omstokkinger av personene ga minst like stor likhet.',

  'caveat.title': 'Les tallene med dette i bakhodet',
  'caveat.small': {
    one: 'Nettverket har bare {count} person. Med færre enn {limit} personer kan én kontakt mer eller mindre endre mål som «{bridge}» og «{few}» mye.',
    other:
      'Nettverket har bare {count} personer. Med færre enn {limit} personer kan én kontakt mer eller mindre endre mål som «{bridge}» og «{few}» mye.'
  },
  'caveat.lowResponse':
    'Svarprosenten er {rate} (under {limit}). Personer som ikke svarte, har bare kontaktene andre oppga, så mål som bygger på svarene («{reported}», «{mutual}») blir for lave.',
  'caveat.components': {
    one: 'Nettverket henger sammen.',
    other: 'Nettverket består av {count} adskilte deler. Avstander måles i den største delen ({largest}).'
  },
  'caveat.weighted':
    'Vektet: avstander regnes som 1 delt på hyppigheten, så daglig kontakt teller som nærmere enn månedlig. Avstandene er da ikke antall ledd.',
  'caveat.reciprocated': 'Bare kontakter begge parter oppga er tatt med.',
  'caveat.minFrequency': 'Bare kontakt som er {level} eller oftere, er tatt med.',
  'caveat.flag.small': '(Usikkert i små nettverk.)',
  'caveat.flag.lowResponse': '(For lavt når mange ikke svarte.)',
  'caveat.flag.largestOnly': '(Gjelder den største delen.)',

  'figures.title': 'Nøkkeltall for nettverket',
  'figures.explain': 'Slik leser du nøkkeltallene',
  'table.name': 'Navn',
  'table.unit': 'Enhet',
  'table.unitKind': 'Type',
  'table.yes': 'Ja',
  'table.no': 'Nei',
  'table.showOnMap': 'Vis i kartet',
  'table.captionSortedAsc': '{caption}, sortert stigende etter {column}',
  'table.captionSortedDesc': '{caption}, sortert synkende etter {column}',
  'table.explain': 'Slik leser du målene',
  'table.allMeasures': 'Vis alle mål',
  'table.actorsTitle': 'Personer',
  'table.actorsIntro': 'Klikk på en kolonneoverskrift for å sortere. Klikk på et navn for å se personen i kartet.',
  'table.actorsCaption': { one: 'Mål for {count} person', other: 'Mål for {count} personer' },
  'table.unitsTitle': 'Enheter',
  'table.unitsIntro':
    'Hvor mye kontakt det er innad i hver enhet og ut til andre. En enhet med mye intern og lite ekstern kontakt kan være en silo.',
  'table.unitsCaption': { one: 'Mål for {count} enhet', other: 'Mål for {count} enheter' },

  'matrix.title': 'Kontakt mellom enhetene',
  'matrix.intro':
    'Hver rute viser hvor mange kontakter det er mellom personer i enheten på raden og enheten i kolonnen. Diagonalen er kontakt innad i enheten. Mørkere farge betyr flere kontakter.',
  'matrix.note': 'Kolonnene er nummerert i samme rekkefølge som radene.',

  'communities.title': 'Uformelle grupper og formelle enheter',
  'communities.intro':
    'Bosam finner uformelle grupper – personer som har mye kontakt med hverandre – ut fra kontaktene alene (Leiden-metoden), og sammenligner dem med enhetene i organisasjonskartet.',
  'communities.unavailable': 'Grupperingen er ikke tilgjengelig i denne versjonen av beregningskjernen.',
  'communities.countDetail': {
    one: 'Til sammenligning: {count} formell enhet.',
    other: 'Til sammenligning: {count} formelle enheter.'
  },
  'communities.modularity.high': 'Tydelige grupper.',
  'communities.modularity.mid': 'Nokså tydelige grupper.',
  'communities.modularity.low': 'Svake grupper: kontakten går mye på tvers.',
  'communities.agreement.high': 'Gruppene følger enhetene tett.',
  'communities.agreement.mid': 'Gruppene følger enhetene delvis.',
  'communities.agreement.low': 'Gruppene går på tvers av enhetene.',
  'communities.tableCaption': 'Hvilke enheter hver gruppe består av',
  'communities.group': 'Gruppe',
  'communities.members': 'Personer',
  'communities.units': 'Enheter (antall personer)',

  'bridges.title': 'Sårbare punkter',
  'bridges.intro':
    'Personer og enkeltrelasjoner som holder nettverket sammen: faller de bort, blir noen avskåret fra resten.',
  'bridges.people': { one: 'Én person er bindeledd', other: '{count} personer er bindeledd' },
  'bridges.noPeople': 'Ingen enkeltperson holder nettverket sammen alene.',
  'bridges.ties': { one: 'Én kontakt er eneste forbindelse', other: '{count} kontakter er eneste forbindelse' },
  'bridges.noTies': 'Ingen enkeltrelasjon er eneste forbindelse.',

  'chance.title': 'Sterkere enn tilfeldig?',
  'chance.intro':
    'Et mønster kan oppstå av seg selv. Bosam stokker personene tilfeldig om {permutations} ganger og teller hvor ofte mønsteret blir minst like sterkt. Skjer det i færre enn {level} av omstokkingene, regnes mønsteret som sterkere enn tilfeldig.',
  'chance.sharedWork.more':
    'De som deler oppgaver, har oftere kontakt enn tilfeldig: bare {count} av {permutations} omstokkinger ga en minst like sterk sammenheng.',
  'chance.sharedWork.moreNone':
    'De som deler oppgaver, har oftere kontakt enn tilfeldig: ingen av {permutations} omstokkinger ga en like sterk sammenheng.',
  'chance.sharedWork.not':
    'De som deler oppgaver, har ikke tydelig oftere kontakt enn tilfeldig: {count} av {permutations} omstokkinger ga en minst like sterk sammenheng.',
  'chance.sharedWork.untested': 'Sammenhengen er ikke sammenlignet med tilfeldige omstokkinger.',
  'chance.sharedWork.none':
    'Kan ikke måles her: det krever at noen har kontakt, og at noen deler oppgaver i ansvarskartet.',
  'chance.units.value': '{count} av {tested}',
  'chance.units.closed': {
    one: 'Én enhet har mer intern kontakt enn tilfeldig: {units}.',
    other: '{count} enheter har mer intern kontakt enn tilfeldig: {units}.'
  },
  'chance.units.more': '{count} til',
  'chance.units.noneClosed': 'Ingen enhet har mer intern kontakt enn tilfeldig.',
  'chance.units.untested': 'Enhetene er ikke sammenlignet med tilfeldige fordelinger.'
};
