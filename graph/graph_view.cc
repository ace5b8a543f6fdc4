#include "graph/graph_view.h"

#include <cassert>
#include <map>

namespace vnkg::graph {
namespace {

std::string Or(const std::optional<std::string>& v) { return v.value_or(""); }

VertexProps PropsOf(const Node& n) {
  VertexProps v;
  v.id = FormatNodeRef(n.ref);
  v.kind = NodeKindName(n.ref.kind);
  v.name = n.name;
  switch (n.ref.kind) {
    case NodeKind::kPerson: v.province = n.person.province; break;
    case NodeKind::kOrganization:
      v.org_kind = n.organization.kind;
      v.province = Or(n.organization.province);
      v.map = Or(n.organization.map);
      break;
    case NodeKind::kLocality:
      v.level = Or(n.locality.level);
      v.map = Or(n.locality.map);
      break;
    case NodeKind::kMeeting:
      v.date = Or(n.meeting.date);
      v.doc = n.meeting.doc;
      break;
    case NodeKind::kArticle: v.date = Or(n.article.date); v.doc = n.article.doc; break;
  }
  return v;
}

EdgeProps PropsOf(const SubgraphEdge& e) {
  EdgeProps p;
  p.kind = EdgeKindName(e.kind);
  p.position = e.position;
  p.first_seen = Or(e.first_seen);
  p.last_seen = Or(e.last_seen);
  p.ended = Or(e.ended);
  if (e.status) p.status = TermStatusName(*e.status);
  for (const std::string& label : e.as) p.as += (p.as.empty() ? "" : ", ") + label;
  p.share = e.share;
  p.stories = static_cast<int>(e.stories);
  return p;
}

}  // namespace

GraphView BuildGraphView(const Subgraph& g) {
  GraphView view(g.nodes.size());
  std::map<NodeRef, GraphView::vertex_descriptor> index;
  for (size_t i = 0; i < g.nodes.size(); ++i) {
    view[i] = PropsOf(g.nodes[i]);
    index[g.nodes[i].ref] = i;
  }
  for (const SubgraphEdge& e : g.edges) {
    auto src = index.find(e.src), dst = index.find(e.dst);
    assert(src != index.end() && dst != index.end());
    if (src == index.end() || dst == index.end()) continue;
    boost::add_edge(src->second, dst->second, PropsOf(e), view);
  }
  view[boost::graph_bundle].truncated = g.truncated;
  view[boost::graph_bundle].limit = g.limit;
  return view;
}

}  // namespace vnkg::graph
