// POST /api/articles: one story in, stored durably before the reply.
#include <cctype>
#include <nlohmann/json.hpp>
#include <optional>
#include <utility>

#include "api/http_api.h"
#include "api/ingest.h"
#include "api/inputs.h"
#include "graph/model.h"

namespace vnkg::api {
namespace {

// Compares in time independent of where the strings differ.
bool SameToken(const std::string& a, const std::string& b) {
  unsigned char diff = a.size() == b.size() ? 0 : 1;
  for (size_t i = 0; i < a.size(); ++i) diff |= a[i] ^ b[i % (b.empty() ? 1 : b.size())];
  return diff == 0 && !b.empty();
}

const char* OutcomeName(IngestOutcome o) {
  switch (o) {
    case IngestOutcome::kAdded:
      return "added";
    case IngestOutcome::kUpdated:
      return "updated";
    case IngestOutcome::kUnchanged:
      return "unchanged";
    case IngestOutcome::kSameStory:
      return "same_story";
  }
  return "unchanged";
}

}  // namespace

bool Api::IsPost(const HttpRequest& req) {
  return req.method == "POST" && req.path == "/api/articles";
}

std::optional<HttpReply> Api::Admit(const HttpRequest& req) const {
  if (!writable())
    return ErrorReply(403,
                      "this server is read-only; start it with --write-token to accept stories");
  // RFC 6750: the scheme is case-insensitive.
  const std::string scheme = "bearer ";
  std::string given = req.authorization.substr(0, scheme.size());
  for (char& ch : given) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
  if (given != scheme ||
      !SameToken(req.authorization.substr(scheme.size()), *options_.write_token)) {
    HttpReply r = ErrorReply(401,
                             "a story needs the header \"Authorization: Bearer <token>\" "
                             "with the server's --write-token");
    r.challenge = true;
    return r;
  }
  if (req.content_type != "text/plain" && req.content_type != "application/json")
    return ErrorReply(415,
                      "send the story as Content-Type text/plain, or application/json "
                      "{\"id\", \"text\", \"url\", \"published\"}");
  for (const auto& [k, v] : req.params) {
    if (k != "doc") return ErrorReply(400, k + ": unknown parameter (this endpoint takes: doc)", k);
    bool plain = !v.empty() && v.size() <= 200;
    for (unsigned char ch : v) plain = plain && ch >= 0x20 && ch != 0x7f && ch != '/' && ch != '\\';
    if (!plain)
      return ErrorReply(400, "doc: 1 to 200 bytes, no control characters or slashes", "doc");
  }
  return std::nullopt;
}

HttpReply Api::PostArticle(const HttpRequest& req) {
  if (std::optional<HttpReply> refused = Admit(req)) return *refused;
  std::string doc;
  for (const auto& [k, v] : req.params) doc = v;
  if (req.body.find_first_not_of(" \t\r\n") == std::string::npos)
    return ErrorReply(400,
                      "body: empty; send the story as text/plain or a JSON object "
                      "{\"id\", \"text\", \"url\", \"published\"}",
                      "body");
  extract::Article article;
  std::string why;
  if (doc.empty())
    doc = "post-" +
          graph::FormatNodeRef({graph::NodeKind::kArticle, graph::StableHash(req.body)}).substr(2);
  bool ok;
  if (req.content_type == "application/json") {
    ok = ArticleFromJson(req.body, doc, &article, &why);
  } else {
    ok = ArticleFromText(req.body, doc, &article, &why);
  }
  if (!ok) return ErrorReply(400, "body: " + why, "body");

  std::lock_guard<std::mutex> one_writer(write_mu_);
  IngestOutcome outcome;
  store::ApplyStats stats;
  std::string same_as;
  Status s = IngestArticle(*extractor_, store_.get(), article, &outcome, &stats, &same_as);
  if (s.ok()) s = store_->SyncLog();  // durable before the reply (the log, not a flush per story)
  if (!s.ok()) return ErrorReply(500, "storage error: " + s.message());
  uint64_t id = ArticleId(article, extract::Extractor::NormalizedText(article.text));
  nlohmann::json body = {{"id", graph::FormatNodeRef({graph::NodeKind::kArticle, id})},
                         {"doc", outcome == IngestOutcome::kSameStory ? same_as : article.doc},
                         {"outcome", OutcomeName(outcome)},
                         {"nodes_added", stats.nodes_added},
                         {"nodes_removed", stats.nodes_removed},
                         {"edges_added", stats.edges_added},
                         {"edges_removed", stats.edges_removed}};
  HttpReply reply;
  reply.status = outcome == IngestOutcome::kAdded ? 201 : 200;
  reply.body = body.dump();
  return reply;
}

}  // namespace vnkg::api
