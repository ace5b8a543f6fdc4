// `vnkg query`: renders graph/queries' answers as text for people or, with
// --json, as one JSON object (README.md, "JSON answers"). No graph logic here.
#ifndef VNKG_API_QUERY_H_
#define VNKG_API_QUERY_H_

#include <cstddef>
#include <optional>
#include <string>

namespace vnkg::api {

struct QueryOptions {
  std::string db;
  bool json = false;
  size_t limit = 20;  // at most this many results, after skipping `offset`
  size_t offset = 0;
};

// Each of person, organization and place is an id ("p:…") or a name, with or
// without diacritics; dates are YYYY[-MM[-DD]].
struct MeetingFilter {
  std::optional<std::string> chair, attendee, organizer, place, from, to;
};

// Each returns the exit status: 0 answered (even with nothing found), 2 the
// database could not be used or a storage error was met (nothing printed on
// stdout then), 3 a name is unknown or ambiguous (the candidates are listed).
int QuerySearch(const QueryOptions& o, const std::string& text);
int QueryPerson(const QueryOptions& o, const std::string& who);
int QueryRoles(const QueryOptions& o, const std::string& who);
// With `predecessors`, also the holders of the bodies `org` succeeded
// across the July 2025 reform, each term marked with held_in.
int QueryHolders(const QueryOptions& o, const std::string& org,
                 const std::optional<std::string>& position, bool predecessors = false);
// A unit of either map (id or name, with or without its type word): its
// map, level, code, parents, children, and predecessors or successors
// (whole/part), from the unit lists and successor table compiled in; every
// unit of that name is listed (several "xã Tân Phú" are not an error).
int QueryLocality(const QueryOptions& o, const std::string& place);
int QueryMeetings(const QueryOptions& o, const MeetingFilter& f);
// Any node by id or name (person, organization, place): what it is, and
// its neighbourhood within `depth` edges, at most `max_nodes` nodes.
int QueryNode(const QueryOptions& o, const std::string& what, int depth, size_t max_nodes);

}  // namespace vnkg::api

#endif  // VNKG_API_QUERY_H_
