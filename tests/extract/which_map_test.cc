// FORMAT.md "Which map" on stories written for these tests: the map each
// locality is read on, by the story's date, by what the text marks as old or
// new, and for an undated story by the units it names; and the renames dated
// after the July 2025 map (extract/data/renames-2025-07.tsv).
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "tests/extract/test_extractor.h"

using vnkg::graph::Record;
using vnkg::test::Extract;

namespace {

using V = std::vector<std::string>;

using vnkg::test::Roles;

// "name | map | code | parent" of each locality the record names.
V Localities(const Record& r) {
  V out;
  for (const auto& l : r.localities)
    out.push_back(l.name + " | " + l.map.value_or("-") + " | " + l.code.value_or("-") + " | " +
                  l.parent.value_or("-"));
  return out;
}

V Organizers(const Record& r) {
  V out;
  for (const auto& m : r.meetings) out.push_back(m.organizer.value_or("?"));
  return out;
}

}  // namespace

TEST_CASE("the same places before and after the reform are other bodies on other maps",
          "[map]") {
  // Xã Hòa Định (Chợ Gạo, Tiền Giang in March) went into xã Bình Ninh of
  // Đồng Tháp on the July map; Tiền Giang's code 82 is Đồng Tháp's there.
  Record before = Extract(
      "14/03/2022 - 09:00\nSáng 13/3, Ban Thường vụ Tỉnh ủy làm việc với Đảng ủy xã Hòa Định, "
      "huyện Chợ Gạo. Đồng chí Phan Văn Lộc, Phó Bí thư Tỉnh ủy phát biểu kết luận.");
  CHECK(Roles(before, "Phan Văn Lộc") == V{"Phó Bí thư | Tỉnh ủy Tiền Giang"});
  CHECK(Organizers(before) == V{"Ban Thường vụ Tỉnh ủy Tiền Giang"});
  CHECK(Localities(before) == V{"xã Hòa Định | 2025-03 | 28645 | huyện Chợ Gạo",
                                "huyện Chợ Gạo | 2025-03 | 822 | tỉnh Tiền Giang"});

  Record after = Extract(
      "14/10/2025 - 09:00\nSáng 13/10, Ban Thường vụ Tỉnh ủy làm việc với Đảng ủy xã Bình Ninh. "
      "Đồng chí Phan Văn Lộc, Phó Bí thư Tỉnh ủy phát biểu kết luận.");
  CHECK(Roles(after, "Phan Văn Lộc") == V{"Phó Bí thư | Tỉnh ủy Đồng Tháp"});
  CHECK(Organizers(after) == V{"Ban Thường vụ Tỉnh ủy Đồng Tháp"});
  CHECK(Localities(after) == V{"xã Bình Ninh | 2025-07 | 28648 | tỉnh Đồng Tháp"});
}

TEST_CASE("a unit marked old is the March map's whatever the story's date", "[map]") {
  // "(cũ)" in a 2025-09 story: the old commune and its old province.
  Record r = Extract(
      "20/09/2025 - 10:00\nChiều 19/9, Đảng ủy xã Hòa Định (cũ) tổ chức họp mặt cán bộ, đảng viên "
      "nghỉ hưu. Đồng chí Lê Văn Tám, nguyên Bí thư Đảng ủy xã phát biểu. Dự có đồng chí Trần "
      "Thị Chín, Phó Chủ tịch UBND tỉnh.");
  CHECK(Localities(r) == V{"xã Hòa Định | 2025-03 | 28645 | huyện Chợ Gạo"});
  CHECK(Organizers(r) == V{"Đảng ủy xã Hòa Định"});
  CHECK(Roles(r, "Lê Văn Tám") == V{"Bí thư | Đảng ủy xã Hòa Định (former)"});
  CHECK(Roles(r, "Trần Thị Chín") == V{"Phó Chủ tịch | Ủy ban nhân dân tỉnh Tiền Giang"});

  // Other wordings: "cũ" without parentheses, "trước sáp nhập", "trước đây".
  Record district = Extract(
      "03/07/2025 - 08:00\nNgày 27/6, Huyện ủy Gio Linh cũ tổ chức hội nghị. Đồng chí Lê Văn Mười, "
      "Bí thư Huyện ủy chủ trì.");
  CHECK(Localities(district) == V{"huyện Gio Linh | 2025-03 | 466 | tỉnh Quảng Trị"});
  CHECK(Roles(district, "Lê Văn Mười") == V{"Bí thư | Huyện ủy Gio Linh"});
  Record province = Extract(
      "10/08/2025 - 08:00\nSáng 9/8, UBND tỉnh Kon Tum trước sáp nhập tổ chức họp mặt. Đồng chí "
      "Nguyễn Văn Hai, nguyên Chủ tịch UBND tỉnh phát biểu.");
  CHECK(Localities(province) == V{"tỉnh Kon Tum | 2025-03 | 62 | -"});
  CHECK(Roles(province, "Nguyễn Văn Hai") ==
        V{"Chủ tịch | Ủy ban nhân dân tỉnh Kon Tum (former)"});
  Record earlier = Extract(
      "10/08/2025 - 08:00\nSáng 9/8, Đảng ủy xã Tân Lập trước đây thuộc huyện Đồng Phú tổ chức "
      "họp mặt.");
  CHECK(Localities(earlier) == V{"xã Tân Lập | 2025-03 | 25381 | huyện Đồng Phú",
                                 "huyện Đồng Phú | 2025-03 | 695 | tỉnh Bình Phước"});
}

