#include "extract/phrase_matcher.h"

namespace vnkg::extract {

PhraseMatcher::PhraseMatcher() : nodes_(1) {}

void PhraseMatcher::Add(std::string_view phrase, int value) {
  std::vector<std::string> keys;
  for (const Token& t : Tokenize(phrase)) keys.push_back(t.key);
  AddKeys(keys, value);
}

void PhraseMatcher::AddKeys(const std::vector<std::string>& keys, int value) {
  if (keys.empty()) return;
  int node = 0;
  for (const std::string& key : keys) {
    auto it = nodes_[node].next.find(key);
    if (it == nodes_[node].next.end()) {
      nodes_.emplace_back();
      int fresh = static_cast<int>(nodes_.size()) - 1;
      nodes_[node].next.emplace(key, fresh);
      node = fresh;
    } else {
      node = it->second;
    }
  }
  if (nodes_[node].value < 0) {
    nodes_[node].value = value;
    ++phrases_;
  }
}

PhraseMatcher::Match PhraseMatcher::Find(const std::vector<Token>& tokens, size_t pos,
                                         size_t limit) const {
  Match best;
  int node = 0;
  for (size_t i = pos; i < limit && i < tokens.size(); ++i) {
    auto it = nodes_[node].next.find(tokens[i].key);
    if (it == nodes_[node].next.end()) break;
    node = it->second;
    if (nodes_[node].value >= 0) {
      best.length = i - pos + 1;
      best.value = nodes_[node].value;
    }
  }
  return best;
}

std::vector<PhraseMatcher::Match> PhraseMatcher::FindAll(const std::vector<Token>& tokens,
                                                         size_t pos, size_t limit) const {
  std::vector<Match> out;
  int node = 0;
  for (size_t i = pos; i < limit && i < tokens.size(); ++i) {
    auto it = nodes_[node].next.find(tokens[i].key);
    if (it == nodes_[node].next.end()) break;
    node = it->second;
    if (nodes_[node].value >= 0) out.push_back({i - pos + 1, nodes_[node].value});
  }
  return out;
}

}  // namespace vnkg::extract
