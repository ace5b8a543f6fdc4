// Unicode handling for Vietnamese text (ICU): validation, NFC, and the folded
// keys every later stage compares. Keys make "uỷ" == "ủy", "hoà" == "hòa",
// NFD == NFC input, and (diacritic-free form) "tran quoc trung" == "Trần Quốc Trung".
#ifndef VNKG_EXTRACT_NORMALIZE_H_
#define VNKG_EXTRACT_NORMALIZE_H_

#include <cstddef>
#include <string>
#include <string_view>

namespace vnkg::extract {

// Returns true when `text` is well-formed UTF-8; otherwise false with the byte
// offset of the first bad sequence in *bad_offset.
bool IsValidUtf8(std::string_view text, size_t* bad_offset);

// NFC form of valid UTF-8 text, with look-alike letters of the same byte
// length replaced (Ð U+00D0 typed for Đ); nothing else changes: evidence
// offsets are bytes into exactly this text.
std::string ToNfc(std::string_view text);

// Lower case, tone mark moved to a trailing digit per syllable ("Ủy" -> "uy4"),
// the curly apostrophe made straight, white space folded to single spaces. Safe on any valid UTF-8.
std::string FoldKey(std::string_view text);

// FoldKey of a literal written in code ("chiều" -> "chiêu2"), cached per
// thread: for comparing tokens with fixed words.
const std::string& LiteralKey(std::string_view literal);

// Lower case without any diacritic, đ -> d ("Trần Quốc Trung" -> "tran quoc trung").
std::string FoldAscii(std::string_view text);

// Lower-cases every letter.
std::string ToLower(std::string_view text);

// First letter of each syllable upper case, the rest lower ("ANH DŨNG" ->
// "Anh Dũng", "H'HEN" -> "H'Hen"); syllables split at spaces, '-' and apostrophes.
std::string ProperCase(std::string_view text);

// Puts each syllable's tone mark where the common press style does
// ("hoà" -> "hòa", "Thuỷ" -> "Thủy", "khoẻ" -> "khỏe"; "hoàng", "người"
// unchanged), so that either placement in the input gives the same names.
std::string CanonicalTones(std::string_view text);

// Upper-cases the first letter only ("ban" -> "Ban").
std::string UpperFirst(std::string_view text);

}  // namespace vnkg::extract

#endif  // VNKG_EXTRACT_NORMALIZE_H_
