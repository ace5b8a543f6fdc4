// Meeting mentions: every meeting noun of the story (meetings.tsv) that names
// a gathering which took place, with the body its sentence says holds it:
//   the subject of a convening verb ("Đảng bộ xã X (huyện Y, tỉnh Z) long
//   trọng tổ chức Đại hội", "UBND thành phố X, tỉnh Y, họp báo");
//   a visiting delegation ("đoàn công tác của Ban Thường vụ Tỉnh ủy ... làm
//   việc với");
//   the body named right after the noun ("kỳ họp thứ 9 HĐND huyện X").
// The words involved (convening verbs, their auxiliaries, visit words, what
// marks a gathering as planned or reviewed) are cue classes of cues.tsv.
#include "extract/meetings.h"

#include <algorithm>

#include "extract/normalize.h"

namespace vnkg::extract {
namespace {

// Longest cue phrase at i if it has class `cue`, else 0.
size_t CueLen(const Analysis& a, size_t i, size_t limit, Cue cue) {
  size_t len = 0;
  return a.CueAtIs(i, limit, cue, &len) ? len : 0;
}

// A venue word just before `pos` ("tại", "tại hội trường").
bool AfterVenue(const Analysis& a, size_t pos) {
  for (size_t back = 1; back <= 3 && back <= pos; ++back)
    if (a.CueAtIs(pos - back, pos, Cue::kVenue)) return true;
  return false;
}

// Words right before a meeting noun that make it no gathering of the story
// ("Nghị quyết Đại hội", "trình Đại hội", "chuẩn bị đại hội", "sẽ tổ chức
// hội nghị", "họp báo về Đại hội"), or right after it ("hội nghị sẽ diễn
// ra", "đại hội điểm").
bool Blocked(const Analysis& a, size_t i, size_t end, const Sentence& s) {
  // "họp báo về Đại hội ...": the topic of another gathering.
  size_t topic = 0;
  if (i > s.tok_begin && a.CueAtIs(i - 1, end, Cue::kTopic, &topic) && topic == 1) return true;
  for (size_t back = 1; back <= 3 && back <= i - s.tok_begin; ++back) {
    size_t j = i - back;
    if (!a.tokens[j].word) break;
    if (a.CueAtIs(j, i, Cue::kNotMeeting)) return true;
  }
  for (size_t k = end; k < s.tok_end && k < end + 4; ++k) {
    if (!a.tokens[k].word) break;
    if (a.CueAtIs(k, s.tok_end, Cue::kFuture)) return true;
  }
  return false;
}

// Skips what may stand between a subject and its verb: a term ("khóa IX,
// nhiệm kỳ 2016 – 2021"), a locality in apposition (", thành phố Thủ Dầu
// Một,") or in parentheses ("(Đắk Nông)", "(huyện Năm Căn, tỉnh Cà Mau)").
size_t SkipTerms(const Analysis& a, size_t i, size_t limit) {
  for (;;) {
    size_t j = SkipTermQualifier(a, i, limit);
    if (j > i) { i = j; continue; }
    if (a.Is(i, "(")) {
      size_t k = i + 1;
      while (k < limit && k < i + 14 && !a.Is(k, ")") && !a.Is(k, ".")) ++k;
      bool place = a.tokens[i + 1].cap || ParseLocality(a, i + 1, k).has_value();
      if (k > i + 1 && a.Is(k, ")") && place) { i = k + 1; continue; }
    }
    if (a.Is(i, ",") && SkipTermQualifier(a, i + 1, limit) > i + 1) { ++i; continue; }
    if (a.Is(i, ",")) {
      std::optional<LocRef> l = ParseLocality(a, i + 1, limit);
      if (l && l->named()) {
        i = l->end;
        // "UBND thành phố X, tỉnh Y, họp báo": the comma closing the apposition.
        if (a.Is(i, ",") && i + 1 == limit) ++i;
        continue;
      }
      if (CueLen(a, i + 1, limit, Cue::kConvene) || CueLen(a, i + 1, limit, Cue::kAux)) {
        ++i;
        continue;
      }
    }
    return i;
  }
}

// "Huyện ủy X (đã) tổ chức hội nghị", "Đoàn ĐBQH tỉnh tiếp xúc cử tri",
// "Đoàn công tác ... đã có buổi làm việc với": the subject.
const OrgMention* Subject(const Analysis& a, const std::vector<const OrgMention*>& orgs,
                          size_t begin, MeetingKind kind) {
  // The last organization ending before the noun (orgs are in text order).
  auto after = std::partition_point(orgs.begin(), orgs.end(),
                                    [&](const OrgMention* o) { return o->org.end <= begin; });
  const OrgMention* best = after == orgs.begin() ? nullptr : *(after - 1);
  // "tại Trung tâm Hội nghị tỉnh, Đại hội ...", "tại hội trường UBND xã":
  // a venue, not a subject.
  if (!best || AfterVenue(a, best->org.begin)) return nullptr;
  // "Văn phòng UBND phối hợp với Sở TT&TT tổ chức": the first body convenes.
  const OrgMention* partner_of = nullptr;
  size_t partner_len = 0;
  if (after - orgs.begin() >= 2 &&
      a.CueAtIs((*(after - 2))->org.end, best->org.begin, Cue::kPartner, &partner_len) &&
      (*(after - 2))->org.end + partner_len == best->org.begin)
    partner_of = *(after - 2);
  size_t i = SkipTerms(a, best->org.end, begin);
  const OrgMention* convener = partner_of ? partner_of : best;
  if (i == begin) return convener;
  bool visit = kind == MeetingKind::kWorking;
  bool verb = false, aux_only = true;
  size_t gap = 0;
  while (i < begin) {
    size_t len = 0;
    if ((len = CueLen(a, i, begin, Cue::kConvene))) {
      verb = true;
      aux_only = false;
    } else if (visit && (len = CueLen(a, i, begin, Cue::kVisit))) {
      aux_only = false;
    } else if (!(len = CueLen(a, i, begin, Cue::kAux))) {
      return nullptr;
    }
    i += len;
    gap += len;
  }
  // "Đoàn ĐBQH tỉnh (đã) tiếp xúc cử tri": the meeting noun is itself the verb.
  if (aux_only) return convener;
  return (verb || visit) && gap <= 6 ? convener : nullptr;
}

// "đoàn công tác (của) Ban Thường vụ Tỉnh ủy Bắc Ninh (đã) làm việc với": the
// visiting body, among the few organizations named before the noun.
const OrgMention* Delegation(const Analysis& a, const Sentence& s, size_t begin,
                             const std::vector<const OrgMention*>& orgs) {
  auto after = std::partition_point(orgs.begin(), orgs.end(),
                                    [&](const OrgMention* o) { return o->org.begin < begin; });
  for (auto it = after - std::min<ptrdiff_t>(after - orgs.begin(), 8); it != after; ++it) {
    const OrgMention* o = *it;
    size_t b = o->org.begin;
    // "đoàn công tác của Ban Thường vụ": a function word may stand between.
    if (b > s.tok_begin && CueLen(a, b - 1, b, Cue::kStop) == 1) --b;
    for (size_t back = 1; back <= 3 && back <= b - s.tok_begin; ++back)
      if (CueLen(a, b - back, b, Cue::kDelegation) == back) return o;
  }
  return nullptr;
}

// "kỳ họp thứ 9 HĐND huyện X", "Hội nghị lần thứ 12 Ban Chấp hành Đảng bộ
// tỉnh": the body named after the noun, before any verb, cue or person.
const OrgMention* BodyAfter(const Analysis& a, const Sentence& s, size_t end,
                            const std::vector<const OrgMention*>& orgs) {
  size_t limit = std::min(s.tok_end, end + 16);
  int commas = 0;
  size_t stop = limit;
  for (size_t i = end; i < limit; ++i) {
    if (a.Is(i, ".") || a.Is(i, ";") || a.Is(i, ":") || a.Is(i, "và") ||
        CueLen(a, i, limit, Cue::kVenue) || CueLen(a, i, limit, Cue::kTopic) ||
        (a.Is(i, ",") && ++commas > 1)) {
      stop = i;
      break;
    }
    // A person, a post or a verb starts: what follows is theirs, not the meeting's.
    if (a.lex->posts.Find(a.tokens, i, limit).length ||
        a.lex->honorifics.Find(a.tokens, i, limit).length ||
        CueLen(a, i, limit, Cue::kSpeaker) || CueLen(a, i, limit, Cue::kChair) ||
        CueLen(a, i, limit, Cue::kGuest) || CueLen(a, i, limit, Cue::kPredicate)) {
      stop = i;
      break;
    }
  }
  auto first = std::partition_point(orgs.begin(), orgs.end(),
                                    [&](const OrgMention* o) { return o->org.begin < end; });
  return first != orgs.end() && (*first)->org.begin < stop ? *first : nullptr;
}

// "Tại xã Cà Ná, ...": a named locality right after a venue word that opens
// the sentence.
std::optional<std::string> LeadPlace(const Analysis& a, const Sentence& s) {
  size_t len = CueLen(a, s.tok_begin, s.tok_end, Cue::kVenue);
  if (!len) return std::nullopt;
  std::optional<LocRef> l = ParseLocality(a, s.tok_begin + len, s.tok_end);
  if (!l || !l->named() || !a.Is(l->end, ",")) return std::nullopt;
  return FoldKey(l->type + " " + l->name);
}

}  // namespace

OrgsBySentence IndexOrgs(const Analysis& a) {
  OrgsBySentence by(a.sentences.size());
  for (const OrgMention& o : a.orgs)
    if (o.sentence < by.size()) by[o.sentence].push_back(&o);
  for (auto& v : by)
    std::sort(v.begin(), v.end(), [](const OrgMention* x, const OrgMention* y) {
      return x->org.begin < y->org.begin;
    });
  return by;
}

std::vector<MeetingMention> FindMeetingMentions(const Analysis& a, const OrgsBySentence& orgs) {
  std::vector<MeetingMention> out;
  for (size_t s = 0; s < a.sentences.size(); ++s) {
    const Sentence& sen = a.sentences[s];
    bool dated = false;
    std::optional<DayMonth> day;
    for (size_t i = sen.tok_begin; i < sen.tok_end; ++i) {
      if (a.masked[i]) continue;
      PhraseMatcher::Match m = a.lex->meetings.Find(a.tokens, i, sen.tok_end);
      if (!m.length) continue;
      size_t end = i + m.length;
      MeetingKind kind = a.lex->meeting_entries[m.value];
      // "tại Trung tâm Hội nghị tỉnh": a noun inside a body's name, or
      // ending the name of a place ("tại Trung tâm Tổ chức hội nghị tỉnh").
      auto org = std::partition_point(orgs[s].begin(), orgs[s].end(),
                                      [&](const OrgMention* o) { return o->org.end <= i; });
      bool inside = org != orgs[s].end() && (*org)->org.begin <= i;
      const OrgMention* before = org == orgs[s].begin() ? nullptr : *(org - 1);
      bool venue = before && before->org.end == i && AfterVenue(a, before->org.begin);
      if (inside || venue) { i = end - 1; continue; }
      if (Blocked(a, i, end, sen)) { i = end - 1; continue; }
      MeetingMention mm{s, i, end, kind, s < a.title_sentence_end, nullptr, false, {}};
      if (const OrgMention* o = Subject(a, orgs[s], i, kind)) {
        mm.convener = o;
        mm.convener_is_subject = true;
      } else if (kind == MeetingKind::kVerb) {
        continue;  // "họp" is a gathering only after its subject
      } else if (kind == MeetingKind::kWorking) {
        mm.convener = Delegation(a, sen, i, orgs[s]);
      } else {
        mm.convener = BodyAfter(a, sen, end, orgs[s]);
      }
      if (!dated) {
        day = FindDayMonth(a, s);
        dated = true;
      }
      mm.day = day;
      mm.place = LeadPlace(a, sen);
      out.push_back(mm);
      i = end - 1;
    }
  }
  return out;
}

}  // namespace vnkg::extract
