// graph::GraphReader on one RocksDB snapshot of the store.
#include <set>

#include "graph/node_codec.h"
#include "store/store.h"
#include "store/store_internal.h"

namespace vnkg::store {
namespace {

class SnapshotReader : public graph::GraphReader {
 public:
  explicit SnapshotReader(const Store::Impl* d)
      : d_(d), snapshot_(d->read_only ? nullptr : d->db->GetSnapshot()) {
    read_ = d->Reading();
    read_.snapshot = snapshot_;
  }
  ~SnapshotReader() override {
    if (snapshot_) d_->db->ReleaseSnapshot(snapshot_);
  }

  Status GetNode(graph::NodeRef ref, graph::Node* out) const override {
    std::string v;
    Status s = d_->GetAt(read_, kNodes, EncodeNodeKey(ref), &v);
    if (s.IsNotFound()) return Status::NotFound("no node " + graph::FormatNodeRef(ref));
    if (!s.ok()) return s;
    return graph::DecodeNode(ref, v, out);
  }

  Status ListNodes(graph::NodeKind kind, std::vector<graph::NodeRef>* out) const override {
    out->clear();
    return d_->ScanAt(read_, kNodes, NodeKindPrefix(kind), [&](std::string_view key, std::string_view) {
      graph::NodeRef ref;
      if (DecodeNodeKey(key, &ref)) out->push_back(ref);
      return true;
    });
  }

  Status SearchNames(std::string_view prefix, size_t limit,
                     std::vector<graph::NodeRef>* out) const override {
    out->clear();
    if (limit == 0) return Status::OK();
    std::set<graph::NodeRef> seen;
    return d_->ScanAt(read_, kNames, prefix, [&](std::string_view key, std::string_view) {
      std::string folded;
      graph::NodeRef ref;
      if (DecodeNameKey(key, &folded, &ref) && seen.insert(ref).second) out->push_back(ref);
      return out->size() < limit;
    });
  }

  Status OutEdges(graph::NodeRef src, std::optional<graph::EdgeKind> kind,
                  std::vector<graph::Edge>* out) const override {
    return Edges(kEdges, kind ? EdgePrefix(src, *kind) : EdgePrefix(src), out);
  }

  Status InEdges(graph::NodeRef dst, std::optional<graph::EdgeKind> kind,
                 std::vector<graph::Edge>* out) const override {
    return Edges(kEdgesIn, kind ? EdgePrefix(dst, *kind) : EdgePrefix(dst), out);
  }

  Status Reasons(graph::NodeRef node, std::vector<graph::JoinReason>* out) const override {
    out->clear();
    return d_->ScanAt(read_, kNodeRefs, EncodeNodeKey(node), [&](std::string_view key, std::string_view value) {
      graph::NodeRef n;
      uint64_t article;
      if (DecodeNodeRefKey(key, &n, &article)) out->push_back({article, std::string(value)});
      return true;
    });
  }

  Status ArticleText(uint64_t article, std::string* out) const override {
    std::string v;
    Status s = d_->GetAt(read_, kArticles, EncodeArticleKey(article), &v);
    if (s.IsNotFound()) return Status::NotFound("no article " + std::to_string(article));
    if (!s.ok()) return s;
    StoredArticle a;
    s = DecodeArticle(article, v, &a);
    if (s.ok()) *out = std::move(a.text);
    return s;
  }

 private:
  // edges (forward) or edges_in (reverse, whose evidence is in edges).
  Status Edges(int family, const std::string& prefix, std::vector<graph::Edge>* out) const {
    out->clear();
    Status inner;
    Status s = d_->ScanAt(read_, family, prefix, [&](std::string_view key, std::string_view value) {
      EdgeKey k;
      if (!(family == kEdgesIn ? DecodeEdgeInKey(key, &k) : DecodeEdgeKey(key, &k))) {
        inner = Status::Corruption(std::string("undecodable key in ") + kCfNames[family]);
        return false;
      }
      std::string v(value);
      if (family == kEdgesIn) {
        inner = d_->GetAt(read_, kEdges, EncodeEdgeKey(k), &v);
        if (inner.IsNotFound())
          inner = Status::Corruption("an edges_in entry without its edge (run vnkg check)");
        if (!inner.ok()) return false;
      }
      graph::Edge e{k.src, k.kind, k.dst, k.qualifier, {}};
      inner = graph::DecodeEvidence(v, &e.evidence);
      if (!inner.ok()) return false;
      out->push_back(std::move(e));
      return true;
    });
    return s.ok() ? inner : s;
  }

  const Store::Impl* d_;
  const rocksdb::Snapshot* snapshot_;
  rocksdb::ReadOptions read_;
};

}  // namespace

Status Store::NewReader(std::unique_ptr<graph::GraphReader>* out) const {
  out->reset(new SnapshotReader(impl_.get()));
  return Status::OK();
}

}  // namespace vnkg::store
