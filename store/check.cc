// `vnkg check`: table checksums, then every index against every other.
#include <set>
#include <string>

#include "graph/node_codec.h"
#include "store/store.h"
#include "store/store_internal.h"

namespace vnkg::store {

Status Store::Check(CheckReport* r) const {
  const Impl& d = *impl_;
  // Every table file's block checksums first: a damaged file is an error
  // named by RocksDB, not a list of symptoms.
  Status s = FromRocks(d.db->VerifyChecksum(d.Reading()));
  if (!s.ok()) return s;
  auto problem = [&](std::string p) {
    if (r->problems.size() < 50) r->problems.push_back(std::move(p));
  };
  Status inner;  // the first storage error met inside a scan
  auto present = [&](int family, const std::string& key) {
    bool found = false;
    if (inner.ok()) inner = d.Has(family, key, &found);
    return found || !inner.ok();
  };
  auto done = [&](Status scanned) { return !scanned.ok() ? scanned : inner; };

  std::set<std::string> referenced_nodes;
  s = done(d.Scan(kArticles, "", [&](std::string_view key, std::string_view value) {
    ++r->articles;
    StoredArticle a;
    uint64_t id = 0;
    if (!DecodeArticleKey(key, &id) || !DecodeArticle(id, value, &a).ok()) {
      problem("undecodable article");
    } else {
      ++r->by_extractor_version[a.extractor_version];
      ++r->by_graph_version[a.graph_version];
    }
    std::string k(key), manifest;
    if (!present(kRecords, k)) problem("article without a record");
    Status got = d.Get(kManifests, k, &manifest);
    if (got.IsNotFound()) { problem("article without a manifest"); return true; }
    if (!got.ok()) { inner = got; return false; }
    std::set<ManifestEntry> entries;
    if (!DecodeManifest(manifest, &entries)) { problem("undecodable manifest"); return true; }
    for (const ManifestEntry& e : entries)
      if (!present(e.cf, e.key)) problem(std::string("manifest key missing in ") + kCfNames[e.cf]);
    return inner.ok();
  }));
  if (!s.ok()) return s;
  s = done(d.Scan(kManifests, "", [&](std::string_view key, std::string_view) {
    if (!present(kArticles, std::string(key))) problem("manifest of a missing article");
    return inner.ok();
  }));
  if (!s.ok()) return s;
  s = done(d.Scan(kNodeRefs, "", [&](std::string_view key, std::string_view) {
    ++r->node_refs;
    graph::NodeRef n;
    uint64_t art;
    if (!DecodeNodeRefKey(key, &n, &art)) { problem("bad node_refs key"); return true; }
    referenced_nodes.insert(EncodeNodeKey(n));
    if (!present(kNodes, EncodeNodeKey(n))) problem("reference to missing node " + graph::FormatNodeRef(n));
    if (!present(kArticles, EncodeArticleKey(art))) problem("node reference from a missing article");
    return inner.ok();
  }));
  if (!s.ok()) return s;
  // The search indexes hold exactly what the nodes' names give: none
  // missing, none stale (left behind by a node renamed or removed).
  std::set<std::string> names, person_keys;
  s = done(d.Scan(kNodes, "", [&](std::string_view key, std::string_view value) {
    ++r->nodes;
    if (!referenced_nodes.count(std::string(key))) problem("orphan node");
    graph::NodeRef ref;
    graph::Node node;
    if (!DecodeNodeKey(key, &ref) || !graph::DecodeNode(ref, value, &node).ok()) {
      problem("undecodable node");
      return true;
    }
    for (const IndexEntry& e : IndexEntries(node))
      (e.family == kNames ? names : person_keys).insert(e.key);
    return true;
  }));
  if (!s.ok()) return s;
  for (int family : {kNames, kPersonKeys}) {
    std::set<std::string>& want = family == kNames ? names : person_keys;
    size_t stale = 0;
    s = d.Scan(family, "", [&](std::string_view key, std::string_view) {
      if (!want.erase(std::string(key))) ++stale;
      return true;
    });
    if (!s.ok()) return s;
    if (stale)
      problem(std::to_string(stale) + " stale entries in " + kCfNames[family] +
              " (a name no node has)");
    if (!want.empty())
      problem(std::to_string(want.size()) + " names missing from " + kCfNames[family]);
  }
  s = done(d.Scan(kEdges, "", [&](std::string_view key, std::string_view) {
    ++r->edges;
    EdgeKey e;
    if (!DecodeEdgeKey(key, &e)) { problem("bad edge key"); return true; }
    if (!present(kEdgesIn, EncodeEdgeInKey(e))) problem("edge without its reverse");
    if (!present(kNodes, EncodeNodeKey(e.src)) || !present(kNodes, EncodeNodeKey(e.dst)))
      problem("edge to a missing node");
    return inner.ok();
  }));
  if (!s.ok()) return s;
  size_t reverse = 0;
  s = d.Scan(kEdgesIn, "", [&](std::string_view, std::string_view) { ++reverse; return true; });
  if (!s.ok()) return s;
  if (reverse != r->edges) problem("edges and edges_in differ in number");
  return Status::OK();
}

}  // namespace vnkg::store
