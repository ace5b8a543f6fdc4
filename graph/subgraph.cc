#include "graph/subgraph.h"

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

#include "graph/lineage.h"
#include "graph/queries.h"

namespace vnkg::graph {
namespace {

Status CheckCap(size_t max_nodes) {
  if (max_nodes < 1 || max_nodes > kMaxExportNodes)
    return Status::InvalidArgument("max_nodes must be 1.." + std::to_string(kMaxExportNodes) +
                                   ", not " + std::to_string(max_nodes));
  return Status::OK();
}

bool IsParticipation(EdgeKind k) {
  return k == EdgeKind::kChaired || k == EdgeKind::kAttended || k == EdgeKind::kSpokeAt ||
         k == EdgeKind::kGuestAt;
}

void Widen(const std::optional<std::string>& d, SubgraphEdge* e) {
  if (!d) return;
  if (!e->first_seen || *d < *e->first_seen) e->first_seen = d;
  if (!e->last_seen || *d > *e->last_seen) e->last_seen = d;
}

// Every edge among `nodes`: `holds` as the terms graph::Holders judges
// (against every holder of the post, in the subgraph or not), the others
// summed up from their evidence.
Status EdgesAmong(const GraphReader& r, Subgraph* g) {
  std::set<NodeRef> in;
  for (const Node& n : g->nodes) in.insert(n.ref);
  using Key = std::tuple<NodeRef, EdgeKind, NodeRef, std::string>;
  std::map<Key, SubgraphEdge> found;
  for (const Node& n : g->nodes) {
    if (n.ref.kind == NodeKind::kOrganization) {
      std::vector<Term> terms;
      Status s = Holders(r, n.ref, nullptr, &terms);
      if (!s.ok()) return s;
      for (Term& t : terms) {
        if (!in.count(t.person)) continue;
        SubgraphEdge& e = found[{t.person, EdgeKind::kHolds, n.ref, t.position}];
        e = {t.person, EdgeKind::kHolds, n.ref, t.position, t.first_seen, t.last_seen, t.ended,
             t.status, {}, t.evidence.size()};
      }
    }
    std::vector<Edge> edges;
    Status s = r.OutEdges(n.ref, std::nullopt, &edges);
    if (!s.ok()) return s;
    for (const Edge& raw : edges) {
      if (raw.kind == EdgeKind::kHolds || !in.count(raw.dst)) continue;
      SubgraphEdge& e = found[{raw.src, raw.kind, raw.dst, std::string()}];
      e.src = raw.src;
      e.kind = raw.kind;
      e.dst = raw.dst;
      if (raw.kind == EdgeKind::kSucceededBy) e.share = ShareName(raw.qualifier);
      ++e.stories;
      Widen(raw.evidence.date, &e);
      for (const std::string& label : raw.evidence.as)
        if (std::find(e.as.begin(), e.as.end(), label) == e.as.end()) e.as.push_back(label);
    }
  }
  for (auto& [key, e] : found) {
    if (IsParticipation(e.kind) && e.as.empty()) e.as.push_back("present");
    g->edges.push_back(std::move(e));
  }
  return Status::OK();
}

}  // namespace

Status NeighbourhoodSubgraph(const GraphReader& r, NodeRef center, int depth, size_t max_nodes,
                             Subgraph* out) {
  *out = Subgraph();
  if (depth < 0 || depth > kMaxExportDepth)
    return Status::InvalidArgument("depth must be 0.." + std::to_string(kMaxExportDepth) +
                                   ", not " + std::to_string(depth));
  Status s = CheckCap(max_nodes);
  if (!s.ok()) return s;
  Neighbourhood hood;
  s = GetNeighbourhood(r, center, depth, max_nodes, &hood);
  if (!s.ok()) return s;
  out->nodes = std::move(hood.nodes);
  out->truncated = hood.truncated;
  if (out->truncated)
    out->limit = "more than " + std::to_string(max_nodes) + " nodes within " +
                 std::to_string(depth) + " edges of " + FormatNodeRef(center) +
                 ": the first " + std::to_string(max_nodes) +
                 " reached breadth first are kept (raise max_nodes, within its caller's cap, "
                 "or lower depth)";
  return EdgesAmong(r, out);
}

Status WholeSubgraph(const GraphReader& r, size_t max_nodes, Subgraph* out) {
  *out = Subgraph();
  Status s = CheckCap(max_nodes);
  if (!s.ok()) return s;
  size_t total = 0;
  for (NodeKind kind : {NodeKind::kPerson, NodeKind::kOrganization, NodeKind::kLocality,
                        NodeKind::kMeeting}) {
    std::vector<NodeRef> refs;
    s = r.ListNodes(kind, &refs);
    if (!s.ok()) return s;
    total += refs.size();
    for (const NodeRef& ref : refs) {
      if (out->nodes.size() >= max_nodes) break;
      Node n;
      s = r.GetNode(ref, &n);
      if (s.IsNotFound()) continue;
      if (!s.ok()) return s;
      out->nodes.push_back(std::move(n));
    }
  }
  if (total > out->nodes.size() && out->nodes.size() >= max_nodes) {
    out->truncated = true;
    out->limit = "the graph has " + std::to_string(total) + " nodes (articles aside); the first " +
                 std::to_string(max_nodes) +
                 " are kept (persons, organizations, localities, then meetings, in id order): "
                 "raise max_nodes (up to " + std::to_string(kMaxExportNodes) +
                 ") or export a neighbourhood";
  }
  return EdgesAmong(r, out);
}

}  // namespace vnkg::graph
