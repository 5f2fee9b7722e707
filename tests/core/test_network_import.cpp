// Importing a network as a new wave (api::import_network, core/importers/network_import.hpp): our own exports
// read back to the same ties, other tools' files (NetworkX GraphML, Norwegian Excel CSV) read as written, and
// every refusal names the file and line while leaving no project.
#include <doctest/doctest.h>

#include <map>
#include <tuple>

#include "api/api.hpp"
#include "check_helpers.hpp"
#include "fixtures.hpp"

using namespace bosam;

namespace {

json demo() { return json::parse(api::demo("{}"))["result"]; }

// The demo without one wave (its wave entry, ties and respondents), as a project that still validates.
json without_wave(json p, const std::string& wave) {
  auto drop = [&](const char* list, const char* key) {
    json kept = json::array();
    for (const auto& item : p[list])
      if (item.value(key, "") != wave) kept.push_back(item);
    p[list] = kept;
  };
  drop("waves", "id");
  drop("ties", "waveId");
  drop("respondents", "waveId");
  return p;
}

using TieKey = std::pair<std::string, std::string>;
using TieValue = std::pair<int, std::vector<std::string>>;

// One wave's ties as reported: (from, to) -> (frequency, types). The project files here have no repeats.
std::map<TieKey, TieValue> ties_of(const json& p, const std::string& wave) {
  std::map<TieKey, TieValue> out;
  for (const auto& t : p["ties"])
    if (t["waveId"] == wave && t["from"] != t["to"])
      out[{t["from"].get<std::string>(), t["to"].get<std::string>()}] = {t["frequency"].get<int>(),
                                                                         t.value("types", std::vector<std::string>{})};
  return out;
}

json run_import(const json& project, const json& options) {
  return json::parse(api::import_network(project.dump(), options.dump()));
}

json imported(const json& project, const json& options) {
  json env = run_import(project, options);
  REQUIRE_MESSAGE(env["ok"] == true, env.dump());
  return env["result"];
}

json first_error(const json& project, const json& options) {
  json env = run_import(project, options);
  REQUIRE_MESSAGE(env["ok"] == false, env.dump().substr(0, 300));
  CHECK_FALSE(env.contains("result"));  // all or nothing
  return env["errors"][0];
}

json exported_files(const json& project, json options) {
  json env = json::parse(api::export_network(project.dump(), options.dump()));
  REQUIRE(env["ok"] == true);
  return env["result"]["files"];
}

json base_with_edges(const std::string& edges, json extra = json::object()) {
  json o = {{"format", "csv"},
            {"edges", edges},
            {"edgesName", "edges.csv"},
            {"mapping", {{"from", "from"}, {"to", "to"}, {"frequency", "frequency"}}},
            {"lang", "en"}};
  for (auto& kv : extra.items()) o[kv.key()] = kv.value();
  return o;
}

}  // namespace

TEST_CASE("network import: our CSV export of a wave reads back to the same ties (plain and Excel)") {
  const json full = demo();
  const json rest = without_wave(full, "w-2025");
  for (bool excel : {false, true}) {
    CAPTURE(excel);
    const json files = exported_files(full, {{"format", "csv"}, {"waveId", "w-2025"}, {"norwegianExcel", excel}});
    const json r = imported(rest, {{"format", "csv"},
                                   {"nodes", files[0]["text"]},
                                   {"nodesName", "nodes.csv"},
                                   {"edges", files[1]["text"]},
                                   {"edgesName", "edges.csv"},
                                   {"mapping",
                                    {{"from", "source"},
                                     {"to", "target"},
                                     {"frequency", "frequency"},
                                     {"types", "types"},
                                     {"nodeId", "id"},
                                     {"nodeName", "label"},
                                     {"nodeUnit", "unit"}}},
                                   {"wave", {{"label", "Tilbake"}, {"date", "2025-10-15"}}}});
    const std::string wave = r["report"]["wave"]["id"];
    CHECK(wave == "w-import");
    CHECK(ties_of(r["project"], wave) == ties_of(full, "w-2025"));
    CHECK(r["report"]["ties"] == ties_of(full, "w-2025").size());
    CHECK(r["report"]["actorsAdded"] == 0);
    CHECK(r["project"]["actors"] == full["actors"]);
    CHECK(json::parse(api::validate(r["project"].dump(), "{}"))["ok"] == true);
  }
}

