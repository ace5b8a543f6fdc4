// Writers of an export's Subgraph (graph/subgraph.h) in four formats. They
// only format: the caps (depth, node count) are the Subgraph's, and a
// truncated subgraph says so in every format. Names and labels are written
// as stored (UTF-8, NFC). Boost.Graph is behind this header (graph_view.h),
// not in it. The writers keep no state: calls from several threads are
// independent.
#ifndef VNKG_GRAPH_EXPORT_H_
#define VNKG_GRAPH_EXPORT_H_

#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "graph/status.h"
#include "graph/subgraph.h"

namespace vnkg::graph {

enum class ExportFormat { kDot, kGraphml, kJson, kNeo4jCsv };
// "dot", "graphml", "json", "neo4j-csv".
const char* ExportFormatName(ExportFormat format);
bool ParseExportFormat(std::string_view name, ExportFormat* out);

// Graphviz DOT (a digraph), written by boost::write_graphviz with property
// writers. Node ids are the graph's ("p:…"); a node's shape and fill colour
// follow its kind (an organization's, its org kind), its label is its name
// with a second line (province, level or date). Edge labels: `holds`, the
// position and "first_seen – last_seen" (and "ended D"); participation, its
// labels ("chair", "speaker", ...), one arrow per participant (the
// `attended` edge stands for chaired, spoke_at and guest_at edges beside
// it); others, the edge kind. In labels `\` and
// `"` are escaped and line breaks in names become spaces. A truncated
// subgraph gets a graph label saying so. charset is UTF-8.
Status WriteDot(const Subgraph& g, std::string* out);

// GraphML, written by boost::write_graphml. Typed keys: nodes id, kind,
// name, province, org_kind, level, date, doc (string); edges kind,
// position, first_seen, last_seen, ended, status, as (string), stories
// (int); the graph truncated (boolean) and limit (string). Absent values
// are "". Internal errors of the writer come back as InvalidArgument.
Status WriteGraphml(const Subgraph& g, std::string* out);

// {"nodes": [{id, kind, name, ...}], "edges": [{source, target, kind, ...}],
//  "truncated": bool, "limit": string (when truncated)}. Node fields beyond
// id, kind, name by kind: person province; organization org_kind,
// province, locality; locality level, code, parent; meeting date,
// organizer, locality, doc. Edge fields: position, first_seen, last_seen,
// ended, status (holds), as (participation), stories. null when unknown.
nlohmann::json SubgraphJson(const Subgraph& g);

// CSV files for `neo4j-admin database import full`, in its header grammar
// (`name:type`, `:ID`, `:LABEL`, `:START_ID`, `:END_ID`, `:TYPE`; arrays
// split on ';'; default delimiter ',' and quote '"'). One file per node
// kind and per relationship kind, always all of them (header only when
// empty):
//   persons.csv        id:ID,name,province,:LABEL                    (Person)
//   organizations.csv  id:ID,name,org_kind,province,locality,:LABEL  (Organization;<OrgKind>)
//   localities.csv     id:ID,name,level,code,parent,:LABEL           (Locality[;<Level>])
//   meetings.csv       id:ID,name,date:date,organizer,locality,doc,:LABEL  (Meeting)
//   holds.csv          :START_ID,:END_ID,:TYPE,position,first_seen:date,last_seen:date,
//                      ended:date,status,stories:int                (HOLDS)
//   chaired.csv, attended.csv, spoke_at.csv, guest_at.csv
//                      :START_ID,:END_ID,:TYPE,as:string[],first_seen:date,last_seen:date,stories:int
//   organized.csv, located_in.csv, part_of.csv
//                      :START_ID,:END_ID,:TYPE,first_seen:date,last_seen:date,stories:int
// Ids are unique across kinds, so one id space. Dates are ISO 8601 as
// precise as known ("2021", "2021-05"), which Neo4j's date type reads as
// the period's first day. Strings are always quoted ('"' doubled), line
// breaks become spaces (no --multiline-fields needed).
struct CsvFile {
  std::string name;      // "persons.csv"
  bool nodes = false;    // --nodes= (else --relationships=)
  std::string contents;  // header line, then one line per row
};
Status WriteNeo4jCsv(const Subgraph& g, std::vector<CsvFile>* out);

}  // namespace vnkg::graph

#endif  // VNKG_GRAPH_EXPORT_H_
