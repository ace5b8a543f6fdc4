// `vnkg ingest`, `vnkg reindex`, `vnkg check`: filling and checking the store.
#ifndef VNKG_API_INGEST_H_
#define VNKG_API_INGEST_H_

#include <string>
#include <vector>

#include "extract/extractor.h"
#include "graph/status.h"
#include "store/store.h"

namespace vnkg::api {

enum class IngestOutcome { kAdded, kUpdated, kUnchanged };

// The id a story is stored under: its input's id if it has one, else the
// hash of its NFC text (so the same story ingested twice is one story).
uint64_t ArticleId(const extract::Article& article, const std::string& nfc_text);

// Extracts one story and stores it with its part of the graph, in one atomic
// write; does nothing when it is stored already, unchanged, by this extractor.
Status IngestArticle(const extract::Extractor& extractor, store::Store* st,
                     const extract::Article& article, IngestOutcome* outcome,
                     store::ApplyStats* stats);

// Re-extracts one stored story and replaces its part of the graph.
Status ReindexArticle(const extract::Extractor& extractor, store::Store* st, uint64_t id,
                      store::ApplyStats* stats);

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

#endif  // VNKG_API_INGEST_H_
