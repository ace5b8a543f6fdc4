#include "api/commands.h"

#include <fstream>
#include <iostream>
#include <map>
#include <memory>

#include "api/ingest.h"
#include "api/inputs.h"
#include "api/progress.h"
#include "extract/extractor.h"
#include "graph/contribution.h"
#include "store/store.h"

namespace vnkg::api {
namespace {

struct Tally {
  size_t added = 0, updated = 0, unchanged = 0, failed = 0;
  std::vector<std::string> same;  // "b.txt is the same story as a.txt"
  store::ApplyStats changes;
  std::vector<std::string> failures;
  void Add(const store::ApplyStats& s) {
    changes.nodes_added += s.nodes_added;
    changes.nodes_removed += s.nodes_removed;
    changes.edges_added += s.edges_added;
    changes.edges_removed += s.edges_removed;
  }
};

// Stories in a file, for the progress bar's total.
size_t CountArticles(const std::string& path) {
  if (path.size() < 6 || path.compare(path.size() - 6, 6, ".jsonl") != 0) return 1;
  std::ifstream in(path);
  size_t n = 0;
  for (std::string line; std::getline(in, line);)
    if (line.find_first_not_of(" \t\r") != std::string::npos) ++n;
  return n;
}

Status OpenStore(const std::string& db, std::unique_ptr<store::Store>* out, bool existing = false) {
  Status s = existing ? store::Store::OpenExisting(db, out) : store::Store::Open(db, out);
  if (!s.ok()) std::cerr << "vnkg: " << s.message() << "\n";
  return s;
}

Status IngestOne(const extract::Extractor& extractor, store::Store* st,
                 extract::Article&& in, Tally* tally) {
  IngestOutcome outcome;
  store::ApplyStats stats;
  std::string same_as;
  Status s = IngestArticle(extractor, st, in, &outcome, &stats, &same_as);
  if (!s.ok()) return s;
  if (outcome == IngestOutcome::kSameStory) {
    tally->same.push_back(in.doc + " is the same story as " + same_as);
    return Status::OK();
  }
  ++(outcome == IngestOutcome::kAdded     ? tally->added
     : outcome == IngestOutcome::kUpdated ? tally->updated
                                          : tally->unchanged);
  tally->Add(stats);
  return Status::OK();
}

void PrintSummary(const char* verb, const Tally& t, double secs, const std::string& db) {
  size_t total = t.added + t.updated + t.unchanged + t.same.size();
  std::cerr << verb << " " << total << " stories into " << db << " in " << secs << " s";
  if (secs > 0) std::cerr << " (" << static_cast<long>(total / secs) << " stories/s)";
  std::cerr << ": " << t.added << " new, " << t.updated << " updated, " << t.unchanged
            << " unchanged, " << t.failed << " failed\n"
            << "graph: +" << t.changes.nodes_added << " nodes, -" << t.changes.nodes_removed
            << " nodes, +" << t.changes.edges_added << " edges, -" << t.changes.edges_removed
            << " edges\n";
  if (!t.same.empty())
    std::cerr << t.same.size() << " inputs were stories already stored under another name:\n";
  for (const std::string& s : t.same) std::cerr << "  " << s << "\n";
  for (const std::string& f : t.failures) std::cerr << "  failed: " << f << "\n";
}

std::unique_ptr<extract::Extractor> MakeExtractor() {
  std::string error;
  auto x = extract::Extractor::Create(&error);
  if (!x) std::cerr << "vnkg: cannot load lexicons: " << error << "\n";
  return x;
}

}  // namespace

int RunIngest(const IngestOptions& options, const std::vector<std::string>& paths) {
  auto extractor = MakeExtractor();
  if (!extractor) return 2;
  std::unique_ptr<store::Store> st;
  if (!OpenStore(options.db, &st).ok()) return 2;
  Tally tally;
  auto fail = [&](const std::string& why) {
    ++tally.failed;
    tally.failures.push_back(why);
  };
  std::vector<std::string> errors;
  std::vector<std::string> files = ExpandPaths(paths, &errors);
  for (const std::string& e : errors) fail(e);
  size_t total = 0;
  for (const std::string& f : files) total += CountArticles(f);
  Progress progress("ingest", total);
  size_t done = 0;
  for (const std::string& file : files) {
    ReadArticles(
        file,
        [&](extract::Article&& a) {
          std::string doc = a.doc;
          Status s = IngestOne(*extractor, st.get(), std::move(a), &tally);
          if (!s.ok()) fail(file + " (" + doc + "): " + s.message());
          progress.Tick(++done);
        },
        [&](const std::string& e) {
          fail(e);
          progress.Tick(++done);
        });
  }
  st->PutMeta("extractor_version", std::to_string(extract::kExtractorVersion));
  Status synced = st->Sync();
  progress.Finish();
  if (!options.quiet) PrintSummary("ingested", tally, progress.Seconds(), options.db);
  if (!synced.ok()) {
    std::cerr << "vnkg: " << synced.message() << "\n";
    return 2;
  }
  return tally.failed ? 1 : 0;
}

int RunReindex(const IngestOptions& options) {
  auto extractor = MakeExtractor();
  if (!extractor) return 2;
  std::unique_ptr<store::Store> st;
  if (!OpenStore(options.db, &st, /*existing=*/true).ok()) return 2;
  std::vector<uint64_t> ids;
  Status listed = st->ArticleIds(&ids);
  if (!listed.ok()) {
    std::cerr << "vnkg: " << listed.message() << "\n";
    return 2;
  }
  Tally tally;
  Progress progress("reindex", ids.size());
  size_t done = 0;
  for (uint64_t id : ids) {
    store::ApplyStats stats;
    Status s = ReindexArticle(*extractor, st.get(), id, &stats);
    {
      if (s.ok()) {
        bool changed = stats.nodes_added || stats.nodes_removed || stats.edges_added ||
                       stats.edges_removed;
        ++(changed ? tally.updated : tally.unchanged);
        tally.Add(stats);
      }
    }
    if (!s.ok()) {
      ++tally.failed;
      tally.failures.push_back("story " + std::to_string(id) + ": " + s.message());
    }
    progress.Tick(++done);
  }
  st->PutMeta("extractor_version", std::to_string(extract::kExtractorVersion));
  Status synced = st->Sync();
  progress.Finish();
  if (!options.quiet) PrintSummary("reindexed", tally, progress.Seconds(), options.db);
  return !synced.ok() ? 2 : tally.failed ? 1 : 0;
}

int RunCheck(const IngestOptions& options) {
  std::unique_ptr<store::Store> st;
  Status opened = store::Store::OpenReadOnly(options.db, &st);
  if (!opened.ok()) {
    std::cerr << "vnkg: " << opened.message() << "\n";
    return 2;
  }
  store::CheckReport r;
  Status checked = st->Check(&r);
  if (!checked.ok()) {
    std::cerr << "vnkg check: the database " << options.db << " is damaged: " << checked.message()
              << "\n";
    return 2;
  }
  std::string schema = "?", writer = "-";
  st->GetMeta("schema", &schema);
  st->GetMeta("extractor_version", &writer);
  std::cout << r.articles << " stories, " << r.nodes << " nodes, " << r.node_refs
            << " node references, " << r.edges << " edges; table checksums verified\n";
  std::cout << "schema " << schema << ", last written by extractor " << writer
            << "; this vnkg's extractor is " << extract::kExtractorVersion << "\n";
  size_t older_extractor = 0, older_graph = 0;
  for (const auto& [version, n] : r.by_extractor_version)
    if (version < extract::kExtractorVersion) older_extractor += n;
  for (const auto& [version, n] : r.by_graph_version)
    if (version < graph::kContributionVersion) older_graph += n;
  if (older_extractor)
    std::cout << older_extractor
              << " stories were extracted by an older vnkg: `vnkg reindex` updates them\n";
  if (older_graph)
    std::cout << older_graph
              << " stories' part of the graph was built by an older vnkg: `vnkg reindex` "
                 "updates them\n";
  for (const std::string& p : r.problems) std::cout << "problem: " << p << "\n";
  std::cout << (r.problems.empty() ? "consistent\n" : "INCONSISTENT\n");
  return r.problems.empty() ? 0 : 1;
}

}  // namespace vnkg::api
