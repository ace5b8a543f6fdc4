// A story's contribution (graph/contribution): entity resolution against the
// officials on record and the dates of its sightings, without storage.
#include <catch2/catch.hpp>

#include <map>

#include "graph/contribution.h"
#include "tests/graph/lineage_fixture.h"

using namespace vnkg;
using namespace vnkg::graph;

namespace {

// Officials on record, as a map; or a directory that fails.
class Directory : public PersonDirectory {
 public:
  std::map<std::string, std::vector<Entry>> people;
  Status error;
  Status PeopleNamed(const std::string& key, std::vector<Entry>* out) const override {
    if (!error.ok()) return error;
    auto it = people.find(key);
    *out = it == people.end() ? std::vector<Entry>{} : it->second;
    return Status::OK();
  }
};

Person Official(const std::string& name, const std::string& key, const std::string& position,
                std::optional<std::string> org, bool former = false) {
  Person p;
  p.name = name;
  p.key = key;
  p.search = key;
  p.roles.push_back({position, org, former, {0, 10}});
  return p;
}

Organization Org(const std::string& name, std::optional<std::string> province) {
  Organization o;
  o.name = name;
  o.key = name;
  o.search = name;
  o.kind = OrgKind::kPartyCommittee;
  o.locality = province ? std::optional<std::string>("huyện X") : std::nullopt;
  o.province = province;
  return o;
}

Contribution Build(const Record& r, const PersonDirectory& d, std::optional<std::string> date) {
  Contribution c;
  REQUIRE(BuildContribution({7, r.doc, std::nullopt, date}, r, d, &c).ok());
  return c;
}

const EdgeWrite& OnlyEdge(const Contribution& c, EdgeKind kind) {
  const EdgeWrite* found = nullptr;
  for (const auto& e : c.edges)
    if (e.kind == kind) {
      REQUIRE(found == nullptr);
      found = &e;
    }
  REQUIRE(found != nullptr);
  return *found;
}

const NodeWrite& PersonNode(const Contribution& c) {
  for (const auto& n : c.nodes)
    if (n.ref.kind == NodeKind::kPerson) return n;
  FAIL("no person");
  return c.nodes.front();
}

}  // namespace

TEST_CASE("a sighting is dated by the story's meeting, not its publication", "[graph][contribution]") {
  Record r;
  r.doc = "a";
  r.published = "2019-05-11";
  r.organizations.push_back(Org("Huyện ủy X", "tỉnh Y"));
  r.people.push_back(Official("Nguyễn Văn A", "nguyen van a", "Bí thư", "Huyện ủy X"));
  Meeting m;
  m.date = "2019-05-10";
  m.organizer = "Huyện ủy X";
  m.name = "hội nghị";
  m.participants.push_back({"Nguyễn Văn A", "nguyen van a", {"chair"}, {0, 10}});
  r.meetings.push_back(m);
  Directory none;
  Contribution c = Build(r, none, r.published);
  CHECK(OnlyEdge(c, EdgeKind::kHolds).evidence.date == "2019-05-10");
  CHECK(OnlyEdge(c, EdgeKind::kChaired).evidence.date == "2019-05-10");
  CHECK(EventDate({7, "a", {}, r.published}, r, "Nguyễn Văn A") == "2019-05-10");

  r.meetings[0].date.reset();  // no meeting date: the publication's
  c = Build(r, none, r.published);
  CHECK(OnlyEdge(c, EdgeKind::kHolds).evidence.date == "2019-05-11");
}

TEST_CASE("a former post is a holds edge apart from the current one", "[graph][contribution]") {
  Record r;
  r.doc = "a";
  r.organizations.push_back(Org("Huyện ủy X", "tỉnh Y"));
  Person p = Official("Nguyễn Văn A", "nguyen van a", "Bí thư", "Huyện ủy X", true);
  r.people.push_back(p);
  Directory none;
  Contribution c = Build(r, none, "2023-03-15");
  const EdgeWrite& e = OnlyEdge(c, EdgeKind::kHolds);
  CHECK(e.evidence.former);
  CHECK(e.evidence.position == "Bí thư");
  CHECK(e.qualifier == static_cast<uint32_t>(StableHash("Bí thư|former")));
}

