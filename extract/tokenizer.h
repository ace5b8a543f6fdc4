// Segmentation of NFC text into syllable/punctuation tokens and sentences,
// with byte offsets into that text. Each token's folded key is computed once.
#ifndef VNKG_EXTRACT_TOKENIZER_H_
#define VNKG_EXTRACT_TOKENIZER_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace vnkg::extract {

struct Token {
  size_t begin = 0;  // byte offsets into the text
  size_t end = 0;
  std::string key;   // FoldKey of the surface; punctuation is itself
  uint8_t newlines_before = 0;  // line breaks in the white space before it (capped)
  bool word = false;      // letters and/or digits
  bool number = false;    // digits only
  bool cap = false;       // first character is an upper-case letter
  bool all_caps = false;  // two or more letters, all upper case
  bool space_before = false;
  std::string_view Surface(std::string_view text) const {
    return text.substr(begin, end - begin);
  }
  bool Is(std::string_view k) const { return key == k; }
};

// Token index range [begin, end) plus its byte span.
struct Sentence {
  size_t tok_begin = 0;
  size_t tok_end = 0;
  size_t byte_begin = 0;
  size_t byte_end = 0;
};

// Splits text into words (runs of letters, digits and combining marks) and
// single punctuation characters. REQUIRES: text is valid UTF-8 (NFC).
std::vector<Token> Tokenize(std::string_view text);

// Sentences end at a line break, or at . ! ? … followed by white space, unless
// the dot closes a known abbreviation ("TP.") or a single capital (initials).
std::vector<Sentence> SplitSentences(std::string_view text,
                                     const std::vector<Token>& tokens);

}  // namespace vnkg::extract

#endif  // VNKG_EXTRACT_TOKENIZER_H_
