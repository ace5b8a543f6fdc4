#include "api/http_api.h"

#include <chrono>
#include <regex>
#include <utility>

#include "api/http_reads.h"
#include "extract/normalize.h"

namespace vnkg::api {
namespace {

long long NowMs() {
  return std::chrono::duration_cast<std::chrono::milliseconds>(
             std::chrono::steady_clock::now().time_since_epoch())
      .count();
}

}  // namespace

struct Api::Route {
  const char* method;
  std::regex path;
  HttpReply (*read)(reads::Ctx&);  // GET: a read on one snapshot; null for the POST
};

Api::Api(ApiOptions options) : options_(std::move(options)) {}
Api::~Api() = default;

Status Api::Open(const ApiOptions& options, std::unique_ptr<Api>* out) {
  std::unique_ptr<Api> api(new Api(options));
  Status s = options.write_token ? store::Store::OpenExisting(options.db, &api->store_)
                                 : store::Store::OpenReadOnly(options.db, &api->store_);
  if (!s.ok()) return s;
  if (options.write_token) {
    std::string error;
    api->extractor_ = extract::Extractor::Create(&error);
    if (!api->extractor_) return Status::Corruption("cannot load lexicons: " + error);
  }
  *out = std::move(api);
  return Status::OK();
}

void Api::RefreshIfDue() {
  if (writable()) return;
  {
    std::lock_guard<std::mutex> lock(refresh_mu_);
    long long now = NowMs();
    if (now - last_refresh_ms_ < options_.refresh_seconds * 1000LL) return;
    last_refresh_ms_ = now;
  }
  std::unique_lock<std::shared_mutex> exclusive(catch_up_mu_);
  store_->CatchUp();  // on failure the server keeps answering from what it has
}

HttpReply Api::Handle(const HttpRequest& request) {
  size_t bad = 0;
  if (!extract::IsValidUtf8(request.path, &bad))
    return ErrorReply(400, "the path is not UTF-8 (byte " + std::to_string(bad) + ")");
  for (const auto& [k, v] : request.params) {
    if (!extract::IsValidUtf8(k, &bad)) return ErrorReply(400, "a parameter's name is not UTF-8");
    if (!extract::IsValidUtf8(v, &bad)) return ErrorReply(400, k + ": not UTF-8", k);
  }
  RefreshIfDue();
  return Dispatch(request);
}

HttpReply Api::Dispatch(const HttpRequest& req) {
  const std::string id = "([^/]+)";
  static const std::vector<Route> kRoutes = {
      {"GET", std::regex("/api/health"), reads::Health},
      {"GET", std::regex("/api/search"), reads::Search},
      {"GET", std::regex("/api/persons/" + id), reads::Person},
      {"GET", std::regex("/api/persons/" + id + "/roles"), reads::Roles},
      {"GET", std::regex("/api/organizations/" + id), reads::Organization},
      {"GET", std::regex("/api/organizations/" + id + "/holders"), reads::Holders},
      {"GET", std::regex("/api/meetings"), reads::Meetings},
      {"GET", std::regex("/api/meetings/" + id), reads::Meeting},
      {"GET", std::regex("/api/articles/" + id), reads::Article},
      {"GET", std::regex("/api/localities"), reads::Localities},
      {"GET", std::regex("/api/localities/" + id), reads::Locality},
      {"POST", std::regex("/api/articles"), nullptr},
      {"GET", std::regex("/api/graph"), reads::Graph},
  };
  std::string allow;
  for (const Route& route : kRoutes) {
    std::smatch m;
    if (!std::regex_match(req.path, m, route.path)) continue;
    if (req.method != route.method &&
        !(req.method == "HEAD" && std::string(route.method) == "GET")) {
      allow += (allow.empty() ? "" : ", ") + std::string(route.method) +
               (std::string(route.method) == "GET" ? ", HEAD" : "");
      continue;
    }
    if (!route.read) return PostArticle(req);
    std::shared_lock<std::shared_mutex> shared(catch_up_mu_);
    std::unique_ptr<graph::GraphReader> reader;
    Status s = store_->NewReader(&reader);
    if (!s.ok()) return ErrorReply(500, "storage error: " + s.message());
    AnswerJson out(*reader);
    reads::Ctx c{req, {}, *reader, out, *store_, writable()};
    for (size_t i = 1; i < m.size(); ++i) c.captures.push_back(m[i].str());
    return route.read(c);
  }
  if (!allow.empty()) {
    HttpReply r = ErrorReply(
        405, req.method + " is not allowed on " + req.path + " (allowed: " + allow + ")");
    r.allow = allow;
    return r;
  }
  return ErrorReply(404, "no such endpoint: " + req.path);
}

}  // namespace vnkg::api