TEST_CASE("resolution: a story naming no province joins the one fitting official", "[graph][contribution]") {
  Record r;
  r.doc = "b";
  r.organizations.push_back(Org("Thành ủy", std::nullopt));
  r.people.push_back(Official("Đào Hồng Lan", "dao hong lan", "Bí thư", "Thành ủy"));
  Directory d;
  NodeRef known{NodeKind::kPerson, 99};
  d.people["dao hong lan"] = {{known, "tỉnh Bắc Ninh", {"Thành ủy Bắc Ninh"}, {}}};
  const NodeWrite& joined = PersonNode(Build(r, d, std::nullopt));
  CHECK(joined.ref == known);
  CHECK(joined.reason.find("holds posts in the same bodies") != std::string::npos);

  d.people["dao hong lan"][0].organizations = {"Bệnh viện Đa khoa Xanh"};  // posts do not fit
  const NodeWrite& apart = PersonNode(Build(r, d, std::nullopt));
  CHECK_FALSE(apart.ref == known);
  CHECK(apart.reason.find("do not fit") != std::string::npos);

  d.people["dao hong lan"].push_back({{NodeKind::kPerson, 98}, "tỉnh Hà Nam", {"Thành ủy Phủ Lý"}, {}});
  const NodeWrite& two = PersonNode(Build(r, d, std::nullopt));  // two on record: kept apart
  CHECK_FALSE(two.ref == known);
  CHECK(two.reason.find("2 officials named") != std::string::npos);
}

TEST_CASE("resolution: the province decides, and a directory error is returned", "[graph][contribution]") {
  Record r;
  r.doc = "c";
  r.organizations.push_back(Org("Tỉnh ủy Ninh Bình", "tỉnh Ninh Bình"));
  r.people.push_back(Official("Hoàng Văn Lâm", "hoang van lam", "Bí thư", "Tỉnh ủy Ninh Bình"));
  Directory d;
  const NodeWrite& n = PersonNode(Build(r, d, std::nullopt));
  CHECK(n.ref.id == StableHash("person|hoang van lam|tỉnh Ninh Bình"));

  r.organizations[0].province.reset();
  r.organizations[0].locality.reset();
  d.error = Status::Corruption("block checksum mismatch");
  Contribution c;
  Status s = BuildContribution({7, "c", {}, {}}, r, d, &c);
  CHECK(s.IsCorruption());
}

namespace {

// A record of one official with the given posts in bodies of the small
// reform (tests/graph/lineage_fixture.h); `map` is the map of its units.
Record Story(const std::string& name, const std::vector<std::pair<std::string, std::string>>& posts,
             const std::string& map, bool former_first = false) {
  Record r;
  r.doc = "s";
  Person p = Official(name, name, posts[0].first, posts[0].second, former_first);
  for (size_t i = 1; i < posts.size(); ++i) p.roles.push_back({posts[i].first, posts[i].second, false, {0, 10}});
  r.people.push_back(p);
  for (const auto& [position, org] : posts) {
    Organization o;
    o.name = org;
    o.key = testing::Lower(org);
    o.search = o.key;
    o.kind = OrgKind::kPartyCommittee;
    for (const char* unit : {"Tien Giang", "Dong Thap", "Binh Duong"}) {
      if (org.size() < std::string(unit).size() ||
          org.compare(org.size() - std::string(unit).size(), std::string::npos, unit) != 0)
        continue;
      std::string code = std::string(unit) == "Tien Giang" ? "82"
                         : std::string(unit) == "Binh Duong" ? "74"
                         : map == kJulyMap ? "82" : "87";
      o.locality = "tinh " + std::string(unit);
      o.province = o.locality;
      Locality l;
      l.name = *o.locality;
      l.key = testing::Lower(l.name);
      l.search = l.key;
      l.map = map;
      l.code = code;
      r.localities.push_back(l);
    }
    if (!o.locality) o.kind = OrgKind::kCentral;
    r.organizations.push_back(o);
  }
  return r;
}

PersonDirectory::Entry OnRecord(uint64_t id, const std::string& province,
                                std::vector<PersonDirectory::Post> posts) {
  PersonDirectory::Entry e{{NodeKind::kPerson, id}, province, {}, posts};
  for (const auto& p : posts) e.organizations.push_back(p.organization);
  return e;
}

}  // namespace

