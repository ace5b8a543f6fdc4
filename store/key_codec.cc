#include "store/key_codec.h"

namespace vnkg::store {
namespace {

void PutU64(std::string* out, uint64_t v) {
  for (int i = 7; i >= 0; --i) out->push_back(static_cast<char>((v >> (8 * i)) & 0xff));
}

void PutU32(std::string* out, uint32_t v) {
  for (int i = 3; i >= 0; --i) out->push_back(static_cast<char>((v >> (8 * i)) & 0xff));
}

uint64_t GetU64(std::string_view s) {
  uint64_t v = 0;
  for (int i = 0; i < 8; ++i) v = (v << 8) | static_cast<unsigned char>(s[i]);
  return v;
}

uint32_t GetU32(std::string_view s) {
  uint32_t v = 0;
  for (int i = 0; i < 4; ++i) v = (v << 8) | static_cast<unsigned char>(s[i]);
  return v;
}

bool ValidKind(uint8_t k) { return k >= 1 && k <= 5; }
bool ValidEdgeKind(uint8_t k) {
  return k >= 1 && k <= static_cast<uint8_t>(graph::EdgeKind::kSucceededBy);
}

constexpr size_t kEdgeKeySize = kNodeKeySize + 1 + kNodeKeySize + 4 + kArticleKeySize;

}  // namespace

std::string EncodeArticleKey(uint64_t article) {
  std::string k;
  PutU64(&k, article);
  return k;
}

bool DecodeArticleKey(std::string_view key, uint64_t* article) {
  if (key.size() != kArticleKeySize) return false;
  *article = GetU64(key);
  return true;
}

std::string EncodeNodeKey(graph::NodeRef node) {
  std::string k(1, static_cast<char>(node.kind));
  PutU64(&k, node.id);
  return k;
}

bool DecodeNodeKey(std::string_view key, graph::NodeRef* node) {
  if (key.size() != kNodeKeySize || !ValidKind(static_cast<uint8_t>(key[0]))) return false;
  node->kind = static_cast<graph::NodeKind>(key[0]);
  node->id = GetU64(key.substr(1));
  return true;
}

std::string NodeKindPrefix(graph::NodeKind kind) { return std::string(1, static_cast<char>(kind)); }

std::string EncodeNodeRefKey(graph::NodeRef node, uint64_t article) {
  std::string k = EncodeNodeKey(node);
  PutU64(&k, article);
  return k;
}

bool DecodeNodeRefKey(std::string_view key, graph::NodeRef* node, uint64_t* article) {
  if (key.size() != kNodeKeySize + kArticleKeySize) return false;
  if (!DecodeNodeKey(key.substr(0, kNodeKeySize), node)) return false;
  *article = GetU64(key.substr(kNodeKeySize));
  return true;
}

static std::string EncodeEdge(graph::NodeRef a, graph::EdgeKind kind, graph::NodeRef b,
                              uint32_t qualifier, uint64_t article) {
  std::string k = EncodeNodeKey(a);
  k.push_back(static_cast<char>(kind));
  k += EncodeNodeKey(b);
  PutU32(&k, qualifier);
  PutU64(&k, article);
  return k;
}

static bool DecodeEdge(std::string_view key, graph::NodeRef* a, graph::EdgeKind* kind,
                       graph::NodeRef* b, uint32_t* qualifier, uint64_t* article) {
  if (key.size() != kEdgeKeySize) return false;
  if (!DecodeNodeKey(key.substr(0, kNodeKeySize), a)) return false;
  if (!ValidEdgeKind(static_cast<uint8_t>(key[kNodeKeySize]))) return false;
  *kind = static_cast<graph::EdgeKind>(key[kNodeKeySize]);
  if (!DecodeNodeKey(key.substr(kNodeKeySize + 1, kNodeKeySize), b)) return false;
  *qualifier = GetU32(key.substr(2 * kNodeKeySize + 1));
  *article = GetU64(key.substr(2 * kNodeKeySize + 5));
  return true;
}

std::string EncodeEdgeKey(const EdgeKey& e) {
  return EncodeEdge(e.src, e.kind, e.dst, e.qualifier, e.article);
}

std::string EncodeEdgeInKey(const EdgeKey& e) {
  return EncodeEdge(e.dst, e.kind, e.src, e.qualifier, e.article);
}

bool DecodeEdgeKey(std::string_view key, EdgeKey* e) {
  return DecodeEdge(key, &e->src, &e->kind, &e->dst, &e->qualifier, &e->article);
}

bool DecodeEdgeInKey(std::string_view key, EdgeKey* e) {
  return DecodeEdge(key, &e->dst, &e->kind, &e->src, &e->qualifier, &e->article);
}

std::string EdgePrefix(graph::NodeRef node) { return EncodeNodeKey(node); }

std::string EdgePrefix(graph::NodeRef node, graph::EdgeKind kind) {
  std::string k = EncodeNodeKey(node);
  k.push_back(static_cast<char>(kind));
  return k;
}

std::string EncodeNameKey(std::string_view folded, graph::NodeRef node) {
  std::string k(folded);
  k.push_back('\0');
  return k + EncodeNodeKey(node);
}

bool DecodeNameKey(std::string_view key, std::string* folded, graph::NodeRef* node) {
  if (key.size() < kNodeKeySize + 1 || key[key.size() - kNodeKeySize - 1] != '\0') return false;
  *folded = std::string(key.substr(0, key.size() - kNodeKeySize - 1));
  return DecodeNodeKey(key.substr(key.size() - kNodeKeySize), node);
}

}  // namespace vnkg::store
