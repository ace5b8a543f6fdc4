// A trie over folded token keys that finds the longest lexicon phrase
// starting at a token. Build with Add() then use Find() from any thread.
#ifndef VNKG_EXTRACT_PHRASE_MATCHER_H_
#define VNKG_EXTRACT_PHRASE_MATCHER_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "extract/tokenizer.h"

namespace vnkg::extract {

class PhraseMatcher {
 public:
  struct Match {
    size_t length = 0;  // tokens matched; 0 when nothing matched
    int value = -1;
  };

  PhraseMatcher();
  PhraseMatcher(const PhraseMatcher&) = delete;
  PhraseMatcher& operator=(const PhraseMatcher&) = delete;
  PhraseMatcher(PhraseMatcher&&) = default;
  PhraseMatcher& operator=(PhraseMatcher&&) = default;

  // Adds a phrase as written ("Ủy ban nhân dân", "đ/c"); it is tokenized and
  // folded like article text. A phrase added twice keeps its first value.
  void Add(std::string_view phrase, int value);
  // The same for a phrase already tokenized: its tokens' keys.
  void AddKeys(const std::vector<std::string>& keys, int value);

  // Longest phrase starting at tokens[pos] that ends before `limit`.
  Match Find(const std::vector<Token>& tokens, size_t pos, size_t limit) const;
  // Every phrase starting at tokens[pos] that ends before `limit`, shortest first.
  std::vector<Match> FindAll(const std::vector<Token>& tokens, size_t pos, size_t limit) const;

  size_t size() const { return phrases_; }

 private:
  struct Node {
    std::unordered_map<std::string, int> next;
    int value = -1;
  };
  std::vector<Node> nodes_;
  size_t phrases_ = 0;
};

}  // namespace vnkg::extract

#endif  // VNKG_EXTRACT_PHRASE_MATCHER_H_
