// The store with a real RocksDB in a temporary directory, filled through the
// real extractor (api::IngestArticle).
#include <catch2/catch.hpp>

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

#include "api/ingest.h"
#include "api/inputs.h"
#include "store/store.h"

using namespace vnkg;
namespace fs = std::filesystem;

namespace {

struct TempDir {
  fs::path path;
  TempDir() {
    char tmpl[] = "/tmp/vnkg-store-test-XXXXXX";
    path = mkdtemp(tmpl);
  }
  ~TempDir() { fs::remove_all(path); }
};

const extract::Extractor& X() {
  static std::unique_ptr<extract::Extractor> x = [] {
    std::string error;
    return extract::Extractor::Create(&error);
  }();
  return *x;
}

std::unique_ptr<store::Store> OpenAt(const fs::path& p) {
  std::unique_ptr<store::Store> st;
  Status s = store::Store::Open(p.string(), &st);
  INFO(s.message());
  REQUIRE(s.ok());
  return st;
}

api::IngestOutcome Ingest(store::Store* st, const std::string& doc, const std::string& text) {
  api::IngestOutcome outcome;
  store::ApplyStats stats;
  REQUIRE(api::IngestArticle(X(), st, {doc, text, {}, {}, {}}, &outcome, &stats).ok());
  return outcome;
}

void IngestSamples(store::Store* st) {
  std::vector<std::string> errors;
  for (const auto& f : api::ExpandPaths({std::string(VNKG_SAMPLES)}, &errors))
    api::ReadArticles(f, [&](extract::Article&& a) { Ingest(st, a.doc, a.text); },
                      [](const std::string& e) { FAIL(e); });
}

std::map<std::string, std::string> Dump(const store::Store& st) {
  std::map<std::string, std::string> out;
  st.Dump([&](const std::string& cf, std::string_view k, std::string_view v) {
    out[cf + "/" + std::string(k)] = std::string(v);
  });
  return out;
}

void RequireConsistent(const store::Store& st) {
  store::CheckReport r;
  REQUIRE(st.Check(&r).ok());
  for (const auto& p : r.problems) UNSCOPED_INFO(p);
  REQUIRE(r.problems.empty());
}

std::vector<graph::NodeRef> PeopleNamed(const store::Store& st, const std::string& folded) {
  std::vector<graph::NodeRef> out;
  for (const auto& r : st.Search(folded, 100))
    if (r.kind == graph::NodeKind::kPerson) out.push_back(r);
  return out;
}

}  // namespace

TEST_CASE("ingesting the samples twice leaves the database identical", "[store]") {
  TempDir dir;
  auto st = OpenAt(dir.path);
  IngestSamples(st.get());
  RequireConsistent(*st);
  auto first = Dump(*st);
  CHECK(first.size() > 100);
  IngestSamples(st.get());
  CHECK(Dump(*st) == first);
  // Re-extracting every story rewrites the same keys and values.
  for (uint64_t id : st->ArticleIds()) {
    store::ApplyStats stats;
    REQUIRE(api::ReindexArticle(X(), st.get(), id, &stats).ok());
    CHECK(stats.nodes_added + stats.nodes_removed + stats.edges_added + stats.edges_removed == 0);
  }
  CHECK(Dump(*st) == first);
  st.reset();
  CHECK(Dump(*OpenAt(dir.path)) == first);  // and it is all on disk
}

TEST_CASE("one official across stories is one node; a namesake elsewhere is another", "[store]") {
  TempDir dir;
  auto st = OpenAt(dir.path);
  Ingest(st.get(), "a.txt",
         "Sáng 3/3/2021, Tỉnh ủy Ninh Bình tổ chức hội nghị. Đồng chí Hoàng Văn Lâm, Phó Bí thư Tỉnh ủy Ninh Bình chủ trì.");
  Ingest(st.get(), "b.txt",
         "Chiều 9/9/2022, Ban Thường vụ Tỉnh ủy Ninh Bình họp. Đồng chí Hoàng Văn Lâm, Bí thư Tỉnh ủy Ninh Bình phát biểu kết luận.");
  Ingest(st.get(), "c.txt",
         "Ngày 5/5/2022, Huyện ủy Yên Thế tổ chức hội nghị. Ông Hoàng Văn Lâm, Phó Chủ tịch UBND huyện Yên Thế, tỉnh Bắc Giang dự.");
  RequireConsistent(*st);
  auto people = PeopleNamed(*st, "hoang van lam");
  REQUIRE(people.size() == 2);

  graph::NodeRef ninh_binh;
  for (const auto& p : people) {
    nlohmann::json v;
    REQUIRE(st->GetNode(p, &v).ok());
    if (v["province"] == "tỉnh Ninh Bình") ninh_binh = p;
    else CHECK(v["province"] == "tỉnh Bắc Giang");
  }
  REQUIRE(ninh_binh.id != 0);
  auto reasons = st->Reasons(ninh_binh);
  REQUIRE(reasons.size() == 2);  // joined from two stories, each with its reason
  for (const auto& r : reasons)
    CHECK(r.reason == "same official as every mention of the name Hoàng Văn Lâm in tỉnh Ninh Bình");

  // Role history across both stories: each post with its first and last sighting.
  std::map<std::string, std::string> seen;
  for (const auto& e : st->OutEdges(ninh_binh, graph::EdgeKind::kHolds))
    seen[e.evidence["position"].get<std::string>()] = e.evidence["date"].get<std::string>();
  CHECK(seen == std::map<std::string, std::string>{{"Phó Bí thư", "2021-03-03"}, {"Bí thư", "2022-09-09"}});
  CHECK(st->OutEdges(ninh_binh, graph::EdgeKind::kChaired).size() == 1);
  CHECK(st->OutEdges(ninh_binh, graph::EdgeKind::kSpokeAt).size() == 1);
}

