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

#include "graph/record_json.h"

namespace vnkg::store {
namespace {

using nlohmann::json;

// Column families, in the order they are opened. Persisted names.
enum Cf { kDefault, kMeta, kArticles, kRecords, kNodes, kNodeRefs, kEdges, kEdgesIn, kNames,
          kPersonKeys, kManifests, kCfCount };
const char* const kCfNames[kCfCount] = {"default", "meta", "articles", "records", "nodes",
                                        "node_refs", "edges", "edges_in", "names",
                                        "person_keys", "manifests"};

Status FromRocks(const rocksdb::Status& s) {
  if (s.ok()) return Status::OK();
  if (s.IsNotFound()) return Status::NotFound(s.ToString());
  if (s.IsCorruption()) return Status::Corruption(s.ToString());
  if (s.IsInvalidArgument()) return Status::InvalidArgument(s.ToString());
  return Status::IOError(s.ToString());
}

bool StartsWith(const rocksdb::Slice& s, std::string_view prefix) {
  return s.size() >= prefix.size() && std::string_view(s.data(), prefix.size()) == prefix;
}

// The words of a folded name and every suffix starting at a word: "tran quoc
// trung", "quoc trung", "trung", so that a search may start at any word.
std::vector<std::string> NameSuffixes(const std::string& folded) {
  std::vector<std::string> out;
  if (folded.empty()) return out;
  out.push_back(folded);
  for (size_t i = 0; i < folded.size(); ++i)
    if (folded[i] == ' ' && i + 1 < folded.size()) out.push_back(folded.substr(i + 1));
  return out;
}

// Manifest: what an article wrote to the shared families, to take it back.
// Encoding: repeated (u8 column family, u16 big-endian key length, key).
struct ManifestEntry {
  uint8_t cf;
  std::string key;
  bool operator<(const ManifestEntry& o) const { return cf != o.cf ? cf < o.cf : key < o.key; }
};

std::string EncodeManifest(const std::set<ManifestEntry>& entries) {
  std::string out;
  for (const auto& e : entries) {
    out.push_back(static_cast<char>(e.cf));
    out.push_back(static_cast<char>((e.key.size() >> 8) & 0xff));
    out.push_back(static_cast<char>(e.key.size() & 0xff));
    out += e.key;
  }
  return out;
}

bool DecodeManifest(std::string_view in, std::set<ManifestEntry>* out) {
  size_t i = 0;
  while (i < in.size()) {
    if (i + 3 > in.size()) return false;
    uint8_t cf = static_cast<uint8_t>(in[i]);
    size_t len = (static_cast<unsigned char>(in[i + 1]) << 8) | static_cast<unsigned char>(in[i + 2]);
    i += 3;
    if (i + len > in.size() || cf >= kCfCount) return false;
    out->insert({cf, std::string(in.substr(i, len))});
    i += len;
  }
  return true;
}

json ArticleJson(const StoredArticle& a) {
  auto opt = [](const std::optional<std::string>& s) { return s ? json(*s) : json(nullptr); };
  return {{"doc", a.doc}, {"id", opt(a.given_id)}, {"url", opt(a.url)},
          {"published", opt(a.published)}, {"text", a.text},
          {"text_hash", a.text_hash}, {"extractor_version", a.extractor_version},
          {"graph_version", a.graph_version}};
}

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

namespace fs = std::filesystem;

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

// A node's entries in the search indexes: `names` (every word-suffix of its
// diacritic-free names) and, for people, `person_keys` (value: province).
struct IndexEntry {
  int family;
  std::string key, value;
};

std::vector<IndexEntry> IndexEntries(const graph::NodeRef& ref, const json& value) {
  std::vector<IndexEntry> out;
  auto search = value.find("search");
  if (search != value.end() && search->is_array())
    for (const json& name : *search)
      if (name.is_string())
        for (const std::string& suffix : NameSuffixes(name.get<std::string>()))
          out.push_back({kNames, EncodeNameKey(suffix, ref), ""});
  auto key = value.find("key");
  if (ref.kind == graph::NodeKind::kPerson && key != value.end() && key->is_string() &&
      !key->get<std::string>().empty()) {
    auto province = value.find("province");
    out.push_back({kPersonKeys, EncodeNameKey(key->get<std::string>(), ref),
                   province != value.end() && province->is_string() ? province->get<std::string>()
                                                                     : ""});
  }
  return out;
}

}  // namespace

class Store::Impl {
 public:
  std::unique_ptr<rocksdb::DB> db;
  std::vector<rocksdb::ColumnFamilyHandle*> cf;
  std::string secondary_dir;  // a reader's scratch directory, outside the database

