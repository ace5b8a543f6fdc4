#include "graph/contribution.h"

#include <map>
#include <set>

#include "graph/person_joins.h"

namespace vnkg::graph {
namespace {

// Organizations with a place (or central ones) are the same node across
// stories, within their province when it is known ("Huyện ủy Châu Thành" in
// Kiên Giang is not the one in Sóc Trăng); a bare "Thành ủy" is only known
// within its story.
// A body named after a post-reform unit is another node than a same-named
// one before the reform (Tỉnh ủy An Giang of 2024 and of 2026).
NodeRef OrgRef(const Organization& o, const std::optional<std::string>& map, uint64_t article) {
  if (o.locality) return PlacedOrganizationRef(o.key, o.province.value_or(""), map);
  std::string basis = "org|" + o.key + "|" + o.province.value_or("") +
                      (o.kind == OrgKind::kCentral ? "" : "|" + std::to_string(article));
  return {NodeKind::kOrganization, StableHash(basis)};
}

NodeRef LocalityRef(const Locality& l, uint64_t article) {
  if (l.code) return LocalityNodeRef(l.map.value_or(kMarchMap), *l.code);
  return {NodeKind::kLocality, StableHash("loc|" + l.key + "|" + std::to_string(article))};
}

// A person's province: that of the organizations of their posts in this story.
std::string PersonProvince(const Person& p, const std::map<std::string, const Organization*>& orgs) {
  for (bool former : {false, true}) {
    for (const Role& r : p.roles) {
      if (r.former != former || !r.organization) continue;
      for (const auto& [key, o] : orgs)
        if (o->name == *r.organization && o->province) return *o->province;
    }
  }
  return "";
}

Evidence EvidenceOf(const ArticleMeta& meta, const Span& span,
                    const std::optional<std::string>& date) {
  Evidence e;
  e.article = meta.id;
  e.doc = meta.doc;
  e.date = date;
  e.span = span;
  return e;
}

Evidence EvidenceOf(const ArticleMeta& meta, const Span& span) {
  return EvidenceOf(meta, span, meta.date);
}

std::vector<std::string> Searchable(const std::string& search) {
  return search.empty() ? std::vector<std::string>{} : std::vector<std::string>{search};
}

class Builder {
 public:
  Builder(const ArticleMeta& meta, const Record& record, const PersonDirectory& people,
          const Knowledge& knowledge)
      : meta_(meta), record_(record), people_(people), knowledge_(knowledge) {}

  Status Build(Contribution* out) {
    Node article = NewNode(ArticleRef(meta_.id), "", {});
    article.article = {meta_.doc, meta_.url, meta_.date, record_.title, record_.author};
    AddNode(std::move(article), "the story itself");
    AddLocalities();
    AddOrganizations();
    Status s = AddPeople();
    if (!s.ok()) return s;
    AddMeetings();
    *out = std::move(out_);
    return Status::OK();
  }

 private:
  static Node NewNode(NodeRef ref, std::string name, std::vector<std::string> search) {
    Node n;
    n.ref = ref;
    n.name = std::move(name);
    n.search = std::move(search);
    return n;
  }

  void AddNode(Node n, std::string reason, bool weak = false) {
    if (!seen_nodes_.insert(n.ref).second) return;
    NodeRef ref = n.ref;
    out_.nodes.push_back({ref, std::move(n), std::move(reason), weak});
  }

  void AddEdge(NodeRef src, EdgeKind kind, NodeRef dst, uint32_t qualifier, Evidence evidence) {
    auto key = std::make_tuple(src, static_cast<int>(kind), dst, qualifier);
    if (!seen_edges_.insert(key).second) return;
    out_.edges.push_back({src, kind, dst, qualifier, std::move(evidence)});
  }

  void AddLocalities() {
    for (const Locality& l : record_.localities) {
      NodeRef ref = LocalityRef(l, meta_.id);
      loc_by_name_[l.name] = ref;
      if (l.code) unit_by_name_[l.name] = {l.map.value_or(kMarchMap), *l.code};
      Node n = NewNode(ref, l.name, {l.search});
      n.locality = {LocalityLevelName(l.level), l.parent, l.code, l.candidates, std::nullopt};
      if (l.code) n.locality.map = l.map.value_or(kMarchMap);
      AddNode(std::move(n), "named in the story");
      if (l.parent_code && l.parent) {
        NodeRef parent = LocalityNodeRef(l.map.value_or(kMarchMap), *l.parent_code);
        Node p = NewNode(parent, *l.parent, {});
        p.locality.code = l.parent_code;
        p.locality.map = l.map.value_or(kMarchMap);
        AddNode(std::move(p), "parent of a named unit", /*weak=*/true);
        AddEdge(ref, EdgeKind::kPartOf, parent, 0, EvidenceOf(meta_, {}));
      }
      for (const Link& next : Successors(l.name))
        AddEdge(ref, EdgeKind::kSucceededBy, AddUnit(*next.unit),
                static_cast<uint32_t>(next.share), EvidenceOf(meta_, {}));
    }
  }

