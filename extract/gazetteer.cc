#include "extract/gazetteer.h"

#include <unordered_map>

#include "extract/normalize.h"

namespace vnkg::extract {
namespace {

std::vector<std::string_view> SplitTabs(std::string_view line) {
  std::vector<std::string_view> out;
  size_t start = 0;
  for (;;) {
    size_t tab = line.find('\t', start);
    out.push_back(line.substr(start, tab == std::string_view::npos ? tab : tab - start));
    if (tab == std::string_view::npos) break;
    start = tab + 1;
  }
  return out;
}

std::string CollapseSpaces(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (c == ' ' && (out.empty() || out.back() == ' ')) continue;
    out.push_back(c);
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

}  // namespace

std::unique_ptr<Gazetteer> Gazetteer::Parse(std::string_view tsv, std::string_view map,
                                             std::string* error) {
  auto g = std::unique_ptr<Gazetteer>(new Gazetteer());
  g->map_ = std::string(map);
  std::unordered_map<std::string, int> by_code;
  std::vector<std::string> parent_codes;
  size_t line_no = 0;
  size_t pos = 0;
  while (pos < tsv.size()) {
    size_t nl = tsv.find('\n', pos);
    std::string_view line = tsv.substr(pos, nl == std::string_view::npos ? nl : nl - pos);
    pos = nl == std::string_view::npos ? tsv.size() : nl + 1;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line_no++ == 0 || line.empty()) continue;
    auto cols = SplitTabs(line);
    if (cols.size() < 5) {
      if (error) *error = "gazetteer line " + std::to_string(line_no) + ": expected 5 columns";
      return nullptr;
    }
    Unit u;
    u.level = cols[0].empty() ? 0 : cols[0][0] - '0';
    u.code = std::string(cols[1]);
    std::string type = CollapseSpaces(cols[2]);
    std::string full = CollapseSpaces(cols[3]);
    u.central_city = type == "Thành phố Trung ương";
    std::string type_word = u.central_city ? "Thành phố" : type;
    u.type = ToLower(type_word);
    if (full.compare(0, type_word.size(), type_word) == 0 && full.size() > type_word.size())
      u.name = full.substr(type_word.size() + 1);
    else
      u.name = full;
    if (u.level < 1 || u.level > 3) {
      if (error) *error = "gazetteer line " + std::to_string(line_no) + ": bad level";
      return nullptr;
    }
    by_code[u.code] = static_cast<int>(g->units_.size());
    parent_codes.emplace_back(cols[4]);
    g->units_.push_back(std::move(u));
  }
  std::unordered_map<std::string, int> group_of;
  for (size_t i = 0; i < g->units_.size(); ++i) {
    Unit& u = g->units_[i];
    if (!parent_codes[i].empty()) {
      auto it = by_code.find(parent_codes[i]);
      if (it != by_code.end()) u.parent = it->second;
    }
    std::string key = FoldKey(u.name);
    auto [it, fresh] = group_of.emplace(key, static_cast<int>(g->groups_.size()));
    if (fresh) {
      g->groups_.emplace_back();
      g->names_.Add(u.name, it->second);
    }
    g->groups_[it->second].push_back(static_cast<int>(i));
    g->by_full_name_[LiteralKey(u.type) + " " + key].push_back(static_cast<int>(i));
  }
  return g;
}

size_t Gazetteer::MatchName(const std::vector<Token>& tokens, size_t pos, size_t limit,
                            std::vector<int>* units) const {
  PhraseMatcher::Match m = names_.Find(tokens, pos, limit);
  if (m.length == 0) return 0;
  // Names are proper nouns: every syllable but numbers starts upper case.
  for (size_t i = pos; i < pos + m.length; ++i)
    if (tokens[i].word && !tokens[i].number && !tokens[i].cap) return 0;
  if (units) *units = groups_[m.value];
  return m.length;
}

std::vector<int> Gazetteer::FindFullName(std::string_view full_name) const {
  auto it = by_full_name_.find(FoldKey(full_name));
  return it == by_full_name_.end() ? std::vector<int>{} : it->second;
}

int Gazetteer::AncestorAt(int i, int level) const {
  while (i >= 0 && units_[i].level > level) i = units_[i].parent;
  return i >= 0 && units_[i].level == level ? i : -1;
}

}  // namespace vnkg::extract
