// A Boost.Graph view of an export's Subgraph (graph/subgraph.h): one
// vertex per node and one edge per SubgraphEdge, with their properties as
// bundled strings and numbers, for Boost's writers (write_graphviz,
// write_graphml) and algorithms. Boost.Graph is used here and in
// graph/export.cc only.
#ifndef VNKG_GRAPH_GRAPH_VIEW_H_
#define VNKG_GRAPH_GRAPH_VIEW_H_

#include <string>

#include <boost/graph/adjacency_list.hpp>

#include "graph/subgraph.h"

namespace vnkg::graph {

// Absent values are "" (GraphML and DOT have no null).
struct VertexProps {
  std::string id;        // "p:…", as FormatNodeRef writes it
  std::string kind;      // NodeKindName
  std::string name;      // UTF-8, as stored
  std::string province;  // persons and organizations
  std::string org_kind;  // organizations: "party_committee", "government", ...
  std::string level;     // localities: "province", "district", "commune"
  std::string map;       // localities and organizations: "2025-03" or "2025-07"
  std::string date;      // meetings: ISO 8601, as precise as known
  std::string doc;       // meetings: the story's doc
};

struct EdgeProps {
  std::string kind;      // EdgeKindName
  std::string position;  // holds
  std::string first_seen, last_seen, ended;  // ISO 8601 dates
  std::string status;    // holds: "current" or "ended"
  std::string as;        // participation labels joined by ", "
  std::string share;     // succeeded_by: "whole" or "part"
  int stories = 0;
};

struct GraphProps {
  bool truncated = false;
  std::string limit;  // Subgraph::limit
};

using GraphView = boost::adjacency_list<boost::vecS, boost::vecS, boost::directedS, VertexProps,
                                        EdgeProps, GraphProps>;

// Vertex i is g.nodes[i]; edges come in g.edges' order. REQUIRES: every
// edge's ends are among g.nodes (NeighbourhoodSubgraph and WholeSubgraph
// guarantee it).
GraphView BuildGraphView(const Subgraph& g);

}  // namespace vnkg::graph

#endif  // VNKG_GRAPH_GRAPH_VIEW_H_
