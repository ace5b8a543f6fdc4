#include "graph/history.h"

#include <algorithm>
#include <map>
#include <tuple>

namespace vnkg::graph {
namespace {

std::optional<std::string> DateOf(const nlohmann::json& ev) {
  auto it = ev.find("date");
  if (it == ev.end() || !it->is_string()) return std::nullopt;
  return it->get<std::string>();
}

// Undated evidence sorts after dated.
bool EarlierDate(const std::optional<std::string>& a, const std::optional<std::string>& b) {
  if (a && b) return *a < *b;
  return a.has_value() && !b.has_value();
}

}  // namespace

std::vector<HistoryRow> BuildHistory(const std::vector<Sighting>& sightings) {
  std::map<std::tuple<std::string, NodeKind, uint64_t>, HistoryRow> rows;
  for (const Sighting& s : sightings) {
    HistoryRow& row = rows[{s.position, s.other.kind, s.other.id}];
    row.position = s.position;
    row.other = s.other;
    row.other_name = s.other_name;
    bool former = s.evidence.value("former", false);
    row.current = row.current || !former;
    row.evidence.push_back(s.evidence);
    // Dates bound the post only where the story states it as current.
    if (former) continue;
    std::optional<std::string> d = DateOf(s.evidence);
    if (!d) continue;
    if (!row.first_seen || *d < *row.first_seen) row.first_seen = d;
    if (!row.last_seen || *d > *row.last_seen) row.last_seen = d;
  }
  std::vector<HistoryRow> out;
  for (auto& [key, row] : rows) {
    std::stable_sort(row.evidence.begin(), row.evidence.end(),
                     [](const nlohmann::json& a, const nlohmann::json& b) {
                       return EarlierDate(DateOf(a), DateOf(b));
                     });
    out.push_back(std::move(row));
  }
  std::stable_sort(out.begin(), out.end(), [](const HistoryRow& a, const HistoryRow& b) {
    return EarlierDate(a.first_seen, b.first_seen);
  });
  return out;
}

}  // namespace vnkg::graph
