// Officials followed across provinces. A person's identity is the folded name
// plus the province (graph/contribution.cc); an official who moves, or whose
// province merged in July 2025, is joined to the one on record only on strong
// evidence, named in the merge reason:
//  (a) national post: both hold a post few people hold nationwide
//      (graph/data/national-posts.tsv: Ủy viên Bộ Chính trị, Ủy viên or Ủy
//      viên dự khuyết Ban Chấp hành Trung ương Đảng, a minister...): one
//      person of a name holds it at a time;
//  (b) former post: the story names as former ("nguyên Bí thư Tỉnh ủy X") a
//      post the official on record holds, of a person it places elsewhere;
//  (c) across the reform: the same post in the successor (or predecessor)
//      body (Chủ tịch UBND tỉnh Phú Yên before 2025-07-01, Chủ tịch UBND
//      tỉnh Đắk Lắk after; graph/lineage.h).
// A namesake without such evidence stays apart (a commune chairman of the
// same name is another person). Rules are tried in that order; a rule that
// fits several officials on record joins none (reason says so).
#ifndef VNKG_GRAPH_PERSON_JOINS_H_
#define VNKG_GRAPH_PERSON_JOINS_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "graph/status.h"

namespace vnkg::graph {

// The few-member posts (graph/data/national-posts.tsv).
class NationalPosts {
 public:
  // Parses the TSV (comment lines '#', then a header line, then position,
  // organization, body). InvalidArgument naming the line when a row lacks a
  // field.
  static Status Parse(std::string_view tsv, std::unique_ptr<NationalPosts>* out);
  NationalPosts(const NationalPosts&) = delete;
  NationalPosts& operator=(const NationalPosts&) = delete;

  // The body as reasons name it when (position, organization) is such a
  // post; "" otherwise. A "*" position matches any; an organization ending
  // in "*" matches names starting with what precedes it.
  std::string BodyOf(std::string_view position, std::string_view organization) const;

 private:
  NationalPosts() = default;
  struct Row {
    std::string position, organization, body;
  };
  std::vector<Row> rows_;
};

}  // namespace vnkg::graph

#endif  // VNKG_GRAPH_PERSON_JOINS_H_
