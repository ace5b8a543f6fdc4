// What one article adds to the graph: its nodes (with the reason each of its
// people was joined to an existing official or made a new one) and its
// edges, each with evidence. A pure function of the record and of the people
// already on record; the store writes it in one batch and can take it back.
#ifndef VNKG_GRAPH_CONTRIBUTION_H_
#define VNKG_GRAPH_CONTRIBUTION_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

#include "graph/lineage.h"
#include "graph/model.h"
#include "graph/node.h"
#include "graph/record.h"
#include "graph/status.h"

namespace vnkg::graph {

// Version of what BuildContribution makes of a record: stories stored by an
// older one are rebuilt by the next ingest (and by reindex).
// 2: sightings and participation dated by the story's meeting, else published.
// 3: a unit's parent is a weak write (it no longer wipes the parent's data
//    and search names that a story naming it wrote).
// 4: localities are identified by (map, code) and carry their map; bodies of
//    post-reform units are apart from same-named ones before it; a story
//    naming a March unit or a body of one writes its succeeded_by edges;
//    officials are joined across provinces on strong evidence only
//    (graph/person_joins.h).
constexpr int kContributionVersion = 4;

// Officials already on record, for entity resolution.
class PersonDirectory {
 public:
  // A post held, as one story's holds edge states it.
  struct Post {
    std::string position, organization;  // the organization's name
    bool former = false;
    uint64_t article = 0;  // the story stating it (resolution ignores the story it rebuilds)
    bool operator<(const Post& o) const {
      return std::tie(position, organization, former, article) <
             std::tie(o.position, o.organization, o.former, o.article);
    }
  };
  struct Entry {
    NodeRef ref;
    std::string province;  // "" when unknown
    // The distinct names of the organizations where the person holds posts,
    // and those posts (one per story stating each); filled only when the
    // province is known (resolution looks no further).
    std::vector<std::string> organizations;
    std::vector<Post> posts;
  };
  virtual ~PersonDirectory() = default;
  // People whose folded name (Record Person::key) is `key`; a storage error
  // is returned as it is.
  virtual Status PeopleNamed(const std::string& key, std::vector<Entry>* out) const = 0;
};

struct ArticleMeta {
  uint64_t id = 0;
  std::string doc;
  std::optional<std::string> url;
  std::optional<std::string> date;  // the story's date: published, else its meeting's
};

// The date of what the story reports about the person named `person`: the
// first dated meeting they take part in, else the story's first dated
// meeting, else meta.date.
std::optional<std::string> EventDate(const ArticleMeta& meta, const Record& record,
                                     const std::string& person);

struct NodeWrite {
  NodeRef ref;
  Node node;           // its data; node.search are the names to index
  std::string reason;  // why this article's mention is this node
  // Only what the story says in passing (a unit's parent): creates the node
  // when absent, never replaces the data a story naming it wrote.
  bool weak = false;
};

// holds: qualifier = low 32 bits of the hash of the position (+ "|former").
using EdgeWrite = Edge;

struct Contribution {
  std::vector<NodeWrite> nodes;
  std::vector<EdgeWrite> edges;
};

// The article's date as FORMAT.md gives it: published, else the first meeting's.
std::optional<std::string> ArticleDate(const Record& record);

NodeRef ArticleRef(uint64_t article_id);

// The ids of localities: "loc|" + map + "|" + code for a resolved unit (a
// record without a map was resolved on the March one).
NodeRef LocalityNodeRef(std::string_view map, std::string_view code);
// The id of an organization named with a place: "org|" + key + "|" +
// province, plus "|2025-07" when its place is on the post-reform map.
NodeRef PlacedOrganizationRef(const std::string& key, const std::string& province,
                              const std::optional<std::string>& map);

class NationalPosts;

// The reason of the nodes a story writes only as successors of the units and
// bodies it names (Knowledge::lineage).
inline constexpr char kSuccessorReason[] = "successor of a unit or body the story names";

// What the builder knows beyond the story, each optional (null: not used).
struct Knowledge {
  // The reform: a story naming a March province or commune, or a body of
  // one named after it ("Tỉnh ủy Tiền Giang", "Đảng ủy xã A"), writes the
  // unit's successors and its bodies' counterparts on the July map ("Tỉnh ủy
  // Đồng Tháp") as weak nodes (created when absent, like a unit's parent),
  // with succeeded_by edges (qualifier Share) and the counterpart's
  // located_in and part_of edges. District rows are left to the locality
  // query (the level was abolished; its bodies have no counterparts). Stories
  // on the July map write no predecessors: the old bodies that matter are
  // those some story names, and that story writes their edge; queries
  // reach the rest from the table (graph/queries.h, GetLocality).
  const Lineage* lineage = nullptr;
  // Posts few people hold nationwide, for joins across provinces.
  const NationalPosts* national = nullptr;
};

// What the story adds; fails only when `people` does.
Status BuildContribution(const ArticleMeta& meta, const Record& record,
                         const PersonDirectory& people, Contribution* out,
                         const Knowledge& knowledge = {});

}  // namespace vnkg::graph

#endif  // VNKG_GRAPH_CONTRIBUTION_H_
