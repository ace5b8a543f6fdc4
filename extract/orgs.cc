// Organization and locality phrases: "Ban Thường vụ Thành ủy Cần Thơ",
// "UBND tỉnh An Giang", "Đảng bộ các CQCQ quận", "xã Trần Hợi".
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

std::vector<int> AnyUnits(std::vector<int> units) { return units; }

bool StartsWithSurname(const Analysis& a, size_t pos, size_t limit) {
  return a.lex->surnames.Find(a.tokens, pos, limit).length > 0;
}

bool IsNameWord(const Token& t) { return t.word && !t.number && (t.cap || t.all_caps); }

// An abbreviation written as one ("KH&ĐT", "T.Ư"): every word of the match
// in capitals or a single capital letter, so "Tư pháp" is not "TƯ".
size_t AbbreviationAt(const Analysis& a, size_t pos, size_t limit, std::string* expansion) {
  PhraseMatcher::Match m = a.lex->abbreviations.Find(a.tokens, pos, limit);
  for (size_t i = pos; i < pos + m.length; ++i) {
    const Token& t = a.tokens[i];
    std::string_view s = a.Surface(i);
    size_t chars = 0;
    for (unsigned char c : s) chars += (c & 0xC0) != 0x80;
    if (t.word && !t.number && !t.all_caps && !(t.cap && chars == 1)) return 0;
  }
  if (m.length) *expansion = a.lex->abbreviation_entries[m.value];
  return m.length;
}

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

// A cue that ends a department's name when it follows a capitalised word:
// verbs and function words, not "nguyên" in "Tài nguyên" nor "trường" in
// "Môi trường".
bool EndsDepartmentName(const Analysis& a, size_t i, size_t limit) {
  auto [entry, len] = a.CueAt(i, limit);
  if (entry < 0) return false;
  for (Cue c : {Cue::kFormer, Cue::kCurrent, Cue::kInstitution, Cue::kSettlement})
    if (a.lex->CueIs(entry, c)) return false;
  return true;
}

}  // namespace

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

namespace {

// Qualifier words of a non-territorial body: "các CQCQ", "Khối doanh nghiệp".
size_t ParseQualifier(const Analysis& a, size_t pos, size_t limit, std::string* out) {
  size_t i = pos;
  bool lower_ok = a.Is(pos, "các") || a.Is(pos, "khối");  // "các CQCQ", "Khối các cơ quan"
  if (StartsWithSurname(a, pos, limit) && pos + 1 < limit && IsNameWord(a.tokens[pos + 1]))
    return pos;
  std::string q;
  while (i < limit && i - pos < 8 && a.tokens[i].word && a.tokens[i].newlines_before == 0) {
    if (a.lex->loc_types.Find(a.tokens, i, limit).length) break;
    // "Khối các cơ quan và doanh nghiệp": "các" and "và" belong to the name here.
    if (i > pos && !a.Is(i, "các") && !a.Is(i, "và") && a.lex->cues.Find(a.tokens, i, limit).length)
      break;
    std::string word;
    size_t len = AbbreviationAt(a, i, limit, &word);
    // "Công an", "Chính phủ", "Ngân hàng": a word's lower-case second syllable.
    bool second = i > pos && IsNameWord(a.tokens[i - 1]) && !a.tokens[i - 1].all_caps &&
                  a.tokens[i].word && !a.tokens[i].number && !EndsDepartmentName(a, i, limit);
    if (!len && (IsNameWord(a.tokens[i]) || lower_ok || second)) {
      word = std::string(a.Surface(i));
      len = 1;
    } else if (!len) {
      break;
    }
    if (!q.empty()) q += ' ';
    q += word;
    i += len;
  }
  if (i == pos || (lower_ok && i == pos + 1)) return pos;
  *out = q;
  return i;
}

// Name words of a department: "Kế hoạch và Đầu tư", "Tư pháp", "Lao động -
// Thương binh và Xã hội", "KH&ĐT" (expanded). Each word starts with a
// capital; its second syllable may be lower case ("Tư pháp"); "và", "-" and
// "," join words.
size_t ParseDepartmentName(const Analysis& a, size_t pos, size_t limit, std::string* out) {
  size_t i = pos;
  size_t last = pos;
  std::string name;
  size_t kept = 0;  // name's length up to `last`
  auto add = [&](std::string_view word, bool space) {
    if (space && !name.empty()) name += ' ';
    name += word;
  };
  while (i < limit && i - pos < 10 && a.tokens[i].newlines_before == 0) {
    const Token& t = a.tokens[i];
    if (a.lex->loc_types.Find(a.tokens, i, limit).length) break;
    if (i > pos && StartsWithSurname(a, i, limit) && i + 1 < limit && IsNameWord(a.tokens[i + 1]))
      break;
    std::string expansion;
    size_t ab = i == pos || i == last ? AbbreviationAt(a, i, limit, &expansion) : 0;
    if (ab) {
      add(expansion, true);
      i += ab;
      last = i;
      kept = name.size();
      continue;
    }
    if (IsNameWord(t)) {
      add(a.Surface(i), t.space_before || i == pos);
      ++i;
      last = i;
      kept = name.size();
      continue;
    }
    bool after_capital = i > pos && i == last && IsNameWord(a.tokens[i - 1]);
    if (t.word && !t.number && after_capital && !a.Is(i, "và") &&
        !EndsDepartmentName(a, i, limit)) {
      add(a.Surface(i), t.space_before);
      ++i;
      last = i;
      kept = name.size();
      continue;
    }
    bool joiner = a.Is(i, "và") || a.Is(i, "-") || a.Is(i, "–") || a.Is(i, ",");
    if (joiner && i == last && i > pos && i + 1 < limit && IsNameWord(a.tokens[i + 1]) &&
        !a.lex->posts.Find(a.tokens, i + 1, limit).length) {
      add(a.Surface(i), t.space_before);
      ++i;
      continue;
    }
    break;
  }
  if (last == pos) return pos;
  name.resize(kept);
  *out = name;
  return last;
}

// "Đảng bộ X" stands for the committee that leads it.
void PartyOrgToCommittee(OrgRef* o) {
  static const std::pair<const char*, const char*> kByType[] = {
      {"tỉnh", "Tỉnh ủy"}, {"thành phố", "Thành ủy"}, {"quận", "Quận ủy"},
      {"huyện", "Huyện ủy"}, {"thị xã", "Thị ủy"}};
  o->kind = graph::OrgKind::kPartyCommittee;
  for (const auto& [type, head] : kByType) {
    if (o->loc.type == type) {
      o->cls = BodyClass::kCommittee;
      o->head = head;
      o->type_word = type;
      return;
    }
  }
  o->cls = BodyClass::kPartyUnit;
  o->head = "Đảng ủy";
}

}  // namespace

