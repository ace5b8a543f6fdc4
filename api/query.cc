#include "api/query.h"

#include <iostream>
#include <memory>
#include <sstream>
#include <vector>

#include <nlohmann/json.hpp>

#include "api/answer_json.h"
#include "api/knowledge.h"
#include "extract/normalize.h"
#include "graph/queries.h"
#include "store/store.h"

namespace vnkg::api {
namespace {

using graph::NodeKind;
using graph::NodeRef;
std::string Id(NodeRef ref) { return graph::FormatNodeRef(ref); }

// One query's run: the store read-only, one reader (one snapshot), and the
// answer buffered so that a storage error prints no partial answer.
class Session {
 public:
  explicit Session(const QueryOptions& o) : o_(o) {}

  bool Open() {
    Status s = store::Store::OpenReadOnly(o_.db, &st_);
    if (s.ok()) s = st_->NewReader(&reader_);
    if (!s.ok()) {
      std::cerr << "vnkg: " << s.message() << "\n";
      return false;
    }
    citer_ = std::make_unique<graph::Citer>(*reader_);
    json_ = std::make_unique<AnswerJson>(*reader_);
    return true;
  }

  const graph::GraphReader& r() const { return *reader_; }
  graph::Citer& citer() { return *citer_; }
  AnswerJson& json_of() { return *json_; }
  const QueryOptions& options() const { return o_; }
  graph::Page page() const { return {o_.limit, o_.offset}; }
  std::ostream& out() { return buffer_; }

  // The one node of `kinds` the user means by `text`. Returns 0 when found;
  // else the exit status, the error or the candidates printed.
  int Resolve(const std::string& text, std::initializer_list<NodeKind> kinds, const char* what,
              NodeRef* out) {
    std::vector<NodeRef> found;
    for (NodeKind kind : kinds) {
      std::vector<NodeRef> of_kind;
      error_ = graph::FindNodes(*reader_, kind, text, extract::FoldAscii(text), &of_kind);
      if (!error_.ok()) return Finish(0);
      found.insert(found.end(), of_kind.begin(), of_kind.end());
    }
    if (found.size() == 1) {
      *out = found[0];
      return 0;
    }
    if (found.empty()) {
      std::cerr << "vnkg query: no " << what << " named \"" << text
                << "\" (try: vnkg query search \"" << text << "\")\n";
      return Finish(3);
    }
    std::cerr << "vnkg query: " << found.size() << " nodes are named \"" << text
              << "\": ask again with one of their ids\n";
    json candidates = json::array();
    for (const NodeRef& ref : found) {
      graph::Node n;
      error_ = reader_->GetNode(ref, &n);
      if (!error_.ok()) return Finish(0);
      std::string province = n.person.province.empty() ? n.organization.province.value_or("")
                                                       : n.person.province;
      candidates.push_back({{"kind", graph::NodeKindName(ref.kind)}, {"id", Id(ref)},
                            {"name", n.name},
                            {"province", province.empty() ? json(nullptr) : json(province)}});
      if (!o_.json)
        buffer_ << Id(ref) << "  " << graph::NodeKindName(ref.kind) << "  " << n.name
                << (province.empty() ? "" : " (" + province + ")") << "\n";
    }
    if (o_.json) PrintEnvelope(std::move(candidates), found.size(), true);
    return Finish(3);
  }

  // The --json answer: {"results", "total", "limit", "offset"}.
  void PrintEnvelope(json results, size_t total, bool ambiguous = false) {
    json answer = Envelope(std::move(results), total, page());
    if (ambiguous) answer["ambiguous"] = true;
    buffer_ << answer.dump(2) << "\n";
  }

  // Keeps the first storage error; true when `s` is OK.
  bool Keep(const Status& s) {
    if (!s.ok() && error_.ok()) error_ = s;
    return s.ok();
  }

  // Prints the answer and returns `code`, or only the storage error met
  // (exit status 2).
  int Finish(int code) {
    if (json_) Keep(json_->error());
    if (!error_.ok()) {
      std::cerr << "vnkg query: " << error_.message() << "\n";
      return 2;
    }
    std::cout << buffer_.str();
    return code;
  }

