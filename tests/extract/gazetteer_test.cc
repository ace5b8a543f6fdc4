#include <catch2/catch.hpp>

#include <string>

#include "extract/embedded_data.h"
#include "extract/gazetteer.h"
#include "extract/lexicon.h"

using namespace vnkg::extract;

namespace {
const Gazetteer& Embedded() {
  static std::unique_ptr<Lexicon> lex = [] {
    std::string error;
    auto l = Lexicon::LoadEmbedded(&error);
    INFO(error);
    REQUIRE(l);
    return l;
  }();
  return *lex->gazetteer;
}
}  // namespace

TEST_CASE("the embedded gazetteer holds every unit with its parent", "[gazetteer]") {
  const Gazetteer& g = Embedded();
  CHECK(g.size() == 10806);
  int provinces = 0;
  for (size_t i = 0; i < g.size(); ++i) {
    if (g.unit(i).level == 1) ++provinces;
    else CHECK(g.unit(i).parent >= 0);
  }
  CHECK(provinces == 63);
}

TEST_CASE("repeated names keep every candidate; ancestors resolve", "[gazetteer]") {
  const Gazetteer& g = Embedded();
  auto toks = Tokenize("Tây Sơn");
  std::vector<int> units;
  REQUIRE(g.MatchName(toks, 0, toks.size(), &units) == 2);
  CHECK(units.size() >= 5);

  toks = Tokenize("Bình Thủy");  // the gazetteer writes "Quận Bình Thuỷ"
  REQUIRE(g.MatchName(toks, 0, toks.size(), &units) == 2);
  bool quan = false;
  for (int u : units)
    if (g.unit(u).type == "quận") {
      quan = true;
      CHECK(g.unit(g.AncestorAt(u, 1)).name == "Cần Thơ");
    }
  CHECK(quan);

  toks = Tokenize("cần thơ");  // names are proper nouns: lower case is no match
  CHECK(g.MatchName(toks, 0, toks.size(), &units) == 0);
  CHECK(g.FindFullName("Thành phố Hồ Chí Minh").size() == 1);
}

TEST_CASE("a malformed gazetteer is refused", "[gazetteer]") {
  std::string error;
  CHECK_FALSE(Gazetteer::Parse("level\tcode\ttype\tname\tparent\n1\t01\n", "2025-03", &error));
  CHECK_FALSE(error.empty());
}
