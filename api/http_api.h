// The HTTP API's endpoints, apart from the transport (api/server.cc wires
// them into cpp-httplib): a request in, a reply out. Every answer is JSON:
// lists in the envelope {"results", "total", "limit", "offset"}, errors as
// {"error": {"status", "message", "parameter"?}} (README.md, "HTTP API").
//
// Statuses: 400 a bad parameter (named, with why; a path or parameter that
// is not UTF-8 too); 401 a write without the right token; 403 a write to a read-only server; 404 an
// unknown path, or a well-formed id or a name that names nothing; 405 a method the path does not
// take (with Allow); 411 a story without Content-Length, 413 a body over the
// limit (both checked by the server before it reads a body); 415 a story
// neither text/plain nor application/json; 500 a storage error (its message).
#ifndef VNKG_API_HTTP_API_H_
#define VNKG_API_HTTP_API_H_

#include <cstddef>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <shared_mutex>
#include <string>
#include <utility>
#include <vector>

#include "extract/extractor.h"
#include "graph/status.h"
#include "store/store.h"

namespace vnkg::api {

struct HttpRequest {
  std::string method;                                       // "GET", "POST", ...
  std::string path;                                         // decoded, without the query string
  std::vector<std::pair<std::string, std::string>> params;  // decoded query parameters
  std::string body;
  std::string content_type;   // the header's media type, lower case, without parameters
  std::string authorization;  // the Authorization header as sent
};

struct HttpReply {
  int status = 200;
  std::string content_type = "application/json; charset=utf-8";
  std::string body;
  std::string allow;       // the Allow header of a 405
  bool challenge = false;  // a 401: send WWW-Authenticate: Bearer
};

// The JSON error body for `status`.
HttpReply ErrorReply(int status, const std::string& message, const std::string& parameter = "");

struct ApiOptions {
  std::string db;
  // Set: the server is the database's one writer and POST /api/articles
  // needs "Authorization: Bearer <token>". Unset: read-only; the database is
  // opened as a RocksDB secondary, so an `ingest` may run beside it.
  std::optional<std::string> write_token;
  // How often a read-only server looks for what a writer added, in seconds.
  int refresh_seconds = 2;
};

// The endpoints on one open database. Handle is safe from several threads at
// once: reads share the database; a write (one at a time) is durable on disk
// before its reply, and visible to every request after it.
class Api {
 public:
  // Opens the database (store::Store::OpenReadOnly, or OpenExisting with a
  // token: the database must exist either way) and, with a token, the
  // extractor. Errors are the store's, naming the path.
  static Status Open(const ApiOptions& options, std::unique_ptr<Api>* out);
  ~Api();

  bool writable() const { return options_.write_token.has_value(); }
  // Whether `request` is a story to store (POST /api/articles): the only
  // request whose body is read.
  static bool IsPost(const HttpRequest& request);
  // For a story, before its body is read (request.body is ignored): the
  // refusal (403 read-only, 401 token, 415 media type, 400 parameters), or
  // nullopt when the body may be read.
  std::optional<HttpReply> Admit(const HttpRequest& request) const;
  // The answer to a request; for a story, its body in request.body.
  HttpReply Handle(const HttpRequest& request);

 private:
  struct Route;
  explicit Api(ApiOptions options);
  HttpReply Dispatch(const HttpRequest& request);
  HttpReply PostArticle(const HttpRequest& request);
  void RefreshIfDue();

  ApiOptions options_;
  std::unique_ptr<store::Store> store_;
  std::unique_ptr<extract::Extractor> extractor_;  // only when writable
  // Requests read under a shared lock; a read-only server's catch-up with
  // the writer, which changes what the store reads, takes it exclusively.
  std::shared_mutex catch_up_mu_;
  std::mutex write_mu_;  // one write at a time
  std::mutex refresh_mu_;
  long long last_refresh_ms_ = 0;  // guarded by refresh_mu_
};

}  // namespace vnkg::api

#endif  // VNKG_API_HTTP_API_H_
