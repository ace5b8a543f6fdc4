// Vietnam's administrative units (extract/data/localities-2025-03.tsv): name
// lookup over folded keys, types, levels and parents. Many names repeat
// across the country; lookups return every candidate.
#ifndef VNKG_EXTRACT_GAZETTEER_H_
#define VNKG_EXTRACT_GAZETTEER_H_

#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "extract/phrase_matcher.h"

namespace vnkg::extract {

struct Unit {
  std::string code;
  int level = 0;          // 1 province, 2 district, 3 commune
  std::string type;       // lower case type word: "tỉnh", "thành phố", "quận", "xã"...
  bool central_city = false;  // "Thành phố Trung ương"
  std::string name;       // without the type word: "Cần Thơ"
  int parent = -1;        // index of the parent unit, -1 for provinces
  // "thành phố Cần Thơ": type word in lower case, then the name.
  std::string FullName() const { return type + " " + name; }
};

class Gazetteer {
 public:
  // Parses the TSV (header line first). Returns nullptr and sets *error on a
  // malformed file.
  // `map` names the map the file describes, as records spell it: "2025-03"
  // or "2025-07" (FORMAT.md, "Which map").
  static std::unique_ptr<Gazetteer> Parse(std::string_view tsv, std::string_view map,
                                          std::string* error);

  const std::string& map() const { return map_; }

  const Unit& unit(int i) const { return units_[i]; }
  size_t size() const { return units_.size(); }

  // Longest unit name starting at tokens[pos]; on a match *units gets every
  // unit of that name. Returns the tokens matched (0: none).
  size_t MatchName(const std::vector<Token>& tokens, size_t pos, size_t limit,
                   std::vector<int>* units) const;

  // Units whose full name ("Thành phố Hồ Chí Minh") folds to `full_name`.
  std::vector<int> FindFullName(std::string_view full_name) const;

  // The ancestor of unit `i` at `level` (itself when already there), or -1.
  int AncestorAt(int i, int level) const;

 private:
  std::string map_;
  std::vector<Unit> units_;
  std::vector<std::vector<int>> groups_;  // units sharing one folded name
  PhraseMatcher names_;                   // name -> group index
  std::unordered_map<std::string, std::vector<int>> by_full_name_;  // folded "thành phố cần thơ"
};

}  // namespace vnkg::extract

#endif  // VNKG_EXTRACT_GAZETTEER_H_
