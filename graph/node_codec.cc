#include "graph/node_codec.h"

#include <nlohmann/json.hpp>

namespace vnkg::graph {
namespace {

using nlohmann::json;

// Reads the fields of one JSON object, remembering the first one of the
// wrong type.
class Fields {
 public:
  explicit Fields(const json& j) : j_(j) {}

  void Str(const char* name, std::string* out) {
    auto it = j_.find(name);
    if (it == j_.end() || it->is_null()) return;
    if (!it->is_string()) return Bad(name);
    *out = it->get<std::string>();
  }
  void Opt(const char* name, std::optional<std::string>* out) {
    auto it = j_.find(name);
    if (it == j_.end() || it->is_null()) return;
    if (!it->is_string()) return Bad(name);
    *out = it->get<std::string>();
  }
  void Strs(const char* name, std::vector<std::string>* out) {
    auto it = j_.find(name);
    if (it == j_.end() || it->is_null()) return;
    if (!it->is_array()) return Bad(name);
    for (const json& v : *it) {
      if (!v.is_string()) return Bad(name);
      out->push_back(v.get<std::string>());
    }
  }
  void Size(const char* name, size_t* out) {
    auto it = j_.find(name);
    if (it == j_.end()) return;
    if (!it->is_number_unsigned()) return Bad(name);
    *out = it->get<size_t>();
  }
  void Bool(const char* name, bool* out) {
    auto it = j_.find(name);
    if (it == j_.end() || it->is_null()) return;
    if (!it->is_boolean()) return Bad(name);
    *out = it->get<bool>();
  }
  void Article(const char* name, uint64_t* out) {
    std::string text;
    Str(name, &text);
    NodeRef ref;
    if (text.empty()) return;
    if (!ParseNodeRef(text, &ref) || ref.kind != NodeKind::kArticle) return Bad(name);
    *out = ref.id;
  }
  Status status(const std::string& what) const {
    return bad_.empty() ? Status::OK()
                        : Status::Corruption(what + ": the field \"" + bad_ + "\" has the wrong type");
  }

 private:
  void Bad(const char* name) {
    if (bad_.empty()) bad_ = name;
  }
  const json& j_;
  std::string bad_;
};

json Opt(const std::optional<std::string>& v) { return v ? json(*v) : json(nullptr); }

}  // namespace

std::string EncodeNode(const Node& n) {
  json j = {{"search", n.search}};
  switch (n.ref.kind) {
    case NodeKind::kPerson:
      j.update({{"name", n.name}, {"key", n.person.key}, {"province", n.person.province}});
      break;
    case NodeKind::kOrganization:
      j.update({{"name", n.name}, {"kind", n.organization.kind},
                {"locality", Opt(n.organization.locality)},
                {"province", Opt(n.organization.province)}});
      if (n.organization.map) j["map"] = *n.organization.map;
      break;
    case NodeKind::kLocality:
      j.update({{"name", n.name}, {"level", Opt(n.locality.level)},
                {"parent", Opt(n.locality.parent)}, {"code", Opt(n.locality.code)},
                {"candidates", n.locality.candidates}});
      if (n.locality.map) j["map"] = *n.locality.map;
      break;
    case NodeKind::kMeeting:
      j.update({{"name", n.name}, {"date", Opt(n.meeting.date)},
                {"organizer", Opt(n.meeting.organizer)}, {"locality", Opt(n.meeting.locality)},
                {"article", FormatNodeRef({NodeKind::kArticle, n.meeting.article})},
                {"doc", n.meeting.doc}});
      break;
    case NodeKind::kArticle:
      j.update({{"doc", n.article.doc}, {"url", Opt(n.article.url)}, {"date", Opt(n.article.date)},
                {"title", Opt(n.article.title)}, {"author", Opt(n.article.author)}});
      break;
  }
  return j.dump();
}

std::string EncodeEvidence(EdgeKind kind, const Evidence& e) {
  json j = {{"article", FormatNodeRef({NodeKind::kArticle, e.article})}, {"doc", e.doc},
            {"date", Opt(e.date)}, {"start", e.span.start}, {"end", e.span.end}};
  if (kind == EdgeKind::kHolds) {
    j["position"] = e.position;
    j["former"] = e.former;
  }
  if (kind == EdgeKind::kAttended || kind == EdgeKind::kChaired || kind == EdgeKind::kSpokeAt ||
      kind == EdgeKind::kGuestAt)
    j["as"] = e.as;
  return j.dump();
}

Status DecodeNode(NodeRef ref, std::string_view bytes, Node* out) {
  const std::string what = "node " + FormatNodeRef(ref);
  json j = json::parse(bytes, nullptr, false);
  if (j.is_discarded() || !j.is_object()) return Status::Corruption(what + " is not a JSON object");
  *out = Node();
  out->ref = ref;
  Fields f(j);
  f.Str("name", &out->name);
  f.Strs("search", &out->search);
  switch (ref.kind) {
    case NodeKind::kPerson:
      f.Str("key", &out->person.key);
      f.Str("province", &out->person.province);
      break;
    case NodeKind::kOrganization:
      f.Str("kind", &out->organization.kind);
      f.Opt("locality", &out->organization.locality);
      f.Opt("province", &out->organization.province);
      f.Opt("map", &out->organization.map);
      break;
    case NodeKind::kLocality:
      f.Opt("level", &out->locality.level);
      f.Opt("parent", &out->locality.parent);
      f.Opt("code", &out->locality.code);
      f.Strs("candidates", &out->locality.candidates);
      f.Opt("map", &out->locality.map);
      break;
    case NodeKind::kMeeting:
      f.Opt("date", &out->meeting.date);
      f.Opt("organizer", &out->meeting.organizer);
      f.Opt("locality", &out->meeting.locality);
      f.Article("article", &out->meeting.article);
      f.Str("doc", &out->meeting.doc);
      break;
    case NodeKind::kArticle:
      f.Str("doc", &out->article.doc);
      f.Opt("url", &out->article.url);
      f.Opt("date", &out->article.date);
      f.Opt("title", &out->article.title);
      f.Opt("author", &out->article.author);
      out->name = out->article.title.value_or(out->article.doc);
      break;
  }
  return f.status(what);
}

Status DecodeEvidence(std::string_view bytes, Evidence* out) {
  json j = json::parse(bytes, nullptr, false);
  if (j.is_discarded() || !j.is_object())
    return Status::Corruption("the evidence of an edge is not a JSON object");
  *out = Evidence();
  Fields f(j);
  f.Article("article", &out->article);
  f.Str("doc", &out->doc);
  f.Opt("date", &out->date);
  f.Size("start", &out->span.start);
  f.Size("end", &out->span.end);
  f.Str("position", &out->position);
  f.Bool("former", &out->former);
  f.Strs("as", &out->as);
  return f.status("the evidence of an edge");
}

}  // namespace vnkg::graph
