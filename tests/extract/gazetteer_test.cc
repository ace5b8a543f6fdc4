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

TEST_CASE("rows that capitalise their type word are found by name", "[gazetteer]") {
  const Gazetteer& g = Embedded();
  auto toks = Tokenize("Đồng Hới");  // the file writes "Thành Phố Đồng Hới"
  std::vector<int> units;
  REQUIRE(g.MatchName(toks, 0, toks.size(), &units) == 2);
  bool city = false;
  for (int u : units) city = city || (g.unit(u).type == "thành phố" && g.unit(u).code == "450");
  CHECK(city);
}

TEST_CASE("both maps in one index; units keep their map and code", "[gazetteer]") {
  std::string error;
  auto lex = Lexicon::LoadEmbedded(&error);
  REQUIRE(lex);
  const Gazetteer& both = lex->AtlasAt(std::nullopt);
  CHECK(both.size() == lex->gazetteer->size() + lex->gazetteer_2025_07->size());
  CHECK(both.map().empty());
  // Code 82 is Tiền Giang on the March map and Đồng Tháp on the July map.
  std::vector<std::string> names;
  for (int u : both.FindFullName("Tỉnh Đồng Tháp")) names.push_back(both.unit(u).map + " " + both.unit(u).code);
  CHECK(names == std::vector<std::string>{"2025-03 87", "2025-07 82"});
  for (int u : both.FindFullName("Xã Mỹ Thiện"))
    if (both.unit(u).map == "2025-07") CHECK(both.unit(both.unit(u).parent).name == "Đồng Tháp");
  // A matcher that keeps one map finds the longest name that map has.
  auto toks = Tokenize("Phú Hòa 1");
  std::vector<int> units;
  CHECK(both.MatchName(toks, 0, toks.size(), &units,
                       [&](int u) { return both.unit(u).map == "2025-07"; }) == 3);
  CHECK(both.MatchName(toks, 0, toks.size(), &units,
                       [&](int u) { return both.unit(u).map == "2025-03"; }) == 2);
}

TEST_CASE("dated renames apply from their date on", "[gazetteer]") {
  std::string error;
  auto lex = Lexicon::LoadEmbedded(&error);
  REQUIRE(lex);
  auto dong_nai = [&](const std::optional<std::string>& date) {
    const Gazetteer& g = lex->AtlasAt(date);
    for (int u : g.FindFullName("Thành phố Đồng Nai")) return g.unit(u).map + " " + g.unit(u).code;
    for (int u : g.FindFullName("Tỉnh Đồng Nai"))
      if (g.unit(u).map == "2025-07") return std::string("tỉnh");
    return std::string("none");
  };
  CHECK(dong_nai(std::nullopt) == "tỉnh");
  CHECK(dong_nai(std::string("2026-04-29")) == "tỉnh");
  CHECK(dong_nai(std::string("2026-04")) == "tỉnh");  // April is partly before
  CHECK(dong_nai(std::string("2026-04-30")) == "2025-07 75");
  CHECK(dong_nai(std::string("2026-05")) == "2025-07 75");
  CHECK(dong_nai(std::string("2027")) == "2025-07 75");
  const Gazetteer& after = lex->AtlasAt(std::string("2026-06-01"));
  int wards = 0;
  for (size_t i = 0; i < after.size(); ++i)
    if (after.unit(i).map == "2025-07" && after.unit(i).type == "phường" &&
        after.unit(after.unit(i).parent).code == "75")
      ++wards;
  CHECK(wards == 33);  // 23 wards and 10 communes made wards

  std::vector<Rename> renames;
  CHECK_FALSE(Gazetteer::ParseRenames("from\tmap\tcode\ttype\tname\n2026\t2025-07\n", &renames, &error));
  CHECK(Gazetteer::ParseRenames("from\tmap\tcode\ttype\tname\n2026-04-30\t2025-07\t99999\tPhường\tPhường X\n",
                                &renames, &error));
  CHECK_FALSE(Gazetteer::Renamed(*lex->gazetteer_2025_07, renames, "2026-05-01", &error));
}
