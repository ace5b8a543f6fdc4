#include "extract/extractor.h"

#include <algorithm>
#include <set>

#include "extract/analysis.h"
#include "extract/lexicon.h"
#include "extract/meetings.h"
#include "extract/normalize.h"

namespace vnkg::extract {
namespace {

graph::Span SentenceSpan(const Analysis& a, size_t s) {
  return {a.sentences[s].byte_begin, a.sentences[s].byte_end};
}

std::string LocalityName(const LocRef& l) {
  return l.type.empty() ? l.name : l.type + " " + l.name;
}

std::optional<std::string> OrgLocality(OrgRef o) {
  const OrgRef* local = LocalBody(&o);
  if (!local->loc.named()) return std::nullopt;
  return LocalityName(local->loc);
}

// The province an organization lies in, when its locality is settled.
std::optional<std::string> OrgProvince(const Gazetteer& g, OrgRef o) {
  const OrgRef* local = LocalBody(&o);
  if (local->loc.units.empty()) return std::nullopt;
  // By name: an undated story's candidates on both maps may lie in a
  // province of the same name on each ("Tỉnh ủy Bắc Ninh").
  std::optional<std::string> province;
  for (int u : local->loc.units) {
    int p = g.AncestorAt(u, 1);
    if (p < 0 || (province && *province != g.unit(p).FullName())) return std::nullopt;
    province = g.unit(p).FullName();
  }
  return province;
}

graph::OrgKind KindOf(const OrgRef& o) {
  if (o.cls == BodyClass::kCommittee || o.cls == BodyClass::kPartyUnit)
    return graph::OrgKind::kPartyCommittee;
  return o.kind;
}

// True when `shorter` names the same body with less detail ("Thành ủy" vs
// "Thành ủy Cần Thơ").
bool IsVaguerName(const std::string& shorter, const std::string& longer) {
  return longer.size() > shorter.size() && longer.compare(0, shorter.size(), shorter) == 0 &&
         longer[shorter.size()] == ' ';
}

class RecordBuilder {
 public:
  RecordBuilder(Analysis* a, graph::Record* r) : a_(a), r_(r) {}

  void Build() {
    BuildPeople();
    LinkTitleRefs();
    a_->mentions_in.assign(a_->sentences.size(), {});
    for (size_t k = 0; k < a_->mentions.size(); ++k)
      a_->mentions_in[a_->mentions[k].sentence].push_back(k);
    AddMeetings(FindMeetingEvents(*a_));
    BuildOrganizations();
    BuildLocalities();
    CanonicalizeNames();
  }

 private:
  void AddOrg(OrgRef o) {
    std::string name = OrgName(o);
    std::string key = FoldKey(name);
    if (!seen_orgs_.insert(key).second) return;
    graph::Organization org;
    org.name = name;
    org.key = key;
    org.search = FoldAscii(name);
    org.kind = KindOf(o);
    org.locality = OrgLocality(o);
    org.province = OrgProvince(*a_->gz, o);
    r_->organizations.push_back(std::move(org));
    if (o.cls == BodyClass::kBoard && o.parent) AddOrg(*o.parent);
  }

  void BuildPeople() {
    for (size_t p = 0; p < a_->persons.size(); ++p) {
      const PersonEntity& e = a_->persons[p];
      graph::Person out;
      out.name = e.name;
      out.key = e.key;
      out.search = FoldAscii(e.name);
      out.evidence = SentenceSpan(*a_, e.first_sentence);
      std::vector<RoleKey> keys;
      for (const RoleMention& rm : e.roles) {
        graph::Role role;
        role.position = rm.title.position;
        role.former = rm.title.former;
        role.evidence = SentenceSpan(*a_, rm.sentence);
        if (rm.title.org) {
          OrgRef o = *rm.title.org;
          ResolveOrg(*a_, rm.title.begin, &o);
          role.organization = OrgName(o);
          AddOrg(o);
        } else if (!rm.title.no_org) {
          continue;  // a post that needs a body and names none: no role to record
        }
        AddRole(&out, &keys, std::move(role));
      }
      DropVagueRoles(&out, &keys);
      r_->people.push_back(std::move(out));
      role_keys_.push_back(std::move(keys));
    }
  }

