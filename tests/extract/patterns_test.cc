// Each linguistic pattern the extractor handles, on sentences written for
// these tests (not taken from the samples), with the exact record they give.
#include <catch2/catch.hpp>

#include <algorithm>
#include <map>
#include <string>
#include <vector>

#include "extract/extractor.h"
#include "extract/normalize.h"
#include "tests/extract/test_extractor.h"

using vnkg::graph::Record;

namespace {


Record Run(const std::string& text) { return vnkg::test::Extract(text); }

std::vector<std::string> People(const Record& r) {
  std::vector<std::string> out;
  for (const auto& p : r.people) out.push_back(p.name);
  return out;
}

using vnkg::test::Roles;

std::string MeetingOf(const Record& r) {
  if (r.meetings.empty()) return "none";
  const auto& m = r.meetings[0];
  return m.date.value_or("?") + " | " + m.organizer.value_or("?");
}

std::map<std::string, std::string> Participants(const Record& r) {
  std::map<std::string, std::string> out;
  if (r.meetings.empty()) return out;
  for (const auto& p : r.meetings[0].participants) {
    std::string labels;
    for (const auto& l : p.as) labels += (labels.empty() ? "" : ",") + l;
    out[p.name] = labels;
  }
  return out;
}

using V = std::vector<std::string>;
using M = std::map<std::string, std::string>;

}  // namespace

TEST_CASE("titles after the name; the list's organization applies to every title", "[patterns]") {
  Record r = Run("Đồng chí Lê Hoàng Phúc, Ủy viên Ban Thường vụ, Trưởng Ban Dân vận Tỉnh ủy Sóc Trăng phát biểu.");
  CHECK(People(r) == V{"Lê Hoàng Phúc"});
  CHECK(Roles(r, "Lê Hoàng Phúc") ==
        V{"Ủy viên | Ban Thường vụ Tỉnh ủy Sóc Trăng", "Trưởng ban | Ban Dân vận Tỉnh ủy Sóc Trăng"});
}

TEST_CASE("titles before the name, bare bodies kept bare without context", "[patterns]") {
  Record r = Run("Phát biểu tại buổi lễ, Phó Bí thư Huyện ủy, Chủ tịch UBND huyện Đặng Văn Minh nhấn mạnh ý nghĩa của ngày truyền thống.");
  CHECK(People(r) == V{"Đặng Văn Minh"});
  CHECK(Roles(r, "Đặng Văn Minh") == V{"Phó Bí thư | Huyện ủy", "Chủ tịch | Ủy ban nhân dân huyện"});
}

TEST_CASE("ông/bà, parentheses and dashes; abbreviations expanded", "[patterns]") {
  Record r = Run(
      "Bà Nguyễn Thị Hoa (Phó Chủ tịch UBND tỉnh Quảng Ngãi) và ông Võ Đình Lộc - Giám đốc Sở Nội vụ tỉnh Quảng Ngãi cùng dự. "
      "Đ/c Trần Văn Hùng – Bí thư Đảng ủy xã Tịnh Khê, Chủ tịch HĐND xã cũng có mặt.");
  CHECK(People(r) == V{"Nguyễn Thị Hoa", "Võ Đình Lộc", "Trần Văn Hùng"});
  CHECK(Roles(r, "Nguyễn Thị Hoa") == V{"Phó Chủ tịch | Ủy ban nhân dân tỉnh Quảng Ngãi"});
  CHECK(Roles(r, "Võ Đình Lộc") == V{"Giám đốc | Sở Nội vụ tỉnh Quảng Ngãi"});
  CHECK(Roles(r, "Trần Văn Hùng") ==
        V{"Bí thư | Đảng ủy xã Tịnh Khê", "Chủ tịch | Hội đồng nhân dân xã Tịnh Khê"});
}

TEST_CASE("central posts and posts with no organization", "[patterns]") {
  Record r = Run(
      "Tổng Bí thư, Chủ tịch nước Tô Văn Long gửi thư chúc mừng. "
      "Đồng chí Lương Thế Hải, Ủy viên Bộ Chính trị, Bí thư Trung ương Đảng, Trưởng Ban Tổ chức Trung ương cũng gửi lẵng hoa. "
      "Ông Mai Quốc Việt, Ủy viên Trung ương Đảng, Bộ trưởng Bộ Tư pháp, Đại biểu Quốc hội có mặt.");
  CHECK(Roles(r, "Tô Văn Long") ==
        V{"Tổng Bí thư | Ban Chấp hành Trung ương Đảng", "Chủ tịch nước | -"});
  CHECK(Roles(r, "Lương Thế Hải") ==
        V{"Ủy viên | Bộ Chính trị", "Bí thư | Ban Bí thư", "Trưởng ban | Ban Tổ chức Trung ương"});
  CHECK(Roles(r, "Mai Quốc Việt") == V{"Ủy viên | Ban Chấp hành Trung ương Đảng",
                                       "Bộ trưởng | Bộ Tư pháp", "Đại biểu | Quốc hội"});
}

TEST_CASE("committee members: Thành ủy viên, Ủy viên Ban Chấp hành Đảng bộ", "[patterns]") {
  Record r = Run(
      "Chiều 5/4, Thành ủy Vinh tổ chức hội nghị. Dự có đồng chí Hồ Sỹ Tân, Thành ủy viên, Chánh Văn phòng Thành ủy; "
      "đồng chí Phan Đức Thịnh, Ủy viên Ban Chấp hành Đảng bộ tỉnh, Bí thư Thành ủy.");
  CHECK(Roles(r, "Hồ Sỹ Tân") == V{"Ủy viên | Thành ủy Vinh", "Chánh văn phòng | Văn phòng Thành ủy Vinh"});
  CHECK(Roles(r, "Phan Đức Thịnh") == V{"Ủy viên | Tỉnh ủy Nghệ An", "Bí thư | Thành ủy Vinh"});
  CHECK(MeetingOf(r) == "? | Thành ủy Vinh");
  CHECK(Participants(r) == M{{"Hồ Sỹ Tân", "guest"}, {"Phan Đức Thịnh", "guest"}});
}

TEST_CASE("posts taken by election or appointment; coordinated subjects share them", "[patterns]") {
  Record r = Run(
      "Sáng 12.8, Đại hội đại biểu Đảng bộ huyện Thanh Chương lần thứ XXX, nhiệm kỳ 2020 - 2025 bế mạc. "
      "Đồng chí Phạm Văn Hóa được bầu giữ chức Bí thư Huyện ủy Thanh Chương. "
      "Các đồng chí Võ Thị Minh và Ngô Văn Sơn được bầu làm Phó Bí thư Huyện ủy Thanh Chương.");
  CHECK(Roles(r, "Phạm Văn Hóa") == V{"Bí thư | Huyện ủy Thanh Chương"});
  CHECK(Roles(r, "Võ Thị Minh") == V{"Phó Bí thư | Huyện ủy Thanh Chương"});
  CHECK(Roles(r, "Ngô Văn Sơn") == V{"Phó Bí thư | Huyện ủy Thanh Chương"});
  CHECK(MeetingOf(r) == "2020-08-12 | Huyện ủy Thanh Chương");
  CHECK(Participants(r) == M{{"Phạm Văn Hóa", ""}, {"Võ Thị Minh", ""}, {"Ngô Văn Sơn", ""}});
}