  ~Impl() {
    for (auto* h : cf) db->DestroyColumnFamilyHandle(h);
    db.reset();
    std::error_code ec;
    if (!secondary_dir.empty()) fs::remove_all(secondary_dir, ec);
  }

  rocksdb::ReadOptions Reading() const {
    rocksdb::ReadOptions r;
    r.verify_checksums = true;
    return r;
  }

  // NotFound when absent; any other failure (a checksum mismatch, an I/O
  // error) is returned as it is, never taken for absence.
  Status Get(int family, const std::string& key, std::string* value) const {
    return FromRocks(db->Get(Reading(), cf[family], key, value));
  }

  // Whether `key` is present: *present; a storage error is the Status.
  Status Has(int family, const std::string& key, bool* present) const {
    std::string v;
    Status s = Get(family, key, &v);
    *present = s.ok();
    return s.IsNotFound() ? Status::OK() : s;
  }

  // Calls fn(key, value) for each entry whose key starts with prefix; stops
  // when fn returns false. Returns the iterator's status: a scan cut short
  // by a storage error is an error, not a shorter answer.
  template <typename Fn>
  Status Scan(int family, std::string_view prefix, Fn fn) const {
    std::unique_ptr<rocksdb::Iterator> it(db->NewIterator(Reading(), cf[family]));
    for (it->Seek(rocksdb::Slice(prefix.data(), prefix.size()));
         it->Valid() && StartsWith(it->key(), prefix); it->Next()) {
      if (!fn(std::string_view(it->key().data(), it->key().size()),
              std::string_view(it->value().data(), it->value().size())))
        break;
    }
    return FromRocks(it->status());
  }

  Status CheckSchema(bool writable) {
    std::string version;
    Status got = Get(kMeta, "schema", &version);
    if (!got.ok() && !got.IsNotFound()) return got;
    if (got.ok()) {
      if (version == std::to_string(kSchemaVersion)) return Status::OK();
      return Status::Incompatible("this database has schema version " + version +
                                  "; this vnkg reads version " + std::to_string(kSchemaVersion) +
                                  ": ingest the stories again into a new --db directory");
    }
    bool empty = true;
    Status scanned =
        Scan(kArticles, "", [&](std::string_view, std::string_view) { empty = false; return false; });
    if (!scanned.ok()) return scanned;
    if (!empty || !writable)
      return Status::Incompatible("this database has no schema version: it was not written by vnkg");
    rocksdb::WriteOptions w;
    w.sync = true;
    rocksdb::WriteBatch batch;
    batch.Put(cf[kMeta], "schema", std::to_string(kSchemaVersion));
    batch.Put(cf[kMeta], "created_by", "vnkg");
    return FromRocks(db->Write(w, &batch));
  }

  Status ScanEdges(int family, const std::string& prefix, bool reverse,
                   std::vector<EdgeRecord>* out) const {
    out->clear();
    Status inner;
    Status s = Scan(family, prefix, [&](std::string_view key, std::string_view value) {
      EdgeRecord r;
      if (!(reverse ? DecodeEdgeInKey(key, &r.key) : DecodeEdgeKey(key, &r.key))) {
        inner = Status::Corruption(std::string("undecodable key in ") + kCfNames[family]);
        return false;
      }
      std::string v(value);
      if (reverse) inner = Get(kEdges, EncodeEdgeKey(r.key), &v);
      if (inner.IsNotFound())
        inner = Status::Corruption("an edges_in entry without its edge (run vnkg check)");
      if (!inner.ok()) return false;
      r.evidence = json::parse(v, nullptr, false);
      if (r.evidence.is_discarded()) {
        inner = Status::Corruption("the evidence of an edge is not JSON");
        return false;
      }
      out->push_back(std::move(r));
      return true;
    });
    return s.ok() ? inner : s;
  }

