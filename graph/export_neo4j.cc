// WriteNeo4jCsv (graph/export.h): files for `neo4j-admin database import`.
#include <map>

#include "graph/export.h"

namespace vnkg::graph {
namespace {

// A quoted CSV string: '"' doubled, line breaks as spaces.
std::string Quote(std::string_view s) {
  std::string out = "\"";
  for (char c : s) {
    if (c == '"') out += '"';
    if (c == '\n' || c == '\r') c = ' ';
    out += c;
  }
  return out + "\"";
}
// Absent: an empty field (no property).
std::string QuoteOpt(const std::optional<std::string>& s) { return s ? Quote(*s) : ""; }
// A date column: unquoted, empty when unknown (no property then).
std::string Date(const std::optional<std::string>& s) { return s.value_or(""); }

// "party_committee" -> "PartyCommittee": a label.
std::string Camel(std::string_view snake) {
  std::string out;
  bool up = true;
  for (char c : snake) {
    if (c == '_') {
      up = true;
      continue;
    }
    out += up && c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c;
    up = false;
  }
  return out;
}

std::string Upper(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  return out;
}

struct NodeFile {
  NodeKind kind;
  const char* name;
  const char* header;
};
constexpr NodeFile kNodeFiles[] = {
    {NodeKind::kPerson, "persons.csv", "id:ID,name,province,:LABEL"},
    {NodeKind::kOrganization, "organizations.csv",
     "id:ID,name,org_kind,province,locality,map,:LABEL"},
    {NodeKind::kLocality, "localities.csv", "id:ID,name,level,code,parent,map,:LABEL"},
    {NodeKind::kMeeting, "meetings.csv", "id:ID,name,date:date,organizer,locality,doc,:LABEL"},
};

constexpr EdgeKind kRelationshipKinds[] = {
    EdgeKind::kHolds,    EdgeKind::kChaired,   EdgeKind::kAttended,  EdgeKind::kSpokeAt,
    EdgeKind::kGuestAt,  EdgeKind::kOrganized, EdgeKind::kLocatedIn, EdgeKind::kPartOf,
    EdgeKind::kSucceededBy};

bool IsParticipation(EdgeKind k) {
  return k == EdgeKind::kChaired || k == EdgeKind::kAttended || k == EdgeKind::kSpokeAt ||
         k == EdgeKind::kGuestAt;
}

std::string RelationshipHeader(EdgeKind k) {
  if (k == EdgeKind::kHolds)
    return ":START_ID,:END_ID,:TYPE,position,first_seen:date,last_seen:date,ended:date,status,"
           "stories:int";
  if (IsParticipation(k))
    return ":START_ID,:END_ID,:TYPE,as:string[],first_seen:date,last_seen:date,stories:int";
  if (k == EdgeKind::kSucceededBy)
    return ":START_ID,:END_ID,:TYPE,share,first_seen:date,last_seen:date,stories:int";
  return ":START_ID,:END_ID,:TYPE,first_seen:date,last_seen:date,stories:int";
}

std::string NodeRow(const Node& n) {
  std::string row = FormatNodeRef(n.ref) + "," + Quote(n.name) + ",";
  switch (n.ref.kind) {
    case NodeKind::kPerson:
      row += (n.person.province.empty() ? std::string() : Quote(n.person.province)) + ",Person";
      break;
    case NodeKind::kOrganization:
      row += Quote(n.organization.kind) + "," + QuoteOpt(n.organization.province) + "," +
             QuoteOpt(n.organization.locality) + "," + QuoteOpt(n.organization.map) +
             ",Organization;" + Camel(n.organization.kind);
      break;
    case NodeKind::kLocality:
      row += QuoteOpt(n.locality.level) + "," + QuoteOpt(n.locality.code) + "," +
             QuoteOpt(n.locality.parent) + "," + QuoteOpt(n.locality.map) + ",Locality" +
             (n.locality.level ? ";" + Camel(*n.locality.level) : "");
      break;
    case NodeKind::kMeeting:
      row += Date(n.meeting.date) + "," + QuoteOpt(n.meeting.organizer) + "," +
             QuoteOpt(n.meeting.locality) + "," + Quote(n.meeting.doc) + ",Meeting";
      break;
    case NodeKind::kArticle: return "";
  }
  return row;
}

std::string RelationshipRow(const SubgraphEdge& e) {
  std::string row = FormatNodeRef(e.src) + "," + FormatNodeRef(e.dst) + "," +
                    Upper(EdgeKindName(e.kind)) + ",";
  std::string tail = Date(e.first_seen) + "," + Date(e.last_seen);
  if (e.kind == EdgeKind::kHolds)
    return row + Quote(e.position) + "," + tail + "," + Date(e.ended) + "," +
           (e.status ? Quote(TermStatusName(*e.status)) : std::string()) + "," + std::to_string(e.stories);
  if (IsParticipation(e.kind)) {
    std::string as;
    for (const std::string& label : e.as) as += (as.empty() ? "" : ";") + label;
    row += Quote(as) + ",";
  }
  if (e.kind == EdgeKind::kSucceededBy) row += Quote(e.share) + ",";
  return row + tail + "," + std::to_string(e.stories);
}

}  // namespace

Status WriteNeo4jCsv(const Subgraph& g, std::vector<CsvFile>* out) {
  out->clear();
  std::map<NodeKind, size_t> node_file;
  for (const NodeFile& f : kNodeFiles) {
    node_file[f.kind] = out->size();
    out->push_back({f.name, true, std::string(f.header) + "\n"});
  }
  std::map<EdgeKind, size_t> rel_file;
  for (EdgeKind k : kRelationshipKinds) {
    rel_file[k] = out->size();
    out->push_back({std::string(EdgeKindName(k)) + ".csv", false, RelationshipHeader(k) + "\n"});
  }
  for (const Node& n : g.nodes) {
    auto f = node_file.find(n.ref.kind);
    if (f == node_file.end()) continue;  // articles are not exported
    (*out)[f->second].contents += NodeRow(n) + "\n";
  }
  for (const SubgraphEdge& e : g.edges) {
    auto f = rel_file.find(e.kind);
    if (f == rel_file.end())
      return Status::InvalidArgument(std::string("no Neo4j file for edges of kind ") +
                                     EdgeKindName(e.kind));
    (*out)[f->second].contents += RelationshipRow(e) + "\n";
  }
  return Status::OK();
}

}  // namespace vnkg::graph