TEST_CASE("a unit marked new is the July map's in an older story", "[map]") {
  // Xã Mỹ Thiện is on the July map only: in a June 2025 story, "(mới)" and
  // "sau sáp nhập" name it there.
  for (const char* marker : {"(mới)", "sau sáp nhập"}) {
    Record r = Extract(std::string("20/06/2025 - 08:00\nSáng 19/6, Đảng ủy xã Mỹ Thiện ") + marker +
                       " ra mắt. Đồng chí Lê Văn Năm, Phó Bí thư Tỉnh ủy dự.");
    INFO(marker);
    CHECK(Localities(r) == V{"xã Mỹ Thiện | 2025-07 | 28378 | tỉnh Đồng Tháp"});
    CHECK(Roles(r, "Lê Văn Năm") == V{"Phó Bí thư | Tỉnh ủy Đồng Tháp"});
  }
}

TEST_CASE("the units a new one was formed from are old; the new one decides", "[map]") {
  Record r = Extract(
      "20/10/2025 - 08:00\nSáng 19/10, Đảng ủy phường Đồng Hới tổ chức hội nghị. Phường Đồng Hới "
      "được thành lập trên cơ sở sáp nhập các phường Đồng Phú, Hải Thành và Nam Lý thuộc thành "
      "phố Đồng Hới, tỉnh Quảng Bình. Dự hội nghị có đồng chí Lê Văn Bảo, Phó Chủ tịch UBND tỉnh.");
  CHECK(Localities(r) == V{"phường Đồng Hới | 2025-07 | 18880 | tỉnh Quảng Trị",
                           "phường Đồng Phú | 2025-03 | 18856 | thành phố Đồng Hới",
                           "thành phố Đồng Hới | 2025-03 | 450 | tỉnh Quảng Bình",
                           "tỉnh Quảng Bình | 2025-03 | 44 | -"});
  // A bare body takes the unit of the story's own map first.
  CHECK(Roles(r, "Lê Văn Bảo") == V{"Phó Chủ tịch | Ủy ban nhân dân tỉnh Quảng Trị"});
  // A name in a list after a type word is of that type, even one named
  // like a province ("Phú Thọ", a ward of Thủ Dầu Một).
  Record list = Extract(
      "20/10/2025 - 08:00\nPhường Thủ Dầu Một được thành lập trên cơ sở sáp nhập các phường Phú "
      "Cường, Chánh Nghĩa, Phú Thọ.");
  CHECK(Localities(list) == V{"phường Thủ Dầu Một | 2025-07 | 25747 | thành phố Hồ Chí Minh",
                              "phường Phú Cường | 2025-03 | 25747 | thành phố Thủ Dầu Một"});
}

TEST_CASE("a special zone is a commune-level unit with its own bodies", "[map]") {
  Record r = Extract(
      "15/10/2025 - 08:00\nChiều 14/10, Ban Thường vụ Đảng ủy đặc khu Phú Quốc tổ chức hội nghị "
      "sơ kết. Đồng chí Trần Minh Khoa, Bí thư Đảng ủy đặc khu chủ trì. Đồng chí Hồ Văn Mừng, Phó "
      "Chủ tịch UBND đặc khu báo cáo. Dự có đồng chí Lê Thị Hoa, Phó Bí thư Tỉnh ủy.");
  CHECK(Roles(r, "Trần Minh Khoa") == V{"Bí thư | Đảng ủy đặc khu Phú Quốc"});
  CHECK(Roles(r, "Hồ Văn Mừng") == V{"Phó Chủ tịch | Ủy ban nhân dân đặc khu Phú Quốc"});
  CHECK(Roles(r, "Lê Thị Hoa") == V{"Phó Bí thư | Tỉnh ủy An Giang"});
  CHECK(Organizers(r) == V{"Ban Thường vụ Đảng ủy đặc khu Phú Quốc"});
  REQUIRE_FALSE(r.localities.empty());
  CHECK(r.localities[0].level == vnkg::graph::LocalityLevel::kCommune);
  CHECK(Localities(r)[0] == "đặc khu Phú Quốc | 2025-07 | 31078 | tỉnh An Giang");
}

