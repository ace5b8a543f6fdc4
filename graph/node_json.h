// A node as JSON, one rendering for every renderer (the API's answers and
// the JSON export): {"id", "kind", "name"} and its kind's data, absent
// values as null.
#ifndef VNKG_GRAPH_NODE_JSON_H_
#define VNKG_GRAPH_NODE_JSON_H_

#include <nlohmann/json.hpp>

#include "graph/node.h"

namespace vnkg::graph {

// person: province; organization: org_kind, province, locality, map;
// locality: level, code, parent, map, candidates (while ambiguous);
// meeting: date, organizer, locality, doc; article: date, url, doc, title,
// author.
nlohmann::json NodeJson(const Node& n);

}  // namespace vnkg::graph

#endif  // VNKG_GRAPH_NODE_JSON_H_