TEST_CASE("former posts are marked, current ones are not", "[patterns]") {
  Record r = Run(
      "Ông Lý Văn Tám, nguyên Bí thư Huyện ủy Mỹ Tú, Chủ tịch UBND huyện, đã nghỉ hưu. "
      "Ông Kiều Minh Trí, Phó Bí thư Tỉnh ủy Sóc Trăng, thôi giữ chức Chủ tịch UBND tỉnh.");
  CHECK(Roles(r, "Lý Văn Tám") == V{"Bí thư | Huyện ủy Mỹ Tú (former)",
                                    "Chủ tịch | Ủy ban nhân dân huyện Mỹ Tú (former)"});
  CHECK(Roles(r, "Kiều Minh Trí") == V{"Phó Bí thư | Tỉnh ủy Sóc Trăng (former)"});
}

TEST_CASE("a bare higher body resolves to the named unit's ancestor", "[patterns]") {
  Record r = Run(
      "Chiều 3/1/2021, Bí thư Tỉnh ủy Dương Văn An làm việc với Ban Thường vụ Thành ủy Phan Thiết. "
      "Đồng chí Bí thư Tỉnh ủy yêu cầu thành phố Phan Thiết phát triển du lịch.");
  CHECK(Roles(r, "Dương Văn An") == V{"Bí thư | Tỉnh ủy Bình Thuận"});
  CHECK(MeetingOf(r) == "2021-01-03 | Tỉnh ủy Bình Thuận");
  CHECK(Participants(r) == M{{"Dương Văn An", "speaker"}});
}

TEST_CASE("an ambiguous commune stays ambiguous and its city bare", "[patterns]") {
  Record r = Run(
      "Sáng 12/7, Đảng ủy phường Trần Phú tổ chức hội nghị. Về dự có đồng chí Vũ Đức Thắng, Thành ủy viên, Trưởng Ban Dân vận Thành ủy.");
  CHECK(Roles(r, "Vũ Đức Thắng") == V{"Ủy viên | Thành ủy", "Trưởng ban | Ban Dân vận Thành ủy"});
  REQUIRE_FALSE(r.localities.empty());
  CHECK(r.localities[0].name == "phường Trần Phú");
  CHECK(r.localities[0].candidates.size() > 5);
  CHECK_FALSE(r.localities[0].parent);
  CHECK(MeetingOf(r) == "? | Đảng ủy phường Trần Phú");
}

TEST_CASE("meeting dates against the dateline, the term, or nothing", "[patterns]") {
  CHECK(MeetingOf(Run("22/03/2019 - 09:10\n\nHuyện ủy Cái Bè họp\n\nChiều 21-3, Ban Thường vụ Huyện ủy Cái Bè họp phiên thường kỳ.")) ==
        "2019-03-21 | Ban Thường vụ Huyện ủy Cái Bè");
  CHECK(MeetingOf(Run("Trong hai ngày 18-19/3/2020, Đảng bộ xã Yên Thường tổ chức Đại hội đại biểu lần thứ 26.")) ==
        "2020-03-18 | Đảng ủy xã Yên Thường");
  CHECK(MeetingOf(Run("Chiều 2-12, Ban Thường vụ Tỉnh ủy Hà Giang tổ chức Hội nghị công bố quyết định về công tác cán bộ.")) ==
        "? | Ban Thường vụ Tỉnh ủy Hà Giang");
  CHECK(MeetingOf(Run("Ngày 19 tháng 11 năm 2024, Hội đồng nhân dân huyện Gia Lâm khóa XX, nhiệm kỳ 2021 - 2026 tổ chức kỳ họp thứ 18.")) ==
        "2024-11-19 | Hội đồng nhân dân huyện Gia Lâm");
}

TEST_CASE("participants: chair, guests listed after 'dự', speakers, title-only mentions", "[patterns]") {
  Record r = Run(
      "Sáng 9/10/2023, Ban Thường vụ Huyện ủy Yên Mỹ tổ chức hội nghị. Đồng chí Trần Quang Hải, Bí thư Huyện ủy chủ trì hội nghị. "
      "Dự hội nghị có các đồng chí: Phạm Thị Lan, Phó Bí thư Thường trực Huyện ủy; Đoàn Văn Khải, Chủ tịch UBND huyện. "
      "Phát biểu kết luận hội nghị, Bí thư Huyện ủy yêu cầu các chi bộ tăng cường kỷ luật.");
  CHECK(MeetingOf(r) == "2023-10-09 | Ban Thường vụ Huyện ủy Yên Mỹ");
  CHECK(Participants(r) == M{{"Trần Quang Hải", "chair,speaker"},
                             {"Phạm Thị Lan", "guest"},
                             {"Đoàn Văn Khải", "guest"}});
  CHECK(Roles(r, "Đoàn Văn Khải") == V{"Chủ tịch | Ủy ban nhân dân huyện Yên Mỹ"});
}

TEST_CASE("no meeting from a decision or a planned congress", "[patterns]") {
  CHECK(Run("Ban Thường vụ Tỉnh ủy quyết định điều động ông Hà Văn Bình giữ chức Bí thư Huyện ủy Lục Yên.").meetings.empty());
  CHECK(Run("Các chi bộ chuẩn bị tốt các điều kiện để tổ chức đại hội nhiệm kỳ 2025 - 2030.").meetings.empty());
}

TEST_CASE("NFD input and old tone placement give the same record", "[patterns]") {
  std::string nfc = "Đồng chí Hoàng Văn Thụ, Bí thư Thành ủy Hoà Bình, chủ trì hội nghị Ban Chấp hành Đảng bộ thành phố.";
  std::string old = "Đồng chí Hoàng Văn Thụ, Bí thư Thành uỷ Hoà Bình, chủ trì hội nghị Ban Chấp hành Đảng bộ thành phố.";
  std::string nfd = "\xc4\x90o\xcc\x82\xcc\x80ng chi\xcc\x81 Hoa\xcc\x80ng Va\xcc\x86n Thu\xcc\xa3, Bi\xcc\x81 thu\xcc\x9b Tha\xcc\x80nh u\xcc\x89y Hoa\xcc\x80 Bi\xcc\x80nh, chu\xcc\x89 tri\xcc\x80 ho\xcc\xa3\xcc\x82i nghi\xcc\xa3 Ban Cha\xcc\x82\xcc\x81p ha\xcc\x80nh \xc4\x90" "a\xcc\x89ng bo\xcc\xa3\xcc\x82 tha\xcc\x80nh pho\xcc\x82\xcc\x81.";
  for (const std::string& text : {nfc, old, nfd}) {
    INFO(text);
    Record r = Run(text);
    CHECK(People(r) == V{"Hoàng Văn Thụ"});
    CHECK(Roles(r, "Hoàng Văn Thụ") == V{"Bí thư | Thành ủy Hòa Bình"});
    CHECK(MeetingOf(r) == "? | Thành ủy Hòa Bình");
  }
}

