// Across the July 2025 reform on a real store, with the data compiled in
// (api/knowledge.h): the lineage of real units, holders of a body and of the
// bodies it succeeded, and the locality query answered from the table.
#include <unistd.h>

#include <catch2/catch.hpp>
#include <filesystem>

#include "api/ingest.h"
#include "api/knowledge.h"
#include "graph/queries.h"
#include "store/store.h"

using namespace vnkg;

TEST_CASE("the compiled-in lineage: Tiền Giang went whole into Đồng Tháp (82)", "[reform]") {
  graph::Knowledge k;
  REQUIRE(api::GraphKnowledge(&k).ok());
  REQUIRE(k.lineage);
  REQUIRE(k.national);
  const graph::Unit* tg = k.lineage->Find(graph::kMarchMap, "82");
  REQUIRE(tg);
  CHECK(tg->full.name == "tỉnh Tiền Giang");
  auto next = k.lineage->Successors(*tg);
  REQUIRE(next.size() == 1);
  CHECK(next[0].unit->full.name == "tỉnh Đồng Tháp");
  CHECK(next[0].unit->code == "82");
  CHECK(k.lineage->Predecessors(*next[0].unit).size() == 2);
  // Bình Dương, Bà Rịa - Vũng Tàu and Hồ Chí Minh -> Hồ Chí Minh (79).
  CHECK(k.lineage->Predecessors(*k.lineage->Find(graph::kJulyMap, "79")).size() == 3);
  CHECK(k.national->BodyOf("Ủy viên", "Ban Chấp hành Trung ương Đảng").find("Central Committee") !=
        std::string::npos);
  CHECK(k.national->BodyOf("Bộ trưởng", "Bộ Công an") != "");
  CHECK(k.national->BodyOf("Thứ trưởng", "Bộ Công an") == "");
  CHECK(k.national->BodyOf("Ủy viên", "Tỉnh ủy Bến Tre") == "");
}

TEST_CASE("holders with predecessors and the locality query on a real store", "[reform]") {
  char tmpl[] = "/tmp/vnkg-reform-test-XXXXXX";
  std::filesystem::path dir = mkdtemp(tmpl);
  std::unique_ptr<store::Store> st;
  REQUIRE(store::Store::Open(dir.string(), &st).ok());
  std::string error;
  auto x = extract::Extractor::Create(&error);
  REQUIRE(x);
  for (auto [id, date, text] :
       {std::tuple{"tg", "2020-07-16",
                   "Ngày 15/7/2020, Tỉnh ủy Tiền Giang tổ chức hội nghị. Đồng chí Nguyễn Văn "
                   "Danh, Bí thư Tỉnh ủy Tiền Giang chủ trì hội nghị."},
        std::tuple{"dt", "2025-10-21",
                   "Ngày 20/10/2025, Tỉnh ủy Đồng Tháp tổ chức hội nghị. Đồng chí Lê Quốc "
                   "Phong, Bí thư Tỉnh ủy Đồng Tháp chủ trì hội nghị."}}) {
    api::IngestOutcome outcome;
    store::ApplyStats stats;
    REQUIRE(api::IngestArticle(*x, st.get(), {id, text, {}, std::string(date), std::string(id)},
                               &outcome, &stats)
                .ok());
  }
  std::unique_ptr<graph::GraphReader> r;
  REQUIRE(st->NewReader(&r).ok());
  std::vector<graph::NodeRef> found;
  REQUIRE(graph::FindNodes(*r, graph::NodeKind::kOrganization, "Tỉnh ủy Đồng Tháp",
                           "tinh uy dong thap", &found)
              .ok());
  REQUIRE(found.size() == 1);
  std::vector<graph::Term> terms;
  REQUIRE(graph::HoldersWithPredecessors(*r, found[0], nullptr, &terms).ok());
  REQUIRE(terms.size() == 2);
  CHECK(terms[0].person_name == "Nguyễn Văn Danh");
  REQUIRE(terms[0].held_in);
  CHECK(terms[0].organization_name == "Tỉnh ủy Tiền Giang");
  CHECK_FALSE(terms[1].held_in);
  REQUIRE(graph::Holders(*r, found[0], nullptr, &terms).ok());
  CHECK(terms.size() == 1);

  graph::Knowledge k;
  REQUIRE(api::GraphKnowledge(&k).ok());
  std::vector<graph::LocalityAnswer> places;
  REQUIRE(graph::FindLocalities(*r, *k.lineage, "tỉnh Tiền Giang", "tinh4 tiên2 giang",
                                "tinh tien giang", &places)
              .ok());
  REQUIRE(places.size() == 1);
  CHECK(places[0].unit.in_graph);
  CHECK(places[0].unit.valid.until == std::string(graph::kReformDay));
  REQUIRE(places[0].successors.size() == 1);
  CHECK(places[0].successors[0].name == "tỉnh Đồng Tháp");
  CHECK(places[0].successors[0].share == "whole");
  CHECK(places[0].successors[0].in_graph);
  // By id, the same answer.
  graph::LocalityAnswer by_id;
  REQUIRE(graph::GetLocality(*r, *k.lineage, places[0].unit.ref, &by_id).ok());
  CHECK(by_id.successors.size() == 1);
  r.reset();
  st.reset();
  std::filesystem::remove_all(dir);
}
