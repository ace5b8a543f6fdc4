#include "graph/queries.h"

#include "graph/contribution.h"

#include <algorithm>
#include <deque>
#include <set>
#include <tuple>

namespace vnkg::graph {
namespace {

// Undated sorts after dated.
bool EarlierDate(const std::optional<std::string>& a, const std::optional<std::string>& b) {
  if (a && b) return *a < *b;
  return a.has_value() && !b.has_value();
}

// The node's name, or NotFound's fallback: its id.
Status NameOf(const GraphReader& r, NodeRef ref, std::string* out) {
  Node n;
  Status s = r.GetNode(ref, &n);
  if (s.IsNotFound()) {
    *out = FormatNodeRef(ref);
    return Status::OK();
  }
  if (s.ok()) *out = n.name;
  return s;
}

Status SightingOf(const GraphReader& r, const Edge& e, Sighting* out) {
  out->person = e.src;
  out->organization = e.dst;
  out->position = e.evidence.position;
  out->evidence = e.evidence;
  Status s = NameOf(r, e.src, &out->person_name);
  return s.ok() ? NameOf(r, e.dst, &out->organization_name) : s;
}

// Sightings of every holder of posts in `org`, kept by `keep` (when set).
Status SightingsIn(const GraphReader& r, NodeRef org,
                   const std::function<bool(const std::string&)>& keep,
                   std::vector<Sighting>* out) {
  std::vector<Edge> edges;
  Status s = r.InEdges(org, EdgeKind::kHolds, &edges);
  if (!s.ok()) return s;
  for (const Edge& e : edges) {
    if (keep && !keep(e.evidence.position)) continue;
    Sighting sighting;
    s = SightingOf(r, e, &sighting);
    if (!s.ok()) return s;
    out->push_back(std::move(sighting));
  }
  return Status::OK();
}

constexpr EdgeKind kParticipation[] = {EdgeKind::kAttended, EdgeKind::kChaired,
                                       EdgeKind::kGuestAt, EdgeKind::kSpokeAt};

// Participation labels per the other end of `node`'s participation edges.
Status Labels(const GraphReader& r, NodeRef node, bool person_side,
              std::map<NodeRef, std::vector<std::string>>* out) {
  for (EdgeKind k : kParticipation) {
    std::vector<Edge> edges;
    Status s = person_side ? r.OutEdges(node, k, &edges) : r.InEdges(node, k, &edges);
    if (!s.ok()) return s;
    for (const Edge& e : edges) {
      auto& labels = (*out)[person_side ? e.dst : e.src];
      const char* label = k == EdgeKind::kChaired   ? "chair"
                          : k == EdgeKind::kGuestAt ? "guest"
                          : k == EdgeKind::kSpokeAt ? "speaker"
                                                    : nullptr;
      if (label && std::find(labels.begin(), labels.end(), label) == labels.end())
        labels.push_back(label);
    }
  }
  for (auto& [ref, labels] : *out)
    if (labels.empty()) labels.push_back("present");
  return Status::OK();
}

bool HasName(const Node& n, std::string_view folded) {
  return std::find(n.search.begin(), n.search.end(), folded) != n.search.end();
}

}  // namespace

bool IsIsoDate(std::string_view d) {
  auto digits = [&](size_t from, size_t n) {
    for (size_t i = from; i < from + n; ++i)
      if (i >= d.size() || d[i] < '0' || d[i] > '9') return false;
    return true;
  };
  auto number = [&](size_t from) { return (d[from] - '0') * 10 + (d[from + 1] - '0'); };
  if (!digits(0, 4)) return false;
  if (d.size() == 4) return true;
  if (d.size() < 7 || d[4] != '-' || !digits(5, 2) || number(5) < 1 || number(5) > 12) return false;
  if (d.size() == 7) return true;
  if (d.size() != 10 || d[7] != '-' || !digits(8, 2)) return false;
  int year = std::stoi(std::string(d.substr(0, 4))), month = number(5), day = number(8);
  static constexpr int kDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return day >= 1 && day <= (month == 2 && !leap ? 28 : kDays[month - 1]);
}

Status FindNodes(const GraphReader& r, NodeKind kind, std::string_view text,
                 std::string_view folded, std::vector<NodeRef>* out) {
  out->clear();
  NodeRef ref;
  if (ParseNodeRef(text, &ref)) {
    if (ref.kind != kind) return Status::OK();
    Node n;
    Status s = r.GetNode(ref, &n);
    if (s.ok()) out->push_back(ref);
    return s.IsNotFound() ? Status::OK() : s;
  }
  std::vector<NodeRef> hits;
  Status s = r.SearchNames(folded, kMaxSearchScan, &hits);
  if (!s.ok()) return s;
  std::vector<NodeRef> same, folded_same, prefix;
  std::set<NodeRef> old_map;  // of a name shared across the reform
  for (const NodeRef& h : hits) {
    if (h.kind != kind) continue;
    Node n;
    s = r.GetNode(h, &n);
    if (s.IsNotFound()) continue;  // a stale index entry: `vnkg check` reports it
    if (!s.ok()) return s;
    (n.name == text ? same : HasName(n, folded) ? folded_same : prefix).push_back(h);
    const std::optional<std::string>& map =
        kind == NodeKind::kLocality ? n.locality.map : n.organization.map;
    if (map != kJulyMap) old_map.insert(h);
  }
  *out = !same.empty() ? same : !folded_same.empty() ? folded_same : prefix;
  bool named = !same.empty() || !folded_same.empty();  // not a mere prefix
  if (!named || out->size() < 2 || (kind != NodeKind::kLocality && kind != NodeKind::kOrganization))
    return Status::OK();
  std::vector<NodeRef> told, in_force;  // named by a story; of those, post-reform
  for (const NodeRef& h : *out) {
    std::vector<JoinReason> reasons;
    s = r.Reasons(h, &reasons);
    if (!s.ok()) return s;
    bool derived = std::all_of(reasons.begin(), reasons.end(),
                               [](const JoinReason& j) { return j.reason == kSuccessorReason; });
    if (!derived) told.push_back(h);
    if (!derived && !old_map.count(h)) in_force.push_back(h);
  }
  if (!told.empty() && told.size() < out->size()) *out = told;
  if (!in_force.empty() && in_force.size() < out->size()) *out = std::move(in_force);
  return Status::OK();
}

Status Search(const GraphReader& r, std::string_view text, std::string_view folded,
              const Page& page, Answer<SearchHit>* out, std::optional<NodeKind> kind) {
  std::vector<NodeRef> hits;
  Status s = r.SearchNames(folded, kMaxSearchScan, &hits);
  if (!s.ok()) return s;
  std::vector<std::pair<int, SearchHit>> ranked;
  for (const NodeRef& h : hits) {
    if (kind && h.kind != *kind) continue;
    Node n;
    s = r.GetNode(h, &n);
    if (s.IsNotFound()) continue;
    if (!s.ok()) return s;
    SearchHit hit{h, n.name, std::nullopt};
    if (h.kind == NodeKind::kPerson && !n.person.province.empty()) hit.province = n.person.province;
    if (h.kind == NodeKind::kOrganization) hit.province = n.organization.province;
    if (h.kind == NodeKind::kOrganization) hit.map = n.organization.map;
    if (h.kind == NodeKind::kLocality) hit.map = n.locality.map;
    ranked.push_back({n.name == text ? 0 : HasName(n, folded) ? 1 : 2, std::move(hit)});
  }
  std::stable_sort(ranked.begin(), ranked.end(),
                   [](const auto& a, const auto& b) { return a.first < b.first; });
  std::vector<SearchHit> all;
  for (auto& [rank, hit] : ranked) all.push_back(std::move(hit));
  TakePage(std::move(all), page, out);
  return Status::OK();
}

Status Roles(const GraphReader& r, NodeRef person, std::vector<Term>* out) {
  out->clear();
  std::vector<Edge> edges;
  Status s = r.OutEdges(person, EdgeKind::kHolds, &edges);
  if (!s.ok()) return s;
  std::set<NodeRef> orgs;
  for (const Edge& e : edges) orgs.insert(e.dst);
  std::vector<Sighting> sightings;
  for (const NodeRef& org : orgs) {
    s = SightingsIn(r, org, nullptr, &sightings);
    if (!s.ok()) return s;
  }
  for (Term& t : BuildTerms(sightings))
    if (t.person == person) out->push_back(std::move(t));
  return Status::OK();
}

Status Holders(const GraphReader& r, NodeRef org,
               const std::function<bool(const std::string&)>& keep, std::vector<Term>* out) {
  std::vector<Sighting> sightings;
  Status s = SightingsIn(r, org, keep, &sightings);
  if (s.ok()) *out = BuildTerms(sightings);
  return s;
}

Status GetPerson(const GraphReader& r, NodeRef person, PersonAnswer* out) {
  *out = PersonAnswer();
  Status s = r.GetNode(person, &out->node);
  if (s.ok()) s = Roles(r, person, &out->roles);
  if (s.ok()) s = r.Reasons(person, &out->joined);
  std::map<NodeRef, std::vector<std::string>> labels;
  if (s.ok()) s = Labels(r, person, true, &labels);
  if (!s.ok()) return s;
  for (auto& [ref, as] : labels) {
    Node m;
    s = r.GetNode(ref, &m);
    if (s.IsNotFound()) continue;
    if (!s.ok()) return s;
    out->meetings.push_back(
        {ref, m.name, m.meeting.date, m.meeting.organizer, m.meeting.doc, std::move(as)});
  }
  std::stable_sort(out->meetings.begin(), out->meetings.end(),
                   [](const Attendance& a, const Attendance& b) { return EarlierDate(a.date, b.date); });
  return Status::OK();
}

Status GetMeeting(const GraphReader& r, NodeRef meeting, MeetingAnswer* out) {
  *out = MeetingAnswer();
  Status s = r.GetNode(meeting, &out->node);
  std::map<NodeRef, std::vector<std::string>> labels;
  if (s.ok()) s = Labels(r, meeting, false, &labels);
  if (!s.ok()) return s;
  Node article;
  s = r.GetNode({NodeKind::kArticle, out->node.meeting.article}, &article);
  if (!s.ok() && !s.IsNotFound()) return s;
  out->title = article.article.title;
  out->url = article.article.url;
  std::vector<Edge> reported;
  s = r.OutEdges(meeting, EdgeKind::kReportedIn, &reported);
  if (!s.ok()) return s;
  if (!reported.empty()) out->reported = reported.front().evidence;
  for (auto& [ref, as] : labels) {
    MeetingParticipant p{ref, "", std::move(as)};
    s = NameOf(r, ref, &p.name);
    if (!s.ok()) return s;
    out->participants.push_back(std::move(p));
  }
  return Status::OK();
}

Status Meetings(const GraphReader& r, const MeetingQuery& q, const Page& page,
                Answer<MeetingAnswer>* out) {
  // Candidates: the meetings of the narrowest filter given, else all.
  std::optional<std::set<NodeRef>> candidates;
  auto narrow = [&](const std::vector<NodeRef>& nodes, EdgeKind kind) -> Status {
    if (nodes.empty()) return Status::OK();
    std::set<NodeRef> found;
    for (const NodeRef& n : nodes) {
      std::vector<Edge> edges;
      Status s = r.OutEdges(n, kind, &edges);
      if (!s.ok()) return s;
      for (const Edge& e : edges)
        if (!candidates || candidates->count(e.dst)) found.insert(e.dst);
    }
    candidates = std::move(found);
    return Status::OK();
  };
  Status s = narrow(q.chairs, EdgeKind::kChaired);
  if (s.ok()) s = narrow(q.attendees, EdgeKind::kAttended);
  if (s.ok()) s = narrow(q.organizers, EdgeKind::kOrganized);
  if (!s.ok()) return s;
  std::vector<NodeRef> refs;
  if (candidates) {
    refs.assign(candidates->begin(), candidates->end());
  } else {
    s = r.ListNodes(NodeKind::kMeeting, &refs);
    if (!s.ok()) return s;
  }
  std::vector<Node> matching;
  for (const NodeRef& ref : refs) {
    Node m;
    s = r.GetNode(ref, &m);
    if (s.IsNotFound()) continue;
    if (!s.ok()) return s;
    const std::optional<std::string>& date = m.meeting.date;
    if (q.from && (!date || *date < *q.from)) continue;
    if (q.to && (!date || date->substr(0, q.to->size()) > *q.to)) continue;
    if (q.locality && m.meeting.locality != q.locality) continue;
    matching.push_back(std::move(m));
  }
  std::stable_sort(matching.begin(), matching.end(), [](const Node& a, const Node& b) {
    return EarlierDate(a.meeting.date, b.meeting.date);
  });
  out->page = page;
  out->total = matching.size();
  out->results.clear();
  for (size_t i = page.offset; i < matching.size() && out->results.size() < page.limit; ++i) {
    MeetingAnswer m;
    s = GetMeeting(r, matching[i].ref, &m);  // participants of this page only
    if (!s.ok()) return s;
    out->results.push_back(std::move(m));
  }
  return Status::OK();
}

Status GetNeighbourhood(const GraphReader& r, NodeRef center, int depth, size_t max_nodes,
                        Neighbourhood* out) {
  *out = Neighbourhood();
  std::map<NodeRef, int> seen;  // node -> its distance
  std::deque<NodeRef> queue;
  Node c;
  Status s = r.GetNode(center, &c);
  if (!s.ok()) return s;
  out->nodes.push_back(std::move(c));
  seen[center] = 0;
  queue.push_back(center);
  std::set<std::tuple<NodeRef, EdgeKind, NodeRef>> edge_seen;
  std::vector<Edge> found;
  while (!queue.empty()) {
    NodeRef at = queue.front();
    queue.pop_front();
    if (seen[at] >= depth) continue;
    std::vector<Edge> out_edges, in_edges;
    s = r.OutEdges(at, std::nullopt, &out_edges);
    if (s.ok()) s = r.InEdges(at, std::nullopt, &in_edges);
    if (!s.ok()) return s;
    out_edges.insert(out_edges.end(), in_edges.begin(), in_edges.end());
    for (Edge& e : out_edges) {
      NodeRef other = e.src == at ? e.dst : e.src;
      if (other.kind == NodeKind::kArticle) continue;
      if (!seen.count(other)) {
        if (out->nodes.size() >= max_nodes) {
          out->truncated = true;
          continue;
        }
        Node n;
        s = r.GetNode(other, &n);
        if (s.IsNotFound()) continue;
        if (!s.ok()) return s;
        seen[other] = seen[at] + 1;
        out->nodes.push_back(std::move(n));
        queue.push_back(other);
      }
      if (edge_seen.insert({e.src, e.kind, e.dst}).second) found.push_back(std::move(e));
    }
  }
  for (Edge& e : found)
    if (seen.count(e.src) && seen.count(e.dst)) out->edges.push_back(std::move(e));
  return Status::OK();
}

Status Citer::Cite(const Evidence& e, Citation* out) {
  *out = Citation();
  out->doc = e.doc;
  out->date = e.date;
  auto text = texts_.find(e.article);
  if (text == texts_.end()) {
    std::string t;
    Status s = r_.ArticleText(e.article, &t);
    if (!s.ok() && !s.IsNotFound()) return s;
    text = texts_.emplace(e.article, std::move(t)).first;
  }
  if (e.span.end > e.span.start && e.span.end <= text->second.size())
    out->sentence = text->second.substr(e.span.start, e.span.end - e.span.start);
  auto article = articles_.find(e.article);
  if (article == articles_.end()) {
    Node a;
    Status s = r_.GetNode({NodeKind::kArticle, e.article}, &a);
    if (!s.ok() && !s.IsNotFound()) return s;
    article = articles_.emplace(e.article, std::move(a)).first;
  }
  out->title = article->second.article.title;
  out->url = article->second.article.url;
  return Status::OK();
}

}  // namespace vnkg::graph
