// A small reform for graph tests: two provinces merged into one that keeps
// the first one's code, two communes merged into one, and one commune split
// (ASCII names, so that folding is lower-casing; extract/ folds real ones).
#ifndef VNKG_TESTS_GRAPH_LINEAGE_FIXTURE_H_
#define VNKG_TESTS_GRAPH_LINEAGE_FIXTURE_H_

#include <cctype>
#include <memory>
#include <string>

#include "graph/lineage.h"
#include "graph/person_joins.h"

namespace vnkg::graph::testing {

inline std::string Lower(std::string_view t) {
  std::string out(t);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

inline constexpr char kMarch[] =
    "level\tcode\ttype\tname\tparent_code\n"
    "1\t82\tTinh\tTinh Tien Giang\t\n"
    "1\t87\tTinh\tTinh Dong Thap\t\n"
    "2\t815\tThanh pho\tThanh pho My Tho\t82\n"
    "3\t28001\tXa\tXa An\t815\n"
    "3\t28002\tXa\tXa Binh\t815\n"
    "3\t28003\tXa\tXa Chia\t815\n"
    "1\t74\tTinh\tTinh Binh Duong\t\n"
    "1\t79\tThanh pho Trung uong\tThanh pho Ho Chi Minh\t\n";
inline constexpr char kJuly[] =
    "level\tcode\ttype\tname\tparent_code\n"
    "1\t82\tTinh\tTinh Dong Thap\t\n"
    "3\t28001\tPhuong\tPhuong Cuu Long\t82\n"
    "3\t28009\tXa\tXa Moi\t82\n"
    "1\t79\tThanh pho Trung uong\tThanh pho Ho Chi Minh\t\n";
inline constexpr char kSuccessors[] =
    "old_code\tnew_code\tshare\tnote\told_level\told_name\tnew_name\n"
    "82\t82\twhole\tprovince merged\t1\tTinh Tien Giang\tTinh Dong Thap\n"
    "87\t82\twhole\tprovince merged\t1\tTinh Dong Thap\tTinh Dong Thap\n"
    "815\t28001\tpart\tdistrict abolished\t2\tThanh pho My Tho\tPhuong Cuu Long\n"
    "28001\t28001\twhole\tNhap toan bo\t3\tXa An\tPhuong Cuu Long\n"
    "28002\t28001\twhole\tNhap toan bo\t3\tXa Binh\tPhuong Cuu Long\n"
    "28003\t28001\tpart\tNhap mot phan\t3\tXa Chia\tPhuong Cuu Long\n"
    "28003\t28009\tpart\tNhap mot phan\t3\tXa Chia\tXa Moi\n"
    "74\t79\twhole\tprovince merged\t1\tTinh Binh Duong\tThanh pho Ho Chi Minh\n"
    "79\t79\twhole\tprovince merged\t1\tThanh pho Ho Chi Minh\tThanh pho Ho Chi Minh\n";

inline constexpr char kBodyWords[] =
    "# comment\nbody\ttype\tword\n"
    "party_committee\ttinh\tTinh uy\n"
    "party_committee\tthanh pho\tThanh uy\n";

inline Lineage::Folders AsciiFolders() {
  auto same = [](std::string_view t) { return std::string(t); };
  return {Lower, Lower, Lower, same};
}

inline std::unique_ptr<Lineage> SmallReform() {
  std::unique_ptr<Lineage> l;
  Status s = Lineage::Parse(kMarch, kJuly, kSuccessors, kBodyWords, AsciiFolders(), &l);
  return s.ok() ? std::move(l) : nullptr;
}

inline std::unique_ptr<NationalPosts> SmallNationalPosts() {
  std::unique_ptr<NationalPosts> p;
  Status s = NationalPosts::Parse(
      "# comment\nposition\torganization\tbody\n"
      "Ủy viên\tBan Chấp hành Trung ương Đảng\tthe Central Committee\n"
      "Ủy viên dự khuyết\tBan Chấp hành Trung ương Đảng\tthe Central Committee\n"
      "*\tBộ Chính trị\tthe Politburo\n"
      "Bộ trưởng\tBộ *\ta minister\n",
      &p);
  return s.ok() ? std::move(p) : nullptr;
}

}  // namespace vnkg::graph::testing

#endif  // VNKG_TESTS_GRAPH_LINEAGE_FIXTURE_H_
