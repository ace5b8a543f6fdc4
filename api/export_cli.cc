#include "api/export_cli.h"

namespace vnkg::api {

CLI::App* AddExportCommand(CLI::App* app, const std::string& db_help, ExportOptions* o) {
  CLI::App* exp = app->add_subcommand(
      "export",
      "Write a node's neighbourhood (--center) or the whole graph (persons, organizations,\n"
      "localities, then meetings; articles aside), at most --max-nodes nodes, as Graphviz DOT,\n"
      "SVG (laid out by Graphviz), GraphML, JSON, or CSV files for neo4j-admin database import.\n"
      "Reads only.");
  exp->add_option("--db", o->db, db_help);
  exp->add_option("--format", o->format,
                  "dot, svg, graphml, json or neo4j-csv; printed on stdout, or with --out DIR\n"
                  "written to DIR/graph.dot (.svg, .graphml, .json)")
      ->required()
      ->check(CLI::Validator(
          [](std::string& f) {
            return IsExportFormat(f)
                       ? std::string()
                       : "unknown format \"" + f + "\" (formats: dot, svg, graphml, json, neo4j-csv)";
          },
          "FORMAT"));
  CLI::Option* center =
      exp->add_option("--center", o->center, "Id (p:..., o:..., l:..., m:...) or name of the center");
  exp->add_option("--depth", o->depth,
                  "With --center: edges away from it, 0 to " +
                      std::to_string(graph::kMaxExportDepth) + " (default 2)")
      ->check(CLI::Range(0, graph::kMaxExportDepth))
      ->needs(center);
  exp->add_option("--max-nodes", o->max_nodes,
                  "At most this many nodes, 1 to " + std::to_string(graph::kMaxExportNodes) +
                      " (default " + std::to_string(graph::kDefaultExportNodes) +
                      "); a cut is said on stderr and in the output")
      ->check(CLI::Range(size_t{1}, graph::kMaxExportNodes));
  exp->add_option("--out", o->out,
                  "Write files into this directory (created if missing) instead of stdout;\n"
                  "required for neo4j-csv (one file per node and relationship kind)");
  return exp;
}

}  // namespace vnkg::api
