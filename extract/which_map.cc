// FORMAT.md "Which map": the map each locality mention is read on. A story
// dated on or after 2025-07-01 is read on the July 2025 map, an earlier one
// on March 2025's; an undated one on the map its units exist in. A unit the
// text marks as old ("xã X (cũ)", "tỉnh Y trước sáp nhập", the units a new
// one was formed from) is March's whatever the date; one marked new ("xã X
// (mới)") July's.
#include <set>

#include "extract/analysis.h"
#include "extract/normalize.h"

namespace vnkg::extract {
namespace {

constexpr const char* kMarch = "2025-03";
constexpr const char* kJuly = "2025-07";

bool CueHere(const Analysis& a, size_t pos, size_t limit, Cue cue, size_t* len) {
  return pos < limit && a.CueAtIs(pos, limit, cue, len);
}

// The candidates of an undated mention that are one unit on both maps
// (same code, type and name: "thành phố Huế" 46): the March map's, where
// the unit was first.
void SameUnitOnBothMaps(const Gazetteer& g, LocRef* l) {
  std::vector<int> march;
  for (int u : l->units)
    if (g.unit(u).map == kMarch) march.push_back(u);
  if (march.empty() || march.size() == l->units.size()) return;
  for (int u : l->units) {
    if (g.unit(u).map == kMarch) continue;
    bool twin = false;
    for (int m : march)
      twin = twin || (g.unit(m).code == g.unit(u).code && g.unit(m).FullName() == g.unit(u).FullName());
    if (!twin) return;
  }
  l->units = march;
}

}  // namespace

std::string MapOfDate(const std::optional<std::string>& date) {
  if (!date || date->empty()) return "";
  // A month: July 2025 or later; a year: 2026 or later.
  bool after = date->size() >= 7 ? *date >= "2025-07" : *date >= "2026";
  return after ? kJuly : kMarch;
}

void MarkOldScopes(Analysis* a) {
  a->old_scope.assign(a->tokens.size(), false);
  for (const Sentence& s : a->sentences)
    for (size_t i = s.tok_begin; i < s.tok_end; ++i) {
      size_t len = 0;
      if (!CueHere(*a, i, s.tok_end, Cue::kOldLead, &len)) continue;
      for (size_t k = i + len; k < s.tok_end; ++k) a->old_scope[k] = true;
      break;
    }
}

size_t EraMarkerAt(const Analysis& a, size_t pos, size_t limit, Era* era) {
  *era = Era::kStory;
  // The marker as listed ("cũ", "(mới)"), else a listed one in parentheses.
  for (bool paren : {false, true}) {
    if (paren && !(pos < limit && a.Is(pos, "("))) break;
    size_t at = paren ? pos + 1 : pos;
    size_t len = 0;
    Era found = Era::kStory;
    if (CueHere(a, at, limit, Cue::kOldUnit, &len)) found = Era::kOld;
    else if (CueHere(a, at, limit, Cue::kNewUnit, &len)) found = Era::kNew;
    if (found == Era::kStory) continue;
    size_t end = at + len;
    if (paren) {
      if (!(end < limit && a.Is(end, ")"))) continue;
      ++end;
    }
    *era = found;
    return end;
  }
  return pos;
}

std::vector<int> UnitsOfEra(const Analysis& a, size_t pos, Era era, const std::vector<int>& units,
                            const std::function<std::vector<int>(std::vector<int>)>& narrow) {
  if (era == Era::kStory && pos < a.old_scope.size() && a.old_scope[pos]) era = Era::kOld;
  std::vector<std::string> maps;  // in order of preference; "" any map
  if (era == Era::kOld) maps = {kMarch};
  else if (era == Era::kNew) maps = {kJuly, a.map};
  else maps = {a.map};
  if (era != Era::kOld && a.map == kJuly) maps.push_back(kMarch);
  for (const std::string& m : maps) {
    std::vector<int> on;
    for (int u : units)
      if (m.empty() || a.gz->unit(u).map == m) on.push_back(u);
    if (on.empty()) continue;
    on = narrow(std::move(on));
    if (!on.empty()) return on;
  }
  return {};
}

UnitMatch MatchUnits(const Analysis& a, size_t pos, size_t limit,
                     const std::function<std::vector<int>(std::vector<int>)>& narrow) {
  UnitMatch r;
  std::vector<int> any;
  r.length = a.gz->MatchName(a.tokens, pos, limit, &any);
  if (!r.length) return r;
  r.end = EraMarkerAt(a, pos + r.length, limit, &r.era);
  if (r.era == Era::kStory && pos < a.old_scope.size() && a.old_scope[pos]) r.era = Era::kOld;
  r.units = UnitsOfEra(a, pos, r.era, any, narrow);
  if (!r.units.empty()) return r;
  // A shorter name may have candidates where the longest has none ("xã Sơn
  // Tây Hạ" of the July map in an older story): the longest such name.
  std::vector<int> shorter;
  size_t n = a.gz->MatchName(a.tokens, pos, limit, &shorter, [&](int u) {
    return !UnitsOfEra(a, pos, r.era, {u}, narrow).empty();
  });
  if (!n || n == r.length) return r;
  r.length = n;
  Era era = Era::kStory;
  r.end = EraMarkerAt(a, pos + n, limit, &era);
  if (era != Era::kStory) r.era = era;
  r.units = UnitsOfEra(a, pos, r.era, shorter, narrow);
  return r;
}

bool OnStoryMap(const Analysis& a, const LocRef& l) {
  if (a.map.empty() || l.units.empty()) return true;
  for (int u : l.units)
    if (a.gz->unit(u).map == a.map) return true;
  return false;
}

void VoteMap(Analysis* a) {
  if (!a->map.empty()) return;
  for (LocRef& l : a->frame) SameUnitOnBothMaps(*a->gz, &l);
  std::set<std::string> votes;
  for (const LocRef& l : a->frame) {
    std::set<std::string> maps;
    for (int u : l.units) maps.insert(a->gz->unit(u).map);
    if (maps.size() == 1) votes.insert(*maps.begin());
  }
  if (votes.size() != 1) return;
  a->named_map = *votes.begin();
  for (LocRef& l : a->frame) {
    std::vector<int> keep;
    for (int u : l.units)
      if (a->gz->unit(u).map == a->named_map) keep.push_back(u);
    if (!keep.empty()) l.units = keep;
  }
}

}  // namespace vnkg::extract
