#include <catch2/catch.hpp>

#include "extract/normalize.h"

using namespace vnkg::extract;

TEST_CASE("tone placement and NFD fold to the same key", "[normalize]") {
  CHECK(FoldKey("uỷ") == FoldKey("ủy"));
  CHECK(FoldKey("hoà") == FoldKey("hòa"));
  CHECK(FoldKey("Thành Ủy") == FoldKey("thành uỷ"));
  // "Ủy" written decomposed: U + combining hook above + y.
  CHECK(FoldKey("U\xcc\x89y") == FoldKey("Ủy"));
  CHECK(FoldKey("ủy") != FoldKey("uy"));
  CHECK(FoldKey("  Cần   Thơ ") == "cân2 thơ");
}

TEST_CASE("diacritic-free folding for search", "[normalize]") {
  CHECK(FoldAscii("Trần Quốc Trung") == "tran quoc trung");
  CHECK(FoldAscii("Đắk Lắk") == "dak lak");
  CHECK(FoldAscii("ĐBQH") == "dbqh");
}

TEST_CASE("NFC normalisation changes nothing else", "[normalize]") {
  CHECK(ToNfc("Ca\xcc\x82\xcc\x80n Tho\xcc\x9b") == "Cần Thơ");
  CHECK(ToNfc("a\r\nb\xc2\xa0" "c") == "a\r\nb\xc2\xa0" "c");  // offsets stay put
}

TEST_CASE("invalid UTF-8 is found with its byte offset", "[normalize]") {
  size_t at = 0;
  CHECK(IsValidUtf8("Quận ủy", &at));
  CHECK_FALSE(IsValidUtf8("ab\xff" "cd", &at));
  CHECK(at == 2);
  CHECK_FALSE(IsValidUtf8("Cần\xe1\xba", &at));  // truncated sequence at the end
  CHECK(at == 5);
}

TEST_CASE("case helpers", "[normalize]") {
  CHECK(ProperCase("ANH DŨNG") == "Anh Dũng");
  CHECK(ProperCase("y giang gry niê knơng") == "Y Giang Gry Niê Knơng");
  CHECK(ProperCase("H'HEN NIÊ") == "H'Hen Niê");
  CHECK(ToLower("Ban") == "ban");
  CHECK(UpperFirst("ủy ban") == "Ủy ban");
}

TEST_CASE("tone marks move to the press style's vowel", "[normalize]") {
  CHECK(CanonicalTones("Hoà Bình") == "Hòa Bình");
  CHECK(CanonicalTones("Thành uỷ") == "Thành ủy");
  CHECK(CanonicalTones("Bình Thuỷ") == "Bình Thủy");
  CHECK(CanonicalTones("khoẻ") == "khỏe");
  CHECK(CanonicalTones("Hoàng Văn Thụ") == "Hoàng Văn Thụ");
  CHECK(CanonicalTones("người Quảng Ngãi") == "người Quảng Ngãi");
  CHECK(CanonicalTones("Nguyễn Thị Thuý") == "Nguyễn Thị Thúy");
  CHECK(CanonicalTones("giữa quý Tuyến") == "giữa quý Tuyến");
  CHECK(CanonicalTones("ngoài trời, mùa của") == "ngoài trời, mùa của");
  CHECK(FoldKey(CanonicalTones("Thuỷ")) == FoldKey("Thủy"));
}

TEST_CASE("look-alike letters become Vietnamese ones without moving offsets", "[normalize]") {
  std::string in = "Ðảng ủy, ðồng chí, Ɖinh";
  std::string out = ToNfc(in);
  CHECK(out == "Đảng ủy, đồng chí, Đinh");
  CHECK(out.size() == in.size());
  CHECK(FoldKey("K’Nhai") == FoldKey("K'Nhai"));
  CHECK(FoldKey("K‘Nhai") == FoldKey("K'Nhai"));
}
