// The extraction record: what `vnkg extract` prints for one article and what
// ingestion consumes. Field meanings follow ../shared/eval/FORMAT.md.
// Plain value types; they know nothing of text rules, storage or HTTP.
#ifndef VNKG_GRAPH_RECORD_H_
#define VNKG_GRAPH_RECORD_H_

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace vnkg::graph {

// Byte span [start, end) of a sentence in the article's NFC text.
struct Span {
  size_t start = 0;
  size_t end = 0;
  bool operator==(const Span& o) const { return start == o.start && end == o.end; }
};

// Persisted in the store as text; the spelling is the contract.
enum class OrgKind { kPartyCommittee, kPartyBoard, kPartyCell, kGovernment,
                     kLegislature, kFront, kMassOrg, kCentral, kOther };
enum class LocalityLevel { kProvince, kDistrict, kCommune };

const char* OrgKindName(OrgKind kind);
bool ParseOrgKind(const std::string& name, OrgKind* out);
const char* LocalityLevelName(LocalityLevel level);
bool ParseLocalityLevel(const std::string& name, LocalityLevel* out);

struct Role {
  std::string position;                 // "Bí thư", "Phó Trưởng ban"
  std::optional<std::string> organization;  // canonical name; none for "Chủ tịch nước"
  bool former = false;                  // held before, or left, in the story
  Span evidence;
};

struct Person {
  std::string name;  // proper-cased, as written
  std::string key;   // folded name (lower case, tone-neutral)
  std::string search;  // diacritic-free folded name, for search
  std::vector<Role> roles;
  Span evidence;     // the first sentence naming the person
};

struct Organization {
  std::string name;
  std::string key;
  std::string search;
  OrgKind kind = OrgKind::kOther;
  std::optional<std::string> locality;  // "thành phố Cần Thơ"
  std::optional<std::string> province;  // the province it lies in, when known
};

struct Locality {
  std::string name;                     // "quận Bình Thủy" (type word in lower case)
  std::string key;
  std::string search;
  LocalityLevel level = LocalityLevel::kProvince;
  std::optional<std::string> parent;    // parent's name, when resolved
  std::optional<std::string> map;       // the map `code` is on: "2025-03" or "2025-07"
  std::optional<std::string> code;      // gazetteer code, when resolved
  std::optional<std::string> parent_code;
  std::vector<std::string> candidates;  // gazetteer codes when still ambiguous
};

struct Participant {
  std::string name;
  std::string key;
  std::vector<std::string> as;  // any of "chair", "guest", "speaker"
  Span evidence;
};

struct Meeting {
  std::optional<std::string> date;       // ISO 8601, as precise as the text allows
  std::optional<std::string> organizer;  // canonical organization name
  std::string name;
  std::string search;  // diacritic-free folded name, for search
  std::vector<Participant> participants;
  Span evidence;
};

struct Record {
  std::string doc;
  std::optional<std::string> url;
  std::optional<std::string> published;
  std::optional<std::string> title;
  std::optional<std::string> author;
  std::vector<Person> people;
  std::vector<Organization> organizations;
  std::vector<Locality> localities;
  std::vector<Meeting> meetings;
};

}  // namespace vnkg::graph

#endif  // VNKG_GRAPH_RECORD_H_
