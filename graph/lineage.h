// The July 2025 reform as data: the units of the March 2025 map and of the
// post-reform map, and which post-reform unit(s) took over each March unit
// (graph/data/localities-2025-07-successors.tsv, from ../shared/data; see
// its README there). A unit's identity is (map, code): a new unit may keep an
// old code (Đồng Tháp is 82, formerly Tiền Giang's code).
//
// graph/ knows no text rules: the caller parses the TSV texts with its own
// folding functions (api/ passes extract's), so units carry their names
// already folded the way records' keys and search names are.
#ifndef VNKG_GRAPH_LINEAGE_H_
#define VNKG_GRAPH_LINEAGE_H_

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "graph/status.h"

namespace vnkg::graph {

// The maps, as records spell them (FORMAT.md, "Which map"), and the day the
// second one came into force.
inline constexpr char kMarchMap[] = "2025-03";
inline constexpr char kJulyMap[] = "2025-07";
inline constexpr char kReformDay[] = "2025-07-01";

// When a map's units were in force: [from, until); none when open.
struct MapValidity {
  std::optional<std::string> from, until;
};
// March: until 2025-07-01; July: from 2025-07-01; others: both open.
MapValidity ValidityOf(std::string_view map);

// A name three ways: as displayed, folded (records' `key`), diacritic-free
// (records' `search`).
struct Names {
  std::string name, key, search;
};

struct Unit {
  std::string map, code;
  int level = 0;                  // 1 province, 2 district, 3 commune (and đặc khu)
  Names full;                     // "tỉnh Tiền Giang": type word in lower case, as records
  Names bare;                     // "Tiền Giang": without the type word
  std::string type_key;           // the folded type word: "tinh4", "thanh2 phô1"
  std::string parent_code;        // "" for provinces
  const char* LevelName() const;  // "province", "district", "commune"
};

// How much of an old unit went into a new one. Persisted as the qualifier of
// succeeded_by edges: never renumber.
enum class Share : uint32_t { kWhole = 1, kPart = 2 };
const char* ShareName(uint32_t qualifier);  // "whole", "part", "" for others

struct Link {
  const Unit* unit = nullptr;
  Share share = Share::kWhole;
};

class Lineage {
 public:
  struct Folders {
    std::function<std::string(std::string_view)> key;    // as records' keys
    std::function<std::string(std::string_view)> ascii;  // as records' search names
    std::function<std::string(std::string_view)> lower;  // lower case only
    // Names as records display them (records' tone placement).
    std::function<std::string(std::string_view)> display;
  };
  // Parses the two unit lists (level, code, type, name, parent_code, with a
  // header line), the successor table (old_code, new_code, share, ...,
  // with a header line) and the body words (graph/data/body-words.tsv:
  // '#' comments, a header line, then body, type, word). InvalidArgument
  // naming the file and line when a row is malformed or names a code absent
  // from its map.
  static Status Parse(std::string_view march_tsv, std::string_view july_tsv,
                      std::string_view successors_tsv, std::string_view body_words_tsv,
                      const Folders& fold, std::unique_ptr<Lineage>* out);
  Lineage(const Lineage&) = delete;
  Lineage& operator=(const Lineage&) = delete;

  // The unit (map, code), or null.
  const Unit* Find(std::string_view map, std::string_view code) const;
  // The unit whose locality node id (graph::LocalityNodeRef) is `id`, or
  // null: a unit's id is known whether or not a story wrote its node.
  const Unit* FindNode(uint64_t id) const;
  // Units on either map whose full or bare name, folded (records' key) or
  // diacritic-free (records' search), is `key` (March first).
  std::vector<const Unit*> Named(std::string_view key) const;
  const Unit* Parent(const Unit& u) const;
  // The province a unit lies in (itself for a province), or null.
  const Unit* Province(const Unit& u) const;
  std::vector<const Unit*> Children(const Unit& u) const;
  // A March unit's successors on the July map; empty for July units.
  std::vector<Link> Successors(const Unit& u) const;
  // A July unit's predecessors on the March map; empty for March units.
  std::vector<Link> Predecessors(const Unit& u) const;

  // The name of the body that `body` (a body of unit `from`, named after it:
  // "Tỉnh ủy Tiền Giang", "Đảng ủy xã A") has in unit `to`: the unit's name
  // in the body's name (its last words, in full or bare form) replaced by
  // `to`'s in the same form ("Tỉnh ủy Đồng Tháp", "Đảng ủy xã C"); with the
  // bare form across a change of type, the body word too ("Tỉnh ủy Bình
  // Dương" -> "Thành ủy Hồ Chí Minh"). False when the body's name does not
  // end with `from`'s name, when the units differ in level, or when the type
  // changes and no body word of the table fits.
  bool CounterpartBody(const Names& body, const Unit& from, const Unit& to, Names* out) const;

 private:
  Lineage() = default;
  // Replaces the body word of `from`'s type ending `before` by the same
  // body's word for `to`'s type; false when none fits.
  bool RenameBodyWord(const Unit& from, const Unit& to, Names* before) const;
  struct BodyWord {
    std::string body, type_key;
    Names word;
  };
  std::vector<BodyWord> body_words_;
  std::map<std::pair<std::string, std::string>, Unit> units_;  // (map, code)
  std::unordered_map<uint64_t, const Unit*> by_node_;           // locality node id
  std::multimap<std::string, const Unit*> by_key_;
  std::multimap<std::pair<std::string, std::string>, const Unit*> children_;
  std::multimap<std::string, std::pair<std::string, Share>> successors_;    // old -> new code
  std::multimap<std::string, std::pair<std::string, Share>> predecessors_;  // new -> old code
};

}  // namespace vnkg::graph

#endif  // VNKG_GRAPH_LINEAGE_H_