TEST_CASE("bylines and photo credits are not people", "[patterns]") {
  Record r = Run(
      "Sáng 1/6, Huyện ủy Tam Nông tổ chức hội nghị. Đồng chí Lê Minh Hoan, Bí thư Huyện ủy phát biểu.\n"
      "Quang cảnh hội nghị. Ảnh: Nguyễn Văn Tuấn\n\nTin, ảnh: TRẦN MINH ĐỨC\n\nChia sẻ bài viết");
  CHECK(People(r) == V{"Lê Minh Hoan"});
  CHECK(r.author == std::string("Trần Minh Đức"));
}

TEST_CASE("deputies elected to a council, and membership by joining a body", "[patterns]") {
  Record r = Run(
      "Trong danh sách các đại biểu trúng cử HĐND tỉnh Hậu Giang có ông Lê Tiến Châu, Bí thư Tỉnh ủy; bà Hồ Thu Ánh, Phó Chủ tịch UBND tỉnh. "
      "Ban Thường vụ Tỉnh ủy chỉ định đồng chí Trương Cảnh Tuyên tham gia Ban Chấp hành Đảng bộ huyện, Ban Thường vụ Huyện ủy Châu Thành A.");
  CHECK(Roles(r, "Lê Tiến Châu") ==
        V{"Bí thư | Tỉnh ủy Hậu Giang", "Đại biểu | Hội đồng nhân dân tỉnh Hậu Giang"});
  CHECK(Roles(r, "Hồ Thu Ánh") ==
        V{"Phó Chủ tịch | Ủy ban nhân dân tỉnh Hậu Giang", "Đại biểu | Hội đồng nhân dân tỉnh Hậu Giang"});
  CHECK(Roles(r, "Trương Cảnh Tuyên") ==
        V{"Ủy viên | Huyện ủy Châu Thành A", "Ủy viên | Ban Thường vụ Huyện ủy Châu Thành A"});
}

TEST_CASE("chairs introduced after the verb, 'kiêm', delegation posts, bloc committees", "[patterns]") {
  Record r = Run(
      "Thứ Ba, 13/05/2025, 09:00\n\n"
      "Sáng nay (13/5), Ban Chấp hành Đảng bộ tỉnh Quảng Bình tổ chức hội nghị lần thứ 30. "
      "Hội nghị do đồng chí Vũ Đại Thắng, Bí thư Tỉnh ủy chủ trì. "
      "Chủ trì hội nghị còn có đồng chí Trần Hải Châu, Phó Bí thư Thường trực Tỉnh ủy kiêm Chủ tịch HĐND tỉnh. "
      "Đồng chí Hoàng Văn Minh, Phó Trưởng Đoàn chuyên trách Đoàn ĐBQH tỉnh cho biết cử tri rất quan tâm. "
      "Đồng chí Đinh Thị Hà, Bí thư Đảng ủy Khối các cơ quan và doanh nghiệp tỉnh có mặt tại hội nghị.");
  CHECK(r.published == std::string("2025-05-13"));
  CHECK(MeetingOf(r) == "2025-05-13 | Tỉnh ủy Quảng Bình");
  CHECK(Roles(r, "Trần Hải Châu") ==
        V{"Phó Bí thư Thường trực | Tỉnh ủy Quảng Bình", "Chủ tịch | Hội đồng nhân dân tỉnh Quảng Bình"});
  CHECK(Roles(r, "Hoàng Văn Minh") == V{"Phó Trưởng đoàn | Đoàn đại biểu Quốc hội tỉnh Quảng Bình"});
  CHECK(Roles(r, "Đinh Thị Hà") ==
        V{"Bí thư | Đảng ủy Khối các cơ quan và doanh nghiệp tỉnh Quảng Bình"});
  CHECK(Participants(r) == M{{"Vũ Đại Thắng", "chair"}, {"Trần Hải Châu", "chair"},
                             {"Hoàng Văn Minh", "speaker"}, {"Đinh Thị Hà", ""}});
}

TEST_CASE("a presidium listed with 'gồm'; a working visit by a body; generic institutions", "[patterns]") {
  Record r = Run(
      "Sáng 20/10/2020, Đại hội đại biểu Đảng bộ huyện Tân Phú lần thứ XI, nhiệm kỳ 2020 - 2025 khai mạc. "
      "Đoàn Chủ tịch Đại hội gồm các đồng chí: Hồ Văn Trường, Bí thư Huyện ủy; Lâm Thị Hạnh, Phó Bí thư Huyện ủy. "
      "Đồng chí Tạ Quang Vinh, Giám đốc Bệnh viện Đa khoa huyện Tân Phú cũng dự.");
  CHECK(People(r) == V{"Hồ Văn Trường", "Lâm Thị Hạnh", "Tạ Quang Vinh"});
  CHECK(Participants(r) == M{{"Hồ Văn Trường", "chair"}, {"Lâm Thị Hạnh", "chair"}, {"Tạ Quang Vinh", "guest"}});
  CHECK(Roles(r, "Tạ Quang Vinh") == V{"Giám đốc | Bệnh viện Đa khoa huyện Tân Phú"});

  Record w = Run("Chiều 4/11/2021, Ban Thường vụ Tỉnh ủy Cà Mau đã có buổi làm việc với Huyện ủy U Minh.");
  CHECK(MeetingOf(w) == "2021-11-04 | Ban Thường vụ Tỉnh ủy Cà Mau");
}

TEST_CASE("a province under its former name keeps the story's name", "[patterns]") {
  Record r = Run(
      "Sáng 8/7/2023, HĐND tỉnh Thừa Thiên Huế khai mạc kỳ họp thứ 15. "
      "Ông Lê Trường Lưu, Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh chủ trì.");
  CHECK(Roles(r, "Lê Trường Lưu") ==
        V{"Bí thư | Tỉnh ủy Thừa Thiên Huế", "Chủ tịch | Hội đồng nhân dân tỉnh Thừa Thiên Huế"});
  CHECK(MeetingOf(r) == "2023-07-08 | Hội đồng nhân dân tỉnh Thừa Thiên Huế");
  REQUIRE_FALSE(r.localities.empty());
  CHECK(r.localities[0].code == std::string("46"));  // resolved to the gazetteer unit
}

