// `vnkg ingest`, `vnkg reindex`, `vnkg check`: the commands that fill and
// check the store, with progress and summaries.
#ifndef VNKG_API_COMMANDS_H_
#define VNKG_API_COMMANDS_H_

#include <string>
#include <vector>

namespace vnkg::api {

struct IngestOptions {
  std::string db;
  bool quiet = false;
};

// Each returns the process exit status: 0 all well, 1 some input failed,
// 2 the database could not be used.
int RunIngest(const IngestOptions& options, const std::vector<std::string>& paths);
int RunReindex(const IngestOptions& options);
int RunCheck(const IngestOptions& options);

}  // namespace vnkg::api

#endif  // VNKG_API_COMMANDS_H_
