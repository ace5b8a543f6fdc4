// Organization phrases: "Ban Thường vụ Thành ủy Cần Thơ", "UBND tỉnh An
// Giang", "Đảng bộ các CQCQ quận" (their localities: localities.cc).
#include <algorithm>

#include "extract/analysis.h"
#include "extract/normalize.h"

namespace vnkg::extract {
namespace {

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
        o.loc.units = FilterUnits(a, o.loc.units, e.type_word);
        p = l->end;
      } else if (std::optional<LocRef> named = CommitteeUnit(a, p, limit, e.type_word)) {
        o.loc = *named;
        p = named->end;
      }
      o.loc.type = e.type_word;
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
        if (std::optional<LocRef> named = AnyUnitName(a, p, limit)) {
          o.loc = *named;
          p = named->end;
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