TEST_CASE("party cells named after their settlement; names stop before the verb", "[patterns]") {
  Record r = Run(
      "Tối 5/9/2024, Chi bộ thôn Đông Hòa tổ chức buổi sinh hoạt chi bộ. "
      "Đồng chí Phan Văn Lợi, Bí thư Chi bộ khu phố 5 dự.");
  CHECK(MeetingOf(r) == "2024-09-05 | Chi bộ thôn Đông Hòa");
  CHECK(Roles(r, "Phan Văn Lợi") == V{"Bí thư | Chi bộ khu phố 5"});
  CHECK(Participants(r) == M{{"Phan Văn Lợi", "guest"}});
}

TEST_CASE("a subject with its province in parentheses; an election at a council session", "[patterns]") {
  Record r = Run(
      "Ngày 14-6-2022, HĐND huyện Krông Nô (Đắk Nông) khóa VIII tổ chức kỳ họp chuyên đề. "
      "Tại kỳ họp, các đại biểu đã bầu ông Lê Văn Đức, Trưởng phòng Tài chính - Kế hoạch huyện, "
      "giữ chức Phó Chủ tịch UBND huyện nhiệm kỳ 2021 - 2026.");
  CHECK(MeetingOf(r) == "2022-06-14 | Hội đồng nhân dân huyện Krông Nô");
  CHECK(Roles(r, "Lê Văn Đức") == V{"Trưởng phòng | Phòng Tài chính - Kế hoạch huyện Krông Nô",
                                    "Phó Chủ tịch | Ủy ban nhân dân huyện Krông Nô"});
  CHECK(Participants(r) == M{{"Lê Văn Đức", ""}});
}

TEST_CASE("names with an apostrophe; coordinated subjects share the verb", "[patterns]") {
  Record r = Run(
      "Sáng 3/4/2024, Huyện ủy Lạc Dương tổ chức hội nghị. "
      "Bà K'Nhai, Bí thư Huyện ủy cùng đồng chí Đa Cát Thuyên, Chủ tịch UBND huyện chủ trì hội nghị. "
      "Đồng chí H'Hen Niê, Phó Bí thư Huyện ủy phát biểu.");
  CHECK(People(r) == V{"K'Nhai", "Đa Cát Thuyên", "H'Hen Niê"});
  CHECK(Participants(r) == M{{"K'Nhai", "chair"}, {"Đa Cát Thuyên", "chair"}, {"H'Hen Niê", "speaker"}});
}

TEST_CASE("headlines in capitals, TW and PCT abbreviations", "[patterns]") {
  Record r = Run(
      "ÔNG NGUYỄN VĂN AN ĐƯỢC BẦU LÀM CHỦ TỊCH UBND TỈNH LONG AN\n\n"
      "Đồng chí Trần Văn Lâm, Ủy viên BCH TW Đảng, Bí thư Tỉnh ủy Long An và ông Lê Văn Hoài, PCT UBND tỉnh dự.");
  CHECK(People(r) == V{"Nguyễn Văn An", "Trần Văn Lâm", "Lê Văn Hoài"});
  CHECK(Roles(r, "Nguyễn Văn An") == V{"Chủ tịch | Ủy ban nhân dân tỉnh Long An"});
  CHECK(Roles(r, "Trần Văn Lâm") ==
        V{"Ủy viên | Ban Chấp hành Trung ương Đảng", "Bí thư | Tỉnh ủy Long An"});
  CHECK(Roles(r, "Lê Văn Hoài") == V{"Phó Chủ tịch | Ủy ban nhân dân tỉnh Long An"});
}

TEST_CASE("the lead dates a meeting named in the next sentence of its paragraph", "[patterns]") {
  Record r = Run(
      "Sáng 15/3/2023, Tỉnh ủy Hà Nam tổng kết công tác năm 2022. "
      "Tại hội nghị, đồng chí Lê Thị Thủy, Bí thư Tỉnh ủy phát biểu chỉ đạo.");
  CHECK(MeetingOf(r) == "2023-03-15 | Tỉnh ủy Hà Nam");
  CHECK(Participants(r) == M{{"Lê Thị Thủy", "speaker"}});
  // A new paragraph is another matter: no date is borrowed across it.
  Record s = Run("Sáng 15/3, trời mưa to.\n\nTại hội nghị, đồng chí Lê Thị Thủy, Bí thư Tỉnh ủy Hà Nam phát biểu.");
  CHECK(MeetingOf(s) == "? | Tỉnh ủy Hà Nam");
}

TEST_CASE("members listed after 'gồm' belong to the body or hold the post", "[patterns]") {
  Record r = Run(
      "Sáng 16/10/2020, Đại hội đại biểu Đảng bộ tỉnh Hà Nam lần thứ XX bế mạc. "
      "Ban Thường vụ Tỉnh ủy khóa XX gồm 13 đồng chí: Lê Thị Thủy, Trương Quốc Huy, Lê Văn Dũng. "
      "Các Phó Bí thư Tỉnh ủy gồm: ông Trương Quốc Huy; bà Đinh Thị Lụa, Phó Bí thư Thường trực Tỉnh ủy.");
  CHECK(Roles(r, "Lê Thị Thủy") == V{"Ủy viên | Ban Thường vụ Tỉnh ủy Hà Nam"});
  CHECK(Roles(r, "Trương Quốc Huy") ==
        V{"Ủy viên | Ban Thường vụ Tỉnh ủy Hà Nam", "Phó Bí thư | Tỉnh ủy Hà Nam"});
  CHECK(Roles(r, "Đinh Thị Lụa") == V{"Phó Bí thư Thường trực | Tỉnh ủy Hà Nam"});
}

TEST_CASE("ranks and academic titles cue names like honorifics", "[patterns]") {
  Record r = Run("Dự hội nghị có Thượng tướng Lê Quang, Ủy viên Trung ương Đảng; Đại tá Hà Minh; PGS.TS Đỗ Văn Hải.");
  CHECK(People(r) == V{"Lê Quang", "Hà Minh", "Đỗ Văn Hải"});
  CHECK(Roles(r, "Lê Quang") == V{"Ủy viên | Ban Chấp hành Trung ương Đảng"});
}

TEST_CASE("places and institutions named after people are not people", "[patterns]") {
  Record r = Run(
      "Đoàn đã dâng hương tại Khu di tích Nguyễn Sinh Sắc và Bảo tàng Hồ Chí Minh, đi qua đường "
      "Trần Hưng Đạo, công viên Lê Văn Tám, Trường THPT chuyên Lê Quý Đôn. Đồng chí Nguyễn Văn Tám phát biểu.");
  CHECK(People(r) == V{"Nguyễn Văn Tám"});
}

TEST_CASE("datelines in their common shapes", "[patterns]") {
  auto published = [](const std::string& head) {
    return Run(head + "\n\nHuyện ủy Cư Jút tổ chức hội nghị.").published.value_or("null");
  };
  CHECK(published("11/06/2018 - 16:20") == "2018-06-11");
  CHECK(published("14:30 | 21/07/2023") == "2023-07-21");
  CHECK(published("Thứ Hai, 12/05/2025, 10:15") == "2025-05-12");
  CHECK(published("Đăng ngày 11 - 11 - 2023") == "2023-11-11");
  CHECK(published("QUỐC TUẤN 28/07/2020 10:31") == "2020-07-28");
  CHECK(published("Cập nhật: 08/07/2023") == "2023-07-08");
  CHECK(published("Số 12/2023 ra ngày thứ Năm") == "null");
}

