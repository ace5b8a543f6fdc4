// The story frame: every locality the story names (with a type word, through
// a committee's name, or a bare province name), ambiguity settled by the
// other units named; and the resolution of bare bodies ("Bí thư Thành ủy",
// "UBND tỉnh") to the frame's unit of their level, or its ancestor.
#include <algorithm>
#include <map>
#include <set>

#include "extract/analysis.h"
#include "extract/normalize.h"

namespace vnkg::extract {
namespace {

void PushLoc(Analysis* a, const LocRef& l) {
  if (l.named()) a->frame.push_back(l);
}

void PushOrgLocs(Analysis* a, const OrgRef& o) {
  PushLoc(a, o.loc);
  if (o.parent) PushOrgLocs(a, *o.parent);
}

std::vector<bool> PersonTokens(const Analysis& a) {
  std::vector<bool> in(a.tokens.size(), false);
  for (const PersonMention& m : a.mentions)
    for (size_t i = m.begin; i < m.end; ++i) in[i] = true;
  return in;
}

// Keeps, of an ambiguous name's candidates, those lying inside a unit the
// story names unambiguously.
void Disambiguate(const Gazetteer& g, std::vector<LocRef>* frame) {
  std::set<int> sure;
  for (const LocRef& l : *frame)
    if (l.Resolved()) sure.insert(l.units[0]);
  for (LocRef& l : *frame) {
    if (l.units.size() < 2) continue;
    std::vector<int> keep;
    for (int u : l.units) {
      for (int p = g.unit(u).parent; p >= 0; p = g.unit(p).parent)
        if (sure.count(p)) { keep.push_back(u); break; }
    }
    if (keep.size() == 1) l.units = keep;
  }
}

bool Fits(const Gazetteer& g, const LocRef& l, const std::vector<std::string>& types) {
  for (const std::string& t : types) {
    if (t == "@province") {
      if (!l.units.empty() && g.unit(l.units[0]).level == 1) return true;
      if (l.type == "tỉnh") return true;
    } else if (l.type == t) {
      return true;
    }
  }
  return false;
}

bool UnitFits(const Unit& u, const std::vector<std::string>& types) {
  for (const std::string& t : types)
    if ((t == "@province" && u.level == 1) || u.type == t) return true;
  return false;
}

// The order a reader tries the story's places for a bare body at `at`: the
// units the story names most often first (what the story is about), then
// the nearest preceding mention, then the first following one. Returns the
// best frame entry for which fit(index) gives a locality, or nullopt. The
// entries that fit are indexed once per `key` (fit depends on nothing else).
template <typename Fit>
std::optional<LocRef> BestFit(const Analysis& a, size_t at, const std::string& key, Fit fit) {
  auto it = a.fits.find(key);
  if (it == a.fits.end()) {
    std::vector<size_t> best;  // the fitting entries of the highest salience
    int salience = -1;
    for (size_t i = 0; i < a.frame.size(); ++i) {
      if (a.frame_salience[i] < salience || !fit(i)) continue;
      if (a.frame_salience[i] > salience) best.clear();
      salience = a.frame_salience[i];
      best.push_back(i);
    }
    std::stable_sort(best.begin(), best.end(),
                     [&](size_t x, size_t y) { return a.frame[x].begin < a.frame[y].begin; });
    it = a.fits.emplace(key, std::move(best)).first;
  }
  const std::vector<size_t>& v = it->second;
  if (v.empty()) return std::nullopt;
  auto begin_of = [&](size_t i) { return a.frame[i].begin; };
  auto after = std::upper_bound(v.begin(), v.end(), at,
                                [&](size_t pos, size_t i) { return pos < begin_of(i); });
  if (after == v.begin()) return fit(v.front());  // none precedes: the first following
  size_t nearest = begin_of(*std::prev(after));
  auto first = std::lower_bound(v.begin(), after, nearest,
                                [&](size_t i, size_t pos) { return begin_of(i) < pos; });
  return fit(*first);
}

// "tàu ngầm Khánh Hòa", "đường Hà Nội": a name right after an object's or
// a street's noun names that thing, not the place.
bool AfterObjectNoun(const Analysis& a, size_t i) {
  for (size_t back = 1; back <= 3 && back <= i; ++back) {
    size_t len = 0;
    if (a.CueAtIs(i - back, i, Cue::kInstitution, &len) && len == back) return true;
  }
  return false;
}

std::string TypesKey(const char* kind, const std::vector<std::string>& types) {
  std::string key = kind;
  for (const std::string& t : types) key += "|" + t;
  return key;
}

// The ancestor of a named unit that a body of these types governs, when
// every candidate of the name agrees on it. Candidates on two maps (an
// undated story) are read on each map: a map where the name has no such
// ancestor does not fit, and those that fit must agree by name ("Thành ủy"
// in a story about a ward named like one of Hà Nội on the July map only).
std::optional<LocRef> AncestorOf(const Gazetteer& g, const LocRef& l,
                                 const std::vector<std::string>& types) {
  std::map<std::string, std::vector<int>> by_map;
  for (int u : l.units) by_map[g.unit(u).map].push_back(u);
  for (int level = 2; level >= 1; --level) {
    int found = -1;
    bool agree = true;
    for (const auto& [map, units] : by_map) {
      int anc = g.AncestorAt(units[0], level);
      if (anc < 0 || anc == units[0] || !UnitFits(g.unit(anc), types)) continue;
      for (int u : units) agree = agree && g.AncestorAt(u, level) == anc;
      agree = agree && (found < 0 || g.unit(found).FullName() == g.unit(anc).FullName());
      if (found < 0) found = anc;
    }
    if (found < 0 || !agree) continue;
    LocRef r;
    r.name = g.unit(found).name;
    r.units = {found};
    r.type = g.unit(found).type;
    r.era = l.era;
    return r;
  }
  return std::nullopt;
}

// A body named in full at most this many sentences, and this many bodies,
// before completes a bare one.
constexpr size_t kCompletionSentences = 3;
constexpr int kCompletionBodies = 32;

bool StartsBch(const Analysis& a, size_t tok) {
  PhraseMatcher::Match m = a.lex->bodies.Find(a.tokens, tok, a.tokens.size());
  return m.length && a.lex->body_entries[m.value].cls == BodyClass::kBch;
}

bool IsCommittee(const OrgRef& o) {
  return o.cls == BodyClass::kCommittee || o.cls == BodyClass::kPartyUnit;
}

// "... Đảng bộ các cơ quan Đảng tỉnh X được thành lập. ... làm Bí thư Đảng
// ủy": a bare body (Ban Chấp hành, a Đảng ủy or Đảng bộ, a board, a Sở or
// Chi bộ) completed
// from the latest such body named in full just before `at`; a bare party
// board failing that belongs to the party committee named just before
// ("Huyện ủy X tổ chức ... Trưởng Ban Tổ chức"). True when completed.
bool CompleteFromBefore(const Analysis& a, size_t at, OrgRef* local) {
  bool bch = local->cls == BodyClass::kBch;
  bool unit = (local->cls == BodyClass::kPartyUnit || local->cls == BodyClass::kPartyOrg) &&
              local->qualifier.empty() && local->loc.type.empty() && !local->loc.named();
  bool board = local->cls == BodyClass::kBoard && !local->parent;
  bool named = local->cls == BodyClass::kNamed && local->qualifier.empty() &&
               !local->loc.named();  // "Giám đốc Sở" after "Sở Nội vụ tỉnh X"
  if (!bch && !unit && !board && !named) return false;
  size_t s = a.sentence_of[std::min(at, a.sentence_of.size() - 1)];
  auto it = std::lower_bound(a.orgs.begin(), a.orgs.end(), at,
                             [](const OrgMention& m, size_t pos) { return m.org.begin < pos; });
  const OrgRef* committee = nullptr;  // a party board's fallback parent
  for (int seen = 0; it != a.orgs.begin() && seen < kCompletionBodies; ++seen) {
    const OrgMention& m = *--it;
    if (m.sentence + kCompletionSentences < s) break;
    const OrgRef& o = m.org;
    if (!committee && IsCommittee(o) && (o.loc.named() || !o.qualifier.empty())) committee = &o;
    bool fits = bch     ? IsCommittee(o) && StartsBch(a, o.begin)
                : unit  ? o.cls == BodyClass::kPartyUnit && !o.qualifier.empty()
                : board ? o.cls == BodyClass::kBoard && o.parent && o.head == local->head
                        : o.cls == BodyClass::kNamed && !o.qualifier.empty() &&
                              o.head == local->head;
    if (!fits) continue;
    size_t b = local->begin, e = local->end;
    *local = o;
    local->begin = b;
    local->end = e;
    ResolveOrg(a, o.begin, local);
    return true;
  }
  if (board && committee && local->kind == graph::OrgKind::kPartyBoard) {
    local->parent = std::make_shared<OrgRef>(*committee);
    ResolveOrg(a, committee->begin, local);
    return true;
  }
  return false;
}

// The end of the list that continues a unit's name ending at `pos`: more
// names of capitalised words joined by "," or "và" (the type word before the
// first covers them all); `pos` when none follows.
size_t ListEnd(const Analysis& a, size_t pos, size_t limit) {
  size_t end = pos;
  for (size_t i = pos; i + 1 < limit && (a.Is(i, ",") || a.Is(i, "và"));) {
    size_t j = i + 1;
    while (j < limit && a.tokens[j].word && (a.tokens[j].cap || a.tokens[j].number) &&
           !a.lex->loc_types.Find(a.tokens, j, limit).length &&
           !a.lex->bodies.Find(a.tokens, j, limit).length &&
           a.lex->posts.Find(a.tokens, j, limit).length < 2)  // "Chánh Nghĩa" is no post
      ++j;
    if (j == i + 1) break;
    end = i = j;
  }
  return end;
}

}  // namespace

void BuildFrame(Analysis* a) {
  const Gazetteer& g = *a->gz;
  std::vector<bool> person = PersonTokens(*a);
  for (const Sentence& s : a->sentences) {
    size_t list_end = s.tok_begin;  // end of a list of units below a province
    for (size_t i = s.tok_begin; i < s.tok_end;) {
      if (a->masked[i] || person[i]) { ++i; continue; }
      if (std::optional<OrgRef> o = ParseOrg(*a, i, s.tok_end)) {
        PushOrgLocs(a, *o);
        a->orgs.push_back({*o, static_cast<size_t>(&s - a->sentences.data())});
        i = std::max(o->end, i + 1);
        continue;
      }
      if (std::optional<LocRef> l = ParseLocality(*a, i, s.tok_end)) {
        // "khách sạn Sài Gòn": a capitalised alias after an object's noun.
        if (!(a->tokens[i].cap && AfterObjectNoun(*a, i))) PushLoc(a, *l);
        i = std::max(l->end, i + 1);
        if (l->named() && a->lex->TypeLevel(l->type) != 1) list_end = ListEnd(*a, i, s.tok_end);
        continue;
      }
      UnitMatch m = MatchUnits(*a, i, s.tok_end, [&](std::vector<int> units) {
        std::vector<int> provinces;
        for (int u : units)
          if (g.unit(u).level == 1) provinces.push_back(u);
        return provinces;
      });
      const std::vector<int>& provinces = m.units;
      // "các phường Phú Cường, Chánh Nghĩa, Phú Thọ": the list's type word
      // covers its names; one named like a province is not the province.
      if (m.length && !provinces.empty() && !AfterObjectNoun(*a, i) && i >= list_end) {
        LocRef l;
        l.units = provinces;
        l.type = g.unit(provinces[0]).type;
        l.name = g.unit(provinces[0]).name;
        l.era = m.era;
        l.begin = i;
        l.end = m.end;
        PushLoc(a, l);
        i = m.end;
        continue;
      }
      ++i;
    }
  }
  Disambiguate(g, &a->frame);
  VoteMap(a);
  for (size_t i = 0; i < a->frame.size(); ++i)
    if (a->frame[i].Resolved()) a->resolved_by_name[a->frame[i].name][a->frame[i].units[0]] = i;
  std::map<std::string, int> count;
  std::vector<std::string> keys;
  for (const LocRef& l : a->frame) keys.push_back(l.type + "|" + FoldKey(l.name));
  for (const std::string& k : keys) ++count[k];
  for (const std::string& k : keys) a->frame_salience.push_back(count[k]);
}

void ResolveOrg(const Analysis& a, size_t at, OrgRef* org) {
  const Gazetteer& g = *a.gz;
  OrgRef* local = LocalBody(org);
  if (CompleteFromBefore(a, at, local)) return;
  if (local->cls == BodyClass::kBoard || local->cls == BodyClass::kCentral) return;
  if (local->loc.named()) {
    if (local->loc.units.size() > 1) {
      // A name repeated elsewhere in the story may have been settled there
      // (its last settled mention).
      auto named = a.resolved_by_name.find(local->loc.name);
      int unit = -1;
      size_t last = 0;
      for (int u : named == a.resolved_by_name.end() ? std::vector<int>{} : local->loc.units) {
        auto at_u = named->second.find(u);
        if (at_u != named->second.end() && (unit < 0 || at_u->second > last)) {
          unit = u;
          last = at_u->second;
        }
      }
      if (unit >= 0) local->loc.units = {unit};
    }
    // An undated story whose units lie on one map: that map's candidates.
    if (!a.named_map.empty()) {
      std::vector<int> keep;
      for (int u : local->loc.units)
        if (g.unit(u).map == a.named_map) keep.push_back(u);
      if (!keep.empty()) local->loc.units = keep;
    }
    return;
  }
  // "Đảng ủy Khối các cơ quan" names no level; "Đảng ủy các CQCQ quận" does.
  if (local->cls == BodyClass::kPartyUnit && !local->qualifier.empty() && local->loc.type.empty())
    return;
  std::vector<std::string> types = OrgTypeSet(*a.lex, *local);
  if (types.empty()) return;
  auto adopt = [&](const LocRef& l) {
    local->loc.name = l.name;
    local->loc.units = l.units;
    local->loc.era = l.era;
    if (local->loc.type.empty()) local->loc.type = l.type;
  };
  // The units of the story's own time first: in a story after the reform, a
  // unit named as old ("huyện X (cũ)") decides only when no new one does.
  for (bool story_map : {true, false}) {
    const char* tier = story_map ? "story|" : "any|";
    std::optional<LocRef> same_level = BestFit(
        a, at, TypesKey(tier, types) + "|same", [&](size_t i) -> std::optional<LocRef> {
          if (story_map && !OnStoryMap(a, a.frame[i])) return std::nullopt;
          if (!Fits(g, a.frame[i], types)) return std::nullopt;
          return a.frame[i];
        });
    if (same_level) return adopt(*same_level);
    // A body of a higher level than the units named: their ancestor.
    std::optional<LocRef> ancestor = BestFit(
        a, at, TypesKey(tier, types) + "|ancestor", [&](size_t i) -> std::optional<LocRef> {
          const LocRef& l = a.frame[i];
          if (l.units.empty() || (story_map && !OnStoryMap(a, l))) return std::nullopt;
          return AncestorOf(g, l, types);
        });
    if (ancestor) return adopt(*ancestor);
  }
}

}  // namespace vnkg::extract
