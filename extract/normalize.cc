#include "extract/normalize.h"

#include <unicode/locid.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <map>

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
    base.append(u_tolower(c));
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

std::string ToNfc(std::string_view text) {
  if (IsAsciiOnly(text)) return std::string(text);
  UErrorCode status = U_ZERO_ERROR;
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(text);
  icu::UnicodeString n = Nfc().normalize(u, status);
  if (U_FAILURE(status)) return std::string(text);
  return ToUtf8(n);
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
    if (u_isUWhiteSpace(c) || c == '-' || c == '\'' || c == 0x2019) {  // "K'Nhai"
      out.append(c);
      start = true;
      continue;
    }
    out.append(start ? u_toupper(c) : u_tolower(c));
    if (u_isalpha(c)) start = false;
  }
  return ToUtf8(out);
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