TEST_CASE("a meeting noun that is itself the verb names its subject as organizer", "[patterns]") {
  Record r = Run("Ngày 5/7/2023, Đoàn ĐBQH tỉnh Bến Tre tiếp xúc cử tri huyện Châu Thành. "
                 "Ông Phan Văn Mãi, Trưởng Đoàn ĐBQH tỉnh phát biểu.");
  CHECK(MeetingOf(r) == "2023-07-05 | Đoàn đại biểu Quốc hội tỉnh Bến Tre");
  CHECK(Roles(r, "Phan Văn Mãi") == V{"Trưởng đoàn | Đoàn đại biểu Quốc hội tỉnh Bến Tre"});
}

TEST_CASE("appointed to several bodies: the committee named last applies to all", "[patterns]") {
  Record r = Run(
      "Đồng chí Cao Tường Huy, Chủ tịch Ủy ban nhân dân (UBND) tỉnh Quảng Ninh, được chỉ định tham gia "
      "Ban Chấp hành, Ban Thường vụ Tỉnh ủy và giữ chức Phó Bí thư Tỉnh ủy nhiệm kỳ 2020 - 2025.");
  CHECK(Roles(r, "Cao Tường Huy") ==
        V{"Chủ tịch | Ủy ban nhân dân tỉnh Quảng Ninh", "Ủy viên | Tỉnh ủy Quảng Ninh",
          "Ủy viên | Ban Thường vụ Tỉnh ủy Quảng Ninh", "Phó Bí thư | Tỉnh ủy Quảng Ninh"});
}

TEST_CASE("two-syllable names in a list of people; not 'Đoàn Thư ký'", "[patterns]") {
  Record r = Run("Tham dự có các đồng chí: Lê Lợi, Hà Minh và Trần Thị Hoa. Đại hội bầu Đoàn Chủ tịch, Đoàn Thư ký.");
  CHECK(People(r) == V{"Lê Lợi", "Hà Minh", "Trần Thị Hoa"});
}

TEST_CASE("abbreviated and fused titles are lexicon spellings", "[patterns]") {
  Record r = Run(
      "Chiều 2/6/2023, Huyện ủy Ba Chẽ tổ chức hội nghị. Dự có đồng chí Nông Văn Hiếu, Ủy viên BCH T.Ư Đảng, "
      "PBT Tỉnh ủy Quảng Ninh; bà Hà Thị Nhàn, UVBTVHU, PCT.HĐND huyện; ông Đỗ Minh Quang, "
      "UV.BTV Huyện ủy, Chủ tịch UB MTTQ VN huyện Ba Chẽ; ông Vi Văn Toàn, Phó Giám đốc Sở TN&MT.");
  CHECK(Roles(r, "Nông Văn Hiếu") ==
        V{"Ủy viên | Ban Chấp hành Trung ương Đảng", "Phó Bí thư | Tỉnh ủy Quảng Ninh"});
  CHECK(Roles(r, "Hà Thị Nhàn") ==
        V{"Ủy viên | Ban Thường vụ Huyện ủy Ba Chẽ", "Phó Chủ tịch | Hội đồng nhân dân huyện Ba Chẽ"});
  CHECK(Roles(r, "Đỗ Minh Quang") ==
        V{"Ủy viên | Ban Thường vụ Huyện ủy Ba Chẽ",
          "Chủ tịch | Ủy ban Mặt trận Tổ quốc Việt Nam huyện Ba Chẽ"});
  CHECK(Roles(r, "Vi Văn Toàn") == V{"Phó Giám đốc | Sở Tài nguyên và Môi trường tỉnh Quảng Ninh"});
  Record r2 = Run("Dự có đ/c Nông Văn Cao, PBT TT Huyện ủy Bảo Lạc, CT HĐND huyện; đ/c Lục Thị Hoa, PCT TT UBND huyện.");
  CHECK(Roles(r2, "Nông Văn Cao") == V{"Phó Bí thư Thường trực | Huyện ủy Bảo Lạc",
                                       "Chủ tịch | Hội đồng nhân dân huyện Bảo Lạc"});
  CHECK(Roles(r2, "Lục Thị Hoa") == V{"Phó Chủ tịch Thường trực | Ủy ban nhân dân huyện Bảo Lạc"});
}

TEST_CASE("an unknown abbreviation heading a title list keeps the titles after it", "[patterns]") {
  Record r = Run("Ông Lục Văn Bảo, UVXYZ, Phó Chủ tịch UBND tỉnh Lạng Sơn dự hội nghị.");
  CHECK(Roles(r, "Lục Văn Bảo") == V{"Phó Chủ tịch | Ủy ban nhân dân tỉnh Lạng Sơn"});
  Record r2 = Run("Ông Lục Văn Bảo, Đại tá, Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh Lạng Sơn dự.");
  CHECK(Roles(r2, "Lục Văn Bảo") == V{"Chỉ huy trưởng | Bộ Chỉ huy Quân sự tỉnh Lạng Sơn"});
  Record r3 = Run(
      "Ông Lục Văn Bảo, Ủy viên dự khuyết BCHTƯ Đảng, Chủ tịch HĐQT XYZ, Phó Chủ tịch UBND tỉnh Lạng Sơn dự.");
  CHECK(Roles(r3, "Lục Văn Bảo") == V{"Ủy viên dự khuyết | Ban Chấp hành Trung ương Đảng",
                                      "Phó Chủ tịch | Ủy ban nhân dân tỉnh Lạng Sơn"});
}

