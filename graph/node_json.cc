#include "graph/node_json.h"

namespace vnkg::graph {
namespace {

using nlohmann::json;

json Opt(const std::optional<std::string>& v) { return v ? json(*v) : json(nullptr); }
json OrNull(const std::string& v) { return v.empty() ? json(nullptr) : json(v); }

}  // namespace

json NodeJson(const Node& n) {
  json j = {{"id", FormatNodeRef(n.ref)}, {"kind", NodeKindName(n.ref.kind)}, {"name", n.name}};
  switch (n.ref.kind) {
    case NodeKind::kPerson:
      j["province"] = OrNull(n.person.province);
      break;
    case NodeKind::kOrganization:
      j["org_kind"] = n.organization.kind;
      j["province"] = Opt(n.organization.province);
      j["locality"] = Opt(n.organization.locality);
      j["map"] = Opt(n.organization.map);
      break;
    case NodeKind::kLocality:
      j["level"] = Opt(n.locality.level);
      j["code"] = Opt(n.locality.code);
      j["parent"] = Opt(n.locality.parent);
      j["map"] = Opt(n.locality.map);
      if (!n.locality.candidates.empty()) j["candidates"] = n.locality.candidates;
      break;
    case NodeKind::kMeeting:
      j["date"] = Opt(n.meeting.date);
      j["organizer"] = Opt(n.meeting.organizer);
      j["locality"] = Opt(n.meeting.locality);
      j["doc"] = n.meeting.doc;
      break;
    case NodeKind::kArticle:
      j["date"] = Opt(n.article.date);
      j["url"] = Opt(n.article.url);
      j["doc"] = n.article.doc;
      j["title"] = Opt(n.article.title);
      j["author"] = Opt(n.article.author);
      break;
  }
  return j;
}

}  // namespace vnkg::graph
