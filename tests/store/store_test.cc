// The store with a real RocksDB in a temporary directory, filled through the
// real extractor (api::IngestArticle).
#include <catch2/catch.hpp>

#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

#include "api/ingest.h"
#include "api/inputs.h"
#include "store/store.h"

#include <rocksdb/db.h>

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
  REQUIRE(st.Dump([&](const std::string& cf, std::string_view k, std::string_view v) {
    out[cf + "/" + std::string(k)] = std::string(v);
  }).ok());
  return out;
}

// The store's reads, for tests that expect them to succeed.
std::vector<uint64_t> Ids(const store::Store& st) {
  std::vector<uint64_t> out;
  REQUIRE(st.ArticleIds(&out).ok());
  return out;
}
std::vector<graph::NodeRef> Search(const store::Store& st, std::string_view prefix, size_t limit) {
  std::vector<graph::NodeRef> out;
  REQUIRE(st.Search(prefix, limit, &out).ok());
  return out;
}
std::vector<graph::Edge> Out(const store::Store& st, graph::NodeRef n, graph::EdgeKind k) {
  std::vector<graph::Edge> out;
  REQUIRE(st.OutEdges(n, k, &out).ok());
  return out;
}
std::vector<graph::JoinReason> Reasons(const store::Store& st, graph::NodeRef n) {
  std::vector<graph::JoinReason> out;
  REQUIRE(st.Reasons(n, &out).ok());
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
  for (const auto& r : Search(st, folded, 100))
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
  for (uint64_t id : Ids(*st)) {
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
    graph::Node v;
    REQUIRE(st->GetNode(p, &v).ok());
    if (v.person.province == "tỉnh Ninh Bình") ninh_binh = p;
    else CHECK(v.person.province == "tỉnh Bắc Giang");
  }
  REQUIRE(ninh_binh.id != 0);
  auto reasons = Reasons(*st, ninh_binh);
  REQUIRE(reasons.size() == 2);  // joined from two stories, each with its reason
  for (const auto& r : reasons)
    CHECK(r.reason == "same official as every mention of the name Hoàng Văn Lâm in tỉnh Ninh Bình");

  // Role history across both stories: each post with its first and last sighting.
  std::map<std::string, std::string> seen;
  for (const auto& e : Out(*st, ninh_binh, graph::EdgeKind::kHolds))
    seen[e.evidence.position] = e.evidence.date.value_or("");
  CHECK(seen == std::map<std::string, std::string>{{"Phó Bí thư", "2021-03-03"}, {"Bí thư", "2022-09-09"}});
  CHECK(Out(*st, ninh_binh, graph::EdgeKind::kChaired).size() == 1);
  CHECK(Out(*st, ninh_binh, graph::EdgeKind::kSpokeAt).size() == 1);
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
  CHECK(Ids(*st).size() == 1);
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
    auto reasons = Reasons(*st, p);
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
    std::string schema;
    REQUIRE(st->GetMeta("schema", &schema).ok());
    REQUIRE(schema == std::to_string(store::kSchemaVersion));
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
  graph::Contribution c;
  REQUIRE(graph::BuildContribution(meta, record, *st, &c).ok());
  REQUIRE(st->PutArticle(a, record, c, nullptr).ok());
  REQUIRE(Search(*st, "lo van muon", 10).size() == 1);

  // As a newer extractor might: the same person node, spelled differently.
  for (auto& n : c.nodes)
    if (n.ref.kind == graph::NodeKind::kPerson) {
      n.node.name = "Lò Văn Muôn (Điện Biên)";
      n.node.search = {"lo van muon dien bien"};
    }
  store::ApplyStats stats;
  REQUIRE(st->PutArticle(a, record, c, &stats).ok());
  CHECK(stats.nodes_added == 0);
  auto hits = Search(*st, "lo van muon dien bien", 10);
  REQUIRE(hits.size() == 1);
  graph::Node v;
  REQUIRE(st->GetNode(hits[0], &v).ok());
  CHECK(v.name == "Lò Văn Muôn (Điện Biên)");
  CHECK(Search(*st, "lo van muon", 10).size() == 1);  // the new name still starts so
  CHECK(Search(*st, "muon dien", 10).size() == 1);
  RequireConsistent(*st);
}

