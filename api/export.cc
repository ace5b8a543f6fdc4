#include "api/export.h"

#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>
#include <vector>

#include "api/svg.h"
#include "extract/normalize.h"
#include "graph/export.h"
#include "graph/queries.h"
#include "store/store.h"

namespace vnkg::api {
namespace {

namespace fs = std::filesystem;
using graph::NodeKind;
using graph::NodeRef;

constexpr int kExitUsage = 64;

// The one node the user means by `text`; else the exit status (3), with
// the error or the candidates on stderr, or 2 for a storage error.
int ResolveCenter(const graph::GraphReader& r, const std::string& text, NodeRef* out) {
  std::vector<NodeRef> found;
  for (NodeKind kind : {NodeKind::kPerson, NodeKind::kOrganization, NodeKind::kLocality,
                        NodeKind::kMeeting}) {
    std::vector<NodeRef> of_kind;
    Status s = graph::FindNodes(r, kind, text, extract::FoldAscii(text), &of_kind);
    if (!s.ok()) {
      std::cerr << "vnkg export: " << s.message() << "\n";
      return 2;
    }
    found.insert(found.end(), of_kind.begin(), of_kind.end());
  }
  if (found.size() == 1) {
    *out = found[0];
    return 0;
  }
  if (found.empty()) {
    std::cerr << "vnkg export: no person, organization, place or meeting named \"" << text
              << "\" (try: vnkg query search \"" << text << "\")\n";
    return 3;
  }
  std::cerr << "vnkg export: " << found.size() << " nodes are named \"" << text
            << "\": ask again with one of their ids:\n";
  for (const NodeRef& ref : found) {
    graph::Node n;
    Status s = r.GetNode(ref, &n);
    if (!s.ok()) {
      std::cerr << "vnkg export: " << s.message() << "\n";
      return 2;
    }
    std::cerr << "  " << graph::FormatNodeRef(ref) << "  " << graph::NodeKindName(ref.kind) << "  "
              << n.name << "\n";
  }
  return 3;
}

bool WriteFile(const fs::path& path, const std::string& contents) {
  std::ofstream f(path, std::ios::binary | std::ios::trunc);
  f << contents;
  f.close();
  if (!f) std::cerr << "vnkg export: cannot write " << path.string() << "\n";
  return static_cast<bool>(f);
}

bool MakeDir(const fs::path& dir) {
  std::error_code ec;
  fs::create_directories(dir, ec);
  if (ec) std::cerr << "vnkg export: cannot make " << dir.string() << ": " << ec.message() << "\n";
  return !ec;
}

int WriteCsv(const graph::Subgraph& g, const fs::path& dir) {
  std::vector<graph::CsvFile> files;
  Status s = graph::WriteNeo4jCsv(g, &files);
  if (!s.ok()) {
    std::cerr << "vnkg export: " << s.message() << "\n";
    return 70;
  }
  if (!MakeDir(dir)) return 1;
  std::string nodes, relationships;
  for (const graph::CsvFile& f : files) {
    fs::path path = dir / f.name;
    if (!WriteFile(path, f.contents)) return 1;
    size_t rows = 0;
    for (char c : f.contents) rows += c == '\n';
    std::cout << "wrote " << path.string() << " (" << rows - 1 << " rows)\n";
    (f.nodes ? nodes : relationships) +=
        std::string(" --") + (f.nodes ? "nodes" : "relationships") + "=" + path.string();
  }
  std::cout << "import into an empty Neo4j database with:\n  neo4j-admin database import full"
            << nodes << relationships << " neo4j\n";
  return 0;
}

}  // namespace

bool IsExportFormat(const std::string& format) {
  graph::ExportFormat f;
  return format == "svg" || graph::ParseExportFormat(format, &f);
}

int RunExport(const ExportOptions& o) {
  graph::ExportFormat format = graph::ExportFormat::kDot;
  bool svg = o.format == "svg";
  if (!svg && !graph::ParseExportFormat(o.format, &format)) {
    std::cerr << "vnkg export: unknown format \"" << o.format
              << "\" (formats: dot, svg, graphml, json, neo4j-csv)\n";
    return kExitUsage;
  }
  if (format == graph::ExportFormat::kNeo4jCsv && !o.out) {
    std::cerr << "vnkg export: neo4j-csv writes several files: give --out DIR\n";
    return kExitUsage;
  }
  std::unique_ptr<store::Store> st;
  std::unique_ptr<graph::GraphReader> reader;
  Status s = store::Store::OpenReadOnly(o.db, &st);
  if (s.ok()) s = st->NewReader(&reader);
  if (!s.ok()) {
    std::cerr << "vnkg: " << s.message() << "\n";
    return 2;
  }
  graph::Subgraph g;
  if (o.center) {
    NodeRef center;
    if (int code = ResolveCenter(*reader, *o.center, &center)) return code;
    s = graph::NeighbourhoodSubgraph(*reader, center, o.depth, o.max_nodes, &g);
  } else {
    s = graph::WholeSubgraph(*reader, o.max_nodes, &g);
  }
  if (!s.ok()) {
    std::cerr << "vnkg export: " << s.message() << "\n";
    return s.code() == Status::Code::kInvalidArgument ? kExitUsage : 2;
  }
  if (g.truncated) std::cerr << "vnkg export: truncated: " << g.limit << "\n";
  if (format == graph::ExportFormat::kNeo4jCsv) return WriteCsv(g, *o.out);

  std::string text;
  const char* file = "graph.json";
  if (format == graph::ExportFormat::kJson) {
    text = graph::SubgraphJson(g).dump(2) + "\n";
  } else if (format == graph::ExportFormat::kGraphml) {
    s = graph::WriteGraphml(g, &text);
    file = "graph.graphml";
  } else {
    s = graph::WriteDot(g, &text);
    file = "graph.dot";
    if (s.ok() && svg) {
      std::string dot = std::move(text);
      s = RenderSvg(dot, &text);
      file = "graph.svg";
    }
  }
  if (!s.ok()) {
    std::cerr << "vnkg export: " << s.message() << "\n";
    return 70;
  }
  if (!o.out) {
    std::cout << text;
    std::cout.flush();
    return std::cout ? 0 : 1;
  }
  fs::path path = fs::path(*o.out) / file;
  if (!MakeDir(*o.out) || !WriteFile(path, text)) return 1;
  std::cout << "wrote " << path.string() << "\n";
  return 0;
}

}  // namespace vnkg::api
