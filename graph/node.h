// The typed read model: nodes, the evidence behind edges, and edges, as
// queries see them. Their stored bytes are read and written by
// graph/node_codec only.
#ifndef VNKG_GRAPH_NODE_H_
#define VNKG_GRAPH_NODE_H_

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "graph/model.h"
#include "graph/record.h"

namespace vnkg::graph {

struct PersonData {
  std::string key;       // folded name, for resolution
  std::string province;  // "" when unknown
};

struct OrganizationData {
  std::string kind;  // OrgKindName: "party_committee", ...
  std::optional<std::string> locality, province;
  // The map its locality is on ("2025-03", "2025-07"), when resolved.
  std::optional<std::string> map;
};

struct LocalityData {
  std::optional<std::string> level;  // "province", "district", "commune"
  std::optional<std::string> parent, code;
  std::vector<std::string> candidates;  // gazetteer codes while ambiguous
  // The map `code` is on: "2025-03" (valid until 2025-07-01) or "2025-07"
  // (valid from then); none when unresolved or stored before graph version 4.
  std::optional<std::string> map;
};

struct MeetingData {
  std::optional<std::string> date, organizer, locality;
  uint64_t article = 0;
  std::string doc;
};

struct ArticleData {
  std::string doc;
  std::optional<std::string> url, date, title, author;
};

// A node; only the data of its kind (ref.kind) is filled.
struct Node {
  NodeRef ref;
  std::string name;  // an article's is its title, else its doc
  std::vector<std::string> search;  // diacritic-free names, as indexed
  PersonData person;
  OrganizationData organization;
  LocalityData locality;
  MeetingData meeting;
  ArticleData article;
};

// One story's statement behind an edge.
struct Evidence {
  uint64_t article = 0;
  std::string doc;
  std::optional<std::string> date;  // the event's (meeting's) date, else the story's
  Span span;                        // the sentence, bytes into the article's NFC text
  std::string position;             // holds: the post
  bool former = false;              // holds: held before, as the story says
  std::vector<std::string> as;      // participation: "chair", "guest", "speaker"
};

struct Edge {
  NodeRef src;
  EdgeKind kind = EdgeKind::kHolds;
  NodeRef dst;
  uint32_t qualifier = 0;
  Evidence evidence;
};

// Why one story's mention is a node (entity resolution's reason).
struct JoinReason {
  uint64_t article = 0;
  std::string reason;
};

}  // namespace vnkg::graph

#endif  // VNKG_GRAPH_NODE_H_
