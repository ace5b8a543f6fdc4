// `vnkg query`: questions across the stored stories, answered in text for
// people or JSON (--json) for programs.
#ifndef VNKG_API_QUERY_H_
#define VNKG_API_QUERY_H_

#include <optional>
#include <string>

namespace vnkg::api {

struct QueryOptions {
  std::string db;
  bool json = false;
  size_t limit = 20;  // at most this many results, after skipping `offset`
  size_t offset = 0;
};

struct MeetingFilter {
  std::optional<std::string> chair, attendee, organizer, from, to;
};

// Each returns the exit status: 0 answered (even with nothing found), 2 the
// database could not be used, 3 the person or organization named is unknown.
int QuerySearch(const QueryOptions& o, const std::string& text);
int QueryPerson(const QueryOptions& o, const std::string& who);
int QueryRoles(const QueryOptions& o, const std::string& who);
int QueryHolders(const QueryOptions& o, const std::string& org, const std::optional<std::string>& position);
int QueryMeetings(const QueryOptions& o, const MeetingFilter& f);

}  // namespace vnkg::api

#endif  // VNKG_API_QUERY_H_
