// Who a meeting's sentences place at it, and as what (FORMAT.md "Participant
// as"): a person's own verbs after their name and titles ("A, Bí thư Huyện
// ủy, chủ trì"); coordinated subjects sharing the verbs after the last of
// them ("A, titles; B, titles; C, titles đồng chủ trì"); an introduction
// before a list ("Đến dự có đồng chí", "Chủ trì hội nghị: đồng chí A; đồng
// chí B", "dưới sự chủ trì của các đồng chí: A - ...; B - ..."); a fronted
// clause ("Dự và phát biểu chỉ đạo đại hội, ông X"). A remark to the press
// ("Trao đổi với phóng viên, ông X cho biết") is not speech at the meeting.
// People are placed there by their own cue, the gathering's verb after them
// ("A, B đã làm việc với ...") or as recipients ("trao Huy hiệu cho ông X").
#include <algorithm>
#include <map>

#include "extract/meetings.h"

namespace vnkg::extract {
namespace {

struct Labels {
  bool chair = false, guest = false, speaker = false, present = false;
  bool placed = false;     // present by a cue of their own, at any kind of meeting
  bool recipient = false;  // "trao ... cho A và B": shared forward along a list
  bool any() const { return chair || guest || speaker || present; }
  void Add(const Labels& o) {
    chair |= o.chair;
    guest |= o.guest;
    speaker |= o.speaker;
    present |= o.present;
    placed |= o.placed;
  }
};

// Whether [from, to) holds a cue of this class outside meeting nouns ("Đến
// dự lễ khai mạc có": "khai mạc" names the gathering, it is nobody's speech)
// and, with `skip_names`, outside the name that follows a noun ("chủ trì
// cuộc họp nghe báo cáo ..." reports no speech; "chủ trì hội nghị và phát
// biểu" does).
bool CueIn(const Analysis& a, size_t from, size_t to, Cue cue, bool skip_names = false) {
  for (size_t i = from; i < to;) {
    PhraseMatcher::Match noun = a.lex->meetings.Find(a.tokens, i, to);
    if (noun.length && a.lex->meeting_entries[noun.value] != MeetingKind::kVerb) {
      i += noun.length;
      while (skip_names && i < to && !a.Is(i, ",") && !a.Is(i, "và") && !a.Is(i, ";") &&
             !a.Is(i, "."))
        ++i;
      continue;
    }
    auto [entry, len] = a.CueAt(i, to);
    if (entry < 0) { ++i; continue; }
    if (a.lex->CueIs(entry, cue)) return true;
    i += len;
  }
  return false;
}

// The first introduction in [from, to) whose verbs label everyone listed
// after it ("Đến dự có đồng chí", "Đoàn Chủ tịch Đại hội gồm", "Chủ trì hội
// nghị:", "với sự tham dự của"), or `to`. One pass.
size_t IntroAt(const Analysis& a, size_t from, size_t to) {
  bool chair = false, guest = false;  // cues seen so far
  for (size_t i = from; i < to;) {
    if (a.Is(i, "có")) return i;
    if ((a.Is(i, ":") && (chair || guest)) || (a.Is(i, "gồm") && chair)) return i;
    PhraseMatcher::Match noun = a.lex->meetings.Find(a.tokens, i, to);
    if (noun.length && a.lex->meeting_entries[noun.value] != MeetingKind::kVerb) {
      i += noun.length;
      continue;
    }
    auto [entry, len] = a.CueAt(i, to);
    if (entry < 0) { ++i; continue; }
    if (a.lex->CueIs(entry, Cue::kIntro)) return i;
    chair = chair || a.lex->CueIs(entry, Cue::kChair);
    guest = guest || a.lex->CueIs(entry, Cue::kGuest);
    i += len;
  }
  return to;
}

// What a sentence says of everyone in it, computed once per sentence.
struct SentenceCues {
  size_t intro_at = 0;  // the first introduction, or the sentence's end
  bool intro = false;   // an introduction (or a clause opening with the verb) before the first person
  Labels fronted;       // from that introduction or a fronted clause
  // Later lists of the sentence, after a ";" ("Dự, chỉ đạo Đại hội có đồng
  // chí A; dự Đại hội có các đồng chí: B, C"): where each starts, and its labels.
  std::vector<std::pair<size_t, Labels>> later;
  bool elected = false, press = false;
  // The labels an introduction gives the person at `begin`.
  const Labels& For(size_t begin) const {
    for (size_t k = later.size(); k-- > 0;)
      if (later[k].first < begin) return later[k].second;
    return fronted;
  }
};

// The labels an introduction's clause [from, to) gives its list.
Labels IntroLabels(const Analysis& a, size_t from, size_t to) {
  Labels l;
  l.chair = CueIn(a, from, to, Cue::kChair);
  l.speaker = CueIn(a, from, to, Cue::kSpeaker);
  l.guest = CueIn(a, from, to, Cue::kGuest);
  l.present = true;
  return l;
}

// REQUIRES: `in_order` holds the sentence's mentions sorted by position.
SentenceCues CuesOf(const Analysis& a, size_t sentence, const std::vector<size_t>& in_order) {
  const Sentence& s = a.sentences[sentence];
  SentenceCues c;
  size_t from = s.tok_begin, first = s.tok_end;
  if (!in_order.empty()) first = a.mentions[in_order.front()].begin;
  c.intro_at = IntroAt(a, from, s.tok_end);
  // "Chủ trì phiên họp đồng chí X": a clause that opens with the verb.
  bool opens = from < first && (a.CueAtIs(from, first, Cue::kChair) ||
                                a.CueAtIs(from, first, Cue::kGuest));
  for (size_t i = from; i < first && opens; ++i) opens = !a.Is(i, ",");
  if (opens) c.intro_at = from;
  c.elected = CueIn(a, s.tok_begin, s.tok_end, Cue::kElected);
  c.press = CueIn(a, s.tok_begin, s.tok_end, Cue::kPress);
  // "A chủ trì hội nghị cùng các đồng chí: B, ...; C, ...": an introduction
  // between two people labels the list after it, from its clause's start.
  for (size_t j = 1; j < in_order.size(); ++j) {
    size_t gap_begin = a.mentions[in_order[j - 1]].appos_end;
    size_t gap_end = a.mentions[in_order[j]].begin;
    size_t at = gap_begin < gap_end ? IntroAt(a, gap_begin, gap_end) : gap_end;
    if (at >= gap_end) continue;
    size_t clause = at;
    while (clause > gap_begin && !a.Is(clause - 1, ";") && !a.Is(clause - 1, ",")) --clause;
    c.later.push_back({clause, IntroLabels(a, clause, gap_end)});
  }
  Labels& l = c.fronted;
  c.intro = c.intro_at < first;
  if (c.intro) {
    l = IntroLabels(a, from, first);
  } else {
    // "Phát biểu kết luận hội nghị, đồng chí X ...", "Dự và phát biểu chỉ
    // đạo đại hội, ông X ...", "thay mặt đoàn chủ tịch, ông X ...".
    size_t comma = first;
    while (comma > from && comma + 3 >= first && !a.Is(comma - 1, ",")) --comma;
    if (comma > from && a.Is(comma - 1, ",") && comma + 3 >= first) {
      size_t clause = comma - 1;
      while (clause > from && !a.Is(clause - 1, ",")) --clause;
      size_t clause_end = comma - 1;
      bool on_behalf = a.CueAtIs(clause, clause_end, Cue::kOnBehalf);
      if (a.CueAtIs(clause, clause_end, Cue::kGuest)) {
        l.guest = true;
        l.speaker |= CueIn(a, clause, clause_end, Cue::kSpeaker);
      }
      if (a.CueAtIs(clause, clause_end, Cue::kSpeaker)) l.speaker = true;
      if (a.CueAtIs(clause, clause_end, Cue::kChair) ||
          (on_behalf && CueIn(a, clause, clause_end, Cue::kChair)))
        l.chair = true;
    }
  }
  return c;
}

// Where the first verb of reported speech in [from, to) ends, or `to`.
size_t SpeechAt(const Analysis& a, size_t from, size_t to) {
  for (size_t i = from; i < to;) {
    auto [entry, len] = a.CueAt(i, to);
    if (entry < 0) { ++i; continue; }
    if (a.lex->CueIs(entry, Cue::kReported)) return i + len;
    i += len;
  }
  return to;
}

// "A, B, C đã làm việc với ...", "X đã trao Huy hiệu Đảng ...": the
// gathering's own verb in the window after a person makes them present.
bool GatheringVerbIn(const Analysis& a, size_t from, size_t to) {
  for (size_t i = from; i < to; ++i) {
    PhraseMatcher::Match noun = a.lex->meetings.Find(a.tokens, i, to);
    if (!noun.length) continue;
    MeetingKind k = a.lex->meeting_entries[noun.value];
    return k == MeetingKind::kWorking || k == MeetingKind::kVerb ||
           a.CueAtIs(i, to, Cue::kPresent);
  }
  return false;
}

// "trao Huy hiệu 80 năm tuổi Đảng cho ông X": a recipient, present.
bool Recipient(const Analysis& a, const Sentence& s, size_t begin) {
  size_t i = begin;
  while (i > s.tok_begin && a.lex->honorifics.Find(a.tokens, i - 1, begin).length) --i;
  for (size_t back = 1; back <= 3 && i > s.tok_begin + back; ++back)
    if (a.lex->honorifics.Find(a.tokens, i - back, begin).length == back) { i -= back; break; }
  if (i == s.tok_begin || !a.CueAtIs(i - 1, begin, Cue::kRecipient)) return false;
  for (size_t k = i - 1; k-- > s.tok_begin && k + 16 > i;) {
    if (a.Is(k, ".") || a.Is(k, ";")) break;
    if (a.CueAtIs(k, i, Cue::kPresent)) return true;
  }
  return false;
}

Labels LabelsFor(const Analysis& a, const PersonMention& m, size_t next_begin,
                 const SentenceCues& c, bool guest_context) {
  const Sentence& s = a.sentences[m.sentence];
  // What the person told the press is not what they said at the meeting.
  if (c.press) return Labels{};
  Labels l = c.For(m.begin);
  if (c.intro && guest_context) l.guest = true;
  // The window after the person: their own verbs, unless they are to come
  // ("X sẽ về dự và chỉ đạo Đại hội, tuy nhiên ...").
  size_t wend = std::min({next_begin, s.tok_end, m.appos_end + 16});
  for (size_t k = m.appos_end; k < wend && k < m.appos_end + 2; ++k)
    if (a.CueAtIs(k, wend, Cue::kFuture)) wend = m.appos_end;
  l.speaker |= CueIn(a, m.appos_end, wend, Cue::kSpeaker, true);
  // What follows their speech is what they said ("cho biết tham dự đại hội
  // có 498 đại biểu"), not what they did.
  size_t said = l.speaker ? SpeechAt(a, m.appos_end, wend) : wend;
  l.chair |= CueIn(a, m.appos_end, said, Cue::kChair, true);
  l.guest |= CueIn(a, m.appos_end, said, Cue::kGuest, true);
  l.recipient = Recipient(a, s, m.begin);
  l.placed = CueIn(a, m.appos_end, std::min(next_begin, s.tok_end), Cue::kPresent, true) ||
             GatheringVerbIn(a, m.appos_end, wend) || l.recipient;
  l.present |= l.placed || c.elected;
  return l;
}

// Only connectives between two mentions (or none: "A, titles B"): "A và
// B", "A cùng đồng chí B", "A, B", "A, titles; B", and in a list with titles
// first, the next person's titles ("Chủ tịch HĐND tỉnh A; Phó Chủ tịch HĐND tỉnh B chủ trì", "Bí thư
// Tỉnh ủy – A, Chủ tịch UBND tỉnh – B chủ trì").
bool Coordinated(const Analysis& a, size_t from, size_t to) {
  if (from >= to) return from == to;  // one's titles run into the next name
  for (size_t i = from; i < to;) {
    if (std::optional<TitleChain> chain = ParseTitleChain(a, i, to)) {
      size_t j = chain->end;
      for (size_t len = 0; j < to && a.CueAtIs(j, to, Cue::kConjunction, &len);) j += len;
      if (j == to || a.lex->honorifics.Find(a.tokens, j, to).length == to - j) return true;
    }
    size_t len = 0;
    if (a.CueAtIs(i, to, Cue::kConjunction, &len)) {
      i += len;
      continue;
    }
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

}  // namespace

std::vector<MeetingParticipant> FindParticipants(const Analysis& a, const MeetingEvent& e,
                                                 bool with_headline) {
  std::map<int, size_t> index;  // person -> position in out
  std::vector<MeetingParticipant> out;
  bool prev_guest_intro = false;
  size_t from = with_headline ? 0 : e.region_begin;
  for (size_t s = from; s < e.region_end; ++s) {
    if (s < e.region_begin && s >= a.title_sentence_end) s = e.region_begin;
    if (s >= e.region_end) break;
    const Sentence& sen = a.sentences[s];
    bool continuation = prev_guest_intro && a.CueAtIs(sen.tok_begin, sen.tok_end, Cue::kContinuation);
    bool guest_intro = false;
    // Mentions of the sentence in text order; coordinated subjects ("A cùng
    // đồng chí B chủ trì") share the verbs after the last of them.
    std::vector<size_t> in_order = a.mentions_in[s];
    std::sort(in_order.begin(), in_order.end(),
              [&](size_t x, size_t y) { return a.mentions[x].begin < a.mentions[y].begin; });
    std::vector<Labels> own(in_order.size());
    SentenceCues cues = in_order.empty() ? SentenceCues{} : CuesOf(a, s, in_order);
    for (size_t j = in_order.size(); j-- > 0;) {
      const PersonMention& m = a.mentions[in_order[j]];
      size_t next = j + 1 < in_order.size() ? a.mentions[in_order[j + 1]].begin : sen.tok_end;
      own[j] = LabelsFor(a, m, next, cues, continuation);
      if (j + 1 < in_order.size() && Coordinated(a, m.appos_end, next)) own[j].Add(own[j + 1]);
    }
    for (size_t j = 1; j < in_order.size(); ++j) {
      const PersonMention& prev = a.mentions[in_order[j - 1]];
      if (own[j - 1].recipient && Coordinated(a, prev.appos_end, a.mentions[in_order[j]].begin))
        own[j].recipient = own[j].placed = own[j].present = true;
    }
    for (size_t j = 0; j < in_order.size(); ++j) {
      const PersonMention& m = a.mentions[in_order[j]];
      if (m.person < 0) continue;
      Labels l = own[j];
      bool introduced = cues.intro_at < m.begin;
      if (l.guest && introduced) guest_intro = true;
      if (!ElectingMeeting(e.kind) && !l.chair && !l.guest && !l.speaker && !l.placed &&
          !introduced)
        continue;
      if (!l.any()) continue;
      auto [it, fresh] = index.emplace(m.person, out.size());
      if (fresh) out.push_back(MeetingParticipant{m.person, false, false, false, s});
      MeetingParticipant& p = out[it->second];
      p.chair |= l.chair;
      p.guest |= l.guest;
      p.speaker |= l.speaker;
    }
    prev_guest_intro = guest_intro || (continuation && prev_guest_intro);
  }
  return out;
}

}  // namespace vnkg::extract