  // Folded (position, organization) of a role, computed once per role.
  struct RoleKey {
    std::string position, organization;
  };

  // Adds a role unless the person has it already (a current mention wins over a former one).
  static void AddRole(graph::Person* p, std::vector<RoleKey>* keys, graph::Role role) {
    RoleKey k{FoldKey(role.position), FoldKey(role.organization.value_or(""))};
    for (size_t i = 0; i < p->roles.size(); ++i) {
      if ((*keys)[i].position != k.position || (*keys)[i].organization != k.organization) continue;
      graph::Role& r = p->roles[i];
      if (r.former && !role.former) {
        r.former = false;
        r.evidence = role.evidence;
      }
      return;
    }
    p->roles.push_back(std::move(role));
    keys->push_back(std::move(k));
  }

  // "Bí thư, Thành ủy" beside "Bí thư, Thành ủy Cần Thơ": keep the precise one.
  static void DropVagueRoles(graph::Person* p, std::vector<RoleKey>* keys) {
    std::vector<graph::Role> kept;
    std::vector<RoleKey> kept_keys;
    for (size_t i = 0; i < p->roles.size(); ++i) {
      const graph::Role& r = p->roles[i];
      bool vague = false;
      for (size_t j = 0; j < p->roles.size() && !vague; ++j) {
        const graph::Role& o = p->roles[j];
        vague = j != i && (*keys)[j].position == (*keys)[i].position && r.organization &&
                o.organization && IsVaguerName(*r.organization, *o.organization) &&
                (o.former == r.former || !o.former);
      }
      if (vague) continue;
      kept.push_back(r);
      kept_keys.push_back((*keys)[i]);
    }
    p->roles = std::move(kept);
    *keys = std::move(kept_keys);
  }

  // "Bí thư Thành ủy yêu cầu...": the one person holding that post.
  void LinkTitleRefs() {
    for (const TitleRef& tr : a_->title_refs) {
      for (const Title& t : tr.chain.titles) {
        if (!t.org) continue;
        OrgRef o = *t.org;
        ResolveOrg(*a_, t.begin, &o);
        std::string pos = FoldKey(t.position), org = FoldKey(OrgName(o));
        int found = -1, count = 0;
        for (size_t p = 0; p < r_->people.size(); ++p)
          for (size_t i = 0; i < r_->people[p].roles.size(); ++i)
            if (!r_->people[p].roles[i].former && role_keys_[p][i].position == pos &&
                role_keys_[p][i].organization == org) {
              if (found != static_cast<int>(p)) ++count;
              found = static_cast<int>(p);
            }
        if (count != 1) continue;
        PersonMention m;
        m.person = found;
        m.begin = tr.chain.begin;
        m.end = tr.chain.end;
        m.appos_end = tr.chain.end;
        m.sentence = tr.sentence;
        m.title_only = true;
        a_->mentions.push_back(m);
        break;
      }
    }
  }

  void AddMeetings(const MeetingEvents& found) {
    for (const MeetingEvent& e : found.events) {
      graph::Meeting meeting;
      meeting.evidence = SentenceSpan(*a_, e.mentions.front().sentence);
      for (const MeetingMention& m : e.mentions)
        if (!m.headline) {
          meeting.evidence = SentenceSpan(*a_, m.sentence);
          break;
        }
      meeting.name = e.name;
      meeting.search = FoldAscii(e.name);
      meeting.date = e.date;
      meeting.organizer = e.organizer;
      for (const MeetingParticipant& p : e.participants) {
        graph::Participant part;
        part.name = a_->persons[p.person].name;
        part.key = a_->persons[p.person].key;
        if (p.chair) part.as.push_back("chair");
        if (p.guest) part.as.push_back("guest");
        if (p.speaker) part.as.push_back("speaker");
        part.evidence = SentenceSpan(*a_, p.sentence);
        meeting.participants.push_back(std::move(part));
      }
      r_->meetings.push_back(std::move(meeting));
    }
  }

  void BuildOrganizations() {
    for (const OrgMention& om : a_->orgs) {
      OrgRef o = om.org;
      ResolveOrg(*a_, o.begin, &o);
      AddOrg(o);
    }
  }

