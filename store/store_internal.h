// Internal to store/: the column families, the helpers every part of the
// store shares, and Store::Impl (the open database). Not a public header.
#ifndef VNKG_STORE_STORE_INTERNAL_H_
#define VNKG_STORE_STORE_INTERNAL_H_

#include <filesystem>
#include <map>
#include <memory>
#include <mutex>
#include <set>
#include <string>
#include <string_view>
#include <system_error>
#include <vector>

#include <nlohmann/json.hpp>
#include <rocksdb/db.h>
#include <rocksdb/write_batch.h>

#include "graph/node.h"
#include "store/key_codec.h"
#include "store/store.h"

namespace vnkg::store {

// Column families, in the order they are opened. Persisted names.
enum Cf { kDefault, kMeta, kArticles, kRecords, kNodes, kNodeRefs, kEdges, kEdgesIn, kNames,
          kPersonKeys, kManifests, kCfCount };
extern const char* const kCfNames[kCfCount];

Status FromRocks(const rocksdb::Status& s);

inline bool StartsWith(const rocksdb::Slice& s, std::string_view prefix) {
  return s.size() >= prefix.size() && std::string_view(s.data(), prefix.size()) == prefix;
}

// The words of a folded name and every suffix starting at a word: "tran quoc
// trung", "quoc trung", "trung", so that a search may start at any word.
std::vector<std::string> NameSuffixes(const std::string& folded);

// Manifest: what an article wrote to the shared families, to take it back.
// Encoding: repeated (u8 column family, u16 big-endian key length, key).
struct ManifestEntry {
  uint8_t cf;
  std::string key;
  bool operator<(const ManifestEntry& o) const { return cf != o.cf ? cf < o.cf : key < o.key; }
};
std::string EncodeManifest(const std::set<ManifestEntry>& entries);
bool DecodeManifest(std::string_view in, std::set<ManifestEntry>* out);

// A node's entries in the search indexes: `names` (every word-suffix of its
// diacritic-free names) and, for people, `person_keys` (value: province).
struct IndexEntry {
  int family;
  std::string key, value;
};
// An `articles` value, both ways; Corruption when it is not an object.
std::string EncodeArticle(const StoredArticle& a);
Status DecodeArticle(uint64_t id, std::string_view value, StoredArticle* out);

std::vector<IndexEntry> IndexEntries(const graph::Node& node);

class Store::Impl {
 public:
  std::unique_ptr<rocksdb::DB> db;
  std::vector<rocksdb::ColumnFamilyHandle*> cf;
  std::string secondary_dir;  // a reader's scratch directory, outside the database
  // Opened as a secondary instance: it never catches up after opening, so
  // it is one snapshot already (and RocksDB has no snapshots there).
  bool read_only = false;
  mutable std::mutex org_names_mu;
  using Post = graph::PersonDirectory::Post;
  mutable std::map<graph::NodeRef, std::set<Post>> org_names;  // guarded by org_names_mu

  ~Impl() {
    for (auto* h : cf) db->DestroyColumnFamilyHandle(h);
    db.reset();
    std::error_code ec;
    if (!secondary_dir.empty()) std::filesystem::remove_all(secondary_dir, ec);
  }

  rocksdb::ReadOptions Reading() const {
    rocksdb::ReadOptions r;
    r.verify_checksums = true;
    return r;
  }

  // NotFound when absent; any other failure (a checksum mismatch, an I/O
  // error) is returned as it is, never taken for absence.
  Status Get(int family, const std::string& key, std::string* value) const {
    return GetAt(Reading(), family, key, value);
  }
  Status GetAt(const rocksdb::ReadOptions& r, int family, const std::string& key,
               std::string* value) const {
    return FromRocks(db->Get(r, cf[family], key, value));
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
    return ScanAt(Reading(), family, prefix, fn);
  }
  template <typename Fn>
  Status ScanAt(const rocksdb::ReadOptions& r, int family, std::string_view prefix, Fn fn) const {
    std::unique_ptr<rocksdb::Iterator> it(db->NewIterator(r, cf[family]));
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

  // The posts `person` holds (position, organization name, former, the
  // story stating it): read once (one look per organization for its name), then kept
  // up to date by the writes of this process. Thread-safe.
  Status Posts(const graph::NodeRef& person, std::vector<Post>* out) const;
  // After a write: `touched` people lost posts (forgotten, read again when
  // asked); `posts` are (person, post) the write holds; when an
  // organization's data changed (`forget_all`), every post known is dropped.
  void UpdatePosts(const std::set<graph::NodeRef>& touched,
                   const std::vector<std::pair<graph::NodeRef, Post>>& posts, bool forget_all);

  void IndexNode(rocksdb::WriteBatch* batch, const graph::Node& node, bool remove) const {
    for (const IndexEntry& e : IndexEntries(node)) {
      if (remove) batch->Delete(cf[e.family], e.key);
      else batch->Put(cf[e.family], e.key, e.value);
    }
  }
};

}  // namespace vnkg::store

#endif  // VNKG_STORE_STORE_INTERNAL_H_
