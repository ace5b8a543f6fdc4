// A story's contribution (graph/contribution): entity resolution against the
// officials on record and the dates of its sightings, without storage.
#include <catch2/catch.hpp>

#include <map>

#include "graph/contribution.h"

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
