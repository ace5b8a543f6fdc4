// JSON renderings of graph/queries' answers, one per answer type, shared by
// `vnkg query --json` and the HTTP API so that both print the same objects
// (README.md, "JSON answers"). Rendering only: no graph logic here.
#ifndef VNKG_API_ANSWER_JSON_H_
#define VNKG_API_ANSWER_JSON_H_

#include <cstddef>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "graph/queries.h"
#include "graph/status.h"

namespace vnkg::api {

using nlohmann::json;

json Opt(const std::optional<std::string>& v);

// The envelope of every answer: {"results", "total", "limit", "offset"}.
json Envelope(json results, size_t total, const graph::Page& page);

// Renders answers read from `r`. Evidence is cited (story title, URL and
// sentence), which reads stories: the first storage error met is kept in
// error(), and the caller must not use what was rendered once it is set.
// Not thread-safe; one per request. REQUIRES: `r` outlives it.
class AnswerJson {
 public:
  explicit AnswerJson(const graph::GraphReader& r) : r_(r), citer_(r) {}

  const Status& error() const { return error_; }

  // {"kind", "id", "name", "province", "map"?} (province null when unknown;
  // map for organizations and places on a known map).
  json SearchHit(const graph::SearchHit& h);
  json PersonHead(const graph::Node& n);
  // The head with "roles", "meetings" and "merged_from" (each story's doc
  // and why its mention was joined to this person).
  json Person(const graph::PersonAnswer& a);
  json Terms(const std::vector<graph::Term>& terms);
  json Evidence(const graph::Evidence& e);
  json Meeting(const graph::MeetingAnswer& m);
  // {"kind", "id", "name", "neighbours", "edges", "truncated"}.
  json Neighbourhood(const graph::Neighbourhood& hood);
  // A unit of either map: {"kind": "locality", "id", "name", "level", "map",
  // "code", "valid_from", "valid_until", "in_graph", "share"?}.
  json Unit(const graph::LocalityUnit& u);
  // The unit with its "parents", "children", "predecessors", "successors".
  json Locality(const graph::LocalityAnswer& a);
  // What a node is, with its kind's data: graph::NodeJson.
  json Node(const graph::Node& n);

 private:
  bool Keep(const Status& s);

  const graph::GraphReader& r_;
  graph::Citer citer_;
  Status error_;
};

}  // namespace vnkg::api

#endif  // VNKG_API_ANSWER_JSON_H_
