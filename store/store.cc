#include "store/store.h"

#include <stdlib.h>

#include <algorithm>
#include <cstdarg>
#include <filesystem>
#include <map>
#include <set>
#include <system_error>

#include <rocksdb/db.h>
#include <rocksdb/options.h>
#include <rocksdb/write_batch.h>

#include "graph/node_codec.h"
#include "graph/record_json.h"
#include "store/store_internal.h"

namespace vnkg::store {
namespace {

using nlohmann::json;
namespace fs = std::filesystem;

// Readers log nothing: they must leave the database directory as it was.
class NullLogger : public rocksdb::Logger {
 public:
  using rocksdb::Logger::Logv;
  void Logv(const char*, va_list) override {}
};

std::vector<rocksdb::ColumnFamilyDescriptor> Families() {
  std::vector<rocksdb::ColumnFamilyDescriptor> families;
  for (const char* name : kCfNames) families.emplace_back(name, rocksdb::ColumnFamilyOptions());
  return families;
}

// RocksDB's refusal to open `path`, as the Status a user can act on.
Status OpenError(const std::string& path, const rocksdb::Status& s) {
  if (s.IsIOError() && s.ToString().find("lock") != std::string::npos)
    return Status::IOError("the database " + path + " is in use by another vnkg process (" +
                           s.ToString() + ")");
  if (s.IsInvalidArgument() && s.ToString().find("olumn famil") != std::string::npos)
    return Status::Incompatible(path + " is a RocksDB database but not vnkg's: " + s.ToString());
  Status st = FromRocks(s);
  return Status(st.code(), "the database " + path + " cannot be opened: " + st.message());
}

// Whether `path` has database files but no CURRENT: a damaged database that
// opening with create_if_missing would empty for good.
bool LostCurrent(const std::string& path) {
  std::error_code ec;
  if (!fs::is_directory(path, ec) || fs::exists(fs::path(path) / "CURRENT", ec)) return false;
  for (const auto& entry : fs::directory_iterator(path, ec)) {
    std::string name = entry.path().filename().string();
    if (name.rfind("MANIFEST-", 0) == 0 || entry.path().extension() == ".sst" ||
        entry.path().extension() == ".log")
      return true;
  }
  return false;
}

// OK when `path` holds a vnkg database (or a damaged one, for Open to
// report); NotFound naming `path` otherwise.
Status FindDatabase(const std::string& path) {
  std::error_code ec;
  if (!fs::exists(path, ec))
    return Status::NotFound("no database at " + path + ": the directory does not exist");
  if (!fs::is_directory(path, ec))
    return Status::NotFound("no database at " + path + ": it is not a directory");
  if (fs::is_empty(path, ec))
    return Status::NotFound("no database at " + path + ": the directory is empty");
  if (!fs::exists(fs::path(path) / "CURRENT", ec) && !LostCurrent(path))
    return Status::NotFound("no database at " + path + ": it holds no database files");
  return Status::OK();
}

}  // namespace

Store::Store(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Store::~Store() = default;

Status Store::Open(const std::string& path, std::unique_ptr<Store>* out) {
  // A new database goes in a new or empty directory, never among other files.
  std::error_code ec;
  Status found = FindDatabase(path);
  if (!found.ok() && fs::is_directory(path, ec) && !fs::is_empty(path, ec))
    return Status::InvalidArgument("not creating a database in " + path +
                                   ": the directory holds other files (use a new or empty "
                                   "directory)");
  if (LostCurrent(path))
    return Status::Corruption("the database " + path +
                              " has table files but no CURRENT file: it is damaged and was left "
                              "as it is (restore CURRENT, or use another --db)");
  rocksdb::DBOptions options;
  options.create_if_missing = true;
  options.create_missing_column_families = true;
  options.IncreaseParallelism(2);
  auto impl = std::make_unique<Impl>();
  rocksdb::DB* db = nullptr;
  rocksdb::Status s = rocksdb::DB::Open(options, path, Families(), &impl->cf, &db);
  if (!s.ok()) return OpenError(path, s);
  impl->db.reset(db);
  Status schema = impl->CheckSchema(/*writable=*/true);
  if (!schema.ok()) return schema;
  out->reset(new Store(std::move(impl)));
  return Status::OK();
}

Status Store::OpenExisting(const std::string& path, std::unique_ptr<Store>* out) {
  Status found = FindDatabase(path);
  if (!found.ok()) return found;
  return Open(path, out);
}

Status Store::OpenReadOnly(const std::string& path, std::unique_ptr<Store>* out) {
  Status found = FindDatabase(path);
  if (!found.ok()) return found;
  rocksdb::DBOptions options;
  options.create_if_missing = false;
  options.max_open_files = -1;  // required of a secondary instance
  options.info_log = std::make_shared<NullLogger>();
  auto impl = std::make_unique<Impl>();
  char tmpl[] = "/tmp/vnkg-reader-XXXXXX";
  if (!mkdtemp(tmpl)) return Status::IOError("cannot create a scratch directory in /tmp");
  impl->secondary_dir = tmpl;
  impl->read_only = true;
  rocksdb::DB* db = nullptr;
  rocksdb::Status s =
      rocksdb::DB::OpenAsSecondary(options, path, impl->secondary_dir, Families(), &impl->cf, &db);
  if (!s.ok()) return OpenError(path, s);
  impl->db.reset(db);
  s = db->TryCatchUpWithPrimary();
  if (!s.ok()) return OpenError(path, s);
  Status schema = impl->CheckSchema(/*writable=*/false);
  if (!schema.ok())
    return Status(schema.code(), "the database " + path + ": " + schema.message());
  out->reset(new Store(std::move(impl)));
  return Status::OK();
}

Status Store::PutArticle(const StoredArticle& article, const graph::Record& record,
                         const graph::Contribution& c, ApplyStats* stats) {
  Impl& d = *impl_;
  const std::string akey = EncodeArticleKey(article.id);
  ApplyStats st;

  std::set<ManifestEntry> old_entries, new_entries;
  std::string old_manifest;
  Status got = d.Get(kManifests, akey, &old_manifest);
  if (!got.ok() && !got.IsNotFound()) return got;
  if (got.ok() && !DecodeManifest(old_manifest, &old_entries))
    return Status::Corruption("bad manifest for article " + std::to_string(article.id));

  rocksdb::WriteBatch batch;
  std::map<std::string, std::string> puts[kCfCount];
  for (const graph::NodeWrite& n : c.nodes) {
    puts[kNodeRefs][EncodeNodeRefKey(n.ref, article.id)] = n.reason;
  }
  for (const graph::EdgeWrite& e : c.edges) {
    EdgeKey k{e.src, e.kind, e.dst, e.qualifier, article.id};
    std::string value = graph::EncodeEvidence(e.kind, e.evidence);
    puts[kEdges][EncodeEdgeKey(k)] = value;
    puts[kEdgesIn][EncodeEdgeInKey(k)] = "";
  }
  for (int f : {kNodeRefs, kEdges, kEdgesIn})
    for (const auto& [k, v] : puts[f]) new_entries.insert({static_cast<uint8_t>(f), k});

  // Take back what the article wrote before and writes no more.
  std::set<graph::NodeRef> old_nodes, touched;  // touched: people who lose a post
  for (const ManifestEntry& e : old_entries) {
    if (e.cf == kNodeRefs) {
      graph::NodeRef node;
      uint64_t art;
      if (DecodeNodeRefKey(e.key, &node, &art)) old_nodes.insert(node);
    }
    if (new_entries.count(e)) continue;
    batch.Delete(d.cf[e.cf], e.key);
    if (e.cf != kEdges) continue;
    ++st.edges_removed;
    EdgeKey gone;
    if (DecodeEdgeKey(e.key, &gone) && gone.kind == graph::EdgeKind::kHolds)
      touched.insert(gone.src);
  }
  for (int f : {kNodeRefs, kEdges, kEdgesIn})
    for (const auto& [k, v] : puts[f]) {
      batch.Put(d.cf[f], k, v);
      if (f == kEdges && !old_entries.count({static_cast<uint8_t>(f), k})) ++st.edges_added;
    }

  // Nodes: created when first referred to, removed when no article refers to
  // them; their data is what the latest story writing them says (so that a
  // reindex with a newer extractor updates shared nodes too).
  std::set<graph::NodeRef> new_nodes;
  bool renamed_org = false;  // an organization's data changes: names known are stale
  for (const graph::NodeWrite& n : c.nodes) {
    new_nodes.insert(n.ref);
    std::string encoded = graph::EncodeNode(n.node), existing;
    got = d.Get(kNodes, EncodeNodeKey(n.ref), &existing);
    if (!got.ok() && !got.IsNotFound()) return got;
    if (got.ok()) {
      if (existing == encoded || n.weak) continue;
      graph::Node old;
      if (graph::DecodeNode(n.ref, existing, &old).ok()) d.IndexNode(&batch, old, true);
      if (n.ref.kind == graph::NodeKind::kOrganization) renamed_org = true;
    } else {
      ++st.nodes_added;
    }
    batch.Put(d.cf[kNodes], EncodeNodeKey(n.ref), encoded);
    d.IndexNode(&batch, n.node, false);
  }
  for (const graph::NodeRef& node : old_nodes) {
    if (new_nodes.count(node)) continue;
    bool referred = false;
    got = d.Scan(kNodeRefs, EncodeNodeKey(node), [&](std::string_view key, std::string_view) {
      graph::NodeRef n;
      uint64_t art;
      if (DecodeNodeRefKey(key, &n, &art) && art != article.id) referred = true;
      return !referred;
    });
    if (!got.ok()) return got;
    if (referred) continue;
    std::string value;
    got = d.Get(kNodes, EncodeNodeKey(node), &value);
    if (!got.ok() && !got.IsNotFound()) return got;
    if (got.ok()) {
      graph::Node old;
      if (graph::DecodeNode(node, value, &old).ok()) d.IndexNode(&batch, old, true);
    }
    batch.Delete(d.cf[kNodes], EncodeNodeKey(node));
    ++st.nodes_removed;
  }

  batch.Put(d.cf[kArticles], akey, EncodeArticle(article));
  batch.Put(d.cf[kRecords], akey, graph::RecordToJson(record).dump());
  batch.Put(d.cf[kManifests], akey, EncodeManifest(new_entries));
  rocksdb::WriteOptions w;  // WAL on: a killed process loses no acknowledged batch
  Status s = FromRocks(d.db->Write(w, &batch));
  if (!s.ok()) return s;
  if (stats) *stats = st;
  std::map<graph::NodeRef, std::string> names;
  for (const graph::NodeWrite& n : c.nodes) names[n.ref] = n.node.name;
  std::vector<std::pair<graph::NodeRef, Impl::Post>> posts;
  for (const graph::EdgeWrite& e : c.edges)
    if (e.kind == graph::EdgeKind::kHolds)
      posts.push_back({e.src, {e.evidence.position, names[e.dst], e.evidence.former, article.id}});
  d.UpdatePosts(touched, posts, renamed_org);
  return Status::OK();
}

Status Store::CatchUp() {
  if (!impl_->read_only) return Status::OK();
  return FromRocks(impl_->db->TryCatchUpWithPrimary());
}

Status Store::SyncLog() { return FromRocks(impl_->db->FlushWAL(true)); }

Status Store::Sync() {
  Status s = FromRocks(impl_->db->FlushWAL(true));
  if (!s.ok()) return s;
  rocksdb::FlushOptions flush;
  return FromRocks(impl_->db->Flush(flush, impl_->cf));
}

Status Store::PutMeta(const std::string& key, const std::string& value) {
  return FromRocks(impl_->db->Put(rocksdb::WriteOptions(), impl_->cf[kMeta], key, value));
}

Status Store::GetMeta(const std::string& key, std::string* value) const {
  return impl_->Get(kMeta, key, value);
}

Status Store::GetArticle(uint64_t id, StoredArticle* out) const {
  std::string value;
  Status s = impl_->Get(kArticles, EncodeArticleKey(id), &value);
  if (s.IsNotFound()) return Status::NotFound("no article " + graph::FormatNodeRef(graph::ArticleRef(id)));
  if (!s.ok()) return s;
  return DecodeArticle(id, value, out);
}

Status Store::GetRecord(uint64_t id, graph::Record* out) const {
  std::string value;
  Status s = impl_->Get(kRecords, EncodeArticleKey(id), &value);
  if (s.IsNotFound()) return Status::NotFound("no record of article " + std::to_string(id));
  if (!s.ok()) return s;
  json j = json::parse(value, nullptr, false);
  std::string error;
  if (j.is_discarded() || !graph::RecordFromJson(j, out, &error))
    return Status::Corruption("record of article " + std::to_string(id) + ": " + error);
  return Status::OK();
}

Status Store::ArticleIds(std::vector<uint64_t>* ids) const {
  ids->clear();
  return impl_->Scan(kArticles, "", [&](std::string_view key, std::string_view) {
    uint64_t id;
    if (DecodeArticleKey(key, &id)) ids->push_back(id);
    return true;
  });
}

Status Store::GetNode(graph::NodeRef ref, graph::Node* out) const {
  std::string v;
  Status s = impl_->Get(kNodes, EncodeNodeKey(ref), &v);
  if (s.IsNotFound()) return Status::NotFound("no node " + graph::FormatNodeRef(ref));
  if (!s.ok()) return s;
  return graph::DecodeNode(ref, v, out);
}

// The store's own reads of nodes and edges are a reader's, on the state of
// the moment: one implementation of each.
template <typename Fn>
Status ReadNow(const Store& st, Fn fn) {
  std::unique_ptr<graph::GraphReader> reader;
  Status s = st.NewReader(&reader);
  return s.ok() ? fn(*reader) : s;
}

Status Store::Nodes(graph::NodeKind kind, std::vector<graph::NodeRef>* out) const {
  return ReadNow(*this, [&](const graph::GraphReader& r) { return r.ListNodes(kind, out); });
}

Status Store::Search(std::string_view prefix, size_t limit,
                     std::vector<graph::NodeRef>* out) const {
  return ReadNow(*this,
                 [&](const graph::GraphReader& r) { return r.SearchNames(prefix, limit, out); });
}

Status Store::OutEdges(graph::NodeRef src, std::optional<graph::EdgeKind> kind,
                       std::vector<graph::Edge>* out) const {
  return ReadNow(*this, [&](const graph::GraphReader& r) { return r.OutEdges(src, kind, out); });
}

Status Store::InEdges(graph::NodeRef dst, std::optional<graph::EdgeKind> kind,
                      std::vector<graph::Edge>* out) const {
  return ReadNow(*this, [&](const graph::GraphReader& r) { return r.InEdges(dst, kind, out); });
}

Status Store::Reasons(graph::NodeRef node, std::vector<graph::JoinReason>* out) const {
  return ReadNow(*this, [&](const graph::GraphReader& r) { return r.Reasons(node, out); });
}

Status Store::PeopleNamed(const std::string& key, std::vector<Entry>* out) const {
  out->clear();
  std::string prefix = key;
  prefix.push_back('\0');
  Status s = impl_->Scan(kPersonKeys, prefix, [&](std::string_view k, std::string_view value) {
    std::string folded;
    graph::NodeRef ref;
    if (DecodeNameKey(k, &folded, &ref) && folded == key) out->push_back({ref, std::string(value), {}, {}});
    return true;
  });
  if (!s.ok()) return s;
  for (Entry& e : *out) {
    if (e.province.empty()) continue;  // resolution looks at placed officials' posts only
    s = impl_->Posts(e.ref, &e.posts);
    if (!s.ok()) return s;
    std::set<std::string> names;
    for (const Post& p : e.posts) names.insert(p.organization);
    e.organizations.assign(names.begin(), names.end());
  }
  return Status::OK();
}

Status Store::Dump(const std::function<void(const std::string&, std::string_view, std::string_view)>& fn) const {
  for (int f = 0; f < kCfCount; ++f) {
    Status s = impl_->Scan(f, "", [&](std::string_view k, std::string_view v) {
      fn(kCfNames[f], k, v);
      return true;
    });
    if (!s.ok()) return s;
  }
  return Status::OK();
}

}  // namespace vnkg::store
