// Terms of office from the evidence of `holds` edges, the way Wikidata's
// position-held statements and OpenSanctions' occupancies model them: each
// (person, position, organization) seen in the stories is a term with the
// dates it was first and last seen held, and the date by which it had
// passed on, if the stories show one.
#ifndef VNKG_GRAPH_HISTORY_H_
#define VNKG_GRAPH_HISTORY_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "graph/model.h"
#include "graph/node.h"

namespace vnkg::graph {

// One story's statement that a person holds (or, `former`, held) a post.
struct Sighting {
  NodeRef person;
  std::string person_name;
  std::string position;
  NodeRef organization;
  std::string organization_name;
  // Its date (the event the story reports, else its publication) and
  // whether it states the post as former are evidence.date, evidence.former.
  Evidence evidence;
};

enum class TermStatus { kCurrent, kEnded };
const char* TermStatusName(TermStatus status);  // "current", "ended"

struct Term {
  NodeRef person;
  std::string person_name;
  std::string position;
  NodeRef organization;
  std::string organization_name;
  // ISO 8601 dates as precise as the stories give them ("2021-05-19",
  // "2021-05", "2021"). first_seen / last_seen bound the sightings stating
  // the post as held; none when it is only seen as former.
  std::optional<std::string> first_seen, last_seen;
  // The earliest date by which the post had passed on: the first sighting
  // of another holder of a single-holder post after last_seen, or a
  // sighting of this person as former (not before last_seen).
  std::optional<std::string> ended;
  TermStatus status = TermStatus::kCurrent;  // kEnded also when ended is unknown
  std::vector<Evidence> evidence;            // the sightings' evidence, by date (undated last)
  // Set by HoldersWithPredecessors (graph/queries.h) on a term held in a
  // body the organization asked for succeeded: that body (= organization).
  std::optional<NodeRef> held_in;
};

// Whether one person at a time holds `position` in an organization (Bí thư,
// Chủ tịch, Trưởng ban, Giám đốc...), so that another holder's sighting ends
// a term; deputies and members (Phó..., Ủy viên...) are not.
bool IsSingleHolderPost(std::string_view position);

// Terms from the sightings of every holder of the posts concerned (a
// successor's sighting ends a term only if it is among `sightings`). Terms
// come in time order: by first_seen, undated last, then by person and
// position.
std::vector<Term> BuildTerms(const std::vector<Sighting>& sightings);

}  // namespace vnkg::graph

#endif  // VNKG_GRAPH_HISTORY_H_
