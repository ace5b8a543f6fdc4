// Dates: the dateline ("11/06/2018 - 16:20", "Đăng ngày 11 - 11 - 2023") and
// day-month expressions after a time word ("Chiều 11-6", "Sáng 7.8",
// "Ngày 2-4-2024", "Trong hai ngày 18-19/3/2020", "ngày 19 tháng 11 năm 2024").
#include <algorithm>
#include <cstdio>
#include <regex>

#include "extract/analysis.h"

namespace vnkg::extract {
namespace {

bool ValidDate(int d, int m, int y) {
  return d >= 1 && d <= 31 && m >= 1 && m <= 12 && (y == 0 || (y >= 1945 && y <= 2100));
}

bool IsDateSep(const Analysis& a, size_t i) {
  return a.Is(i, "/") || a.Is(i, "-") || a.Is(i, ".") || a.Is(i, "–");
}

int Num(const Analysis& a, size_t i) {
  if (i >= a.tokens.size() || !a.tokens[i].number) return -1;
  std::string_view s = a.Surface(i);
  if (s.size() > 4) return -1;
  int v = 0;
  for (char c : s) v = v * 10 + (c - '0');
  return v;
}

bool IsTimeWord(const Analysis& a, size_t i, size_t limit) {
  return a.CueAtIs(i, limit, Cue::kTime);
}

// "23 và 24/7", "23, 24-7": the first day of a list, with the token where
// the last day starts; {-1, i} when there is no list at i.
std::pair<int, size_t> DayList(const Analysis& a, size_t i, size_t limit) {
  int first = Num(a, i);
  if (first > 0 && first <= 31 && i + 2 < limit && (a.Is(i + 1, "và") || a.Is(i + 1, ",")) &&
      Num(a, i + 2) > 0 && IsDateSep(a, i + 3))
    return {first, i + 2};
  return {-1, i};
}

// Reads "D sep M [sep Y]" or "D1-D2 / M / Y" at i.
std::optional<DayMonth> ReadNumericDate(const Analysis& a, size_t i, size_t limit) {
  std::vector<int> nums;
  std::vector<std::string> seps;
  size_t j = i;
  while (j < limit && nums.size() < 4) {
    int v = Num(a, j);
    if (v < 0) break;
    nums.push_back(v);
    ++j;
    if (j < limit && IsDateSep(a, j) && Num(a, j + 1) >= 0 && nums.size() < 4) {
      seps.push_back(a.tokens[j].key);
      ++j;
    } else {
      break;
    }
  }
  DayMonth dm;
  if (nums.size() == 4 && seps[0] != seps[1]) {  // "18-19/3/2020": the first day
    dm = {nums[0], nums[2], nums[3], 0};
  } else if (nums.size() == 3 && nums[2] >= 1000) {
    dm = {nums[0], nums[1], nums[2], 0};
  } else if (nums.size() == 3 && seps[0] != seps[1] && nums[2] <= 12) {  // "18-19/3"
    dm = {nums[0], nums[2], 0, 0};
  } else if (nums.size() >= 2) {
    dm = {nums[0], nums[1], 0, 0};
  } else {
    return std::nullopt;
  }
  if (!ValidDate(dm.day, dm.month, dm.year)) return std::nullopt;
  return dm;
}

}  // namespace

std::string IsoDate(int year, int month, int day) {
  char buf[16];
  if (month == 0) std::snprintf(buf, sizeof buf, "%04d", year);
  else if (day == 0) std::snprintf(buf, sizeof buf, "%04d-%02d", year, month);
  else std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
  return buf;
}

bool InCitation(const Analysis& a, size_t tok) {
  size_t stop = std::max(tok > 16 ? tok - 16 : 0, a.sentences[a.sentence_of[tok]].tok_begin);
  for (size_t i = tok; i-- > stop;) {
    if (a.Is(i, ".") || a.Is(i, ";") || a.Is(i, ":")) return false;
    if (a.CueAtIs(i, tok, Cue::kDocument)) return true;
  }
  return false;
}

std::optional<DayMonth> FindDayMonth(const Analysis& a, size_t sentence) {
  const Sentence& s = a.sentences[sentence];
  for (size_t i = s.tok_begin; i < s.tok_end; ++i) {
    // "(23 và 24-7)" after the meeting's name.
    bool paren_list = a.Is(i, "(") && DayList(a, i + 1, s.tok_end).first > 0;
    if (!paren_list && !IsTimeWord(a, i, s.tok_end)) continue;
    if (InCitation(a, i)) continue;
    size_t j = i + 1;
    // "Sáng nay 28.7", "Chiều nay ngày 19/5/2020", "Trong hai ngày 18-19/3",
    // "Sáng nay (12/5)", "Sáng nay, 24-11", "Chiều qua 3-4".
    for (size_t len = 0; j < s.tok_end && j < i + 4 && a.CueAtIs(j, s.tok_end, Cue::kTimeFill, &len);)
      j += len;
    auto [first_day, from] = DayList(a, j, s.tok_end);
    if (auto dm = ReadNumericDate(a, from, s.tok_end)) {
      if (first_day > 0) dm->day = first_day;
      dm->sentence = sentence;
      return dm;
    }
    // "ngày 19 tháng 11 năm 2024"
    int d = Num(a, j);
    if (d > 0 && a.Is(j + 1, "tháng")) {
      int m = Num(a, j + 2);
      int y = a.Is(j + 3, "năm") ? Num(a, j + 4) : 0;
      if (ValidDate(d, m, y < 0 ? 0 : y)) return DayMonth{d, m, y < 0 ? 0 : y, sentence};
    }
  }
  return std::nullopt;
}

std::optional<std::string> LeadingIsoDate(const Analysis& a, size_t* end) {
  for (size_t i = 0; i < 2 && i < a.tokens.size(); ++i) {
    int y = Num(a, i);
    if (y < 1945 || y > 2100 || a.Surface(i).size() != 4 || !a.Is(i + 1, "-")) continue;
    int m = Num(a, i + 2);
    if (m < 1 || m > 12 || a.Surface(i + 2).size() != 2) return std::nullopt;
    int d = a.Is(i + 3, "-") ? Num(a, i + 4) : 0;
    bool day = d >= 1 && d <= 31 && a.Surface(i + 4).size() == 2;
    *end = i + (day ? 5 : 3);
    return IsoDate(y, m, day ? d : 0);
  }
  return std::nullopt;
}

std::optional<std::string> ParseDateline(std::string_view line) {
  static const std::regex kDate(R"((\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{4}))");
  static const std::regex kTime(R"(^\s*[-|,]?\s*\d{1,2}:\d{2})");
  // "14:30 | 21/07/2023", "Đăng lúc 08:20 ngày 06/02/2024"
  static const std::regex kTimeBefore(R"(\d{1,2}:\d{2}\s*[-|,]?\s*(ngày\s*)?$)");
  std::string s(line);
  std::smatch m;
  if (!std::regex_search(s, m, kDate)) return std::nullopt;
  int d = std::stoi(m[1]), mo = std::stoi(m[2]), y = std::stoi(m[3]);
  if (!ValidDate(d, mo, y)) return std::nullopt;
  std::string before = m.prefix().str(), after = m.suffix().str();
  bool has_time = std::regex_search(after, kTime) || std::regex_search(before, kTimeBefore);
  bool posted = before.find("Đăng ngày") != std::string::npos ||
                before.find("Cập nhật") != std::string::npos ||
                before.find("Ngày đăng") != std::string::npos;
  bool alone = before.find_first_not_of(" \t") == std::string::npos && after.size() < 8;
  if (!has_time && !posted && !alone) return std::nullopt;
  return IsoDate(y, mo, d);
}

}  // namespace vnkg::extract
