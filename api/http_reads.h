// The HTTP API's read endpoints (and its JSON replies), one function per
// endpoint: api/http_api.cc routes requests to them. Internal to api/.
#ifndef VNKG_API_HTTP_READS_H_
#define VNKG_API_HTTP_READS_H_

#include <string>
#include <vector>

#include "api/answer_json.h"
#include "api/http_api.h"
#include "graph/reader.h"
#include "store/store.h"

namespace vnkg::api::reads {

// One request's reads: one reader (one snapshot) and its renderer.
struct Ctx {
  const HttpRequest& req;
  std::vector<std::string> captures;  // the path's {id}s
  const graph::GraphReader& r;
  AnswerJson& out;
  store::Store& store;
  bool writable;  // the server takes stories
};

// Each answers one GET endpoint (README.md, "The web page and the HTTP
// API"): the parameters checked first (400), then ids (400 malformed, 404
// unknown), then the answer read from c.r, or a storage error (500).
HttpReply Health(Ctx& c);  // GET /api/health
HttpReply Search(Ctx& c);
HttpReply Person(Ctx& c);
HttpReply Roles(Ctx& c);
HttpReply Organization(Ctx& c);
HttpReply Holders(Ctx& c);
HttpReply Meetings(Ctx& c);
HttpReply Locality(Ctx& c);
HttpReply Localities(Ctx& c);
HttpReply Meeting(Ctx& c);
HttpReply Article(Ctx& c);
HttpReply Graph(Ctx& c);

}  // namespace vnkg::api::reads

#endif  // VNKG_API_HTTP_READS_H_
