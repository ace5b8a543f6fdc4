// Meeting events: the mentions of gatherings a story makes (meeting_mentions)
// are merged into events, and each event is completed from all of its
// mentions.
//
// Event coreference. A mention joins the event before it unless it reports
// another gathering: its own sentence names a convening subject other than
// the event's ("Cùng ngày, HĐND huyện Y tổ chức kỳ họp"), or a day other
// than the event's (a digest page of dated items), unless it is a later day
// of the same body's congress or session. Bare mentions ("Chỉ đạo tại đại
// hội", the headline) join the event they stand in; mentions before the
// first report join it. The items of a round-up ("Tại xã A, đại hội ...
// Tại xã B, đại hội ...") are events of their own. A second event is kept
// only when the story places people at it, reports it in full (convening
// subject and day), or as such an item.
//
// Organizer (FORMAT.md "Meeting organizer"), the first that applies: the
// convening subject (or the first of two partners); a party cell's meeting;
// a visiting delegation's body (or its leader's); the body named right after
// the noun; the body opening the dated lead sentence ("Ngày 6/4, BTV Huyện ủy
// X đã duyệt ..."); the body led (as head, else deputy; never as a mere
// member, never by a guest) by whoever chairs, else speaks, else is there;
// for a congress, the Đảng bộ named in its sentences, else in the story.
#include "extract/meetings.h"

#include <algorithm>

#include "extract/normalize.h"

