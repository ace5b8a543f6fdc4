// Role history and succession from the evidence of `holds` edges: each
// (position, organization) a person held, or each (position, person) an
// organization had, with the first and last dates the stories show.
#ifndef VNKG_GRAPH_HISTORY_H_
#define VNKG_GRAPH_HISTORY_H_

#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "graph/model.h"

namespace vnkg::graph {

// One story's statement that a person holds (or held) a post.
struct Sighting {
  std::string position;
  NodeRef other;           // the organization (for a person's history) or the person
  std::string other_name;
  nlohmann::json evidence;  // {"article","doc","date","start","end","former"}
};

struct HistoryRow {
  std::string position;
  NodeRef other;
  std::string other_name;
  std::optional<std::string> first_seen, last_seen;  // ISO dates, as precise as the stories
  bool current = false;  // some story states it as held at the time
  std::vector<nlohmann::json> evidence;  // sorted by date
};

// Groups sightings by (position, other); rows sorted by first_seen (undated last).
std::vector<HistoryRow> BuildHistory(const std::vector<Sighting>& sightings);

}  // namespace vnkg::graph

#endif  // VNKG_GRAPH_HISTORY_H_
