// Document zones: the headline, dateline, bylines, photo credits and site
// furniture around a story. Furniture and bylines are masked so that later
// stages never read a credit as a person; the rest becomes tokens and
// sentences with byte offsets into the NFC text.
#include <algorithm>

#include "extract/analysis.h"
#include "extract/normalize.h"

namespace vnkg::extract {
namespace {

// A photo credit is short: past this many tokens it has ended.
constexpr size_t kMaxCreditTokens = 24;

struct Line {
  size_t begin = 0, end = 0;  // token range
  std::string_view text;
  int words = 0;
  bool boilerplate = false, dateline = false, byline = false;
  std::optional<std::string> date;  // a dateline's date
};

bool AllNameWords(const Analysis& a, const Line& l) {
  int names = 0;
  for (size_t i = l.begin; i < l.end; ++i) {
    const Token& t = a.tokens[i];
    if (!t.word) continue;
    if (t.number) return false;
    if (!t.cap && !t.all_caps) return false;
    ++names;
  }
  return names > 0;
}

bool HasUrl(std::string_view s) {
  return s.find("http") != std::string_view::npos || s.find("www.") != std::string_view::npos;
}

// A site's weather widget ("Hà Nội 19 °C"): its place names are no story's.
bool HasTemperature(std::string_view s) { return s.find("°") != std::string_view::npos; }

std::vector<Line> SplitLines(const Analysis& a) {
  std::vector<Line> lines;
  for (size_t i = 0; i < a.tokens.size(); ++i) {
    if (lines.empty() || a.tokens[i].newlines_before > 0) {
      lines.emplace_back();
      lines.back().begin = i;
    }
    lines.back().end = i + 1;
    if (a.tokens[i].word) ++lines.back().words;
  }
  for (Line& l : lines) {
    size_t b = a.tokens[l.begin].begin, e = a.tokens[l.end - 1].end;
    l.text = std::string_view(a.text).substr(b, e - b);
  }
  return lines;
}

// "Tin, ảnh: ANH DŨNG" -> "ANH DŨNG"; "Nguyễn Thu – Hoàng Kha/ Nguồn: ..." -> names.
std::string BylineName(const Analysis& a, size_t begin, size_t end) {
  size_t from = begin;
  for (size_t i = begin; i < end; ++i)
    if (a.Is(i, ":")) from = i + 1;
  if (from == begin && a.Is(from, "theo")) ++from;  // "Theo Nhân Dân": a source credit
  std::string out;
  for (size_t i = from; i < end; ++i) {
    const Token& t = a.tokens[i];
    if (t.word) {
      if (!out.empty() && out.back() != ' ' && out.back() != ',') out += ' ';
      out += std::string(a.Surface(i));
    } else if ((a.Is(i, "–") || a.Is(i, "-") || a.Is(i, ",")) && !out.empty()) {
      out += ", ";
    }
  }
  while (!out.empty() && (out.back() == ' ' || out.back() == ',')) out.pop_back();
  return out.empty() ? out : ProperCase(out);
}

int Number(const Analysis& a, size_t i, size_t limit) {
  if (i >= limit || !a.tokens[i].number || a.Surface(i).size() > 4) return -1;
  int v = 0;
  for (char c : a.Surface(i)) v = v * 10 + (c - '0');
  return v;
}

bool IsSep(const Analysis& a, size_t i) {
  return a.Is(i, "/") || a.Is(i, "-") || a.Is(i, ".");
}

// A full date at i: "14/03/2023", "14-03-2023", "14 Th3, 2023", "14 tháng 3
// năm 2023" (month word from the lexicon). Returns its end (i when none) and
// the ISO date in *iso.
size_t FullDateAt(const Analysis& a, size_t i, size_t limit, std::string* iso) {
  int d = Number(a, i, limit);
  if (d < 1 || d > 31) return i;
  size_t j = i + 1, len = 0;
  int m = -1, y = -1;
  if (IsSep(a, j) && Number(a, j + 1, limit) >= 0 && IsSep(a, j + 2)) {
    m = Number(a, j + 1, limit);
    y = Number(a, j + 3, limit);
    j += 4;
  } else if (a.CueAtIs(j, limit, Cue::kMonth, &len)) {
    m = Number(a, j + len, limit);
    j += len + 1;
    // "14 Th3, 2023", "14 tháng 3 năm 2023": a comma or one word before the year.
    if (a.Is(j, ",") || (a.tokens.size() > j + 1 && a.tokens[j].word && !a.tokens[j].number &&
                         a.tokens[j + 1].number))
      ++j;
    y = Number(a, j, limit);
    ++j;
  }
  if (m < 1 || m > 12 || y < 1945 || y > 2100 || a.Surface(j - 1).size() != 4) return i;
  *iso = IsoDate(y, m, d);
  return j;
}

// A site's date line ParseDateline does not read: dateline words and
// punctuation, the date, then only a time, dateline words, punctuation or
// site furniture ("Ngày 14-03-2023 - Lượt xem: 120", "14 Th3, 2023 lúc 08:10").
std::optional<std::string> SiteDateline(const Analysis& a, size_t b, size_t e) {
  size_t i = b, len = 0;
  std::string iso;
  size_t end = b;
  while (i < e) {
    if ((end = FullDateAt(a, i, e, &iso)) > i) break;
    if (a.CueAtIs(i, e, Cue::kDateline, &len)) i += len;
    else if (!a.tokens[i].word) ++i;
    else return std::nullopt;
  }
  if (i >= e) return std::nullopt;
  for (size_t k = end; k < e;) {
    if (a.lex->boilerplate.Find(a.tokens, k, e).length) break;
    if (a.CueAtIs(k, e, Cue::kDateline, &len)) k += len;
    else if (!a.tokens[k].word || a.tokens[k].number) ++k;
    else return std::nullopt;
  }
  return iso;
}

// "12/06/2023Chiều 11/6, ...", "Thứ Hai, 12/06/2023 Chiều 11/6, ...": a full
// date glued to the word after or before it, or opening its line (after
// dateline words only) and followed by a capitalised word, starts a line of
// its own.
void SplitGluedDates(Analysis* a, size_t limit) {
  std::string iso;
  bool line_head = true;  // only dateline words and punctuation so far on this line
  for (size_t i = 0; i < limit; ++i) {
    if (a->tokens[i].newlines_before) line_head = true;
    size_t end = FullDateAt(*a, i, a->tokens.size(), &iso);
    if (end == i) {
      size_t len = 0;
      if (a->CueAtIs(i, limit, Cue::kDateline, &len)) i += len - 1;
      else if (a->tokens[i].word) line_head = false;
      continue;
    }
    if (i > 0 && !a->tokens[i].space_before && a->tokens[i - 1].word &&
        !a->tokens[i].newlines_before)
      a->tokens[i].newlines_before = 1;
    // Not glued: the story must open with its own day ("Chiều 11/6"), so
    // that "Ngày 12/06/2023 Ban Thường vụ ..." keeps its date.
    bool glued = end < a->tokens.size() && !a->tokens[end].space_before;
    bool own_day = false;
    for (size_t k = end + 1; k < end + 4 && k < a->tokens.size() && !own_day; ++k)
      own_day = a->tokens[k].number && !a->tokens[k].newlines_before;
    if (end < a->tokens.size() && a->tokens[end].word && !a->tokens[end].number &&
        !a->tokens[end].newlines_before &&
        (glued || (line_head && a->tokens[end].cap && own_day)))
      a->tokens[end].newlines_before = 1;
    line_head = false;
    i = end - 1;
  }
}

bool EndsSentence(const Analysis& a, size_t i) {
  for (const char* p : {".", "!", "?", "…", ":", ";", "\"", "”", ")"})
    if (a.Is(i, p)) return true;
  return false;
}

// Hard-wrapped text: a line break inside a sentence is a space. A break
// before a lower-case word after a line with no stop is a wrap; once the
// story shows one, a break after a line of story text (one with a sentence
// end inside it, or itself a wrapped one) as long as the story's lines is
// one too ("... hội nghị. Về dự\nĐại hội có ..."). Headlines and datelines
// stay lines of their own.
void JoinWrappedLines(Analysis* a) {
  std::vector<size_t> starts;
  size_t widest = 0, wraps = 0;
  for (size_t i = 0; i < a->tokens.size(); ++i) {
    if (i == 0 || a->tokens[i].newlines_before) starts.push_back(i);
    if (i > 0 && a->tokens[i].newlines_before == 1 && a->tokens[i].word &&
        !a->tokens[i].cap && !a->tokens[i].number && !EndsSentence(*a, i - 1))
      ++wraps;
  }
  if (!wraps) return;
  std::vector<bool> story(starts.size(), false);  // a line of story text
  for (size_t k = 0; k < starts.size(); ++k) {
    size_t e = k + 1 < starts.size() ? starts[k + 1] : a->tokens.size();
    widest = std::max(widest, a->tokens[e - 1].end - a->tokens[starts[k]].begin);
    for (size_t i = starts[k]; i + 1 < e && !story[k]; ++i)
      story[k] = (a->Is(i, ".") || a->Is(i, "!") || a->Is(i, "?")) && a->tokens[i + 1].word &&
                 a->tokens[i + 1].space_before;
  }
  for (size_t k = 1; k < starts.size(); ++k) {
    size_t i = starts[k];
    const Token& t = a->tokens[i];
    if (t.newlines_before != 1 || !t.word || EndsSentence(*a, i - 1)) continue;
    size_t e = k + 1 < starts.size() ? starts[k + 1] : a->tokens.size();
    std::string_view next(a->text.data() + t.begin, a->tokens[e - 1].end - t.begin);
    if (e - i <= 40 && (ParseDateline(next) || SiteDateline(*a, i, e))) continue;
    size_t width = a->tokens[i - 1].end - a->tokens[starts[k - 1]].begin;
    bool lower = !t.cap && !t.number;
    bool long_story_line = story[k - 1] && width >= 40 && width * 10 >= widest * 7;
    if (lower || long_story_line) {
      a->tokens[i].newlines_before = 0;
      story[k] = true;
    }
  }
}

void MaskRange(Analysis* a, size_t begin, size_t end) {
  for (size_t i = begin; i < end && i < a->masked.size(); ++i) a->masked[i] = true;
}

}  // namespace

void AnalyzeDocument(Analysis* a) {
  a->tokens = Tokenize(a->text);
  a->masked.assign(a->tokens.size(), false);
  JoinWrappedLines(a);
  size_t header_end = 0;
  for (size_t i = 0, n = 0; i < a->tokens.size() && n <= 10; ++i, header_end = i)
    n += a->tokens[i].newlines_before > 0;
  SplitGluedDates(a, header_end);
  std::vector<Line> lines = SplitLines(*a);

  for (Line& l : lines) {
    if (a->lex->boilerplate.Find(a->tokens, l.begin, l.end).length || HasUrl(l.text) ||
        HasTemperature(l.text) ||
        (l.words <= 6 && a->tokens[l.end - 1].number && l.end - l.begin >= 2 &&
         a->Is(l.end - 2, ":"))) {
      l.boilerplate = true;
    }
    if (l.words <= 14) {
      l.date = ParseDateline(l.text);
      if (!l.date) l.date = SiteDateline(*a, l.begin, l.end);
      l.dateline = l.date.has_value();
    }
    // "Nguyễn Thu – Hoàng Kha/ Nguồn: Cổng thông tin ..." : names, then the source.
    for (size_t i = l.begin; i + 1 < l.end; ++i) {
      if (a->Is(i, "nguồn") && a->Is(i + 1, ":") && i > l.begin) {
        size_t name_end = i;
        while (name_end > l.begin && !a->tokens[name_end - 1].word) --name_end;
        if (!a->author) a->author = BylineName(*a, l.begin, name_end);
        l.byline = true;
        break;
      }
    }
  }

  // "... tại buổi gặp mặt./. Hoàng Thu Trang (Báo Hà Tĩnh)": after the end
  // mark, the rest of the line is the byline.
  for (Line& l : lines) {
    for (size_t i = l.begin; i + 3 < l.end; ++i) {
      if (!(a->Is(i, ".") && a->Is(i + 1, "/") && a->Is(i + 2, ".")) || l.end - i > 20) continue;
      size_t name_end = i + 3;
      while (name_end < l.end && !a->Is(name_end, "(")) ++name_end;
      Line name{i + 3, name_end, {}, 0};
      if (!a->author && AllNameWords(*a, name)) a->author = BylineName(*a, i + 3, name_end);
      MaskRange(a, i + 3, l.end);
      break;
    }
  }

  // The byline: the last line of story text when it is short and all names;
  // under it, a source line ("(Báo Hà Tĩnh)", "Trung tâm Văn hóa huyện X").
  for (size_t k = lines.size(); k-- > 0;) {
    Line& l = lines[k];
    if (l.boilerplate) continue;
    if (l.byline) break;
    bool source = l.words <= 8 && !a->Is(l.end - 1, ".") &&
                  ((a->Is(l.begin, "(") && a->Is(l.end - 1, ")")) ||
                   ParseOrg(*a, l.begin, l.end).has_value());
    if (source && k > 0 && lines[k - 1].words <= 5 && AllNameWords(*a, lines[k - 1])) {
      l.byline = true;
      continue;
    }
    bool ends_sentence = a->Is(l.end - 1, ".") && !(l.end - l.begin >= 2 &&
                                                    a->Is(l.end - 2, "/"));
    bool credit = a->Is(l.begin, "tin") || a->Is(l.begin, "bài") || a->Is(l.begin, "ảnh") ||
                  a->Is(l.begin, "theo");
    if (l.words <= 7 && !ends_sentence && (AllNameWords(*a, l) || credit)) {
      l.byline = true;
      if (!a->author) a->author = BylineName(*a, l.begin, l.end);
    }
    // "Văn Hùng (Trung tâm VH-TT huyện Bảo Lạc)": names, then the source.
    size_t open = l.begin;
    while (open < l.end && !a->Is(open, "(")) ++open;
    Line names{l.begin, open, {}, 0};
    if (!l.byline && open > l.begin && open - l.begin <= 5 && a->Is(l.end - 1, ")") &&
        l.words <= 14 && AllNameWords(*a, names)) {
      l.byline = true;
      if (!a->author) a->author = BylineName(*a, l.begin, open);
    }
    break;
  }

  // Header: datelines, bylines beside them ("Hữu Tú", "QUỐC TUẤN 28/07/2020"),
  // section names, and the headline.
  // The first ten lines that are not site furniture (a weather widget may
  // stand above the headline).
  size_t header_lines = 0;
  for (size_t shown = 0; header_lines < lines.size() && shown < 10; ++header_lines)
    shown += !lines[header_lines].boilerplate;
  for (size_t k = 0; k < header_lines; ++k) {
    Line& l = lines[k];
    bool near_dateline = (k + 1 < lines.size() && lines[k + 1].dateline) ||
                         (k > 0 && lines[k - 1].dateline);
    if (!l.dateline && near_dateline && l.words <= 4 && AllNameWords(*a, l)) {
      l.byline = true;
      if (!a->author) a->author = BylineName(*a, l.begin, l.end);
    }
    // "QUỐC TUẤN 28/07/2020": a name before the date, not a weekday ("Thứ Ba, ...").
    if (l.dateline && !a->author && !a->CueAtIs(l.begin, l.end, Cue::kDateline)) {
      size_t date_start = l.begin;
      while (date_start < l.end && !a->tokens[date_start].number) ++date_start;
      if (date_start > l.begin && date_start - l.begin <= 4) {
        Line head{l.begin, date_start, {}, 0};
        if (AllNameWords(*a, head)) a->author = BylineName(*a, l.begin, date_start);
      }
    }
  }
  size_t title_line = lines.size();
  for (size_t k = 0; k < header_lines; ++k) {
    const Line& l = lines[k];
    if (l.boilerplate || l.dateline || l.byline || l.words < 4) continue;
    bool ends_stop = a->Is(l.end - 1, ".") || a->Is(l.end - 1, ":");
    if (!ends_stop && l.end - l.begin <= 45) {
      title_line = k;
      std::string t(l.text);
      a->title = t;
    }
    break;
  }
  // The dateline: the first in the header, but one under the headline beats
  // a site's clock above it.
  if (!a->published) {
    std::optional<std::string> first, under;
    for (size_t k = 0; k < header_lines; ++k) {
      if (!lines[k].date) continue;
      if (!first) first = lines[k].date;
      if (!under && title_line < lines.size() && k > title_line) under = lines[k].date;
    }
    a->published = under ? under : first;
  }
  // A page's ISO stamp before the story ("2025-08-14 Sáng 14/8, ...").
  size_t stamp_end = 0;
  if (std::optional<std::string> stamp = LeadingIsoDate(*a, &stamp_end)) {
    if (!a->published) a->published = stamp;
    MaskRange(a, 0, stamp_end);
  }

  for (const Line& l : lines)
    if (l.boilerplate || l.byline || (l.dateline && l.words <= 14)) MaskRange(a, l.begin, l.end);
  // Photo credits: "Ảnh: K.P.", "(Ảnh: Internet)", "ẢNH: HỮU TÚ".
  for (size_t i = 0; i + 1 < a->tokens.size(); ++i) {
    if (!(a->Is(i, "ảnh") && a->Is(i + 1, ":"))) continue;
    // To the line's end, a closing parenthesis, or a full stop before the
    // next sentence ("Ảnh: Trung tâm Văn hóa huyện X. Đồng chí ...").
    size_t j = i + 2;
    size_t stop = std::min(a->tokens.size(), i + kMaxCreditTokens);
    while (j < stop && a->tokens[j].newlines_before == 0 && !a->Is(j, ")") && !a->Is(j, "|")) {
      if (a->Is(j, ".") && j + 1 < a->tokens.size() && a->tokens[j + 1].space_before &&
          a->tokens[j + 1].cap && j + 2 < a->tokens.size() && !a->tokens[j + 2].newlines_before) {
        ++j;
        break;
      }
      ++j;
    }
    MaskRange(a, i, j);
  }

  a->sentences = SplitSentences(a->text, a->tokens);
  a->sentence_of.assign(a->tokens.size(), 0);
  for (size_t s = 0; s < a->sentences.size(); ++s)
    for (size_t i = a->sentences[s].tok_begin; i < a->sentences[s].tok_end; ++i)
      a->sentence_of[i] = s;
  a->title_sentence_end = 0;
  if (title_line < lines.size()) {
    size_t title_end_tok = lines[title_line].end;
    while (a->title_sentence_end < a->sentences.size() &&
           a->sentences[a->title_sentence_end].tok_end <= title_end_tok)
      ++a->title_sentence_end;
  }
}

std::string Analysis::SurfaceRange(size_t begin, size_t end) const {
  if (begin >= end || end > tokens.size()) return {};
  std::string out;
  for (size_t i = begin; i < end; ++i) {
    if (i > begin && tokens[i].space_before) out += ' ';
    out += std::string(Surface(i));
  }
  return out;
}

bool Analysis::Is(size_t tok, std::string_view word) const {
  return tok < tokens.size() && tokens[tok].key == LiteralKey(word);
}

size_t Analysis::GluedEnd(size_t tok, size_t limit) const {
  size_t j = tok + 1;
  while (j + 1 < limit && (Is(j, "-") || Is(j, "–")) && !tokens[j].space_before &&
         !tokens[j + 1].space_before && tokens[j + 1].word && !tokens[j + 1].number &&
         !lex->posts.Find(tokens, j + 1, limit).length &&
         !lex->bodies.Find(tokens, j + 1, limit).length)
    j += 2;
  return j;
}

std::pair<int, size_t> Analysis::CueAt(size_t tok, size_t limit) const {
  PhraseMatcher::Match m = lex->cues.Find(tokens, tok, limit);
  if (!m.length) return {-1, 0};
  // "thảo luận về dự thảo": "về dự" (attend) overlaps "dự thảo" (a draft),
  // which blocks it.
  for (size_t k = tok + 1; k < tok + m.length; ++k) {
    PhraseMatcher::Match inner = lex->cues.Find(tokens, k, limit);
    if (k + inner.length > tok + m.length && lex->CueIs(inner.value, Cue::kBlock)) return {-1, 0};
  }
  return {m.value, m.length};
}

bool Analysis::CueAtIs(size_t tok, size_t limit, Cue cue, size_t* len) const {
  auto [entry, n] = CueAt(tok, limit);
  if (entry < 0 || !lex->CueIs(entry, cue)) return false;
  if (len) *len = n;
  return true;
}

}  // namespace vnkg::extract
