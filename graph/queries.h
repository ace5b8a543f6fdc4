// The questions users ask, answered as structs from a GraphReader: search,
// person, roles, holders, meetings, meeting, neighbourhood, and citations of
// evidence. Renderers (the CLI, the HTTP API, exports) only format these.
// Each returns a storage error as it is (never a partial answer) and does
// bounded work: lists are paged (Page), traversals capped.
#ifndef VNKG_GRAPH_QUERIES_H_
#define VNKG_GRAPH_QUERIES_H_

#include <cstddef>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "graph/history.h"
#include "graph/lineage.h"
#include "graph/node.h"
#include "graph/reader.h"
#include "graph/status.h"

namespace vnkg::graph {

constexpr size_t kDefaultLimit = 20;
constexpr size_t kMaxLimit = 100000;
// A search looks at this many distinct nodes at most; `total` counts those.
constexpr size_t kMaxSearchScan = 10000;

struct Page {
  size_t limit = kDefaultLimit;  // 1..kMaxLimit
  size_t offset = 0;
};

// Items offset.. of a list of `total`, at most limit of them.
template <typename T>
struct Answer {
  std::vector<T> results;
  size_t total = 0;
  Page page;
};

// The page of `all` that `page` asks for, into *out.
template <typename T>
void TakePage(std::vector<T> all, const Page& page, Answer<T>* out) {
  out->page = page;
  out->total = all.size();
  out->results.clear();
  for (size_t i = page.offset; i < all.size() && out->results.size() < page.limit; ++i)
    out->results.push_back(std::move(all[i]));
}

// Whether `date` is ISO 8601 as precise as known: YYYY, YYYY-MM or
// YYYY-MM-DD, with a real month and day.
bool IsIsoDate(std::string_view date);

// The nodes of `kind` a user means by `text`: an id ("p:…") names one;
// otherwise names equal to `text` (diacritics and all), else names whose
// diacritic-free form equals `folded`, else names starting with `folded`
// (the caller folds: graph/ knows no text rules). Among several bodies or
// units of one name before and after the July 2025 reform (the node's map),
// those some story names are meant (not those written only as successors),
// and of those the post-reform ones: "Tỉnh ủy Đồng Tháp" is the one in
// force; the old one is reached by id or as its predecessor. Empty when none.
Status FindNodes(const GraphReader& r, NodeKind kind, std::string_view text,
                 std::string_view folded, std::vector<NodeRef>* out);

struct SearchHit {
  NodeRef ref;
  std::string name;
  std::optional<std::string> province;  // people and organizations, when known
  std::optional<std::string> map;  // organizations and localities: "2025-03" or "2025-07"
};
// Nodes whose name, or a word of it, starts with `folded`: names equal to
// `text` first, then names whose folded form is `folded`, then the others in
// index order. With `kind`, only nodes of that kind.
Status Search(const GraphReader& r, std::string_view text, std::string_view folded,
              const Page& page, Answer<SearchHit>* out,
              std::optional<NodeKind> kind = std::nullopt);

// A person's terms, each judged against the other holders of its post.
Status Roles(const GraphReader& r, NodeRef person, std::vector<Term>* out);
// The terms of the holders of posts in `org` whose position `keep` accepts
// (all when it is empty): with a position, the succession.
Status Holders(const GraphReader& r, NodeRef org,
               const std::function<bool(const std::string& position)>& keep,
               std::vector<Term>* out);

// The holders of `org` (as Holders) and of the bodies it succeeded, found
// backwards through succeeded_by edges transitively (Tỉnh ủy Đồng Tháp <-
// Tỉnh ủy Tiền Giang), at most kMaxLineageBodies bodies: each term from a
// predecessor carries held_in (its organization), and one the stories leave
// current (last seen before 2025-07-01) ended on 2025-07-01, when its body
// ceased. Terms in time order.
constexpr size_t kMaxLineageBodies = 200;
Status HoldersWithPredecessors(const GraphReader& r, NodeRef org,
                               const std::function<bool(const std::string& position)>& keep,
                               std::vector<Term>* out);

// An organization's neighbours across the reform: the bodies it succeeded
// (its incoming succeeded_by edges) and those that succeeded it (outgoing),
// one step, each with its share ("whole", "part"), in id order.
struct Succession {
  NodeRef ref;
  std::string name;
  std::string share;
};
Status OrganizationLineage(const GraphReader& r, NodeRef org, std::vector<Succession>* predecessors,
                           std::vector<Succession>* successors);

// A unit of either map as the locality query shows it: from the successor
// table and unit lists (graph/lineage.h) when the unit is on a map, so that
// the answer does not depend on which units stories named; from the graph's
// own nodes and edges for units the maps lack (unresolved names).
struct LocalityUnit {
  NodeRef ref;            // its node (graph::LocalityNodeRef for a unit of a map)
  bool in_graph = false;  // whether some story wrote that node
  std::string name;
  std::optional<std::string> level;      // "province", "district", "commune"
  std::optional<std::string> map, code;  // none when unresolved
  MapValidity valid;                     // of its map
  std::string share;                     // predecessors, successors: "whole", "part"
};
struct LocalityAnswer {
  LocalityUnit unit;
  std::vector<LocalityUnit> parents;  // nearest first
  std::vector<LocalityUnit> children;
  // March units: the July units that took them over; July units: the March
  // units they took over (whole or part).
  std::vector<LocalityUnit> predecessors, successors;
};
// The locality `ref`, answered from the table when it is a unit of a map
// (whether or not a story wrote its node), else from its node; NotFound when
// it is neither.
Status GetLocality(const GraphReader& r, const Lineage& lineage, NodeRef ref, LocalityAnswer* out);
// Every unit a user means by `text`: an id ("l:…") names one unit or node;
// otherwise
// the units of either map whose folded full or bare name is `key` (records'
// key: "tinh4 tiên2 giang"), else whose diacritic-free one is `folded`
// ("tinh tien giang"), March first, whether or not a story named them;
// when no unit of a map has that name, the locality nodes FindNodes finds.
// Empty when none.
Status FindLocalities(const GraphReader& r, const Lineage& lineage, std::string_view text,
                      std::string_view key, std::string_view folded,
                      std::vector<LocalityAnswer>* out);

// Taking part in a meeting, in the record's words: "chair", "guest",
// "speaker"; "present" when only attending.
struct Attendance {
  NodeRef meeting;
  std::string name;
  std::optional<std::string> date, organizer;
  std::string doc;
  std::vector<std::string> as;
};
struct PersonAnswer {
  Node node;
  std::vector<Term> roles;
  std::vector<Attendance> meetings;  // by date, undated last
  std::vector<JoinReason> joined;    // why each story's mention is this person
};
Status GetPerson(const GraphReader& r, NodeRef person, PersonAnswer* out);

struct MeetingParticipant {
  NodeRef person;
  std::string name;
  std::vector<std::string> as;
};
struct MeetingAnswer {
  Node node;
  std::vector<MeetingParticipant> participants;
  std::optional<std::string> title, url;  // of the story reporting it
  // The story's sentence reporting it (its reported_in evidence), when stored.
  std::optional<Evidence> reported;
};
Status GetMeeting(const GraphReader& r, NodeRef meeting, MeetingAnswer* out);

// Meetings matching every filter given: chaired by, attended by, organized
// by any of the nodes listed; whose organizer's place is `locality`; dated
// within [from, to] (ISO prefixes; undated meetings are left out then).
// Sorted by date, undated last. With a person or organizer filter the work
// is bounded by their edges; otherwise every meeting is looked at.
struct MeetingQuery {
  std::vector<NodeRef> chairs, attendees, organizers;
  std::optional<std::string> locality;
  std::optional<std::string> from, to;
};
Status Meetings(const GraphReader& r, const MeetingQuery& q, const Page& page,
                Answer<MeetingAnswer>* out);

// The nodes within `depth` edges of `center` (either direction, articles
// left out), at most `max_nodes` of them, breadth first, and the edges among
// them (one per source, kind and destination, with its first evidence).
struct Neighbourhood {
  std::vector<Node> nodes;  // center first
  std::vector<Edge> edges;
  bool truncated = false;   // max_nodes was reached
};
Status GetNeighbourhood(const GraphReader& r, NodeRef center, int depth, size_t max_nodes,
                        Neighbourhood* out);

// Provenance of one piece of evidence: the story's title, URL and date, and
// the sentence. Caches the stories it reads; not thread-safe.
struct Citation {
  std::string doc, sentence;
  std::optional<std::string> title, url, date;
};
class Citer {
 public:
  explicit Citer(const GraphReader& r) : r_(r) {}
  Status Cite(const Evidence& e, Citation* out);

 private:
  const GraphReader& r_;
  std::map<uint64_t, std::string> texts_;
  std::map<uint64_t, Node> articles_;
};

}  // namespace vnkg::graph

#endif  // VNKG_GRAPH_QUERIES_H_