TEST_CASE("network import: our GraphML export of a wave reads back to the same ties") {
  const json full = demo();
  const json files = exported_files(full, {{"format", "graphml"}, {"waveId", "w-2026"}});
  const json r =
      imported(without_wave(full, "w-2026"), {{"format", "graphml"},
                                              {"graphml", files[0]["text"]},
                                              {"mapping", {{"frequency", "frequency"}, {"types", "types"}}}});
  CHECK(ties_of(r["project"], r["report"]["wave"]["id"]) == ties_of(full, "w-2026"));
  CHECK(r["report"]["directed"] == true);
  // The weight column works too: its values are the frequencies 1-4 written as 3.0.
  const json w = imported(without_wave(full, "w-2026"),
                          {{"format", "graphml"}, {"graphml", files[0]["text"]}, {"mapping", {{"weight", "weight"}}}});
  std::map<TieKey, int> a, b;
  for (const auto& kv : ties_of(w["project"], "w-import")) a[kv.first] = kv.second.first;
  for (const auto& kv : ties_of(full, "w-2026")) b[kv.first] = kv.second.first;
  CHECK(a == b);
}

TEST_CASE("network import: a GraphML file written by NetworkX") {
  const json r = imported(demo(), {{"format", "graphml"},
                                   {"graphml", test::read_fixture("import/networkx.graphml")},
                                   {"graphmlName", "networkx.graphml"},
                                   {"mapping", {{"weight", "weight"}, {"types", "types"}}},
                                   {"wave", {{"label", "Fra NetworkX"}}}});
  const auto ties = ties_of(r["project"], "w-import");
  const std::map<TieKey, TieValue> expected = {{{"a-01", "a-02"}, {3, {"information", "advice"}}},
                                               {{"a-01", "a-03"}, {4, {}}},
                                               {{"a-02", "a-01"}, {2, {"coordination"}}},
                                               {{"a-04", "a-02"}, {1, {"referral", "information"}}}};
  CHECK(ties == expected);
  CHECK(r["report"]["actorsMatched"] == 4);
  CHECK(r["project"]["waves"].back()["label"] == "Fra NetworkX");
}

TEST_CASE("network import: an Excel edge list matched by name (trimmed, any case)") {
  const json r =
      imported(demo(), {{"format", "csv"},
                        {"edges", test::read_fixture("import/excel-edges.csv")},
                        {"edgesName", "excel-edges.csv"},
                        {"match", "name"},
                        {"mapping", {{"from", "Fra"}, {"to", "Til"}, {"weight", "Vekt"}, {"types", "Kontakttype"}}}});
  const std::map<TieKey, TieValue> expected = {{{"a-01", "a-02"}, {3, {"information", "advice"}}},
                                               {{"a-03", "a-01"}, {4, {"coordination"}}},
                                               {{"a-04", "a-05"}, {1, {}}}};
  CHECK(ties_of(r["project"], "w-import") == expected);
}

TEST_CASE("network import: skipped rows, repeated edges, default frequency and new actors") {
  json p = test::base_project();
  const json r = imported(p, base_with_edges("from,to,frequency\na1,a2,3\na1,a1,2\nb1,b2,0\na1,a2,4\n"));
  CHECK(ties_of(r["project"], "w-import") == std::map<TieKey, TieValue>{{{"a1", "a2"}, {4, {}}}});
  CHECK(r["report"]["skipped"] == json::parse(R"([{"file":"edges.csv","line":3,"reason":"self-tie"},
                                                  {"file":"edges.csv","line":4,"reason":"frequency-0"}])"));
  const json env = run_import(p, base_with_edges("from,to,frequency\na1,a2,3\na1,a2,4\n"));
  CHECK(env["warnings"][0]["code"] == "import-duplicate-edge");
  CHECK(env["warnings"][0]["line"] == 3);

  // No frequency column: one frequency for all, chosen explicitly.
  json noFreq = base_with_edges("from,to\na1,b1\n", {{"mapping", {{"from", "from"}, {"to", "to"}}}});
  CHECK(first_error(p, noFreq)["code"] == "import-no-frequency");
  noFreq["defaultFrequency"] = 2;
  CHECK(ties_of(imported(p, noFreq)["project"], "w-import").at({"a1", "b1"}).first == 2);

  // New people come from the node list, into a unit named by id or name.
  json withNodes = base_with_edges("from,to,frequency\nn1,a1,3\nn2,n1,2\n",
                                   {{"nodes", "id,name,unit\nn1,Ny Person,u-b\nn2,Annen Person,enhet c\n"},
                                    {"nodesName", "nodes.csv"},
                                    {"mapping",
                                     {{"from", "from"},
                                      {"to", "to"},
                                      {"frequency", "frequency"},
                                      {"nodeId", "id"},
                                      {"nodeName", "name"},
                                      {"nodeUnit", "unit"}}}});
  const json added = imported(p, withNodes);
  CHECK(added["report"]["actorsAdded"] == 2);
  CHECK(added["project"]["actors"][p["actors"].size()] ==
        json({{"id", "n1"}, {"name", "Ny Person"}, {"unitId", "u-b"}}));
  CHECK(added["project"]["actors"][p["actors"].size() + 1]["unitId"] == "u-c");
  // An unknown unit, or no unit column, is refused with the line.
  withNodes["nodes"] = "id,name,unit\nn1,Ny Person,u-b\nn2,Annen Person,Finnes ikke\n";
  const json e = first_error(p, withNodes);
  CHECK(e["code"] == "import-unknown-unit");
  CHECK(e["line"] == 3);
  CHECK(e["path"] == "nodes.csv");
  withNodes["mapping"].erase("nodeUnit");
  CHECK(first_error(p, withNodes)["code"] == "import-no-unit");
}

