#include "extract/lexicon.h"

#include <cstdlib>
#include <set>
#include <utility>

#include "extract/embedded_data.h"
#include "extract/normalize.h"

namespace vnkg::extract {
namespace {

// Calls fn(columns) for each non-empty, non-comment line of a TSV file.
template <typename Fn>
void ForEachRow(std::string_view text, Fn fn) {
  size_t pos = 0;
  while (pos < text.size()) {
    size_t nl = text.find('\n', pos);
    std::string_view line = text.substr(pos, nl == std::string_view::npos ? nl : nl - pos);
    pos = nl == std::string_view::npos ? text.size() : nl + 1;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> cols;
    size_t start = 0;
    for (;;) {
      size_t tab = line.find('\t', start);
      cols.emplace_back(line.substr(start, tab == std::string_view::npos ? tab : tab - start));
      if (tab == std::string_view::npos) break;
      start = tab + 1;
    }
    fn(cols);
  }
}

const std::pair<const char*, Cue> kCueNames[] = {
    {"honorific", Cue::kHonorific}, {"plural", Cue::kPlural},     {"former", Cue::kFormer},
    {"current", Cue::kCurrent},     {"past", Cue::kPast},         {"chair", Cue::kChair},
    {"guest", Cue::kGuest},         {"speaker", Cue::kSpeaker},   {"elected", Cue::kElected},
    {"present", Cue::kPresent},     {"predicate", Cue::kPredicate},
    {"pred_fill", Cue::kPredFill},  {"institution", Cue::kInstitution}, {"block", Cue::kBlock},
    {"member", Cue::kMember},       {"settlement", Cue::kSettlement},
    {"stop", Cue::kStop},           {"predecessor", Cue::kPredecessor},
    {"not_meeting", Cue::kNotMeeting}, {"convene", Cue::kConvene},
    {"aux", Cue::kAux},             {"visit", Cue::kVisit},       {"time", Cue::kTime},
    {"time_fill", Cue::kTimeFill},  {"intro", Cue::kIntro},       {"future", Cue::kFuture},
    {"press", Cue::kPress},         {"document", Cue::kDocument}, {"review", Cue::kReview},
    {"same_day", Cue::kSameDay},    {"year_part", Cue::kYearPart},
    {"venue", Cue::kVenue},         {"background", Cue::kBackground},
    {"aside", Cue::kAside},         {"dateline", Cue::kDateline}, {"month", Cue::kMonth},
    {"elected_list", Cue::kElectedList}, {"recipient", Cue::kRecipient},
    {"not_name", Cue::kNotName},    {"item_lead", Cue::kItemLead},
    {"topic", Cue::kTopic},         {"partner", Cue::kPartner},
    {"reported", Cue::kReported},   {"delegation", Cue::kDelegation},
    {"conjunction", Cue::kConjunction}, {"continuation", Cue::kContinuation},
    {"on_behalf", Cue::kOnBehalf},  {"list_of", Cue::kListOf},
    {"votes", Cue::kVotes},         {"old_unit", Cue::kOldUnit},
    {"new_unit", Cue::kNewUnit},    {"old_lead", Cue::kOldLead}};

const std::pair<const char*, MeetingKind> kMeetingNames[] = {
    {"congress", MeetingKind::kCongress}, {"plenum", MeetingKind::kPlenum},
    {"session", MeetingKind::kSession},   {"first_session", MeetingKind::kFirstSession},
    {"council", MeetingKind::kCouncil},   {"working", MeetingKind::kWorking},
    {"cell", MeetingKind::kCell},         {"ceremony", MeetingKind::kCeremony},
    {"seminar", MeetingKind::kSeminar},   {"verb", MeetingKind::kVerb}};

bool ParseBodyClass(const std::string& s, BodyEntry* e) {
  if (s.rfind("committee:", 0) == 0) {
    e->cls = BodyClass::kCommittee;
    e->type_word = s.substr(10);
    return true;
  }
  const std::pair<const char*, BodyClass> kClasses[] = {
      {"partyunit", BodyClass::kPartyUnit}, {"partyorg", BodyClass::kPartyOrg},
      {"bch", BodyClass::kBch},             {"board", BodyClass::kBoard},
      {"gov", BodyClass::kGov},             {"named", BodyClass::kNamed},
      {"central", BodyClass::kCentral},     {"purpose", BodyClass::kPurpose}};
  for (const auto& [name, cls] : kClasses)
    if (s == name) { e->cls = cls; return true; }
  return false;
}

// Surfaces also written with common abbreviations ("Ủy viên BCH TƯ Đảng"):
// every combination of the spelling rules (abbreviation, long form) that apply.
std::vector<std::string> WithAbbreviations(
    const std::string& surface, const std::vector<std::pair<std::string, std::string>>& rules) {
  std::vector<std::string> out = {surface};
  for (const auto& [abbr, full] : rules) {
    size_t n = out.size();
    for (size_t i = 0; i < n; ++i) {
      size_t at = out[i].find(full);
      if (at == std::string::npos) continue;
      std::string v = out[i];
      v.replace(at, full.size(), abbr);
      out.push_back(std::move(v));
    }
  }
  return out;
}

std::string_view FileOr(const std::map<std::string, std::string_view>& files,
                        const std::string& name, std::string* missing) {
  auto it = files.find(name);
  if (it == files.end() || it->second.empty()) {
    *missing = name;
    return {};
  }
  return it->second;
}

}  // namespace

const Gazetteer& Lexicon::AtlasAt(const std::optional<std::string>& date) const {
  // A date as precise as a month or a year is on or after `from` when its
  // first day is.
  std::string first_day = date ? *date : "";
  if (first_day.size() == 4) first_day += "-01";
  if (first_day.size() == 7) first_day += "-01";
  const Atlas* best = atlases_.front().get();
  for (const auto& a : atlases_)
    if (date && first_day >= a->from) best = a.get();
  std::call_once(best->built, [&] {
    std::string unused;  // every rename was checked at load
    std::unique_ptr<Gazetteer> july = Gazetteer::Renamed(*gazetteer_2025_07, renames, best->from, &unused);
    best->units = Gazetteer::Combine({gazetteer.get(), july.get()});
  });
  return *best->units;
}

int Lexicon::TypeLevel(std::string_view type) const {
  auto it = type_levels.find(FoldKey(type));
  return it == type_levels.end() ? 0 : it->second;
}

std::vector<std::string> Lexicon::TypesAtLevel(int level) const {
  std::vector<std::string> out;
  for (const auto& [key, l] : type_levels)
    if (l == level) out.push_back(type_words.at(key));
  return out;
}

PositionRank Lexicon::RankOf(std::string_view position) const {
  auto it = position_ranks.find(FoldKey(position));
  return it == position_ranks.end() ? PositionRank::kOther : it->second;
}

std::unique_ptr<Lexicon> Lexicon::LoadEmbedded(std::string* error) {
  std::map<std::string, std::string_view> files;
  for (const char* name : {"posts.tsv", "bodies.tsv", "localities.tsv", "abbreviations.tsv",
                           "surnames.txt", "cues.tsv", "meetings.tsv", "positions.tsv",
                           "boilerplate.txt", "localities-2025-03.tsv",
                           "localities-2025-07.tsv", "renames-2025-07.tsv"})
    files[name] = EmbeddedFile(name);
  return Load(files, error);
}

std::unique_ptr<Lexicon> Lexicon::Load(const std::map<std::string, std::string_view>& files,
                                       std::string* error) {
  auto lex = std::unique_ptr<Lexicon>(new Lexicon());
  std::string missing, bad;
  std::vector<std::pair<std::string, std::string>> spellings;  // (abbreviation, long form)
  ForEachRow(FileOr(files, "abbreviations.tsv", &missing), [&](const std::vector<std::string>& c) {
    if (c.size() < 2) { bad = "abbreviations.tsv: " + c[0]; return; }
    if (c.size() > 2 && c[2] == "spelling") spellings.emplace_back(c[0], c[1]);
    lex->abbreviations.Add(c[0], static_cast<int>(lex->abbreviation_entries.size()));
    lex->abbreviation_entries.push_back(c[1]);
  });
  ForEachRow(FileOr(files, "posts.tsv", &missing), [&](const std::vector<std::string>& c) {
    if (c.size() < 2) { bad = "posts.tsv: " + c[0]; return; }
    PostEntry e;
    e.position = c[1];
    std::string rule = c.size() > 2 ? c[2] : "";
    if (rule == "-") e.rule = PostEntry::OrgRule::kNone;
    else if (!rule.empty() && rule[0] == '=') { e.rule = PostEntry::OrgRule::kFixed; e.org = rule.substr(1); }
    else if (!rule.empty() && rule[0] == '@') { e.rule = PostEntry::OrgRule::kBody; e.org = rule.substr(1); }
    else if (!rule.empty() && rule[0] == '~') e.org = rule.substr(1);  // body of a bare locality
    std::string flags = c.size() > 3 ? "," + c[3] + "," : "";
    e.head = flags.find(",head,") != std::string::npos;
    e.needs_body = flags.find(",body,") != std::string::npos || e.head;
    e.party = flags.find(",party,") != std::string::npos;
    e.place = flags.find(",place,") != std::string::npos;
    for (const std::string& s : WithAbbreviations(c[0], spellings))
      lex->posts.Add(s, static_cast<int>(lex->post_entries.size()));
    lex->post_entries.push_back(std::move(e));
  });
  ForEachRow(FileOr(files, "bodies.tsv", &missing), [&](const std::vector<std::string>& c) {
    BodyEntry e;
    if (c.size() < 4 || !graph::ParseOrgKind(c[2], &e.kind) || !ParseBodyClass(c[3], &e)) {
      bad = "bodies.tsv: " + c[0];
      return;
    }
    e.head = c[1];
    e.noun = c.size() > 4 ? c[4] : "";
    for (const std::string& s : WithAbbreviations(c[0], spellings))
      lex->bodies.Add(s, static_cast<int>(lex->body_entries.size()));
    lex->body_entries.push_back(std::move(e));
  });
  ForEachRow(FileOr(files, "localities.tsv", &missing), [&](const std::vector<std::string>& c) {
    if (c.size() < 3) { bad = "localities.tsv: " + c[0]; return; }
    lex->loc_types.Add(c[0], static_cast<int>(lex->loc_type_entries.size()));
    lex->loc_type_entries.emplace_back(c[1] == "alias", c[2]);
    lex->loc_type_numbered.push_back(c[1] == "numbered");
    if (c[1] == "type" && c.size() > 3) {
      lex->type_levels[FoldKey(c[2])] = std::atoi(c[3].c_str());
      lex->type_words[FoldKey(c[2])] = c[2];
    }
  });
  ForEachRow(FileOr(files, "surnames.txt", &missing),
             [&](const std::vector<std::string>& c) { lex->surnames.Add(c[0], 0); });
  ForEachRow(FileOr(files, "boilerplate.txt", &missing),
             [&](const std::vector<std::string>& c) { lex->boilerplate.Add(c[0], 0); });
  std::map<std::string, int> cue_index;
  ForEachRow(FileOr(files, "cues.tsv", &missing), [&](const std::vector<std::string>& c) {
    if (c.size() < 2) { bad = "cues.tsv: " + c[0]; return; }
    for (const auto& [name, cue] : kCueNames) {
      if (c[1] != name) continue;
      if (cue == Cue::kPredFill) {
        lex->pred_fill.Add(c[0], 0);
        return;
      }
      if (cue == Cue::kHonorific || cue == Cue::kPlural)
        lex->honorifics.Add(c[0], cue == Cue::kPlural ? 1 : 0);
      std::string key = FoldKey(c[0]);
      auto [it, fresh] = cue_index.emplace(key, static_cast<int>(lex->cue_entries.size()));
      if (fresh) {
        lex->cues.Add(c[0], it->second);
        lex->cue_entries.push_back(0);
      }
      lex->cue_entries[it->second] |= uint64_t{1} << static_cast<int>(cue);
      return;
    }
    bad = "cues.tsv: unknown class " + c[1];
  });
  ForEachRow(FileOr(files, "meetings.tsv", &missing), [&](const std::vector<std::string>& c) {
    for (const auto& [name, kind] : kMeetingNames) {
      if (c.size() > 1 && c[1] == name) {
        lex->meetings.Add(c[0], static_cast<int>(lex->meeting_entries.size()));
        lex->meeting_entries.push_back(kind);
        return;
      }
    }
    bad = "meetings.tsv: " + c[0];
  });
  ForEachRow(FileOr(files, "positions.tsv", &missing), [&](const std::vector<std::string>& c) {
    const std::pair<const char*, PositionRank> kRanks[] = {
        {"head", PositionRank::kHead}, {"deputy", PositionRank::kDeputy},
        {"member", PositionRank::kMember}};
    for (const auto& [name, rank] : kRanks)
      if (c.size() > 1 && c[1] == name) {
        lex->position_ranks[FoldKey(c[0])] = rank;
        return;
      }
    bad = "positions.tsv: " + c[0];
  });
  if (!missing.empty()) {
    if (error) *error = "lexicon file missing or empty: " + missing;
    return nullptr;
  }
  if (!bad.empty()) {
    if (error) *error = "malformed lexicon row: " + bad;
    return nullptr;
  }
  std::string gz_error;
  lex->gazetteer = Gazetteer::Parse(files.at("localities-2025-03.tsv"), "2025-03", &gz_error);
  if (lex->gazetteer)
    lex->gazetteer_2025_07 = Gazetteer::Parse(files.at("localities-2025-07.tsv"), "2025-07", &gz_error);
  if (!lex->gazetteer || !lex->gazetteer_2025_07 ||
      !Gazetteer::ParseRenames(FileOr(files, "renames-2025-07.tsv", &missing), &lex->renames,
                               &gz_error)) {
    if (error) *error = !missing.empty() ? "lexicon file missing or empty: " + missing : gz_error;
    return nullptr;
  }
  // Every rename must name a unit of its map: checked once, here.
  for (const Rename& r : lex->renames) {
    const Gazetteer* g = r.map == lex->gazetteer->map() ? lex->gazetteer.get()
                         : r.map == lex->gazetteer_2025_07->map() ? lex->gazetteer_2025_07.get()
                                                                   : nullptr;
    if (!g || g->FindCode(r.code) < 0) {
      if (error) *error = "renames-2025-07.tsv: no unit " + r.code + " on map " + r.map;
      return nullptr;
    }
  }
  std::set<std::string> dates = {""};
  for (const Rename& r : lex->renames) dates.insert(r.from);
  for (const std::string& from : dates) {
    lex->atlases_.push_back(std::make_unique<Atlas>());
    lex->atlases_.back()->from = from;
  }
  return lex;
}

}  // namespace vnkg::extract
