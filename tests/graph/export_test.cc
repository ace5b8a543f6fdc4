// The export writers (graph/export.h) on a small hand-built subgraph.
#include <catch2/catch.hpp>

#include <map>

#include "graph/export.h"

using namespace vnkg;
using namespace vnkg::graph;

namespace {

const NodeRef kPerson{NodeKind::kPerson, 0x1a};
const NodeRef kOrg{NodeKind::kOrganization, 0x2b};
const NodeRef kMeeting{NodeKind::kMeeting, 0x3c};
const NodeRef kPlace{NodeKind::kLocality, 0x4d};
// A name with every character DOT and CSV must escape, and Vietnamese.
const std::string kTrickyName = "Nguyễn Văn \"Tư\" \\ Bé, Jr";

Subgraph Sample(bool truncated = false) {
  Subgraph g;
  Node p;
  p.ref = kPerson;
  p.name = kTrickyName;
  p.person.province = "Cần Thơ";
  Node o;
  o.ref = kOrg;
  o.name = "Thành ủy Cần Thơ";
  o.organization.kind = "party_committee";
  o.organization.province = "Cần Thơ";
  Node m;
  m.ref = kMeeting;
  m.name = "Hội nghị Thành ủy lần thứ 5";
  m.meeting.date = "2021-05-19";
  m.meeting.doc = "story-1";
  Node l;
  l.ref = kPlace;
  l.name = "thành phố Cần Thơ";
  l.locality.level = "province";
  g.nodes = {p, o, m, l};
  SubgraphEdge holds{kPerson, EdgeKind::kHolds, kOrg, "Bí thư", "2020-01", "2021-05-19",
                     std::nullopt, TermStatus::kCurrent, {}, 2};
  SubgraphEdge chaired{kPerson, EdgeKind::kChaired, kMeeting, "", "2021-05-19", "2021-05-19",
                       std::nullopt, std::nullopt, {"chair", "speaker"}, 1};
  SubgraphEdge organized{kOrg, EdgeKind::kOrganized, kMeeting, "", "2021-05-19", "2021-05-19",
                         std::nullopt, std::nullopt, {}, 1};
  SubgraphEdge located{kOrg, EdgeKind::kLocatedIn, kPlace, "", std::nullopt, std::nullopt,
                       std::nullopt, std::nullopt, {}, 1};
  g.edges = {holds, chaired, organized, located};
  g.truncated = truncated;
  if (truncated) g.limit = "more than 4 nodes";
  return g;
}

bool Contains(const std::string& haystack, const std::string& needle) {
  return haystack.find(needle) != std::string::npos;
}

}  // namespace

TEST_CASE("DOT: escaped UTF-8 labels, shapes by kind, dated posts", "[export]") {
  std::string dot;
  REQUIRE(WriteDot(Sample(), &dot).ok());
  CHECK(dot.rfind("digraph", 0) == 0);
  CHECK_FALSE(Contains(dot, "Truncated"));
  const std::string wanted[] = {
      "charset=\"UTF-8\"",
      // `"` and `\` escaped, diacritics as they are.
      "label=\"Nguyễn Văn \\\"Tư\\\" \\\\ Bé, Jr\\nCần Thơ\"",
      "\"p:000000000000001a\"[label=",
      "shape=ellipse", "shape=note", "shape=house",
      "label=\"Bí thư\\n2020-01 – 2021-05-19\"",
      "label=\"chair, speaker\"",
      "\"p:000000000000001a\"->\"o:000000000000002b\"",
      // Party committees and people get different fills.
      "fillcolor=\"#f8d7da\"", "fillcolor=\"#cfe2ff\""};
  for (const std::string& want : wanted) {
    INFO(want);
    CHECK(Contains(dot, want));
  }
}

TEST_CASE("DOT: one arrow per participant, the attended edge's", "[export]") {
  Subgraph g = Sample();
  SubgraphEdge attended = g.edges[1];
  attended.kind = EdgeKind::kAttended;
  g.edges.push_back(attended);
  std::string dot;
  REQUIRE(WriteDot(g, &dot).ok());
  const std::string arrow = "\"p:000000000000001a\"->\"m:000000000000003c\"";
  size_t first = dot.find(arrow);
  REQUIRE(first != std::string::npos);
  CHECK(dot.find(arrow, first + 1) == std::string::npos);
  CHECK(Contains(dot, "tooltip=\"attended\", penwidth=2"));
  // Without the attended edge, the chaired one is drawn (previous case).
  REQUIRE(WriteDot(Sample(), &dot).ok());
  CHECK(Contains(dot, arrow + " [label=\"chair, speaker\", tooltip=\"chaired\""));
}

TEST_CASE("DOT: an ended term and a truncated graph say so", "[export]") {
  Subgraph g = Sample(true);
  g.edges[0].ended = "2022-03";
  g.edges[0].status = TermStatus::kEnded;
  std::string dot;
  REQUIRE(WriteDot(g, &dot).ok());
  CHECK(Contains(dot, "label=\"Bí thư\\n2020-01 – 2021-05-19, ended 2022-03\""));
  CHECK(Contains(dot, "label=\"Truncated: more than 4 nodes\""));
}

