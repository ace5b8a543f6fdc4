// `vnkg export`: a neighbourhood (--center) or the whole graph, capped, in
// DOT, SVG, GraphML, JSON or Neo4j CSV (graph/export.h, api/svg.h). Reads
// the database read-only, like `vnkg query`.
#ifndef VNKG_API_EXPORT_H_
#define VNKG_API_EXPORT_H_

#include <cstddef>
#include <optional>
#include <string>

#include "graph/subgraph.h"

namespace vnkg::api {

struct ExportOptions {
  std::string db;
  std::string format;                 // "dot", "svg", "graphml", "json", "neo4j-csv"
  std::optional<std::string> center;  // an id ("p:…") or a name; none: the whole graph
  int depth = 2;                      // 0..graph::kMaxExportDepth, with center
  size_t max_nodes = graph::kDefaultExportNodes;  // 1..graph::kMaxExportNodes
  std::optional<std::string> out;     // a directory; required for neo4j-csv
};

// The formats `format` may name, for --help and checks: "dot", "svg",
// "graphml", "json", "neo4j-csv".
bool IsExportFormat(const std::string& format);

// Writes the export to stdout, or with `out` to files in that directory
// (created if missing): graph.dot, graph.svg, graph.graphml, graph.json, or
// the Neo4j CSV files (listed on stdout with the import command). A cut at
// the node cap is said on stderr (and in the output). Returns the exit
// status: 0 written; 1 the output could not be written; 2 the database
// could not be used or a storage error was met (nothing written then); 3
// the center is unknown or its name fits several nodes (they are listed);
// 64 the options are wrong (neo4j-csv without --out, a bad format, depth
// or cap); 70 a writer or Graphviz failed (an internal error).
int RunExport(const ExportOptions& o);

}  // namespace vnkg::api

#endif  // VNKG_API_EXPORT_H_
