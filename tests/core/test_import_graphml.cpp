// The GraphML reader (core/importers/graphml.hpp): files from NetworkX and our exporter become node and edge
// tables; malformed or unsafe XML is refused with its line.
#include <doctest/doctest.h>

#include <string>

#include "api/api.hpp"
#include "fixtures.hpp"
#include "importers/graphml.hpp"

using namespace bosam;
using namespace bosam::importers;

namespace {

GraphmlResult ok(const std::string& text) {
  GraphmlResult r = read_graphml(text);
  REQUIRE_MESSAGE(!r.error, (r.error ? r.error->code + " line " + std::to_string(r.error->line) : std::string()));
  return r;
}

ReadError refused(const std::string& text, const GraphmlOptions& o = GraphmlOptions{}) {
  GraphmlResult r = read_graphml(text, o);
  REQUIRE(r.error);
  return *r.error;
}

const std::string kHead = "<?xml version=\"1.0\"?>\n<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n";

}  // namespace

TEST_CASE("import graphml: the NetworkX fixture") {
  const auto r = ok(test::read_fixture("import/networkx.graphml"));
  CHECK(r.directed);
  CHECK(r.nodes.header == std::vector<std::string>{"id", "label"});
  REQUIRE(r.nodes.rows.size() == 4);
  CHECK(r.nodes.rows[0] == std::vector<std::string>{"a-01", "Kari Nilsen"});
  CHECK(r.nodes.rows[2] == std::vector<std::string>{"a-03", ""});
  CHECK(r.edges.header ==
        std::vector<std::string>{"source", "target", "types", "weight"} /* NetworkX declares d2 first */);
  REQUIRE(r.edges.rows.size() == 4);
  CHECK(r.edges.rows[0] == std::vector<std::string>{"a-01", "a-02", "information|advice", "3.0"});
  CHECK(r.edges.rows[1] == std::vector<std::string>{"a-01", "a-03", "", "4.0"});
  CHECK(r.edges.lines[0] == 15);  // <edge> of a-01 -> a-02
}

TEST_CASE("import graphml: entities, CDATA, defaults, prefixes, comments and ignored elements") {
  const auto r = ok(kHead +
                    "<!-- a comment -->\n"
                    "<key id=\"k\" for=\"node\" attr.name=\"label\"><default>ukjent</default></key>\n"
                    "<key id=\"w\" for=\"edge\" attr.name=\"weight\"/>\n"
                    "<graph edgedefault=\"undirected\"><desc>ignored <b>text</b></desc>\n"
                    "<node id=\"a&amp;b\"><data key=\"k\">&lt;&#233;&#xE5;&quot;&apos;&gt;</data></node>\n"
                    "<node id='c'/>\n"
                    "<node id=\"d\"><data key=\"k\"><![CDATA[<raw & "
                    "text>]]></data><y:ShapeNode><y:Label>x</y:Label></y:ShapeNode></node>\n"
                    "<edge source=\"a&amp;b\" target=\"c\"><data key=\"w\">2</data></edge>\n"
                    "</graph></graphml>\n");
  CHECK_FALSE(r.directed);
  CHECK(r.nodes.rows[0] == std::vector<std::string>{"a&b", "<\xC3\xA9\xC3\xA5\"'>"});
  CHECK(r.nodes.rows[1] == std::vector<std::string>{"c", "ukjent"});
  CHECK(r.nodes.rows[2] == std::vector<std::string>{"d", "<raw & text>"});
  CHECK(r.edges.rows[0] == std::vector<std::string>{"a&b", "c", "2"});
  CHECK(r.edges.lines[0] == 10);
}

TEST_CASE("import graphml: reads back our own export") {
  const std::string demo = json::parse(api::demo("{}"))["result"].dump();
  const json env = json::parse(api::export_network(demo, R"({"format":"graphml","waveId":"w-2025"})"));
  const auto r = ok(env["result"]["files"][0]["text"].get<std::string>());
  CHECK(r.nodes.rows.size() == env["result"]["nodes"].get<std::size_t>());
  CHECK(r.edges.rows.size() == env["result"]["edges"].get<std::size_t>());
  CHECK(r.edges.header[2] == "weight");
}