  void IndexNode(rocksdb::WriteBatch* batch, const graph::NodeRef& ref, const json& value,
                 bool remove) const {
    for (const IndexEntry& e : IndexEntries(ref, value)) {
      if (remove) batch->Delete(cf[e.family], e.key);
      else batch->Put(cf[e.family], e.key, e.value);
    }
  }
};

Store::Store(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Store::~Store() = default;

Status Store::Open(const std::string& path, std::unique_ptr<Store>* out) {
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

Status Store::OpenReadOnly(const std::string& path, std::unique_ptr<Store>* out) {
  std::error_code ec;
  if (!fs::exists(path, ec))
    return Status::NotFound("no database at " + path + ": the directory does not exist");
  if (!fs::is_directory(path, ec))
    return Status::NotFound("no database at " + path + ": it is not a directory");
  if (fs::is_empty(path, ec))
    return Status::NotFound("no database at " + path + ": the directory is empty");
  if (!fs::exists(fs::path(path) / "CURRENT", ec) && !LostCurrent(path))
    return Status::NotFound("no database at " + path + ": it holds no database files");
  rocksdb::DBOptions options;
  options.create_if_missing = false;
  options.max_open_files = -1;  // required of a secondary instance
  options.info_log = std::make_shared<NullLogger>();
  auto impl = std::make_unique<Impl>();
  char tmpl[] = "/tmp/vnkg-reader-XXXXXX";
  if (!mkdtemp(tmpl)) return Status::IOError("cannot create a scratch directory in /tmp");
  impl->secondary_dir = tmpl;
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
    std::string value = e.evidence.dump();
    puts[kEdges][EncodeEdgeKey(k)] = value;
    puts[kEdgesIn][EncodeEdgeInKey(k)] = "";
  }
  for (int f : {kNodeRefs, kEdges, kEdgesIn})
    for (const auto& [k, v] : puts[f]) new_entries.insert({static_cast<uint8_t>(f), k});

  // Take back what the article wrote before and writes no more.
  std::set<graph::NodeRef> old_nodes;
  for (const ManifestEntry& e : old_entries) {
    if (e.cf == kNodeRefs) {
      graph::NodeRef node;
      uint64_t art;
      if (DecodeNodeRefKey(e.key, &node, &art)) old_nodes.insert(node);
    }
    if (new_entries.count(e)) continue;
    batch.Delete(d.cf[e.cf], e.key);
    if (e.cf == kEdges) ++st.edges_removed;
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
  for (const graph::NodeWrite& n : c.nodes) {
    new_nodes.insert(n.ref);
    json value = n.value;
    value["search"] = n.search;
    if (!n.person_key.empty()) value["key"] = n.person_key;
    std::string encoded = value.dump(), existing;
    got = d.Get(kNodes, EncodeNodeKey(n.ref), &existing);
    if (!got.ok() && !got.IsNotFound()) return got;
    if (got.ok()) {
      if (existing == encoded) continue;
      json old = json::parse(existing, nullptr, false);
      if (!old.is_discarded()) d.IndexNode(&batch, n.ref, old, true);
    } else {
      ++st.nodes_added;
    }
    batch.Put(d.cf[kNodes], EncodeNodeKey(n.ref), encoded);
    d.IndexNode(&batch, n.ref, value, false);
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
      json j = json::parse(value, nullptr, false);
      if (!j.is_discarded()) d.IndexNode(&batch, node, j, true);
    }
    batch.Delete(d.cf[kNodes], EncodeNodeKey(node));
    ++st.nodes_removed;
  }

  batch.Put(d.cf[kArticles], akey, ArticleJson(article).dump());
  batch.Put(d.cf[kRecords], akey, graph::RecordToJson(record).dump());
  batch.Put(d.cf[kManifests], akey, EncodeManifest(new_entries));
  rocksdb::WriteOptions w;  // WAL on: a killed process loses no acknowledged batch
  Status s = FromRocks(d.db->Write(w, &batch));
  if (s.ok() && stats) *stats = st;
  return s;
}

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
  json j = json::parse(value, nullptr, false);
  if (j.is_discarded() || !j.is_object())
    return Status::Corruption("article " + std::to_string(id) + " is not JSON");
  auto opt = [&](const char* f) -> std::optional<std::string> {
    auto it = j.find(f);
    return it == j.end() || !it->is_string() ? std::nullopt : std::optional(it->get<std::string>());
  };
  out->id = id;
  out->doc = opt("doc").value_or("");
  out->given_id = opt("id");
  out->url = opt("url");
  out->published = opt("published");
  out->text = opt("text").value_or("");
  out->text_hash = j.value("text_hash", uint64_t{0});
  out->extractor_version = j.value("extractor_version", 0);
  out->graph_version = j.value("graph_version", 0);
  return Status::OK();
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

Status Store::GetNode(graph::NodeRef ref, json* value) const {
  std::string v;
  Status s = impl_->Get(kNodes, EncodeNodeKey(ref), &v);
  if (s.IsNotFound()) return Status::NotFound("no node " + graph::FormatNodeRef(ref));
  if (!s.ok()) return s;
  *value = json::parse(v, nullptr, false);
  if (value->is_discarded() || !value->is_object())
    return Status::Corruption("node " + graph::FormatNodeRef(ref) + " is not JSON");
  return Status::OK();
}

Status Store::Nodes(graph::NodeKind kind, std::vector<graph::NodeRef>* out) const {
  out->clear();
  return impl_->Scan(kNodes, NodeKindPrefix(kind), [&](std::string_view key, std::string_view) {
    graph::NodeRef ref;
    if (DecodeNodeKey(key, &ref)) out->push_back(ref);
    return true;
  });
}

Status Store::Search(std::string_view prefix, size_t limit,
                     std::vector<graph::NodeRef>* out) const {
  out->clear();
  std::set<graph::NodeRef> seen;
  if (limit == 0) return Status::OK();
  return impl_->Scan(kNames, prefix, [&](std::string_view key, std::string_view) {
    std::string folded;
    graph::NodeRef ref;
    if (DecodeNameKey(key, &folded, &ref) && seen.insert(ref).second) out->push_back(ref);
    return out->size() < limit;
  });
}

Status Store::OutEdges(graph::NodeRef src, std::optional<graph::EdgeKind> kind,
                       std::vector<EdgeRecord>* out) const {
  return impl_->ScanEdges(kEdges, kind ? EdgePrefix(src, *kind) : EdgePrefix(src), false, out);
}

Status Store::InEdges(graph::NodeRef dst, std::optional<graph::EdgeKind> kind,
                      std::vector<EdgeRecord>* out) const {
  return impl_->ScanEdges(kEdgesIn, kind ? EdgePrefix(dst, *kind) : EdgePrefix(dst), true, out);
}

Status Store::Reasons(graph::NodeRef node, std::vector<NodeReason>* out) const {
  out->clear();
  return impl_->Scan(kNodeRefs, EncodeNodeKey(node), [&](std::string_view key, std::string_view value) {
    graph::NodeRef n;
    uint64_t art;
    if (DecodeNodeRefKey(key, &n, &art)) out->push_back({art, std::string(value)});
    return true;
  });
}

Status Store::PeopleNamed(const std::string& key, std::vector<Entry>* out) const {
  out->clear();
  std::string prefix = key;
  prefix.push_back('\0');
  Status s = impl_->Scan(kPersonKeys, prefix, [&](std::string_view k, std::string_view value) {
    std::string folded;
    graph::NodeRef ref;
    if (DecodeNameKey(k, &folded, &ref) && folded == key) out->push_back({ref, std::string(value), {}});
    return true;
  });
  if (!s.ok()) return s;
  // The organizations of each namesake's posts: one look at each distinct
  // organization, skipping over the many stories that repeat it (holds keys
  // sort by destination), and no evidence decoded.
  for (Entry& e : *out) {
    const std::string prefix = EdgePrefix(e.ref, graph::EdgeKind::kHolds);
    std::unique_ptr<rocksdb::Iterator> it(impl_->db->NewIterator(impl_->Reading(), impl_->cf[kEdges]));
    for (it->Seek(prefix); it->Valid() && StartsWith(it->key(), prefix);) {
      EdgeKey key;
      if (!DecodeEdgeKey(std::string_view(it->key().data(), it->key().size()), &key))
        return Status::Corruption("undecodable key in edges");
      json org;
      s = GetNode(key.dst, &org);
      if (!s.ok()) return s;
      auto name = org.find("name");
      if (name != org.end() && name->is_string()) e.organizations.push_back(*name);
      // Past every key of this destination: longer than any of them, all 0xff.
      it->Seek(prefix + EncodeNodeKey(key.dst) + std::string(16, '\xff'));
    }
    s = FromRocks(it->status());
    if (!s.ok()) return s;
  }
  return Status::OK();
}

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
    json a = json::parse(value, nullptr, false);
    if (a.is_discarded()) problem("article is not JSON");
    else {
      ++r->by_extractor_version[a.value("extractor_version", 0)];
      ++r->by_graph_version[a.value("graph_version", 0)];
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
    json v = json::parse(value, nullptr, false);
    if (!DecodeNodeKey(key, &ref) || v.is_discarded()) { problem("undecodable node"); return true; }
    for (const IndexEntry& e : IndexEntries(ref, v))
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
