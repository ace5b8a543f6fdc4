#include "graph/person_joins.h"

#include <set>

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
    p->rows_.push_back({std::string(line.substr(0, t1)),
                        std::string(line.substr(t1 + 1, t2 - t1 - 1)),
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

namespace {

using Entry = PersonDirectory::Entry;
using Post = PersonDirectory::Post;

// Whether a story's organization can be one the official is known in: the
// same body, or a less specific name of it ("Thành ủy" for "Thành ủy Cần Thơ").
bool CompatibleOrg(const std::string& story, const std::string& known) {
  if (story == known) return true;
  return known.size() > story.size() && known.compare(0, story.size(), story) == 0 &&
         known[story.size()] == ' ';
}

std::string Where(const Entry& e) { return " (in " + e.province + ")"; }

// The one official on record in another province than `province` who holds
// a post `fits` accepts (*post gets it), or null when none or several do.
// Posts stated by `article` itself (its previous build) are no evidence.
template <typename Fits>
const Entry* OnlyOneElsewhere(const std::vector<Entry>& known, const std::string& province,
                              uint64_t article, Fits fits, const Post** post) {
  const Entry* found = nullptr;
  for (const Entry& e : known) {
    if (e.province.empty() || e.province == province) continue;
    for (const Post& p : e.posts) {
      if (p.article == article || !fits(p)) continue;
      if (found && !(found->ref == e.ref)) return nullptr;
      found = &e;
      *post = &p;
    }
  }
  return found;
}

// Rules (a), (b), (c) of the header, in order: the entry joined and why.
const Entry* StrongEvidence(const PersonInStory& in, const std::vector<Entry>& known,
                            const NationalPosts* national, std::string* reason) {
  const Person& p = *in.person;
  const Post* post = nullptr;
  for (const Role& role : p.roles) {  // (a)
    if (!national || !role.organization) continue;
    std::string body = national->BodyOf(role.position, *role.organization);
    if (body.empty()) continue;
    const Entry* e = OnlyOneElsewhere(
        known, in.province, in.article,
        [&](const Post& q) { return national->BodyOf(q.position, q.organization) == body; }, &post);
    if (!e) continue;
    *reason = "the same name holds a post few hold nationwide, in " + body + ": " + role.position +
              " " + *role.organization + " here, " + post->position + " " + post->organization +
              " for the official named " + p.name + " on record" + Where(*e) +
              "; one person of a name holds it at a time";
    return e;
  }
  for (const Role& role : p.roles) {  // (b)
    if (!role.organization || in.province_of(*role.organization).empty()) continue;
    const Entry* e = OnlyOneElsewhere(
        known, in.province, in.article,
        [&](const Post& q) {
          return q.position == role.position && q.organization == *role.organization;
        },
        &post);
    if (!e) continue;
    *reason = "the story names " + role.position + " " + *role.organization +
              (role.former ? " as the former post of " : " as a post of ") + p.name +
              ", whom it places in " + in.province + "; the official of that name on record" +
              Where(*e) + " holds that post in that body";
    return e;
  }
  for (const Role& role : p.roles) {  // (c)
    if (role.former || !role.organization) continue;
    for (const auto& c : in.counterparts(*role.organization)) {
      const Entry* e = OnlyOneElsewhere(
          known, in.province, in.article,
          [&](const Post& q) {
            return !q.former && q.position == role.position && q.organization == c.name;
          },
          &post);
      if (!e) continue;
      *reason = "across the July 2025 reform: " + role.position + " " + *role.organization +
                " here is the same post in the body " +
                (c.successor ? "that succeeded it, " : "it succeeded, ") + role.position + " " +
                c.name + ", held by the official named " + p.name + " on record" + Where(*e);
      return e;
    }
  }
  return nullptr;
}

// A story that names no province (the rule before graph version 4).
Status ResolveUnplaced(const Person& p, const std::vector<Entry>& known, Resolution* out) {
  Resolution& r = *out;
  std::set<NodeRef> placed;
  const Entry* only = nullptr;
  for (const auto& e : known)
    if (!e.province.empty() && placed.insert(e.ref).second) only = &e;
  if (placed.size() == 1) {
    bool fits = p.roles.empty();
    for (const Role& role : p.roles)
      for (const std::string& o : only->organizations)
        fits = fits || (role.organization && CompatibleOrg(*role.organization, o));
    if (fits) {
      r.ref = only->ref;
      r.province = only->province;
      r.reason = "the story names no province; the one official named " + p.name +
                 " on record is in " + only->province +
                 (p.roles.empty() ? "" : " and holds posts in the same bodies");
      return Status::OK();
    }
    r.reason = "the story names no province and its posts do not fit the official named " + p.name +
               " in " + only->province + ": kept apart";
    return Status::OK();
  }
  r.reason = placed.empty()
                 ? "the story names no province; identified by the name " + p.name + " alone"
                 : "the story names no province and " + std::to_string(placed.size()) +
                       " officials named " + p.name + " are on record: kept apart from them";
  return Status::OK();
}

}  // namespace

Status ResolvePerson(const PersonInStory& in, const PersonDirectory& directory,
                     const NationalPosts* national, Resolution* out) {
  const Person& p = *in.person;
  Resolution& r = *out;
  r.ref = {NodeKind::kPerson, StableHash("person|" + p.key + "|" + in.province)};
  r.province = in.province;
  std::vector<Entry> known;
  Status s = directory.PeopleNamed(p.key, &known);
  if (!s.ok()) return s;
  if (in.province.empty()) return ResolveUnplaced(p, known, out);
  r.reason = "same official as every mention of the name " + p.name + " in " + in.province;
  for (const Entry& e : known)
    if (e.ref == r.ref) return Status::OK();
  std::string why;
  if (const Entry* e = StrongEvidence(in, known, national, &why)) {
    r.ref = e->ref;
    r.province = e->province;
    r.reason = why;
  }
  return Status::OK();
}

}  // namespace vnkg::graph
