#include "graph/export.h"

#include <boost/graph/filtered_graph.hpp>
#include <boost/graph/graphml.hpp>
#include <boost/graph/graphviz.hpp>
#include <boost/property_map/dynamic_property_map.hpp>
#include <exception>
#include <memory>
#include <set>
#include <sstream>
#include <utility>

#include "graph/graph_view.h"
#include "graph/node_json.h"

namespace vnkg::graph {
namespace {

using nlohmann::json;

constexpr std::pair<ExportFormat, const char*> kFormats[] = {
    {ExportFormat::kDot, "dot"},
    {ExportFormat::kGraphml, "graphml"},
    {ExportFormat::kJson, "json"},
    {ExportFormat::kNeo4jCsv, "neo4j-csv"}};

// A DOT double-quoted string's body: `\` and `"` escaped, line breaks as
// spaces (the caller adds "\n" breaks of its own).
std::string DotEscape(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (c == '\\' || c == '"') out += '\\';
    if (c == '\n' || c == '\r') c = ' ';
    out += c;
  }
  return out;
}

struct Style {
  const char* shape;
  const char* fill;
};

// Shapes and fills by kind; organizations by their kind: Party bodies
// red, the state's bodies yellow, councils green, the Front and mass
// organizations purple.
Style StyleOf(const VertexProps& v) {
  if (v.kind == "person") return {"ellipse", "#cfe2ff"};
  if (v.kind == "locality") return {"house", "#d3f9d8"};
  if (v.kind == "meeting") return {"note", "#fff3bf"};
  if (v.kind == "article") return {"folder", "#e9ecef"};
  static constexpr std::pair<std::string_view, const char*> kOrgFills[] = {
      {"party_committee", "#f8d7da"}, {"party_board", "#f5c2c7"}, {"party_cell", "#fde2e4"},
      {"central", "#f1aeb5"},         {"government", "#ffe8a1"},  {"legislature", "#c3e6cb"},
      {"front", "#e2d9f3"},           {"mass_org", "#eaddf7"}};
  for (const auto& [kind, fill] : kOrgFills)
    if (v.org_kind == kind) return {"box", fill};
  return {"box", "#e9ecef"};
}

// The label's second line.
std::string Detail(const VertexProps& v) {
  if (!v.province.empty()) return v.province;
  if (!v.level.empty()) return v.level;
  return v.date;
}

std::string DateRange(const EdgeProps& e) {
  std::string out;
  if (!e.first_seen.empty())
    out = e.first_seen == e.last_seen ? e.first_seen : e.first_seen + " – " + e.last_seen;
  if (!e.ended.empty())
    out += (out.empty() ? "" : ", ") + std::string("ended ") + e.ended;
  else if (e.status == "ended")
    out += (out.empty() ? "" : ", ") + std::string("ended");
  return out;
}

std::string EdgeLabel(const EdgeProps& e) {
  if (e.kind == "holds") {
    std::string dates = DateRange(e);
    return DotEscape(e.position) + (dates.empty() ? "" : "\\n" + DotEscape(dates));
  }
  if (!e.as.empty()) return DotEscape(e.as);
  if (!e.share.empty()) return DotEscape(e.kind + " (" + e.share + ")");
  return DotEscape(e.kind);
}

struct VertexWriter {
  const GraphView& g;
  template <typename V>
  void operator()(std::ostream& out, const V& v) const {
    const VertexProps& p = g[v];
    Style style = StyleOf(p);
    std::string detail = Detail(p);
    out << "[label=\"" << DotEscape(p.name) << (detail.empty() ? "" : "\\n" + DotEscape(detail))
        << "\", shape=" << style.shape << ", style=filled, fillcolor=\"" << style.fill
        << "\", tooltip=\"" << DotEscape(p.kind + " " + p.id) << "\"]";
  }
};

struct EdgeWriter {
  const GraphView& g;
  template <typename E>
  void operator()(std::ostream& out, const E& e) const {
    const EdgeProps& p = g[e];
    bool place = p.kind == "located_in" || p.kind == "part_of";
    out << "[label=\"" << EdgeLabel(p) << "\", tooltip=\"" << DotEscape(p.kind) << "\""
        << (place ? ", style=dashed, color=\"#2b8a3e\"" : "")
        << (p.as.find("chair") != std::string::npos ? ", penwidth=2" : "") << "]";
  }
};

// The edges drawn: a person's `attended` edge stands for their chaired,
// spoke_at and guest_at edges to the same meeting (it carries the same
// labels), so the picture has one arrow per participant.
struct DrawnEdge {
  const GraphView* g = nullptr;
  std::shared_ptr<const std::set<std::pair<size_t, size_t>>> attended;
  template <typename E>
  bool operator()(const E& e) const {
    const std::string& kind = (*g)[e].kind;
    if (kind != "chaired" && kind != "spoke_at" && kind != "guest_at") return true;
    return !attended->count({boost::source(e, *g), boost::target(e, *g)});
  }
};

DrawnEdge DrawnEdges(const GraphView& g) {
  auto attended = std::make_shared<std::set<std::pair<size_t, size_t>>>();
  for (auto [e, end] = boost::edges(g); e != end; ++e)
    if (g[*e].kind == "attended") attended->insert({boost::source(*e, g), boost::target(*e, g)});
  return {&g, attended};
}

struct GraphWriter {
  const GraphView& g;
  void operator()(std::ostream& out) const {
    out << "charset=\"UTF-8\";\nrankdir=LR;\n"
        << "node [fontname=\"DejaVu Sans\", fontsize=11];\n"
        << "edge [fontname=\"DejaVu Sans\", fontsize=9];\n";
    const GraphProps& p = g[boost::graph_bundle];
    if (p.truncated)
      out << "label=\"" << DotEscape("Truncated: " + p.limit) << "\";\nlabelloc=b;\n";
  }
};

json Opt(const std::optional<std::string>& v) { return v ? json(*v) : json(nullptr); }
}  // namespace