TEST_CASE("an undated story is read on the map its units are on", "[map]") {
  // Phường Điện Bàn Đông exists on the July map only.
  Record r = Extract(
      "Sáng 14/10, Ban Thường vụ Đảng ủy phường Điện Bàn Đông tổ chức hội nghị. Dự có đồng chí Lê "
      "Văn Dũng, Ủy viên Ban Thường vụ Thành ủy.");
  CHECK(Localities(r) == V{"phường Điện Bàn Đông | 2025-07 | 20579 | thành phố Đà Nẵng"});
  CHECK(Roles(r, "Lê Văn Dũng") == V{"Ủy viên | Ban Thường vụ Thành ủy Đà Nẵng"});
  // A district exists on the March map only.
  Record old = Extract(
      "Sáng 11/5, Ban Thường vụ Tỉnh ủy làm việc với Đảng ủy xã Hòa Định, huyện Chợ Gạo. Đồng chí "
      "Phan Văn Lộc, Bí thư Tỉnh ủy phát biểu.");
  CHECK(Roles(old, "Phan Văn Lộc") == V{"Bí thư | Tỉnh ủy Tiền Giang"});
  // Xã Tân Thạnh repeats on both maps in several provinces: nothing decides.
  Record both = Extract(
      "Sáng 11/9, Đảng ủy xã Tân Thạnh tổ chức hội nghị. Đồng chí Lê Văn Hùng, Phó Chủ tịch UBND "
      "tỉnh dự.");
  CHECK(Roles(both, "Lê Văn Hùng") == V{"Phó Chủ tịch | Ủy ban nhân dân tỉnh"});
  // The same unit on both maps (same code and name) is taken on March's.
  Record hue = Extract("Sáng 8/7, HĐND thành phố Huế khai mạc kỳ họp.");
  CHECK(Localities(hue) == V{"thành phố Huế | 2025-03 | 46 | -"});
}

TEST_CASE("Đồng Nai is a centrally-run city from 2026-04-30, ten communes wards", "[map]") {
  // Before the date a province with a commune Long Thành; from it a city
  // with a ward Long Thành: the same units (codes 75, 26368) renamed.
  struct Side {
    const char* dateline;
    const char* commune;   // the commune's type word
    const char* province;  // the province's type word
    const char* committee;
  };
  for (const Side& side : {Side{"12/10/2025", "xã", "tỉnh", "Tỉnh ủy"},
                           Side{"12/06/2026", "phường", "thành phố", "Thành ủy"}}) {
    std::string commune = side.commune, province = side.province, committee = side.committee;
    Record r = Extract(std::string(side.dateline) + " - 08:00\nSáng nay, Ban Thường vụ Đảng ủy " +
                       commune + " Long Thành tổ chức hội nghị. Đồng chí Võ Văn Phi, Bí thư " +
                       committee + " dự. Đồng chí Lê Thị Hà, Phó Chủ tịch UBND " + province +
                       " Đồng Nai cùng dự.");
    INFO(side.dateline);
    CHECK(Roles(r, "Võ Văn Phi") == V{"Bí thư | " + committee + " Đồng Nai"});
    CHECK(Roles(r, "Lê Thị Hà") == V{"Phó Chủ tịch | Ủy ban nhân dân " + province + " Đồng Nai"});
    CHECK(Localities(r) == V{commune + " Long Thành | 2025-07 | 26368 | " + province + " Đồng Nai",
                             province + " Đồng Nai | 2025-07 | 75 | -"});
  }
  // The city's committee named in full resolves to the unit; so does the
  // province's name in an older wording.
  Record named = Extract(
      "12/06/2026 - 08:00\nSáng 11/6, Thành ủy Đồng Nai tổ chức hội nghị. Đồng chí Võ Văn Phi, "
      "nguyên Phó Bí thư Tỉnh ủy Đồng Nai phát biểu.");
  CHECK(Organizers(named) == V{"Thành ủy Đồng Nai"});
  CHECK(Localities(named) == V{"thành phố Đồng Nai | 2025-07 | 75 | -"});
  CHECK(Roles(named, "Võ Văn Phi") == V{"Phó Bí thư | Tỉnh ủy Đồng Nai (former)"});
}

TEST_CASE("numbered names and either tone placement on the July map", "[map]") {
  Record r = Extract(
      "12/10/2025 - 08:00\nSáng 11/10, Đảng ủy xã Phú Hoà 1 tổ chức hội nghị; đồng chí Y Khoa, Bí "
      "thư Tỉnh uỷ dự. Cùng ngày, UBND Phường 2 Bảo Lộc tổ chức hội nghị.");
  CHECK(Roles(r, "Y Khoa") == V{"Bí thư | Tỉnh ủy Đắk Lắk"});
  CHECK(Localities(r) == V{"xã Phú Hòa 1 | 2025-07 | 22319 | tỉnh Đắk Lắk",
                           "phường 2 Bảo Lộc | 2025-07 | 24820 | tỉnh Lâm Đồng"});
}
