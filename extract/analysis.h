// Internal to extract/: the working state of one article as it goes through
// the pipeline (document zones -> tokens -> mentions -> context -> meetings
// -> record), and the stage functions that fill it. Not a public header.
#ifndef VNKG_EXTRACT_ANALYSIS_H_
#define VNKG_EXTRACT_ANALYSIS_H_

#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "extract/lexicon.h"
#include "extract/tokenizer.h"
#include "graph/record.h"

namespace vnkg::extract {

// Which map a locality mention is read on (FORMAT.md "Which map"): the
// story's, or the one the text marks: old ("xã X (cũ)", "huyện Y cũ",
// "tỉnh Z trước sáp nhập", the units a new one was formed from) or new
// ("xã X (mới)", "sau sáp nhập").
enum class Era { kStory, kOld, kNew };

// A locality as a text names it: type word and/or name, with its gazetteer
// candidates (several when the name repeats across the country).
struct LocRef {
  std::string type;        // canonical lower-case type word, "" when none
  std::string name;        // "" when the text gives only the type word
  std::vector<int> units;  // candidates in Analysis::gz (each unit knows its map)
  Era era = Era::kStory;   // as the text marks the mention
  size_t begin = 0, end = 0;
  bool named() const { return !name.empty(); }
  bool Resolved() const { return units.size() == 1; }
};

// An organization phrase: a lexicon body plus what qualifies it.
struct OrgRef {
  std::string head;       // canonical head ("Ban Tổ chức", "Thành ủy", "Đảng ủy")
  graph::OrgKind kind = graph::OrgKind::kOther;
  BodyClass cls = BodyClass::kCentral;
  std::string type_word;  // committees: the type of locality they govern
  std::string noun;       // head noun for head posts ("Ban")
  std::string qualifier;  // "các cơ quan chính quyền", "Tư pháp"
  LocRef loc;
  std::shared_ptr<OrgRef> parent;  // boards: the body they belong to
  size_t begin = 0, end = 0;
};

struct Title {
  std::string position;
  std::optional<OrgRef> org;
  bool no_org = false;   // the post has no organization ("Chủ tịch nước")
  bool former = false;
  bool party = false;    // a party post (Bí thư): its body is a party committee
  bool termed = false;   // tagged with a term ("khóa XIV")
  size_t begin = 0, end = 0;
};

struct TitleChain {
  size_t begin = 0, end = 0;
  std::vector<Title> titles;
};

struct RoleMention {
  Title title;
  size_t sentence = 0;
};

struct PersonEntity {
  std::string name;  // proper-cased
  std::string key;   // FoldKey(name)
  std::vector<RoleMention> roles;
  size_t first_sentence = 0;
};

struct PersonMention {
  int person = -1;
  size_t begin = 0, end = 0;  // the name, or the title for a title-only mention
  size_t appos_end = 0;       // after the name's apposition
  size_t sentence = 0;
  bool title_only = false;
};

// A title chain that names nobody ("Bí thư Thành ủy yêu cầu..."), to be
// linked to the person holding that title.
struct TitleRef {
  TitleChain chain;
  size_t sentence = 0;
};

struct OrgMention {
  OrgRef org;
  size_t sentence = 0;
};

struct Analysis {
  const Lexicon* lex = nullptr;
  // Both maps of FORMAT.md "Which map" as they stand at the story's date
  // (Lexicon::AtlasAt), and the map the story is resolved against, chosen
  // from its date once the document stage has read it: "2025-03",
  // "2025-07", or "" for a story with no date (its units say which).
  const Gazetteer* gz = nullptr;
  std::string map;
  // An undated story whose unambiguous mentions all lie on one map: that map.
  std::string named_map;
  // Tokens in the scope of a lead that names old units ("trên cơ sở sáp
  // nhập các xã A, B và C"): to the end of the sentence.
  std::vector<bool> old_scope;
  std::string text;            // NFC
  std::vector<Token> tokens;
  std::vector<Sentence> sentences;
  std::vector<size_t> sentence_of;  // token -> sentence
  std::vector<bool> masked;         // boilerplate, byline, photo credits
  size_t title_sentence_end = 0;    // sentences before this index are the headline zone

