// Internal to extract/: the meeting stage. A story's gatherings are found as
// mentions (every meeting noun the story uses, with what its own sentence
// says of it), the mentions that refer to one event are merged (event
// coreference), and each event takes its date, organizer, name and
// participants from all of its mentions. Rules: ../shared/eval/FORMAT.md,
// "Meetings", "Meeting organizer", "Participant as" and the date rules.
#ifndef VNKG_EXTRACT_MEETINGS_H_
#define VNKG_EXTRACT_MEETINGS_H_

#include <optional>
#include <string>
#include <vector>

#include "extract/analysis.h"

namespace vnkg::extract {

// One meeting noun ("hội nghị", "kỳ họp", "Đại hội", "làm việc với") in one
// sentence, and what that sentence says of the gathering.
struct MeetingMention {
  size_t sentence = 0;
  size_t begin = 0, end = 0;  // tokens of the meeting noun
  MeetingKind kind = MeetingKind::kPlenum;
  bool headline = false;      // in the headline zone
  // The body the sentence says holds it ("Huyện ủy X tổ chức hội nghị"), a
  // visiting delegation's body, or the body named right after the noun
  // ("kỳ họp thứ 9 HĐND huyện X"); nullptr when none.
  const OrgMention* convener = nullptr;
  bool convener_is_subject = false;  // the convener is the sentence's subject
  std::optional<DayMonth> day;       // the day-month its sentence gives
  // "Tại xã Cà Ná, đại hội ...": the place whose gathering an item of a
  // round-up reports (folded locality name), when the sentence opens so.
  std::optional<std::string> place;
};

// A person at a meeting and what they did there (FORMAT.md "as").
struct MeetingParticipant {
  int person = -1;  // index into Analysis::persons
  bool chair = false, guest = false, speaker = false;
  size_t sentence = 0;  // where they are first placed at it
};

struct MeetingEvent {
  MeetingKind kind = MeetingKind::kPlenum;
  std::vector<MeetingMention> mentions;  // the report's own mention first
  // Sentences [region_begin, region_end) whose people it takes.
  size_t region_begin = 0, region_end = 0;
  std::string name;
  std::optional<std::string> date;       // ISO 8601, as precise as known
  std::optional<std::string> organizer;  // canonical organization name
  std::vector<MeetingParticipant> participants;

  // The mention that reports the event: the first in the body with a
  // convening subject or a day; else the first in the body; else the first.
  // REQUIRES: !mentions.empty().
  const MeetingMention& report() const;
};

struct MeetingEvents {
  std::vector<MeetingEvent> events;  // in the order the story reports them
};

// The organization mentions of each sentence, sorted by position.
using OrgsBySentence = std::vector<std::vector<const OrgMention*>>;
OrgsBySentence IndexOrgs(const Analysis& a);

// meeting_mentions.cc: every mention of a gathering that took place, in text
// order (headline zone first). Mentions of a planned gathering ("sẽ tổ
// chức"), of one being prepared or reviewed ("chuẩn bị Đại hội", "trình Đại
// hội") and of a document ("Nghị quyết Đại hội") are left out.
std::vector<MeetingMention> FindMeetingMentions(const Analysis& a, const OrgsBySentence& orgs);

// meeting_dates.cc: the event's date from its mentions, the dateline (or the
// input's published date) and the year rules of FORMAT.md. nullopt when the
// year cannot be told.
// What the whole story says of the year, computed at most once per story
// and shared by its events. Each is 0 when the story says nothing of it.
class StoryYears {
 public:
  explicit StoryYears(const Analysis& a) : a_(a) {}
  int JustPast();    // "năm Y vừa qua" gives Y+1
  int Single();      // the first year standing alone (not a term, a birth, a citation)
  int LatestTerm();  // the first year of the latest term "A - B" named

 private:
  const Analysis& a_;
  int just_past_ = -1, single_ = -1, latest_term_ = -1;  // -1: not computed yet
};
std::optional<std::string> EventDate(const Analysis& a, const MeetingEvent& e, StoryYears* years);

// participants.cc: who the sentences of the event's region place at it.
std::vector<MeetingParticipant> FindParticipants(const Analysis& a, const MeetingEvent& e,
                                                 bool with_headline);

// meetings.cc: the stage. Linear in the story's length (each sentence is
// scanned a bounded number of times).
MeetingEvents FindMeetingEvents(const Analysis& a);

}  // namespace vnkg::extract

#endif  // VNKG_EXTRACT_MEETINGS_H_
