// The meeting stage (extract/meetings.h): event coreference, organizer,
// date and participant rules, each on sentences written for these tests
// (people and places invented), with the exact meetings they give.
#include <map>
#include <string>
#include <vector>

#include "tests/extract/test_extractor.h"

namespace {

using vnkg::test::Extract;

// "date | organizer" of every meeting, in order.
std::vector<std::string> Meetings(const vnkg::graph::Record& r) {
  std::vector<std::string> out;
  for (const auto& m : r.meetings)
    out.push_back(m.date.value_or("?") + " | " + m.organizer.value_or("?"));
  return out;
}

// name -> "chair,guest,speaker" labels at meeting `k`.
std::map<std::string, std::string> Labels(const vnkg::graph::Record& r, size_t k = 0) {
  std::map<std::string, std::string> out;
  if (k >= r.meetings.size()) return out;
  for (const auto& p : r.meetings[k].participants) {
    std::string s;
    for (const auto& l : p.as) s += (s.empty() ? "" : ",") + l;
    out[p.name] = s;
  }
  return out;
}

using V = std::vector<std::string>;
using M = std::map<std::string, std::string>;

TEST_CASE("two bodies' sessions on one day are two meetings", "[meetings]") {
  auto r = Extract(
      "Ngày 8/7/2021, HĐND huyện Kim Bảng tổ chức kỳ họp thứ hai. Ông Đỗ Văn An, Chủ tịch "
      "HĐND huyện chủ trì kỳ họp.\n\nCùng ngày, HĐND huyện Bình Lục tổ chức kỳ họp thứ ba. "
      "Bà Hà Thị Bình, Chủ tịch HĐND huyện Bình Lục phát biểu bế mạc kỳ họp.");
  CHECK(Meetings(r) == V{"2021-07-08 | Hội đồng nhân dân huyện Kim Bảng",
                         "2021-07-08 | Hội đồng nhân dân huyện Bình Lục"});
  CHECK(Labels(r, 0) == M{{"Đỗ Văn An", "chair"}});
  CHECK(Labels(r, 1) == M{{"Hà Thị Bình", "speaker"}});
}

TEST_CASE("a digest of dated items gives one meeting per item", "[meetings]") {
  auto r = Extract(
      "12/02/2023\nChiều nay (11/2), Ban Tổ chức Tỉnh ủy Yên Bái tổ chức hội nghị giao ban. "
      "Ông Lò Văn Hạnh, Trưởng Ban Tổ chức Tỉnh ủy chủ trì.\nSáng nay (10/2), UBND tỉnh Yên "
      "Bái tổ chức hội nghị trực tuyến về chuyển đổi số.");
  CHECK(Meetings(r) == V{"2023-02-11 | Ban Tổ chức Tỉnh ủy Yên Bái",
                         "2023-02-10 | Ủy ban nhân dân tỉnh Yên Bái"});
}

TEST_CASE("a round-up's items are meetings of their own", "[meetings]") {
  auto r = Extract(
      "2025-08-08 Đồng chí Lê Văn Tư, Bí thư Đảng ủy xã Phước Hải phát biểu khai mạc đại hội.\n"
      "Tại xã Phước Hải, đại hội có 120 đại biểu.\nTại xã Phước Dinh, đại hội có 90 đại biểu. "
      "Đại hội Đảng bộ xã Phước Dinh lần thứ nhất, nhiệm kỳ 2025-2030 thành công tốt đẹp.");
  CHECK(r.published == std::optional<std::string>("2025-08-08"));
  CHECK(Meetings(r) == V{"2025 | Đảng ủy xã Phước Hải", "2025 | Đảng ủy xã Phước Dinh"});
}

TEST_CASE("a body named inside a background clause starts no meeting", "[meetings]") {
  auto r = Extract(
      "Sáng 3/6/2022, Huyện ủy Lục Yên tổ chức hội nghị sơ kết. Đến nay 9/12 đảng bộ trực "
      "thuộc Huyện ủy đã tổ chức hội nghị quán triệt. Bí thư Huyện ủy Nông Văn Cường kết luận "
      "hội nghị.");
  CHECK(Meetings(r) == V{"2022-06-03 | Huyện ủy Lục Yên"});
  CHECK(Labels(r) == M{{"Nông Văn Cường", "speaker"}});
}

TEST_CASE("a later bare mention and an earlier one join the reported meeting", "[meetings]") {
  auto r = Extract(
      "Phát biểu chỉ đạo đại hội, đồng chí Vũ Thị Cúc yêu cầu xã chăm lo phát triển chè.\n"
      "Ngày 14-9-2020, Đảng bộ xã Tân Lập tổ chức Đại hội đại biểu lần thứ XX. Đồng chí Vũ "
      "Thị Cúc, Phó Bí thư Huyện ủy dự đại hội.");
  CHECK(Meetings(r) == V{"2020-09-14 | Đảng ủy xã Tân Lập"});
  CHECK(Labels(r) == M{{"Vũ Thị Cúc", "guest,speaker"}});
}

TEST_CASE("chair lists: titles after names, titles first, headings", "[meetings][chair]") {
  auto after = Extract(
      "Sáng 4/4/2023, Thị ủy Sa Pa tổ chức hội nghị. Các đồng chí Lý Văn Dũng, Bí thư Thị "
      "ủy; Hoàng Thị Mây, Phó Bí thư Thị ủy, Chủ tịch UBND thị xã đồng chủ trì hội nghị.");
  CHECK(Labels(after) == M{{"Lý Văn Dũng", "chair"}, {"Hoàng Thị Mây", "chair"}});
  auto first = Extract(
      "Sáng 4/4/2023, HĐND tỉnh Lai Châu tổ chức kỳ họp. Chủ tịch HĐND tỉnh Lò Văn Hùng; "
      "Phó Chủ tịch HĐND tỉnh Giàng Thị Dung chủ trì kỳ họp.");
  CHECK(Labels(first) == M{{"Lò Văn Hùng", "chair"}, {"Giàng Thị Dung", "chair"}});
  auto heading = Extract(
      "Ngày 2/3/2023, Đảng ủy xã Hòa Bình tổ chức hội nghị. Chủ trì hội nghị: đồng chí Lê "
      "Văn Tư, Bí thư Đảng ủy xã; đồng chí Mai Thị Năm, Chủ tịch UBND xã.");
  CHECK(Labels(heading) == M{{"Lê Văn Tư", "chair"}, {"Mai Thị Năm", "chair"}});
  auto under = Extract(
      "Ngày 2/3/2023, Quận ủy Hồng Bàng tổ chức hội nghị, dưới sự chủ trì của các đồng chí: "
      "Phạm Văn Sáu - Bí thư Quận ủy; Đào Thị Bảy - Phó Bí thư Quận ủy.");
  CHECK(Labels(under) == M{{"Phạm Văn Sáu", "chair"}, {"Đào Thị Bảy", "chair"}});
  auto fronted = Extract(
      "Ngày 2/3/2023, HĐND huyện Tuy Phước tổ chức kỳ họp thứ 8. Chủ trì kỳ họp đồng chí Hồ "
      "Văn Tám, Chủ tịch HĐND huyện.");
  CHECK(Labels(fronted) == M{{"Hồ Văn Tám", "chair"}});
}

TEST_CASE("lists with titles first, joined by dashes; drafts are not attendance",
          "[meetings][chair]") {
  auto dashes = Extract(
      "Sáng 4/4/2023, tại hội nghị lần thứ 7, Ban Chấp hành Đảng bộ tỉnh Hậu Giang thảo luận "
      "quy hoạch. Bí thư Tỉnh ủy – Lê Văn Một, Phó Bí thư Tỉnh ủy – Trần Văn Hai, Chủ tịch "
      "UBND tỉnh – Đỗ Văn Ba chủ trì hội nghị.");
  CHECK(Labels(dashes) ==
        M{{"Lê Văn Một", "chair"}, {"Trần Văn Hai", "chair"}, {"Đỗ Văn Ba", "chair"}});
  // Each title before a dash is the next name's, not an apposition of the one before.
  std::map<std::string, std::string> posts;
  for (const auto& p : dashes.people)
    for (const auto& r : p.roles) posts[p.name] += r.position + " | " + r.organization.value_or("-");
  CHECK(posts == M{{"Lê Văn Một", "Bí thư | Tỉnh ủy Hậu Giang"},
                   {"Trần Văn Hai", "Phó Bí thư | Tỉnh ủy Hậu Giang"},
                   {"Đỗ Văn Ba", "Chủ tịch | Ủy ban nhân dân tỉnh Hậu Giang"}});
  // "về dự thảo" holds "về dự" (come to attend) only by overlap.
  auto draft = Extract(
      "Ngày 21/8/2025, HĐND phường Long Hương tổ chức kỳ họp. Các đại biểu thảo luận về dự "
      "thảo nghị quyết cho thôi nhiệm vụ đối với 2 đại biểu: Đinh Văn Sáu và Lý Thị Bảy.");
  CHECK(Labels(draft).empty());
}

TEST_CASE("guest and speaker cues; remarks to the press are not speech", "[meetings]") {
  auto fronted = Extract(
      "Dự và phát biểu chỉ đạo hội nghị, bà Trịnh Thị Chín, Phó Chủ tịch UBND tỉnh Lào Cai, "
      "đề nghị ngành nông nghiệp chủ động.");
  CHECK(Labels(fronted) == M{{"Trịnh Thị Chín", "guest,speaker"}});
  auto recalled = Extract(
      "Sáng 3/2/2024, Đảng ủy xã Mường Khoa tổ chức lễ kỷ niệm. Đồng chí Lường Văn Mười, Bí "
      "thư Đảng ủy xã ôn lại truyền thống của Đảng bộ.");
  CHECK(Labels(recalled) == M{{"Lường Văn Mười", "speaker"}});
  auto press = Extract(
      "Sáng 9/6/2020, Đại hội đại biểu Đảng bộ xã Yên Thành lần thứ XV khai mạc. Trao đổi "
      "với phóng viên, ông Hà Văn Mạnh, Bí thư Đảng ủy xã cho biết đại hội sẽ bàn nhiều giải "
      "pháp.");
  CHECK(Labels(press).empty());
  auto chaired = Extract(
      "Chiều 4/1/2024, ông Phan Văn Hòa, Chủ tịch UBND tỉnh Nghệ An chủ trì cuộc họp nghe "
      "báo cáo công tác cải cách hành chính.");
  CHECK(Labels(chaired) == M{{"Phan Văn Hòa", "chair"}});
  CHECK(Meetings(chaired) == V{"2024-01-04 | Ủy ban nhân dân tỉnh Nghệ An"});
}

TEST_CASE("people placed by the gathering's verb or as recipients", "[meetings]") {
  auto visit = Extract(
      "Sáng 15-3-2023, các đồng chí: Lê Văn Hòa, Bí thư Tỉnh ủy; Trần Thị Mai, Phó Bí thư "
      "Tỉnh ủy đã làm việc với Ban Tổ chức Tỉnh ủy Bình Phước.");
  CHECK(Labels(visit) == M{{"Lê Văn Hòa", ""}, {"Trần Thị Mai", ""}});
  auto badge = Extract(
      "Sáng 14/5/2024, Quận ủy Ba Đình tổ chức lễ trao Huy hiệu Đảng. Bí thư Quận ủy Phạm Văn "
      "An đã trao Huy hiệu 70 năm tuổi Đảng cho ông Lê Văn Bình và bà Ngô Thị Cúc.");
  CHECK(Labels(badge) == M{{"Phạm Văn An", ""}, {"Lê Văn Bình", ""}, {"Ngô Thị Cúc", ""}});
}

TEST_CASE("co-chairs introduced after the first chair; a titles-first list with commas",
          "[meetings][chair]") {
  auto co = Extract(
      "Sáng 7/4/2012, Ban Chấp hành Đảng bộ tỉnh Hòa Bình khai mạc hội nghị lần thứ tám. Đồng chí "
      "Bí thư Tỉnh ủy Bùi Văn Tỉnh chủ trì hội nghị cùng các đồng chí: Hoàng Việt Cường, Phó Bí "
      "thư Tỉnh ủy; Trần Đăng Ninh, Phó Bí thư Thường trực Tỉnh ủy.");
  CHECK(Labels(co) == M{{"Bùi Văn Tỉnh", "chair"}, {"Hoàng Việt Cường", "chair"},
                        {"Trần Đăng Ninh", "chair"}});
  auto commas = Extract(
      "Sáng 1-10-2024, Phó Bí thư Thường trực Tỉnh ủy Trần Văn Lâm, Phó Chủ tịch UBND tỉnh "
      "Nguyễn Văn Sơn chủ trì hội nghị thông tin báo chí.");
  CHECK(Labels(commas) == M{{"Trần Văn Lâm", "chair"}, {"Nguyễn Văn Sơn", "chair"}});
  std::map<std::string, std::string> posts;
  for (const auto& p : commas.people)
    for (const auto& r : p.roles) posts[p.name] += r.position;
  CHECK(posts == M{{"Trần Văn Lâm", "Phó Bí thư Thường trực"}, {"Nguyễn Văn Sơn", "Phó Chủ tịch"}});
}

TEST_CASE("a standing office's own meeting, and the council session it convenes",
          "[meetings][organizer]") {
  CHECK(Meetings(Extract("Ngày 9/6/2021, Thường trực HĐND huyện Vị Xuyên họp để chuẩn bị kỳ họp "
                         "thứ nhất.")) == V{"2021-06-09 | Thường trực Hội đồng nhân dân huyện Vị Xuyên"});
  CHECK(Meetings(Extract("Ngày 30/01/2019, Thường trực HĐND phường Tân Chính đã tổ chức kỳ họp bất "
                         "thường lần thứ 9.")) == V{"2019-01-30 | Hội đồng nhân dân phường Tân Chính"});
  CHECK(Meetings(Extract("Ngày 14/3/2016, Chi bộ khu dân cư Thành Tô tổ chức buổi sinh hoạt chi "
                         "bộ.")) == V{"2016-03-14 | Chi bộ khu dân cư Thành Tô"});
}

TEST_CASE("each list takes its own introduction; absent and expected people are not there",
          "[meetings]") {
  auto lists = Extract(
      "Sáng 5/8/2020, Đảng bộ huyện Tĩnh Gia tổ chức Đại hội. Dự, chỉ đạo Đại hội có đồng chí "
      "Lê Văn An - Bí thư Tỉnh ủy; dự Đại hội có các đồng chí: Trần Văn Bình - Phó Bí thư Tỉnh "
      "ủy; Phạm Thị Cúc - Phó Chủ tịch UBND tỉnh.");
  CHECK(Labels(lists) == M{{"Lê Văn An", "guest,speaker"},
                           {"Trần Văn Bình", "guest"},
                           {"Phạm Thị Cúc", "guest"}});
  auto absent = Extract(
      "Sáng 5/8/2020, HĐND tỉnh Phú Yên tổ chức kỳ họp thứ 18. Đồng chí Hồ Văn Dũng, Chủ tịch "
      "HĐND tỉnh không dự kỳ họp do được điều động công tác khác.");
  CHECK(Labels(absent).empty());
  auto expected = Extract(
      "Sáng 5/8/2025, Đảng bộ xã Tân Lập tổ chức Đại hội. Theo chương trình, đồng chí Đỗ Văn "
      "Em, Bí thư Tỉnh ủy sẽ về dự và chỉ đạo Đại hội, tuy nhiên do bận công tác nên đồng chí "
      "không thể tham dự.");
  CHECK(Labels(expected).empty());
}

TEST_CASE("organizer when nobody is said to convene", "[meetings][organizer]") {
  // The committee the chair heads, not the one he is a member of.
  auto member = Extract(
      "Tại hội nghị, đồng chí Nguyễn Văn Mừng, Tỉnh ủy viên, Bí thư Huyện ủy Hương Khê chủ "
      "trì và quán triệt chuyên đề năm 2024.");
  CHECK(Meetings(member) == V{"? | Huyện ủy Hương Khê"});
  // The body that opens the dated lead, whatever its verb.
  auto lead = Extract(
      "Ngày 6/4/2015, BTV Huyện ủy Xuân Trường đã duyệt dự thảo văn kiện trình Đại hội Đảng "
      "bộ xã Xuân Ninh. Bí thư Huyện ủy Trần Thị Hoa chủ trì hội nghị và đề nghị Đảng ủy xã "
      "hoàn thiện báo cáo.");
  CHECK(Meetings(lead) == V{"2015-04-06 | Ban Thường vụ Huyện ủy Xuân Trường"});
  // A congress: the Đảng bộ the story names.
  auto congress = Extract(
      "Dự và phát biểu chỉ đạo đại hội, ông Y Khoa Niê, Phó Bí thư Tỉnh ủy Đắk Lắk, yêu cầu "
      "Đảng bộ thị xã Buôn Hồ chú trọng phát triển cà phê.");
  CHECK(Meetings(congress) == V{"? | Thị ủy Buôn Hồ"});
}

TEST_CASE("conveners as written: standing office, steering board, parenthesised place",
          "[meetings][organizer]") {
  CHECK(Meetings(Extract("Sáng 9/5/2024, Thường trực Huyện ủy Đồng Hỷ tổ chức hội nghị giao "
                         "ban.")) == V{"2024-05-09 | Thường trực Huyện ủy Đồng Hỷ"});
  CHECK(Meetings(Extract("Ngày 16/8/2022, Ban Chỉ đạo chuyển đổi số tỉnh Hà Giang tổ chức "
                         "hội nghị.")) ==
        V{"2022-08-16 | Ban Chỉ đạo chuyển đổi số tỉnh Hà Giang"});
  CHECK(Meetings(Extract("Ngày 23-6-2020, Đảng bộ xã Tam Giang (huyện Năm Căn, tỉnh Cà Mau) "
                         "long trọng tổ chức Đại hội đại biểu lần thứ XIII.")) ==
        V{"2020-06-23 | Đảng ủy xã Tam Giang"});
  CHECK(Meetings(Extract("Ngày 22/5/2020, Đảng bộ xã Quảng Sơn tổ chức thành công Đại hội đại "
                         "biểu lần thứ XV.")) == V{"2020-05-22 | Đảng ủy xã Quảng Sơn"});
  CHECK(Meetings(Extract("Tối 2/2/2024, Đảng ủy xã Nghĩa Hòa tổ chức mít tinh chào mừng Ngày "
                         "thành lập Đảng.")) == V{"2024-02-02 | Đảng ủy xã Nghĩa Hòa"});
  CHECK(Meetings(Extract("Sáng 15-3-2024, UBND thành phố Đà Lạt, tỉnh Lâm Đồng, họp báo về "
                         "lễ hội hoa.")) == V{"2024-03-15 | Ủy ban nhân dân thành phố Đà Lạt"});
  // A venue is not the organizer.
  CHECK(Meetings(Extract("Chiều 14/10/2020, tại Trung tâm Hội nghị tỉnh, Đại hội đại biểu Đảng "
                         "bộ tỉnh Đắk Nông lần thứ XII tiến hành phiên trù bị.")) ==
        V{"2020-10-14 | Tỉnh ủy Đắk Nông"});
}

TEST_CASE("ceremonies named by their verb; a hall named for meetings is none",
          "[meetings]") {
  CHECK(Meetings(Extract("Sáng 7/11/2023, Đoàn đại biểu Quận ủy Hải An do đồng chí Lê Văn "
                         "Chín, Bí thư Quận ủy dẫn đầu đến trao Huy hiệu Đảng tại nhà đảng "
                         "viên.")) == V{"2023-11-07 | Quận ủy Hải An"});
  // The congress, not the "hội nghị" of the hall's name, gives the term's year.
  CHECK(Meetings(Extract("Chiều 29/9, tại Trung tâm Tổ chức hội nghị tỉnh, Đại hội Đảng bộ "
                         "tỉnh Bắc Ninh lần thứ I, nhiệm kỳ 2025-2030 tiến hành phiên trù "
                         "bị.")) == V{"2025-09-29 | Tỉnh ủy Bắc Ninh"});
  // The congress's term stated in another sentence: the latest one named.
  CHECK(Meetings(Extract("Đồng chí Lê Văn Mười, Bí thư Đảng ủy xã Phước Sơn phát biểu khai "
                         "mạc đại hội. Nhiệm kỳ 2020 - 2025, Đảng bộ đạt nhiều kết quả. Nhiệm "
                         "kỳ 2025 - 2030, xã phấn đấu tăng trưởng 12%.")) ==
        V{"2025 | Đảng ủy xã Phước Sơn"});
}

TEST_CASE("the map in force follows the story's date", "[meetings][map]") {
  // Xã Mỹ Tịnh An (28603) lies in Tiền Giang on the March 2025 map and in
  // Đồng Tháp (82, Tiền Giang's old code) on the July 2025 map.
  const char* kStory =
      "Sáng 20/10, Ban Thường vụ Tỉnh ủy làm việc với Đảng ủy xã Mỹ Tịnh An. Đồng chí Lê Văn "
      "Năm, Bí thư Tỉnh ủy chủ trì buổi làm việc.";
  CHECK(Meetings(Extract(std::string("21/10/2025 - 08:00\n") + kStory)) ==
        V{"2025-10-20 | Ban Thường vụ Tỉnh ủy Đồng Tháp"});
  // Before the reform, huyện Tân Phước is a district of Tiền Giang.
  CHECK(Meetings(Extract("21/10/2020 - 08:00\nSáng 20/10, Ban Thường vụ Tỉnh ủy làm việc với "
                         "Huyện ủy Tân Phước.")) ==
        V{"2020-10-20 | Ban Thường vụ Tỉnh ủy Tiền Giang"});
}

TEST_CASE("the convener beside a partner, a topic and a visit", "[meetings][organizer]") {
  CHECK(Meetings(Extract("Chiều 6/4/2022, Văn phòng UBND tỉnh Hải Dương phối hợp với Sở Tư pháp "
                         "tỉnh Hải Dương tổ chức họp báo.")) ==
        V{"2022-04-06 | Văn phòng Ủy ban nhân dân tỉnh Hải Dương"});
  // The body a press conference is about does not hold it.
  CHECK(Meetings(Extract("Ngày 2/10/2025, tại buổi họp báo về Đại hội Đảng bộ tỉnh Gia Lai lần thứ "
                         "nhất, ông Lê Văn Sáu, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy Gia Lai "
                         "chủ trì buổi họp báo.")) ==
        V{"2025-10-02 | Ban Tuyên giáo và Dân vận Tỉnh ủy Gia Lai"});
  // A visit by an official: the body of the visitor's post.
  CHECK(Meetings(Extract("Chiều ngày 2/2/2021, đồng chí Lê Văn Bảy, Bộ trưởng Bộ Công an đã đến "
                         "thăm, chúc Tết Đảng bộ và nhân dân tỉnh Phú Thọ.")) ==
        V{"2021-02-02 | Bộ Công an"});
}

TEST_CASE("a weather widget is furniture; who only sends flowers is not there", "[meetings]") {
  auto r = Extract(
      "Hà Nội 19 °C\nHải Phòng 22 °C\n  • Hà Nội Hà Nội 19°C\n  • Đà Nẵng Hà Nội 21°C\n"
      "Kỳ họp thứ nhất của HĐND tỉnh Cà Mau\n\nDân sự\n01/07/2025 13:11\nTrọng Nghĩa\n"
      "Ngày 1/7, HĐND tỉnh Cà Mau khóa X, nhiệm kỳ 2021 - 2026 tổ chức Kỳ họp thứ Nhất. Ông Trần "
      "Văn Tám, Chủ tịch HĐND tỉnh chủ tọa kỳ họp. Đồng chí Lê Văn Chín, Phó Chánh Văn phòng "
      "Trung ương Đảng đã gửi lẵng hoa chúc mừng kỳ họp.");
  CHECK(r.published == std::optional<std::string>("2025-07-01"));
  CHECK(Meetings(r) == V{"2025-07-01 | Hội đồng nhân dân tỉnh Cà Mau"});
  CHECK(Labels(r) == M{{"Trần Văn Tám", "chair"}});
  for (const auto& p : r.people) CHECK(p.name.find("Hà Nội") == std::string::npos);
}

TEST_CASE("planned and reviewed gatherings are not meetings", "[meetings]") {
  CHECK(Meetings(Extract("Theo ông Lê Văn Hải, Chủ tịch UBND huyện Đông Anh, lễ mít tinh kỷ "
                         "niệm sẽ diễn ra vào ngày 9-8.")) == V{});
}

TEST_CASE("meeting dates", "[meetings][dates]") {
  auto date = [](const std::string& text, std::optional<std::string> published = {}) {
    auto r = Extract(text, published);
    return r.meetings.empty() ? std::string("none") : r.meetings[0].date.value_or("?");
  };
  // A day list gives its first day.
  CHECK(date("28/07/2020 - 09:15\nĐại hội đại biểu Đảng bộ huyện Tư Nghĩa lần thứ XXII diễn "
             "ra trong các ngày 23 và 24/7.") == "2020-07-23");
  CHECK(date("Đại hội đại biểu Đảng bộ huyện Tư Nghĩa lần thứ XXII (23 và 24-7).",
             "2020-07-28") == "2020-07-23");
  // "Sáng nay, D-M" under a bare dateline.
  CHECK(date("25/11/2022\nSáng nay, 24-11, HĐND tỉnh Bình Định khai mạc kỳ họp chuyên đề.") ==
        "2022-11-24");
  // The first session of a term A–B is in A.
  CHECK(date("Ngày 24/6, kỳ họp thứ nhất HĐND huyện Ân Thi khóa XX (nhiệm kỳ 2021-2026) khai "
             "mạc.") == "2021-06-24");
  // A cited document's date is not the meeting's; N years of it put the meeting N years on.
  CHECK(date("Ngày 20/5, Tỉnh ủy Bình Định tổ chức hội nghị tổng kết 10 năm thực hiện Chỉ thị "
             "số 28-CT/TW (ban hành ngày 11/4/2013) của Ban Bí thư.") == "2023-05-20");
  // An anniversary of something older than any meeting (1930) still dates it.
  CHECK(date("Nhân kỷ niệm 96 năm Ngày thành lập Đảng (3/2/1930 - 3/2/2026), chiều 31/1, Tỉnh "
             "ủy Cà Mau tổ chức lễ trao Huy hiệu Đảng.") == "2026-01-31");
  // A day-month after the dateline's is in the year before.
  CHECK(date("Cập nhật 12/01/2024 10:05\nNgày 20-9, Huyện ủy Nho Quan tổ chức hội thảo khoa "
             "học.") == "2023-09-20");
  // A year of someone's past does not date the meeting; a reviewed year does.
  CHECK(date("Sáng 14/5, Quận ủy Đống Đa tổ chức lễ trao huy hiệu Đảng cho ông Phạm Văn Lộc "
             "(sinh năm 1927), hoạt động cách mạng từ năm 1945.") == "?");
  CHECK(date("Tại hội nghị, đồng chí Hoàng Văn Dũng, Bí thư Huyện ủy Bảo Yên quán triệt chuyên "
             "đề năm 2024.") == "?");
  CHECK(date("Tại hội nghị sơ kết công tác quý I năm 2024, đồng chí Hoàng Văn Dũng, Bí thư "
             "Huyện ủy Bảo Yên phát biểu.") == "2024");
}

}  // namespace
