// Exports for other tools (GraphML, GEXF, Pajek, CSV): hostile names stay inert, counts match the project and
// the analysis, output is deterministic, and the Norwegian-Excel CSV has its BOM, semicolons, CRLF and commas.
#include <doctest/doctest.h>

#include <algorithm>
#include <cctype>

#include "api/api.hpp"
#include "check_helpers.hpp"
#include "export/export.hpp"
#include "export/text.hpp"

using namespace bosam;

namespace {

json demo() { return json::parse(api::demo("{}"))["result"]; }

// The result of api::export_network (REQUIREs success).
json exported(const json& project, json options) {
  const json env = json::parse(api::export_network(project.dump(), options.dump()));
  REQUIRE_MESSAGE(env["ok"] == true, env.dump());
  return env["result"];
}

std::string file_text(const json& project, json options, std::size_t index = 0) {
  return exported(project, std::move(options))["files"][index]["text"].get<std::string>();
}

std::size_t count(const std::string& text, const std::string& what) {
  std::size_t n = 0;
  for (auto at = text.find(what); at != std::string::npos; at = text.find(what, at + what.size())) ++n;
  return n;
}

json error_of(const json& project, const std::string& options) {
  const json env =
      json::parse(api::export_network(project.is_string() ? project.get<std::string>() : project.dump(), options));
  REQUIRE(env["ok"] == false);
  return env["errors"][0];
}

// Every '&' starts an entity or character reference, and '<' and '>' only delimit tags.
void check_inert_xml(const std::string& xml) {
  CHECK(count(xml, "<") == count(xml, ">"));
  auto is_reference = [&](std::size_t at) {
    for (const char* e : {"&amp;", "&lt;", "&gt;", "&quot;", "&apos;"})
      if (xml.compare(at, std::string(e).size(), e) == 0) return true;
    std::size_t i = at + 1;
    if (i >= xml.size() || xml[i] != '#') return false;
    while (++i < xml.size() && std::isdigit(static_cast<unsigned char>(xml[i]))) {
    }
    return i > at + 2 && i < xml.size() && xml[i] == ';';
  };
  std::string badEntity;
  for (auto at = xml.find('&'); at != std::string::npos && badEntity.empty(); at = xml.find('&', at + 1))
    if (!is_reference(at)) badEntity = xml.substr(at, 20);
  CHECK_MESSAGE(badEntity.empty(), badEntity);
  int controls = 0;
  for (unsigned char c : xml) controls += c < 0x20 && c != '\n';
  CHECK(controls == 0);
}

const std::string kHostile = "<b>&\"Kari\"'s</b>\x01\x0B\t\nny linje \xEF\xBF\xBE \\slutt\\";

json hostile_project() {
  json p = test::base_project();
  p["actors"][0]["name"] = kHostile;
  p["actors"][1]["id"] = "a \"2\" <&>";
  for (auto& r : p["respondents"])
    if (r["actorId"] == "a2") r["actorId"] = "a \"2\" <&>";
  p["units"][0]["name"] = "=HYPERLINK(\"x\"), ; semikolon";
  test::add_tie(p, "a1", "a \"2\" <&>", 3);
  test::add_tie(p, "a1", "x1", 2, false);
  return p;
}

}  // namespace

TEST_CASE("export: xml_escape escapes markup and removes what XML forbids") {
  using exports::xml_escape;
  CHECK(xml_escape("<a href=\"x\">&'</a>") == "&lt;a href=&quot;x&quot;&gt;&amp;&apos;&lt;/a&gt;");
  CHECK(xml_escape("a\tb\nc\rd") == "a&#9;b&#10;c&#13;d");
  CHECK(xml_escape("x\x01\x08\x0B\x0C\x1Fy") == "xy");
  CHECK(xml_escape("\xEF\xBF\xBE\xEF\xBF\xBF") == "");  // U+FFFE, U+FFFF
  CHECK(xml_escape("ok\xFF\xC3") == "ok");              // invalid byte, truncated sequence
  CHECK(xml_escape("\xC0\xAF\xED\xA0\x80z") == "z");    // overlong, surrogate
  CHECK(xml_escape("Rådgiver ø 😀") == "Rådgiver ø 😀");
}

