#include "extract/normalize.h"

#include <unicode/locid.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <map>
#include <vector>

namespace vnkg::extract {
namespace {

const icu::Normalizer2& Nfc() {
  UErrorCode status = U_ZERO_ERROR;
  return *icu::Normalizer2::getNFCInstance(status);
}

const icu::Normalizer2& Nfd() {
  UErrorCode status = U_ZERO_ERROR;
  return *icu::Normalizer2::getNFDInstance(status);
}

// The five Vietnamese tone marks as combining characters, and their digits.
char ToneDigit(UChar32 c) {
  switch (c) {
    case 0x0300: return '2';  // huyền
    case 0x0301: return '1';  // sắc
    case 0x0303: return '3';  // ngã
    case 0x0309: return '4';  // hỏi
    case 0x0323: return '5';  // nặng
    default: return 0;
  }
}

bool IsAsciiOnly(std::string_view s) {
  for (unsigned char c : s)
    if (c >= 0x80) return false;
  return true;
}

std::string ToUtf8(const icu::UnicodeString& u) {
  std::string out;
  u.toUTF8String(out);
  return out;
}

// Folds one syllable (no white space inside).
void FoldSyllable(const icu::UnicodeString& syl, std::string* out) {
  UErrorCode status = U_ZERO_ERROR;
  icu::UnicodeString nfd = Nfd().normalize(syl, status);
  icu::UnicodeString base;
  char tone = 0;
  for (int32_t i = 0; i < nfd.length();) {
    UChar32 c = nfd.char32At(i);
    i += U16_LENGTH(c);
    if (char d = ToneDigit(c)) {
      tone = d;
      continue;
    }
    bool apostrophe = c == 0x2019 || c == 0x2018 || c == 0x02BC;  // "K’Nhai" is "K'Nhai"
    base.append(apostrophe ? UChar32('\'') : u_tolower(c));
  }
  status = U_ZERO_ERROR;
  out->append(ToUtf8(Nfc().normalize(base, status)));
  if (tone) out->push_back(tone);
}

}  // namespace

const std::string& LiteralKey(std::string_view literal) {
  thread_local std::map<std::string, std::string, std::less<>> cache;
  auto it = cache.find(literal);
  if (it != cache.end()) return it->second;
  return cache.emplace(std::string(literal), FoldKey(literal)).first->second;
}

bool IsValidUtf8(std::string_view text, size_t* bad_offset) {
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  int32_t len = static_cast<int32_t>(text.size());
  for (int32_t i = 0; i < len;) {
    int32_t start = i;
    UChar32 c;
    U8_NEXT(s, i, len, c);
    if (c < 0) {
      if (bad_offset) *bad_offset = static_cast<size_t>(start);
      return false;
    }
  }
  return true;
}

namespace {

// Look-alike letters typed for Vietnamese ones, each of the same UTF-8
// length as the letter it stands for: Ð/ð (eth) and Ɖ/ɖ (African D) for Đ/đ.
void ReplaceLookalikes(std::string* s) {
  static const struct { unsigned char from0, from1, to0, to1; } kPairs[] = {
      {0xC3, 0x90, 0xC4, 0x90},   // U+00D0 -> U+0110
      {0xC3, 0xB0, 0xC4, 0x91},   // U+00F0 -> U+0111
      {0xC6, 0x89, 0xC4, 0x90},   // U+0189 -> U+0110
      {0xC9, 0x96, 0xC4, 0x91}};  // U+0256 -> U+0111
  for (size_t i = 0; i + 1 < s->size(); ++i) {
    unsigned char c = (*s)[i], d = (*s)[i + 1];
    if (c < 0xC0) continue;  // only at the first byte of a sequence
    for (const auto& p : kPairs) {
      if (c != p.from0 || d != p.from1) continue;
      (*s)[i] = static_cast<char>(p.to0);
      (*s)[i + 1] = static_cast<char>(p.to1);
    }
    ++i;
  }
}

}  // namespace

std::string ToNfc(std::string_view text) {
  if (IsAsciiOnly(text)) return std::string(text);
  UErrorCode status = U_ZERO_ERROR;
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(text);
  icu::UnicodeString n = Nfc().normalize(u, status);
  if (U_FAILURE(status)) return std::string(text);
  std::string out = ToUtf8(n);
  ReplaceLookalikes(&out);
  return out;
}

std::string FoldKey(std::string_view text) {
  std::string out;
  if (IsAsciiOnly(text)) {
    bool space = false;
    for (char c : text) {
      if (c == ' ' || c == '\t' || c == '\n') {
        space = !out.empty();
        continue;
      }
      if (space) out.push_back(' ');
      space = false;
      out.push_back(static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c));
    }
    return out;
  }
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(text);
  icu::UnicodeString syl;
  auto flush = [&]() {
    if (syl.isEmpty()) return;
    if (!out.empty()) out.push_back(' ');
    FoldSyllable(syl, &out);
    syl.remove();
  };
  for (int32_t i = 0; i < u.length();) {
    UChar32 c = u.char32At(i);
    i += U16_LENGTH(c);
    if (u_isUWhiteSpace(c)) flush(); else syl.append(c);
  }
  flush();
  return out;
}

