// The write path, a library of its own (tests and the bench link it, not the
// command line): a story in, its record and its part of the graph stored in
// one atomic batch.
#ifndef VNKG_API_INGEST_H_
#define VNKG_API_INGEST_H_

#include <cstdint>
#include <string>

#include "extract/extractor.h"
#include "graph/status.h"
#include "store/store.h"

namespace vnkg::api {

enum class IngestOutcome {
  kAdded,
  kUpdated,
  kUnchanged,
  kSameStory,  // the same text is stored under another input name: nothing changed
};

// The id a story is stored under: its input's id if it has one, else the
// hash of its NFC text without trailing white space (so the same story
// ingested twice, or saved with a final newline, is one story).
uint64_t ArticleId(const extract::Article& article, const std::string& nfc_text);

// Extracts one story and stores it with its part of the graph, in one atomic
// write; does nothing when it is stored already, unchanged, by this extractor
// and graph version. A story without an id of its own whose text is stored
// under another name is that story (kSameStory, *same_as = its stored name).
Status IngestArticle(const extract::Extractor& extractor, store::Store* st,
                     const extract::Article& article, IngestOutcome* outcome,
                     store::ApplyStats* stats, std::string* same_as = nullptr);

// Re-extracts one stored story and replaces its part of the graph.
Status ReindexArticle(const extract::Extractor& extractor, store::Store* st, uint64_t id,
                      store::ApplyStats* stats);

}  // namespace vnkg::api

#endif  // VNKG_API_INGEST_H_
