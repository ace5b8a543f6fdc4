#include <catch2/catch.hpp>

#include <string>

#include "extract/tokenizer.h"

using namespace vnkg::extract;

TEST_CASE("tokens carry byte offsets, shapes and keys", "[tokenizer]") {
  std::string text = "Đồng chí Lê Văn Tâm- UBND TP.Cần Thơ, 11-6";
  auto toks = Tokenize(text);
  REQUIRE(toks.size() >= 12);
  for (const Token& t : toks) CHECK(std::string(t.Surface(text)) == text.substr(t.begin, t.end - t.begin));
  CHECK(toks[0].Surface(text) == "Đồng");
  CHECK(toks[0].cap);
  CHECK_FALSE(toks[1].cap);
  CHECK(toks[5].Surface(text) == "-");
  CHECK_FALSE(toks[5].word);
  CHECK(toks[6].all_caps);  // UBND
  CHECK(toks[7].Surface(text) == "TP");
  CHECK(toks[8].Surface(text) == ".");
  CHECK(toks.back().number);
  CHECK(toks[0].key == toks[0].key);
}

TEST_CASE("sentences split at stops and line breaks, not abbreviations", "[tokenizer]") {
  std::string text =
      "Đại hội Đảng bộ TP. Đà Nẵng bế mạc. Tăng trưởng 4.0 đạt Q.T ghi.\nDòng mới! Hết";
  auto toks = Tokenize(text);
  auto sents = SplitSentences(text, toks);
  REQUIRE(sents.size() == 4);
  auto s = [&](size_t i) { return text.substr(sents[i].byte_begin, sents[i].byte_end - sents[i].byte_begin); };
  CHECK(s(0) == "Đại hội Đảng bộ TP. Đà Nẵng bế mạc.");
  CHECK(s(1) == "Tăng trưởng 4.0 đạt Q.T ghi.");
  CHECK(s(2) == "Dòng mới!");
  CHECK(s(3) == "Hết");
}
