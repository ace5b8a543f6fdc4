// Extraction throughput: reads the articles under the given paths once, then
// extracts them repeatedly and prints articles/s and MB/s.
#include <chrono>
#include <cstdlib>
#include <ctime>
#include <functional>
#include <iostream>
#include <string>
#include <vector>

#include <unistd.h>

#include <filesystem>

#include "api/ingest.h"
#include "api/inputs.h"
#include "extract/extractor.h"

int main(int argc, char** argv) {
  std::vector<std::string> paths(argv + 1, argv + argc);
  if (paths.empty()) {
    std::cerr << "usage: vnkg_bench PATH...\n";
    return 2;
  }
  std::string error;
  auto t0 = std::chrono::steady_clock::now();
  auto extractor = vnkg::extract::Extractor::Create(&error);
  if (!extractor) {
    std::cerr << error << "\n";
    return 2;
  }
  double load_ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
  std::vector<std::string> errors;
  std::vector<vnkg::extract::Article> articles;
  for (const std::string& f : vnkg::api::ExpandPaths(paths, &errors))
    vnkg::api::ReadArticles(f, [&](vnkg::extract::Article&& a) { articles.push_back(std::move(a)); },
                            [](const std::string& e) { std::cerr << e << "\n"; });
  size_t bytes = 0;
  for (const auto& a : articles) bytes += a.text.size();
  if (articles.empty()) {
    std::cerr << "no articles\n";
    return 2;
  }
  const int kRounds = std::max<int>(1, static_cast<int>(2'000'000 / (bytes + 1)));
  size_t people = 0;
  auto t1 = std::chrono::steady_clock::now();
  for (int r = 0; r < kRounds; ++r)
    for (const auto& a : articles) people += extractor->Extract(a).people.size();
  double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t1).count();
  double n = static_cast<double>(articles.size()) * kRounds;
  std::cout << "lexicon load: " << load_ms << " ms\n"
            << "extract: " << n << " articles (" << articles.size() << " x " << kRounds
            << ") in " << secs << " s = " << n / secs << " articles/s, "
            << (bytes * kRounds / 1e6) / secs << " MB/s (people found: " << people << ")\n";

  // One very long story (every article joined, repeated to ~1 MB): extraction
  // must stay linear in the story's length.
  vnkg::extract::Article big{"big", "", {}, {}, {}};
  while (big.text.size() < 1'000'000)
    for (const auto& a : articles) big.text += a.text + "\n\n";
  auto tb = std::chrono::steady_clock::now();
  size_t big_people = extractor->Extract(big).people.size();
  double bsecs = std::chrono::duration<double>(std::chrono::steady_clock::now() - tb).count();
  std::cout << "one " << big.text.size() / 1000 << " kB story: " << bsecs << " s ("
            << big_people << " people)\n";

  // The same with no sentence end at all (one 2 MB sentence): every stage
  // must stay linear in the sentence's length too.
  vnkg::extract::Article flat{"flat", "", {}, {}, {}};
  while (flat.text.size() < 2'000'000)
    for (const auto& a : articles)
      for (char c : a.text) flat.text += (c == '.' || c == '!' || c == '?' || c == '\n') ? ' ' : c;
  auto tf = std::chrono::steady_clock::now();
  size_t flat_meetings = extractor->Extract(flat).meetings.size();
  double fsecs = std::chrono::duration<double>(std::chrono::steady_clock::now() - tf).count();
  std::cout << "one " << flat.text.size() / 1000 << " kB story without sentence ends: " << fsecs
            << " s = " << (flat.text.size() / 1e6) / fsecs << " MB/s (" << flat_meetings
            << " meetings)\n";

  // Ingest: every article, made distinct, into a fresh RocksDB directory.
  // Then the cost of 1k more stories into a database of 1k, and of 8k: it
  // must not grow with the database (CPU time, so other load matters less).
  auto ingest = [&](vnkg::store::Store* st, const std::string& prefix, size_t n) {
    for (size_t i = 0; i < n; ++i) {
      vnkg::extract::Article a = articles[i % articles.size()];
      a.given_id = prefix + std::to_string(i);
      vnkg::api::IngestOutcome outcome;
      vnkg::store::ApplyStats stats;
      if (!vnkg::api::IngestArticle(*extractor, st, a, &outcome, &stats).ok()) return false;
    }
    return true;
  };
  // fn(store, dir) on a fresh database in a temporary directory.
  auto with_db = [&](const std::function<bool(std::unique_ptr<vnkg::store::Store>*,
                                              const std::string&)>& fn) {
    char tmpl[] = "/tmp/vnkg-bench-XXXXXX";
    std::string dir = mkdtemp(tmpl);
    std::unique_ptr<vnkg::store::Store> st;
    bool ok = vnkg::store::Store::Open(dir, &st).ok() && fn(&st, dir);
    st.reset();
    std::filesystem::remove_all(dir);
    return ok;
  };
  const size_t kIngest = 2000;
  double isecs = 0;
  if (!with_db([&](std::unique_ptr<vnkg::store::Store>* st, const std::string&) {
        auto t2 = std::chrono::steady_clock::now();
        if (!ingest(st->get(), "bench-", kIngest)) return false;
        (*st)->Sync();
        isecs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t2).count();
        return true;
      }))
    return 2;
  std::cout << "ingest: " << kIngest << " articles in " << isecs << " s = " << kIngest / isecs
            << " articles/s (extract + resolve + one RocksDB batch each)\n";
  auto thread_cpu = [] {
    timespec ts;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return ts.tv_sec + ts.tv_nsec / 1e9;
  };
  double cpu[2] = {0, 0}, own[2] = {0, 0};
  const size_t kBase[2] = {1000, 8000};
  const char* only = std::getenv("VNKG_BENCH_BASE");  // profile one base size: 0 or 1
  for (int k = 0; k < 2; ++k)
    if ((!only || std::atoi(only) == k) &&
        !with_db([&](std::unique_ptr<vnkg::store::Store>* st, const std::string& dir) {
          if (!ingest(st->get(), "base-", kBase[k]) || !(*st)->Sync().ok()) return false;
          st->reset();  // as a later `vnkg ingest` would: a new process, nothing in memory
          if (!vnkg::store::Store::Open(dir, st).ok()) return false;
          std::clock_t c0 = std::clock();
          double t0 = thread_cpu();
          if (!ingest(st->get(), "more-", 1000)) return false;
          cpu[k] = static_cast<double>(std::clock() - c0) / CLOCKS_PER_SEC;
          own[k] = thread_cpu() - t0;
          return true;
        }))
      return 2;
  std::cout << "ingest 1k more into 1k stories: " << cpu[0] << " s CPU; into 8k: " << cpu[1]
            << " s CPU; ratio " << cpu[1] / cpu[0] << " (the ingesting thread alone: " << own[0]
            << " s, " << own[1] << " s, ratio " << own[1] / own[0] << ")\n";
  return 0;
}
