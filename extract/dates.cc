// Dates: the dateline ("11/06/2018 - 16:20", "Đăng ngày 11 - 11 - 2023") and
// day-month expressions after a time word ("Chiều 11-6", "Sáng 7.8",
// "Ngày 2-4-2024", "Trong hai ngày 18-19/3/2020", "ngày 19 tháng 11 năm 2024").
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

bool IsTimeWord(const Analysis& a, size_t i) {
  static const char* const kWords[] = {"sáng", "chiều", "tối", "trưa", "ngày", "đêm", "hôm"};
  for (const char* w : kWords)
    if (a.Is(i, w)) return true;
  return false;
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

std::optional<DayMonth> FindDayMonth(const Analysis& a, size_t sentence) {
  const Sentence& s = a.sentences[sentence];
  for (size_t i = s.tok_begin; i < s.tok_end; ++i) {
    if (!IsTimeWord(a, i)) continue;
    size_t j = i + 1;
    // "Sáng nay 28.7", "Chiều nay ngày 19/5/2020", "Trong hai ngày 18-19/3".
    // "Sáng nay (12/5)", "Chiều qua 3-4".
    while (j < s.tok_end && (a.Is(j, "nay") || a.Is(j, "ngày") || a.Is(j, "mai") ||
                             a.Is(j, "qua") || a.Is(j, "(")))
      ++j;
    if (auto dm = ReadNumericDate(a, j, s.tok_end)) {
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

std::optional<std::string> ParseDateline(std::string_view line) {
  static const std::regex kDate(R"((\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{4}))");
  static const std::regex kTime(R"(^\s*[-|,]?\s*\d{1,2}:\d{2})");
  static const std::regex kTimeBefore(R"(\d{1,2}:\d{2}\s*[-|,]?\s*$)");  // "14:30 | 21/07/2023"
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