size_t SkipTermQualifier(const Analysis& a, size_t pos, size_t limit) {
  size_t i = pos;
  for (;;) {
    size_t start = i;
    bool paren = a.Is(i, "(");
    size_t j = paren ? i + 1 : i;
    if (a.Is(j, "khóa") || a.Is(j, "khoá")) {
      j += 1;
      if (j < limit && a.tokens[j].word) ++j;
    } else if (a.Is(j, "nhiệm") && a.Is(j + 1, "kỳ")) {
      j += 2;
      while (j < limit && (a.tokens[j].number || a.Is(j, "-") || a.Is(j, "–"))) ++j;
    } else if (paren && j < limit && a.tokens[j].number) {
      while (j < limit && (a.tokens[j].number || a.Is(j, "-") || a.Is(j, "–"))) ++j;
    } else {
      return i;
    }
    if (paren) {
      if (!a.Is(j, ")")) return start;
      ++j;
    }
    if (j > limit) return start;
    i = j;
  }
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

namespace {

// A verb or function word ends the purpose in a body's name ("Ban Chỉ đạo
// chuyển đổi số tỉnh X báo cáo ...").
bool PurposeEnds(const Analysis& a, size_t i, size_t limit) {
  for (Cue c : {Cue::kStop, Cue::kSpeaker, Cue::kChair, Cue::kGuest, Cue::kPresent, Cue::kConvene,
                Cue::kPredicate})
    if (a.CueAtIs(i, limit, c)) return true;
  return false;
}

}  // namespace

std::optional<OrgRef> ParseOrg(const Analysis& a, size_t pos, size_t limit) {
  const Lexicon& lex = *a.lex;
  PhraseMatcher::Match m = lex.bodies.Find(a.tokens, pos, limit);
  if (!m.length) return std::nullopt;
  const BodyEntry& e = lex.body_entries[m.value];
  OrgRef o;
  o.head = e.head;
  o.kind = e.kind;
  o.cls = e.cls;
  o.noun = e.noun;
  o.type_word = e.type_word;
  o.begin = pos;
  size_t p = pos + m.length;
  // "Ban Thường vụ (BTV) Thành ủy": skip the abbreviation in parentheses.
  if (a.Is(p, "(") && p + 2 < limit && a.tokens[p + 1].all_caps && a.Is(p + 2, ")")) p += 3;

  switch (e.cls) {
    case BodyClass::kCentral:
      break;
    case BodyClass::kCommittee: {
      std::optional<LocRef> l = ParseLocality(a, p, limit);
      if (l && l->named()) {
        o.loc = *l;
        p = l->end;
      } else {
        // "Huyện ủy Lệ Thủy (cũ)": the units the committee's type governs.
        UnitMatch um = MatchUnits(a, p, limit, [&](std::vector<int> units) {
          std::vector<int> fit;
          for (int u : units)
            if (e.type_word == "tỉnh" ? a.gz->unit(u).level == 1
                : e.type_word == "thành phố" ? TypeFits(a.gz->unit(u), "thành phố")
                                             : a.gz->unit(u).level == 2)
              fit.push_back(u);
          return fit;
        });
        size_t n = um.length;
        if (n && e.type_word != "tỉnh" && NameGoesOn(a, p + n, limit) > p + n) n = 0;
        if (n && !um.units.empty()) {
          o.loc.units = um.units;
          o.loc.name = NameFromUnits(a, um.units, p, p + n);
          o.loc.begin = p;
          o.loc.era = um.era;
          p = um.end;
          o.loc.end = p;
        } else {
          size_t end = e.type_word != "tỉnh" ? UnknownNameRun(a, p, limit, 3)
                                             : ForeignName(a, p, limit);
          if (end > p) {
            o.loc.name = ProperCase(a.SurfaceRange(p, end));
            o.loc.begin = p;
            p = EraMarkerAt(a, end, limit, &o.loc.era);
            o.loc.end = p;
          }
        }
      }
      o.loc.type = e.type_word;
      if (!o.loc.units.empty())
        o.loc.units = FilterUnits(a, o.loc.units, e.type_word);
      break;
    }
    case BodyClass::kPartyUnit:
    case BodyClass::kPartyOrg: {
      std::optional<LocRef> l = ParseLocality(a, p, limit);
      if (!l && e.cls == BodyClass::kPartyUnit) l = BareUnitName(a, p, limit, true);
      if (l) {
        o.loc = *l;
        p = l->end;
      } else {
        size_t q = ParseQualifier(a, p, limit, &o.qualifier);
        if (q > p) {
          p = q;
          std::optional<LocRef> tail = ParseLocality(a, p, limit);
          if (tail) {
            o.loc = *tail;
            p = tail->end;
          }
        }
      }
      if (e.cls == BodyClass::kPartyOrg) {
        if (o.loc.type.empty() && o.qualifier.empty() && !o.loc.named()) break;
        if (!o.qualifier.empty()) {
          o.cls = BodyClass::kPartyUnit;
          o.head = "Đảng ủy";
        } else {
          PartyOrgToCommittee(&o);
        }
      }
      break;
    }
    case BodyClass::kBch: {
      std::optional<OrgRef> sub = ParseOrg(a, p, limit);
      if (sub && (sub->cls == BodyClass::kCommittee || sub->cls == BodyClass::kPartyUnit)) {
        sub->begin = pos;
        return sub;
      }
      break;
    }
    case BodyClass::kBoard: {
      std::optional<OrgRef> sub = ParseOrg(a, p, limit);
      if (sub && sub->cls != BodyClass::kBoard && sub->cls != BodyClass::kNamed) {
        p = sub->end;
        o.parent = std::make_shared<OrgRef>(std::move(*sub));
      }
      break;
    }
    case BodyClass::kPurpose: {
      // "Ban Chỉ đạo giảm nghèo bền vững (của) tỉnh X": the purpose's words
      // up to the locality, a post, a verb or function word, or punctuation.
      size_t q = p;
      while (q < limit && q < p + 10 && a.tokens[q].word && !a.tokens[q].number &&
             a.tokens[q].newlines_before == 0 && !a.lex->loc_types.Find(a.tokens, q, limit).length &&
             !PurposeEnds(a, q, limit) && !a.lex->posts.Find(a.tokens, q, limit).length)
        ++q;
      if (q > p) o.qualifier = a.SurfaceRange(p, q);
      p = q;
      size_t of = p < limit && a.Is(p, "của") ? p + 1 : p;
      std::optional<LocRef> l = ParseLocality(a, of, limit);
      if (l) {
        o.loc = *l;
        p = l->end;
      }
      break;
    }
    case BodyClass::kGov: {
      std::optional<LocRef> l = ParseLocality(a, p, limit);
      if (!l) l = BareUnitName(a, p, limit, false);
      if (l) {
        o.loc = *l;
        p = l->end;
      }
      break;
    }
    case BodyClass::kNamed: {
      bool youth = e.head.find("đoàn") != std::string::npos;  // "Tỉnh đoàn Kiên Giang"
      if (youth) {
        UnitMatch um = MatchUnits(a, p, limit, AnyUnits);
        if (um.length && !um.units.empty()) {
          o.loc.units = um.units;
          o.loc.name = NameFromUnits(a, um.units, p, p + um.length);
          o.loc.begin = p;
          o.loc.era = um.era;
          p = um.end;
          o.loc.end = p;
        }
        break;
      }
      // "Chi bộ thôn Đông", "Chi bộ khu phố 5": a cell named after its settlement.
      std::string settlement;
      size_t len = 0;
      if (e.head == "Chi bộ" && a.CueAtIs(p, limit, Cue::kSettlement, &len) && p + len < limit &&
          (a.tokens[p + len].cap || a.tokens[p + len].number)) {
        settlement = a.SurfaceRange(p, p + len + (a.tokens[p + len].number ? 1 : 0));
        p += len + (a.tokens[p + len].number ? 1 : 0);
      }
      size_t q = ParseDepartmentName(a, p, limit, &o.qualifier);
      if (!settlement.empty()) o.qualifier = settlement + (o.qualifier.empty() ? "" : " " + o.qualifier);
      if (q == p && e.head != "Chi bộ") return std::nullopt;
      p = q;
      std::optional<LocRef> l = ParseLocality(a, p, limit);
      if (l && l->named()) {
        o.loc = *l;
        p = l->end;
      } else if (l && !l->type.empty()) {
        o.loc = *l;
        p = l->end;
      }
      break;
    }
  }
  o.end = p;
  return o;
}

OrgRef PartyCommitteeOf(const LocRef& loc) {
  OrgRef o;
  o.loc = loc;
  PartyOrgToCommittee(&o);
  return o;
}

OrgRef* LocalBody(OrgRef* org) {
  while (org->cls == BodyClass::kBoard && org->parent) org = org->parent.get();
  return org;
}

std::string OrgName(const OrgRef& o) {
  std::string name = o.head;
  auto add = [&name](const std::string& part) {
    if (!part.empty()) name += (name.empty() ? "" : " ") + part;
  };
  switch (o.cls) {
    case BodyClass::kCentral:
    case BodyClass::kBch:
      break;
    case BodyClass::kCommittee:
      // "Quận ủy Quận 3": a numbered unit keeps its type word.
      if (!o.loc.name.empty() && std::all_of(o.loc.name.begin(), o.loc.name.end(), ::isdigit))
        add(UpperFirst(o.loc.type) + " " + o.loc.name);
      else
        add(o.loc.name);
      break;
    case BodyClass::kBoard:
      if (o.parent) add(OrgName(*o.parent));
      break;
    case BodyClass::kPartyUnit:
    case BodyClass::kPartyOrg:
    case BodyClass::kGov:
    case BodyClass::kNamed:
    case BodyClass::kPurpose:
      add(o.qualifier);
      add(o.loc.type);
      add(o.loc.name);
      break;
  }
  return name;
}

std::vector<std::string> OrgTypeSet(const Lexicon& lex, const OrgRef& o) {
  switch (o.cls) {
    case BodyClass::kCommittee:
      return {o.type_word};
    case BodyClass::kPartyUnit:
      if (!o.loc.type.empty()) return {o.loc.type};
      if (!o.qualifier.empty()) return {};
      return lex.TypesAtLevel(3);  // "phường", "xã", "thị trấn", "đặc khu"
    case BodyClass::kGov:
    case BodyClass::kNamed:
      if (!o.loc.type.empty()) return {o.loc.type};
      if (o.head == "Sở" || o.head == "Đoàn đại biểu Quốc hội" ||
          o.head.find("Tỉnh") == 0 || o.head == "Công an")
        return {"@province"};  // any province-level unit
      return {};
    case BodyClass::kPurpose:
      if (!o.loc.type.empty()) return {o.loc.type};
      return {};
    default:
      return {};
  }
}

}  // namespace vnkg::extract