TEST_CASE("a party post before a government post of the unit goes to its party committee", "[patterns]") {
  Record r = Run(
      "Sáng 4/5/2024, Đảng ủy xã Hòa Tiến tổ chức hội nghị. Bà Lê Thị Mến, Phó Bí thư, "
      "Chủ tịch UBND xã Hòa Tiến trình bày báo cáo. Ông Võ Văn Tư, Phó bí thư Hòa Vang, dự.");
  CHECK(Roles(r, "Lê Thị Mến") ==
        V{"Phó Bí thư | Đảng ủy xã Hòa Tiến", "Chủ tịch | Ủy ban nhân dân xã Hòa Tiến"});
  CHECK(Roles(r, "Võ Văn Tư") == V{"Phó Bí thư | Huyện ủy Hòa Vang"});
  Record r3 = Run("Ông Phan Văn Sáu, Bí thư huyện Hòa Vang và bà Lê Thị Bảy, Chủ tịch xã Hòa Tiến dự.");
  CHECK(Roles(r3, "Phan Văn Sáu") == V{"Bí thư | Huyện ủy Hòa Vang"});
  CHECK(Roles(r3, "Lê Thị Bảy") == V{"Chủ tịch | Ủy ban nhân dân xã Hòa Tiến"});
  Record r4 = Run("Ông Phan Văn Sáu, Bí thư Đảng ủy Hòa Tiến và bà Lê Thị Bảy, Phó Chủ tịch UBND Hà Nội dự.");
  CHECK(Roles(r4, "Phan Văn Sáu") == V{"Bí thư | Đảng ủy xã Hòa Tiến"});
  CHECK(Roles(r4, "Lê Thị Bảy") == V{"Phó Chủ tịch | Ủy ban nhân dân thành phố Hà Nội"});
  Record r2 = Run(
      "Ông Ninh Văn Quý, Ủy viên Ban Thường vụ, Chủ tịch UBND tỉnh Ninh Bình dự. "
      "Bà Ninh Thị Hồng, Ủy viên Ban Thường vụ, Phó Chủ tịch Hội Nông dân tỉnh Ninh Bình dự.");
  CHECK(Roles(r2, "Ninh Văn Quý") ==
        V{"Ủy viên | Ban Thường vụ Tỉnh ủy Ninh Bình", "Chủ tịch | Ủy ban nhân dân tỉnh Ninh Bình"});
  CHECK(Roles(r2, "Ninh Thị Hồng") == V{"Ủy viên | Ban Thường vụ Hội Nông dân tỉnh Ninh Bình",
                                         "Phó Chủ tịch | Hội Nông dân tỉnh Ninh Bình"});
}

TEST_CASE("titles after an aside, after no comma, and before a dash", "[patterns]") {
  Record r = Run(
      "Tham dự có ông Tô Văn Lâm, 52 tuổi, quê xã Tam Kỳ, Bí thư Huyện ủy Kim Thành; "
      "bà Kha Thị Yến phó chủ tịch thường trực UBND huyện Kim Thành. "
      "Về dự còn có Trưởng Ban Dân vận Huyện ủy Kim Thành - Lạc Văn Đông.");
  CHECK(Roles(r, "Tô Văn Lâm") == V{"Bí thư | Huyện ủy Kim Thành"});
  CHECK(Roles(r, "Kha Thị Yến") == V{"Phó Chủ tịch Thường trực | Ủy ban nhân dân huyện Kim Thành"});
  CHECK(Roles(r, "Lạc Văn Đông") == V{"Trưởng ban | Ban Dân vận Huyện ủy Kim Thành"});
}

TEST_CASE("lexicon words inside names: Tài nguyên, Đoàn Thanh niên, Đảng ủy Chính phủ", "[patterns]") {
  Record r = Run(
      "Dự có ông Hầu Minh Khải, Phó Trưởng phòng Tài nguyên và Môi trường thị xã Sơn Tây; "
      "ông Kim Ngọc Tú, Ủy viên Ban Thường vụ Đảng ủy Chính phủ; cùng dự có Chủ tịch Hội Nông dân "
      "và Bí thư Đoàn Thanh niên thị xã.");
  CHECK(People(r) == V{"Hầu Minh Khải", "Kim Ngọc Tú"});
  CHECK(People(Run("Đoàn Kiểm Tra số 2 và Đoàn Công Tác của Tỉnh ủy làm việc với Huyện ủy.")).empty());
  CHECK(Roles(r, "Hầu Minh Khải") ==
        V{"Phó Trưởng phòng | Phòng Tài nguyên và Môi trường thị xã Sơn Tây"});
  CHECK(Roles(r, "Kim Ngọc Tú") == V{"Ủy viên | Ban Thường vụ Đảng ủy Chính phủ"});
  Record r2 = Run(
      "Dự có ông Hồ Văn Tư, Bí thư Đảng ủy Công an tỉnh Kon Tum và ông Y Ngọc, Phó Bí thư Đảng ủy "
      "Ngân hàng Nhà nước.");
  CHECK(Roles(r2, "Hồ Văn Tư") == V{"Bí thư | Đảng ủy Công an tỉnh Kon Tum"});
  CHECK(Roles(r2, "Y Ngọc") == V{"Phó Bí thư | Đảng ủy Ngân hàng Nhà nước"});
}

TEST_CASE("elected to a post 'giữ chức vụ' / 'trúng cử chức danh'", "[patterns]") {
  Record r = Run(
      "Tại kỳ họp, ông Mạch Văn Khoa, Phó Bí thư Huyện ủy được bầu giữ chức vụ Chủ tịch UBND huyện Cẩm Khê. "
      "Bà Ninh Thị Hậu trúng cử chức danh Phó Chủ tịch HĐND huyện Cẩm Khê.");
  CHECK(Roles(r, "Mạch Văn Khoa") ==
        V{"Phó Bí thư | Huyện ủy Cẩm Khê", "Chủ tịch | Ủy ban nhân dân huyện Cẩm Khê"});
  CHECK(Roles(r, "Ninh Thị Hậu") == V{"Phó Chủ tịch | Hội đồng nhân dân huyện Cẩm Khê"});
}

TEST_CASE("Ð (U+00D0) typed for Đ, and either apostrophe in a name", "[patterns]") {
  Record r = Run("Ðồng chí Ðặng Văn Ðức, Bí thư Ðảng ủy xã Tà Năng dự. Bà K’Hiền và bà K'Hiền là một người.");
  CHECK(People(r) == V{"Đặng Văn Đức", "K’Hiền"});
  CHECK(Roles(r, "Đặng Văn Đức") == V{"Bí thư | Đảng ủy xã Tà Năng"});
}

TEST_CASE("streets, junctions and shrines named after people are not people", "[patterns]") {
  Record r = Run(
      "Ông Hà Văn Sinh, Chủ tịch UBND quận Hải Châu kiểm tra nút giao Lê Duẩn - Trần Phú, "
      "tuyến đường Nguyễn Văn Linh và Đền thờ Bà Trần Thị Lý.");
  CHECK(People(r) == V{"Hà Văn Sinh"});
  Record r2 = Run(
      "Ông Hà Văn Sinh làm việc tại số 12 Trần Quốc Toản, rồi đến giao lộ Nguyễn Văn Linh - Lê Văn "
      "Lương và khu tưởng niệm Chủ tịch Hồ Chí Minh.");
  CHECK(People(r2) == V{"Hà Văn Sinh"});
}

