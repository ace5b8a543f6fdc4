// The `vnkg` command line. Exit status (also in README.md): 0 done; 1 some
// input failed, or `check` found problems; 2 the database could not be used
// (missing, damaged, a storage error); 3 a person, organization or place
// asked for is unknown; 64 the command line is wrong; 70 an internal error.
#include <cstdlib>
#include <exception>
#include <iostream>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "api/commands.h"
#include "api/export_cli.h"
#include "api/inputs.h"
#include "api/query.h"
#include "api/server.h"
#include "extract/extractor.h"
#include "graph/queries.h"
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

std::string DefaultDb() {
  const char* env = std::getenv("VNKG_DB");
  return env && *env ? env : "vnkg-data";
}

constexpr int kExitUsage = 64;
constexpr int kExitInternal = 70;

int Run(int argc, char** argv) {
  CLI::App app{
      "vnkg: builds a knowledge graph of officials, party committees, government bodies,\n"
      "localities and meetings from Vietnamese news stories."};
  app.require_subcommand(1);
  app.fallthrough();  // options of `query` may follow its question's arguments
  app.set_version_flag("--version", std::string("vnkg ") + VNKG_VERSION + " (extractor " +
                                        std::to_string(vnkg::extract::kExtractorVersion) + ")");
  const std::string db_help =
      "Database directory (created if missing, in a new or empty directory; default: $VNKG_DB "
      "or ./vnkg-data)";
  const std::string existing_db_help =
      "Database directory, which must exist (default: $VNKG_DB or ./vnkg-data)";

  std::vector<std::string> paths;
  bool pretty = false;
  CLI::App* extract = app.add_subcommand(
      "extract",
      "Print one extraction record (JSON) per story: people, roles, organizations,\n"
      "localities, meetings, with evidence spans. Nothing is stored. Exit status 1 if\n"
      "any input failed.");
  extract->add_option("paths", paths,
                      "Story files (.txt), JSON Lines files (.jsonl: {id, text, url?, "
                      "published?} per line) or directories (walked recursively, sorted)")
      ->required();
  extract->add_flag("--pretty", pretty, "Indent the JSON (one record spans several lines)");

  vnkg::api::IngestOptions io;
  io.db = DefaultDb();
  std::vector<std::string> ingest_paths;
  CLI::App* ingest = app.add_subcommand(
      "ingest",
      "Extract stories and add them to the graph database. A story already stored\n"
      "unchanged is skipped; each story is written atomically, so an interrupted\n"
      "ingest is finished by running it again. Exit status 1 if any input failed.");
  ingest->add_option("--db", io.db, db_help);
  ingest->add_flag("--quiet", io.quiet, "No summary");
  ingest->add_option("paths", ingest_paths, "Stories: .txt, .jsonl, or directories")->required();

  CLI::App* reindex = app.add_subcommand(
      "reindex", "Re-extract every stored story with this vnkg and replace its part of the graph.");
  reindex->add_option("--db", io.db, existing_db_help);
  reindex->add_flag("--quiet", io.quiet, "No summary");

  CLI::App* check = app.add_subcommand(
      "check", "Check the database's consistency (every story whole, no orphan nodes or edges).");
  check->add_option("--db", io.db, existing_db_help);

  vnkg::api::QueryOptions qo;
  qo.db = DefaultDb();
  CLI::App* query = app.add_subcommand(
      "query", "Ask the graph: search, person, roles, holders, meetings, node, locality. Reads only.");
  query->add_option("--db", qo.db, existing_db_help);
  query->add_flag("--json", qo.json, "Answer in JSON");
  query->require_subcommand(1);
  query->fallthrough();
  std::string text, who, org;
  std::optional<std::string> position;
  vnkg::api::MeetingFilter mf;
  CLI::App* q_search = query->add_subcommand("search", "Find people, organizations and places by name, with or without diacritics");
  q_search->add_option("text", text, "Name or its start: \"tran quoc trung\", \"Thành ủy Cần\"")->required();
  query->add_option("--limit", qo.limit, "At most this many results (default 20)")
      ->check(CLI::Range(1, 100000));
  query->add_option("--offset", qo.offset, "Skip this many results first (default 0)")
      ->check(CLI::Range(0, 100000000));
  CLI::App* q_person = query->add_subcommand("person", "A person: posts, meetings, and the stories joined into them, with why");
  q_person->add_option("who", who, "Id (p:...) or name")->required();
  CLI::App* q_roles = query->add_subcommand("roles", "A person's posts with first and last dates seen and their evidence");
  q_roles->add_option("who", who, "Id (p:...) or name")->required();
  CLI::App* q_holders = query->add_subcommand("holders", "Who held posts in an organization, over time");
  q_holders->add_option("org", org, "Id (o:...) or name: \"Thành ủy Cần Thơ\"")->required();
  q_holders->add_option("--position", position, "Only this post: \"Bí thư\"");
  bool with_predecessors = false;
  q_holders->add_flag("--with-predecessors", with_predecessors,
                      "Also the holders of the bodies it succeeded in the July 2025 reform "
                      "(each marked with the body it was held in)");
  std::string place;
  CLI::App* q_locality = query->add_subcommand(
      "locality", "A place on the March or July 2025 map: level, code, parents, and what it became or took over");
  q_locality->add_option("place", place, "Id (l:...) or name: \"tỉnh Tiền Giang\"")->required();
  CLI::App* q_meetings = query->add_subcommand("meetings", "Meetings, filtered; dates as YYYY[-MM[-DD]]");
  q_meetings->add_option("--chair", mf.chair, "Chaired by this person");
  q_meetings->add_option("--attendee", mf.attendee, "Attended by this person");
  q_meetings->add_option("--organizer", mf.organizer, "Organized by this organization");
  q_meetings->add_option("--place", mf.place, "Organized in this place (its organizer's locality)");
  auto iso_date = CLI::Validator(
      [](std::string& d) {
        return vnkg::graph::IsIsoDate(d) ? std::string()
                                         : "not a date YYYY, YYYY-MM or YYYY-MM-DD: " + d;
      },
      "DATE");
  q_meetings->add_option("--from", mf.from, "On or after this date")->check(iso_date);
  q_meetings->add_option("--to", mf.to, "On or before this date")->check(iso_date);
  std::string what;
  int depth = 1;
  size_t max_nodes = 50;
  CLI::App* q_node = query->add_subcommand(
      "node", "Any person, organization, place, meeting or story, and its neighbourhood");
  q_node->add_option("what", what, "Id (p:..., o:..., l:..., m:..., a:...) or name")->required();
  q_node->add_option("--depth", depth, "Edges away from it (default 1)")->check(CLI::Range(0, 4));
  q_node->add_option("--max-nodes", max_nodes, "At most this many nodes (default 50)")
      ->check(CLI::Range(1, 10000));

  vnkg::api::ServeOptions so;
  so.db = DefaultDb();
  CLI::App* serve = app.add_subcommand(
      "serve",
      "Serve the graph: the JSON API under /api/ and the web page at /, until Ctrl-C.\n"
      "Read-only unless --write-token is given (then POST /api/articles adds stories\n"
      "and this server is the database's one writer).");
  serve->add_option("--db", so.db, existing_db_help);
  serve->add_option("--bind", so.bind, "Address to listen on (default 127.0.0.1: this machine only)");
  serve->add_option("--port", so.port, "Port (default 8080; 0: any free port, printed)")
      ->check(CLI::Range(0, 65535));
  serve->add_option("--write-token", so.write_token,
                    "Accept stories (POST /api/articles) from requests with the header\n"
                    "\"Authorization: Bearer TOKEN\" (at least 8 visible ASCII characters)");
  serve->add_option("--threads", so.threads, "Connections served at once (default 32)")
      ->check(CLI::Range(1, 256));
  serve->add_option("--max-body", so.max_body_bytes,
                    "Largest request body in bytes; larger ones are answered 413 (default 8 MiB)")
      ->check(CLI::Range(1024, 1 << 30));

  vnkg::api::ExportOptions eo;
  eo.db = DefaultDb();
  CLI::App* exp = vnkg::api::AddExportCommand(&app, existing_db_help, &eo);

  // CLI11 would only say that a command is required.
  auto all = [](CLI::App*) { return true; };
  auto has = [&](CLI::App* parent, const std::string& word) {
    for (CLI::App* sub : parent->get_subcommands(all))
      if (sub->check_name(word)) return true;
    return false;
  };
  auto unknown = [&](CLI::App* parent, const std::string& word) {
    std::string names;
    for (const CLI::App* sub : parent->get_subcommands(all))
      names += (names.empty() ? "" : ", ") + sub->get_name();
    std::cerr << "vnkg: unknown command \"" << word << "\" (commands: " << names << ")\n";
    return kExitUsage;
  };
  if (argc > 1 && argv[1][0] != '-' && !has(&app, argv[1])) return unknown(&app, argv[1]);
  if (argc > 2 && std::string(argv[1]) == "query" && argv[2][0] != '-' && !has(query, argv[2]))
    return unknown(query, argv[2]);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int code = app.exit(e);
    return code == 0 ? 0 : kExitUsage;
  }
  if (*extract) return RunExtract(paths, pretty);
  if (*ingest) return vnkg::api::RunIngest(io, ingest_paths);
  if (*reindex) return vnkg::api::RunReindex(io);
  if (*check) return vnkg::api::RunCheck(io);
  if (*serve) return vnkg::api::RunServe(so);
  if (*q_search) return vnkg::api::QuerySearch(qo, text);
  if (*q_person) return vnkg::api::QueryPerson(qo, who);
  if (*q_roles) return vnkg::api::QueryRoles(qo, who);
  if (*q_holders) return vnkg::api::QueryHolders(qo, org, position, with_predecessors);
  if (*q_locality) return vnkg::api::QueryLocality(qo, place);
  if (*q_meetings) return vnkg::api::QueryMeetings(qo, mf);
  if (*q_node) return vnkg::api::QueryNode(qo, what, depth, max_nodes);
  if (*exp) return vnkg::api::RunExport(eo);
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  try {
    return Run(argc, argv);
  } catch (const std::exception& e) {
    std::cerr << "vnkg: internal error: " << e.what() << "\n";
  } catch (...) {
    std::cerr << "vnkg: internal error\n";
  }
  return kExitInternal;
}