const char* ExportFormatName(ExportFormat format) {
  for (const auto& [f, name] : kFormats)
    if (f == format) return name;
  return "?";
}

bool ParseExportFormat(std::string_view name, ExportFormat* out) {
  for (const auto& [f, n] : kFormats)
    if (name == n) {
      *out = f;
      return true;
    }
  return false;
}

Status WriteDot(const Subgraph& g, std::string* out) {
  GraphView view = BuildGraphView(g);
  std::ostringstream dot;
  try {
    boost::filtered_graph<GraphView, DrawnEdge> drawn(view, DrawnEdges(view));
    boost::write_graphviz(dot, drawn, VertexWriter{view}, EdgeWriter{view}, GraphWriter{view},
                          boost::get(&VertexProps::id, view));
  } catch (const std::exception& e) {
    return Status::InvalidArgument(std::string("DOT writer: ") + e.what());
  }
  *out = dot.str();
  return Status::OK();
}

Status WriteGraphml(const Subgraph& g, std::string* out) {
  GraphView view = BuildGraphView(g);
  boost::dynamic_properties dp;
  dp.property("id", boost::get(&VertexProps::id, view));
  dp.property("kind", boost::get(&VertexProps::kind, view));
  dp.property("name", boost::get(&VertexProps::name, view));
  dp.property("province", boost::get(&VertexProps::province, view));
  dp.property("org_kind", boost::get(&VertexProps::org_kind, view));
  dp.property("level", boost::get(&VertexProps::level, view));
  dp.property("map", boost::get(&VertexProps::map, view));
  dp.property("date", boost::get(&VertexProps::date, view));
  dp.property("doc", boost::get(&VertexProps::doc, view));
  dp.property("kind", boost::get(&EdgeProps::kind, view));
  dp.property("position", boost::get(&EdgeProps::position, view));
  dp.property("first_seen", boost::get(&EdgeProps::first_seen, view));
  dp.property("last_seen", boost::get(&EdgeProps::last_seen, view));
  dp.property("ended", boost::get(&EdgeProps::ended, view));
  dp.property("status", boost::get(&EdgeProps::status, view));
  dp.property("as", boost::get(&EdgeProps::as, view));
  dp.property("share", boost::get(&EdgeProps::share, view));
  dp.property("stories", boost::get(&EdgeProps::stories, view));
  GraphProps& graph = view[boost::graph_bundle];
  dp.property("truncated", boost::ref_property_map<GraphView*, bool>(graph.truncated));
  dp.property("limit", boost::ref_property_map<GraphView*, std::string>(graph.limit));
  std::ostringstream xml;
  try {
    boost::write_graphml(xml, view, boost::get(boost::vertex_index, view), dp, true);
  } catch (const std::exception& e) {
    return Status::InvalidArgument(std::string("GraphML writer: ") + e.what());
  }
  *out = xml.str();
  return Status::OK();
}

json SubgraphJson(const Subgraph& g) {
  json nodes = json::array(), edges = json::array();
  for (const Node& n : g.nodes) nodes.push_back(NodeJson(n));
  for (const SubgraphEdge& e : g.edges) {
    json j = {{"source", FormatNodeRef(e.src)}, {"target", FormatNodeRef(e.dst)},
              {"kind", EdgeKindName(e.kind)},   {"first_seen", Opt(e.first_seen)},
              {"last_seen", Opt(e.last_seen)},  {"stories", e.stories}};
    if (e.kind == EdgeKind::kHolds) {
      j["position"] = e.position;
      j["ended"] = Opt(e.ended);
      j["status"] = e.status ? json(TermStatusName(*e.status)) : json(nullptr);
    }
    if (!e.as.empty()) j["as"] = e.as;
    if (!e.share.empty()) j["share"] = e.share;
    edges.push_back(std::move(j));
  }
  json out = {{"nodes", std::move(nodes)}, {"edges", std::move(edges)}, {"truncated", g.truncated}};
  if (g.truncated) out["limit"] = g.limit;
  return out;
}

}  // namespace vnkg::graph