TEST_CASE("export: hostile names are escaped in GraphML and GEXF") {
  const json p = hostile_project();
  for (const char* format : {"graphml", "gexf"}) {
    CAPTURE(format);
    const std::string xml = file_text(p, {{"format", format}});
    check_inert_xml(xml);
    CHECK(xml.find("&lt;b&gt;&amp;&quot;Kari&quot;&apos;s&lt;/b&gt;&#9;&#10;ny linje  \\slutt\\") != std::string::npos);
    CHECK(xml.find("a &quot;2&quot; &lt;&amp;&gt;") != std::string::npos);
    CHECK(xml.find("\xEF\xBF\xBE") == std::string::npos);
  }
}

TEST_CASE("export: Pajek labels are quoted and cannot end early") {
  const std::string net = file_text(hostile_project(), {{"format", "pajek"}});
  CHECK(net.rfind("*Network Test - Runde\r\n*Vertices 9\r\n", 0) == 0);
  CHECK(net.find("1 \"<b>&'Kari''s</b>    ny linje \xEF\xBF\xBE /slutt/\"\r\n") != std::string::npos);
  CHECK(net.find("2 \"Person a2\"\r\n") != std::string::npos);
  // Arcs: a1 -> a2 and back (3), a1 -> x1 (2); vertex numbers in project order.
  CHECK(net.substr(net.find("*Arcs")) == "*Arcs\r\n1 2 3\r\n1 9 2\r\n2 1 3\r\n");
  CHECK(exports::pajek_label("a \"b\" \\c\t") == "\"a 'b' /c \"");
}

TEST_CASE("export: CSV fields are quoted when needed; the Excel variant guards formulas") {
  using exports::csv_field;
  CHECK(csv_field("plain", ',', false) == "plain");
  CHECK(csv_field("a,b", ',', false) == "\"a,b\"");
  CHECK(csv_field("a,b", ';', false) == "a,b");
  CHECK(csv_field("say \"hi\"", ';', false) == "\"say \"\"hi\"\"\"");
  CHECK(csv_field("two\nlines", ',', false) == "\"two\nlines\"");
  CHECK(csv_field("=1+1", ';', true) == "'=1+1");
  CHECK(csv_field("-x", ';', false) == "-x");
  const json files = exported(hostile_project(), {{"format", "csv"}})["files"];
  REQUIRE(files.size() == 2);
  CHECK(files[0]["name"] == "nodes.csv");
  CHECK(files[1]["name"] == "edges.csv");
  const std::string edges = files[1]["text"];
  CHECK(edges.rfind("source,target,weight,frequency,types,reciprocated\n", 0) == 0);
  CHECK(edges.find("a1,\"a \"\"2\"\" <&>\",3,3,,true\n") != std::string::npos);
  CHECK(edges.find("a1,x1,2,2,,false\n") != std::string::npos);
}

