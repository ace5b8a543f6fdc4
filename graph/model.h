// The graph's node and edge kinds and their ids. Persisted: never renumber.
#ifndef VNKG_GRAPH_MODEL_H_
#define VNKG_GRAPH_MODEL_H_

#include <cstdint>
#include <string>
#include <string_view>

namespace vnkg::graph {

enum class NodeKind : uint8_t {
  kPerson = 1, kOrganization = 2, kLocality = 3, kMeeting = 4, kArticle = 5 };

enum class EdgeKind : uint8_t {
  kHolds = 1,       // person -> organization (a post); qualifier: the position
  kChaired = 2,     // person -> meeting
  kAttended = 3,    // person -> meeting (everyone present)
  kSpokeAt = 4,     // person -> meeting
  kGuestAt = 5,     // person -> meeting
  kOrganized = 6,   // organization -> meeting
  kReportedIn = 7,  // meeting -> article
  kLocatedIn = 8,   // organization -> locality
  kPartOf = 9,      // locality -> locality
  // locality -> locality across the July 2025 reform (March map -> July map),
  // and organization -> organization for the bodies of those units; the
  // qualifier is graph::Share: 1 whole, 2 part (graph/lineage.h).
  kSucceededBy = 10,
};

const char* NodeKindName(NodeKind kind);
const char* EdgeKindName(EdgeKind kind);
bool ParseNodeKind(std::string_view name, NodeKind* out);

struct NodeRef {
  NodeKind kind = NodeKind::kPerson;
  uint64_t id = 0;
  bool operator==(const NodeRef& o) const { return kind == o.kind && id == o.id; }
  bool operator<(const NodeRef& o) const { return kind != o.kind ? kind < o.kind : id < o.id; }
};

// 64-bit FNV-1a: stable across platforms and releases (ids are persisted).
uint64_t StableHash(std::string_view bytes);

// "p:1a2b..." <-> NodeRef: how ids are written for people (CLI, JSON, API).
std::string FormatNodeRef(const NodeRef& ref);
bool ParseNodeRef(std::string_view text, NodeRef* out);

}  // namespace vnkg::graph

#endif  // VNKG_GRAPH_MODEL_H_
