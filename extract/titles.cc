// Title chains: posts with their bodies, joined by commas, dashes, "và":
// "Ủy viên Ban Thường vụ, Trưởng Ban Nội chính Thành ủy Cần Thơ". The
// organization named at the end of a list applies to the titles before it.
#include <set>

#include "extract/analysis.h"
#include "extract/normalize.h"

namespace vnkg::extract {
namespace {

// Head nouns a head post ("Trưởng", "Phó Chánh") joins when no known body follows.
const std::set<std::string>& HeadNouns() {
  static const std::set<std::string> kNouns = {"ban", "phòng", "đoàn", "khoa", "tiểu ban"};
  return kNouns;
}

// The organization a post names itself ("=Bộ Chính trị", "@Ban Thường vụ
// Huyện ủy"): a body, and for a board the body it belongs to.
OrgRef FixedOrg(const std::string& name, const Lexicon& lex) {
  OrgRef o;
  o.head = name;
  o.cls = BodyClass::kCentral;
  o.kind = graph::OrgKind::kCentral;
  std::vector<Token> toks = Tokenize(name);
  PhraseMatcher::Match m = lex.bodies.Find(toks, 0, toks.size());
  if (!m.length) return o;
  const BodyEntry& e = lex.body_entries[m.value];
  if (m.length < toks.size() && e.cls != BodyClass::kBoard) return o;
  o.head = e.head;
  o.kind = e.kind;
  o.cls = e.cls;
  o.type_word = e.type_word;
  o.noun = e.noun;
  if (m.length < toks.size()) {
    size_t rest = toks[m.length].begin;
    o.parent = std::make_shared<OrgRef>(FixedOrg(name.substr(rest), lex));
  }
  return o;
}

// "Phó Bí thư Tuy An": a party post before a bare place name is a post in
// that place's party committee.
std::optional<OrgRef> PlaceCommittee(const Analysis& a, size_t pos, size_t limit) {
  std::optional<LocRef> loc = BareUnitName(a, pos, limit, false);
  if (!loc) return std::nullopt;
  OrgRef o = PartyCommitteeOf(*loc);
  o.begin = loc->begin;
  o.end = loc->end;
  return o;
}

// "Phó Tỉnh trưởng tỉnh Sa-van-na-khẹt": the locality itself.
std::optional<OrgRef> PlaceItself(const Analysis& a, size_t pos, size_t limit) {
  std::optional<LocRef> l = ParseLocality(a, pos, limit);
  if (!l || !l->named()) return std::nullopt;
  OrgRef o;
  o.kind = graph::OrgKind::kGovernment;
  o.cls = BodyClass::kGov;
  o.loc = *l;
  o.begin = pos;
  o.end = l->end;
  return o;
}

std::optional<Title> ParseTitle(const Analysis& a, size_t pos, size_t limit) {
  const Lexicon& lex = *a.lex;
  Title t;
  t.begin = pos;
  size_t p = pos;
  size_t cue_len = 0;
  if (a.CueAtIs(p, limit, Cue::kFormer, &cue_len)) {
    t.former = true;
    p += cue_len;
  } else if (a.CueAtIs(p, limit, Cue::kCurrent, &cue_len)) {
    p += cue_len;
  }
  PhraseMatcher::Match m = lex.posts.Find(a.tokens, p, limit);
  if (!m.length) return std::nullopt;
  const PostEntry& e = lex.post_entries[m.value];
  size_t q = p + m.length;
  t.party = e.party;
  if (e.head) {
    // "Phó Trưởng ban Thường trực Ban Tổ chức": the noun, "Thường trực", then the body.
    bool standing = a.Is(q + 1, "thường") && a.Is(q + 2, "trực");
    std::optional<OrgRef> o = standing ? std::nullopt : ParseOrg(a, q, limit);
    if (o && !o->noun.empty() && o->cls != BodyClass::kCommittee) {
      t.position = e.position + " " + ToLower(o->noun);
      q = o->end;
      t.org = std::move(o);
    } else {
      std::string noun;
      size_t len = 0;
      for (size_t n = 2; n >= 1 && noun.empty(); --n) {
        if (q + n > limit) continue;
        std::string k;
        for (size_t i = q; i < q + n; ++i) k += (i > q ? " " : "") + a.tokens[i].key;
        bool known = false;
        for (const std::string& noun : HeadNouns()) known = known || LiteralKey(noun) == k;
        if (known) {
          noun = ToLower(a.SurfaceRange(q, q + n));
          len = n;
        }
      }
      if (noun.empty()) return std::nullopt;
      t.position = e.position + " " + noun;
      q += len;
      if (a.Is(q, "chuyên") && a.Is(q + 1, "trách")) q += 2;  // "Phó Trưởng Đoàn chuyên trách"
      if (a.Is(q, "thường") && a.Is(q + 1, "trực")) {
        t.position += " Thường trực";
        q += 2;
      }
      std::optional<OrgRef> o2 = ParseOrg(a, q, limit);
      if (o2) {
        q = o2->end;
        t.org = std::move(o2);
      }
    }
  } else {
    t.position = e.position;
    switch (e.rule) {
      case PostEntry::OrgRule::kNone:
        t.no_org = true;
        break;
      case PostEntry::OrgRule::kFixed:
        t.org = FixedOrg(e.org, lex);
        break;
      case PostEntry::OrgRule::kBody: {
        t.org = FixedOrg(e.org, lex);
        // "UV.BTV Huyện ủy X": the committee a fused board belongs to may follow.
        OrgRef& o = *t.org;
        if ((o.cls == BodyClass::kBoard && !o.parent) || o.cls == BodyClass::kBch) {
          std::optional<OrgRef> c = ParseOrg(a, q, limit);
          if (c && (c->cls == BodyClass::kCommittee || c->cls == BodyClass::kPartyUnit)) {
            q = c->end;
            if (o.cls == BodyClass::kBch) o = std::move(*c);
            else o.parent = std::make_shared<OrgRef>(std::move(*c));
          }
        }
        break;
      }
      case PostEntry::OrgRule::kOptional: {
        std::optional<OrgRef> o = ParseOrg(a, q, limit);
        if (!o && (e.party || !e.org.empty())) {
          // "Bí thư huyện Tuy An", "Chủ tịch xã Tân Phú": a locality stands
          // for its party committee, or for the post's usual body.
          std::optional<LocRef> l = ParseLocality(a, q, limit);
          if (l && e.party) {
            o = PartyCommitteeOf(*l);
          } else if (l) {
            o = FixedOrg(e.org, lex);
            o->loc = *l;
          }
          if (o) {
            o->begin = q;
            o->end = l->end;
          }
        }
        if (!o && e.party) o = PlaceCommittee(a, q, limit);
        if (!o && e.place) o = PlaceItself(a, q, limit);
        if (o) {
          q = o->end;
          t.org = std::move(o);
        } else if (e.needs_body) {
          return std::nullopt;
        }
        break;
      }
    }
  }
  t.end = SkipTermQualifier(a, q, limit);
  t.termed = t.end > q;
  return t;
}

bool IsChainSeparator(const Analysis& a, size_t i) {
  static const char* const kSeps[] = {",", "-", "–", "—", ";", "và", "kiêm"};
  for (const char* s : kSeps)
    if (a.Is(i, s)) return true;
  return false;
}

bool NeedsOrg(const Title& t) { return !t.org && !t.no_org; }

bool IsBareLocal(const OrgRef& o) {
  return !o.loc.named() && o.qualifier.empty() &&
         (o.cls == BodyClass::kCommittee || o.cls == BodyClass::kPartyUnit ||
          o.cls == BodyClass::kGov || o.cls == BodyClass::kNamed);
}

bool TypeCompatible(const Lexicon& lex, const OrgRef& bare, const LocRef& loc) {
  if (loc.type.empty()) return false;
  for (const std::string& t : OrgTypeSet(lex, bare))
    if (t == loc.type || (t == "@province" && (loc.type == "tỉnh"))) return true;
  return false;
}

}  // namespace

// The organization at the end of a list applies to the titles before it.
void Distribute(const Lexicon& lex, TitleChain* chain) {
  auto& ts = chain->titles;
  for (size_t i = ts.size(); i-- > 0;) {
    Title& t = ts[i];
    for (size_t j = i + 1; j < ts.size() && NeedsOrg(t); ++j) {
      if (!ts[j].org) continue;
      t.org = ts[j].org;
      // "Phó Bí thư, Chủ tịch UBND xã": the party committee of the same unit.
      if (t.party && t.org->cls == BodyClass::kGov) {
        OrgRef c = PartyCommitteeOf(t.org->loc);
        c.begin = t.org->begin;
        c.end = t.org->end;
        t.org = std::move(c);
      }
    }
    if (!t.org) continue;
    OrgRef& o = *t.org;
    if (o.cls == BodyClass::kBch) {
      // "Ban Chấp hành, Ban Thường vụ Tỉnh ủy": the committee named later.
      for (size_t j = i + 1; j < ts.size(); ++j) {
        if (!ts[j].org) continue;
        OrgRef* local = LocalBody(&*ts[j].org);
        if (local->cls == BodyClass::kCommittee || local->cls == BodyClass::kPartyUnit) {
          OrgRef committee = *local;
          committee.begin = o.begin;
          committee.end = o.end;
          o = committee;
          break;
        }
      }
    }
    if (o.cls == BodyClass::kBoard && !o.parent) {
      for (size_t j = i + 1; j < ts.size(); ++j) {
        if (!ts[j].org) continue;
        OrgRef* local = LocalBody(&*ts[j].org);
        if (local->cls == BodyClass::kCommittee || local->cls == BodyClass::kPartyUnit) {
          o.parent = std::make_shared<OrgRef>(*local);
          break;
        }
      }
      // "Ủy viên Ban Thường vụ, Chủ tịch UBND tỉnh": the party committee of
      // that unit; "..., Phó Chủ tịch Hội Nông dân tỉnh": that association's board.
      for (size_t j = i + 1; j < ts.size() && !o.parent && o.kind == graph::OrgKind::kPartyBoard;
           ++j) {
        const std::optional<OrgRef>& later = ts[j].org;
        if (!later || later->cls != BodyClass::kGov) continue;
        if (later->kind == graph::OrgKind::kFront || later->kind == graph::OrgKind::kMassOrg)
          o.parent = std::make_shared<OrgRef>(*later);
        else if (later->kind == graph::OrgKind::kGovernment && !later->loc.type.empty())
          o.parent = std::make_shared<OrgRef>(PartyCommitteeOf(later->loc));
      }
    }
    OrgRef* local = LocalBody(&o);
    if (!IsBareLocal(*local)) continue;
    for (size_t j = i + 1; j < ts.size(); ++j) {
      if (!ts[j].org) continue;
      const OrgRef* other = LocalBody(&*ts[j].org);
      if (other->loc.type.empty()) continue;
      bool party_unit_bare = local->cls == BodyClass::kPartyUnit && local->loc.type.empty();
      if (party_unit_bare || (local->cls != BodyClass::kCommittee && local->loc.type.empty())) {
        // "Bí thư Đảng ủy, Chủ tịch HĐND phường": the level comes from the list.
        bool commune = lex.TypeLevel(other->loc.type) == 3;
        if (party_unit_bare && !commune) continue;
        local->loc.type = other->loc.type;
        local->loc.name = other->loc.name;
        local->loc.units = other->loc.units;
        break;
      }
      if (other->loc.named() && TypeCompatible(lex, *local, other->loc)) {
        local->loc.name = other->loc.name;
        local->loc.units = other->loc.units;
        break;
      }
    }
  }
}

std::optional<TitleChain> ParseTitleChain(const Analysis& a, size_t pos, size_t limit) {
  std::optional<Title> first = ParseTitle(a, pos, limit);
  if (!first) return std::nullopt;
  TitleChain chain;
  chain.begin = pos;
  bool former = first->former;
  chain.titles.push_back(std::move(*first));
  size_t p = chain.titles.back().end;
  for (;;) {
    // "Ủy viên UBXYZ, Phó Bí thư ...": an unknown abbreviation inside the list.
    size_t q = p;
    while (q < limit && q < p + 2 && a.tokens[q].all_caps && !a.tokens[q].newlines_before &&
           !a.lex->surnames.Find(a.tokens, q, limit).length && a.CueAt(q, limit).first < 0)
      ++q;
    if (q > p && q < limit && IsChainSeparator(a, q) && ParseTitle(a, q + 1, limit)) {
      if (NeedsOrg(chain.titles.back())) chain.titles.pop_back();  // its body is unknown
      p = q;
    }
    if (!(p < limit && IsChainSeparator(a, p))) break;
    // After ";" a list of people goes on; only a capitalised post continues the titles.
    if (a.Is(p, ";") && !(p + 1 < limit && a.tokens[p + 1].cap)) break;
    std::optional<Title> next = ParseTitle(a, p + 1, limit);
    if (!next) break;
    former = former || next->former;
    next->former = former;
    p = next->end;
    chain.titles.push_back(std::move(*next));
  }
  if (chain.titles.empty()) return std::nullopt;
  chain.end = p;
  Distribute(*a.lex, &chain);
  return chain;
}

}  // namespace vnkg::extract
