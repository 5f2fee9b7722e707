// The words of every finding, in bokmål and English. Each text says what was seen and why it may matter, and
// suggests something to discuss; it never passes judgement on a person. {placeholders} are filled by the rules.
#include <map>

#include "checks/finding.hpp"

namespace bosam::checks {
namespace {

struct Texts {
  const char *titleNb, *explanationNb, *suggestionNb, *titleEn, *explanationEn, *suggestionEn;
};

const std::map<std::string, Texts>& texts() {
  static const std::map<std::string, Texts> t = {
      {"duplicate-function",
       {"«{function}» utføres av {count} enheter",
        "{holders} har ansvar for eller utfører «{function}».{split} Når samme oppgave gjøres flere steder, kan "
        "brukerne møte ulike svar og ressursene spres.",
        "Drøft om oppgaven bør samles ett sted, eller om enhetene bør ha en felles rutine og fast kontakt.",
        "\"{function}\" is done by {count} units",
        "{holders} are responsible for or perform \"{function}\".{split} When the same task is done in several "
        "places, users may get different answers and resources are spread thin.",
        "Discuss whether the task should be brought together in one place, or whether the units need a shared "
        "routine and regular contact."}},
      {"uncovered-function",
       {"Ingen har «{function}»",
        "«{function}» er en vesentlig boligsosial funksjon, men ingen enhet eller person er registrert med ansvar "
        "for den eller som utfører den.",
        "Finn ut om noen gjør dette i praksis uten at det er registrert, og avklar hvem som skal ha ansvaret.",
        "No one holds \"{function}\"",
        "\"{function}\" is an essential housing-social function, but no unit or person is registered as "
        "responsible for it or as performing it.",
        "Find out whether someone does this in practice without it being registered, and agree who should be "
        "responsible."}},
      {"not-mapped",
       {"Ansvarskartet er ikke fylt ut ennå",
        "Prosjektet har {functions} boligsosiale funksjoner ({essential} av dem vesentlige), men ingen er fordelt "
        "på enheter eller personer ennå. Når det er gjort, viser Bosam hvilke funksjoner som mangler noen, gjøres "
        "flere steder eller hviler på én person.",
        "Fordel funksjonene i Oppgaver: hvem har ansvaret, hvem utfører og hvem bidrar.",
        "The responsibility map is not filled in yet",
        "The project has {functions} housing-social functions ({essential} of them essential), but none is "
        "assigned to units or people yet. Once that is done, Bosam shows which functions nobody holds, which are "
        "done in several places and which rest on one person.",
        "Assign the functions in Tasks: who is responsible, who performs and who contributes."}},
      {"not-mapped/start",
       {"Ansvarskartet er ikke fylt ut ennå",
        "Prosjektet har {functions} boligsosiale funksjoner ({essential} av dem vesentlige), men ingen enheter, "
        "personer eller oppgaver er registrert ennå.",
        "Begynn i Organisasjon: legg inn enhetene og personene, eller importer en ansattliste. Fordel deretter "
        "funksjonene i Oppgaver.",
        "The responsibility map is not filled in yet",
        "The project has {functions} housing-social functions ({essential} of them essential), but no units, "
        "people or tasks are registered yet.",
        "Start in Organisation: add the units and people, or import a staff list. Then assign the functions in "
        "Tasks."}},
      {"no-decision-authority",
       {"Uklart hvem som kan beslutte i «{function}»",
        "{count} oppdrag er registrert på «{function}», men ingen av dem har beslutningsmyndighet.",
        "Avklar hvem som fatter vedtak eller tar beslutninger i denne funksjonen, og registrer det.",
        "Unclear who decides in \"{function}\"",
        "{count} assignments are registered for \"{function}\", but none of them carries decision authority.",
        "Agree who makes the decisions in this function, and register it."}},
      {"no-decision-authority/split",
       {"Beslutningsmyndighet i «{function}» er delt på flere enheter",
        "{holders} har alle beslutningsmyndighet i «{function}».",
        "Drøft om like saker kan få ulike vedtak, og om myndigheten bør samles eller samordnes.",
        "Decision authority in \"{function}\" is split between units",
        "{holders} all hold decision authority in \"{function}\".",
        "Discuss whether similar cases may get different decisions, and whether authority should be brought "
        "together or coordinated."}},
      {"single-person-dependency",
       {"«{function}» hviler på én person", "Bare {person} ({unit}) er registrert med «{function}».",
        "Drøft hvem som kan være stedfortreder, og hvordan kunnskapen kan deles før fravær eller bytte av jobb.",
        "\"{function}\" rests on one person", "Only {person} ({unit}) is registered with \"{function}\".",
        "Discuss who could stand in, and how the knowledge can be shared before absence or a change of job."}},
      {"should-collaborate",
       {"{unitA} og {unitB} deler oppgaver, men har {contact}",
        "Begge enhetene arbeider med {shared}. I kartleggingsrunden har de {contactLong}.{people}",
        "Drøft om de bør ha en fast møteplass, en kontaktperson hver, eller felles rutiner for overlevering.",
        "{unitA} and {unitB} share work but have {contact}",
        "Both units work on {shared}. In the survey wave they have {contactLong}.{people}",
        "Discuss whether they need a regular meeting point, a contact person each, or shared hand-over routines."}},
      {"should-collaborate/groups",
       {"{unitA} og {unitB} har samme målgruppe, men har {contact}",
        "Begge enhetene har oppgaver for {shared}, så brukerne kan gå mellom dem. I kartleggingsrunden har de "
        "{contactLong}.{people}",
        "Drøft hvordan brukerne følges når de går fra den ene til den andre, og om enhetene bør ha en fast "
        "kontaktperson hver.",
        "{unitA} and {unitB} serve the same target group but have {contact}",
        "Both units have tasks for {shared}, so users may pass between them. In the survey wave they have "
        "{contactLong}.{people}",
        "Discuss how users are followed when they move from one to the other, and whether each unit should have "
        "a named contact person."}},
      {"isolate",
       {"{person} har ingen kontakter i nettverket",
        "{person} ({unit}) {answered}, og ingen andre oppga kontakt med vedkommende om boligsosialt arbeid.",
        "Snakk med {person} om hvordan arbeidet er knyttet til de andre, og om noe mangler i svarene.",
        "{person} has no contacts in the network",
        "{person} ({unit}) {answered}, and no one else reported contact with them about housing-social work.",
        "Talk with {person} about how their work connects to the others, and whether something is missing from "
        "the answers."}},
      {"bottleneck",
       {"Mye av kontakten går gjennom {person}", "{person} ({unit}) {why}",
        "Drøft om flere bør ha direkte kontakt, slik at arbeidet ikke stopper opp når {person} er borte.",
        "Much of the contact goes through {person}", "{person} ({unit}) {why}",
        "Discuss whether more people should be in direct contact, so the work does not stop when {person} is "
        "away."}},
      {"silo",
       {"{unit} har lite kontakt utover egen enhet", "{why} (E-I-indeks {ei}; −1 betyr bare intern kontakt).",
        "Drøft hvilke andre enheter {unit} er avhengig av, og hvordan kontakten med dem kan bli fast.",
        "{unit} has little contact beyond itself", "{why} (E-I index {ei}; −1 means internal contact only).",
        "Discuss which other units {unit} depends on, and how contact with them can become regular."}},
      {"external-without-contact",
       {"Ingen har kontakt med {unit}", "{unit} er registrert som samarbeidspart, men {why}",
        "Avklar om samarbeidet er viktig nå, og i så fall hvem som skal ha kontakten.",
        "No one is in contact with {unit}", "{unit} is registered as a partner, but {why}",
        "Agree whether the partnership matters now and, if so, who should hold the contact."}},
      {"one-sided-ties",
       {"Mange kontakter er bare oppgitt av én av partene",
        "Blant dem som svarte, er {oneSided} av {pairs} kontakter ({share}) oppgitt av bare den ene.",
        "Ulik oppfatning av samarbeid er verdt å ta opp: hva regner hver av dere som kontakt?",
        "Many ties were reported by one side only",
        "Among those who answered, {oneSided} of {pairs} ties ({share}) were reported by only one of the two.",
        "Different views of the collaboration are worth raising: what does each of you count as contact?"}},
      {"low-response-rate",
       {"For få har svart til at nettverket gir et sikkert bilde",
        "{responded} av {asked} har svart ({rate}); grensen er {threshold}. Kontakter til og mellom dem som ikke "
        "har svart, mangler, så alle funn om nettverket må leses med forsiktighet.",
        "Purr på dem som ikke har svart før dere trekker konklusjoner om nettverket.",
        "Too few answered for the network to be trusted",
        "{responded} of {asked} answered ({rate}); the threshold is {threshold}. Ties to and between those who "
        "did not answer are missing, so every network finding must be read with care.",
        "Remind those who have not answered before drawing conclusions about the network."}},
      {"low-response-rate/none",
       {"Ingen er registrert som spurt i runden",
        "Runden har ingen liste over hvem som ble spurt, så svarprosenten er ukjent.",
        "Registrer hvem som ble spurt og hvem som svarte, slik at manglende svar kan skilles fra manglende "
        "kontakt.",
        "No one is registered as asked in the wave",
        "The wave has no list of who was asked, so the response rate is unknown.",
        "Register who was asked and who answered, so missing answers can be told apart from missing contact."}},
      {"thin-resources",
       {"Lite tid til «{function}»",
        "«{function}» er en vesentlig funksjon, men oppdragene på den utgjør til sammen {fte} årsverk. Grensen er "
        "{threshold} årsverk.{estimate}",
        "Drøft om funksjonen får nok tid til å bli ivaretatt, og om noen bør få et tydeligere ansvar og mer tid til "
        "den.",
        "Little time for \"{function}\"",
        "\"{function}\" is an essential function, but its assignments add up to {fte} FTE. The threshold is "
        "{threshold} FTE.{estimate}",
        "Discuss whether the function gets enough time to be looked after, and whether someone should get a clearer "
        "responsibility and more time for it."}},
      {"thin-resources/people",
       {"Ingen har mye tid til «{function}»",
        "«{function}» har {fte} årsverk til sammen, men de er delt på {people} personer som hver har under "
        "{minPerson} årsverk på den: {holders}.{estimate}",
        "Når alle bare har litt tid til en oppgave, blir den lett en bisak. Drøft om én eller to bør få et tydelig "
        "ansvar og mer tid.",
        "No one has much time for \"{function}\"",
        "\"{function}\" has {fte} FTE in all, but it is shared by {people} people who each have less than "
        "{minPerson} FTE on it: {holders}.{estimate}",
        "When everyone has only a little time for a task, it easily becomes a side issue. Discuss whether one or "
        "two people should get a clear responsibility and more time."}},
      {"fragmented-function",
       {"«{function}» er spredt på mange",
        "Til sammen {fte} årsverk på «{function}» er fordelt på {count} personer eller enheter: {holders}. Ingen "
        "har mer enn {largest} av tiden (grensen er {maxShare}).",
        "Drøft om spredningen er ønsket, hvem som har oversikt over helheten, og om brukerne vet hvor de skal "
        "henvende seg.",
        "\"{function}\" is spread over many",
        "In all, {fte} FTE on \"{function}\" is spread over {count} people or units: {holders}. None has more than "
        "{largest} of the time (the threshold is {maxShare}).",
        "Discuss whether the spread is intended, who keeps an overview of the whole, and whether users know where to "
        "turn."}},
      {"split-location",
       {"{unitA} og {unitB} deler arbeid, men sitter hver for seg",
        "Begge enhetene arbeider med {shared}. {unitA} er registrert på stedet «{locA}» og {unitB} på «{locB}», og "
        "i kartleggingsrunden har de {contact}.",
        "Drøft om samlokalisering, faste dager hos hverandre eller én felles inngang kan gjøre veien kortere for "
        "brukerne og de ansatte.",
        "{unitA} and {unitB} share work but sit apart",
        "Both units work on {shared}. {unitA} is registered at \"{locA}\" and {unitB} at \"{locB}\", and in the "
        "survey wave they have {contact}.",
        "Discuss whether co-location, regular days at each other's offices or a single point of entry could shorten "
        "the path for users and staff."}},
      {"phase-incomplete",
       {"Fase {phase} ({phaseTitle}) er ikke fullført", "{missing} av {required} påkrevde punkter gjenstår: {items}.",
        "Gå gjennom punktene i Prosess-visningen og avklar hva som står igjen.",
        "Phase {phase} ({phaseTitle}) is not complete", "{missing} of {required} required items remain: {items}.",
        "Go through the items in the Process view and agree what is left."}},
  };
  return t;
}

std::string fill(std::string text, const std::map<std::string, std::string>& values) {
  for (const auto& [key, value] : values) {
    const std::string token = "{" + key + "}";
    for (auto pos = text.find(token); pos != std::string::npos; pos = text.find(token, pos + value.size()))
      text.replace(pos, token.size(), value);
  }
  return text;
}

}  // namespace

void write_texts(Finding& f, Lang lang, const std::map<std::string, std::string>& values, const std::string& variant) {
  const auto& all = texts();
  auto it = all.find(variant.empty() ? f.rule : f.rule + "/" + variant);
  if (it == all.end()) it = all.find(f.rule);
  if (it == all.end()) return;
  const Texts& t = it->second;
  const bool en = lang == Lang::en;
  f.title = fill(en ? t.titleEn : t.titleNb, values);
  f.explanation = fill(en ? t.explanationEn : t.explanationNb, values);
  f.suggestion = fill(en ? t.suggestionEn : t.suggestionNb, values);
}

}  // namespace bosam::checks
