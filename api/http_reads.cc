#include "api/http_reads.h"

#include <functional>
#include <map>
#include <set>
#include <utility>

#include "api/knowledge.h"
#include "api/svg.h"
#include "extract/normalize.h"
#include "graph/export.h"
#include "graph/queries.h"
#include "graph/record_json.h"

namespace vnkg::api {
namespace reads {
namespace {

using graph::NodeKind;
using graph::NodeRef;

// /api/graph's node cap: the default, and the most a request may ask for
// (Graphviz lays an SVG out in one process-wide lock: api/svg.h).
constexpr size_t kGraphNodes = 500;
constexpr size_t kMaxGraphNodes = 2000;

// A request's parameters, checked as they are read. The first problem found
// is kept (parameter and why) and answered as 400.
class Params {
 public:
  Params(const HttpRequest& req, std::set<std::string> known) {
    for (const auto& [k, v] : req.params) {
      if (!known.count(k))
        Fail(k, "unknown parameter (this endpoint takes: " + List(known) + ")");
      else if (values_.count(k))
        Fail(k, "given twice");
      else
        values_[k] = v;
    }
  }

  bool ok() const { return bad_.empty(); }
  HttpReply Error() const { return ErrorReply(400, bad_ + ": " + why_, bad_); }

  std::optional<std::string> Text(const std::string& name) const {
    auto it = values_.find(name);
    if (it == values_.end()) return std::nullopt;
    return it->second;
  }
  // A non-empty text, or a failure.
  std::string Required(const std::string& name) {
    std::optional<std::string> v = Text(name);
    if (!v || v->find_first_not_of(" \t") == std::string::npos) Fail(name, "required, not empty");
    return v.value_or("");
  }
  size_t Number(const std::string& name, size_t fallback, size_t min, size_t max) {
    std::optional<std::string> v = Text(name);
    if (!v) return fallback;
    size_t n = 0;
    bool digits = !v->empty() && v->size() <= 12;
    for (char c : *v) digits = digits && c >= '0' && c <= '9';
    if (digits) n = std::stoull(*v);
    if (!digits || n < min || n > max)
      Fail(name, "not a whole number from " + std::to_string(min) + " to " + std::to_string(max));
    return n;
  }
  graph::Page Page() {
    return {Number("limit", graph::kDefaultLimit, 1, graph::kMaxLimit),
            Number("offset", 0, 0, 100000000)};
  }
  std::optional<std::string> Date(const std::string& name) {
    std::optional<std::string> v = Text(name);
    if (v && !graph::IsIsoDate(*v)) Fail(name, "not a date YYYY, YYYY-MM or YYYY-MM-DD");
    return v;
  }
  bool Flag(const std::string& name) {
    std::optional<std::string> v = Text(name);
    if (!v || *v == "false" || *v == "0") return false;
    if (*v != "true" && *v != "1" && !v->empty()) Fail(name, "not true or false");
    return true;
  }
  void Fail(const std::string& name, const std::string& why) {
    if (!bad_.empty()) return;
    bad_ = name;
    why_ = why;
  }

