// What the queries read: the graph as typed nodes and edges. store/
// implements it on one RocksDB snapshot; tests may implement it in memory.
#ifndef VNKG_GRAPH_READER_H_
#define VNKG_GRAPH_READER_H_

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "graph/model.h"
#include "graph/node.h"
#include "graph/status.h"

namespace vnkg::graph {

// Every call answers from the same state of the graph (one snapshot). Each
// returns NotFound for an absent node or article (lists are then empty and
// OK) and any storage error as it is (Corruption names the damaged file):
// never a partial answer. Calls are safe from several threads at once.
class GraphReader {
 public:
  virtual ~GraphReader() = default;

  virtual Status GetNode(NodeRef ref, Node* out) const = 0;
  // Every node of `kind`, in id order. Work grows with the graph: queries
  // use it only when nothing narrower applies.
  virtual Status ListNodes(NodeKind kind, std::vector<NodeRef>* out) const = 0;
  // Nodes whose diacritic-free name, or a word-suffix of it, starts with
  // `folded_prefix`: at most `limit` distinct nodes, in index order.
  virtual Status SearchNames(std::string_view folded_prefix, size_t limit,
                             std::vector<NodeRef>* out) const = 0;
  // Edges leaving `src` (OutEdges) or reaching `dst` (InEdges), optionally
  // of one kind: one per (edge, story), with that story's evidence.
  virtual Status OutEdges(NodeRef src, std::optional<EdgeKind> kind,
                          std::vector<Edge>* out) const = 0;
  virtual Status InEdges(NodeRef dst, std::optional<EdgeKind> kind,
                         std::vector<Edge>* out) const = 0;
  // Why each story's mention is this node.
  virtual Status Reasons(NodeRef node, std::vector<JoinReason>* out) const = 0;
  // The article's NFC text, which evidence spans point into.
  virtual Status ArticleText(uint64_t article, std::string* out) const = 0;
};

}  // namespace vnkg::graph

#endif  // VNKG_GRAPH_READER_H_
