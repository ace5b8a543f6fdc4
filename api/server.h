// `vnkg serve`: the HTTP API (api/http_api.h) and the web page over
// cpp-httplib. Debian's cpp-httplib is 0.11.4, older than several upstream
// security fixes, so the server is hardened where it can be: loopback by
// default, explicit payload limit, read/write timeouts and a bounded thread
// pool, no request data copied into response headers, and static assets
// served from a table compiled into the binary (never from a path built from
// the request).
#ifndef VNKG_API_SERVER_H_
#define VNKG_API_SERVER_H_

#include <cstddef>
#include <optional>
#include <string>

namespace vnkg::api {

struct ServeOptions {
  std::string db;
  std::string bind = "127.0.0.1";
  int port = 8080;  // 0: any free port (printed)
  std::optional<std::string> write_token;
  size_t threads = 32;              // connections served at once
  size_t max_body_bytes = 8 << 20;  // larger bodies are answered 413
  int timeout_seconds = 5;          // to read a request, and to write a reply
};

// Serves until SIGINT or SIGTERM. Prints "vnkg: serving DB on
// http://HOST:PORT/ (read-only|writable)" on stdout once it accepts
// connections. Returns the exit status: 0 stopped by a signal; 1 the
// address cannot be bound; 2 the database cannot be used (message on stderr).
int RunServe(const ServeOptions& options);

}  // namespace vnkg::api

#endif  // VNKG_API_SERVER_H_