TEST_CASE("export: nodes and edges match the project and the analysis in every format") {
  const json p = demo();
  for (const json& filter :
       {json::object(), json{{"reciprocated", true}}, json{{"minFrequency", 3}}, json{{"waveId", "w-2025"}}}) {
    CAPTURE(filter.dump());
    json analysisOptions = filter;
    const json analysis = json::parse(api::analyze(p.dump(), analysisOptions.dump()))["result"];
    const auto actors = p["actors"].size();
    const auto arcs = analysis["network"]["ties"].get<std::size_t>();
    REQUIRE(arcs > 0);
    json o = filter;
    o["format"] = "graphml";
    const json r = exported(p, o);
    CHECK(r["nodes"] == actors);
    CHECK(r["edges"] == arcs);
    CHECK(r["waveId"] == analysis["waveId"]);
    const std::string graphml = r["files"][0]["text"];
    CHECK(count(graphml, "<node ") == actors);
    CHECK(count(graphml, "<edge ") == arcs);
    o["format"] = "gexf";
    const std::string gexf = file_text(p, o);
    CHECK(count(gexf, "<node ") == actors);
    CHECK(count(gexf, "<edge ") == arcs);
    o["format"] = "pajek";
    const std::string net = file_text(p, o);
    CHECK(net.find("*Vertices " + std::to_string(actors) + "\r\n") != std::string::npos);
    CHECK(count(net.substr(net.find("*Arcs")), "\r\n") == arcs + 1);
    o["format"] = "csv";
    CHECK(count(file_text(p, o, 0), "\n") == actors + 1);
    CHECK(count(file_text(p, o, 1), "\n") == arcs + 1);
  }
}

TEST_CASE("export: edges are directed as reported, weighted by frequency, with the types of every report") {
  json p = test::base_project();
  p["ties"].push_back({{"from", "a1"}, {"to", "b1"}, {"waveId", "w"}, {"frequency", 2}, {"types", {"advice"}}});
  p["ties"].push_back(
      {{"from", "a1"}, {"to", "b1"}, {"waveId", "w"}, {"frequency", 4}, {"types", {"referral", "advice"}}});
  p["ties"].push_back({{"from", "b2"}, {"to", "a1"}, {"waveId", "w"}, {"frequency", 1}});
  const model::Project project = model::from_json(p);
  const exports::NetworkTables t = exports::network_tables(project, {}, false);
  REQUIRE(t.edges.rows.size() == 2);
  CHECK(json(t.edges.rows[0]) == json::array({"a1", "b1", 4, 4, "advice|referral", false}));
  CHECK(json(t.edges.rows[1]) == json::array({"b2", "a1", 1, 1, nullptr, false}));
  CHECK(t.nodes.rows[8][0] == "x1");
  CHECK(t.nodes.rows[8][4] == true);    // external
  CHECK(t.nodes.rows[8][7].is_null());  // not asked in the wave
}

TEST_CASE("export: measures in the node table are the analysis's") {
  const json p = demo();
  const json analysis = json::parse(api::analyze(p.dump(), "{}"))["result"];
  const exports::NetworkTables t = exports::network_tables(model::from_json(p), {}, true);
  const auto& cols = t.nodes.columns;
  auto col = [&](const std::string& name) {
    for (std::size_t c = 0; c < cols.size(); ++c)
      if (cols[c].name == name) return c;
    FAIL("no column " << name);
    return std::size_t(0);
  };
  REQUIRE(t.nodes.rows.size() == analysis["nodes"].size());
  for (std::size_t i = 0; i < t.nodes.rows.size(); ++i) {
    const json& n = analysis["nodes"][i];
    const auto& row = t.nodes.rows[i];
    CHECK(row[0] == n["id"]);
    CHECK(row[col("degree")] == n["degree"]);
    CHECK(row[col("betweenness")] == n["betweenness"]);
    CHECK(row[col("community")] == n["community"]);
    CHECK(row[col("brokerageGatekeeper")] == n["brokerage"]["gatekeeper"]);
  }
}

TEST_CASE("export: the same project and options give the same bytes") {
  const json p = demo();
  for (const char* format : {"graphml", "gexf", "pajek", "csv"}) {
    const json o = {{"format", format}, {"measures", true}, {"norwegianExcel", std::string(format) == "csv"}};
    CHECK(api::export_network(p.dump(), o.dump()) == api::export_network(p.dump(), o.dump()));
  }
}