 private:
  QueryOptions o_;
  std::unique_ptr<store::Store> st_;
  std::unique_ptr<graph::GraphReader> reader_;
  std::unique_ptr<graph::Citer> citer_;
  std::unique_ptr<AnswerJson> json_;
  std::ostringstream buffer_;
  Status error_;
};

// "tỉnh Đồng Tháp (82, map 2025-07, province)"
std::string UnitText(const graph::LocalityUnit& u) {
  std::string out = u.name + " (" + u.code.value_or("unresolved");
  if (u.map) out += ", map " + *u.map;
  if (u.level) out += ", " + *u.level;
  if (!u.share.empty()) out += ", " + u.share;
  return out + ")";
}

// "first seen 2019-05-10, last seen 2019-05-10; ended 2021-08-03"
std::string TermDates(const graph::Term& t) {
  std::string out = t.first_seen ? "first seen " + *t.first_seen + ", last seen " + *t.last_seen
                                 : "only mentioned as former";
  if (t.status == graph::TermStatus::kEnded) return out + (t.ended ? "; ended " + *t.ended : "; ended");
  return out + "; current";
}

void PrintTerms(Session& s, const std::vector<graph::Term>& terms, bool by_person) {
  for (const auto& t : terms) {
    s.out() << "  " << t.position << " — " << (by_person ? t.person_name : t.organization_name)
            << (by_person && t.held_in ? " (held in " + t.organization_name + ")" : "")
            << "   " << TermDates(t) << "\n";
    for (const auto& e : t.evidence) {
      graph::Citation c;
      s.Keep(s.citer().Cite(e, &c));
      s.out() << "      " << e.date.value_or("undated") << "  " << e.doc
              << (c.title ? "  " + *c.title : "") << (e.former ? "  [former]" : "") << "\n";
      if (!c.sentence.empty()) s.out() << "        «" << c.sentence << "»\n";
    }
  }
}

std::string Join(const std::vector<std::string>& labels) {
  std::string out;
  for (const auto& l : labels) out += (out.empty() ? "" : ", ") + l;
  return out;
}

std::string Province(const std::string& p) { return p.empty() ? "" : " (" + p + ")"; }

void PrintMeeting(Session& s, const graph::MeetingAnswer& m) {
  const graph::MeetingData& d = m.node.meeting;
  s.out() << d.date.value_or("undated") << "  " << m.node.name << "\n"
          << "    organizer: " << d.organizer.value_or("unknown") << "\n"
          << "    place: " << d.locality.value_or("unknown") << "\n";
  for (const auto& p : m.participants) s.out() << "    " << p.name << " (" << Join(p.as) << ")\n";
  s.out() << "    story: " << d.doc << (m.title ? " — " + *m.title : "")
          << (m.url ? " <" + *m.url + ">" : "") << "\n";
}

// Text for a page that does not show every result.
void PrintMore(Session& s, size_t shown, size_t total) {
  const QueryOptions& o = s.options();
  if (shown == 0 && total > 0)
    s.out() << "(" << total << " in all, every one before --offset " << o.offset << ")\n";
  else if (o.offset + shown < total)
    s.out() << "(" << shown << " of " << total << " shown; --offset " << o.offset + shown
            << " for more)\n";
}

}  // namespace

int QuerySearch(const QueryOptions& o, const std::string& text) {
  Session s(o);
  if (!s.Open()) return 2;
  graph::Answer<graph::SearchHit> a;
  if (!s.Keep(graph::Search(s.r(), text, extract::FoldAscii(text), s.page(), &a))) return s.Finish(0);
  json results = json::array();
  for (const auto& h : a.results) {
    results.push_back(s.json_of().SearchHit(h));
    if (!o.json)
      s.out() << Id(h.ref) << "  " << graph::NodeKindName(h.ref.kind) << "  " << h.name
              << Province(h.province.value_or("")) << "\n";
  }
  if (o.json) s.PrintEnvelope(std::move(results), a.total);
  else PrintMore(s, a.results.size(), a.total);
  return s.Finish(0);
}

int QueryPerson(const QueryOptions& o, const std::string& who) {
  Session s(o);
  if (!s.Open()) return 2;
  NodeRef p;
  if (int code = s.Resolve(who, {NodeKind::kPerson}, "person", &p)) return code;
  graph::PersonAnswer a;
  if (!s.Keep(graph::GetPerson(s.r(), p, &a))) return s.Finish(0);
  json head = s.json_of().Person(a);
  if (o.json) {
    s.PrintEnvelope(json::array({std::move(head)}), 1);
    return s.Finish(0);
  }
  s.out() << a.node.name << "  " << Id(p) << Province(a.node.person.province) << "\n posts:\n";
  for (const auto& t : a.roles)
    s.out() << "  " << t.position << " — " << t.organization_name << "   " << TermDates(t) << "\n";
  s.out() << " meetings:\n";
  for (const auto& m : a.meetings)
    s.out() << "  " << m.date.value_or("undated") << "  " << m.name << "  (" << Join(m.as) << "; "
            << m.doc << ")\n";
  s.out() << " stories and why they were joined:\n";
  for (const json& m : head["merged_from"])
    s.out() << "  " << m["doc"].get<std::string>() << ": " << m["reason"].get<std::string>() << "\n";
  return s.Finish(0);
}

int QueryRoles(const QueryOptions& o, const std::string& who) {
  Session s(o);
  if (!s.Open()) return 2;
  NodeRef p;
  if (int code = s.Resolve(who, {NodeKind::kPerson}, "person", &p)) return code;
  graph::Node n;
  std::vector<graph::Term> terms;
  if (!s.Keep(s.r().GetNode(p, &n)) || !s.Keep(graph::Roles(s.r(), p, &terms))) return s.Finish(0);
  if (o.json) {
    json head = s.json_of().PersonHead(n);
    head["roles"] = s.json_of().Terms(terms);
    s.PrintEnvelope(json::array({std::move(head)}), 1);
  } else {
    s.out() << n.name << "  " << Id(p) << Province(n.person.province) << "\n";
    PrintTerms(s, terms, false);
  }
  return s.Finish(0);
}

int QueryHolders(const QueryOptions& o, const std::string& org,
                 const std::optional<std::string>& position, bool predecessors) {
  Session s(o);
  if (!s.Open()) return 2;
  NodeRef g;
  if (int code = s.Resolve(org, {NodeKind::kOrganization}, "organization", &g)) return code;
  std::string want = position ? extract::FoldAscii(*position) : "";
  graph::Node n;
  std::vector<graph::Term> terms;
  auto keep = [&](const std::string& pos) { return !position || extract::FoldAscii(pos) == want; };
  if (!s.Keep(s.r().GetNode(g, &n)) ||
      !s.Keep(predecessors ? graph::HoldersWithPredecessors(s.r(), g, keep, &terms)
                           : graph::Holders(s.r(), g, keep, &terms)))
    return s.Finish(0);
  if (o.json) {
    json head = {{"kind", "organization"}, {"id", Id(g)}, {"name", n.name},
                 {"province", Opt(n.organization.province)}, {"holders", s.json_of().Terms(terms)}};
    s.PrintEnvelope(json::array({std::move(head)}), 1);
  } else {
    s.out() << n.name << "  " << Id(g) << "\n";
    if (terms.empty()) s.out() << "  (no holders on record)\n";
    PrintTerms(s, terms, true);
  }
  return s.Finish(0);
}

int QueryLocality(const QueryOptions& o, const std::string& place) {
  Session s(o);
  if (!s.Open()) return 2;
  graph::Knowledge k;
  std::vector<graph::LocalityAnswer> found;
  if (!s.Keep(GraphKnowledge(&k)) ||
      !s.Keep(graph::FindLocalities(s.r(), *k.lineage, place, extract::FoldKey(place),
                                    extract::FoldAscii(place), &found)))
    return s.Finish(0);
  if (found.empty()) {
    std::cerr << "vnkg query: no place named \"" << place << "\" on either map or in the graph\n";
    return s.Finish(3);
  }
  json results = json::array();
  for (size_t i = o.offset; i < found.size() && results.size() < o.limit; ++i) {
    const graph::LocalityAnswer& a = found[i];
    results.push_back(s.json_of().Locality(a));
    if (o.json) continue;
    s.out() << UnitText(a.unit) << "  " << Id(a.unit.ref)
            << (a.unit.valid.until ? "  valid until " + *a.unit.valid.until : "")
            << (a.unit.valid.from ? "  valid from " + *a.unit.valid.from : "") << "\n";
    for (const auto& [label, list] : {std::pair{"part of", &a.parents}, {"succeeded by", &a.successors},
                                      {"took over", &a.predecessors}})
      for (const auto& u : *list) s.out() << "  " << label << ": " << UnitText(u) << "\n";
    if (!a.children.empty())
      s.out() << "  " << a.children.size() << " units within, first: " << UnitText(a.children[0])
              << "\n";
  }
  if (o.json) s.PrintEnvelope(std::move(results), found.size());
  else PrintMore(s, results.size(), found.size());
  return s.Finish(0);
}

int QueryMeetings(const QueryOptions& o, const MeetingFilter& f) {
  Session s(o);
  if (!s.Open()) return 2;
  graph::MeetingQuery q;
  q.from = f.from;
  q.to = f.to;
  auto one = [&](const std::optional<std::string>& text, NodeKind kind, const char* what,
                 std::vector<NodeRef>* out) {
    if (!text) return 0;
    NodeRef ref;
    int code = s.Resolve(*text, {kind}, what, &ref);
    if (code == 0) out->push_back(ref);
    return code;
  };
  if (int c = one(f.chair, NodeKind::kPerson, "person", &q.chairs)) return c;
  if (int c = one(f.attendee, NodeKind::kPerson, "person", &q.attendees)) return c;
  if (int c = one(f.organizer, NodeKind::kOrganization, "organization", &q.organizers)) return c;
  if (f.place) {
    NodeRef place;
    if (int c = s.Resolve(*f.place, {NodeKind::kLocality}, "place", &place)) return c;
    graph::Node n;
    if (!s.Keep(s.r().GetNode(place, &n))) return s.Finish(0);
    q.locality = n.name;
  }
  graph::Answer<graph::MeetingAnswer> a;
  if (!s.Keep(graph::Meetings(s.r(), q, s.page(), &a))) return s.Finish(0);
  if (o.json) {
    json results = json::array();
    for (const auto& m : a.results) results.push_back(s.json_of().Meeting(m));
    s.PrintEnvelope(std::move(results), a.total);
    return s.Finish(0);
  }
  for (const auto& m : a.results) PrintMeeting(s, m);
  if (a.total == 0) s.out() << "no meetings match\n";
  PrintMore(s, a.results.size(), a.total);
  return s.Finish(0);
}

int QueryNode(const QueryOptions& o, const std::string& what, int depth, size_t max_nodes) {
  Session s(o);
  if (!s.Open()) return 2;
  NodeRef ref;
  if (int code = s.Resolve(what,
                           {NodeKind::kPerson, NodeKind::kOrganization, NodeKind::kLocality,
                            NodeKind::kMeeting, NodeKind::kArticle},
                           "person, organization or place", &ref))
    return code;
  graph::Neighbourhood hood;
  if (!s.Keep(graph::GetNeighbourhood(s.r(), ref, depth, max_nodes, &hood))) return s.Finish(0);
  const graph::Node& center = hood.nodes.front();
  if (o.json) {
    json head = s.json_of().Neighbourhood(hood);
    s.PrintEnvelope(json::array({std::move(head)}), 1);
    return s.Finish(0);
  }
  s.out() << center.name << "  " << Id(ref) << "  " << graph::NodeKindName(ref.kind) << "\n";
  for (const auto& e : hood.edges) {
    std::string src, dst;
    for (const auto& n : hood.nodes) {
      if (n.ref == e.src) src = n.name;
      if (n.ref == e.dst) dst = n.name;
    }
    s.out() << "  " << src << " —" << graph::EdgeKindName(e.kind)
            << (e.evidence.position.empty() ? "" : " (" + e.evidence.position + ")")
            << (e.kind == graph::EdgeKind::kSucceededBy
                    ? std::string(" (") + graph::ShareName(e.qualifier) + ")"
                    : "")
            << "→ " << dst << "\n";
  }
  if (hood.truncated) s.out() << "(more than " << max_nodes << " nodes: --max-nodes for more)\n";
  return s.Finish(0);
}

}  // namespace vnkg::api