TEST_CASE("joins: a few-member national post joins one name across provinces", "[graph][joins]") {
  auto lineage = testing::SmallReform();
  auto national = testing::SmallNationalPosts();
  Knowledge k{lineage.get(), national.get()};
  Directory d;
  d.people["tran van a"] = {OnRecord(1, "tinh Binh Duong", {{"Ủy viên", "Ban Chấp hành Trung ương Đảng"},
                                                            {"Bí thư", "Tinh uy Binh Duong"}})};
  Record r = Story("tran van a", {{"Ủy viên dự khuyết", "Ban Chấp hành Trung ương Đảng"},
                                  {"Phó Bí thư", "Tinh uy Tien Giang"}}, kMarchMap);
  Contribution c;
  REQUIRE(BuildContribution({7, "s", {}, {}}, r, d, &c, k).ok());
  const NodeWrite& joined = PersonNode(c);
  CHECK(joined.ref.id == 1);
  CHECK(joined.node.person.province == "tinh Binh Duong");
  CHECK(joined.reason.find("the Central Committee") != std::string::npos);

  // Without the knowledge of national posts, or without such a post, apart.
  REQUIRE(BuildContribution({7, "s", {}, {}}, r, d, &c, {lineage.get(), nullptr}).ok());
  CHECK(PersonNode(c).ref.id == StableHash("person|tran van a|tinh Tien Giang"));
  Record commune = Story("tran van a", {{"Chủ tịch", "Uy ban nhan dan xa An"}}, kMarchMap);
  commune.organizations[0].province = "tinh Tien Giang";
  commune.organizations[0].locality = "xa An";
  REQUIRE(BuildContribution({7, "s", {}, {}}, commune, d, &c, k).ok());
  CHECK(PersonNode(c).ref.id == StableHash("person|tran van a|tinh Tien Giang"));
  CHECK(PersonNode(c).reason.find("same official as every mention") == 0);

  // Two officials of the name on record hold such posts: none is joined.
  d.people["tran van a"].push_back(OnRecord(2, "tinh Dong Thap", {{"Ủy viên", "Bộ Chính trị"},
                                                                  {"Ủy viên", "Ban Chấp hành Trung ương Đảng"}}));
  REQUIRE(BuildContribution({7, "s", {}, {}}, r, d, &c, k).ok());
  CHECK(PersonNode(c).ref.id == StableHash("person|tran van a|tinh Tien Giang"));
  // The official of the story's own province on record is that official.
  d.people["tran van a"].push_back(
      OnRecord(StableHash("person|tran van a|tinh Tien Giang"), "tinh Tien Giang", {}));
  REQUIRE(BuildContribution({7, "s", {}, {}}, r, d, &c, k).ok());
  CHECK(PersonNode(c).reason.find("same official as every mention") == 0);
}

TEST_CASE("joins: a post named as former of a person placed elsewhere", "[graph][joins]") {
  Directory d;
  d.people["le van b"] = {OnRecord(3, "tinh Binh Duong", {{"Bí thư", "Tinh uy Binh Duong"}})};
  Record r = Story("le van b", {{"Bí thư", "Tinh uy Binh Duong"}, {"Bí thư", "Tinh uy Tien Giang"}},
                   kMarchMap, /*former_first=*/true);
  Contribution c;
  REQUIRE(BuildContribution({7, "s", {}, {}}, r, d, &c).ok());
  CHECK(PersonNode(c).ref.id == 3);
  CHECK(PersonNode(c).reason.find("as the former post of le van b") != std::string::npos);
  // The same post named as held (the story places the person in Tiền Giang
  // by its first post) is the same evidence.
  Record held = Story("le van b", {{"Phó Bí thư", "Tinh uy Tien Giang"}, {"Bí thư", "Tinh uy Binh Duong"}},
                      kMarchMap);
  REQUIRE(BuildContribution({7, "s", {}, {}}, held, d, &c).ok());
  CHECK(PersonNode(c).ref.id == 3);
  CHECK(PersonNode(c).reason.find("as a post of le van b") != std::string::npos);
  CHECK(PersonNode(c).reason.find("holds that post in that body") != std::string::npos);
  // Stated only by the story being rebuilt (article 7): no evidence.
  d.people["le van b"][0].posts[0].article = 7;
  REQUIRE(BuildContribution({7, "s", {}, {}}, held, d, &c).ok());
  CHECK(PersonNode(c).ref.id == StableHash("person|le van b|tinh Tien Giang"));
  d.people["le van b"][0].posts[0].article = 0;
  // Another post in that body, or no post there: a namesake, apart.
  held.people[0].roles[1].position = "Ủy viên";
  REQUIRE(BuildContribution({7, "s", {}, {}}, held, d, &c).ok());
  CHECK(PersonNode(c).ref.id == StableHash("person|le van b|tinh Tien Giang"));
  r.people[0].roles.erase(r.people[0].roles.begin());
  REQUIRE(BuildContribution({7, "s", {}, {}}, r, d, &c).ok());
  CHECK_FALSE(PersonNode(c).ref.id == 3);
}

