// The queries across the July 2025 reform declared in graph/queries.h:
// holders with predecessors, and localities with their lineage.
#include <algorithm>
#include <deque>
#include <set>

#include "graph/contribution.h"
#include "graph/lineage.h"
#include "graph/queries.h"

namespace vnkg::graph {
namespace {

// Undated sorts after dated.
bool Earlier(const std::optional<std::string>& a, const std::optional<std::string>& b) {
  if (a && b) return *a < *b;
  return a.has_value() && !b.has_value();
}

Status InGraph(const GraphReader& r, NodeRef ref, bool* out) {
  Node n;
  Status s = r.GetNode(ref, &n);
  *out = s.ok();
  return s.IsNotFound() ? Status::OK() : s;
}

Status FromTable(const GraphReader& r, const Unit& u, const std::string& share, LocalityUnit* out) {
  out->ref = LocalityNodeRef(u.map, u.code);
  out->name = u.full.name;
  out->level = u.LevelName();
  out->map = u.map;
  out->code = u.code;
  out->valid = ValidityOf(u.map);
  out->share = share;
  return InGraph(r, out->ref, &out->in_graph);
}

Status FromNode(const Node& n, LocalityUnit* out) {
  out->ref = n.ref;
  out->in_graph = true;
  out->name = n.name;
  out->level = n.locality.level;
  out->map = n.locality.map;
  out->code = n.locality.code;
  if (n.locality.map) out->valid = ValidityOf(*n.locality.map);
  return Status::OK();
}

Status TableAnswer(const GraphReader& r, const Lineage& lineage, const Unit& u,
                   LocalityAnswer* out) {
  *out = LocalityAnswer();
  Status s = FromTable(r, u, "", &out->unit);
  for (const Unit* p = lineage.Parent(u); s.ok() && p; p = lineage.Parent(*p)) {
    out->parents.emplace_back();
    s = FromTable(r, *p, "", &out->parents.back());
  }
  for (const Unit* c : lineage.Children(u)) {
    if (!s.ok()) break;
    out->children.emplace_back();
    s = FromTable(r, *c, "", &out->children.back());
  }
  for (bool forward : {false, true}) {
    for (const Link& l : forward ? lineage.Successors(u) : lineage.Predecessors(u)) {
      if (!s.ok()) break;
      auto& list = forward ? out->successors : out->predecessors;
      list.emplace_back();
      s = FromTable(r, *l.unit, ShareName(static_cast<uint32_t>(l.share)), &list.back());
    }
  }
  return s;
}

// An unresolved unit: what the stories say of it (part_of, succeeded_by).
Status GraphAnswer(const GraphReader& r, const Node& n, LocalityAnswer* out) {
  *out = LocalityAnswer();
  FromNode(n, &out->unit);
  struct Side {
    EdgeKind kind;
    bool outgoing;
    std::vector<LocalityUnit>* list;
  } sides[] = {{EdgeKind::kPartOf, true, &out->parents},
               {EdgeKind::kPartOf, false, &out->children},
               {EdgeKind::kSucceededBy, true, &out->successors},
               {EdgeKind::kSucceededBy, false, &out->predecessors}};
  for (const Side& side : sides) {
    std::vector<Edge> edges;
    Status s =
        side.outgoing ? r.OutEdges(n.ref, side.kind, &edges) : r.InEdges(n.ref, side.kind, &edges);
    if (!s.ok()) return s;
    std::set<NodeRef> seen;
    for (const Edge& e : edges) {
      NodeRef other = side.outgoing ? e.dst : e.src;
      if (other.kind != NodeKind::kLocality || !seen.insert(other).second) continue;
      Node o;
      s = r.GetNode(other, &o);
      if (s.IsNotFound()) continue;
      if (!s.ok()) return s;
      LocalityUnit u;
      FromNode(o, &u);
      if (side.kind == EdgeKind::kSucceededBy) u.share = ShareName(e.qualifier);
      side.list->push_back(std::move(u));
    }
  }
  return Status::OK();
}

}  // namespace

Status HoldersWithPredecessors(const GraphReader& r, NodeRef org,
                               const std::function<bool(const std::string&)>& keep,
                               std::vector<Term>* out) {
  out->clear();
  std::vector<NodeRef> bodies{org};
  std::set<NodeRef> seen{org};
  for (size_t i = 0; i < bodies.size() && bodies.size() < kMaxLineageBodies; ++i) {
    std::vector<Edge> edges;
    Status s = r.InEdges(bodies[i], EdgeKind::kSucceededBy, &edges);
    if (!s.ok()) return s;
    for (const Edge& e : edges)
      if (e.src.kind == NodeKind::kOrganization && bodies.size() < kMaxLineageBodies &&
          seen.insert(e.src).second)
        bodies.push_back(e.src);
  }
  for (const NodeRef& body : bodies) {
    std::vector<Term> terms;
    Status s = Holders(r, body, keep, &terms);
    if (!s.ok()) return s;
    for (Term& t : terms) {
      if (!(body == org)) {
        t.held_in = body;
        // The body ceased when the reform came into force: a term still
        // current by the stories ended then at the latest.
        bool later = t.last_seen && *t.last_seen >= kReformDay;
        if (t.status == TermStatus::kCurrent && !later) {
          t.status = TermStatus::kEnded;
          t.ended = std::string(kReformDay);
        }
      }
      out->push_back(std::move(t));
    }
  }
  std::stable_sort(out->begin(), out->end(), [](const Term& a, const Term& b) {
    if (a.first_seen != b.first_seen) return Earlier(a.first_seen, b.first_seen);
    return Earlier(a.ended, b.ended);
  });
  return Status::OK();
}

Status OrganizationLineage(const GraphReader& r, NodeRef org, std::vector<Succession>* predecessors,
                           std::vector<Succession>* successors) {
  predecessors->clear();
  successors->clear();
  for (bool forward : {false, true}) {
    std::vector<Edge> edges;
    Status s = forward ? r.OutEdges(org, EdgeKind::kSucceededBy, &edges)
                       : r.InEdges(org, EdgeKind::kSucceededBy, &edges);
    if (!s.ok()) return s;
    std::set<NodeRef> seen;
    for (const Edge& e : edges) {
      NodeRef other = forward ? e.dst : e.src;
      if (!seen.insert(other).second) continue;
      Node n;
      s = r.GetNode(other, &n);
      if (s.IsNotFound()) continue;
      if (!s.ok()) return s;
      (forward ? successors : predecessors)->push_back({other, n.name, ShareName(e.qualifier)});
    }
  }
  return Status::OK();
}

Status GetLocality(const GraphReader& r, const Lineage& lineage, NodeRef ref, LocalityAnswer* out) {
  Node n;
  Status s = r.GetNode(ref, &n);
  if (s.IsNotFound() && ref.kind == NodeKind::kLocality) {
    // A unit of a map no story wrote: known from the table all the same.
    if (const Unit* u = lineage.FindNode(ref.id)) return TableAnswer(r, lineage, *u, out);
  }
  if (!s.ok()) return s;
  if (n.ref.kind != NodeKind::kLocality)
    return Status::InvalidArgument(FormatNodeRef(ref) + " is not a locality");
  const Unit* u = n.locality.code
                      ? lineage.Find(n.locality.map.value_or(kMarchMap), *n.locality.code)
                      : nullptr;
  return u ? TableAnswer(r, lineage, *u, out) : GraphAnswer(r, n, out);
}

Status FindLocalities(const GraphReader& r, const Lineage& lineage, std::string_view text,
                      std::string_view key, std::string_view folded,
                      std::vector<LocalityAnswer>* out) {
  out->clear();
  NodeRef ref;
  std::vector<NodeRef> nodes;
  if (!ParseNodeRef(text, &ref)) {
    std::vector<const Unit*> units = lineage.Named(key);
    if (units.empty()) units = lineage.Named(folded);  // typed without diacritics
    for (const Unit* u : units) {
      out->emplace_back();
      Status s = TableAnswer(r, lineage, *u, &out->back());
      if (!s.ok()) return s;
    }
    if (!out->empty()) return Status::OK();
  }
  if (ParseNodeRef(text, &ref) && ref.kind == NodeKind::kLocality && lineage.FindNode(ref.id)) {
    out->emplace_back();
    return GetLocality(r, lineage, ref, &out->back());
  }
  Status s = FindNodes(r, NodeKind::kLocality, text, folded, &nodes);
  for (const NodeRef& n : nodes) {
    if (!s.ok()) break;
    out->emplace_back();
    s = GetLocality(r, lineage, n, &out->back());
  }
  return s;
}

}  // namespace vnkg::graph
