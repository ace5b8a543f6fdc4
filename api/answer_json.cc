#include "api/answer_json.h"

#include <utility>

#include "graph/lineage.h"
#include "graph/node_json.h"

namespace vnkg::api {
namespace {

using graph::NodeKind;
using graph::NodeRef;

std::string Id(NodeRef ref) { return graph::FormatNodeRef(ref); }

json OptNonEmpty(const std::string& v) { return v.empty() ? json(nullptr) : json(v); }

}  // namespace

json Opt(const std::optional<std::string>& v) { return v ? json(*v) : json(nullptr); }

json Envelope(json results, size_t total, const graph::Page& page) {
  return {{"results", std::move(results)},
          {"total", total},
          {"limit", page.limit},
          {"offset", page.offset}};
}

bool AnswerJson::Keep(const Status& s) {
  if (!s.ok() && error_.ok()) error_ = s;
  return s.ok();
}

json AnswerJson::SearchHit(const graph::SearchHit& h) {
  json j = {{"kind", graph::NodeKindName(h.ref.kind)},
            {"id", Id(h.ref)},
            {"name", h.name},
            {"province", Opt(h.province)}};
  if (h.map) j["map"] = *h.map;
  return j;
}

json AnswerJson::PersonHead(const graph::Node& n) {
  return {{"kind", "person"},
          {"id", Id(n.ref)},
          {"name", n.name},
          {"province", OptNonEmpty(n.person.province)}};
}

json AnswerJson::Person(const graph::PersonAnswer& a) {
  json merges = json::array(), meetings = json::array();
  for (const auto& j : a.joined) {
    graph::Node article;
    Status got = r_.GetNode({NodeKind::kArticle, j.article}, &article);
    if (!got.IsNotFound()) Keep(got);
    merges.push_back({{"article", Id({NodeKind::kArticle, j.article})},
                      {"doc", article.article.doc},
                      {"reason", j.reason}});
  }
  for (const auto& m : a.meetings)
    meetings.push_back({{"id", Id(m.meeting)},
                        {"date", Opt(m.date)},
                        {"name", m.name},
                        {"organizer", Opt(m.organizer)},
                        {"doc", m.doc},
                        {"as", m.as}});
  json head = PersonHead(a.node);
  head["roles"] = Terms(a.roles);
  head["meetings"] = std::move(meetings);
  head["merged_from"] = std::move(merges);
  return head;
}

json AnswerJson::Evidence(const graph::Evidence& e) {
  graph::Citation c;
  Keep(citer_.Cite(e, &c));
  json j = {{"article", Id({NodeKind::kArticle, e.article})},
            {"doc", e.doc},
            {"date", Opt(e.date)},
            {"title", Opt(c.title)},
            {"url", Opt(c.url)},
            {"sentence", c.sentence},
            {"start", e.span.start},
            {"end", e.span.end}};
  if (!e.position.empty()) {
    j["position"] = e.position;
    j["former"] = e.former;
  }
  if (!e.as.empty()) j["as"] = e.as;
  return j;
}

json AnswerJson::Terms(const std::vector<graph::Term>& terms) {
  json out = json::array();
  for (const auto& t : terms) {
    json ev = json::array();
    for (const auto& e : t.evidence) ev.push_back(Evidence(e));
    out.push_back({{"person", {{"id", Id(t.person)}, {"name", t.person_name}}},
                   {"position", t.position},
                   {"organization", {{"id", Id(t.organization)}, {"name", t.organization_name}}},
                   {"first_seen", Opt(t.first_seen)},
                   {"last_seen", Opt(t.last_seen)},
                   {"ended", Opt(t.ended)},
                   {"status", graph::TermStatusName(t.status)},
                   {"evidence", std::move(ev)}});
    if (t.held_in) out.back()["held_in"] = {{"id", Id(*t.held_in)}, {"name", t.organization_name}};
  }
  return out;
}

json AnswerJson::Meeting(const graph::MeetingAnswer& m) {
  json parts = json::array();
  for (const auto& p : m.participants)
    parts.push_back({{"id", Id(p.person)}, {"name", p.name}, {"as", p.as}});
  json sentence = nullptr;
  if (m.reported) {
    graph::Citation c;
    if (Keep(citer_.Cite(*m.reported, &c)) && !c.sentence.empty()) sentence = c.sentence;
  }
  return {{"kind", "meeting"},
          {"id", Id(m.node.ref)},
          {"name", m.node.name},
          {"date", Opt(m.node.meeting.date)},
          {"organizer", Opt(m.node.meeting.organizer)},
          {"locality", Opt(m.node.meeting.locality)},
          {"doc", m.node.meeting.doc},
          {"article", Id({NodeKind::kArticle, m.node.meeting.article})},
          {"title", Opt(m.title)},
          {"url", Opt(m.url)},
          {"sentence", std::move(sentence)},
          {"participants", std::move(parts)}};
}

json AnswerJson::Neighbourhood(const graph::Neighbourhood& hood) {
  json nodes = json::array(), edges = json::array();
  for (const auto& n : hood.nodes)
    nodes.push_back(
        {{"kind", graph::NodeKindName(n.ref.kind)}, {"id", Id(n.ref)}, {"name", n.name}});
  for (const auto& e : hood.edges) {
    edges.push_back({{"source", Id(e.src)},
                     {"kind", graph::EdgeKindName(e.kind)},
                     {"target", Id(e.dst)},
                     {"evidence", Evidence(e.evidence)}});
    if (e.kind == graph::EdgeKind::kSucceededBy)
      edges.back()["share"] = graph::ShareName(e.qualifier);  // "whole", "part"
  }
  const graph::Node& center = hood.nodes.front();
  return {{"kind", graph::NodeKindName(center.ref.kind)},
          {"id", Id(center.ref)},
          {"name", center.name},
          {"neighbours", std::move(nodes)},
          {"edges", std::move(edges)},
          {"truncated", hood.truncated}};
}

json AnswerJson::Unit(const graph::LocalityUnit& u) {
  json j = {{"kind", "locality"},
            {"id", Id(u.ref)},
            {"name", u.name},
            {"level", Opt(u.level)},
            {"map", Opt(u.map)},
            {"code", Opt(u.code)},
            {"valid_from", Opt(u.valid.from)},
            {"valid_until", Opt(u.valid.until)},
            {"in_graph", u.in_graph}};
  if (!u.share.empty()) j["share"] = u.share;
  return j;
}

json AnswerJson::Locality(const graph::LocalityAnswer& a) {
  auto units = [this](const std::vector<graph::LocalityUnit>& list) {
    json out = json::array();
    for (const auto& u : list) out.push_back(Unit(u));
    return out;
  };
  json head = Unit(a.unit);
  head["parents"] = units(a.parents);
  head["children"] = units(a.children);
  head["predecessors"] = units(a.predecessors);
  head["successors"] = units(a.successors);
  return head;
}

json AnswerJson::Node(const graph::Node& n) { return graph::NodeJson(n); }

}  // namespace vnkg::api
