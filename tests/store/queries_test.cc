// graph/queries and graph/subgraph on the store's reader (a real RocksDB in a temporary
// directory, filled through the real extractor).
#include <catch2/catch.hpp>

#include <unistd.h>

#include <filesystem>
#include <set>

#include "api/ingest.h"
#include "api/inputs.h"
#include "extract/normalize.h"
#include "graph/node_codec.h"
#include "graph/queries.h"
#include "graph/subgraph.h"
#include "store/store.h"

using namespace vnkg;
namespace fs = std::filesystem;

namespace {

struct Db {
  fs::path path;
  std::unique_ptr<store::Store> st;
  std::unique_ptr<graph::GraphReader> reader;
  Db() {
    char tmpl[] = "/tmp/vnkg-queries-test-XXXXXX";
    path = mkdtemp(tmpl);
    REQUIRE(store::Store::Open(path.string(), &st).ok());
    std::string error;
    auto x = extract::Extractor::Create(&error);
    REQUIRE(x);
    std::vector<std::string> errors;
    for (const auto& f : api::ExpandPaths({std::string(VNKG_SAMPLES)}, &errors))
      api::ReadArticles(
          f,
          [&](extract::Article&& a) {
            api::IngestOutcome outcome;
            store::ApplyStats stats;
            REQUIRE(api::IngestArticle(*x, st.get(), a, &outcome, &stats).ok());
          },
          [](const std::string& e) { FAIL(e); });
    REQUIRE(st->NewReader(&reader).ok());
  }
  ~Db() {
    reader.reset();
    st.reset();
    fs::remove_all(path);
  }
  const graph::GraphReader& r() const { return *reader; }
};

bool Has(const std::vector<graph::SearchHit>& hits, graph::NodeKind kind, const std::string& name) {
  for (const auto& h : hits)
    if (h.ref.kind == kind && h.name == name) return true;
  return false;
}

}  // namespace

TEST_CASE("search hits organizations and places, exact names first", "[queries]") {
  Db db;
  graph::Answer<graph::SearchHit> a;
  REQUIRE(graph::Search(db.r(), "thanh uy can tho", "thanh uy can tho", {100, 0}, &a).ok());
  REQUIRE(!a.results.empty());
  CHECK(a.results[0].name == "Thành ủy Cần Thơ");  // the folded name itself ranks first
  CHECK(a.results[0].province == "thành phố Cần Thơ");
  REQUIRE(graph::Search(db.r(), "o mon", "o mon", {100, 0}, &a).ok());
  CHECK(Has(a.results, graph::NodeKind::kLocality, "quận Ô Môn"));
  REQUIRE(graph::Search(db.r(), "quan uy", "quan uy", {100, 0}, &a).ok());
  bool org = false;
  for (const auto& h : a.results) org |= h.ref.kind == graph::NodeKind::kOrganization;
  CHECK(org);
}

TEST_CASE("search pages: total counts all, offset and limit cut", "[queries]") {
  Db db;
  graph::Answer<graph::SearchHit> all, page;
  REQUIRE(graph::Search(db.r(), "t", "t", {1000, 0}, &all).ok());
  REQUIRE(all.total > 3);
  REQUIRE(graph::Search(db.r(), "t", "t", {2, 1}, &page).ok());
  CHECK(page.total == all.total);
  REQUIRE(page.results.size() == 2);
  CHECK(page.results[0].ref == all.results[1].ref);
  CHECK(page.results[1].ref == all.results[2].ref);
}

TEST_CASE("FindNodes: an id, an exact name, else a prefix", "[queries]") {
  Db db;
  std::vector<graph::NodeRef> found;
  REQUIRE(graph::FindNodes(db.r(), graph::NodeKind::kPerson, "Trần Quốc Trung", "tran quoc trung",
                           &found).ok());
  REQUIRE(found.size() == 1);
  std::vector<graph::NodeRef> by_id;
  REQUIRE(graph::FindNodes(db.r(), graph::NodeKind::kPerson, graph::FormatNodeRef(found[0]), "",
                           &by_id).ok());
  CHECK(by_id == found);
  REQUIRE(graph::FindNodes(db.r(), graph::NodeKind::kPerson, "tran", "tran", &found).ok());
  CHECK(found.size() > 1);  // several people start so: the caller lists them
  REQUIRE(graph::FindNodes(db.r(), graph::NodeKind::kPerson, "nobody", "nobody", &found).ok());
  CHECK(found.empty());
}

TEST_CASE("person, meetings and neighbourhood answer as structs", "[queries]") {
  Db db;
  std::vector<graph::NodeRef> found;
  REQUIRE(graph::FindNodes(db.r(), graph::NodeKind::kPerson, "Trần Quốc Trung", "tran quoc trung",
                           &found).ok());
  graph::PersonAnswer p;
  REQUIRE(graph::GetPerson(db.r(), found.at(0), &p).ok());
  CHECK(p.node.person.province == "thành phố Cần Thơ");
  REQUIRE(p.meetings.size() == 1);
  CHECK(p.meetings[0].as == std::vector<std::string>{"chair", "speaker"});
  REQUIRE(!p.roles.empty());
  graph::Citer citer(db.r());
  graph::Citation c;
  REQUIRE(citer.Cite(p.roles[0].evidence.at(0), &c).ok());
  CHECK(c.sentence.find("Trần Quốc Trung") != std::string::npos);

  graph::MeetingQuery q;
  q.chairs = {found[0]};
  graph::Answer<graph::MeetingAnswer> m;
  REQUIRE(graph::Meetings(db.r(), q, {20, 0}, &m).ok());
  REQUIRE(m.total == 1);
  CHECK(m.results[0].node.meeting.date == "2018-06-11");
  q.from = "2019";
  REQUIRE(graph::Meetings(db.r(), q, {20, 0}, &m).ok());
  CHECK(m.total == 0);
  graph::MeetingQuery every;
  REQUIRE(graph::Meetings(db.r(), every, {1, 0}, &m).ok());
  CHECK(m.results.size() == 1);
  CHECK(m.total > 1);

  graph::Neighbourhood hood;
  REQUIRE(graph::GetNeighbourhood(db.r(), found[0], 2, 5, &hood).ok());
  CHECK(hood.nodes.size() == 5);
  CHECK(hood.truncated);
  CHECK(hood.nodes[0].ref == found[0]);
  for (const auto& e : hood.edges) CHECK(e.src.kind != graph::NodeKind::kArticle);
}

