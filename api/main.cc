// The `vnkg` command line.
#include <iostream>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "api/inputs.h"
#include "extract/extractor.h"
#include "graph/record_json.h"

namespace {

int RunExtract(const std::vector<std::string>& paths, bool pretty) {
  std::string error;
  std::unique_ptr<vnkg::extract::Extractor> extractor = vnkg::extract::Extractor::Create(&error);
  if (!extractor) {
    std::cerr << "vnkg: cannot load lexicons: " << error << "\n";
    return 2;
  }
  int failures = 0;
  auto report = [&](const std::string& message) {
    ++failures;
    std::cerr << "vnkg extract: " << message << "\n";
  };
  std::vector<std::string> errors;
  std::vector<std::string> files = vnkg::api::ExpandPaths(paths, &errors);
  for (const std::string& e : errors) report(e);
  for (const std::string& file : files) {
    vnkg::api::ReadArticles(
        file,
        [&](vnkg::extract::Article&& article) {
          vnkg::graph::Record record = extractor->Extract(article);
          std::cout << vnkg::graph::RecordToJson(record).dump(pretty ? 2 : -1) << "\n";
        },
        report);
  }
  std::cout.flush();
  return failures ? 1 : 0;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{
      "vnkg: builds a knowledge graph of officials, party committees, government bodies,\n"
      "localities and meetings from Vietnamese news stories."};
  app.require_subcommand(1);

  std::vector<std::string> paths;
  bool pretty = false;
  CLI::App* extract = app.add_subcommand(
      "extract",
      "Print one extraction record (JSON) per article: people, roles, organizations,\n"
      "localities, meetings, with evidence spans. Exit status 1 if any input failed.");
  extract->add_option("paths", paths,
                      "Story files (.txt), JSON Lines files (.jsonl: {id, text, url?, "
                      "published?} per line) or directories (walked recursively, sorted)")
      ->required();
  extract->add_flag("--pretty", pretty, "Indent the JSON (one record spans several lines)");

  CLI11_PARSE(app, argc, argv);
  if (*extract) return RunExtract(paths, pretty);
  return 0;
}