namespace vnkg::extract {
namespace {

std::string ResolvedName(const Analysis& a, OrgRef org, size_t at) {
  ResolveOrg(a, at, &org);
  if (org.cls == BodyClass::kBoard && org.parent) ResolveOrg(a, at, org.parent.get());
  return OrgName(org);
}

std::optional<std::string> SubjectName(const Analysis& a, const MeetingMention& m) {
  if (!m.convener_is_subject) return std::nullopt;
  return FoldKey(ResolvedName(a, m.convener->org, m.convener->org.begin));
}

bool MultiDay(MeetingKind k) {
  return k == MeetingKind::kCongress || k == MeetingKind::kCouncil ||
         k == MeetingKind::kFirstSession;
}

// Whether only a lead stands before token `end` in its sentence: a date, a
// time word, "Cùng ngày", "Trước đó", punctuation. Requires at least one word (a
// date's number or a time word) when `dated`.
bool OnlyLeadBefore(const Analysis& a, size_t sentence, size_t end, bool dated) {
  constexpr size_t kMaxLead = 24;  // tokens; "Sáng ngày 12 tháng 3 năm 2024, " is 10
  size_t begin = a.sentences[sentence].tok_begin;
  if (end > begin + kMaxLead) return false;
  bool date = false;
  for (size_t i = begin; i < end;) {
    size_t len = 0;
    if (a.CueAtIs(i, end, Cue::kTime, &len) || a.CueAtIs(i, end, Cue::kSameDay, &len)) {
      date = true;
      i += len;
    } else if (a.CueAtIs(i, end, Cue::kItemLead, &len) ||
               a.CueAtIs(i, end, Cue::kTimeFill, &len)) {
      i += len;
    } else if (a.tokens[i].word && !a.tokens[i].number) {
      return false;
    } else {
      date = date || a.tokens[i].number;
      ++i;
    }
  }
  return date || !dated;
}

// What an event's mentions so far say of it: the first convening subject
// (folded) and the first day, in the body.
struct EventKeys {
  std::optional<std::string> org;
  std::optional<DayMonth> day;
  std::optional<std::string> place;
  void Add(const Analysis& a, const MeetingMention& m);
};

// Whether `m` reports a gathering other than the event's.
bool OtherGathering(const Analysis& a, const EventKeys& e, const MeetingMention& m) {
  // A round-up's items: "Tại xã A, đại hội ... Tại xã B, đại hội ...".
  if (m.place && e.place && *m.place != *e.place) return true;
  // Only a mention whose convener opens its sentence ("Cùng ngày, HĐND huyện
  // Y tổ chức", "Sáng 3/1, Ban Dân vận ... tổ chức") may report another
  // gathering; "7/16 đảng bộ trực thuộc Thành ủy đã tổ chức hội nghị" is background.
  bool opens = m.convener_is_subject &&
               OnlyLeadBefore(a, m.sentence, m.convener->org.begin, false);
  if (!opens && !(m.day && OnlyLeadBefore(a, m.sentence, m.begin, true))) return false;
  std::optional<std::string> org = opens ? SubjectName(a, m) : std::nullopt;
  if (org && e.org) return *org != *e.org;
  if (!m.day || !e.day) return false;
  bool other_day = m.day->day != e.day->day || m.day->month != e.day->month;
  return other_day && (org || !MultiDay(m.kind));
}

void EventKeys::Add(const Analysis& a, const MeetingMention& m) {
  if (m.headline) return;
  if (!org) org = SubjectName(a, m);
  if (!day) day = m.day;
  if (!place) place = m.place;
}

// The noun and what names the gathering after it, up to the clause's end or
// a verb of what was done there ("Hội nghị Ban Chấp hành Đảng bộ huyện lần
// thứ 42 thông qua ..." is named up to "thông qua"); `words` gets its length.
std::string MeetingName(const Analysis& a, const MeetingMention& mm, size_t* words) {
  const Sentence& s = a.sentences[mm.sentence];
  size_t end = mm.end;
  auto verb = [&](size_t i) {
    if (mm.kind == MeetingKind::kVerb) return false;  // "họp đánh giá ...": its purpose
    for (Cue c : {Cue::kSpeaker, Cue::kChair, Cue::kGuest, Cue::kPresent, Cue::kConvene,
                  Cue::kPredicate, Cue::kFuture})
      if (a.CueAtIs(i, s.tok_end, c)) return true;
    return false;
  };
  // A person or a post starts: what follows is theirs ("hội nghị, Phó Bí thư ...").
  auto person = [&](size_t i) {
    return a.lex->posts.Find(a.tokens, i, s.tok_end).length ||
           a.lex->honorifics.Find(a.tokens, i, s.tok_end).length;
  };
  while (end < s.tok_end && end < mm.begin + 30 && !a.Is(end, ".") && !a.Is(end, ";") &&
         !a.Is(end, ":") && !verb(end) && !a.Is(end, "có") && !person(end)) {
    // "Kỳ họp thứ 6 (kỳ họp chuyên đề)": a noun inside the name is no verb.
    size_t noun = a.lex->meetings.Find(a.tokens, end, s.tok_end).length;
    end += noun ? noun : 1;
  }
  while (end > mm.end && (a.Is(end - 1, ",") || a.Is(end - 1, "("))) --end;
  *words = end - mm.begin;
  return a.SurfaceRange(mm.begin, end);
}

// The event's name: its report's, unless another mention of it in the body
// names it more fully ("Tại xã A, đại hội có ..." beside "Đại hội Đảng bộ xã
// A lần thứ nhất, nhiệm kỳ 2025-2030").
std::string EventName(const Analysis& a, const MeetingEvent& e) {
  size_t best_words = 0;
  const MeetingMention& report = e.report();
  std::string best = MeetingName(a, report, &best_words);
  // "khai mạc Đại hội ...": the noun right after a verb names the gathering.
  for (const MeetingMention& m : e.mentions)
    if (report.kind == MeetingKind::kVerb && m.sentence == report.sentence &&
        m.kind != MeetingKind::kVerb && m.begin >= report.end && m.begin <= report.end + 2)
      return MeetingName(a, m, &best_words);
  for (const MeetingMention& m : e.mentions) {
    if (m.headline || m.kind != report.kind || best_words > 2) continue;
    size_t words = 0;
    std::string name = MeetingName(a, m, &words);
    if (words > best_words) {
      best = std::move(name);
      best_words = words;
    }
  }
  return best;
}

// "Ngày 6/4/2015, BTV Huyện ủy Hải Hậu đã duyệt ...": the body that opens a
// sentence after its date.
const OrgMention* LeadSubject(const Analysis& a, const OrgsBySentence& orgs, size_t sentence) {
  if (orgs[sentence].empty()) return nullptr;
  const OrgMention* first = orgs[sentence].front();
  return OnlyLeadBefore(a, sentence, first->org.begin, true) ? first : nullptr;
}

// The first "Đảng bộ thành phố X" named in sentences [from, to): its committee.
const OrgMention* FirstDangBo(const Analysis& a, size_t from, size_t to) {
  for (const OrgMention& o : a.orgs) {
    if (o.sentence < from || o.sentence >= to) continue;
    PhraseMatcher::Match m = a.lex->bodies.Find(a.tokens, o.org.begin, o.org.end);
    // A bare "Đảng bộ" (no place, so no committee) does not count.
    if (m.length && a.lex->body_entries[m.value].cls == BodyClass::kPartyOrg &&
        o.org.cls != BodyClass::kPartyOrg)
      return &o;
  }
  return nullptr;
}

// The body a chair (else a speaker, else someone present, such as a
// delegation's leader) of the meeting leads: a head post first, then a
// deputy's; never one they are only a member of, nor a guest's.
std::optional<std::string> LedBody(const Analysis& a, const MeetingEvent& e) {
  auto in_rank = [](const MeetingParticipant& p, int rank) {
    return !p.guest && (rank == 0 ? p.chair : rank == 1 ? p.speaker : true);
  };
  for (int rank : {0, 1, 2})
    for (const MeetingParticipant& p : e.participants) {
      if (!in_rank(p, rank)) continue;
      for (PositionRank want : {PositionRank::kHead, PositionRank::kDeputy})
        for (const RoleMention& r : a.persons[p.person].roles) {
          if (!r.title.org || r.title.former || a.lex->RankOf(r.title.position) != want)
            continue;
          OrgRef o = *r.title.org;
          OrgRef* local = LocalBody(&o);
          if (local->cls != BodyClass::kCommittee && local->cls != BodyClass::kPartyUnit &&
              local->cls != BodyClass::kGov)
            continue;
          // A head post is the body's own ("Chủ tịch UBND"); a committee
          // board's head leads the board ("Trưởng Ban Dân vận Tỉnh ủy").
          return ResolvedName(a, o, a.sentences[r.sentence].tok_begin);
        }
      }
  return std::nullopt;
}

// The delegation leader's body: the last current post the first person of
// the sentence holds there.
std::optional<std::string> LeaderBody(const Analysis& a, size_t sentence) {
  for (size_t k : a.mentions_in[sentence]) {
    const PersonMention& m = a.mentions[k];
    if (m.person < 0) continue;
    const RoleMention* last = nullptr;
    const RoleMention* last_here = nullptr;
    for (const RoleMention& r : a.persons[m.person].roles) {
      if (r.title.former || !r.title.org) continue;
      last = &r;
      if (r.sentence == sentence) last_here = &r;
    }
    if (last_here) last = last_here;
    if (last) return ResolvedName(a, *last->title.org, last->title.begin);
  }
  return std::nullopt;
}

// The body that convenes `e` as named by its subject: "Thường trực HĐND
// huyện X họp" is the standing office's meeting, but a People's Council
// session it convenes is the Council's (FORMAT.md "Meeting organizer").
std::string ConvenerName(const Analysis& a, const MeetingEvent& e, const OrgRef& org) {
  bool session = e.kind == MeetingKind::kCouncil || e.kind == MeetingKind::kFirstSession;
  if (session && org.cls == BodyClass::kBoard && org.parent &&
      org.parent->cls == BodyClass::kGov)
    return ResolvedName(a, *org.parent, org.begin);
  return ResolvedName(a, org, org.begin);
}

std::optional<std::string> Organizer(const Analysis& a, const OrgsBySentence& orgs,
                                     const OrgMention* dang_bo, const MeetingEvent& e) {
  for (bool headline : {false, true})
    for (const MeetingMention& m : e.mentions)
      if (m.headline == headline && m.convener_is_subject)
        return ConvenerName(a, e, m.convener->org);
  const MeetingMention& report = e.report();
  if (e.kind == MeetingKind::kCell) {
    // The party cell the story names ("Chi bộ khu dân cư Thành Tô"), else bare.
    for (size_t s = e.region_begin; s < e.region_end; ++s)
      for (const OrgMention* o : orgs[s])
        if (o->org.kind == graph::OrgKind::kPartyCell)
          return ResolvedName(a, o->org, o->org.begin);
    return std::string("Chi bộ");
  }
  if (e.kind == MeetingKind::kWorking) {
    for (const MeetingMention& m : e.mentions)
      if (m.kind == MeetingKind::kWorking && m.convener) return ResolvedName(a, m.convener->org, m.convener->org.begin);
    return LeaderBody(a, report.sentence);
  }
  for (const MeetingMention& m : e.mentions)
    if (m.convener) return ResolvedName(a, m.convener->org, m.convener->org.begin);
  size_t s = report.sentence;
  const OrgMention* lead = LeadSubject(a, orgs, s);
  if (!lead && !report.day && s > a.title_sentence_end &&
      a.tokens[a.sentences[s].tok_begin].newlines_before == 0)
    lead = LeadSubject(a, orgs, s - 1);
  if (lead) return ResolvedName(a, lead->org, lead->org.begin);
  if (std::optional<std::string> led = LedBody(a, e)) return led;
  if (e.kind == MeetingKind::kCongress) {
    const OrgMention* own = FirstDangBo(a, e.region_begin, e.region_end);
    if (own || dang_bo) return ResolvedName(a, (own ? own : dang_bo)->org, (own ? own : dang_bo)->org.begin);
  }
  return std::nullopt;
}

}  // namespace

const MeetingMention& MeetingEvent::report() const {
  for (const MeetingMention& m : mentions)
    if (!m.headline && (m.convener_is_subject || m.day)) return m;
  for (const MeetingMention& m : mentions)
    if (!m.headline) return m;
  return mentions.front();
}

MeetingEvents FindMeetingEvents(const Analysis& a) {
  OrgsBySentence orgs = IndexOrgs(a);
  std::vector<MeetingMention> mentions = FindMeetingMentions(a, orgs);
  MeetingEvents out;
  std::vector<MeetingEvent>& events = out.events;
  std::vector<const MeetingMention*> headline;
  EventKeys keys;
  for (const MeetingMention& m : mentions) {
    if (m.headline) {
      headline.push_back(&m);
      continue;
    }
    if (events.empty() || OtherGathering(a, keys, m)) {
      MeetingEvent e;
      e.region_begin = events.empty() ? 0 : m.sentence;
      events.push_back(std::move(e));
      keys = EventKeys{};
    }
    events.back().mentions.push_back(m);
    keys.Add(a, m);
  }
  if (events.empty() && !headline.empty()) events.emplace_back();
  if (events.empty()) return out;
  for (const MeetingMention* m : headline) events.front().mentions.push_back(*m);
  for (size_t k = 0; k < events.size(); ++k)
    events[k].region_end = k + 1 < events.size() ? events[k + 1].region_begin : a.sentences.size();

  const OrgMention* dang_bo = FirstDangBo(a, 0, a.sentences.size());
  StoryYears years(a);
  std::vector<MeetingEvent> kept;
  for (size_t k = 0; k < events.size(); ++k) {
    MeetingEvent& e = events[k];
    const MeetingMention& report = e.report();
    e.kind = report.kind;
    e.name = EventName(a, e);
    e.participants = FindParticipants(a, e, k == 0);
    bool full = (report.convener_is_subject && report.day) || report.place;
    if (k > 0 && e.participants.empty() && !full) continue;
    e.date = EventDate(a, e, &years);
    // "Cùng ngày, HĐND huyện Y tổ chức kỳ họp": the day of the item before.
    const Sentence& rs = a.sentences[report.sentence];
    if (!report.day && !kept.empty() && a.CueAtIs(rs.tok_begin, rs.tok_end, Cue::kSameDay))
      e.date = kept.back().date;
    e.organizer = Organizer(a, orgs, dang_bo, e);
    kept.push_back(std::move(e));
  }
  out.events = std::move(kept);
  return out;
}

}  // namespace vnkg::extract
