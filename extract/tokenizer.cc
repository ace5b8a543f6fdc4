#include "extract/tokenizer.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include "extract/normalize.h"

namespace vnkg::extract {
namespace {

enum class CharClass { kSpace, kWord, kPunct };

CharClass Classify(UChar32 c) {
  if (c == '\n' || u_isUWhiteSpace(c) || c == 0xFEFF || c == 0x200B) return CharClass::kSpace;
  if (u_isalnum(c) || u_charType(c) == U_NON_SPACING_MARK ||
      u_charType(c) == U_COMBINING_SPACING_MARK)
    return CharClass::kWord;
  return CharClass::kPunct;
}

void SetShape(std::string_view text, Token* t) {
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  int32_t i = static_cast<int32_t>(t->begin);
  int32_t end = static_cast<int32_t>(t->end);
  int letters = 0, upper = 0, digits = 0;
  bool first = true;
  while (i < end) {
    UChar32 c;
    U8_NEXT(s, i, end, c);
    if (u_isalpha(c)) {
      ++letters;
      if (u_isupper(c)) ++upper;
      if (first) t->cap = u_isupper(c);
    } else if (u_isdigit(c)) {
      ++digits;
    }
    if (u_isalnum(c)) first = false;
  }
  t->word = letters + digits > 0;
  t->number = digits > 0 && letters == 0;
  t->all_caps = letters >= 2 && upper == letters;
}

bool IsAbbreviationBeforeDot(const Token& t) {
  static const char* const kAbbrev[] = {"tp", "tx", "tt", "ts", "ths", "pgs", "gs", "bs",
                                        "ks", "q", "p", "st", "mr", "đ/c", "tr"};
  for (const char* a : kAbbrev)
    if (t.key == a) return true;
  return false;
}

}  // namespace

std::vector<Token> Tokenize(std::string_view text) {
  std::vector<Token> out;
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  int32_t len = static_cast<int32_t>(text.size());
  int newlines = 0;
  bool space = false;
  int32_t i = 0;
  while (i < len) {
    int32_t start = i;
    UChar32 c;
    U8_NEXT(s, i, len, c);
    CharClass cls = Classify(c);
    if (cls == CharClass::kSpace) {
      if (c == '\n' || (c == '\r' && (i >= len || s[i] != '\n'))) ++newlines;
      space = true;
      continue;
    }
    Token t;
    t.begin = static_cast<size_t>(start);
    if (cls == CharClass::kWord) {
      int32_t j = i;
      bool digits = u_isdigit(c);
      while (j < len) {
        int32_t k = j;
        UChar32 d;
        U8_NEXT(s, k, len, d);
        // Letters and digits glued together are two words: "2023Chiều"
        // (a dateline run into the story), "Q3", "Th3".
        if (u_isalnum(d)) {
          if (static_cast<bool>(u_isdigit(d)) != digits) break;
        }
        if (Classify(d) != CharClass::kWord) {
          // An apostrophe between letters is part of the word: "H'Hen", "K'Nhai".
          if ((d == '\'' || d == 0x2019 || d == 0x2018) && k < len) {
            int32_t m = k;
            UChar32 e;
            U8_NEXT(s, m, len, e);
            if (u_isalpha(e)) { j = m; continue; }
          }
          break;
        }
        j = k;
      }
      i = j;
    }
    t.end = static_cast<size_t>(i);
    t.newlines_before = static_cast<uint8_t>(newlines > 9 ? 9 : newlines);
    t.space_before = space;
    SetShape(text, &t);
    t.key = FoldKey(t.Surface(text));
    out.push_back(std::move(t));
    newlines = 0;
    space = false;
  }
  return out;
}

std::vector<Sentence> SplitSentences(std::string_view text, const std::vector<Token>& tokens) {
  (void)text;
  std::vector<Sentence> out;
  size_t start = 0;
  auto close = [&](size_t end) {
    if (end <= start) return;
    Sentence s;
    s.tok_begin = start;
    s.tok_end = end;
    s.byte_begin = tokens[start].begin;
    s.byte_end = tokens[end - 1].end;
    out.push_back(s);
    start = end;
  };
  for (size_t i = 0; i < tokens.size(); ++i) {
    if (i > start && tokens[i].newlines_before > 0) close(i);
    const Token& t = tokens[i];
    bool terminal = t.key == "." || t.key == "!" || t.key == "?" || t.key == "…";
    if (!terminal) continue;
    // Swallow a run of closing punctuation: "./." or ".”" or "...".
    size_t j = i + 1;
    while (j < tokens.size() && !tokens[j].space_before && !tokens[j].word) ++j;
    if (j < tokens.size() && !tokens[j].space_before && tokens[j].word) continue;  // "TP.HCM", "7.8"
    if (t.key == "." && i > start && IsAbbreviationBeforeDot(tokens[i - 1]) &&
        j < tokens.size() && tokens[j].newlines_before == 0)
      continue;
    if (t.key == "." && i > start && tokens[i - 1].word && !tokens[i - 1].number &&
        tokens[i - 1].end - tokens[i - 1].begin == 1 && tokens[i - 1].cap &&
        j < tokens.size() && tokens[j].newlines_before == 0)
      continue;  // an initial: "K.P."
    close(j);
    i = j - 1;
  }
  close(tokens.size());
  return out;
}

}  // namespace vnkg::extract
