// The reform's lineage (graph/lineage): units by (map, code), successors and
// predecessors with their share, and the names bodies take across it.
#include "graph/lineage.h"

#include <catch2/catch.hpp>

#include "tests/graph/lineage_fixture.h"

using namespace vnkg;
using namespace vnkg::graph;

TEST_CASE("a unit is (map, code): a July unit may keep a March code", "[graph][lineage]") {
  auto l = testing::SmallReform();
  REQUIRE(l);
  const Unit* tg = l->Find(kMarchMap, "82");
  const Unit* dt = l->Find(kJulyMap, "82");
  REQUIRE(tg);
  REQUIRE(dt);
  CHECK(tg->full.name == "tinh Tien Giang");
  CHECK(tg->bare.name == "Tien Giang");
  CHECK(dt->full.name == "tinh Dong Thap");
  CHECK(std::string(tg->LevelName()) == "province");
  CHECK(l->Find(kJulyMap, "87") == nullptr);
  // A central city's type word is the name's first words ("Thanh pho").
  CHECK(l->Find(kJulyMap, "79")->bare.name == "Ho Chi Minh");
  CHECK(l->Find(kJulyMap, "79")->type_key == "thanh pho");

  auto succ = l->Successors(*tg);
  REQUIRE(succ.size() == 1);
  CHECK(succ[0].unit == dt);
  CHECK(succ[0].share == Share::kWhole);
  CHECK(l->Successors(*dt).empty());
  auto pred = l->Predecessors(*dt);
  REQUIRE(pred.size() == 2);
  CHECK(((pred[0].unit->code == "82" && pred[1].unit->code == "87") ||
         (pred[0].unit->code == "87" && pred[1].unit->code == "82")));
  CHECK(l->Predecessors(*tg).empty());

  // A split commune: a part to each new unit.
  auto split = l->Successors(*l->Find(kMarchMap, "28003"));
  REQUIRE(split.size() == 2);
  CHECK(split[0].share == Share::kPart);
  CHECK(split[1].share == Share::kPart);
  CHECK(std::string(ShareName(static_cast<uint32_t>(Share::kPart))) == "part");

  // Names on either map, March first; parents, provinces and children.
  auto named = l->Named("tinh dong thap");
  REQUIRE(named.size() == 2);
  CHECK(named[0]->map == kMarchMap);
  CHECK(named[1]->map == kJulyMap);
  CHECK(l->Named("dong thap").size() == 2);
  CHECK(l->Named("Dong Thap").empty());
  const Unit* an = l->Find(kMarchMap, "28001");
  CHECK(l->Parent(*an)->code == "815");
  CHECK(l->Province(*an) == tg);
  CHECK(l->Children(*dt).size() == 2);
  CHECK(ValidityOf(kMarchMap).until == std::string(kReformDay));
  CHECK_FALSE(ValidityOf(kMarchMap).from);
  CHECK(ValidityOf(kJulyMap).from == std::string(kReformDay));
}

TEST_CASE("the lineage refuses a successor row naming an unknown code", "[graph][lineage]") {
  std::unique_ptr<Lineage> l;
  std::string bad = std::string(testing::kSuccessors) + "99\t82\twhole\tx\t1\tA\tB\n";
  Status s = Lineage::Parse(testing::kMarch, testing::kJuly, bad, testing::kBodyWords,
                            testing::AsciiFolders(), &l);
  CHECK_FALSE(s.ok());
  CHECK(s.message().find("line 11") != std::string::npos);
}

TEST_CASE("a body's name across the reform", "[graph][lineage]") {
  auto l = testing::SmallReform();
  REQUIRE(l);
  Names out;
  const Unit* tg = l->Find(kMarchMap, "82");
  const Unit* dt = l->Find(kJulyMap, "82");
  // The bare form: "Tinh uy Tien Giang" -> "Tinh uy Dong Thap".
  REQUIRE(l->CounterpartBody({"Tinh uy Tien Giang", "tinh uy tien giang", "tinh uy tien giang"},
                             *tg, *dt, &out));
  CHECK(out.name == "Tinh uy Dong Thap");
  CHECK(out.key == "tinh uy dong thap");
  CHECK(out.search == "tinh uy dong thap");
  // The full form, with a change of type word: "Dang uy xa An" -> "Dang uy phuong Cuu Long".
  REQUIRE(l->CounterpartBody({"Dang uy xa An", "dang uy xa an", "dang uy xa an"},
                             *l->Find(kMarchMap, "28001"), *l->Find(kJulyMap, "28001"), &out));
  CHECK(out.name == "Dang uy phuong Cuu Long");
  // A bare name across a change of type takes the body word of the new type;
  // without one in the table, no name.
  REQUIRE(
      l->CounterpartBody({"Ban Tuyen giao Tinh uy Binh Duong", "ban tuyen giao tinh uy binh duong",
                          "ban tuyen giao tinh uy binh duong"},
                         *l->Find(kMarchMap, "74"), *l->Find(kJulyMap, "79"), &out));
  CHECK(out.name == "Ban Tuyen giao Thanh uy Ho Chi Minh");
  CHECK(out.key == "ban tuyen giao thanh uy ho chi minh");
  REQUIRE(l->CounterpartBody({"Tinh uy Binh Duong", "tinh uy binh duong", "tinh uy binh duong"},
                             *l->Find(kMarchMap, "74"), *l->Find(kJulyMap, "79"), &out));
  CHECK(out.name == "Thanh uy Ho Chi Minh");
  CHECK_FALSE(
      l->CounterpartBody({"Tinh doan Binh Duong", "tinh doan binh duong", "tinh doan binh duong"},
                         *l->Find(kMarchMap, "74"), *l->Find(kJulyMap, "79"), &out));
  // Another level, or a body not named after the unit.
  CHECK_FALSE(l->CounterpartBody({"Thanh uy My Tho", "thanh uy my tho", "thanh uy my tho"},
                                 *l->Find(kMarchMap, "815"), *l->Find(kJulyMap, "28001"), &out));
  CHECK_FALSE(
      l->CounterpartBody({"Ban Chap hanh", "ban chap hanh", "ban chap hanh"}, *tg, *dt, &out));
}