TEST_CASE("a story that changes replaces its part of the graph, leaving no orphans", "[store]") {
  TempDir dir;
  auto st = OpenAt(dir.path);
  auto with_id = [&](const std::string& text) {
    api::IngestOutcome outcome;
    store::ApplyStats stats;
    REQUIRE(api::IngestArticle(X(), st.get(), {"s.txt", text, {}, {}, std::string("story-1")},
                               &outcome, &stats).ok());
    return outcome;
  };
  CHECK(with_id("Đồng chí Lý Thái Hải, Bí thư Tỉnh ủy Bạc Liêu phát biểu.") == api::IngestOutcome::kAdded);
  CHECK(PeopleNamed(*st, "ly thai hai").size() == 1);
  CHECK(with_id("Đồng chí Lữ Văn Hùng, Bí thư Tỉnh ủy Bạc Liêu phát biểu.") == api::IngestOutcome::kUpdated);
  RequireConsistent(*st);
  CHECK(PeopleNamed(*st, "ly thai hai").empty());
  CHECK(PeopleNamed(*st, "lu van hung").size() == 1);
  CHECK(st->ArticleIds().size() == 1);
}

TEST_CASE("a directory that is no vnkg database is refused, not misread", "[store]") {
  TempDir dir;
  fs::path other = dir.path / "not-a-db";
  fs::create_directories(other);
  std::ofstream(other / "CURRENT") << "garbage\n";
  std::unique_ptr<store::Store> st;
  Status s = store::Store::Open(other.string(), &st);
  CHECK_FALSE(s.ok());
  CHECK_FALSE(s.message().empty());
}

TEST_CASE("a second process cannot open a database in use", "[store]") {
  TempDir dir;
  auto st = OpenAt(dir.path);
  std::unique_ptr<store::Store> second;
  Status s = store::Store::Open(dir.path.string(), &second);
  CHECK_FALSE(s.ok());
  CHECK(s.message().find("in use") != std::string::npos);
}

TEST_CASE("a story naming no province joins an official only if its posts fit", "[store]") {
  TempDir dir;
  auto st = OpenAt(dir.path);
  Ingest(st.get(), "a.txt", "Đồng chí Đào Hồng Lan, Bí thư Thành ủy Bắc Ninh phát biểu.");
  Ingest(st.get(), "b.txt", "Tại hội nghị, đồng chí Đào Hồng Lan, Bí thư Thành ủy nhấn mạnh.");
  Ingest(st.get(), "c.txt", "Bà Đào Hồng Lan, Giám đốc Bệnh viện Đa khoa Xanh, cho biết.");
  RequireConsistent(*st);
  auto people = PeopleNamed(*st, "dao hong lan");
  REQUIRE(people.size() == 2);  // a and b joined; c kept apart
  size_t joined = 0;
  for (const auto& p : people) {
    auto reasons = st->Reasons(p);
    if (reasons.size() == 2) {
      ++joined;
      bool fit = false;
      for (const auto& r : reasons) fit |= r.reason.find("holds posts in the same bodies") != std::string::npos;
      CHECK(fit);
    } else {
      REQUIRE(reasons.size() == 1);
      CHECK(reasons[0].reason.find("do not fit") != std::string::npos);
    }
  }
  CHECK(joined == 1);
}

TEST_CASE("a database of another schema version is refused with a clear message", "[store]") {
  TempDir dir;
  {
    auto st = OpenAt(dir.path);
    REQUIRE(st->GetMeta("schema") == std::string(std::to_string(store::kSchemaVersion)));
    REQUIRE(st->PutMeta("schema", "99").ok());  // as a future vnkg would write it
  }
  std::unique_ptr<store::Store> st;
  Status s = store::Store::Open(dir.path.string(), &st);
  CHECK(s.code() == Status::Code::kIncompatible);
  CHECK(s.message().find("schema version 99") != std::string::npos);
  CHECK_FALSE(st);
}

TEST_CASE("re-putting a story with changed node data updates the node and its index", "[store]") {
  TempDir dir;
  auto st = OpenAt(dir.path);
  extract::Article in{"a.txt", "Đồng chí Lò Văn Muôn, Bí thư Tỉnh ủy Điện Biên phát biểu.", {}, {}, {}};
  graph::Record record = X().Extract(in);
  store::StoredArticle a;
  a.id = 7;
  a.doc = "a.txt";
  a.text = extract::Extractor::NormalizedText(in.text);
  graph::ArticleMeta meta{a.id, a.doc, {}, std::nullopt};
  graph::Contribution c = graph::BuildContribution(meta, record, *st);
  REQUIRE(st->PutArticle(a, record, c, nullptr).ok());
  REQUIRE(st->Search("lo van muon", 10).size() == 1);

  // As a newer extractor might: the same person node, spelled differently.
  for (auto& n : c.nodes)
    if (n.ref.kind == graph::NodeKind::kPerson) {
      n.value["name"] = "Lò Văn Muôn (Điện Biên)";
      n.search = {"lo van muon dien bien"};
    }
  store::ApplyStats stats;
  REQUIRE(st->PutArticle(a, record, c, &stats).ok());
  CHECK(stats.nodes_added == 0);
  auto hits = st->Search("lo van muon dien bien", 10);
  REQUIRE(hits.size() == 1);
  nlohmann::json v;
  REQUIRE(st->GetNode(hits[0], &v).ok());
  CHECK(v["name"] == "Lò Văn Muôn (Điện Biên)");
  CHECK(st->Search("lo van muon", 10).size() == 1);  // the new name still starts so
  CHECK(st->Search("muon dien", 10).size() == 1);
  RequireConsistent(*st);
}
