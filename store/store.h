// The graph in RocksDB (format: store/FORMAT.md). Each article's whole
// contribution (its text, record, node references and edges) is written in
// one WriteBatch, replacing what the article contributed before: after a
// crash an article is wholly in the graph or not at all. Nodes live while
// some article refers to them. One writer at a time (RocksDB's LOCK file
// keeps other processes out); reads are safe from any thread. Readers open
// the database read-only (as a RocksDB secondary instance), which works while
// a writer has it open and never changes a file in the database directory.
#ifndef VNKG_STORE_STORE_H_
#define VNKG_STORE_STORE_H_

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "graph/contribution.h"
#include "graph/model.h"
#include "graph/reader.h"
#include "graph/record.h"
#include "graph/status.h"
#include "store/key_codec.h"

namespace vnkg::store {

constexpr int kSchemaVersion = 1;

struct StoredArticle {
  uint64_t id = 0;
  std::string doc;
  std::optional<std::string> given_id, url, published;
  std::string text;  // NFC: evidence offsets point into it
  uint64_t text_hash = 0;
  int extractor_version = 0;
  int graph_version = 0;  // graph::kContributionVersion of its part of the graph
};

struct ApplyStats {
  size_t nodes_added = 0, nodes_removed = 0, edges_added = 0, edges_removed = 0;
};

struct CheckReport {
  size_t articles = 0, nodes = 0, node_refs = 0, edges = 0;
  std::map<int, size_t> by_extractor_version;  // stories per extractor version
  std::map<int, size_t> by_graph_version;      // stories per graph::kContributionVersion
  std::vector<std::string> problems;  // empty when the store is consistent
};

class Store : public graph::PersonDirectory {
 public:
  // Opens (creating if missing) the database in directory `path` for
  // writing. A database of another schema version is refused with
  // Status::Incompatible; a directory holding database files but no CURRENT
  // (a damaged database) is refused with Status::Corruption and left as it is.
  // A directory that holds other files and no database is refused with
  // Status::InvalidArgument and left as it is.
  static Status Open(const std::string& path, std::unique_ptr<Store>* out);
  // Like Open, but the database must exist already: a missing or empty
  // directory, or one without database files, is Status::NotFound naming it
  // (`reindex` never creates a database).
  static Status OpenExisting(const std::string& path, std::unique_ptr<Store>* out);
  // Opens the database in `path` for reading only: nothing in `path` is
  // created or changed, and it works while a writer has the database open
  // (the reader sees the stories written before it opened). A missing
  // directory, or one that is not a vnkg database, is Status::NotFound or
  // Status::Incompatible naming `path`; a damaged one gives RocksDB's message.
  // Every write on the store returned fails.
  static Status OpenReadOnly(const std::string& path, std::unique_ptr<Store>* out);
  ~Store() override;
  Store(const Store&) = delete;
  Store& operator=(const Store&) = delete;

  // Atomically stores the article and its record and replaces its previous
  // contribution with `c`. *stats (may be null) gets what changed.
  Status PutArticle(const StoredArticle& article, const graph::Record& record,
                    const graph::Contribution& c, ApplyStats* stats);
  // A read-only store only: reads from now on see what the writer has made
  // durable since (RocksDB's TryCatchUpWithPrimary). REQUIRES: no reader of
  // this store (NewReader) is in use during the call: they read the store's
  // current state, not a snapshot. On a writable store, does nothing.
  Status CatchUp();
  // Makes every write so far durable on disk (fsyncs the write-ahead log) and
  // moves it into table files, so that readers need not replay the log.
  Status Sync();
  // Makes every write so far durable on disk by fsyncing the write-ahead log
  // only: cheap enough once per story (a flush per story would leave a table
  // file per column family each time); readers replay the log.
  Status SyncLog();

  // The meta family: "schema", "created_by", "extractor_version" (the
  // extractor that last wrote).
  Status PutMeta(const std::string& key, const std::string& value);

  // Reads. Each returns NotFound when what is asked for is absent (lists are
  // then empty and OK), and any storage error (a checksum mismatch is
  // Corruption, with RocksDB's message naming the file) as it is: never a
  // partial answer. A read-only store reads the state it was opened on.
  Status GetMeta(const std::string& key, std::string* value) const;
  Status GetArticle(uint64_t id, StoredArticle* out) const;
  Status GetRecord(uint64_t id, graph::Record* out) const;
  Status ArticleIds(std::vector<uint64_t>* out) const;

  Status GetNode(graph::NodeRef ref, graph::Node* out) const;
  Status Nodes(graph::NodeKind kind, std::vector<graph::NodeRef>* out) const;
  // Nodes whose diacritic-free name, or a word-suffix of it, starts with
  // `folded_prefix`, at most `limit` of them, in key order.
  Status Search(std::string_view folded_prefix, size_t limit,
                std::vector<graph::NodeRef>* out) const;
  Status OutEdges(graph::NodeRef src, std::optional<graph::EdgeKind> kind,
                  std::vector<graph::Edge>* out) const;
  Status InEdges(graph::NodeRef dst, std::optional<graph::EdgeKind> kind,
                 std::vector<graph::Edge>* out) const;
  // Why each article's mention was joined to this node.
  Status Reasons(graph::NodeRef node, std::vector<graph::JoinReason>* out) const;

  Status PeopleNamed(const std::string& key, std::vector<Entry>* out) const override;

  // A reader of the graph as it is now (one RocksDB snapshot: later writes
  // are not seen). REQUIRES: it does not outlive this store.
  Status NewReader(std::unique_ptr<graph::GraphReader>* out) const;

  // Verifies every table file's checksums (a mismatch is the returned
  // Corruption), then cross-checks every index against every other, the
  // search indexes included (missing and stale entries): problems found go
  // to report->problems.
  Status Check(CheckReport* report) const;
  // Every column family's keys and values in order.
  Status Dump(const std::function<void(const std::string& cf, std::string_view key,
                                       std::string_view value)>& fn) const;

 // The open database; defined in store/store_internal.h, for store/ only.
  class Impl;

 private:
  explicit Store(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace vnkg::store

#endif  // VNKG_STORE_STORE_H_