  // The March unit a story's locality name resolved to, or null.
  const Unit* MarchUnit(const std::string& name) const {
    auto it = unit_by_name_.find(name);
    if (!knowledge_.lineage || it == unit_by_name_.end() || it->second.first != kMarchMap)
      return nullptr;
    return knowledge_.lineage->Find(it->second.first, it->second.second);
  }

  // The successors of the March province or commune named `name` at its own
  // level (Knowledge::lineage says why not districts).
  std::vector<Link> Successors(const std::string& name) const {
    std::vector<Link> out;
    const Unit* u = MarchUnit(name);
    if (!u || u->level == 2) return out;
    for (const Link& next : knowledge_.lineage->Successors(*u))
      if (next.unit->level == u->level) out.push_back(next);
    return out;
  }

  const Organization* OrgByName(const std::string& name) const {
    for (const Organization& o : record_.organizations)
      if (o.name == name) return &o;
    return nullptr;
  }

  // The names body `o` has across the reform, at its unit's level: its
  // successors' (a March unit) or predecessors' (a July unit).
  std::vector<PersonInStory::Counterpart> Counterparts(const Organization* o) const {
    std::vector<PersonInStory::Counterpart> out;
    if (!o || !o->locality || !knowledge_.lineage) return out;
    auto it = unit_by_name_.find(*o->locality);
    if (it == unit_by_name_.end()) return out;
    const Unit* u = knowledge_.lineage->Find(it->second.first, it->second.second);
    if (!u) return out;
    bool forward = u->map == kMarchMap;
    for (const Link& l : forward ? knowledge_.lineage->Successors(*u)
                                 : knowledge_.lineage->Predecessors(*u)) {
      Names body;
      if (knowledge_.lineage->CounterpartBody({o->name, o->key, o->search}, *u, *l.unit, &body))
        out.push_back({body.name, forward});
    }
    return out;
  }

  // A unit of the lineage, written weakly with its parent (as a story
  // naming it would write it).
  NodeRef AddUnit(const Unit& u) {
    NodeRef ref = LocalityNodeRef(u.map, u.code);
    Node n = NewNode(ref, u.full.name, {u.full.search});
    n.locality.level = u.LevelName();
    n.locality.code = u.code;
    n.locality.map = u.map;
    const Unit* parent = knowledge_.lineage->Parent(u);
    if (parent) n.locality.parent = parent->full.name;
    AddNode(std::move(n), kSuccessorReason, /*weak=*/true);
    if (parent) AddEdge(ref, EdgeKind::kPartOf, AddUnit(*parent), 0, EvidenceOf(meta_, {}));
    return ref;
  }

  // The bodies that `o` (named after a March unit) becomes on the July map.
  void AddSuccessorBodies(const Organization& o, NodeRef ref) {
    if (!o.locality) return;
    const Unit* u = MarchUnit(*o.locality);
    for (const Link& next : Successors(o.locality.value_or(""))) {
      Names body;
      if (!knowledge_.lineage->CounterpartBody({o.name, o.key, o.search}, *u, *next.unit, &body)) continue;
      const Unit* province = knowledge_.lineage->Province(*next.unit);
      std::string province_name = province ? province->full.name : "";
      NodeRef succ = PlacedOrganizationRef(body.key, province_name, std::string(kJulyMap));
      Node n = NewNode(succ, body.name, {body.search});
      n.organization = {OrgKindName(o.kind), next.unit->full.name, province_name,
                        std::string(kJulyMap)};
      AddNode(std::move(n), kSuccessorReason, /*weak=*/true);
      AddEdge(ref, EdgeKind::kSucceededBy, succ, static_cast<uint32_t>(next.share),
              EvidenceOf(meta_, {}));
      AddEdge(succ, EdgeKind::kLocatedIn, AddUnit(*next.unit), 0, EvidenceOf(meta_, {}));
    }
  }

  void AddOrganizations() {
    for (const Organization& o : record_.organizations) {
      std::optional<std::string> map;
      auto unit = o.locality ? unit_by_name_.find(*o.locality) : unit_by_name_.end();
      if (unit != unit_by_name_.end()) map = unit->second.first;
      NodeRef ref = OrgRef(o, map, meta_.id);
      orgs_[o.key] = &o;
      org_by_name_[o.name] = ref;
      Node n = NewNode(ref, o.name, {o.search});
      n.organization = {OrgKindName(o.kind), o.locality, o.province, map};
      AddNode(std::move(n), o.locality || o.kind == OrgKind::kCentral
                                ? "named in the story"
                                : "named without a place: this story only");
      if (o.locality) {
        auto it = loc_by_name_.find(*o.locality);
        if (it != loc_by_name_.end())
          AddEdge(ref, EdgeKind::kLocatedIn, it->second, 0, EvidenceOf(meta_, {}));
      }
      AddSuccessorBodies(o, ref);
    }
  }

  NodeRef OrgNamed(const std::string& name) {
    auto it = org_by_name_.find(name);
    if (it != org_by_name_.end()) return it->second;
    // Not in the record's list (should not happen): a story-local node.
    NodeRef ref{NodeKind::kOrganization, StableHash("org|" + name + "|" + std::to_string(meta_.id))};
    org_by_name_[name] = ref;
    Node n = NewNode(ref, name, {});
    n.organization.kind = "other";
    AddNode(std::move(n), "named in the story");
    return ref;
  }