TEST_CASE("export: the Norwegian-Excel CSV has a BOM, semicolons, CRLF and decimal commas") {
  const json p = demo();
  for (std::size_t i : {0, 1}) {
    const std::string excel = file_text(p, {{"format", "csv"}, {"norwegianExcel", true}, {"measures", true}}, i);
    const std::string plain = file_text(p, {{"format", "csv"}, {"measures", true}}, i);
    CHECK(excel.rfind("\xEF\xBB\xBF", 0) == 0);
    CHECK(plain.rfind("\xEF\xBB\xBF", 0) != 0);
    CHECK(excel.rfind(i == 0 ? "\xEF\xBB\xBFid;label;unit;" : "\xEF\xBB\xBFsource;target;weight;", 0) == 0);
    CHECK(plain.rfind(i == 0 ? "id,label,unit," : "source,target,weight,", 0) == 0);
    CHECK(count(excel, "\n") == count(excel, "\r\n"));  // the demo has no line breaks inside fields
    CHECK(count(plain, "\r") == 0);
  }
  const std::string nodes = file_text(p, {{"format", "csv"}, {"norwegianExcel", true}, {"measures", true}});
  // Every betweenness cell has a decimal comma and no point (the demo's names hold no ';' or line break).
  std::vector<std::vector<std::string>> rows;
  for (std::size_t at = 3, eol; (eol = nodes.find("\r\n", at)) != std::string::npos; at = eol + 2) {
    rows.emplace_back();
    for (std::size_t from = at, semi;; from = semi + 1) {
      semi = std::min(nodes.find(';', from), eol);
      rows.back().push_back(nodes.substr(from, semi - from));
      if (semi == eol) break;
    }
  }
  REQUIRE(rows.size() == p["actors"].size() + 1);
  const auto column = std::find(rows[0].begin(), rows[0].end(), "betweenness") - rows[0].begin();
  REQUIRE(column < static_cast<long>(rows[0].size()));
  std::size_t commas = 0;
  for (std::size_t r = 1; r < rows.size(); ++r) {
    REQUIRE(rows[r].size() == rows[0].size());
    CHECK(rows[r][column].find('.') == std::string::npos);
    commas += rows[r][column].find(',') != std::string::npos;
  }
  CHECK(commas > 0);
  CHECK(exports::format_number(0.5, true) == "0,5");
  CHECK(exports::format_number(1.0 / 3.0, true) == "0,333333333333");
  CHECK(exports::format_number(1e-5, true) == "0,00001");
  CHECK(exports::format_number(16.0, true) == "16");
  CHECK(exports::format_number(0.1) == "0.1");
  CHECK(exports::format_number(3) == "3");
  CHECK(exports::format_number(nullptr).empty());
}

TEST_CASE("export: bad options and bad projects come back through the same door as analyze") {
  const json p = demo();
  for (const char* o : {R"({"format":"svg"})", R"({})", R"({"format":3})"}) {
    const json e = error_of(p, o);
    CHECK(e["path"] == "options.format");
    CHECK(e["code"] == "bad-options");
  }
  CHECK(error_of(p, R"({"format":"csv","measures":"yes"})")["path"] == "options.measures");
  CHECK(error_of(p, R"({"format":"csv","norwegianExcel":1})")["path"] == "options.norwegianExcel");
  CHECK(error_of(p, R"({"format":"csv","minFrequency":9})")["path"] == "options.minFrequency");
  const json wave = error_of(p, R"({"format":"gexf","waveId":"w-1999"})");
  CHECK(wave["path"] == "options.waveId");
  CHECK(wave["code"] == "unknown-wave");
  CHECK(error_of(p, "[1]")["code"] == "bad-options");
  CHECK(error_of(json("{\"format\":\"bosam-project\""), R"({"format":"graphml"})")["code"] == "not-json");
  json bad = p;
  bad["ties"][0]["to"] = "a-nobody";
  const json e = error_of(bad, R"({"format":"graphml","lang":"en"})");
  CHECK(e["path"] == "$.ties[0].to");
  CHECK(e["code"] == "unknown-actor");
}
