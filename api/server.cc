#include "api/server.h"

#include <httplib.h>
#include <netinet/in.h>
#include <pthread.h>
#include <signal.h>
#include <sys/socket.h>

#include <algorithm>
#include <cctype>
#include <exception>
#include <iostream>
#include <memory>
#include <optional>
#include <string>
#include <thread>

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
  type.erase(
      std::remove_if(type.begin(), type.end(), [](unsigned char c) { return std::isspace(c); }),
      type.end());
  std::transform(type.begin(), type.end(), type.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return type;
}

void Send(const HttpReply& reply, httplib::Response& res) {
  res.status = reply.status;
  if (!reply.allow.empty()) res.set_header("Allow", reply.allow);
  if (reply.challenge) res.set_header("WWW-Authenticate", "Bearer");
  res.set_content(reply.body, reply.content_type.c_str());
}

HttpRequest ToApi(const httplib::Request& req) {
  HttpRequest r;
  r.method = req.method;
  r.path = req.path;
  for (const auto& [k, v] : req.params) r.params.emplace_back(k, v);
  r.body = req.body;
  r.content_type = MediaType(req.get_header_value("Content-Type"));
  r.authorization = req.get_header_value("Authorization");
  return r;
}

// Whether the request comes with a body (which is read only for a story).
bool HasBody(const httplib::Request& req) {
  return req.has_header("Transfer-Encoding") ||
         (req.has_header("Content-Length") && req.get_header_value("Content-Length") != "0");
}

// A story's body is read only with one Content-Length of at most `max`
// bytes: cpp-httplib 0.11.4 does not hold a chunked body to its payload
// limit, and waits for the end of a body without a length.
std::optional<HttpReply> CheckLength(const httplib::Request& req, size_t max) {
  if (req.has_header("Transfer-Encoding"))
    return ErrorReply(411, "send the story with a Content-Length, not in chunks");
  if (req.get_header_value_count("Content-Length") != 1)
    return ErrorReply(req.has_header("Content-Length") ? 400 : 411,
                      "send the story with one Content-Length header");
  std::string length = req.get_header_value("Content-Length");
  bool digits = !length.empty() && length.size() <= 18;
  for (char ch : length) digits = digits && ch >= '0' && ch <= '9';
  if (!digits) return ErrorReply(400, "Content-Length is not a number of bytes");
  if (std::stoull(length) > max)
    return ErrorReply(
        413, "the body is larger than the server's limit (" + std::to_string(max) + " bytes)");
  return std::nullopt;
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
  if (ao.write_token) {
    // It travels in a header: visible ASCII only (RFC 6750's b64token).
    bool visible = ao.write_token->size() >= 8;
    for (unsigned char ch : *ao.write_token) visible = visible && ch > 0x20 && ch < 0x7f;
    if (!visible) {
      std::cerr << "vnkg serve: --write-token must be at least 8 visible ASCII characters, "
                   "no spaces\n";
      return 64;
    }
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
  http.set_keep_alive_timeout(2);
  http.set_keep_alive_max_count(100);
  http.set_tcp_nodelay(true);  // else a kept-alive connection waits ~40 ms per answer
  // SO_REUSEADDR only: cpp-httplib's default also sets SO_REUSEPORT, which
  // lets a second server bind a port already served and share its clients.
  int listener = -1;
  http.set_socket_options([&listener](int sock) {
    int yes = 1;
    setsockopt(sock, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
    listener = sock;
  });

  auto api_handler = [&api](const httplib::Request& req, httplib::Response& res) {
    SetCommonHeaders(res);
    Send(api->Handle(ToApi(req)), res);
  };
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
      std::string_view bytes = web::EmbeddedFile(a.file);
      res.set_content(std::string(bytes), a.type);
      return;
    }
    Send(ErrorReply(404, "no such page: " + req.path), res);
  };
  // Every request but a story is answered here, before cpp-httplib reads a
  // body: a body that comes anyway is never read, and the connection is
  // closed after the answer. Range headers are ignored (a server may: RFC
  // 9110, 14.2): cpp-httplib 0.11.4 would cut JSON answers, and repeat them
  // once per range asked for.
  const size_t max_body = o.max_body_bytes;
  http.set_pre_routing_handler([&api, api_handler, page_handler, max_body](
                                   const httplib::Request& req, httplib::Response& res) {
    // The request object is cpp-httplib's own, not const: only the handler's
    // view of it is. Clearing the parsed ranges is how to ignore them in 0.11.4.
    const_cast<httplib::Request&>(req).ranges.clear();
    HttpRequest head = ToApi(req);
    std::optional<HttpReply> refused;
    if (Api::IsPost(head)) {
      refused = api->Admit(head);
      if (!refused) refused = CheckLength(req, max_body);
      if (!refused) return httplib::Server::HandlerResponse::Unhandled;  // read the story
    }
    if (HasBody(req) || refused) res.set_header("Connection", "close");
    if (refused) {
      SetCommonHeaders(res);
      Send(*refused, res);
    } else if (req.path.compare(0, 5, "/api/") == 0) {
      api_handler(req, res);
    } else {
      page_handler(req, res);
    }
    return httplib::Server::HandlerResponse::Handled;
  });
  http.Post(R"(/api/articles)", api_handler);

  // Errors cpp-httplib answers itself (413, a malformed request, an unknown
  // method) get the API's JSON body; nothing of the request is echoed.
  http.set_error_handler([](const httplib::Request&, httplib::Response& res) {
    if (!res.body.empty()) return;
    SetCommonHeaders(res);
    std::string message = res.status == 413   ? "the body is larger than the server's limit"
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
        std::cerr << "vnkg serve: " << what << "\n";  // the detail stays in the log
        SetCommonHeaders(res);
        Send(ErrorReply(500, "internal error"), res);
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
  // cpp-httplib 0.11.4 listens with a backlog of 5, which drops bursts of
  // connections; listen() again on a listening socket only sets its backlog.
  if (listener >= 0) ::listen(listener, SOMAXCONN);
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
