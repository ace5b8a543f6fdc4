// A meeting's date (FORMAT.md, the date rules): the day-month its mentions
// give (or the lead sentence just before its report, in the same
// paragraph), with the year from the text, the dateline, or what the text
// makes certain:
//   a congress or a first session of term A–B is in year A;
//   "năm Y vừa qua" puts the story in Y+1;
//   "tổng kết N năm thực hiện <a document of year Y>" is in Y+N;
//   a day-month later in the year than the dateline's is in the year before;
//   a year inside a cited document ("Chỉ thị ... ngày 11/4/2013") is not the
//   meeting's.
#include "extract/meetings.h"

#include <algorithm>

namespace vnkg::extract {
namespace {

// A year written with four digits in [from, 2100] at token i, or 0. Meetings
// are dated from 1945; what they commemorate may be older (1930).
int FourDigitYear(const Analysis& a, size_t i, int from = 1945) {
  if (i >= a.tokens.size() || !a.tokens[i].number) return 0;
  std::string_view s = a.Surface(i);
  if (s.size() != 4) return 0;
  int y = std::stoi(std::string(s));
  return y >= from && y <= 2100 ? y : 0;
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

// A year standing alone (not a term's bound, not a birth year, not the date
// of a cited document) in [from, to).
int SingleYear(const Analysis& a, size_t from, size_t to) {
  for (size_t i = from; i < to; ++i) {
    int y = FourDigitYear(a, i);
    if (!y || a.masked[i]) continue;
    // "Chỉ thị số 28 (ban hành ngày 11/4/2013)": a cited document's date.
    bool in_date = i > 0 && (a.Is(i - 1, "/") || a.Is(i - 1, "-") || a.Is(i - 1, "."));
    if (in_date && InCitation(a, i)) continue;
    if (i >= 2 && IsRangeSep(a, i - 1) && FourDigitYear(a, i - 2)) continue;
    if (IsRangeSep(a, i + 1) && FourDigitYear(a, i + 2)) continue;
    bool past = false;  // "sinh năm 1927", "hoạt động cách mạng từ năm 1945"
    for (size_t k = i > from + 4 ? i - 4 : from; k < i && !past; ++k)
      past = a.CueAtIs(k, i, Cue::kBackground);
    if (past) continue;
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

// "tổng kết 10 năm thực hiện Chỉ thị số 28 (ban hành ngày 11/4/2013)",
// "kỷ niệm 30 năm thành lập thị xã (1994-2024)": the first year named after
// "N năm" in the sentence, plus N; 0 when the sentence has no such review.
int ReviewYear(const Analysis& a, size_t sentence) {
  const Sentence& s = a.sentences[sentence];
  for (size_t i = s.tok_begin; i + 2 < s.tok_end; ++i) {
    size_t len = 0;
    if (!a.CueAtIs(i, s.tok_end, Cue::kReview, &len)) continue;
    size_t n = i + len;
    if (!a.tokens[n].number || !a.Is(n + 1, "năm")) continue;
    int years = std::stoi(std::string(a.Surface(n)));
    if (years <= 0 || years > 100) continue;
    for (size_t k = n + 2; k < s.tok_end && k < n + 30; ++k)
      if (int y = FourDigitYear(a, k, 1800)) return y + years <= 2100 ? y + years : 0;
  }
  return 0;
}

// "sơ kết công tác quý I năm 2024", "tổng kết công tác năm 2023": the year a
// meeting reviews (or part of it), which it is held in; 0 when none.
int ReviewedYear(const Analysis& a, size_t sentence) {
  const Sentence& s = a.sentences[sentence];
  for (size_t i = s.tok_begin; i < s.tok_end; ++i) {
    int y = FourDigitYear(a, i);
    if (!y || !a.Is(i - 1, "năm")) continue;
    for (size_t k = i > s.tok_begin + 6 ? i - 6 : s.tok_begin; k < i; ++k)
      if (a.CueAtIs(k, i, Cue::kYearPart)) return y;
  }
  return 0;
}

// The first day-month among the event's mentions; else the lead sentence
// just before its first mention ("Sáng 15/3, Tỉnh ủy tổng kết công tác năm.
// Tại hội nghị, ..."), in the same paragraph.
std::optional<DayMonth> EventDay(const Analysis& a, const MeetingEvent& e) {
  for (const MeetingMention& m : e.mentions)
    if (m.day && !m.headline) return m.day;
  const MeetingMention& first = e.mentions.front();
  size_t s = first.sentence;
  if (!first.headline && s > a.title_sentence_end &&
      a.tokens[a.sentences[s].tok_begin].newlines_before == 0)
    if (auto dm = FindDayMonth(a, s - 1)) return dm;
  for (const MeetingMention& m : e.mentions)
    if (m.day) return m.day;
  return std::nullopt;
}

}  // namespace

int StoryYears::JustPast() {
  if (just_past_ < 0) just_past_ = YearJustPast(a_);
  return just_past_;
}

int StoryYears::Single() {
  if (single_ < 0) single_ = SingleYear(a_, 0, a_.tokens.size());
  return single_;
}

int StoryYears::LatestTerm() {
  if (latest_term_ < 0) {
    latest_term_ = 0;
    for (size_t s = 0; s < a_.sentences.size(); ++s)
      latest_term_ = std::max(latest_term_, TermStart(a_, s));
  }
  return latest_term_;
}

std::optional<std::string> EventDate(const Analysis& a, const MeetingEvent& e, StoryYears* years) {
  int term = 0, review = 0;
  bool termed = e.kind == MeetingKind::kCongress || e.kind == MeetingKind::kFirstSession;
  size_t last = a.sentences.size();  // each sentence once: mentions are in text order
  for (const MeetingMention& m : e.mentions) {
    if (m.sentence == last) continue;
    last = m.sentence;
    if (!term && termed) term = TermStart(a, m.sentence);
    if (!review) review = ReviewYear(a, m.sentence);
    if (term && review) break;
  }
  // A congress whose term the story states elsewhere ("Nhiệm kỳ 2025 - 2030,
  // xã đặt mục tiêu ..."): the latest term named, the one being opened.
  if (termed && !term) term = years->LatestTerm();
  int pub_year = 0, pub_month = 0, pub_day = 0;
  if (a.published && a.published->size() >= 4) {
    pub_year = std::stoi(a.published->substr(0, 4));
    if (a.published->size() >= 10) {
      pub_month = std::stoi(a.published->substr(5, 2));
      pub_day = std::stoi(a.published->substr(8, 2));
    }
  }
  if (std::optional<DayMonth> dm = EventDay(a, e)) {
    int y = dm->year;
    if (!y && pub_year) {
      // A story does not report a meeting after its own date.
      bool later = pub_month && (dm->month > pub_month ||
                                 (dm->month == pub_month && dm->day > pub_day));
      y = later ? pub_year - 1 : pub_year;
    }
    if (!y) y = term;
    if (!y) y = review;
    if (!y) y = years->JustPast();
    if (!y) y = years->Single();
    if (!y) return std::nullopt;
    return IsoDate(y, dm->month, dm->day);
  }
  if (term) return IsoDate(term, 0, 0);
  if (review) return IsoDate(review, 0, 0);
  if (int y = years->JustPast()) return IsoDate(y, 0, 0);
  if (int y = ReviewedYear(a, e.report().sentence)) return IsoDate(y, 0, 0);
  return std::nullopt;
}

}  // namespace vnkg::extract
