#include <catch2/catch.hpp>

#include <random>
#include <string>
#include <vector>

#include "extract/normalize.h"
#include "extract/phrase_matcher.h"

using namespace vnkg::extract;

TEST_CASE("longest phrase wins and matching is tone-placement neutral", "[matcher]") {
  PhraseMatcher m;
  m.Add("Ban Thường vụ", 1);
  m.Add("Ban", 2);
  m.Add("Ủy ban nhân dân", 3);
  m.Add("đ/c", 4);
  auto toks = Tokenize("ban thường vụ Uỷ ban nhân dân Ban Tổ đ/c");
  auto r = m.Find(toks, 0, toks.size());
  CHECK(r.length == 3);
  CHECK(r.value == 1);
  r = m.Find(toks, 3, toks.size());
  CHECK(r.length == 4);
  CHECK(r.value == 3);
  r = m.Find(toks, 7, toks.size());
  CHECK(r.length == 1);
  CHECK(r.value == 2);
  r = m.Find(toks, 9, toks.size());
  CHECK(r.value == 4);
  CHECK(m.Find(toks, 0, 2).value == 2);  // the limit cuts the longer phrase
}

// Cross-check against a naive reference: compare every phrase at every position.
TEST_CASE("trie agrees with a naive longest-match", "[matcher]") {
  const std::vector<std::string> vocab = {"bí", "thư", "phó", "tỉnh", "ủy", "ban", "thường", "vụ"};
  std::mt19937 rng(7);
  std::vector<std::vector<std::string>> phrases;
  PhraseMatcher m;
  for (int i = 0; i < 60; ++i) {
    std::vector<std::string> p(1 + rng() % 3);
    std::string text;
    for (auto& w : p) {
      w = vocab[rng() % vocab.size()];
      text += (text.empty() ? "" : " ") + w;
    }
    m.Add(text, i);
    phrases.push_back(p);
  }
  std::string doc;
  for (int i = 0; i < 300; ++i) doc += vocab[rng() % vocab.size()] + " ";
  auto toks = Tokenize(doc);
  for (size_t pos = 0; pos < toks.size(); ++pos) {
    size_t best = 0;
    int value = -1;
    for (size_t k = 0; k < phrases.size(); ++k) {
      const auto& p = phrases[k];
      if (pos + p.size() > toks.size() || p.size() <= best) continue;
      bool ok = true;
      for (size_t j = 0; j < p.size() && ok; ++j) ok = toks[pos + j].key == FoldKey(p[j]);
      // The first phrase added keeps its value when a phrase repeats.
      if (ok && (p.size() > best)) { best = p.size(); value = static_cast<int>(k); }
    }
    if (best) {
      // Find the first index with that exact phrase (duplicates keep the first value).
      for (size_t k = 0; k < phrases.size(); ++k)
        if (phrases[k] == phrases[value]) { value = static_cast<int>(k); break; }
    }
    auto r = m.Find(toks, pos, toks.size());
    REQUIRE(r.length == best);
    if (best) REQUIRE(r.value == value);
  }
}