TEST_CASE("dates are validated and nodes decode by one codec", "[queries]") {
  CHECK(graph::IsIsoDate("2019"));
  CHECK(graph::IsIsoDate("2019-06"));
  CHECK(graph::IsIsoDate("2019-06-30"));
  CHECK_FALSE(graph::IsIsoDate("2019-13"));
  CHECK_FALSE(graph::IsIsoDate("2019-6"));
  CHECK_FALSE(graph::IsIsoDate("19"));
  CHECK_FALSE(graph::IsIsoDate("2019-06-32"));
  CHECK_FALSE(graph::IsIsoDate("2019-02-29"));
  CHECK(graph::IsIsoDate("2020-02-29"));
  CHECK_FALSE(graph::IsIsoDate("2019-04-31"));
  graph::Node n;
  graph::NodeRef org{graph::NodeKind::kOrganization, 1};
  REQUIRE(graph::DecodeNode(org, R"({"name":"Thành ủy","kind":"party_committee","province":null,"search":["thanh uy"]})", &n).ok());
  CHECK(n.name == "Thành ủy");
  CHECK_FALSE(n.organization.province);
  CHECK(graph::DecodeNode(org, R"({"name":3})", &n).IsCorruption());
  CHECK(graph::DecodeNode(org, "not json", &n).IsCorruption());
  graph::Evidence e;
  REQUIRE(graph::DecodeEvidence(R"({"article":"a:00000000000000ff","doc":"d","date":"2020-01-02","start":3,"end":9,"position":"Bí thư","former":true})", &e).ok());
  CHECK(e.article == 255);
  CHECK(e.span.end == 9);
  CHECK(e.former);
}

TEST_CASE("export subgraphs: a neighbourhood's posts are its terms, the whole graph is capped",
          "[subgraph]") {
  Db db;
  std::vector<graph::NodeRef> found;
  REQUIRE(graph::FindNodes(db.r(), graph::NodeKind::kPerson, "Trần Quốc Trung", "tran quoc trung",
                           &found).ok());
  graph::Subgraph g;
  REQUIRE(graph::NeighbourhoodSubgraph(db.r(), found.at(0), 1, 100, &g).ok());
  CHECK_FALSE(g.truncated);
  CHECK(g.nodes.at(0).ref == found[0]);
  std::set<graph::NodeRef> in;
  for (const auto& n : g.nodes) in.insert(n.ref);
  for (const auto& e : g.edges) CHECK((in.count(e.src) && in.count(e.dst)));
  // Its holds edges are the terms `query roles` gives, dates and all.
  std::vector<graph::Term> terms;
  REQUIRE(graph::Roles(db.r(), found[0], &terms).ok());
  size_t holds = 0;
  for (const auto& e : g.edges) {
    if (e.kind != graph::EdgeKind::kHolds) continue;
    ++holds;
    bool matched = false;
    for (const auto& t : terms)
      matched = matched || (t.organization == e.dst && t.position == e.position &&
                            t.first_seen == e.first_seen && t.last_seen == e.last_seen);
    CHECK(matched);
  }
  CHECK(holds == terms.size());
  bool chaired = false;
  for (const auto& e : g.edges)
    if (e.kind == graph::EdgeKind::kChaired)
      chaired = e.as == std::vector<std::string>{"chair", "speaker"} && e.stories == 1;
  CHECK(chaired);

  graph::Subgraph whole, cut;
  REQUIRE(graph::WholeSubgraph(db.r(), graph::kMaxExportNodes, &whole).ok());
  CHECK_FALSE(whole.truncated);
  CHECK(whole.nodes.size() > g.nodes.size());
  for (const auto& n : whole.nodes) CHECK(n.ref.kind != graph::NodeKind::kArticle);
  REQUIRE(graph::WholeSubgraph(db.r(), 4, &cut).ok());
  CHECK(cut.truncated);
  CHECK(cut.nodes.size() == 4);
  CHECK(cut.limit.find(std::to_string(whole.nodes.size()) + " nodes") != std::string::npos);
  REQUIRE(graph::WholeSubgraph(db.r(), whole.nodes.size(), &cut).ok());
  CHECK_FALSE(cut.truncated);

  CHECK(graph::NeighbourhoodSubgraph(db.r(), found[0], 5, 100, &g).code() ==
        Status::Code::kInvalidArgument);
  CHECK(graph::WholeSubgraph(db.r(), 0, &g).code() == Status::Code::kInvalidArgument);
  CHECK(graph::NeighbourhoodSubgraph(db.r(), {graph::NodeKind::kPerson, 0xff}, 1, 100, &g)
            .IsNotFound());
}
