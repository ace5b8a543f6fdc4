// Terms of office from sightings (graph/history), without storage.
#include <catch2/catch.hpp>

#include "graph/history.h"

using namespace vnkg::graph;

namespace {

const NodeRef kOrg{NodeKind::kOrganization, 100};
const NodeRef kOtherOrg{NodeKind::kOrganization, 200};
NodeRef P(uint64_t id) { return {NodeKind::kPerson, id}; }

Sighting Saw(NodeRef person, const std::string& position, std::optional<std::string> date,
             bool former = false, NodeRef org = kOrg) {
  Sighting s;
  s.person = person;
  s.person_name = "person " + std::to_string(person.id);
  s.position = position;
  s.organization = org;
  s.organization_name = "org " + std::to_string(org.id);
  s.evidence.date = date;
  s.evidence.former = former;
  s.evidence.position = position;
  return s;
}

const Term& Of(const std::vector<Term>& terms, NodeRef person, const std::string& position) {
  for (const Term& t : terms)
    if (t.person == person && t.position == position) return t;
  FAIL("no term of " << person.id << " as " << position);
  return terms.front();
}

}  // namespace

TEST_CASE("a successor's first sighting ends a single-holder post", "[graph][history]") {
  auto terms = BuildTerms({Saw(P(1), "Bí thư", "2019-05-10"), Saw(P(1), "Bí thư", "2020-01-02"),
                           Saw(P(2), "Bí thư", "2021-08-03"), Saw(P(2), "Bí thư", "2023-03-15")});
  REQUIRE(terms.size() == 2);
  const Term& first = terms[0];  // time order
  CHECK(first.person == P(1));
  CHECK(first.first_seen == "2019-05-10");
  CHECK(first.last_seen == "2020-01-02");
  CHECK(first.ended == "2021-08-03");
  CHECK(first.status == TermStatus::kEnded);
  const Term& second = terms[1];
  CHECK(second.person == P(2));
  CHECK(second.first_seen == "2021-08-03");
  CHECK(second.last_seen == "2023-03-15");
  CHECK_FALSE(second.ended);
  CHECK(second.status == TermStatus::kCurrent);
}

TEST_CASE("deputies and members share their post: no one ends another's term", "[graph][history]") {
  auto terms = BuildTerms({Saw(P(1), "Phó Bí thư", "2019-05-10"), Saw(P(2), "Phó Bí thư", "2021-08-03"),
                           Saw(P(3), "Ủy viên", "2019-01-01"), Saw(P(4), "Ủy viên", "2022-01-01")});
  for (const Term& t : terms) {
    CHECK(t.status == TermStatus::kCurrent);
    CHECK_FALSE(t.ended);
  }
  CHECK(IsSingleHolderPost("Bí thư"));
  CHECK(IsSingleHolderPost("Chủ tịch"));
  CHECK(IsSingleHolderPost("Trưởng ban"));
  CHECK(IsSingleHolderPost("Giám đốc"));
  CHECK_FALSE(IsSingleHolderPost("Phó Chủ tịch"));
  CHECK_FALSE(IsSingleHolderPost("Ủy viên"));
  CHECK_FALSE(IsSingleHolderPost("Trưởng"));  // a head word alone
}

TEST_CASE("a sighting as former ends the term; it does not set its dates", "[graph][history]") {
  auto terms = BuildTerms({Saw(P(1), "Bí thư", "2019-05-10"), Saw(P(1), "Bí thư", "2023-03-15", true)});
  REQUIRE(terms.size() == 1);
  CHECK(terms[0].first_seen == "2019-05-10");
  CHECK(terms[0].last_seen == "2019-05-10");
  CHECK(terms[0].ended == "2023-03-15");
  CHECK(terms[0].status == TermStatus::kEnded);
  REQUIRE(terms[0].evidence.size() == 2);
  CHECK(terms[0].evidence[1].date == "2023-03-15");
}

TEST_CASE("the earliest of a successor and a former sighting ends the term", "[graph][history]") {
  auto terms = BuildTerms({Saw(P(1), "Bí thư", "2019-05-10"), Saw(P(2), "Bí thư", "2021-08-03"),
                           Saw(P(1), "Bí thư", "2023-03-15", true)});
  CHECK(Of(terms, P(1), "Bí thư").ended == "2021-08-03");
}

TEST_CASE("a former sighting before the post is seen held again does not end it", "[graph][history]") {
  auto terms = BuildTerms({Saw(P(1), "Chủ tịch", "2018-01-01", true), Saw(P(1), "Chủ tịch", "2020-06-01")});
  CHECK(terms[0].status == TermStatus::kCurrent);
  CHECK_FALSE(terms[0].ended);
}

TEST_CASE("undated former: ended with no date; only-former terms have no dates", "[graph][history]") {
  auto terms = BuildTerms({Saw(P(1), "Giám đốc", std::nullopt, true)});
  REQUIRE(terms.size() == 1);
  CHECK(terms[0].status == TermStatus::kEnded);
  CHECK_FALSE(terms[0].ended);
  CHECK_FALSE(terms[0].first_seen);
}

TEST_CASE("terms are apart per organization and in time order, undated last", "[graph][history]") {
  auto terms = BuildTerms({Saw(P(1), "Bí thư", std::nullopt), Saw(P(1), "Chủ tịch", "2022-02-02"),
                           Saw(P(2), "Bí thư", "2021-01-01", false, kOtherOrg),
                           Saw(P(1), "Phó Bí thư", "2018-03-03")});
  REQUIRE(terms.size() == 4);
  CHECK(terms[0].position == "Phó Bí thư");
  CHECK(terms[1].person == P(2));  // another organization's Bí thư ends nothing here
  CHECK(terms[2].position == "Chủ tịch");
  CHECK(terms[3].position == "Bí thư");
  CHECK_FALSE(terms[3].first_seen);
  CHECK(Of(terms, P(1), "Bí thư").status == TermStatus::kCurrent);
}