  // Each unit the story names once: a resolved unit by its identity (map,
  // code), whatever name the story gives it ("tỉnh Đồng Nai", "thành phố
  // Đồng Nai"); the same name on two maps ("xã X", "xã X (cũ)") is two units.
  void BuildLocalities() {
    const Gazetteer& g = *a_->gz;
    std::set<std::string> seen;
    for (const LocRef& l : a_->frame) {
      std::string name = LocalityName(l);
      std::set<std::string> maps;
      for (int u : l.units) maps.insert(g.unit(u).map);
      std::optional<std::string> map;
      if (maps.size() == 1) map = *maps.begin();
      std::string identity = l.Resolved() ? "=" + *map + "|" + g.unit(l.units[0]).code
                                          : FoldKey(name) + "|" + map.value_or("");
      if (!seen.insert(identity).second) continue;
      graph::Locality loc;
      loc.name = name;
      loc.key = FoldKey(name);
      loc.search = FoldAscii(name);
      int type_level = a_->lex->TypeLevel(l.type);
      int level = !l.units.empty() ? g.unit(l.units[0]).level : type_level ? type_level : 2;
      loc.level = level == 1 ? graph::LocalityLevel::kProvince
                  : level == 2 ? graph::LocalityLevel::kDistrict : graph::LocalityLevel::kCommune;
      loc.map = map;
      if (l.Resolved()) {
        const Unit& u = g.unit(l.units[0]);
        loc.code = u.code;
        if (u.parent >= 0) {
          loc.parent = g.unit(u.parent).FullName();
          loc.parent_code = g.unit(u.parent).code;
        }
      } else {
        for (int u : l.units) loc.candidates.push_back(g.unit(u).code);
      }
      r_->localities.push_back(std::move(loc));
    }
  }

  // Either tone placement in the story gives the same names in the record.
  void CanonicalizeNames() {
    auto fix = [](std::string* s) { *s = CanonicalTones(*s); };
    auto fix_opt = [](std::optional<std::string>* s) {
      if (*s) **s = CanonicalTones(**s);
    };
    for (graph::Person& p : r_->people) {
      fix(&p.name);
      for (graph::Role& role : p.roles) fix_opt(&role.organization);
    }
    for (graph::Organization& o : r_->organizations) {
      fix(&o.name);
      fix_opt(&o.locality);
      fix_opt(&o.province);
    }
    for (graph::Locality& l : r_->localities) {
      fix(&l.name);
      fix_opt(&l.parent);
    }
    for (graph::Meeting& m : r_->meetings) {
      fix_opt(&m.organizer);
      for (graph::Participant& p : m.participants) fix(&p.name);
    }
  }

  Analysis* a_;
  graph::Record* r_;
  std::set<std::string> seen_orgs_;
  std::vector<std::vector<RoleKey>> role_keys_;  // parallel to r_->people[i].roles
};

}  // namespace

std::unique_ptr<Extractor> Extractor::Create(std::string* error) {
  std::unique_ptr<Lexicon> lex = Lexicon::LoadEmbedded(error);
  if (!lex) return nullptr;
  return std::make_unique<Extractor>(std::move(lex));
}

Extractor::Extractor(std::unique_ptr<Lexicon> lexicon) : lexicon_(std::move(lexicon)) {}
Extractor::~Extractor() = default;

std::string Extractor::NormalizedText(std::string_view text) { return ToNfc(text); }

graph::Record Extractor::Extract(const Article& article) const {
  Analysis a;
  a.lex = lexicon_.get();
  a.text = ToNfc(article.text);
  // The document stage reads bylines before the date is known: the input's
  // date (or none) serves it, then the story's date picks the maps in force
  // (FORMAT.md "Which map").
  a.gz = &lexicon_->AtlasAt(article.published);
  a.map = MapOfDate(article.published);
  AnalyzeDocument(&a);
  // FORMAT.md: an input's own published date counts as the dateline.
  if (article.published) a.published = article.published;
  a.gz = &lexicon_->AtlasAt(a.published);
  a.map = MapOfDate(a.published);
  MarkOldScopes(&a);
  FindPeople(&a);
  BuildFrame(&a);

  graph::Record r;
  r.doc = article.doc;
  r.url = article.url;
  r.published = article.published ? article.published : a.published;
  r.title = a.title;
  r.author = a.author;
  RecordBuilder(&a, &r).Build();
  return r;
}

}  // namespace vnkg::extract