  // Document zones.
  std::optional<std::string> title, author, published;
  std::vector<size_t> byline_tokens;

  // Mentions.
  std::vector<PersonEntity> persons;
  std::vector<PersonMention> mentions;
  std::vector<TitleRef> title_refs;
  std::vector<OrgMention> orgs;
  std::vector<LocRef> frame;  // named localities, in text order
  std::vector<int> frame_salience;  // how often the story names each frame entry's unit
  // Frame indexes for resolving bare bodies in time linear in the story:
  // per name, each resolved unit's last frame entry; per kind of fit (filled
  // on first use), the fitting entries of the highest salience by position.
  std::map<std::string, std::map<int, size_t>> resolved_by_name;
  mutable std::map<std::string, std::vector<size_t>> fits;
  std::vector<std::vector<size_t>> mentions_in;  // sentence -> indexes into mentions

  std::string_view Surface(size_t tok) const { return tokens[tok].Surface(text); }
  std::string SurfaceRange(size_t begin, size_t end) const;
  // Whether token `tok` is this word (compared folded: "Khoá" is "khóa").
  bool Is(size_t tok, std::string_view word) const;
  // The cue phrase at `tok` (entry index, tokens), or {-1, 0}.
  std::pair<int, size_t> CueAt(size_t tok, size_t limit) const;
  bool CueAtIs(size_t tok, size_t limit, Cue cue, size_t* len = nullptr) const;
  // End of the hyphen-glued word starting at `tok` ("Xổm-phon", "Sa-van-na-khẹt"):
  // past every "-" written with no space on either side and followed by a
  // word that starts no post or body; tok + 1 when there is none.
  size_t GluedEnd(size_t tok, size_t limit) const;
};

// document.cc: lines, boilerplate, headline, dateline, byline; fills
// text-level fields, tokens, sentences and the mask.
void AnalyzeDocument(Analysis* a);

// which_map.cc: FORMAT.md "Which map" for each locality mention.
// The map a story is resolved against, from its date ("" when undated).
std::string MapOfDate(const std::optional<std::string>& date);
// Marks the tokens after an old-unit lead (cues.tsv old_lead) to the
// sentence end as naming old units.
void MarkOldScopes(Analysis* a);
// The era marker right after a name at `pos` ("(cũ)", "cũ", "trước sáp
// nhập", "(mới)"; cues.tsv old_unit, new_unit), with or without parentheses:
// the token after it, and *era; `pos` and kStory when there is none.
size_t EraMarkerAt(const Analysis& a, size_t pos, size_t limit, Era* era);
// The candidates among `units` that a mention of this era at `pos` may name:
// those of a marked map; else those of the story's map (both when undated);
// failing those in a story after the reform, the March map's (a unit the new
// map lacks is a pre-reform one). `narrow` keeps the candidates of the
// mention's type; empty when none is left.
std::vector<int> UnitsOfEra(const Analysis& a, size_t pos, Era era, const std::vector<int>& units,
                            const std::function<std::vector<int>(std::vector<int>)>& narrow);
// A gazetteer name at `pos` read as UnitsOfEra reads it: the longest name
// with a candidate left, its era marker consumed.
struct UnitMatch {
  size_t length = 0;       // tokens of the name; 0: no gazetteer name here
  size_t end = 0;          // past the name and its era marker
  std::vector<int> units;  // empty when the name has no candidate of the mention's type
  Era era = Era::kStory;
};
UnitMatch MatchUnits(const Analysis& a, size_t pos, size_t limit,
                     const std::function<std::vector<int>(std::vector<int>)>& narrow);
// Whether a frame entry is on the story's map (or undated, or unresolved).
bool OnStoryMap(const Analysis& a, const LocRef& l);
// For an undated story: the one map its single-map mentions lie on, into
// a->named_map, and the frame's mixed candidates narrowed to it.
void VoteMap(Analysis* a);

// localities.cc: locality phrases and the names after a body's head.
// "xã Trần Hợi", "huyện Lệ Thủy (cũ)", "TP.HCM", "Phường 7": the type word
// at `pos` and the name after it, or nullopt when no type word starts there.
std::optional<LocRef> ParseLocality(const Analysis& a, size_t pos, size_t limit);
// "Đảng ủy An Dân", "UBND Tuy An": a gazetteer name with no type word, taken
// with its units' type when they agree, at the highest level the name has
// (communes only when `communes`). Not a name's first syllable ("Công an"),
// nor a person's name ("Trần Phú" is a ward, but only a province's name is
// taken when it starts with a surname).
std::optional<LocRef> BareUnitName(const Analysis& a, size_t pos, size_t limit, bool communes);
// The name after a committee's head with no type word ("Huyện ủy Lệ Thủy
// (cũ)", "Tỉnh ủy Tây Ninh"): units of the level its type word governs
// (`type_word`: "tỉnh", "thành phố", or a district's), or a capitalised name
// the gazetteer lacks; nullopt when neither follows.
std::optional<LocRef> CommitteeUnit(const Analysis& a, size_t pos, size_t limit,
                                    const std::string& type_word);
// Any gazetteer name at `pos` ("Tỉnh đoàn Kiên Giang"), or nullopt.
std::optional<LocRef> AnyUnitName(const Analysis& a, size_t pos, size_t limit);
// Of `units`, those of the type word; failing that, those of its level.
std::vector<int> FilterUnits(const Analysis& a, const std::vector<int>& units,
                             const std::string& type);
// Whether a person's surname starts at `pos` (surnames.txt).
bool StartsWithSurname(const Analysis& a, size_t pos, size_t limit);
// A capitalised (or all-capitals) word that is not a number.
bool IsNameWord(const Token& t);

// orgs.cc: organization phrases.
std::optional<OrgRef> ParseOrg(const Analysis& a, size_t pos, size_t limit);
std::string OrgName(const OrgRef& org);
// The party committee of a locality ("huyện X" -> Huyện ủy X, "xã Y" -> Đảng ủy xã Y).
OrgRef PartyCommitteeOf(const LocRef& loc);
// Locality type words an unnamed body at this level may take from context.
std::vector<std::string> OrgTypeSet(const Lexicon& lex, const OrgRef& org);
// The body whose name-bearing locality matters (a board's parent, else itself).
OrgRef* LocalBody(OrgRef* org);
size_t SkipTermQualifier(const Analysis& a, size_t pos, size_t limit);

// titles.cc: title chains ("Ủy viên Ban Thường vụ, Trưởng Ban Tổ chức Tỉnh ủy").
std::optional<TitleChain> ParseTitleChain(const Analysis& a, size_t pos, size_t limit);
// Applies the organization named at the end of a list to the titles before
// it (ParseTitleChain does this; membership lists reuse it).
void Distribute(const Lexicon& lex, TitleChain* chain);

// people.cc: person names, their titles and predicates; title references.
void FindPeople(Analysis* a);

// context.cc: the story's localities and the resolution of bare bodies.
void BuildFrame(Analysis* a);
void ResolveOrg(const Analysis& a, size_t at, OrgRef* org);

// dates.cc
struct DayMonth {
  int day = 0, month = 0, year = 0;  // year 0: not given
  size_t sentence = 0;
};
// The first day-month of the sentence after a time word ("Sáng 12/3", "Chiều
// nay, 24-11", "trong các ngày 23 và 24/7" gives the 23rd), or "(23 và
// 24-7)"; dates inside a cited document are skipped.
std::optional<DayMonth> FindDayMonth(const Analysis& a, size_t sentence);
// Whether token `tok` lies in the citation of a document ("Chỉ thị số
// 28-CT/TW (ban hành ngày 11/4/2013)"): a document cue shortly before it in
// the same clause.
bool InCitation(const Analysis& a, size_t tok);
// ISO date "YYYY-MM-DD" (or nullopt) from the dateline-like text of a line.
std::optional<std::string> ParseDateline(std::string_view line);
std::string IsoDate(int year, int month, int day);
// An ISO date stamp opening the text ("2025-08-14", "date 2025-06 Sáng ..."),
// as pages print their date: the date as precise as given, and the token
// where the stamp ends. At most one word may stand before it.
std::optional<std::string> LeadingIsoDate(const Analysis& a, size_t* end);


}  // namespace vnkg::extract

#endif  // VNKG_EXTRACT_ANALYSIS_H_
