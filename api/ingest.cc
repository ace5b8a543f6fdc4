#include "api/ingest.h"

#include "api/knowledge.h"
#include "graph/contribution.h"
#include "graph/model.h"

namespace vnkg::api {

namespace {

// The text without trailing white space: a final newline an editor adds
// does not make another story.
std::string_view Trimmed(const std::string& text) {
  size_t end = text.find_last_not_of(" \t\r\n");
  return std::string_view(text).substr(0, end == std::string::npos ? 0 : end + 1);
}

}  // namespace

uint64_t ArticleId(const extract::Article& article, const std::string& nfc_text) {
  if (article.given_id) return graph::StableHash("id:" + *article.given_id);
  return graph::StableHash("text:" + std::string(Trimmed(nfc_text)));
}

namespace {

// Extracts `in` and stores it as `a` with its part of the graph.
Status Store(const extract::Extractor& extractor, store::Store* st,
                    store::StoredArticle a, const extract::Article& in, store::ApplyStats* stats) {
  graph::Record record = extractor.Extract(in);
  graph::ArticleMeta meta{a.id, a.doc, a.url, graph::ArticleDate(record)};
  graph::Contribution c;
  graph::Knowledge knowledge;
  Status s = GraphKnowledge(&knowledge);
  if (s.ok()) s = graph::BuildContribution(meta, record, *st, &c, knowledge);
  if (!s.ok()) return s;
  a.extractor_version = extract::kExtractorVersion;
  a.graph_version = graph::kContributionVersion;
  return st->PutArticle(a, record, c, stats);
}

}  // namespace

Status IngestArticle(const extract::Extractor& extractor, store::Store* st,
                     const extract::Article& in, IngestOutcome* outcome,
                     store::ApplyStats* stats, std::string* same_as) {
  store::StoredArticle a;
  a.text = extract::Extractor::NormalizedText(in.text);
  a.doc = in.doc;
  a.url = in.url;
  a.published = in.published;
  a.given_id = in.given_id;
  a.text_hash = graph::StableHash(std::string(Trimmed(a.text)));
  a.id = ArticleId(in, a.text);
  store::StoredArticle old;
  Status found = st->GetArticle(a.id, &old);
  if (!found.ok() && !found.IsNotFound()) return found;
  bool current = found.ok() && old.text_hash == a.text_hash &&
                 old.extractor_version == extract::kExtractorVersion &&
                 old.graph_version == graph::kContributionVersion;
  if (current && !a.given_id && old.doc != a.doc) {
    *outcome = IngestOutcome::kSameStory;
    *stats = {};
    if (same_as) *same_as = old.doc;
    return Status::OK();
  }
  if (current && old.url == a.url && old.published == a.published && old.doc == a.doc) {
    *outcome = IngestOutcome::kUnchanged;
    *stats = {};
    return Status::OK();
  }
  *outcome = found.ok() ? IngestOutcome::kUpdated : IngestOutcome::kAdded;
  return Store(extractor, st, std::move(a), in, stats);
}

Status ReindexArticle(const extract::Extractor& extractor, store::Store* st, uint64_t id,
                      store::ApplyStats* stats) {
  store::StoredArticle a;
  Status s = st->GetArticle(id, &a);
  if (!s.ok()) return s;
  extract::Article in{a.doc, a.text, a.url, a.published, a.given_id};
  return Store(extractor, st, std::move(a), in, stats);
}

}  // namespace vnkg::api