TEST_CASE("network import: refusals name the file, the line and the column") {
  json p = test::base_project();
  SUBCASE("a row with the wrong number of fields") {
    const json e = first_error(p, base_with_edges("from,to,frequency\na1,a2,3\na1;a3;2\n"));
    CHECK(e["code"] == "import-column-count");
    CHECK(e["line"] == 3);
    CHECK(e["message"].get<std::string>().find("edges.csv, line 3 has 1 fields") != std::string::npos);
  }
  SUBCASE("an unknown actor when matching by id") {
    const json e = first_error(p, base_with_edges("from,to,frequency\na1,a2,3\na1,zz,2\n"));
    CHECK(e["code"] == "import-unknown-actor");
    CHECK(e["line"] == 3);
    CHECK(e["column"] == 2);
    CHECK(e["message"] == "edges.csv, line 3, column “to”: no person in the project has id “zz”.");
  }
  SUBCASE("frequency 7, and a weight that is not 1-4") {
    const json e = first_error(p, base_with_edges("from,to,frequency\na1,a2,3\na2,a3,7\n"));
    CHECK(e["code"] == "import-bad-frequency");
    CHECK(e["line"] == 3);
    CHECK(e["message"].get<std::string>().find("“7”") != std::string::npos);
    const json w = first_error(
        p, base_with_edges("from,to,w\na1,a2,2.5\n", {{"mapping", {{"from", "from"}, {"to", "to"}, {"weight", "w"}}}}));
    CHECK(w["code"] == "import-bad-weight");
  }
  SUBCASE("an unknown tie type, an ambiguous name, an empty cell, an unknown column") {
    json o = base_with_edges("from,to,frequency,types\na1,a2,3,information|gossip\n");
    o["mapping"]["types"] = "types";
    CHECK(first_error(p, o)["code"] == "import-unknown-type");
    p["actors"][1]["name"] = "person A1";  // now two actors are called "Person a1" (case-insensitive)
    json byName = base_with_edges("from,to,frequency\nPERSON A1,Person b1,3\n", {{"match", "name"}});
    CHECK(first_error(p, byName)["code"] == "import-ambiguous-name");
    CHECK(first_error(p, base_with_edges("from,to,frequency\n,a2,3\n"))["code"] == "import-empty-cell");
    json badColumn = base_with_edges("from,to,frequency\na1,a2,3\n");
    badColumn["mapping"]["to"] = "Til";
    const json e = first_error(p, badColumn);
    CHECK(e["code"] == "import-unknown-column");
    CHECK(e["message"].get<std::string>().find("“from”, “to” and “frequency”") != std::string::npos);
  }
  SUBCASE("malformed GraphML") {
    const json e = first_error(p, {{"format", "graphml"},
                                   {"graphmlName", "g.graphml"},
                                   {"graphml", "<graphml>\n<graph>\n<node id=\"a1\">\n</graph>\n</graphml>"}});
    CHECK(e["code"] == "import-xml-mismatch");
    CHECK(e["line"] == 4);
    CHECK(e["path"] == "g.graphml");
  }
  SUBCASE("an existing wave id, bad options, a file with no ties") {
    CHECK(first_error(p, base_with_edges("from,to,frequency\na1,a2,3\n", {{"wave", {{"id", "w"}}}}))["code"] ==
          "import-wave-exists");
    CHECK(first_error(p, base_with_edges("from,to,frequency\n", {}))["code"] == "import-no-ties");
    CHECK(first_error(p, base_with_edges("x", {{"match", "email"}}))["path"] == "options.match");
    CHECK(first_error(p, {{"format", "xlsx"}})["path"] == "options.format");
  }
  SUBCASE("a damaged project is refused by the door before anything is read") {
    const json env = json::parse(api::import_network("{", base_with_edges("from,to,frequency\na1,a2,3\n").dump()));
    CHECK(env["errors"][0]["code"] == "not-json");
  }
}