TEST_CASE("hard-wrapped lines are joined inside a sentence", "[patterns]") {
  Record r = Run(
      "Chiều 3-4-2024, Huyện ủy Đông Anh tổ chức hội nghị sơ kết công tác quý I năm 2024. Tới dự\n"
      "hội nghị có đồng chí Quan Văn Tiến, Ủy viên Ban Thường vụ, Trưởng Ban Tổ chức Thành\n"
      "ủy Hà Nội. Đồng chí Ông Thị Lụa, Bí thư Huyện ủy Đông Anh phát biểu kết luận hội nghị và\n"
      "Đồng chí Quan Văn Tiến phát biểu chỉ đạo.");
  CHECK(Roles(r, "Quan Văn Tiến") == V{"Ủy viên | Ban Thường vụ Thành ủy Hà Nội",
                                       "Trưởng ban | Ban Tổ chức Thành ủy Hà Nội"});
  CHECK(r.title == std::nullopt);
  Record h = Run(
      "Huyện ủy Đông Anh sơ kết công tác quý I năm 2024\nThứ Ba, 02/04/2024 - 09:10\n"
      "Chiều 1-4-2024, Huyện ủy Đông Anh tổ chức hội nghị sơ kết. Dự hội nghị có\n"
      "Đồng chí Quan Văn Tiến, Ủy viên Ban Thường vụ Thành ủy Hà Nội.");
  CHECK(h.title == "Huyện ủy Đông Anh sơ kết công tác quý I năm 2024");
  CHECK(h.published == "2024-04-02");
  CHECK(Roles(h, "Quan Văn Tiến") == V{"Ủy viên | Ban Thường vụ Thành ủy Hà Nội"});
}

TEST_CASE("datelines glued to the story, under a site clock, in a month-word form", "[patterns]") {
  auto published = [](const std::string& text) { return Run(text).published.value_or("null"); };
  CHECK(published("05/09/2022Sáng 4/9, Huyện ủy Bảo Lâm tổ chức hội nghị.") == "2022-09-05");
  CHECK(published("Thứ Hai, 05/09/2022 Sáng 4/9, Huyện ủy Bảo Lâm tổ chức hội nghị.") == "2022-09-05");
  CHECK(MeetingOf(Run("Ngày 05/09/2022 Huyện ủy Bảo Lâm tổ chức hội nghị.")) ==
        "2022-09-05 | Huyện ủy Bảo Lâm");
  CHECK(published("Thứ Sáu, 08/11/2024 | 06:45\nHội nghị sơ kết công tác tuyên giáo\n"
                  "Ngày 21-10-2022 - Lượt xem: 57\nSáng 20/10, Huyện ủy Bảo Lâm tổ chức hội nghị.") ==
        "2022-10-21");
  CHECK(published("Hội nghị sơ kết công tác tuyên giáo\n9 Th11, 2021 lúc 15:20\n"
                  "Sáng 8/11, Huyện ủy Bảo Lâm tổ chức hội nghị.") == "2021-11-09");
  Record r = Run("Hội nghị sơ kết công tác tuyên giáo\nThứ Ba, 9 tháng 11 năm 2021 - 15:20\n"
                 "Sáng 8/11, Huyện ủy Bảo Lâm tổ chức hội nghị.");
  CHECK(r.published == "2021-11-09");
  CHECK(r.author == std::nullopt);
}

TEST_CASE("an inline photo credit ends at its full stop; bylines after ./. are not people", "[patterns]") {
  Record r = Run(
      "Sáng 2/3/2021, Huyện ủy Si Ma Cai tổ chức hội nghị. Ảnh: Trung tâm Truyền thông huyện Si Ma Cai. "
      "Đồng chí Sùng Văn Páo, Bí thư Huyện ủy Si Ma Cai phát biểu./. Vàng Thị Dung (Báo Lào Cai)");
  CHECK(People(r) == V{"Sùng Văn Páo"});
  CHECK(r.author == "Vàng Thị Dung");
  Record r2 = Run(
      "Sáng 2/3/2021, Huyện ủy Si Ma Cai tổ chức hội nghị. Đồng chí Sùng Văn Páo, Bí thư Huyện ủy "
      "Si Ma Cai phát biểu.\nVàng Thị Dung\nTrung tâm Truyền thông huyện Si Ma Cai");
  CHECK(People(r2) == V{"Sùng Văn Páo"});
  Record r3 = Run(
      "Sáng 2/3/2021, Huyện ủy Si Ma Cai tổ chức hội nghị. Đồng chí Sùng Văn Páo, Bí thư Huyện ủy "
      "Si Ma Cai phát biểu.\nVàng Dung (Trung tâm Truyền thông huyện Si Ma Cai)");
  CHECK(r3.author == "Vàng Dung");
}

TEST_CASE("numbered districts abbreviated Q.3 / Q3 keep their number", "[patterns]") {
  Record r = Run(
      "Sáng 2/4/2024, Đảng ủy phường 12 (Q3, TP.HCM) tổ chức hội nghị. Dự có đ/c Kha Văn Nhật, "
      "Bí thư Quận ủy Q.10 và đ/c Âu Thị Nga, Phó Bí thư Quận ủy Q3.");
  CHECK(Roles(r, "Kha Văn Nhật") == V{"Bí thư | Quận ủy Quận 10"});
  CHECK(Roles(r, "Âu Thị Nga") == V{"Phó Bí thư | Quận ủy Quận 3"});
}

TEST_CASE("a province's name inside an object's name is no locality", "[patterns]") {
  Record r = Run(
      "Ngày 4/5/2018, Tỉnh ủy tổ chức hội nghị. Đồng chí Mẫn Văn Hòa, Bí thư Tỉnh ủy chủ trì. "
      "Đại biểu được nghe giới thiệu về tàu ngầm Đà Nẵng và giàn khoan Thái Bình.");
  CHECK(Roles(r, "Mẫn Văn Hòa") == V{"Bí thư | Tỉnh ủy"});
}

TEST_CASE("a place name followed by more name syllables is not cut short", "[patterns]") {
  Record r = Run("Ông Giáp Văn Lực, Chủ tịch UBND xã Sơn Tây Hạ dự. Bà Mông Thị Hà, Bí thư Đảng ủy xã Sơn Tây dự.");
  CHECK(Roles(r, "Giáp Văn Lực") == V{"Chủ tịch | Ủy ban nhân dân xã Sơn Tây Hạ"});
  CHECK(Roles(r, "Mông Thị Hà") == V{"Bí thư | Đảng ủy xã Sơn Tây"});
}

TEST_CASE("a post of the previous term in the body the person now takes a post in is former", "[patterns]") {
  Record r = Run(
      "Hội nghị lần thứ nhất Ban Chấp hành Đảng bộ tỉnh Hòa Bình khóa XVII đã bầu đồng chí Triệu Văn Nhất, "
      "Phó Bí thư Tỉnh ủy khóa XVI, Chủ tịch UBND tỉnh, giữ chức Bí thư Tỉnh ủy Hòa Bình khóa XVII.");
  CHECK(Roles(r, "Triệu Văn Nhất") ==
        V{"Phó Bí thư | Tỉnh ủy Hòa Bình (former)", "Chủ tịch | Ủy ban nhân dân tỉnh Hòa Bình",
          "Bí thư | Tỉnh ủy Hòa Bình"});
}

