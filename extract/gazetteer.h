// Vietnam's administrative units (extract/data/localities-2025-03.tsv and
// localities-2025-07.tsv): name lookup over folded keys, types, levels and
// parents. Many names repeat across the country; lookups return every
// candidate. One Gazetteer may hold both maps (Combine): each unit carries
// the map it is on, and a unit's identity is (map, code), never the code.
#ifndef VNKG_EXTRACT_GAZETTEER_H_
#define VNKG_EXTRACT_GAZETTEER_H_

#include <functional>
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
  std::string map;        // the map the unit is on: "2025-03" or "2025-07"
  // Folded forms of the name, filled when indexed (and kept by Combine):
  // FoldKey(name), its tokens' keys, and the folded "type name".
  std::string key, full_key;
  std::vector<std::string> token_keys;
  // "thành phố Cần Thơ": type word in lower case, then the name.
  std::string FullName() const { return type + " " + name; }
};

// A later change of a unit's type and name on one map, codes unchanged
// (extract/data/renames-2025-07.tsv): from `from` (ISO date) on, the unit
// `code` of `map` is `full_name` of `type` ("Thành phố Trung ương",
// "Thành phố Đồng Nai").
struct Rename {
  std::string from, map, code, type, full_name;
};

class Gazetteer {
 public:
  // Parses the TSV (header line first). Returns nullptr and sets *error on a
  // malformed file.
  // `map` names the map the file describes, as records spell it: "2025-03"
  // or "2025-07" (FORMAT.md, "Which map").
  static std::unique_ptr<Gazetteer> Parse(std::string_view tsv, std::string_view map,
                                          std::string* error);

  // Parses a rename table (header line first; columns from, map, code,
  // type, name). Returns false and sets *error on a malformed row.
  static bool ParseRenames(std::string_view tsv, std::vector<Rename>* out, std::string* error);

  // The same map with the renames of `renames` for this map dated on or
  // before `date` applied (codes, parents and order unchanged). Sets *error
  // and returns nullptr when a rename names a code the map lacks.
  static std::unique_ptr<Gazetteer> Renamed(const Gazetteer& g, const std::vector<Rename>& renames,
                                            std::string_view date, std::string* error);

  // Every unit of `maps` in one index, in that order (a unit's index is its
  // index in its map plus the sizes of the maps before). map() is "".
  static std::unique_ptr<Gazetteer> Combine(const std::vector<const Gazetteer*>& maps);

  // The map this gazetteer describes; "" for a combination of maps.
  const std::string& map() const { return map_; }

  const Unit& unit(int i) const { return units_[i]; }
  size_t size() const { return units_.size(); }

  // Longest unit name starting at tokens[pos]; on a match *units gets every
  // unit of that name. Returns the tokens matched (0: none).
  size_t MatchName(const std::vector<Token>& tokens, size_t pos, size_t limit,
                   std::vector<int>* units) const;
  // The same, counting only the units `keep` accepts: the longest name of
  // which some unit is kept, and *units gets those units.
  size_t MatchName(const std::vector<Token>& tokens, size_t pos, size_t limit,
                   std::vector<int>* units, const std::function<bool(int)>& keep) const;

  // Units whose full name ("Thành phố Hồ Chí Minh") folds to `full_name`.
  std::vector<int> FindFullName(std::string_view full_name) const;

  // The unit of this code, or -1 (in a combination of maps, the first).
  int FindCode(std::string_view code) const;

  // The ancestor of unit `i` at `level` (itself when already there), or -1.
  int AncestorAt(int i, int level) const;

 private:
  // Builds the name indexes from units_ (parents already set).
  void Index();

  std::string map_;
  std::vector<Unit> units_;
  std::vector<std::vector<int>> groups_;  // units sharing one folded name
  PhraseMatcher names_;                   // name -> group index
  std::unordered_map<std::string, std::vector<int>> by_full_name_;  // folded "thành phố cần thơ"
};

}  // namespace vnkg::extract

#endif  // VNKG_EXTRACT_GAZETTEER_H_