TEST_CASE("network import: at most 50 errors, then it stops") {
  std::string edges = "from,to,frequency\n";
  for (int i = 0; i < 200; ++i) edges += "a1,nobody,3\n";
  const json env = run_import(test::base_project(), base_with_edges(edges));
  CHECK(env["errors"].size() == 51);
  CHECK(env["errors"][50]["code"] == "import-too-many-errors");
}

TEST_CASE("network import: csv_preview gives the header, the first rows and a suggested mapping") {
  std::string text =
      "\xEF\xBB\xBF"
      "Fra;Til;Hyppighet;Vekt\r\n";
  for (int i = 0; i < 30; ++i) text += "a;b;3;2,5\r\n";
  const json env = json::parse(api::csv_preview(text, R"({"lang":"en"})"));
  REQUIRE(env["ok"] == true);
  const json& r = env["result"];
  CHECK(r["delimiter"] == ";");
  CHECK(r["decimalComma"] == true);
  CHECK(r["header"] == json({"Fra", "Til", "Hyppighet", "Vekt"}));
  CHECK(r["rows"].size() == 20);
  CHECK(r["rowCount"] == 30);
  CHECK(r["suggestedMapping"]["from"] == "Fra");
  CHECK(r["suggestedMapping"]["to"] == "Til");
  CHECK(r["suggestedMapping"]["frequency"] == "Hyppighet");
  CHECK(r["suggestedMapping"]["weight"] == "Vekt");
  CHECK(r["suggestedMapping"]["types"].is_null());
  const json bad = json::parse(api::csv_preview("a,b\n1\n", R"({"name":"x.csv","lang":"en"})"));
  CHECK(bad["errors"][0]["message"] ==
        "x.csv, line 2 has 1 fields, but the header has 2. Is the delimiter right (found “,”)?");
  const json g =
      json::parse(api::csv_preview(test::read_fixture("import/networkx.graphml"), R"({"format":"graphml"})"));
  CHECK(g["result"]["rowCount"] == 4);
  CHECK(g["result"]["nodeCount"] == 4);
  CHECK(g["result"]["suggestedMapping"]["from"] == "source");
  CHECK(g["result"]["suggestedMapping"]["weight"] == "weight");
  CHECK(g["result"]["suggestedMapping"]["nodeName"] == "label");
}

TEST_CASE("network import: an undirected GraphML imports each edge once, with a warning") {
  const std::string xml =
      "<graphml><key id=\"f\" for=\"edge\" attr.name=\"frequency\"/><graph edgedefault=\"undirected\">"
      "<node id=\"a1\"/><node id=\"b1\"/><node id=\"c1\"/>"
      "<edge source=\"a1\" target=\"b1\"><data key=\"f\">2</data></edge>"
      "<edge source=\"c1\" target=\"a1\"><data key=\"f\">4</data></edge></graph></graphml>";
  const json env = run_import(test::base_project(), {{"format", "graphml"},
                                                     {"graphml", xml},
                                                     {"graphmlName", "u.graphml"},
                                                     {"mapping", {{"frequency", "frequency"}}},
                                                     {"lang", "en"}});
  REQUIRE(env["ok"] == true);
  CHECK(env["warnings"][0]["code"] == "import-undirected");
  CHECK(env["result"]["report"]["directed"] == false);
  CHECK(ties_of(env["result"]["project"], "w-import") ==
        std::map<TieKey, TieValue>{{{"a1", "b1"}, {2, {}}}, {{"c1", "a1"}, {4, {}}}});
}