TEST_CASE("GraphML: typed keys, escaped names, every node and edge", "[export]") {
  std::string xml;
  REQUIRE(WriteGraphml(Sample(true), &xml).ok());
  const std::string wanted[] = {
      "<graphml",
      "for=\"edge\" attr.name=\"stories\" attr.type=\"int\"",
      "for=\"graph\" attr.name=\"truncated\" attr.type=\"boolean\"",
      "for=\"node\" attr.name=\"level\" attr.type=\"string\"",
      "for=\"edge\" attr.name=\"first_seen\" attr.type=\"string\"",
      "Nguyễn Văn &quot;Tư&quot; \\ Bé, Jr"};
  for (const std::string& want : wanted) {
    INFO(want);
    CHECK(Contains(xml, want));
  }
  size_t nodes = 0, edges = 0;
  for (size_t at = 0; (at = xml.find("<node ", at)) != std::string::npos; ++at) ++nodes;
  for (size_t at = 0; (at = xml.find("<edge ", at)) != std::string::npos; ++at) ++edges;
  CHECK(nodes == 4);
  CHECK(edges == 4);
}

TEST_CASE("JSON: nodes and edges round-trip the names and dates", "[export]") {
  nlohmann::json j = nlohmann::json::parse(SubgraphJson(Sample()).dump());
  REQUIRE(j["nodes"].size() == 4);
  CHECK(j["nodes"][0]["id"] == "p:000000000000001a");
  CHECK(j["nodes"][0]["kind"] == "person");
  CHECK(j["nodes"][0]["name"] == kTrickyName);
  CHECK(j["nodes"][2]["date"] == "2021-05-19");
  CHECK(j["nodes"][3]["level"] == "province");
  REQUIRE(j["edges"].size() == 4);
  CHECK(j["edges"][0] == nlohmann::json({{"source", "p:000000000000001a"}, {"target", "o:000000000000002b"}, {"kind", "holds"},
                                         {"position", "Bí thư"}, {"first_seen", "2020-01"},
                                         {"last_seen", "2021-05-19"}, {"ended", nullptr},
                                         {"status", "current"}, {"stories", 2}}));
  CHECK(j["edges"][1]["as"] == nlohmann::json({"chair", "speaker"}));
  CHECK(j["truncated"] == false);
  CHECK_FALSE(j.contains("limit"));
  CHECK(SubgraphJson(Sample(true))["limit"] == "more than 4 nodes");
}

TEST_CASE("Neo4j CSV: one file per kind, import headers, quoted strings", "[export]") {
  std::vector<CsvFile> files;
  REQUIRE(WriteNeo4jCsv(Sample(), &files).ok());
  std::map<std::string, const CsvFile*> by_name;
  for (const CsvFile& f : files) by_name[f.name] = &f;
  REQUIRE(by_name.size() == 13);
  auto lines = [&](const std::string& name) {
    std::vector<std::string> out;
    std::string text = by_name.at(name)->contents;
    for (size_t at = 0, nl; (nl = text.find('\n', at)) != std::string::npos; at = nl + 1)
      out.push_back(text.substr(at, nl - at));
    return out;
  };
  CHECK(by_name["persons.csv"]->nodes);
  CHECK_FALSE(by_name["holds.csv"]->nodes);
  CHECK(lines("persons.csv") ==
        std::vector<std::string>{"id:ID,name,province,:LABEL",
                                 "p:000000000000001a,\"Nguyễn Văn \"\"Tư\"\" \\ Bé, Jr\",\"Cần Thơ\",Person"});
  CHECK(lines("organizations.csv")[1] ==
        "o:000000000000002b,\"Thành ủy Cần Thơ\",\"party_committee\",\"Cần Thơ\",,,Organization;PartyCommittee");
  CHECK(lines("localities.csv")[1] == "l:000000000000004d,\"thành phố Cần Thơ\",\"province\",,,,Locality;Province");
  CHECK(lines("meetings.csv")[0] == "id:ID,name,date:date,organizer,locality,doc,:LABEL");
  CHECK(lines("holds.csv") ==
        std::vector<std::string>{
            ":START_ID,:END_ID,:TYPE,position,first_seen:date,last_seen:date,ended:date,status,"
            "stories:int",
            "p:000000000000001a,o:000000000000002b,HOLDS,\"Bí thư\",2020-01,2021-05-19,,\"current\",2"});
  CHECK(lines("chaired.csv")[1] == "p:000000000000001a,m:000000000000003c,CHAIRED,\"chair;speaker\",2021-05-19,2021-05-19,1");
  CHECK(lines("located_in.csv")[1] == "o:000000000000002b,l:000000000000004d,LOCATED_IN,,,1");
  CHECK(lines("part_of.csv").size() == 1);  // header only
  CHECK(lines("succeeded_by.csv")[0] ==
        ":START_ID,:END_ID,:TYPE,share,first_seen:date,last_seen:date,stories:int");
}

TEST_CASE("formats parse by name", "[export]") {
  ExportFormat f;
  REQUIRE(ParseExportFormat("neo4j-csv", &f));
  CHECK(f == ExportFormat::kNeo4jCsv);
  CHECK(std::string(ExportFormatName(ExportFormat::kGraphml)) == "graphml");
  CHECK_FALSE(ParseExportFormat("svg", &f));
  CHECK_FALSE(ParseExportFormat("DOT", &f));
}
