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

// Frame indexes in the order a reader would try them for a bare body at
// `at`: the units the story names most often first (what the story is
// about), then the nearest preceding mention, then the following ones.
std::vector<size_t> ByRelevance(const Analysis& a, size_t at) {
  std::vector<size_t> before, after;
  for (size_t i = 0; i < a.frame.size(); ++i)
    (a.frame[i].begin <= at ? before : after).push_back(i);
  std::reverse(before.begin(), before.end());
  before.insert(before.end(), after.begin(), after.end());
  std::map<std::string, int> count;
  for (const LocRef& l : a.frame) ++count[l.type + "|" + FoldKey(l.name)];
  std::stable_sort(before.begin(), before.end(), [&](size_t x, size_t y) {
    const LocRef& lx = a.frame[x];
    const LocRef& ly = a.frame[y];
    return count[lx.type + "|" + FoldKey(lx.name)] > count[ly.type + "|" + FoldKey(ly.name)];
  });
  return before;
}

}  // namespace

void BuildFrame(Analysis* a) {
  const Gazetteer& g = *a->lex->gazetteer;
  std::vector<bool> person = PersonTokens(*a);
  for (const Sentence& s : a->sentences) {
    for (size_t i = s.tok_begin; i < s.tok_end;) {
      if (a->masked[i] || person[i]) { ++i; continue; }
      if (std::optional<OrgRef> o = ParseOrg(*a, i, s.tok_end)) {
        PushOrgLocs(a, *o);
        a->orgs.push_back({*o, static_cast<size_t>(&s - a->sentences.data())});
        i = std::max(o->end, i + 1);
        continue;
      }
      if (std::optional<LocRef> l = ParseLocality(*a, i, s.tok_end)) {
        PushLoc(a, *l);
        i = std::max(l->end, i + 1);
        continue;
      }
      std::vector<int> units;
      size_t n = g.MatchName(a->tokens, i, s.tok_end, &units);
      std::vector<int> provinces;
      for (int u : units)
        if (g.unit(u).level == 1) provinces.push_back(u);
      if (n && !provinces.empty()) {
        LocRef l;
        l.units = provinces;
        l.type = g.unit(provinces[0]).type;
        l.name = g.unit(provinces[0]).name;
        l.begin = i;
        l.end = i + n;
        PushLoc(a, l);
        i += n;
        continue;
      }
      ++i;
    }
  }
  Disambiguate(g, &a->frame);
}

void ResolveOrg(const Analysis& a, size_t at, OrgRef* org) {
  const Gazetteer& g = *a.lex->gazetteer;
  OrgRef* local = LocalBody(org);
  if (local->cls == BodyClass::kBoard || local->cls == BodyClass::kCentral) return;
  if (local->loc.named()) {
    if (local->loc.units.size() > 1) {
      // A name repeated elsewhere in the story may have been settled there.
      for (const LocRef& l : a.frame)
        if (l.name == local->loc.name && l.Resolved() &&
            std::count(local->loc.units.begin(), local->loc.units.end(), l.units[0]))
          local->loc.units = l.units;
    }
    return;
  }
  // "Đảng ủy Khối các cơ quan" names no level; "Đảng ủy các CQCQ quận" does.
  if (local->cls == BodyClass::kPartyUnit && !local->qualifier.empty() && local->loc.type.empty())
    return;
  std::vector<std::string> types = OrgTypeSet(*local);
  if (types.empty()) return;
  std::vector<size_t> order = ByRelevance(a, at);
  for (size_t i : order) {
    const LocRef& l = a.frame[i];
    if (!Fits(g, l, types)) continue;
    local->loc.name = l.name;
    local->loc.units = l.units;
    if (local->loc.type.empty()) local->loc.type = l.type;
    return;
  }
  // A body of a higher level than the units named: their ancestor.
  for (size_t i : order) {
    const LocRef& l = a.frame[i];
    if (l.units.empty()) continue;
    for (int level = 2; level >= 1; --level) {
      int anc = g.AncestorAt(l.units[0], level);
      if (anc < 0 || anc == l.units[0] || !UnitFits(g.unit(anc), types)) continue;
      bool shared = true;  // every candidate must agree on the ancestor
      for (int u : l.units) shared = shared && g.AncestorAt(u, level) == anc;
      if (!shared) continue;
      local->loc.name = g.unit(anc).name;
      local->loc.units = {anc};
      if (local->loc.type.empty()) local->loc.type = g.unit(anc).type;
      return;
    }
  }
}

}  // namespace vnkg::extract
