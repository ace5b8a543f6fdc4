#include "store/store_internal.h"

#include "graph/node_codec.h"

namespace vnkg::store {

using nlohmann::json;

const char* const kCfNames[kCfCount] = {"default", "meta", "articles", "records", "nodes",
                                        "node_refs", "edges", "edges_in", "names",
                                        "person_keys", "manifests"};

Status FromRocks(const rocksdb::Status& s) {
  if (s.ok()) return Status::OK();
  if (s.IsNotFound()) return Status::NotFound(s.ToString());
  if (s.IsCorruption()) return Status::Corruption(s.ToString());
  if (s.IsInvalidArgument()) return Status::InvalidArgument(s.ToString());
  return Status::IOError(s.ToString());
}

std::vector<std::string> NameSuffixes(const std::string& folded) {
  std::vector<std::string> out;
  if (folded.empty()) return out;
  out.push_back(folded);
  for (size_t i = 0; i < folded.size(); ++i)
    if (folded[i] == ' ' && i + 1 < folded.size()) out.push_back(folded.substr(i + 1));
  return out;
}

std::string EncodeManifest(const std::set<ManifestEntry>& entries) {
  std::string out;
  for (const auto& e : entries) {
    out.push_back(static_cast<char>(e.cf));
    out.push_back(static_cast<char>((e.key.size() >> 8) & 0xff));
    out.push_back(static_cast<char>(e.key.size() & 0xff));
    out += e.key;
  }
  return out;
}

bool DecodeManifest(std::string_view in, std::set<ManifestEntry>* out) {
  size_t i = 0;
  while (i < in.size()) {
    if (i + 3 > in.size()) return false;
    uint8_t cf = static_cast<uint8_t>(in[i]);
    size_t len = (static_cast<unsigned char>(in[i + 1]) << 8) | static_cast<unsigned char>(in[i + 2]);
    i += 3;
    if (i + len > in.size() || cf >= kCfCount) return false;
    out->insert({cf, std::string(in.substr(i, len))});
    i += len;
  }
  return true;
}

std::vector<IndexEntry> IndexEntries(const graph::Node& node) {
  std::vector<IndexEntry> out;
  for (const std::string& name : node.search)
    for (const std::string& suffix : NameSuffixes(name))
      out.push_back({kNames, EncodeNameKey(suffix, node.ref), ""});
  if (node.ref.kind == graph::NodeKind::kPerson && !node.person.key.empty())
    out.push_back({kPersonKeys, EncodeNameKey(node.person.key, node.ref), node.person.province});
  return out;
}

std::string EncodeArticle(const StoredArticle& a) {
  auto opt = [](const std::optional<std::string>& s) { return s ? json(*s) : json(nullptr); };
  json j = {{"doc", a.doc}, {"id", opt(a.given_id)}, {"url", opt(a.url)},
          {"published", opt(a.published)}, {"text", a.text},
          {"text_hash", a.text_hash}, {"extractor_version", a.extractor_version},
          {"graph_version", a.graph_version}};
  return j.dump();
}

Status DecodeArticle(uint64_t id, std::string_view value, StoredArticle* out) {
  json j = json::parse(value, nullptr, false);
  if (j.is_discarded() || !j.is_object())
    return Status::Corruption("article " + std::to_string(id) + " is not JSON");
  auto opt = [&](const char* f) -> std::optional<std::string> {
    auto it = j.find(f);
    return it == j.end() || !it->is_string() ? std::nullopt : std::optional(it->get<std::string>());
  };
  out->id = id;
  out->doc = opt("doc").value_or("");
  out->given_id = opt("id");
  out->url = opt("url");
  out->published = opt("published");
  out->text = opt("text").value_or("");
  auto number = [&](const char* f) -> uint64_t {
    auto it = j.find(f);
    return it != j.end() && it->is_number_unsigned() ? it->get<uint64_t>() : 0;
  };
  out->text_hash = number("text_hash");
  out->extractor_version = static_cast<int>(number("extractor_version"));
  out->graph_version = static_cast<int>(number("graph_version"));
  return Status::OK();
}

Status Store::Impl::Posts(const graph::NodeRef& person, std::vector<Post>* out) const {
  {
    std::lock_guard<std::mutex> lock(org_names_mu);
    auto it = org_names.find(person);
    if (it != org_names.end()) {
      out->assign(it->second.begin(), it->second.end());
      return Status::OK();
    }
  }
  std::set<Post> posts;
  std::map<graph::NodeRef, std::optional<std::string>> names;  // none: the node is gone
  const std::string prefix = EdgePrefix(person, graph::EdgeKind::kHolds);
  Status inner;
  Status s = Scan(kEdges, prefix, [&](std::string_view k, std::string_view v) {
    EdgeKey key;
    graph::Evidence e;
    if (!DecodeEdgeKey(k, &key) || !graph::DecodeEvidence(v, &e).ok()) {
      inner = Status::Corruption("undecodable holds edge of " + graph::FormatNodeRef(person));
      return false;
    }
    auto name = names.find(key.dst);
    if (name == names.end()) {
      std::string value;
      graph::Node org;
      inner = Get(kNodes, EncodeNodeKey(key.dst), &value);
      if (inner.ok()) inner = graph::DecodeNode(key.dst, value, &org);
      if (!inner.ok() && !inner.IsNotFound()) return false;
      name = names.emplace(key.dst, inner.ok() ? std::optional(org.name) : std::nullopt).first;
      inner = Status::OK();
    }
    if (name->second) posts.insert({e.position, *name->second, e.former, key.article});
    return true;
  });
  if (s.ok()) s = inner;
  if (!s.ok()) return s;
  out->assign(posts.begin(), posts.end());
  std::lock_guard<std::mutex> lock(org_names_mu);
  org_names[person] = std::move(posts);
  return Status::OK();
}

void Store::Impl::UpdatePosts(const std::set<graph::NodeRef>& touched,
                              const std::vector<std::pair<graph::NodeRef, Post>>& posts,
                              bool forget_all) {
  std::lock_guard<std::mutex> lock(org_names_mu);
  if (forget_all) org_names.clear();
  for (const graph::NodeRef& person : touched) org_names.erase(person);
  for (const auto& [person, post] : posts) {
    auto it = org_names.find(person);
    if (it != org_names.end()) it->second.insert(post);
  }
}

}  // namespace vnkg::store