TEST_CASE("a bare body is completed from the one named in full just before", "[patterns]") {
  Record r = Run(
      "Đảng bộ Khối doanh nghiệp tỉnh Yên Bái được thành lập theo quyết định của Ban Thường vụ Tỉnh ủy. "
      "Bà Sầm Thị Vân được chỉ định làm Bí thư Đảng ủy. Ủy ban Kiểm tra Đảng ủy Khối doanh nghiệp tỉnh "
      "Yên Bái gồm 5 đồng chí. Ông Hứa Văn Thanh giữ chức Chủ nhiệm Ủy ban Kiểm tra.");
  CHECK(Roles(r, "Sầm Thị Vân") == V{"Bí thư | Đảng ủy Khối doanh nghiệp tỉnh Yên Bái"});
  CHECK(Roles(r, "Hứa Văn Thanh") ==
        V{"Chủ nhiệm | Ủy ban Kiểm tra Đảng ủy Khối doanh nghiệp tỉnh Yên Bái"});
  Record r2 = Run(
      "Sáng 3/5/2023, Huyện ủy Tam Nông tổ chức hội nghị. Đồng chí Ma Văn An, Trưởng Ban Tổ chức "
      "phát biểu. Đồng chí Mã Văn Bình, Trưởng ban Kinh tế - Xã hội dự.");
  CHECK(Roles(r2, "Ma Văn An") == V{"Trưởng ban | Ban Tổ chức Huyện ủy Tam Nông"});
  CHECK(Roles(r2, "Mã Văn Bình") == V{"Trưởng ban | Ban Kinh tế - Xã hội"});
  Record r3 = Run("Chi bộ thôn Đồng Xuân được thành lập; bà Hà Thị Bình được chỉ định làm Bí thư Chi bộ.");
  CHECK(Roles(r3, "Hà Thị Bình") == V{"Bí thư | Chi bộ thôn Đồng Xuân"});
}

TEST_CASE("elected to the Ban Chấp hành: a member of the committee", "[patterns]") {
  Record r = Run(
      "Đại hội Đảng bộ tỉnh Hà Giang đã bầu Ban Chấp hành Đảng bộ tỉnh khóa XVII gồm 53 đồng chí. "
      "Trong số người trúng cử Ban Chấp hành có ông Hầu Văn Chung, Bí thư Huyện ủy Đồng Văn; "
      "bà Lù Thị Sểnh lần đầu được bầu vào Ban Chấp hành.");
  CHECK(Roles(r, "Hầu Văn Chung") ==
        V{"Bí thư | Huyện ủy Đồng Văn", "Ủy viên | Tỉnh ủy Hà Giang"});
  CHECK(Roles(r, "Lù Thị Sểnh") == V{"Ủy viên | Tỉnh ủy Hà Giang"});
  Record r2 = Run(
      "Đại hội đã bầu 51 đồng chí vào Ban Chấp hành Đảng bộ tỉnh Hà Giang khóa XVII, trong đó có "
      "các đồng chí: Hầu Văn Chung, Lù Thị Sểnh.");
  CHECK(Roles(r2, "Hầu Văn Chung") == V{"Ủy viên | Tỉnh ủy Hà Giang"});
  Record r3 = Run(
      "Đại hội đã bầu Ban Chấp hành Đảng bộ tỉnh Hà Giang khóa XVII gồm 51 đồng chí. "
      "Ông Hầu Văn Chung, Bí thư Huyện ủy Đồng Văn, đạt 98% số phiếu.");
  CHECK(Roles(r3, "Hầu Văn Chung") ==
        V{"Bí thư | Huyện ủy Đồng Văn", "Ủy viên | Tỉnh ủy Hà Giang"});
  CHECK(Roles(r2, "Lù Thị Sểnh") == V{"Ủy viên | Tỉnh ủy Hà Giang"});
}

TEST_CASE("hyphenated names and foreign provinces", "[patterns]") {
  Record r = Run(
      "Dự hội nghị có đồng chí Bun-thong Xỉ-xu-vông, Phó Tỉnh trưởng tỉnh Chăm-pa-xắc, "
      "đồng chí Y-Khoa Mlô, Phó Chủ tịch UBND tỉnh Đắk Lắk và đồng chí Khăm-phăn Vông-xa, "
      "Phó Chánh Văn phòng Tỉnh ủy Chăm-pa-xắc.");
  CHECK(People(r) == V{"Bun-Thong Xỉ-Xu-Vông", "Y-Khoa Mlô", "Khăm-Phăn Vông-Xa"});
  CHECK(Roles(r, "Bun-Thong Xỉ-Xu-Vông") == V{"Phó Tỉnh trưởng | tỉnh Chăm-Pa-Xắc"});
  CHECK(Roles(r, "Y-Khoa Mlô") == V{"Phó Chủ tịch | Ủy ban nhân dân tỉnh Đắk Lắk"});
  CHECK(Roles(r, "Khăm-Phăn Vông-Xa") ==
        V{"Phó Chánh văn phòng | Văn phòng Tỉnh ủy Chăm-Pa-Xắc"});
}

TEST_CASE("memberships completed by the post taken after them", "[patterns]") {
  Record r = Run(
      "30/09/2025 - 08:00\nBộ Chính trị chỉ định ông Trần Văn Mười tham gia Ban Chấp hành, Ban "
      "Thường vụ và giữ chức Bí thư Tỉnh ủy Thái Nguyên nhiệm kỳ 2025-2030.");
  CHECK(Roles(r, "Trần Văn Mười") == V{"Ủy viên | Tỉnh ủy Thái Nguyên",
                                       "Ủy viên | Ban Thường vụ Tỉnh ủy Thái Nguyên",
                                       "Bí thư | Tỉnh ủy Thái Nguyên"});
}

TEST_CASE("a title before a colon is shared by the list after it", "[patterns]") {
  Record r = Run(
      "Ngày 1/7/2021, HĐND tỉnh Bạc Liêu tổ chức kỳ họp. Ông Trần Văn Một, Chủ tịch HĐND tỉnh; "
      "các Phó Chủ tịch HĐND tỉnh: ông Lê Văn Hai, bà Ngô Thị Ba chủ tọa kỳ họp.");
  CHECK(Roles(r, "Lê Văn Hai") == V{"Phó Chủ tịch | Hội đồng nhân dân tỉnh Bạc Liêu"});
  CHECK(Roles(r, "Ngô Thị Ba") == V{"Phó Chủ tịch | Hội đồng nhân dân tỉnh Bạc Liêu"});
  Record r2 = Run(
      "Ngày 12/8/2020, Đảng bộ huyện Bảo Lâm tổ chức Đại hội. Dự có các đồng chí Ủy viên Ban Thường "
      "vụ Tỉnh ủy Cao Bằng: Đinh Văn Bốn, Trưởng Ban Tổ chức Tỉnh ủy; Hoàng Văn Năm, Chủ nhiệm Ủy "
      "ban Kiểm tra Tỉnh ủy.");
  CHECK(Roles(r2, "Hoàng Văn Năm") == V{"Ủy viên | Ban Thường vụ Tỉnh ủy Cao Bằng",
                                        "Chủ nhiệm | Ủy ban Kiểm tra Tỉnh ủy Cao Bằng"});
}
