// The public face of extract/: one article's text in, its extraction record
// (../shared/eval/FORMAT.md) out. A pure function of the text and the
// lexicons compiled into the binary.
#ifndef VNKG_EXTRACT_EXTRACTOR_H_
#define VNKG_EXTRACT_EXTRACTOR_H_

#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "graph/record.h"

namespace vnkg::extract {

class Lexicon;

// Bumped whenever extraction output may change: stored stories extracted by
// an older version are re-extracted on ingest and by `vnkg reindex`.
constexpr int kExtractorVersion = 2;

struct Article {
  std::string doc;                       // file base name or the input's id
  std::string text;                      // UTF-8 (NFC or NFD)
  std::optional<std::string> url;
  std::optional<std::string> published;  // from the input's metadata, if any
  std::optional<std::string> given_id;   // the input's own id (.jsonl "id"), if any
};

class Extractor {
 public:
  // Loads the embedded lexicons and gazetteer. Returns nullptr and sets
  // *error if they are malformed (a build defect).
  static std::unique_ptr<Extractor> Create(std::string* error);
  explicit Extractor(std::unique_ptr<Lexicon> lexicon);
  ~Extractor();
  Extractor(const Extractor&) = delete;
  Extractor& operator=(const Extractor&) = delete;

  // REQUIRES: article.text is valid UTF-8. Safe for concurrent calls.
  // Evidence offsets are bytes into NormalizedText(article.text).
  graph::Record Extract(const Article& article) const;

  // The NFC text that evidence spans point into.
  static std::string NormalizedText(std::string_view text);

 private:
  std::unique_ptr<Lexicon> lexicon_;
};

}  // namespace vnkg::extract

#endif  // VNKG_EXTRACT_EXTRACTOR_H_