namespace {

// The database as RocksDB sees it, for tests that damage it on purpose.
struct RawDb {
  std::unique_ptr<rocksdb::DB> db;
  std::vector<rocksdb::ColumnFamilyHandle*> handles;
  explicit RawDb(const fs::path& path) {
    std::vector<std::string> names;
    REQUIRE(rocksdb::DB::ListColumnFamilies(rocksdb::DBOptions(), path.string(), &names).ok());
    std::vector<rocksdb::ColumnFamilyDescriptor> families;
    for (const auto& n : names) families.emplace_back(n, rocksdb::ColumnFamilyOptions());
    rocksdb::DB* raw = nullptr;
    REQUIRE(rocksdb::DB::Open(rocksdb::DBOptions(), path.string(), families, &handles, &raw).ok());
    db.reset(raw);
  }
  ~RawDb() {
    for (auto* h : handles) db->DestroyColumnFamilyHandle(h);
  }
  rocksdb::ColumnFamilyHandle* Family(const std::string& name) {
    for (auto* h : handles)
      if (h->GetName() == name) return h;
    FAIL("no column family " << name);
    return nullptr;
  }
};

// Flips one bit in the first data block of every table file of `family`.
void FlipBitIn(const fs::path& path, const std::string& family) {
  std::vector<std::string> files;
  {
    RawDb raw(path);
    REQUIRE(raw.db->Flush(rocksdb::FlushOptions(), raw.Family(family)).ok());
    std::vector<rocksdb::LiveFileMetaData> live;
    raw.db->GetLiveFilesMetaData(&live);
    for (const auto& f : live)
      if (f.column_family_name == family) files.push_back(f.db_path + f.name);
  }
  REQUIRE_FALSE(files.empty());
  for (const auto& f : files) {
    std::fstream io(f, std::ios::in | std::ios::out | std::ios::binary);
    io.seekg(20);
    char c = 0;
    io.get(c);
    io.seekp(20);
    io.put(static_cast<char>(c ^ 0x10));
  }
}

std::unique_ptr<store::Store> OpenReadOnlyAt(const fs::path& p) {
  std::unique_ptr<store::Store> st;
  Status s = store::Store::OpenReadOnly(p.string(), &st);
  INFO(s.message());
  REQUIRE(s.ok());
  return st;
}

}  // namespace

TEST_CASE("a bit-flipped table file fails reads and check with the corruption named", "[store]") {
  TempDir dir;
  {
    auto st = OpenAt(dir.path);
    IngestSamples(st.get());
    REQUIRE(st->Sync().ok());
  }
  FlipBitIn(dir.path, "edges");
  auto st = OpenReadOnlyAt(dir.path);  // the damage is in a data block: found on reading it
  // Some person's edges are in the damaged block: reading them is an error.
  std::vector<graph::NodeRef> people;
  REQUIRE(st->Nodes(graph::NodeKind::kPerson, &people).ok());
  Status s;
  for (const auto& p : people) {
    std::vector<graph::Edge> edges;
    s = st->OutEdges(p, std::nullopt, &edges);
    if (!s.ok()) break;
  }
  CHECK(s.code() == Status::Code::kCorruption);
  CHECK(s.message().find("checksum mismatch") != std::string::npos);
  CHECK(s.message().find(".sst") != std::string::npos);  // RocksDB names the file
  // A scan through it stops with the error, not with fewer entries.
  s = st->Dump([](const std::string&, std::string_view, std::string_view) {});
  CHECK(s.code() == Status::Code::kCorruption);
  store::CheckReport report;
  s = st->Check(&report);
  CHECK(s.code() == Status::Code::kCorruption);
  CHECK(s.message().find("checksum mismatch") != std::string::npos);
}

TEST_CASE("check finds stale and missing entries in the search indexes", "[store]") {
  TempDir dir;
  {
    auto st = OpenAt(dir.path);
    IngestSamples(st.get());
    RequireConsistent(*st);
  }
  {
    RawDb raw(dir.path);
    graph::NodeRef gone{graph::NodeKind::kPerson, 42};
    REQUIRE(raw.db->Put(rocksdb::WriteOptions(), raw.Family("names"),
                        store::EncodeNameKey("nguyen van vang", gone), "").ok());
  }
  auto st = OpenReadOnlyAt(dir.path);
  store::CheckReport report;
  REQUIRE(st->Check(&report).ok());
  REQUIRE(report.problems.size() == 1);
  CHECK(report.problems[0] == "1 stale entries in names (a name no node has)");
}

TEST_CASE("a reader opens while a writer holds the database and sees what it wrote", "[store]") {
  TempDir dir;
  auto writer = OpenAt(dir.path);
  Ingest(writer.get(), "a.txt", "Đồng chí Lò Văn Muôn, Bí thư Tỉnh ủy Điện Biên phát biểu.");
  auto reader = OpenReadOnlyAt(dir.path);  // the writer still holds the lock
  CHECK(Search(*reader, "lo van muon", 10).size() == 1);
  Ingest(writer.get(), "b.txt", "Đồng chí Trần Quốc Cường, Bí thư Tỉnh ủy Điện Biên phát biểu.");
  CHECK(Search(*reader, "tran quoc cuong", 10).empty());  // the state it opened on
  CHECK(Search(*OpenReadOnlyAt(dir.path), "tran quoc cuong", 10).size() == 1);
  CHECK_FALSE(reader->PutMeta("schema", "2").ok());  // a reader never writes
}

