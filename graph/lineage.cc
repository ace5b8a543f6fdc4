#include "graph/lineage.h"

#include "graph/contribution.h"

#include <algorithm>

namespace vnkg::graph {
namespace {

std::vector<std::string_view> Split(std::string_view line, char sep) {
  std::vector<std::string_view> out;
  size_t start = 0;
  for (size_t i = 0; i <= line.size(); ++i)
    if (i == line.size() || line[i] == sep) {
      out.push_back(line.substr(start, i - start));
      start = i + 1;
    }
  return out;
}

std::vector<std::string> Words(std::string_view text) {
  std::vector<std::string> out;
  for (std::string_view w : Split(text, ' '))
    if (!w.empty()) out.emplace_back(w);
  return out;
}

std::string JoinWords(const std::vector<std::string>& words, size_t from, size_t to) {
  std::string out;
  for (size_t i = from; i < to; ++i) out += (out.empty() ? "" : " ") + words[i];
  return out;
}

// Calls fn(fields, line number) for each row after the header; stops at the
// first error fn returns.
template <typename Fn>
Status Rows(std::string_view tsv, const char* file, size_t min_fields, Fn fn) {
  size_t number = 0;
  for (std::string_view line : Split(tsv, '\n')) {
    ++number;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (number == 1 || line.empty()) continue;
    std::vector<std::string_view> fields = Split(line, '\t');
    if (fields.size() < min_fields)
      return Status::InvalidArgument(std::string(file) + " line " + std::to_string(number) +
                                     ": too few fields");
    Status s = fn(fields, number);
    if (!s.ok()) return s;
  }
  return Status::OK();
}

}  // namespace

MapValidity ValidityOf(std::string_view map) {
  if (map == kMarchMap) return {std::nullopt, std::string(kReformDay)};
  if (map == kJulyMap) return {std::string(kReformDay), std::nullopt};
  return {};
}

const char* Unit::LevelName() const {
  return level == 1 ? "province" : level == 2 ? "district" : "commune";
}

const char* ShareName(uint32_t qualifier) {
  return qualifier == static_cast<uint32_t>(Share::kWhole)  ? "whole"
         : qualifier == static_cast<uint32_t>(Share::kPart) ? "part"
                                                            : "";
}

Status Lineage::Parse(std::string_view march_tsv, std::string_view july_tsv,
                      std::string_view successors_tsv, std::string_view body_words_tsv,
                      const Folders& fold, std::unique_ptr<Lineage>* out) {
  std::unique_ptr<Lineage> l(new Lineage());
  std::string words;  // the body words without their comment lines
  for (std::string_view line : Split(body_words_tsv, '\n'))
    if (line.empty() || line[0] != '#') words += std::string(line) + "\n";
  Status read = Rows(words, "body-words.tsv", 3, [&](const auto& f, size_t) {
    std::string word(f[2]);
    l->body_words_.push_back(
        {std::string(f[0]), fold.key(f[1]), {word, fold.key(word), fold.ascii(word)}});
    return Status::OK();
  });
  if (!read.ok()) return read;
  std::map<std::string, std::vector<std::string>> type_keys;  // type -> its folded words
  std::map<std::string, std::string> lowered;                 // type word -> lower case
  for (auto [map, tsv] : {std::pair{kMarchMap, march_tsv}, std::pair{kJulyMap, july_tsv}}) {
    const std::string file = std::string("localities-") + map + ".tsv";
    Status s = Rows(tsv, file.c_str(), 4, [&](const auto& f, size_t line) {
      Unit u;
      u.map = map;
      u.level = f[0] == "1" ? 1 : f[0] == "2" ? 2 : f[0] == "3" ? 3 : 0;
      u.code = std::string(f[1]);
      if (u.level == 0 || u.code.empty())
        return Status::InvalidArgument(file + " line " + std::to_string(line) +
                                       ": bad level or code");
      // The type word is the name's first words that the type starts with
      // ("Thành phố Trung ương" names "Thành phố Hà Nội").
      // Folding is per syllable, so the whole name is folded once and split
      // (parsing runs at every start of the program).
      std::string display = fold.display(f[3]);
      std::vector<std::string> name = Words(display), keys = Words(fold.key(display)),
                               ascii = Words(fold.ascii(display));
      auto type_it = type_keys.find(std::string(f[2]));
      if (type_it == type_keys.end())
        type_it = type_keys.emplace(std::string(f[2]), Words(fold.key(f[2]))).first;
      const std::vector<std::string>& type = type_it->second;
      if (keys.size() != name.size() || ascii.size() != name.size())
        return Status::InvalidArgument(file + " line " + std::to_string(line) +
                                       ": unfoldable name");
      size_t n = 0;
      while (n < type.size() && n + 1 < name.size() && keys[n] == type[n]) ++n;
      std::string prefix = JoinWords(name, 0, n);
      auto lower_it = lowered.find(prefix);
      if (lower_it == lowered.end()) lower_it = lowered.emplace(prefix, fold.lower(prefix)).first;
      const std::string& type_word = lower_it->second;
      u.bare = {JoinWords(name, n, name.size()), JoinWords(keys, n, keys.size()),
                JoinWords(ascii, n, ascii.size())};
      u.full = {type_word.empty() ? u.bare.name : type_word + " " + u.bare.name,
                JoinWords(keys, 0, keys.size()), JoinWords(ascii, 0, ascii.size())};
      u.type_key = JoinWords(keys, 0, n);
      u.parent_code = f.size() > 4 ? std::string(f[4]) : "";
      auto key = std::make_pair(u.map, u.code);
      Unit& stored = l->units_[key] = std::move(u);
      l->by_node_[LocalityNodeRef(stored.map, stored.code).id] = &stored;
      for (const std::string* k : {&stored.full.key, &stored.bare.key, &stored.full.search,
                                   &stored.bare.search})
        l->by_key_.emplace(*k, &stored);
      if (!stored.parent_code.empty())
        l->children_.emplace(std::make_pair(stored.map, stored.parent_code), &stored);
      return Status::OK();
    });
    if (!s.ok()) return s;
  }
  const char* file = "localities-2025-07-successors.tsv";
  Status s = Rows(successors_tsv, file, 3, [&](const auto& f, size_t line) {
    std::string old_code(f[0]), new_code(f[1]);
    if (!l->Find(kMarchMap, old_code) || !l->Find(kJulyMap, new_code))
      return Status::InvalidArgument(std::string(file) + " line " + std::to_string(line) +
                                     ": a code absent from its map");
    Share share = f[2] == "part" ? Share::kPart : Share::kWhole;
    l->successors_.emplace(old_code, std::make_pair(new_code, share));
    l->predecessors_.emplace(new_code, std::make_pair(old_code, share));
    return Status::OK();
  });
  if (!s.ok()) return s;
  *out = std::move(l);
  return Status::OK();
}

const Unit* Lineage::Find(std::string_view map, std::string_view code) const {
  auto it = units_.find({std::string(map), std::string(code)});
  return it == units_.end() ? nullptr : &it->second;
}

std::vector<const Unit*> Lineage::Named(std::string_view key) const {
  std::vector<const Unit*> out;
  auto [from, to] = by_key_.equal_range(std::string(key));
  for (auto it = from; it != to; ++it)
    if (std::find(out.begin(), out.end(), it->second) == out.end()) out.push_back(it->second);
  std::stable_sort(out.begin(), out.end(),
                   [](const Unit* a, const Unit* b) { return a->map < b->map; });
  return out;
}

const Unit* Lineage::FindNode(uint64_t id) const {
  auto it = by_node_.find(id);
  return it == by_node_.end() ? nullptr : it->second;
}

const Unit* Lineage::Parent(const Unit& u) const {
  return u.parent_code.empty() ? nullptr : Find(u.map, u.parent_code);
}

const Unit* Lineage::Province(const Unit& u) const {
  const Unit* at = &u;
  for (int hops = 0; at && at->level > 1 && hops < 3; ++hops) at = Parent(*at);
  return at && at->level == 1 ? at : nullptr;
}

std::vector<const Unit*> Lineage::Children(const Unit& u) const {
  std::vector<const Unit*> out;
  auto [from, to] = children_.equal_range({u.map, u.code});
  for (auto it = from; it != to; ++it) out.push_back(it->second);
  return out;
}

std::vector<Link> Lineage::Successors(const Unit& u) const {
  std::vector<Link> out;
  if (u.map != kMarchMap) return out;
  auto [from, to] = successors_.equal_range(u.code);
  for (auto it = from; it != to; ++it)
    if (const Unit* next = Find(kJulyMap, it->second.first))
      out.push_back({next, it->second.second});
  return out;
}

std::vector<Link> Lineage::Predecessors(const Unit& u) const {
  std::vector<Link> out;
  if (u.map != kJulyMap) return out;
  auto [from, to] = predecessors_.equal_range(u.code);
  for (auto it = from; it != to; ++it)
    if (const Unit* prev = Find(kMarchMap, it->second.first))
      out.push_back({prev, it->second.second});
  return out;
}

bool Lineage::CounterpartBody(const Names& body, const Unit& from, const Unit& to,
                              Names* out) const {
  std::vector<std::string> key = Words(body.key), name = Words(body.name),
                           search = Words(body.search);
  if (from.level != to.level || name.size() != key.size() || search.size() != key.size())
    return false;
  for (bool full : {true, false}) {
    const Names& was = full ? from.full : from.bare;
    const Names& now = full ? to.full : to.bare;
    size_t tail = Words(was.key).size();
    if (tail == 0 || tail >= key.size() || JoinWords(key, key.size() - tail, key.size()) != was.key)
      continue;
    size_t head = key.size() - tail;  // the words before the unit's name
    Names before{JoinWords(name, 0, head), JoinWords(key, 0, head), JoinWords(search, 0, head)};
    if (!full && from.type_key != to.type_key && !RenameBodyWord(from, to, &before)) return false;
    *out = {before.name + " " + now.name, before.key + " " + now.key,
            before.search + " " + now.search};
    return true;
  }
  return false;
}

bool Lineage::RenameBodyWord(const Unit& from, const Unit& to, Names* before) const {
  std::vector<std::string> key = Words(before->key);
  for (const BodyWord& was : body_words_) {
    size_t n = Words(was.word.key).size();
    if (was.type_key != from.type_key || n > key.size() ||
        JoinWords(key, key.size() - n, key.size()) != was.word.key)
      continue;
    for (const BodyWord& now : body_words_) {
      if (now.body != was.body || now.type_key != to.type_key) continue;
      auto cut = [&](const std::string& text, const std::string& with) {
        std::vector<std::string> w = Words(text);
        std::string kept = JoinWords(w, 0, w.size() - n);
        return kept.empty() ? with : kept + " " + with;
      };
      *before = {cut(before->name, now.word.name), cut(before->key, now.word.key),
                 cut(before->search, now.word.search)};
      return true;
    }
  }
  return false;
}

}  // namespace vnkg::graph
