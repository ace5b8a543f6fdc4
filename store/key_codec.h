// Every RocksDB key vnkg writes, encoded and decoded here only. The layout is
// documented in store/FORMAT.md; it is an on-disk contract.
#ifndef VNKG_STORE_KEY_CODEC_H_
#define VNKG_STORE_KEY_CODEC_H_

#include <cstdint>
#include <string>
#include <string_view>

#include "graph/model.h"

namespace vnkg::store {

constexpr size_t kNodeKeySize = 9;    // kind | id (big-endian u64)
constexpr size_t kArticleKeySize = 8;

std::string EncodeArticleKey(uint64_t article);
bool DecodeArticleKey(std::string_view key, uint64_t* article);

std::string EncodeNodeKey(graph::NodeRef node);
bool DecodeNodeKey(std::string_view key, graph::NodeRef* node);
std::string NodeKindPrefix(graph::NodeKind kind);

// node_refs: node | article -> reason.
std::string EncodeNodeRefKey(graph::NodeRef node, uint64_t article);
bool DecodeNodeRefKey(std::string_view key, graph::NodeRef* node, uint64_t* article);

struct EdgeKey {
  graph::NodeRef src;
  graph::EdgeKind kind = graph::EdgeKind::kHolds;
  graph::NodeRef dst;
  uint32_t qualifier = 0;
  uint64_t article = 0;
  bool operator==(const EdgeKey& o) const {
    return src == o.src && kind == o.kind && dst == o.dst && qualifier == o.qualifier &&
           article == o.article;
  }
};
// edges: src | kind | dst | qualifier (u32) | article; edges_in: dst | kind | src | ...
std::string EncodeEdgeKey(const EdgeKey& e);
std::string EncodeEdgeInKey(const EdgeKey& e);
bool DecodeEdgeKey(std::string_view key, EdgeKey* e);
bool DecodeEdgeInKey(std::string_view key, EdgeKey* e);
// Prefix of every edge of `node` (optionally of one kind) in edges / edges_in.
std::string EdgePrefix(graph::NodeRef node);
std::string EdgePrefix(graph::NodeRef node, graph::EdgeKind kind);

// names: folded name | 0x00 | node.  person_keys: person key | 0x00 | node.
std::string EncodeNameKey(std::string_view folded, graph::NodeRef node);
bool DecodeNameKey(std::string_view key, std::string* folded, graph::NodeRef* node);

}  // namespace vnkg::store

#endif  // VNKG_STORE_KEY_CODEC_H_
