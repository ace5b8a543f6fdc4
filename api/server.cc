#include "api/server.h"

#include <pthread.h>
#include <signal.h>

#include <algorithm>
#include <cctype>
#include <exception>
#include <iostream>
#include <memory>
#include <string>
#include <thread>

#include <httplib.h>

#include "api/http_api.h"
#include "api/web_assets.h"

namespace vnkg::api {
namespace {

// The page's files: URL path -> embedded file and media type. Nothing else
// outside /api/ is served.
struct Asset {
  const char* path;
  const char* file;
  const char* type;
};
constexpr Asset kAssets[] = {
    {"/", "index.html", "text/html; charset=utf-8"},
    {"/index.html", "index.html", "text/html; charset=utf-8"},
    {"/app.js", "app.js", "text/javascript; charset=utf-8"},
    {"/style.css", "style.css", "text/css; charset=utf-8"},
};

// The media type without parameters, lower case: "text/plain; charset=utf-8"
// -> "text/plain".
std::string MediaType(const std::string& header) {
  std::string type = header.substr(0, header.find(';'));
  type.erase(std::remove_if(type.begin(), type.end(), [](unsigned char c) { return std::isspace(c); }),
             type.end());
  std::transform(type.begin(), type.end(), type.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return type;
}

void Send(const HttpReply& reply, httplib::Response& res) {
  res.status = reply.status;
  if (!reply.allow.empty()) res.set_header("Allow", reply.allow);
  res.set_content(reply.body, reply.content_type.c_str());
}

void SetCommonHeaders(httplib::Response& res) {
  res.set_header("X-Content-Type-Options", "nosniff");
  res.set_header("Referrer-Policy", "no-referrer");
  res.set_header("Cache-Control", "no-store");
  res.set_header("Content-Security-Policy",
                 "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
                 "frame-ancestors 'none'");
}

}  // namespace

int RunServe(const ServeOptions& o) {
  ApiOptions ao;
  ao.db = o.db;
  ao.write_token = o.write_token;
  if (ao.write_token && ao.write_token->size() < 8) {
    std::cerr << "vnkg serve: --write-token must be at least 8 characters\n";
    return 64;
  }
  // SIGINT and SIGTERM go to one thread, which stops the server: every
  // other thread (RocksDB's and the pool's) is started with them blocked.
  sigset_t stop_signals;
  sigemptyset(&stop_signals);
  sigaddset(&stop_signals, SIGINT);
  sigaddset(&stop_signals, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &stop_signals, nullptr);

  std::unique_ptr<Api> api;
  Status opened = Api::Open(ao, &api);
  if (!opened.ok()) {
    std::cerr << "vnkg serve: " << opened.message() << "\n";
    return 2;
  }

  httplib::Server http;
  const size_t threads = std::max<size_t>(1, o.threads);
  http.new_task_queue = [threads] { return new httplib::ThreadPool(threads); };
  http.set_payload_max_length(o.max_body_bytes);
  http.set_read_timeout(o.timeout_seconds, 0);
  http.set_write_timeout(o.timeout_seconds, 0);
  http.set_keep_alive_timeout(5);
  http.set_keep_alive_max_count(100);

  auto api_handler = [&api](const httplib::Request& req, httplib::Response& res) {
    HttpRequest r;
    r.method = req.method;
    r.path = req.path;
    for (const auto& [k, v] : req.params) r.params.emplace_back(k, v);
    r.body = req.body;
    r.content_type = MediaType(req.get_header_value("Content-Type"));
    r.authorization = req.get_header_value("Authorization");
    SetCommonHeaders(res);
    Send(api->Handle(r), res);
  };
  const char* kApi = R"(/api/.*)";
  http.Get(kApi, api_handler);
  http.Post(kApi, api_handler);
  http.Put(kApi, api_handler);
  http.Patch(kApi, api_handler);
  http.Delete(kApi, api_handler);
  http.Options(kApi, api_handler);

  auto page_handler = [](const httplib::Request& req, httplib::Response& res) {
    SetCommonHeaders(res);
    for (const Asset& a : kAssets) {
      if (req.path != a.path) continue;
      if (req.method != "GET" && req.method != "HEAD") {
        HttpReply r = ErrorReply(405, "only GET is allowed on the page's files");
        r.allow = "GET";
        Send(r, res);
        return;
      }
      std::string_view bytes = EmbeddedFile(a.file);
      res.set_content(std::string(bytes), a.type);
      return;
    }
    Send(ErrorReply(404, "no such page: " + req.path), res);
  };
  const char* kPage = R"(/[^/]*)";
  http.Get(kPage, page_handler);
  http.Post(kPage, page_handler);

  // Errors cpp-httplib answers itself (413, a malformed request, an unknown
  // method) get the API's JSON body; nothing of the request is echoed.
  http.set_error_handler([](const httplib::Request&, httplib::Response& res) {
    if (!res.body.empty()) return;
    SetCommonHeaders(res);
    std::string message = res.status == 413 ? "the body is larger than the server's limit"
                          : res.status == 404 ? "no such page"
                                              : "the request could not be served";
    Send(ErrorReply(res.status, message), res);
  });
  http.set_exception_handler(
      [](const httplib::Request&, httplib::Response& res, std::exception_ptr ep) {
        std::string what = "internal error";
        try {
          std::rethrow_exception(ep);
        } catch (const std::exception& e) {
          what += std::string(": ") + e.what();
        } catch (...) {
        }
        std::cerr << "vnkg serve: " << what << "\n";
        SetCommonHeaders(res);
        Send(ErrorReply(500, what), res);
      });

  int port = o.port;
  if (port == 0) {
    port = http.bind_to_any_port(o.bind);
    if (port <= 0) {
      std::cerr << "vnkg serve: cannot listen on " << o.bind << "\n";
      return 1;
    }
  } else if (!http.bind_to_port(o.bind, port)) {
    std::cerr << "vnkg serve: cannot listen on " << o.bind << ":" << port
              << " (in use, or not an address of this machine)\n";
    return 1;
  }
  std::thread stopper([&http, stop_signals] {
    int sig = 0;
    sigwait(&stop_signals, &sig);
    http.stop();
  });
  std::string host = o.bind.find(':') != std::string::npos ? "[" + o.bind + "]" : o.bind;
  std::cout << "vnkg: serving " << o.db << " on http://" << host << ":" << port << "/ ("
            << (api->writable() ? "writable: POST /api/articles needs the token" : "read-only")
            << "); Ctrl-C stops" << std::endl;
  bool listened = http.listen_after_bind();
  if (!listened) {
    // listen_after_bind failed on its own: wake the signal thread.
    pthread_kill(stopper.native_handle(), SIGTERM);
  }
  stopper.join();
  std::cout << "vnkg: stopped" << std::endl;
  return listened ? 0 : 1;
}

}  // namespace vnkg::api