std::string FoldAscii(std::string_view text) {
  UErrorCode status = U_ZERO_ERROR;
  icu::UnicodeString nfd = Nfd().normalize(icu::UnicodeString::fromUTF8(text), status);
  icu::UnicodeString out;
  bool space = false;
  for (int32_t i = 0; i < nfd.length();) {
    UChar32 c = nfd.char32At(i);
    i += U16_LENGTH(c);
    if (u_charType(c) == U_NON_SPACING_MARK) continue;
    if (u_isUWhiteSpace(c)) {
      space = !out.isEmpty();
      continue;
    }
    if (space) out.append(UChar32(' '));
    space = false;
    if (c == 0x0110 || c == 0x0111) c = 'd';
    out.append(u_tolower(c));
  }
  return ToUtf8(out);
}

std::string ToLower(std::string_view text) {
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(text);
  u.toLower(icu::Locale("vi"));
  return ToUtf8(u);
}

std::string ProperCase(std::string_view text) {
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(text);
  icu::UnicodeString out;
  bool start = true;
  for (int32_t i = 0; i < u.length();) {
    UChar32 c = u.char32At(i);
    i += U16_LENGTH(c);
    if (u_isUWhiteSpace(c) || c == '-' || c == '\'' || c == 0x2019 || c == 0x2018 ||
        c == 0x02BC) {  // "K'Nhai"
      out.append(c);
      start = true;
      continue;
    }
    out.append(start ? u_toupper(c) : u_tolower(c));
    if (u_isalpha(c)) start = false;
  }
  return ToUtf8(out);
}

namespace {

bool IsVowel(UChar32 c) {
  switch (u_tolower(c)) {
    case 'a': case 'e': case 'i': case 'o': case 'u': case 'y': return true;
    default: return false;
  }
}

// One NFD syllable without its tone mark: the index of the vowel that carries it.
int ToneVowel(const icu::UnicodeString& s) {
  // Vowels by index into s (base letters only), and whether a hat/breve/horn follows.
  std::vector<int> vowels;
  std::vector<bool> marked;
  for (int32_t i = 0; i < s.length(); ++i) {
    UChar32 c = s.charAt(i);
    if (IsVowel(c)) {
      vowels.push_back(i);
      UChar32 next = i + 1 < s.length() ? s.charAt(i + 1) : 0;
      marked.push_back(next == 0x0302 || next == 0x0306 || next == 0x031B);
    }
  }
  if (vowels.empty()) return -1;
  // "gi", "qu": the i/u belongs to the consonant when another vowel follows.
  UChar32 first = u_tolower(s.charAt(0));
  if (vowels.size() > 1 && vowels[0] == 1 &&
      ((first == 'g' && u_tolower(s.charAt(1)) == 'i') || (first == 'q' && u_tolower(s.charAt(1)) == 'u'))) {
    vowels.erase(vowels.begin());
    marked.erase(marked.begin());
  }
  for (size_t k = vowels.size(); k-- > 0;)  // ơ in "ươ"; else the marked vowel
    if (marked[k]) return vowels[k];
  if (vowels.size() == 1) return vowels[0];
  int last = vowels.back();
  bool final_consonant = false;
  for (int32_t i = last + 1; i < s.length(); ++i)
    if (u_isalpha(s.charAt(i))) final_consonant = true;
  if (vowels.size() == 3) return vowels[1];
  return final_consonant ? vowels[1] : vowels[0];
}

}  // namespace

std::string CanonicalTones(std::string_view text) {
  if (IsAsciiOnly(text)) return std::string(text);
  UErrorCode status = U_ZERO_ERROR;
  icu::UnicodeString nfd = Nfd().normalize(icu::UnicodeString::fromUTF8(text), status);
  icu::UnicodeString out, syl;
  UChar32 tone = 0;
  auto flush = [&]() {
    if (tone) {
      int at = ToneVowel(syl);
      if (at >= 0) {
        // After the vowel and any hat/breve/horn on it.
        int32_t pos = at + 1;
        while (pos < syl.length() && u_charType(syl.charAt(pos)) == U_NON_SPACING_MARK) ++pos;
        syl.insert(pos, tone);
      } else {
        syl.append(tone);
      }
    }
    out.append(syl);
    syl.remove();
    tone = 0;
  };
  for (int32_t i = 0; i < nfd.length();) {
    UChar32 c = nfd.char32At(i);
    i += U16_LENGTH(c);
    if (ToneDigit(c)) {
      tone = c;
    } else if (u_isalpha(c) || u_charType(c) == U_NON_SPACING_MARK) {
      syl.append(c);
    } else {
      flush();
      out.append(c);
    }
  }
  flush();
  status = U_ZERO_ERROR;
  return ToUtf8(Nfc().normalize(out, status));
}

std::string UpperFirst(std::string_view text) {
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(text);
  if (u.isEmpty()) return std::string(text);
  UChar32 c = u.char32At(0);
  icu::UnicodeString out;
  out.append(u_toupper(c));
  out.append(u, U16_LENGTH(c), u.length() - U16_LENGTH(c));
  return ToUtf8(out);
}

}  // namespace vnkg::extract