 private:
  static std::string List(const std::set<std::string>& names) {
    std::string out;
    for (const auto& n : names) out += (out.empty() ? "" : ", ") + n;
    return out.empty() ? "none" : out;
  }
  std::map<std::string, std::string> values_;
  std::string bad_, why_;
};

HttpReply JsonReply(const json& body, int status = 200) {
  HttpReply r;
  r.status = status;
  // Stored text is UTF-8; should anything not be, it is replaced, not thrown.
  r.body = body.dump(-1, ' ', false, json::error_handler_t::replace);
  return r;
}

// The storage error as 500; the first one kept by the renderer counts too.
HttpReply StorageError(const Status& s) { return ErrorReply(500, "storage error: " + s.message()); }

// The node the path's id names: 400 when it is no id of `kind`, 404 when no
// node has it.
bool NodeFromPath(Ctx& c, size_t i, NodeKind kind, graph::Node* node, HttpReply* error) {
  NodeRef ref;
  const std::string& text = c.captures.at(i);
  if (!graph::ParseNodeRef(text, &ref) || ref.kind != kind) {
    *error = ErrorReply(400,
                        "id: \"" + text + "\" is not a " + graph::NodeKindName(kind) + " id (" +
                            graph::FormatNodeRef({kind, 0}).substr(0, 2) + " and 16 hex digits)",
                        "id");
    return false;
  }
  Status s = c.r.GetNode(ref, node);
  if (s.IsNotFound()) {
    *error = ErrorReply(404, "no " + std::string(graph::NodeKindName(kind)) + " " + text);
    return false;
  }
  if (!s.ok()) {
    *error = StorageError(s);
    return false;
  }
  return true;
}

// The parameters' first problem (400), else the path's node, as NodeFromPath.
bool PathNode(Ctx& c, const Params& p, NodeKind kind, graph::Node* node, HttpReply* error) {
  if (!p.ok()) {
    *error = p.Error();
    return false;
  }
  return NodeFromPath(c, 0, kind, node, error);
}

// A filter naming a node by id or by name: 404 when it names nothing, 400
// when a name fits several (their ids listed).
bool NodeFromParam(Ctx& c, const std::string& param, const std::string& text, NodeKind kind,
                   NodeRef* ref, HttpReply* error) {
  std::vector<NodeRef> found;
  Status s = graph::FindNodes(c.r, kind, text, extract::FoldAscii(text), &found);
  if (!s.ok()) {
    *error = StorageError(s);
    return false;
  }
  if (found.size() == 1) {
    *ref = found[0];
    return true;
  }
  if (found.empty()) {
    *error = ErrorReply(
        404, param + ": no " + graph::NodeKindName(kind) + " named \"" + text + "\"", param);
    return false;
  }
  std::string ids;
  for (size_t i = 0; i < found.size() && i < 10; ++i)
    ids += (i ? ", " : "") + graph::FormatNodeRef(found[i]);
  *error = ErrorReply(400,
                      param + ": " + std::to_string(found.size()) + " nodes are named \"" + text +
                          "\"; give one of their ids: " + ids,
                      param);
  return false;
}

// The answer, or the storage error met while rendering it.
HttpReply Answer(Ctx& c, json body) {
  if (!c.out.error().ok()) return StorageError(c.out.error());
  return JsonReply(body);
}

// A one-item answer in the envelope, as `vnkg query --json` prints it.
HttpReply One(Ctx& c, json item) {
  return Answer(c, Envelope(json::array({std::move(item)}), 1, graph::Page{1, 0}));
}

}  // namespace

HttpReply Health(Ctx& c) {
  Params p(c.req, {});
  if (!p.ok()) return p.Error();
  // Constant work: one read of the meta family shows the store answers.
  std::string extractor;
  Status s = c.store.GetMeta("extractor_version", &extractor);
  if (!s.ok() && !s.IsNotFound()) return StorageError(s);
  return JsonReply({{"status", "ok"},
                    {"writable", c.writable},
                    {"version", VNKG_VERSION},
                    {"extractor_version", s.ok() ? json(extractor) : json(nullptr)}});
}

HttpReply Search(Ctx& c) {
  Params p(c.req, {"q", "kind", "limit", "offset"});
  std::string q = p.Required("q");
  std::optional<NodeKind> kind;
  if (auto k = p.Text("kind")) {
    NodeKind parsed;
    if (!graph::ParseNodeKind(*k, &parsed))
      p.Fail("kind", "not one of person, organization, locality, meeting, article");
    else
      kind = parsed;
  }
  graph::Page page = p.Page();
  if (!p.ok()) return p.Error();
  graph::Answer<graph::SearchHit> a;
  Status s = graph::Search(c.r, q, extract::FoldAscii(q), page, &a, kind);
  if (!s.ok()) return StorageError(s);
  json results = json::array();
  for (const auto& h : a.results) results.push_back(c.out.SearchHit(h));
  return Answer(c, Envelope(std::move(results), a.total, page));
}

HttpReply Person(Ctx& c) {
  Params p(c.req, {});
  graph::Node n;
  HttpReply error;
  if (!PathNode(c, p, NodeKind::kPerson, &n, &error)) return error;
  graph::PersonAnswer a;
  Status s = graph::GetPerson(c.r, n.ref, &a);
  if (!s.ok()) return StorageError(s);
  return One(c, c.out.Person(a));
}

HttpReply Roles(Ctx& c) {
  Params p(c.req, {"limit", "offset"});
  graph::Page page = p.Page();
  graph::Node n;
  HttpReply error;
  if (!PathNode(c, p, NodeKind::kPerson, &n, &error)) return error;
  std::vector<graph::Term> terms;
  Status s = graph::Roles(c.r, n.ref, &terms);
  if (!s.ok()) return StorageError(s);
  graph::Answer<graph::Term> a;
  graph::TakePage(std::move(terms), page, &a);
  return Answer(c, Envelope(c.out.Terms(a.results), a.total, page));
}

HttpReply Organization(Ctx& c) {
  Params p(c.req, {});
  graph::Node n;
  HttpReply error;
  if (!PathNode(c, p, NodeKind::kOrganization, &n, &error)) return error;
  std::vector<graph::Succession> before, after;
  Status s = graph::OrganizationLineage(c.r, n.ref, &before, &after);
  if (!s.ok()) return StorageError(s);
  json item = c.out.Node(n);
  for (auto [key, list] : {std::pair{"predecessors", &before}, {"successors", &after}}) {
    item[key] = json::array();
    for (const graph::Succession& x : *list)
      item[key].push_back({{"kind", "organization"},
                           {"id", graph::FormatNodeRef(x.ref)},
                           {"name", x.name},
                           {"share", x.share}});
  }
  return One(c, std::move(item));
}

HttpReply Holders(Ctx& c) {
  Params p(c.req, {"position", "with_predecessors", "limit", "offset"});
  std::optional<std::string> position = p.Text("position");
  bool predecessors = p.Flag("with_predecessors");
  graph::Page page = p.Page();
  graph::Node n;
  HttpReply error;
  if (!PathNode(c, p, NodeKind::kOrganization, &n, &error)) return error;
  std::string want = position ? extract::FoldAscii(*position) : "";
  auto keep = [&](const std::string& pos) { return !position || extract::FoldAscii(pos) == want; };
  std::vector<graph::Term> terms;
  Status s = predecessors ? graph::HoldersWithPredecessors(c.r, n.ref, keep, &terms)
                          : graph::Holders(c.r, n.ref, keep, &terms);
  if (!s.ok()) return StorageError(s);
  graph::Answer<graph::Term> a;
  graph::TakePage(std::move(terms), page, &a);
  return Answer(c, Envelope(c.out.Terms(a.results), a.total, page));
}

HttpReply Meetings(Ctx& c) {
  Params p(c.req, {"chair", "attendee", "organizer", "locality", "from", "to", "limit", "offset"});
  graph::MeetingQuery q;
  q.from = p.Date("from");
  q.to = p.Date("to");
  graph::Page page = p.Page();
  if (!p.ok()) return p.Error();
  HttpReply error;
  struct Filter {
    const char* param;
    NodeKind kind;
    std::vector<NodeRef>* into;
  };
  for (const Filter& f : {Filter{"chair", NodeKind::kPerson, &q.chairs},
                          Filter{"attendee", NodeKind::kPerson, &q.attendees},
                          Filter{"organizer", NodeKind::kOrganization, &q.organizers}}) {
    std::optional<std::string> text = p.Text(f.param);
    if (!text) continue;
    NodeRef ref;
    if (!NodeFromParam(c, f.param, *text, f.kind, &ref, &error)) return error;
    f.into->push_back(ref);
  }
  if (std::optional<std::string> text = p.Text("locality")) {
    NodeRef ref;
    graph::Node n;
    if (!NodeFromParam(c, "locality", *text, NodeKind::kLocality, &ref, &error)) return error;
    Status s = c.r.GetNode(ref, &n);
    if (!s.ok()) return StorageError(s);
    q.locality = n.name;
  }
  graph::Answer<graph::MeetingAnswer> a;
  Status s = graph::Meetings(c.r, q, page, &a);
  if (!s.ok()) return StorageError(s);
  json results = json::array();
  for (const auto& m : a.results) results.push_back(c.out.Meeting(m));
  return Answer(c, Envelope(std::move(results), a.total, page));
}

// A place, answered from the maps' tables (graph/queries.h, GetLocality).
HttpReply Locality(Ctx& c) {
  Params p(c.req, {});
  graph::Node n;
  HttpReply error;
  if (!PathNode(c, p, NodeKind::kLocality, &n, &error)) return error;
  graph::Knowledge k;
  graph::LocalityAnswer a;
  Status s = GraphKnowledge(&k);
  if (s.ok()) s = graph::GetLocality(c.r, *k.lineage, n.ref, &a);
  if (!s.ok()) return StorageError(s);
  return One(c, c.out.Locality(a));
}

// Every unit of either map (and every unresolved place in the graph) a name
// means, as `vnkg query locality`.
HttpReply Localities(Ctx& c) {
  Params p(c.req, {"q", "limit", "offset"});
  std::string q = p.Required("q");
  graph::Page page = p.Page();
  if (!p.ok()) return p.Error();
  graph::Knowledge k;
  std::vector<graph::LocalityAnswer> found;
  Status s = GraphKnowledge(&k);
  if (s.ok())
    s = graph::FindLocalities(c.r, *k.lineage, q, extract::FoldKey(q), extract::FoldAscii(q),
                              &found);
  if (!s.ok()) return StorageError(s);
  graph::Answer<graph::LocalityAnswer> a;
  graph::TakePage(std::move(found), page, &a);
  json results = json::array();
  for (const auto& l : a.results) results.push_back(c.out.Locality(l));
  return Answer(c, Envelope(std::move(results), a.total, page));
}

HttpReply Meeting(Ctx& c) {
  Params p(c.req, {});
  graph::Node n;
  HttpReply error;
  if (!PathNode(c, p, NodeKind::kMeeting, &n, &error)) return error;
  graph::MeetingAnswer m;
  Status s = graph::GetMeeting(c.r, n.ref, &m);
  if (!s.ok()) return StorageError(s);
  return One(c, c.out.Meeting(m));
}

HttpReply Article(Ctx& c) {
  Params p(c.req, {});
  graph::Node n;
  HttpReply error;
  if (!PathNode(c, p, NodeKind::kArticle, &n, &error)) return error;
  graph::Record record;
  Status s = c.store.GetRecord(n.ref.id, &record);
  if (!s.ok()) return StorageError(s);
  json item = c.out.Node(n);
  item["record"] = graph::RecordToJson(record);
  return One(c, std::move(item));
}

// The neighbourhood as `vnkg export` writes it (graph/export.h): the same
// subgraph, so format=svg is the picture `vnkg export --format svg` draws.
HttpReply Graph(Ctx& c) {
  Params p(c.req, {"center", "depth", "max_nodes", "format"});
  std::string center = p.Required("center");
  int depth = static_cast<int>(p.Number("depth", 2, 0, graph::kMaxExportDepth));
  size_t max_nodes = p.Number("max_nodes", kGraphNodes, 1, kMaxGraphNodes);
  std::string format = p.Text("format").value_or("json");
  graph::ExportFormat export_format;
  bool svg = format == "svg";
  if (!svg && (!graph::ParseExportFormat(format, &export_format) ||
               export_format == graph::ExportFormat::kNeo4jCsv))
    p.Fail("format", "not one of json, dot, svg, graphml");
  if (!p.ok()) return p.Error();
  NodeRef ref;
  bool found = false;
  for (NodeKind kind : {NodeKind::kPerson, NodeKind::kOrganization, NodeKind::kLocality,
                        NodeKind::kMeeting, NodeKind::kArticle}) {
    NodeRef parsed;
    if (graph::ParseNodeRef(center, &parsed) && parsed.kind != kind) continue;
    std::vector<NodeRef> of_kind;
    Status s = graph::FindNodes(c.r, kind, center, extract::FoldAscii(center), &of_kind);
    if (!s.ok()) return StorageError(s);
    if (of_kind.size() > 1 || (found && !of_kind.empty()))
      return ErrorReply(400, "center: several nodes are named \"" + center + "\"; give an id",
                        "center");
    if (!of_kind.empty()) ref = of_kind[0], found = true;
  }
  if (!found) return ErrorReply(404, "center: no node \"" + center + "\"", "center");
  graph::Subgraph g;
  Status s = graph::NeighbourhoodSubgraph(c.r, ref, depth, max_nodes, &g);
  if (s.IsNotFound()) return ErrorReply(404, "center: " + s.message(), "center");
  if (!s.ok()) return StorageError(s);
  HttpReply reply;
  if (!svg && export_format == graph::ExportFormat::kJson) return JsonReply(graph::SubgraphJson(g));
  if (!svg && export_format == graph::ExportFormat::kGraphml) {
    s = graph::WriteGraphml(g, &reply.body);
    reply.content_type = "application/graphml+xml; charset=utf-8";
  } else {
    s = graph::WriteDot(g, &reply.body);
    reply.content_type = "text/vnd.graphviz; charset=utf-8";
    if (s.ok() && svg) {
      std::string dot = std::move(reply.body);
      s = RenderSvg(dot, &reply.body);
      reply.content_type = "image/svg+xml; charset=utf-8";
    }
  }
  if (!s.ok()) return ErrorReply(500, "cannot draw the graph: " + s.message());
  return reply;
}

}  // namespace reads

HttpReply ErrorReply(int status, const std::string& message, const std::string& parameter) {
  json error = {{"status", status}, {"message", message}};
  if (!parameter.empty()) error["parameter"] = parameter;
  return reads::JsonReply({{"error", std::move(error)}}, status);
}

}  // namespace vnkg::api