TEST_CASE("joins and edges across the reform: the same post in the successor body", "[graph][joins]") {
  auto lineage = testing::SmallReform();
  Knowledge k{lineage.get(), nullptr};
  Directory d;
  d.people["pham van c"] = {OnRecord(4, "tinh Tien Giang", {{"Bí thư", "Tinh uy Tien Giang"}})};
  Record after = Story("pham van c", {{"Bí thư", "Tinh uy Dong Thap"}}, kJulyMap);
  Contribution c;
  REQUIRE(BuildContribution({7, "s", {}, {}}, after, d, &c, k).ok());
  CHECK(PersonNode(c).ref.id == 4);
  CHECK(PersonNode(c).reason.find("July 2025 reform") != std::string::npos);
  CHECK(PersonNode(c).reason.find("Tinh uy Tien Giang") != std::string::npos);
  // A body of the July map is apart from the same-named one of March.
  NodeRef dt_july = PlacedOrganizationRef("tinh uy dong thap", "tinh Dong Thap", std::string(kJulyMap));
  CHECK(OnlyEdge(c, EdgeKind::kHolds).dst == dt_july);
  CHECK_FALSE(dt_july == PlacedOrganizationRef("tinh uy dong thap", "tinh Dong Thap", std::string(kMarchMap)));
  // Another post in the successor body is not evidence.
  after.people[0].roles[0].position = "Phó Bí thư";
  REQUIRE(BuildContribution({7, "s", {}, {}}, after, d, &c, k).ok());
  CHECK_FALSE(PersonNode(c).ref.id == 4);

  // A March story writes its units' and bodies' successors, weakly.
  Record before = Story("pham van c", {{"Bí thư", "Tinh uy Tien Giang"}}, kMarchMap);
  REQUIRE(BuildContribution({7, "s", {}, {}}, before, Directory(), &c, k).ok());
  std::vector<const EdgeWrite*> succession;
  for (const auto& e : c.edges)
    if (e.kind == EdgeKind::kSucceededBy) succession.push_back(&e);
  REQUIRE(succession.size() == 2);
  CHECK(succession[0]->src == LocalityNodeRef(kMarchMap, "82"));
  CHECK(succession[0]->dst == LocalityNodeRef(kJulyMap, "82"));
  CHECK(succession[0]->qualifier == static_cast<uint32_t>(Share::kWhole));
  CHECK(succession[1]->dst == dt_july);
  for (const auto& n : c.nodes) {
    if (n.ref == dt_july) {
      CHECK(n.weak);
      CHECK(n.node.name == "Tinh uy Dong Thap");
      CHECK(n.node.organization.map == std::string(kJulyMap));
      CHECK(n.reason == kSuccessorReason);
    }
    if (n.ref == LocalityNodeRef(kMarchMap, "82")) CHECK(n.node.locality.map == std::string(kMarchMap));
  }
  // A July story writes no predecessors.
  REQUIRE(BuildContribution({7, "s", {}, {}}, Story("x", {{"Bí thư", "Tinh uy Dong Thap"}}, kJulyMap),
                            Directory(), &c, k).ok());
  for (const auto& e : c.edges) CHECK(e.kind != EdgeKind::kSucceededBy);
}
