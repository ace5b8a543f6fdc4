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

// A unit's type and name from the file's columns: "Thành phố Trung ương"
// is a "thành phố" that is a central city; the name loses its type word.
void SetTypeAndName(std::string_view type_col, std::string_view name_col, Unit* u) {
  std::string type = CollapseSpaces(type_col);
  std::string full = CollapseSpaces(name_col);
  u->central_city = type == "Thành phố Trung ương";
  std::string type_word = u->central_city ? "Thành phố" : type;
  u->type = ToLower(type_word);
  // Some rows capitalise the type word ("Thành Phố Đồng Hới", "Thị Trấn Ái Tử").
  if (full.size() > type_word.size() && ToLower(full.substr(0, type_word.size())) == u->type)
    u->name = full.substr(type_word.size() + 1);
  else
    u->name = full;
}

// Calls fn(line number, columns) for each line after the header.
template <typename Fn>
void ForEachLine(std::string_view tsv, Fn fn) {
  size_t line_no = 0;
  size_t pos = 0;
  while (pos < tsv.size()) {
    size_t nl = tsv.find('\n', pos);
    std::string_view line = tsv.substr(pos, nl == std::string_view::npos ? nl : nl - pos);
    pos = nl == std::string_view::npos ? tsv.size() : nl + 1;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line_no++ == 0 || line.empty()) continue;
    if (!fn(line_no, SplitTabs(line))) return;
  }
}

}  // namespace

std::unique_ptr<Gazetteer> Gazetteer::Parse(std::string_view tsv, std::string_view map,
                                             std::string* error) {
  auto g = std::unique_ptr<Gazetteer>(new Gazetteer());
  g->map_ = std::string(map);
  std::unordered_map<std::string, int> by_code;
  std::vector<std::string> parent_codes;
  bool ok = true;
  ForEachLine(tsv, [&](size_t line_no, const std::vector<std::string_view>& cols) {
    if (cols.size() < 5) {
      if (error) *error = "gazetteer line " + std::to_string(line_no) + ": expected 5 columns";
      return ok = false;
    }
    Unit u;
    u.level = cols[0].empty() ? 0 : cols[0][0] - '0';
    u.code = std::string(cols[1]);
    u.map = g->map_;
    SetTypeAndName(cols[2], cols[3], &u);
    if (u.level < 1 || u.level > 3) {
      if (error) *error = "gazetteer line " + std::to_string(line_no) + ": bad level";
      return ok = false;
    }
    by_code[u.code] = static_cast<int>(g->units_.size());
    parent_codes.emplace_back(cols[4]);
    g->units_.push_back(std::move(u));
    return true;
  });
  if (!ok) return nullptr;
  for (size_t i = 0; i < g->units_.size(); ++i) {
    if (parent_codes[i].empty()) continue;
    auto it = by_code.find(parent_codes[i]);
    if (it != by_code.end()) g->units_[i].parent = it->second;
  }
  g->Index();
  return g;
}

bool Gazetteer::ParseRenames(std::string_view tsv, std::vector<Rename>* out, std::string* error) {
  bool ok = true;
  ForEachLine(tsv, [&](size_t line_no, const std::vector<std::string_view>& cols) {
    if (cols.size() < 5 || cols[0].size() != 10) {
      if (error) *error = "renames line " + std::to_string(line_no) + ": expected from, map, code, type, name";
      return ok = false;
    }
    out->push_back({std::string(cols[0]), std::string(cols[1]), std::string(cols[2]),
                    std::string(cols[3]), std::string(cols[4])});
    return true;
  });
  return ok;
}

std::unique_ptr<Gazetteer> Gazetteer::Renamed(const Gazetteer& g, const std::vector<Rename>& renames,
                                               std::string_view date, std::string* error) {
  auto r = std::unique_ptr<Gazetteer>(new Gazetteer());
  r->map_ = g.map_;
  r->units_ = g.units_;
  std::unordered_map<std::string, int> by_code;
  for (size_t i = 0; i < r->units_.size(); ++i) by_code[r->units_[i].code] = static_cast<int>(i);
  for (const Rename& rn : renames) {
    if (rn.map != g.map_ || rn.from > date) continue;
    auto it = by_code.find(rn.code);
    if (it == by_code.end()) {
      if (error) *error = "rename of " + rn.code + ": no such unit on map " + g.map_;
      return nullptr;
    }
    Unit& u = r->units_[it->second];
    SetTypeAndName(rn.type, rn.full_name, &u);
    u.key.clear();  // folded again by Index
    u.full_key.clear();
    u.token_keys.clear();
  }
  r->Index();
  return r;
}

std::unique_ptr<Gazetteer> Gazetteer::Combine(const std::vector<const Gazetteer*>& maps) {
  auto c = std::unique_ptr<Gazetteer>(new Gazetteer());
  for (const Gazetteer* g : maps) {
    int offset = static_cast<int>(c->units_.size());
    for (Unit u : g->units_) {
      if (u.parent >= 0) u.parent += offset;
      c->units_.push_back(std::move(u));
    }
  }
  c->Index();
  return c;
}

void Gazetteer::Index() {
  std::unordered_map<std::string, int> group_of;
  for (size_t i = 0; i < units_.size(); ++i) {
    Unit& u = units_[i];
    if (u.key.empty()) {
      u.key = FoldKey(u.name);
      u.full_key = LiteralKey(u.type) + " " + u.key;
      for (const Token& t : Tokenize(u.name)) u.token_keys.push_back(t.key);
    }
    auto [it, fresh] = group_of.emplace(u.key, static_cast<int>(groups_.size()));
    if (fresh) {
      groups_.emplace_back();
      names_.AddKeys(u.token_keys, it->second);
    }
    groups_[it->second].push_back(static_cast<int>(i));
    by_full_name_[u.full_key].push_back(static_cast<int>(i));
  }
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

size_t Gazetteer::MatchName(const std::vector<Token>& tokens, size_t pos, size_t limit,
                            std::vector<int>* units, const std::function<bool(int)>& keep) const {
  std::vector<PhraseMatcher::Match> all = names_.FindAll(tokens, pos, limit);
  for (auto m = all.rbegin(); m != all.rend(); ++m) {
    bool proper = true;
    for (size_t i = pos; i < pos + m->length; ++i)
      proper = proper && !(tokens[i].word && !tokens[i].number && !tokens[i].cap);
    if (!proper) return 0;  // as above: a lower-case syllable names no place
    std::vector<int> kept;
    for (int u : groups_[m->value])
      if (keep(u)) kept.push_back(u);
    if (kept.empty()) continue;
    if (units) *units = std::move(kept);
    return m->length;
  }
  return 0;
}

std::vector<int> Gazetteer::FindFullName(std::string_view full_name) const {
  auto it = by_full_name_.find(FoldKey(full_name));
  return it == by_full_name_.end() ? std::vector<int>{} : it->second;
}

int Gazetteer::FindCode(std::string_view code) const {
  for (size_t i = 0; i < units_.size(); ++i)
    if (units_[i].code == code) return static_cast<int>(i);
  return -1;
}

int Gazetteer::AncestorAt(int i, int level) const {
  while (i >= 0 && units_[i].level > level) i = units_[i].parent;
  return i >= 0 && units_[i].level == level ? i : -1;
}

}  // namespace vnkg::extract