TEST_CASE("reads refuse a missing or foreign directory, naming it and creating nothing", "[store]") {
  TempDir dir;
  std::unique_ptr<store::Store> st;
  Status s = store::Store::OpenReadOnly((dir.path / "nope").string(), &st);
  CHECK(s.IsNotFound());
  CHECK(s.message().find((dir.path / "nope").string()) != std::string::npos);
  CHECK_FALSE(fs::exists(dir.path / "nope"));
  s = store::Store::OpenReadOnly(dir.path.string(), &st);  // empty
  CHECK(s.IsNotFound());
  CHECK(fs::is_empty(dir.path));
}

TEST_CASE("a province named as a unit's parent keeps what a story naming it wrote", "[store]") {
  TempDir dir;
  auto st = OpenAt(dir.path);
  Ingest(st.get(), "a.txt",
         "Ngày 5/5/2022, Tỉnh ủy Thanh Hóa tổ chức hội nghị. Đồng chí Đỗ Trọng Hưng, Bí thư Tỉnh ủy Thanh Hóa chủ trì.");
  // The March province, and its successor on the July map (another node).
  auto on_march_map = [&] {
    std::vector<graph::NodeRef> out;
    for (const auto& ref : Search(*st, "tinh thanh hoa", 10)) {
      graph::Node n;
      REQUIRE(st->GetNode(ref, &n).ok());
      if (n.locality.map == graph::kMarchMap) out.push_back(ref);
    }
    return out;
  };
  REQUIRE(Search(*st, "tinh thanh hoa", 10).size() == 2);
  REQUIRE(on_march_map().size() == 1);
  store::ApplyStats stats;
  api::IngestOutcome outcome;
  REQUIRE(api::IngestArticle(X(), st.get(),
                             {"b.txt", "Ngày 6/5/2022, Huyện ủy Thọ Xuân tổ chức hội nghị. Đồng chí Lê Văn Bình, Bí thư Huyện ủy Thọ Xuân chủ trì.", {}, {}, {}},
                             &outcome, &stats).ok());
  // The province is b's district's parent: it stays searchable, its data unchanged.
  auto hits = on_march_map();
  REQUIRE(hits.size() == 1);
  graph::Node v;
  REQUIRE(st->GetNode(hits[0], &v).ok());
  CHECK(v.locality.level == "province");
  RequireConsistent(*st);
}

TEST_CASE("resolution sees an official's posts as the latest stories leave them", "[store]") {
  TempDir dir;
  auto st = OpenAt(dir.path);
  auto put = [&](const std::string& text) {
    api::IngestOutcome outcome;
    store::ApplyStats stats;
    REQUIRE(api::IngestArticle(X(), st.get(), {"s.txt", text, {}, {}, std::string("story-1")},
                               &outcome, &stats).ok());
  };
  auto organizations = [&] {
    std::vector<graph::PersonDirectory::Entry> people;
    REQUIRE(st->PeopleNamed(X().Extract({"x", "Đồng chí Đào Hồng Lan phát biểu.", {}, {}, {}})
                                .people.at(0).key,
                            &people).ok());
    REQUIRE(people.size() == 1);
    return people[0].organizations;
  };
  put("Đồng chí Đào Hồng Lan, Bí thư Tỉnh ủy Bắc Ninh phát biểu.");
  CHECK(organizations() == std::vector<std::string>{"Tỉnh ủy Bắc Ninh"});
  put("Đồng chí Đào Hồng Lan, Phó Bí thư Thường trực Tỉnh ủy Bắc Ninh, Chủ tịch HĐND tỉnh Bắc Ninh phát biểu.");
  auto now = organizations();  // asked again in the same process: not a stale answer
  CHECK(std::find(now.begin(), now.end(), "Tỉnh ủy Bắc Ninh") != now.end());
  CHECK(now.size() == 2);
  put("Đồng chí Đào Hồng Lan, Chủ tịch HĐND tỉnh Bắc Ninh phát biểu.");
  CHECK(organizations().size() == 1);
  CHECK(organizations() != std::vector<std::string>{"Tỉnh ủy Bắc Ninh"});
  st.reset();
  st = OpenAt(dir.path);
  CHECK(organizations().size() == 1);
}
