#include <catch2/catch.hpp>

#include "graph/record_json.h"

using vnkg::graph::Record;

TEST_CASE("record round-trips through JSON", "[graph]") {
  Record r;
  r.doc = "a.txt";
  r.published = "2018-06-11";
  r.author = "Anh Dũng";
  vnkg::graph::Person p;
  p.name = "Trần Quốc Trung";
  p.key = "trân2 quôc1 trung";
  p.evidence = {10, 20};
  p.roles.push_back({"Bí thư", std::string("Thành ủy Cần Thơ"), false, {10, 20}});
  p.roles.push_back({"Chủ tịch nước", std::nullopt, true, {30, 40}});
  r.people.push_back(p);
  vnkg::graph::Organization org;
  org.name = "Thành ủy Cần Thơ";
  org.kind = vnkg::graph::OrgKind::kPartyCommittee;
  org.locality = "thành phố Cần Thơ";
  org.province = "thành phố Cần Thơ";
  r.organizations.push_back(org);
  vnkg::graph::Locality loc;
  loc.name = "phường Tây Sơn";
  loc.level = vnkg::graph::LocalityLevel::kCommune;
  loc.candidates = {"14369", "23575"};
  r.localities.push_back(loc);
  vnkg::graph::Meeting m;
  m.date = "2018-06-11";
  m.organizer = "Ban Thường vụ Thành ủy Cần Thơ";
  m.name = "họp đánh giá tình hình";
  m.search = "hop danh gia tinh hinh";
  m.participants.push_back({"Trần Quốc Trung", "k", {"chair", "speaker"}, {10, 20}});
  r.meetings.push_back(m);

  nlohmann::json j = vnkg::graph::RecordToJson(r);
  CHECK(j["people"][0]["roles"][1]["organization"].is_null());
  CHECK(j["people"][0]["roles"][1]["former"] == true);
  CHECK(j["organizations"][0]["kind"] == "party_committee");
  CHECK(j["localities"][0]["level"] == "commune");

  Record back;
  std::string error;
  REQUIRE(vnkg::graph::RecordFromJson(nlohmann::json::parse(j.dump()), &back, &error));
  CHECK(vnkg::graph::RecordToJson(back) == j);
  CHECK(back.people[0].roles[1].former);
  CHECK(back.localities[0].candidates.size() == 2);
  CHECK(back.organizations[0].province == std::string("thành phố Cần Thơ"));
  CHECK(back.meetings[0].search == "hop danh gia tinh hinh");
}

TEST_CASE("malformed record JSON is refused with a reason", "[graph]") {
  Record out;
  std::string error;
  CHECK_FALSE(vnkg::graph::RecordFromJson(nlohmann::json::parse(R"({"people": []})"), &out, &error));
  CHECK_FALSE(error.empty());
  CHECK_FALSE(vnkg::graph::RecordFromJson(
      nlohmann::json::parse(R"({"doc": "x", "people": [{"roles": []}]})"), &out, &error));
}
