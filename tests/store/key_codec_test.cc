#include <catch2/catch.hpp>

#include "store/key_codec.h"

using namespace vnkg;
using namespace vnkg::store;

TEST_CASE("node, node-ref and article keys round-trip", "[store]") {
  graph::NodeRef in{graph::NodeKind::kOrganization, 0x0123456789abcdefull}, out;
  REQUIRE(DecodeNodeKey(EncodeNodeKey(in), &out));
  CHECK(out == in);
  uint64_t art = 0;
  REQUIRE(DecodeNodeRefKey(EncodeNodeRefKey(in, 42), &out, &art));
  CHECK(out == in);
  CHECK(art == 42);
  REQUIRE(DecodeArticleKey(EncodeArticleKey(~0ull), &art));
  CHECK(art == ~0ull);
  CHECK_FALSE(DecodeNodeKey(std::string(9, '\0'), &out));  // kind 0 is no kind
  CHECK_FALSE(DecodeNodeKey("short", &out));
}

TEST_CASE("edge keys round-trip both ways and sort by source, kind", "[store]") {
  EdgeKey e{{graph::NodeKind::kPerson, 7}, graph::EdgeKind::kHolds,
            {graph::NodeKind::kOrganization, 9}, 0xdeadbeef, 1234}, out;
  REQUIRE(DecodeEdgeKey(EncodeEdgeKey(e), &out));
  CHECK(out == e);
  REQUIRE(DecodeEdgeInKey(EncodeEdgeInKey(e), &out));
  CHECK(out == e);
  std::string k = EncodeEdgeKey(e);
  CHECK(k.compare(0, 10, EdgePrefix(e.src, e.kind)) == 0);
  EdgeKey later = e;
  later.src.id = 8;
  CHECK(EncodeEdgeKey(e) < EncodeEdgeKey(later));  // big-endian ids sort numerically
}

TEST_CASE("name keys round-trip and group by name", "[store]") {
  graph::NodeRef ref{graph::NodeKind::kPerson, 5}, out;
  std::string folded;
  REQUIRE(DecodeNameKey(EncodeNameKey("tran quoc trung", ref), &folded, &out));
  CHECK(folded == "tran quoc trung");
  CHECK(out == ref);
  CHECK(EncodeNameKey("tran quoc trung", ref).rfind("tran quoc", 0) == 0);
}
