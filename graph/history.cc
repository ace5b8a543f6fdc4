#include "graph/history.h"

#include <algorithm>
#include <map>
#include <tuple>

namespace vnkg::graph {
namespace {

// Posts held by one person at a time, as the extractor spells them
// (extract/lexicons/posts.tsv), and the heads of combined posts ("Trưởng"
// + "ban" = "Trưởng ban").
constexpr std::string_view kSingleHolder[] = {
    "Bí thư", "Tổng Bí thư", "Chủ tịch", "Chủ tịch nước", "Chủ nhiệm", "Giám đốc",
    "Tổng Giám đốc", "Chánh án", "Chánh Thanh tra", "Viện trưởng", "Hiệu trưởng",
    "Bộ trưởng", "Thủ tướng", "Tư lệnh", "Chính ủy", "Chỉ huy trưởng", "Tổng Kiểm toán",
    "Tổng Thanh tra", "Tổng Thư ký"};
constexpr std::string_view kSingleHolderHeads[] = {"Trưởng", "Chánh"};

// Undated sorts after dated.
bool Earlier(const std::optional<std::string>& a, const std::optional<std::string>& b) {
  if (a && b) return *a < *b;
  return a.has_value() && !b.has_value();
}

void Widen(const std::optional<std::string>& d, std::optional<std::string>* first,
           std::optional<std::string>* last) {
  if (!d) return;
  if (!*first || *d < **first) *first = d;
  if (!*last || *d > **last) *last = d;
}

void EndBy(const std::optional<std::string>& d, Term* t) {
  t->status = TermStatus::kEnded;
  if (d && (!t->ended || *d < *t->ended)) t->ended = d;
}

}  // namespace

const char* TermStatusName(TermStatus status) {
  return status == TermStatus::kEnded ? "ended" : "current";
}

bool IsSingleHolderPost(std::string_view position) {
  for (std::string_view p : kSingleHolder)
    if (position == p) return true;
  for (std::string_view head : kSingleHolderHeads)
    if (position.size() > head.size() && position.substr(0, head.size()) == head &&
        position[head.size()] == ' ')
      return true;
  return false;
}

std::vector<Term> BuildTerms(const std::vector<Sighting>& sightings) {
  using Key = std::tuple<NodeRef, std::string, NodeRef>;  // person, position, organization
  std::map<Key, Term> terms;
  std::map<Key, std::vector<const Sighting*>> formers;
  for (const Sighting& s : sightings) {
    Key key{s.person, s.position, s.organization};
    Term& t = terms[key];
    t.person = s.person;
    t.person_name = s.person_name;
    t.position = s.position;
    t.organization = s.organization;
    t.organization_name = s.organization_name;
    t.evidence.push_back(s.evidence);
    if (s.evidence.former) formers[key].push_back(&s);
    else Widen(s.evidence.date, &t.first_seen, &t.last_seen);
  }
  // A sighting as former ends the term, unless the post is seen held later.
  for (const auto& [key, list] : formers) {
    Term& t = terms[key];
    for (const Sighting* s : list) {
      const std::optional<std::string>& date = s->evidence.date;
      if (!date || !t.last_seen || *date >= *t.last_seen) EndBy(date, &t);
    }
  }
  // Another holder seen after last_seen ends a single-holder post's term.
  for (const Sighting& s : sightings) {
    const std::optional<std::string>& date = s.evidence.date;
    if (s.evidence.former || !date || !IsSingleHolderPost(s.position)) continue;
    for (auto& [key, t] : terms) {
      if (t.position != s.position || !(t.organization == s.organization) ||
          t.person == s.person || !t.last_seen || *date <= *t.last_seen)
        continue;
      EndBy(date, &t);
    }
  }
  std::vector<Term> out;
  for (auto& [key, t] : terms) {
    std::stable_sort(t.evidence.begin(), t.evidence.end(),
                     [](const Evidence& a, const Evidence& b) { return Earlier(a.date, b.date); });
    out.push_back(std::move(t));
  }
  std::stable_sort(out.begin(), out.end(), [](const Term& a, const Term& b) {
    if (a.first_seen != b.first_seen) return Earlier(a.first_seen, b.first_seen);
    return Earlier(a.ended, b.ended);  // former-only terms: those that ended first
  });
  return out;
}

}  // namespace vnkg::graph