TEST_CASE("regression: the network CSV import refused the app's own frequency words (Daglig, Ukentlig)") {
  // Each word and the frequency it is, by hand from the catalogue: 4 daily, 3 weekly, 2 monthly, 1 less than monthly.
  const std::vector<std::pair<std::string, int>> words = {
      {"Daglig", 4}, {"ukentlig", 3}, {"MÅNEDLIG", 2}, {"Sjeldnere enn  månedlig", 1}, {"sjeldnere", 1}, {"Daily", 4},
      {"weekly", 3}, {"Monthly", 2},  {"rarely", 1},   {"less than monthly", 1}};
  const std::vector<std::string> ids = {"a1", "a2", "a3", "b1", "b2", "b3", "c1", "c2", "x1", "a1"};
  std::string edges = "from;to;frequency\n";
  for (std::size_t i = 0; i < words.size(); ++i)
    edges += ids[i] + ";" + (i == 9 ? "c1" : ids[(i + 1) % 9]) + ";" + words[i].first + "\n";
  const json r = imported(test::base_project(), base_with_edges(edges));
  const auto ties = ties_of(r["project"], r["report"]["wave"]["id"]);
  for (std::size_t i = 0; i < words.size(); ++i) {
    const auto it = ties.find({ids[i], i == 9 ? "c1" : ids[(i + 1) % 9]});
    REQUIRE_MESSAGE(it != ties.end(), words[i].first);
    CHECK_MESSAGE(it->second.first == words[i].second, words[i].first);
  }
  // "aldri"/"never" is frequency 0: skipped and reported, like 0.
  const json never =
      imported(test::base_project(), base_with_edges("from;to;frequency\na1;a2;Aldri\na2;a3;ukentlig\n"));
  CHECK(never["report"]["ties"] == 1);
  CHECK(never["report"]["skipped"][0]["reason"] == "frequency-0");
  // Near misses stay errors, and the message offers the words.
  for (const char* bad : {"hver uke", "ukentlig+", "ukentligvis", "5"}) {
    const json e =
        first_error(test::base_project(), base_with_edges(std::string("from;to;frequency\na1;a2;") + bad + "\n"));
    CHECK_MESSAGE(e["code"] == "import-bad-frequency", bad);
    CHECK(e["message"].get<std::string>().find("Write daily, weekly, monthly or rarely") != std::string::npos);
  }
}

TEST_CASE("network import: in nynorsk the messages name columns, matches and tie types in nynorsk") {
  json p = test::base_project();
  json o = base_with_edges("from,to,frequency,types\na1,a2,3,information|sladder\n", {{"lang", "nn"}});
  o["mapping"]["types"] = "types";
  const std::string types = first_error(p, o)["message"].get<std::string>();
  CHECK(types.find("«sladder»") != std::string::npos);
  CHECK(types.find(" eller ") != std::string::npos);  // "…, advice eller referral"
  CHECK(types.find(" or ") == std::string::npos);
  json byName = base_with_edges("from,to,frequency\nPerson a1,Ingen,3\n", {{"match", "name"}, {"lang", "nn"}});
  CHECK(first_error(p, byName)["message"].get<std::string>().find("har namnet «Ingen»") != std::string::npos);
  json badColumn = base_with_edges("from,to,frequency\na1,a2,3\n", {{"lang", "nn"}});
  badColumn["mapping"]["frequency"] = "hyppighet";
  CHECK(first_error(p, badColumn)["message"] ==
        "edges.csv: fann ingen kolonne «hyppighet» (vald som «Kor ofte»). Kolonnane er: «from», «to» og «frequency».");
}

TEST_CASE("network import: the nynorsk frequency words (Dagleg, Vekentleg, Månadleg, sjeldnare)") {
  // By hand from the nynorsk catalogue: 4 dagleg, 3 vekentleg, 2 månadleg, 1 sjeldnare enn månadleg.
  const json r = imported(test::base_project(),
                          base_with_edges("from;to;frequency\na1;a2;Dagleg\na2;a3;vekentleg\na3;b1;MÅNADLEG\n"
                                          "b1;b2;Sjeldnare enn månadleg\nb2;b3;sjeldnare\n"));
  const auto ties = ties_of(r["project"], r["report"]["wave"]["id"]);
  const std::vector<std::pair<std::pair<std::string, std::string>, int>> expected = {
      {{"a1", "a2"}, 4}, {{"a2", "a3"}, 3}, {{"a3", "b1"}, 2}, {{"b1", "b2"}, 1}, {{"b2", "b3"}, 1}};
  for (const auto& e : expected) {
    const auto it = ties.find(e.first);
    REQUIRE_MESSAGE(it != ties.end(), e.first.first);
    CHECK_MESSAGE(it->second.first == e.second, e.first.first);
  }
}
