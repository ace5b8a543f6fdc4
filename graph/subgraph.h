// Bounded subgraphs for exports (DOT, GraphML, JSON, Neo4j CSV): a node's
// neighbourhood or the whole graph up to a node cap, with each edge's
// evidence summed up (a post's first and last dates seen, participation
// labels, how many stories). Built from graph/queries (GetNeighbourhood,
// Holders), so exports show what `vnkg query` shows. Articles are left out
// (a meeting carries its story's doc).
#ifndef VNKG_GRAPH_SUBGRAPH_H_
#define VNKG_GRAPH_SUBGRAPH_H_

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "graph/history.h"
#include "graph/model.h"
#include "graph/node.h"
#include "graph/reader.h"
#include "graph/status.h"

namespace vnkg::graph {

constexpr int kMaxExportDepth = 4;
constexpr size_t kDefaultExportNodes = 2000;
constexpr size_t kMaxExportNodes = 20000;

// One edge of an export: one per (src, kind, dst), and for `holds` one per
// position too (a person may hold two posts in one organization).
struct SubgraphEdge {
  NodeRef src;
  EdgeKind kind = EdgeKind::kHolds;
  NodeRef dst;
  std::string position;  // holds only: the post
  // ISO 8601 dates as precise as the stories give them. holds: the Term's
  // first_seen / last_seen (sightings as held) and ended; other kinds: the
  // earliest and latest evidence dates, ended never set.
  std::optional<std::string> first_seen, last_seen, ended;
  std::optional<TermStatus> status;  // holds only
  // Participation edges (chaired, attended, spoke_at, guest_at): the
  // union of the evidence's labels ("chair", "guest", "speaker"), in first
  // seen order; "present" when the stories give none.
  std::vector<std::string> as;
  size_t stories = 0;  // pieces of evidence (one per story)
  std::string share;   // succeeded_by only: "whole" or "part" (graph/lineage.h)
};

struct Subgraph {
  std::vector<Node> nodes;  // a neighbourhood's center first
  std::vector<SubgraphEdge> edges;  // only among `nodes`, sorted by (src, kind, dst, position)
  bool truncated = false;  // the node cap was reached
  std::string limit;  // when truncated: which cap, and how to see more, in words
};

// The nodes within `depth` edges of `center` (graph::GetNeighbourhood, so
// breadth first, either direction) and every edge among them.
// InvalidArgument when depth is outside 0..kMaxExportDepth or max_nodes
// outside 1..kMaxExportNodes; NotFound when `center` is absent; storage
// errors as they are.
Status NeighbourhoodSubgraph(const GraphReader& r, NodeRef center, int depth, size_t max_nodes,
                             Subgraph* out);

// The whole graph without its articles: persons, then organizations,
// localities and meetings, each kind in id order, cut at `max_nodes` (then
// `truncated`, and `limit` says how many nodes there are). Work grows with
// the graph (every node is listed). InvalidArgument for max_nodes outside
// 1..kMaxExportNodes.
Status WholeSubgraph(const GraphReader& r, size_t max_nodes, Subgraph* out);

}  // namespace vnkg::graph

#endif  // VNKG_GRAPH_SUBGRAPH_H_
