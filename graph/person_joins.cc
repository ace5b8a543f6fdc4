#include "graph/person_joins.h"

namespace vnkg::graph {

Status NationalPosts::Parse(std::string_view tsv, std::unique_ptr<NationalPosts>* out) {
  std::unique_ptr<NationalPosts> p(new NationalPosts());
  bool header = true;
  size_t number = 0, start = 0;
  while (start < tsv.size()) {
    size_t end = tsv.find('\n', start);
    if (end == std::string_view::npos) end = tsv.size();
    std::string_view line = tsv.substr(start, end - start);
    start = end + 1;
    ++number;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line[0] == '#') continue;
    if (header) {
      header = false;
      continue;
    }
    size_t t1 = line.find('\t'), t2 = t1 == std::string_view::npos ? t1 : line.find('\t', t1 + 1);
    if (t2 == std::string_view::npos)
      return Status::InvalidArgument("national-posts.tsv line " + std::to_string(number) +
                                     ": three fields expected");
    p->rows_.push_back({std::string(line.substr(0, t1)), std::string(line.substr(t1 + 1, t2 - t1 - 1)),
                        std::string(line.substr(t2 + 1))});
  }
  *out = std::move(p);
  return Status::OK();
}

std::string NationalPosts::BodyOf(std::string_view position, std::string_view organization) const {
  for (const Row& r : rows_) {
    if (r.position != "*" && r.position != position) continue;
    const std::string& o = r.organization;
    bool any = !o.empty() && o.back() == '*';
    std::string_view want = any ? std::string_view(o).substr(0, o.size() - 1) : std::string_view(o);
    if (any ? organization.substr(0, want.size()) == want : organization == want) return r.body;
  }
  return "";
}

}  // namespace vnkg::graph