TEST_CASE("import graphml: malformed XML is refused with its line") {
  const auto e = refused(kHead + "<graph>\n<node id=\"a\">\n</edge>\n</graph></graphml>");
  CHECK(e.code == "xml-mismatch");
  CHECK(e.line == 5);
  CHECK(e.args == std::vector<std::string>{"node", "edge"});
  CHECK(refused(kHead + "<graph><node id=\"a\"></node>").code == "xml-eof");
  CHECK(refused(kHead + "<graph><node id=\"a\" id=\"b\"/></graph></graphml>").code == "duplicate-attribute");
  CHECK(refused(kHead + "<graph><node id=a/></graph></graphml>").code == "xml-syntax");
  CHECK(refused(kHead + "<graph><node/></graph></graphml>").code == "missing-attribute");
  CHECK(refused(kHead + "<graph><edge source=\"a\"/></graph></graphml>").code == "missing-attribute");
  CHECK(refused(kHead + "<graph><node id=\"a\"><data key=\"nope\">1</data></node></graph></graphml>").code ==
        "unknown-key");
  CHECK(refused("<gexf><graph/></gexf>").code == "not-graphml");
  CHECK(refused(kHead + "</graphml>").code == "no-graph");
  CHECK(refused(kHead + "<graph><node id=\"a\"><graph/></node></graph></graphml>").code == "graphml-unsupported");
  CHECK(refused(kHead + "<graph><hyperedge/></graph></graphml>").code == "graphml-unsupported");
  CHECK(refused(kHead + "<graph/><graph/></graphml>").code == "graphml-unsupported");
  CHECK(refused(kHead + "<graph/></graphml><graphml/>").code == "xml-syntax");
  CHECK(refused(kHead + "<graph/></graphml>trailing").code == "xml-syntax");
  CHECK(refused("").code == "empty-file");
}

TEST_CASE("import graphml: no DTD, no unknown entities, no invalid characters") {
  const auto e = refused("<?xml version=\"1.0\"?>\n<!DOCTYPE lol [<!ENTITY a \"aaaa\">]>\n<graphml/>");
  CHECK(e.code == "xml-dtd");
  CHECK(e.line == 2);
  CHECK(refused(kHead + "<graph><node id=\"&a;\"/></graph></graphml>").code == "xml-entity");
  CHECK(refused(kHead + "<graph><node id=\"&#0;\"/></graph></graphml>").code == "xml-entity");
  CHECK(refused(kHead + "<graph><node id=\"&#xD800;\"/></graph></graphml>").code == "xml-entity");
  CHECK(refused(kHead + "<graph><node id=\"&#99999999999;\"/></graph></graphml>").code == "xml-entity");
  CHECK(refused(kHead + "<graph><node id=\"&amp\"/></graph></graphml>").code == "xml-entity");
  CHECK(refused(kHead + "<graph><node id=\"B\xF8rre\"/></graph></graphml>").code == "invalid-utf8");
}

TEST_CASE("import graphml: caps on depth, rows, text and attributes") {
  std::string deep = kHead + "<graph><node id=\"a\"><x>";
  for (int i = 0; i < 100; ++i) deep += "<x>";
  const auto e = refused(deep);
  CHECK(e.code == "too-deep");
  GraphmlOptions small;
  small.maxRows = 2;
  small.maxTextBytes = 100;
  small.maxAttributes = 3;
  small.maxBytes = 1000;
  CHECK(refused(kHead + "<graph><node id=\"a\"/><node id=\"b\"/><node id=\"c\"/></graph></graphml>", small).code ==
        "too-many-rows");
  GraphmlOptions shortText;
  shortText.maxTextBytes = 4;
  CHECK(refused("<graphml><graph><node id=\"abcdef\"/></graph></graphml>", shortText).code == "field-too-long");
  CHECK(refused("<graphml><key id=\"k\" for=\"node\"/><graph><node id=\"a\"><data "
                "key=\"k\">abcdef</data></node></graph></graphml>",
                shortText)
            .code == "field-too-long");
  CHECK(refused(kHead + "<graph><node id=\"a\" b=\"\" c=\"\" d=\"\"/></graph></graphml>", small).code ==
        "too-many-attributes");
  CHECK(refused(std::string(1001, ' '), small).code == "too-large");
}

TEST_CASE("import graphml: hostile bytes never crash the reader") {
  const std::string samples[] = {"<",
                                 "<<",
                                 "<a",
                                 "<a b",
                                 "<a b=",
                                 "<a b=\"",
                                 "</",
                                 "<!--",
                                 "<?",
                                 "<![CDATA[",
                                 "<graphml><graph><node id=\"a\"><data key=\"",
                                 std::string("<\0>", 3),
                                 "&",
                                 "<a>&#x;</a>",
                                 "<graphml><key id=\"k\"><default>"};
  for (const auto& s : samples) CHECK(read_graphml(s).error.has_value());
}
