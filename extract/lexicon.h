// The compiled lexicons of extract/lexicons/ (posts, bodies, locality types,
// cues, meeting nouns, surnames, boilerplate) and the gazetteer. Built once,
// then shared read-only by every extraction (safe for concurrent use).
#ifndef VNKG_EXTRACT_LEXICON_H_
#define VNKG_EXTRACT_LEXICON_H_

#include <cstdint>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "extract/gazetteer.h"
#include "extract/phrase_matcher.h"
#include "graph/record.h"

namespace vnkg::extract {

struct PostEntry {
  enum class OrgRule { kOptional, kNone, kFixed, kBody };
  std::string position;
  OrgRule rule = OrgRule::kOptional;
  std::string org;        // fixed organization, the body for kBody, or for
                          // kOptional the body a bare locality after it stands for
  bool head = false;      // "Trưởng": joins the following body's noun
  bool needs_body = false;
  bool party = false;     // a party post: a government body after it names its locality only
  bool place = false;     // the locality after it is its organization ("Tỉnh trưởng tỉnh X")
};

enum class BodyClass {
  kCommittee, kPartyUnit, kPartyOrg, kBch, kBoard, kGov, kNamed, kCentral, kPurpose
};

struct BodyEntry {
  std::string head;       // canonical: "Ủy ban nhân dân", "Ban Thường vụ"
  graph::OrgKind kind = graph::OrgKind::kOther;
  BodyClass cls = BodyClass::kCentral;
  std::string type_word;  // committees: the locality type they govern
  std::string noun;       // "Ban", "Văn phòng", "Đoàn"
};

enum class Cue {
  kHonorific, kPlural, kFormer, kCurrent, kPast, kChair, kGuest, kSpeaker, kElected,
  kPresent, kPredicate, kPredFill, kInstitution, kBlock, kMember, kSettlement, kStop, kPredecessor, kNotMeeting,
  kConvene, kAux, kVisit, kTime, kTimeFill, kIntro, kFuture, kPress, kDocument, kReview, kSameDay,
  kYearPart, kVenue, kBackground, kAside, kDateline, kMonth, kElectedList, kRecipient,
  kNotName, kItemLead, kTopic, kPartner, kReported,
  kDelegation, kConjunction, kContinuation, kOnBehalf, kListOf, kVotes,
  kOldUnit, kNewUnit, kOldLead
};
static_assert(static_cast<int>(Cue::kOldLead) < 64, "cue classes are bits of a uint64_t");

enum class MeetingKind {
  kCongress, kPlenum, kSession, kFirstSession, kCouncil, kWorking, kCell, kCeremony,
  kSeminar, kVerb
};

// How a canonical position stands to its body (positions.tsv).
enum class PositionRank { kHead, kDeputy, kMember, kOther };

class Lexicon {
 public:
  // Builds from the files embedded in the binary.
  static std::unique_ptr<Lexicon> LoadEmbedded(std::string* error);
  // Builds from a map of file name -> contents (tests use this).
  static std::unique_ptr<Lexicon> Load(const std::map<std::string, std::string_view>& files,
                                       std::string* error);

  Lexicon(const Lexicon&) = delete;
  Lexicon& operator=(const Lexicon&) = delete;

  PhraseMatcher posts, bodies, loc_types, abbreviations, surnames, meetings, boilerplate;
  // Cue phrases; every class in one matcher so that "dự thảo" beats "dự".
  PhraseMatcher cues;
  // Cue phrases again, restricted to predicate fillers.
  PhraseMatcher pred_fill;
  // Honorifics that introduce people: value 0 one person, 1 a list.
  PhraseMatcher honorifics;

  std::vector<PostEntry> post_entries;
  std::vector<BodyEntry> body_entries;
  std::vector<std::pair<bool, std::string>> loc_type_entries;  // (alias?, value)
  std::vector<bool> loc_type_numbered;  // a type word only before a number ("Q.3")
  std::vector<std::string> abbreviation_entries;
  // Bit set of Cue classes per cue phrase (a phrase may be in several).
  std::vector<uint64_t> cue_entries;
  bool CueIs(int entry, Cue cue) const {
    return entry >= 0 && (cue_entries[entry] >> static_cast<int>(cue)) & 1u;
  }
  std::vector<MeetingKind> meeting_entries;
  // Folded canonical position -> rank; RankOf gives kOther for positions not listed.
  std::map<std::string, PositionRank> position_ranks;
  PositionRank RankOf(std::string_view position) const;
  // The two maps of FORMAT.md "Which map": units as of March 2025, and after
  // the reform of 1 July 2025 (Decision 19/2025/QĐ-TTg).
  std::unique_ptr<Gazetteer> gazetteer;       // extract/data/localities-2025-03.tsv
  std::unique_ptr<Gazetteer> gazetteer_2025_07;  // extract/data/localities-2025-07.tsv
  // Later dated changes on a map, codes unchanged (extract/data/renames-2025-07.tsv).
  std::vector<Rename> renames;
  // Both maps in one index, as they stand at `date` (an ISO date, as precise
  // as known; none: the files as published): the March map, then the July
  // map with the renames dated on or before it applied. Built on first use
  // of each state (a malformed rename is refused at load); safe for
  // concurrent calls.
  const Gazetteer& AtlasAt(const std::optional<std::string>& date) const;
  // The level a locality type word stands for (localities.tsv): 1, 2, 3, or
  // 0 when it may be either a province or a district ("thành phố").
  int TypeLevel(std::string_view type) const;
  // The type words of a level, as TypeLevel gives it.
  std::vector<std::string> TypesAtLevel(int level) const;
  std::map<std::string, int> type_levels;  // folded type word -> level
  std::map<std::string, std::string> type_words;  // folded type word -> as written

 private:
  Lexicon() = default;

  struct Atlas {
    std::string from;  // the latest rename date it applies; "" none
    mutable std::once_flag built;
    mutable std::unique_ptr<Gazetteer> units;
  };
  std::vector<std::unique_ptr<Atlas>> atlases_;  // by `from`, the first from ""
};

}  // namespace vnkg::extract

#endif  // VNKG_EXTRACT_LEXICON_H_