  Status AddPeople() {
    for (const Person& p : record_.people) {
      PersonInStory in;
      in.person = &p;
      in.article = meta_.id;
      in.province = PersonProvince(p, orgs_);
      in.province_of = [&](const std::string& org) {
        const Organization* o = OrgByName(org);
        return o && o->province ? *o->province : std::string();
      };
      in.counterparts = [&](const std::string& org) { return Counterparts(OrgByName(org)); };
      Resolution r;
      Status s = ResolvePerson(in, people_, knowledge_.national, &r);
      if (!s.ok()) return s;
      person_by_name_[p.name] = r.ref;
      Node n = NewNode(r.ref, p.name, {p.search});
      n.person = {p.key, r.province};
      AddNode(std::move(n), r.reason);
      for (const Role& role : p.roles) {
        if (!role.organization) continue;
        Evidence ev = EvidenceOf(meta_, role.evidence, EventDate(meta_, record_, p.name));
        ev.position = role.position;
        ev.former = role.former;
        AddEdge(r.ref, EdgeKind::kHolds, OrgNamed(*role.organization),
                static_cast<uint32_t>(StableHash(role.position + (role.former ? "|former" : ""))),
                std::move(ev));
      }
    }
    return Status::OK();
  }

  void AddMeetings() {
    for (size_t i = 0; i < record_.meetings.size(); ++i) {
      const Meeting& m = record_.meetings[i];
      NodeRef ref{NodeKind::kMeeting,
                  StableHash("meeting|" + std::to_string(meta_.id) + "|" + std::to_string(i))};
      const std::optional<std::string>& date = m.date ? m.date : meta_.date;
      std::optional<std::string> locality;  // the organizer's place
      for (const Organization& o : record_.organizations)
        if (m.organizer && o.name == *m.organizer) locality = o.locality;
      Node n = NewNode(ref, m.name, Searchable(m.search));
      n.meeting = {m.date, m.organizer, locality, meta_.id, meta_.doc};
      AddNode(std::move(n), "reported in the story");
      AddEdge(ref, EdgeKind::kReportedIn, ArticleRef(meta_.id), 0,
              EvidenceOf(meta_, m.evidence, date));
      if (m.organizer)
        AddEdge(OrgNamed(*m.organizer), EdgeKind::kOrganized, ref, 0,
                EvidenceOf(meta_, m.evidence, date));
      for (const Participant& p : m.participants) {
        auto it = person_by_name_.find(p.name);
        if (it == person_by_name_.end()) continue;
        Evidence ev = EvidenceOf(meta_, p.evidence, date);
        ev.as = p.as;
        AddEdge(it->second, EdgeKind::kAttended, ref, 0, ev);
        for (const std::string& label : p.as) {
          EdgeKind kind = label == "chair" ? EdgeKind::kChaired
                          : label == "guest" ? EdgeKind::kGuestAt : EdgeKind::kSpokeAt;
          AddEdge(it->second, kind, ref, 0, ev);
        }
      }
    }
  }

  const ArticleMeta& meta_;
  const Record& record_;
  const PersonDirectory& people_;
  const Knowledge& knowledge_;
  Contribution out_;
  std::map<std::string, std::pair<std::string, std::string>> unit_by_name_;  // (map, code)
  std::set<NodeRef> seen_nodes_;
  std::set<std::tuple<NodeRef, int, NodeRef, uint32_t>> seen_edges_;
  std::map<std::string, const Organization*> orgs_;
  std::map<std::string, NodeRef> org_by_name_, loc_by_name_, person_by_name_;
};

}  // namespace

std::optional<std::string> ArticleDate(const Record& record) {
  if (record.published) return record.published;
  for (const Meeting& m : record.meetings)
    if (m.date) return m.date;
  return std::nullopt;
}

std::optional<std::string> EventDate(const ArticleMeta& meta, const Record& record,
                                     const std::string& person) {
  for (const Meeting& m : record.meetings) {
    if (!m.date) continue;
    for (const Participant& p : m.participants)
      if (p.name == person) return m.date;
  }
  for (const Meeting& m : record.meetings)
    if (m.date) return m.date;
  return meta.date;
}

NodeRef ArticleRef(uint64_t article_id) { return {NodeKind::kArticle, article_id}; }

NodeRef LocalityNodeRef(std::string_view map, std::string_view code) {
  return {NodeKind::kLocality,
          StableHash("loc|" + std::string(map) + "|" + std::string(code))};
}

NodeRef PlacedOrganizationRef(const std::string& key, const std::string& province,
                              const std::optional<std::string>& map) {
  return {NodeKind::kOrganization,
          StableHash("org|" + key + "|" + province + (map == kJulyMap ? "|" + *map : ""))};
}

Status BuildContribution(const ArticleMeta& meta, const Record& record,
                         const PersonDirectory& people, Contribution* out,
                         const Knowledge& knowledge) {
  return Builder(meta, record, people, knowledge).Build(out);
}

}  // namespace vnkg::graph
