// Document zones: the headline, dateline, bylines, photo credits and site
// furniture around a story. Furniture and bylines are masked so that later
// stages never read a credit as a person; the rest becomes tokens and
// sentences with byte offsets into the NFC text.
#include <algorithm>

#include "extract/analysis.h"
#include "extract/normalize.h"

namespace vnkg::extract {
namespace {

struct Line {
  size_t begin = 0, end = 0;  // token range
  std::string_view text;
  int words = 0;
  bool boilerplate = false, dateline = false, byline = false;
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

void MaskRange(Analysis* a, size_t begin, size_t end) {
  for (size_t i = begin; i < end && i < a->masked.size(); ++i) a->masked[i] = true;
}

}  // namespace

void AnalyzeDocument(Analysis* a) {
  a->tokens = Tokenize(a->text);
  a->masked.assign(a->tokens.size(), false);
  std::vector<Line> lines = SplitLines(*a);

  for (Line& l : lines) {
    if (a->lex->boilerplate.Find(a->tokens, l.begin, l.end).length || HasUrl(l.text) ||
        (l.words <= 6 && a->tokens[l.end - 1].number && l.end - l.begin >= 2 &&
         a->Is(l.end - 2, ":"))) {
      l.boilerplate = true;
    }
    if (l.words <= 14 && ParseDateline(l.text)) {
      l.dateline = true;
      if (!a->published && &l - lines.data() < 10) a->published = ParseDateline(l.text);
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

  // The byline: the last line of story text when it is short and all names.
  for (size_t k = lines.size(); k-- > 0;) {
    Line& l = lines[k];
    if (l.boilerplate) continue;
    if (l.byline) break;
    bool ends_sentence = a->Is(l.end - 1, ".") && !(l.end - l.begin >= 2 &&
                                                    a->Is(l.end - 2, "/"));
    bool credit = a->Is(l.begin, "tin") || a->Is(l.begin, "bài") || a->Is(l.begin, "ảnh") ||
                  a->Is(l.begin, "theo");
    if (l.words <= 7 && !ends_sentence && (AllNameWords(*a, l) || credit)) {
      l.byline = true;
      if (!a->author) a->author = BylineName(*a, l.begin, l.end);
    }
    break;
  }

  // Header: datelines, bylines beside them ("Hữu Tú", "QUỐC TUẤN 28/07/2020"),
  // section names, and the headline.
  size_t header_lines = std::min<size_t>(lines.size(), 10);
  for (size_t k = 0; k < header_lines; ++k) {
    Line& l = lines[k];
    bool near_dateline = (k + 1 < lines.size() && lines[k + 1].dateline) ||
                         (k > 0 && lines[k - 1].dateline);
    if (!l.dateline && near_dateline && l.words <= 4 && AllNameWords(*a, l)) {
      l.byline = true;
      if (!a->author) a->author = BylineName(*a, l.begin, l.end);
    }
    if (l.dateline && !a->author) {
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

  for (const Line& l : lines)
    if (l.boilerplate || l.byline || (l.dateline && l.words <= 14)) MaskRange(a, l.begin, l.end);
  // Photo credits: "Ảnh: K.P.", "(Ảnh: Internet)", "ẢNH: HỮU TÚ".
  for (size_t i = 0; i + 1 < a->tokens.size(); ++i) {
    if (!(a->Is(i, "ảnh") && a->Is(i + 1, ":"))) continue;
    size_t j = i + 2;
    while (j < a->tokens.size() && a->tokens[j].newlines_before == 0 && !a->Is(j, ")") &&
           !a->Is(j, "|"))
      ++j;
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
