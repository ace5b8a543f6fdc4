// Meeting frames: the gathering the story reports (hội nghị, kỳ họp, đại
// hội, buổi làm việc...), its organizer (FORMAT.md's rule), its date
// resolved against the dateline or the text, and who took part as what.
#include <algorithm>
#include <map>
#include <set>

#include "extract/analysis.h"
#include "extract/normalize.h"

namespace vnkg::extract {
namespace {

struct MeetingMention {
  size_t sentence = 0;
  size_t begin = 0, end = 0;  // tokens of the meeting noun
  MeetingKind kind = MeetingKind::kPlenum;
};

// Words right before a meeting noun that make it no gathering of the story:
// "Nghị quyết Đại hội", "trình Đại hội", "chuẩn bị đại hội", "để tổ chức đại hội".
bool Blocked(const Analysis& a, size_t i, size_t end, size_t sentence_begin) {
  for (size_t back = 1; back <= 3 && back <= i - sentence_begin; ++back) {
    size_t j = i - back;
    if (!a.tokens[j].word) break;
    if (a.CueAtIs(j, i, Cue::kNotMeeting)) return true;
  }
  if (a.Is(end, "điểm")) return true;  // "đại hội điểm": a pilot being planned
  return false;
}

std::optional<MeetingMention> FindMeetingIn(const Analysis& a, size_t s) {
  const Sentence& sen = a.sentences[s];
  for (size_t i = sen.tok_begin; i < sen.tok_end; ++i) {
    if (a.masked[i]) continue;
    PhraseMatcher::Match m = a.lex->meetings.Find(a.tokens, i, sen.tok_end);
    if (!m.length) continue;
    MeetingKind kind = a.lex->meeting_entries[m.value];
    if (Blocked(a, i, i + m.length, sen.tok_begin)) { i += m.length - 1; continue; }
    if (kind == MeetingKind::kVerb) {
      // "Ban Thường vụ Thành ủy Cần Thơ họp ...": only after its subject.
      bool subject = false;
      for (const OrgMention& o : a.orgs)
        if (o.sentence == s && o.org.end <= i && o.org.end + 2 >= i) subject = true;
      if (!subject) continue;
    }
    return MeetingMention{s, i, i + m.length, kind};
  }
  return std::nullopt;
}

// The story's meeting: its first mention in the body, and in the headline.
struct MainMeeting {
  std::optional<MeetingMention> body, headline;
  const MeetingMention* first() const { return body ? &*body : headline ? &*headline : nullptr; }
};

MainMeeting FindMainMeeting(const Analysis& a) {
  MainMeeting m;
  for (size_t s = a.title_sentence_end; s < a.sentences.size() && !m.body; ++s)
    m.body = FindMeetingIn(a, s);
  for (size_t s = 0; s < a.title_sentence_end && s < a.sentences.size() && !m.headline; ++s)
    m.headline = FindMeetingIn(a, s);
  return m;
}

// Skips what may stand between a subject and its verb: a term ("khóa IX,
// nhiệm kỳ 2016 – 2021"), a locality in apposition (", thành phố Thủ Dầu
// Một") or in parentheses ("(Đắk Nông)").
size_t SkipTerms(const Analysis& a, size_t i, size_t limit) {
  for (;;) {
    size_t j = SkipTermQualifier(a, i, limit);
    if (j > i) { i = j; continue; }
    if (a.Is(i, "(")) {
      size_t k = i + 1;
      while (k < limit && k < i + 6 && a.tokens[k].word && a.tokens[k].cap) ++k;
      if (k > i + 1 && a.Is(k, ")")) { i = k + 1; continue; }
    }
    if (a.Is(i, ",") && SkipTermQualifier(a, i + 1, limit) > i + 1) { ++i; continue; }
    if (a.Is(i, ",")) {
      std::optional<LocRef> l = ParseLocality(a, i + 1, limit);
      if (l && l->named()) { i = l->end; continue; }
    }
    return i;
  }
}

// "đoàn công tác của Ban Thường vụ Tỉnh ủy Bắc Ninh": the visiting body.
const OrgMention* DelegationBody(const Analysis& a, const MeetingMention& mm) {
  const Sentence& s = a.sentences[mm.sentence];
  for (size_t i = s.tok_begin; i + 1 < s.tok_end; ++i) {
    if (!(a.Is(i, "đoàn") && (a.Is(i + 1, "công") || a.Is(i + 1, "của")))) continue;
    size_t j = i + 1;
    if (a.Is(j, "công") && a.Is(j + 1, "tác")) j += 2;
    if (a.Is(j, "của")) ++j;
    for (const OrgMention& o : a.orgs)
      if (o.sentence == mm.sentence && o.org.begin == j) return &o;
  }
  return nullptr;
}

const OrgMention* SubjectOrganizer(const Analysis& a, const MeetingMention& mm) {
  static const std::set<std::string> kVerbs = {"tổ", "chức", "khai", "mạc", "bế", "họp",
                                               "tiến", "hành", "đã", "vừa", "long", "trọng",
                                               "chính", "thức", "diễn", "ra", "mở", "rộng",
                                               "triệu", "tập"};
  // A delegation "đã có buổi làm việc với", "đến thăm và làm việc tại".
  static const std::set<std::string> kVisit = {"đã", "vừa", "có", "đến", "tới", "về", "thăm", "và"};
  const OrgMention* best = nullptr;
  for (const OrgMention& o : a.orgs)
    if (o.sentence == mm.sentence && o.org.end <= mm.begin) best = &o;
  if (!best) return nullptr;
  size_t i = SkipTerms(a, best->org.end, mm.begin);
  if (mm.kind == MeetingKind::kVerb) return i == mm.begin ? best : nullptr;
  size_t gap = 0;
  bool verb = false;
  bool visit = mm.kind == MeetingKind::kWorking;
  // "Đoàn ĐBQH tỉnh (đã) tiếp xúc cử tri": the meeting noun is itself the verb.
  bool adjacent = true;
  for (size_t k = i; k < mm.begin; ++k) adjacent = adjacent && (a.Is(k, "đã") || a.Is(k, "vừa"));
  if (adjacent) return best;
  for (; i < mm.begin; ++i, ++gap) {
    bool known = false;
    for (const std::string& v : visit ? kVisit : kVerbs) known = known || a.Is(i, v);
    if (!known) return nullptr;
    verb = verb || a.Is(i, "chức") || a.Is(i, "mạc") || a.Is(i, "họp") || a.Is(i, "tập");
  }
  return (verb || visit) && gap <= 6 ? best : nullptr;
}

const OrgMention* PhraseOrganizer(const Analysis& a, const MeetingMention& mm) {
  const Sentence& s = a.sentences[mm.sentence];
  size_t limit = std::min(s.tok_end, mm.end + 16);
  int commas = 0;
  size_t stop = limit;
  for (size_t i = mm.end; i < limit; ++i) {
    if (a.Is(i, ".") || a.Is(i, ";") || a.Is(i, ":")) { stop = i; break; }
    if (a.Is(i, ",") && ++commas > 1) { stop = i; break; }
    // A person or a post starts: what follows is theirs, not the meeting's.
    if (a.lex->posts.Find(a.tokens, i, limit).length ||
        a.lex->honorifics.Find(a.tokens, i, limit).length) { stop = i; break; }
  }
  for (const OrgMention& o : a.orgs)
    if (o.sentence == mm.sentence && o.org.begin >= mm.end && o.org.begin < stop) return &o;
  return nullptr;
}

std::string ResolvedName(const Analysis& a, OrgRef org, size_t at) {
  ResolveOrg(a, at, &org);
  if (org.cls == BodyClass::kBoard && org.parent) ResolveOrg(a, at, org.parent.get());
  return OrgName(org);
}

// Participants' labels from the words around a mention.
struct Labels {
  bool chair = false, guest = false, speaker = false, present = false;
  bool any() const { return chair || guest || speaker || present; }
};

bool CueIn(const Analysis& a, size_t from, size_t to, Cue cue) {
  for (size_t i = from; i < to;) {
    auto [entry, len] = a.CueAt(i, to);
    if (entry < 0) { ++i; continue; }
    if (a.lex->CueIs(entry, cue)) return true;
    i += len;
  }
  return false;
}

// "Đến dự có đồng chí", "Dự hội nghị có các đồng chí:": an introduction in
// [from, to) whose verbs label everyone listed after it.
bool IntroIn(const Analysis& a, size_t from, size_t to) {
  for (size_t i = from; i < to; ++i) {
    if (a.Is(i, "có")) return true;
    // "Đoàn Chủ tịch Đại hội gồm các đồng chí": a presidium's list.
    if (a.Is(i, "gồm") && CueIn(a, from, i, Cue::kChair)) return true;
  }
  return false;
}

Labels LabelsFor(const Analysis& a, const PersonMention& m, size_t next_begin,
                 bool guest_context) {
  const Sentence& s = a.sentences[m.sentence];
  Labels l;
  size_t wend = std::min({next_begin, s.tok_end, m.appos_end + 16});
  size_t pre_from = s.tok_begin;
  // The window after the person: their own verbs.
  if (CueIn(a, m.appos_end, wend, Cue::kChair)) l.chair = true;
  if (CueIn(a, m.appos_end, wend, Cue::kGuest)) l.guest = true;
  if (CueIn(a, m.appos_end, wend, Cue::kSpeaker)) l.speaker = true;
  if (CueIn(a, m.appos_end, wend, Cue::kPresent)) l.present = true;
  // A fronted clause or an introduction before the first person of the sentence.
  size_t first = m.begin;
  for (size_t k : a.mentions_in[m.sentence]) first = std::min(first, a.mentions[k].begin);
  bool intro = IntroIn(a, pre_from, first);
  if (intro) {
    if (CueIn(a, pre_from, first, Cue::kChair)) l.chair = true;
    if (CueIn(a, pre_from, first, Cue::kSpeaker)) l.speaker = true;
    if (CueIn(a, pre_from, first, Cue::kGuest)) l.guest = true;
  } else {
    // A fronted clause: "Phát biểu kết luận hội nghị, đồng chí X ...",
    // "thay mặt đoàn chủ tịch, ông X ...".
    size_t comma = first;
    while (comma > pre_from && !a.Is(comma - 1, ",")) --comma;
    if (comma > pre_from && comma + 3 >= first) {
      size_t clause = comma - 1;
      while (clause > pre_from && !a.Is(clause - 1, ",")) --clause;
      size_t clause_end = comma - 1;
      bool on_behalf = a.Is(clause, "thay") && a.Is(clause + 1, "mặt");
      if (a.CueAtIs(clause, clause_end, Cue::kSpeaker)) l.speaker = true;
      if (a.CueAtIs(clause, clause_end, Cue::kChair) ||
          (on_behalf && CueIn(a, clause, clause_end, Cue::kChair)))
        l.chair = true;
    }
  }
  if (intro) l.present = true;
  if (guest_context && intro) l.guest = true;
  if (CueIn(a, s.tok_begin, s.tok_end, Cue::kElected)) l.present = true;
  return l;
}

// Only connectives between two mentions: "A và B", "A cùng đồng chí B", "A, B".
bool Coordinated(const Analysis& a, size_t from, size_t to) {
  if (from >= to) return false;
  for (size_t i = from; i < to;) {
    if (a.Is(i, "và") || a.Is(i, "cùng") || a.Is(i, "với") || a.Is(i, ",")) { ++i; continue; }
    size_t h = a.lex->honorifics.Find(a.tokens, i, to).length;
    if (!h) return false;
    i += h;
  }
  return true;
}

bool ElectingMeeting(MeetingKind k) {
  return k == MeetingKind::kCongress || k == MeetingKind::kCouncil ||
         k == MeetingKind::kFirstSession || k == MeetingKind::kPlenum ||
         k == MeetingKind::kSession;
}

int FourDigitYear(const Analysis& a, size_t i) {
  if (i >= a.tokens.size() || !a.tokens[i].number) return 0;
  std::string_view s = a.Surface(i);
  if (s.size() != 4) return 0;
  int y = std::stoi(std::string(s));
  return y >= 1945 && y <= 2100 ? y : 0;
}

bool IsRangeSep(const Analysis& a, size_t i) {
  return a.Is(i, "-") || a.Is(i, "–") || a.Is(i, "—");
}

// First year of a term "A - B" in the sentence, or 0.
int TermStart(const Analysis& a, size_t sentence) {
  const Sentence& s = a.sentences[sentence];
  for (size_t i = s.tok_begin; i + 2 < s.tok_end; ++i)
    if (FourDigitYear(a, i) && IsRangeSep(a, i + 1) && FourDigitYear(a, i + 2))
      return FourDigitYear(a, i);
  return 0;
}

// A year standing alone (not a term's bound, not a birth year) in [from, to).
int SingleYear(const Analysis& a, size_t from, size_t to) {
  for (size_t i = from; i < to; ++i) {
    int y = FourDigitYear(a, i);
    if (!y || a.masked[i]) continue;
    if (i >= 2 && IsRangeSep(a, i - 1) && FourDigitYear(a, i - 2)) continue;
    if (IsRangeSep(a, i + 1) && FourDigitYear(a, i + 2)) continue;
    if (i >= 2 && a.Is(i - 1, "năm") && a.Is(i - 2, "sinh")) continue;
    return y;
  }
  return 0;
}

// "Năm 2014 vừa qua": the story is in the year after.
int YearJustPast(const Analysis& a) {
  for (size_t i = 0; i + 3 < a.tokens.size(); ++i)
    if (a.Is(i, "năm") && FourDigitYear(a, i + 1) && a.Is(i + 2, "vừa") && a.Is(i + 3, "qua"))
      return FourDigitYear(a, i + 1) + 1;
  return 0;
}

std::optional<std::string> MeetingDate(const Analysis& a, const MeetingMention& mm) {
  bool termed = mm.kind == MeetingKind::kCongress || mm.kind == MeetingKind::kFirstSession;
  int term = termed ? TermStart(a, mm.sentence) : 0;
  int published_year = a.published ? std::stoi(a.published->substr(0, 4)) : 0;
  std::optional<DayMonth> dm = FindDayMonth(a, mm.sentence);
  // "Sáng 15/3, Tỉnh ủy tổng kết công tác năm. Tại hội nghị, ...": the lead
  // just before, in the same paragraph, dates the meeting.
  if (!dm && mm.sentence > 0 && a.tokens[a.sentences[mm.sentence].tok_begin].newlines_before == 0)
    dm = FindDayMonth(a, mm.sentence - 1);
  if (dm) {
    int y = dm->year;
    if (!y) y = published_year;
    if (!y) y = term;
    if (!y) y = YearJustPast(a);
    if (!y) y = SingleYear(a, 0, a.tokens.size());
    if (!y) return std::nullopt;
    return IsoDate(y, dm->month, dm->day);
  }
  if (term) return IsoDate(term, 0, 0);
  if (int y = YearJustPast(a)) return IsoDate(y, 0, 0);
  const Sentence& s = a.sentences[mm.sentence];
  if (int y = SingleYear(a, s.tok_begin, s.tok_end)) return IsoDate(y, 0, 0);
  return std::nullopt;
}

std::string MeetingName(const Analysis& a, const MeetingMention& mm) {
  const Sentence& s = a.sentences[mm.sentence];
  size_t end = mm.begin;
  while (end < s.tok_end && end < mm.begin + 30 && !a.Is(end, ".") && !a.Is(end, ";") &&
         !a.Is(end, ":"))
    ++end;
  while (end > mm.end && (a.Is(end - 1, ",") || a.Is(end - 1, "("))) --end;
  return a.SurfaceRange(mm.begin, end);
}

// The organization of a person's last current role (a visiting delegation's body).
// For a working visit: the body of the delegation's leader, i.e. the last
// post the first person of the meeting's sentence holds there.
std::optional<std::string> LeaderBody(const Analysis& a, const MeetingMention& mm) {
  for (const PersonMention& m : a.mentions) {
    if (m.sentence != mm.sentence || m.person < 0) continue;
    const RoleMention* last = nullptr;
    const RoleMention* last_here = nullptr;
    for (const RoleMention& r : a.persons[m.person].roles) {
      if (r.title.former || !r.title.org) continue;
      last = &r;
      if (r.sentence == mm.sentence) last_here = &r;
    }
    if (last_here) last = last_here;
    if (last) return ResolvedName(a, *last->title.org, last->title.begin);
  }
  return std::nullopt;
}

}  // namespace

// REQUIRES: record->people holds the resolved roles of a.persons, in order.
void FindMeetings(const Analysis& a, graph::Record* record) {
  MainMeeting main = FindMainMeeting(a);
  const MeetingMention* mm = main.first();
  if (!mm) return;
  std::vector<std::vector<std::string>> committee_orgs(a.persons.size());
  for (size_t p = 0; p < a.persons.size(); ++p)
    for (const RoleMention& r : a.persons[p].roles)
      if (r.title.org && !r.title.former) {
        OrgRef o = *r.title.org;
        OrgRef* local = LocalBody(&o);
        if (local->cls == BodyClass::kCommittee || local->cls == BodyClass::kPartyUnit) {
          ResolveOrg(a, a.sentences[r.sentence].tok_begin, local);
          committee_orgs[p].push_back(OrgName(*local));
        }
      }

  graph::Meeting meeting;
  const Sentence& ms = a.sentences[mm->sentence];
  meeting.evidence = {ms.byte_begin, ms.byte_end};
  meeting.name = MeetingName(a, *mm);
  meeting.date = MeetingDate(a, *mm);

  // Participants.
  std::map<int, Labels> labels;
  std::vector<int> order;
  bool prev_guest_intro = false;
  for (size_t s = 0; s < a.sentences.size(); ++s) {
    const Sentence& sen = a.sentences[s];
    bool continuation = prev_guest_intro && (a.Is(sen.tok_begin, "về") || a.Is(sen.tok_begin, "cùng"));
    bool guest_intro = false;
    // Mentions of the sentence in text order; coordinated subjects ("A cùng
    // đồng chí B chủ trì") share the verbs after the last of them.
    std::vector<size_t> in_order = a.mentions_in[s];
    std::sort(in_order.begin(), in_order.end(),
              [&](size_t x, size_t y) { return a.mentions[x].begin < a.mentions[y].begin; });
    std::vector<Labels> own(in_order.size());
    for (size_t j = in_order.size(); j-- > 0;) {
      const PersonMention& m = a.mentions[in_order[j]];
      size_t next = j + 1 < in_order.size() ? a.mentions[in_order[j + 1]].begin : sen.tok_end;
      own[j] = LabelsFor(a, m, next, continuation);
      if (j + 1 < in_order.size() && Coordinated(a, m.appos_end, next)) {
        own[j].chair |= own[j + 1].chair;
        own[j].speaker |= own[j + 1].speaker;
        own[j].guest |= own[j + 1].guest;
      }
    }
    for (size_t j = 0; j < in_order.size(); ++j) {
      const PersonMention& m = a.mentions[in_order[j]];
      if (m.person < 0) continue;
      size_t next = j + 1 < in_order.size() ? a.mentions[in_order[j + 1]].begin : sen.tok_end;
      Labels l = own[j];
      if (l.guest && IntroIn(a, sen.tok_begin, m.begin)) guest_intro = true;
      if (!ElectingMeeting(mm->kind) && !l.chair && !l.guest && !l.speaker &&
          !CueIn(a, m.appos_end, std::min(next, sen.tok_end), Cue::kPresent) &&
          !IntroIn(a, sen.tok_begin, m.begin))
        continue;
      if (!l.any()) continue;
      auto [it, fresh] = labels.emplace(m.person, l);
      if (fresh) {
        order.push_back(m.person);
      } else {
        it->second.chair |= l.chair;
        it->second.guest |= l.guest;
        it->second.speaker |= l.speaker;
      }
    }
    prev_guest_intro = guest_intro || (continuation && prev_guest_intro);
  }
  for (int p : order) {
    const Labels& l = labels[p];
    graph::Participant part;
    part.name = a.persons[p].name;
    part.key = a.persons[p].key;
    if (l.chair) part.as.push_back("chair");
    if (l.guest) part.as.push_back("guest");
    if (l.speaker) part.as.push_back("speaker");
    for (const PersonMention& m : a.mentions)
      if (m.person == p) {
        const Sentence& s = a.sentences[m.sentence];
        part.evidence = {s.byte_begin, s.byte_end};
        break;
      }
    meeting.participants.push_back(std::move(part));
  }

  // Organizer: what the body says, else what the headline says.
  const MeetingMention* headline = main.headline ? &*main.headline : nullptr;
  for (const MeetingMention* m : {mm, headline}) {
    if (!m || meeting.organizer) continue;
    if (const OrgMention* o = SubjectOrganizer(a, *m)) {
      meeting.organizer = ResolvedName(a, o->org, o->org.begin);
    } else if (m->kind == MeetingKind::kCell) {
      meeting.organizer = "Chi bộ";
    } else if (m->kind == MeetingKind::kWorking) {
      const OrgMention* d = DelegationBody(a, *m);
      meeting.organizer = d ? ResolvedName(a, d->org, d->org.begin) : LeaderBody(a, *m);
    } else if (const OrgMention* p = PhraseOrganizer(a, *m)) {
      meeting.organizer = ResolvedName(a, p->org, p->org.begin);
    }
  }
  if (!meeting.organizer) {
    for (int p : order) {
      const Labels& l = labels[p];
      if ((l.chair || l.speaker) && !committee_orgs[p].empty()) {
        meeting.organizer = committee_orgs[p].front();
        break;
      }
    }
  }
  record->meetings.push_back(std::move(meeting));
}

}  // namespace vnkg::extract
