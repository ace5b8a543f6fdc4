// Locality phrases ("xã Trần Hợi", "huyện Lệ Thủy (cũ)", "TP.HCM") and the
// names after a body's head ("Huyện ủy Lệ Thủy", "UBND Tuy An"): their
// candidates on the map the mention is read on (which_map.cc).
#include <algorithm>

#include "extract/analysis.h"
#include "extract/normalize.h"

namespace vnkg::extract {

namespace {

// 1 province, 2 district, 3 commune; 0 "thành phố": a province (central
// city) or a district (localities.tsv).
int LevelOfType(const Analysis& a, const std::string& type) { return a.lex->TypeLevel(type); }

bool TypeFits(const Unit& u, const std::string& type) {
  return u.type == type;
}

bool LevelFits(const Analysis& a, const Unit& u, const std::string& type) {
  int level = LevelOfType(a, type);
  return level ? u.level == level : u.level <= 2;
}

std::vector<int> AnyUnits(std::vector<int> units) { return units; }

// A run of capitalised words that is not a person's name: for localities the
// gazetteer lacks. Words in capitals are not taken: in a headline in
// capitals every word looks like a name. Returns its end, or pos.
size_t UnknownNameRun(const Analysis& a, size_t pos, size_t limit, size_t max_len) {
  if (pos >= limit || StartsWithSurname(a, pos, limit)) return pos;
  size_t i = pos;
  for (size_t n = 0; i < limit && n < max_len && IsNameWord(a.tokens[i]) &&
                     !a.tokens[i].all_caps && (i == pos || a.tokens[i].newlines_before == 0) &&
                     a.lex->bodies.Find(a.tokens, i, limit).length == 0 &&
                     a.lex->posts.Find(a.tokens, i, limit).length == 0;
       ++n)
    i = a.GluedEnd(i, limit);
  return i;
}

// A foreign place written with hyphens ("Sa-van-na-khẹt"): not in the
// gazetteer, even at province level. Returns its end, or pos.
size_t ForeignName(const Analysis& a, size_t pos, size_t limit) {
  if (pos >= limit || !IsNameWord(a.tokens[pos]) || a.GluedEnd(pos, limit) == pos + 1) return pos;
  return UnknownNameRun(a, pos, limit, 2);
}

// "xã Sơn Tây Hạ": capitalised name words right after a gazetteer name
// make a longer name, not that unit. Returns their end (pos when none).
size_t NameGoesOn(const Analysis& a, size_t pos, size_t limit) {
  size_t i = pos;
  while (i < limit && i - pos < 2 && IsNameWord(a.tokens[i]) && !a.tokens[i].all_caps &&
         a.tokens[i].space_before && a.tokens[i].newlines_before == 0 &&
         !StartsWithSurname(a, i, limit) && !a.lex->loc_types.Find(a.tokens, i, limit).length &&
         !a.lex->bodies.Find(a.tokens, i, limit).length &&
         !a.lex->posts.Find(a.tokens, i, limit).length && a.CueAt(i, limit).first < 0)
    ++i;
  return i;
}

// A place's name as the story writes it ("Bình Thủy"), or the gazetteer's
// when the story shouts it in capitals.
std::string NameFromUnits(const Analysis& a, const std::vector<int>& units, size_t b, size_t e) {
  bool shouted = false;
  for (size_t i = b; i < e; ++i) shouted = shouted || a.tokens[i].all_caps;
  if (shouted && !units.empty()) return a.gz->unit(units[0]).name;
  return a.SurfaceRange(b, e);
}

}  // namespace

bool StartsWithSurname(const Analysis& a, size_t pos, size_t limit) {
  return a.lex->surnames.Find(a.tokens, pos, limit).length > 0;
}

bool IsNameWord(const Token& t) { return t.word && !t.number && (t.cap || t.all_caps); }

// Keeps the candidates that fit the type word; failing that, its level.
std::vector<int> FilterUnits(const Analysis& a, const std::vector<int>& units,
                             const std::string& type) {
  if (type.empty()) return units;
  std::vector<int> out;
  for (int u : units)
    if (TypeFits(a.gz->unit(u), type)) out.push_back(u);
  if (!out.empty()) return out;
  for (int u : units)
    if (LevelFits(a, a.gz->unit(u), type)) out.push_back(u);
  return out;
}

std::optional<LocRef> BareUnitName(const Analysis& a, size_t pos, size_t limit, bool communes) {
  if (pos >= limit || !IsNameWord(a.tokens[pos]) || a.tokens[pos].all_caps) return std::nullopt;
  const Gazetteer& g = *a.gz;
  UnitMatch m = MatchUnits(a, pos, limit, AnyUnits);
  const std::vector<int>& units = m.units;
  size_t n = m.length;
  if (!n || units.empty() || NameGoesOn(a, pos + n, limit) > pos + n) return std::nullopt;
  if (StartsWithSurname(a, pos, limit) &&
      (communes || std::none_of(units.begin(), units.end(),
                                [&](int u) { return g.unit(u).level == 1; })))
    return std::nullopt;
  size_t e = m.end;
  if (e < limit && a.tokens[e].word && !a.tokens[e].cap && !a.tokens[e].number &&
      a.CueAt(e, limit).first < 0 && !a.lex->loc_types.Find(a.tokens, e, limit).length)
    return std::nullopt;
  int level = 3;
  if (!communes)
    for (int u : units) level = std::min(level, g.unit(u).level);
  LocRef loc;
  for (int u : units) {
    if (g.unit(u).level != level) continue;
    if (!loc.units.empty() && g.unit(u).type != loc.type) return std::nullopt;
    loc.type = g.unit(u).type;
    loc.units.push_back(u);
  }
  if (loc.units.empty()) return std::nullopt;
  loc.name = NameFromUnits(a, loc.units, pos, pos + n);
  loc.begin = pos;
  loc.end = e;
  loc.era = m.era;
  return loc;
}

std::optional<LocRef> ParseLocality(const Analysis& a, size_t pos, size_t limit) {
  const Lexicon& lex = *a.lex;
  PhraseMatcher::Match m = lex.loc_types.Find(a.tokens, pos, limit);
  if (!m.length) return std::nullopt;
  // "xã hội": a longer word that starts with a type word.
  size_t block = 0;
  if (a.CueAtIs(pos, limit, Cue::kBlock, &block) && block > m.length) return std::nullopt;
  const auto& [alias, value] = lex.loc_type_entries[m.value];
  LocRef loc;
  loc.begin = pos;
  loc.end = pos + m.length;
  if (alias) {
    // "TPHCM", "Sài Gòn": the gazetteer unit the alias stands for.
    loc.end = EraMarkerAt(a, loc.end, limit, &loc.era);
    loc.units = UnitsOfEra(a, pos, loc.era, a.gz->FindFullName(value), AnyUnits);
    if (loc.units.empty()) return std::nullopt;
    const Unit& u = a.gz->unit(loc.units[0]);
    loc.type = u.type;
    loc.name = u.name;
    return loc;
  }
  loc.type = value;
  size_t p = loc.end;
  if (lex.loc_type_numbered[m.value] && !(p < limit && a.tokens[p].number)) return std::nullopt;
  int level = LevelOfType(a, loc.type);
  if (p < limit && a.tokens[p].newlines_before) return loc;
  // "tỉnh Thừa Thiên Huế": a known alias after a type word keeps the text's
  // type and name (the story may predate a renaming) and the alias's unit.
  PhraseMatcher::Match alias_m = lex.loc_types.Find(a.tokens, p, limit);
  if (alias_m.length && lex.loc_type_entries[alias_m.value].first) {
    loc.end = EraMarkerAt(a, p + alias_m.length, limit, &loc.era);
    loc.units = UnitsOfEra(a, pos, loc.era,
                           a.gz->FindFullName(lex.loc_type_entries[alias_m.value].second), AnyUnits);
    bool abbreviation = a.tokens[p].all_caps;
    loc.name = abbreviation && !loc.units.empty() ? a.gz->unit(loc.units[0]).name
                                                  : ProperCase(a.SurfaceRange(p, p + alias_m.length));
    return loc;
  }
  // Candidates of the type written; a province type with none is no place.
  UnitMatch um = MatchUnits(a, p, limit, [&](std::vector<int> units) {
    return FilterUnits(a, units, loc.type);
  });
  size_t n = um.length;
  if (n && level >= 2) {
    size_t more = NameGoesOn(a, p + n, limit);
    if (more > p + n) {
      loc.name = ProperCase(a.SurfaceRange(p, more));
      loc.end = EraMarkerAt(a, more, limit, &loc.era);
      return loc;
    }
  }
  if (n) {
    loc.units = um.units;
    if (loc.units.empty() && level == 1) return loc;
    loc.name = NameFromUnits(a, loc.units, p, p + n);
    loc.end = um.end;
    loc.era = um.era;
    return loc;
  }
  if (p < limit && a.tokens[p].number && level >= 2) {  // "Phường 7"
    loc.name = std::string(a.Surface(p));
    loc.end = EraMarkerAt(a, p + 1, limit, &loc.era);
    return loc;
  }
  // Every province is in the gazetteer, unless it is abroad.
  size_t e = level == 1 ? ForeignName(a, p, limit) : UnknownNameRun(a, p, limit, 3);
  if (e > p) {
    loc.name = ProperCase(a.SurfaceRange(p, e));
    loc.end = EraMarkerAt(a, e, limit, &loc.era);
  }
  return loc;
}

std::optional<LocRef> CommitteeUnit(const Analysis& a, size_t pos, size_t limit,
                                    const std::string& type_word) {
  // "Huyện ủy Lệ Thủy (cũ)": the units the committee's type governs.
  UnitMatch um = MatchUnits(a, pos, limit, [&](std::vector<int> units) {
    std::vector<int> fit;
    for (int u : units)
      if (type_word == "tỉnh" ? a.gz->unit(u).level == 1
          : type_word == "thành phố" ? TypeFits(a.gz->unit(u), "thành phố")
                                     : a.gz->unit(u).level == 2)
        fit.push_back(u);
    return fit;
  });
  size_t n = um.length;
  if (n && type_word != "tỉnh" && NameGoesOn(a, pos + n, limit) > pos + n) n = 0;
  LocRef loc;
  loc.begin = pos;
  if (n && !um.units.empty()) {
    loc.units = FilterUnits(a, um.units, type_word);
    loc.name = NameFromUnits(a, um.units, pos, pos + n);
    loc.era = um.era;
    loc.end = um.end;
    return loc;
  }
  size_t end = type_word != "tỉnh" ? UnknownNameRun(a, pos, limit, 3) : ForeignName(a, pos, limit);
  if (end == pos) return std::nullopt;
  loc.name = ProperCase(a.SurfaceRange(pos, end));
  loc.end = EraMarkerAt(a, end, limit, &loc.era);
  return loc;
}

std::optional<LocRef> AnyUnitName(const Analysis& a, size_t pos, size_t limit) {
  UnitMatch um = MatchUnits(a, pos, limit, AnyUnits);
  if (!um.length || um.units.empty()) return std::nullopt;
  LocRef loc;
  loc.units = um.units;
  loc.name = NameFromUnits(a, um.units, pos, pos + um.length);
  loc.begin = pos;
  loc.era = um.era;
  loc.end = um.end;
  return loc;
}

}  // namespace vnkg::extract
