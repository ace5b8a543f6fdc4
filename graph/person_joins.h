// Officials followed across provinces. A person's identity is the folded name
// plus the province (graph/contribution.cc); an official who moves, or whose
// province merged in July 2025, is joined to the one on record only on strong
// evidence, named in the merge reason:
//  (a) national post: both hold a post few people hold nationwide
//      (graph/data/national-posts.tsv: Ủy viên Bộ Chính trị, Ủy viên or Ủy
//      viên dự khuyết Ban Chấp hành Trung ương Đảng, a minister...): one
//      person of a name holds it at a time;
//  (b) the same post: the story names as former ("nguyên Bí thư Tỉnh ủy X")
//      a post the official on record holds, of a person it places elsewhere;
//      or names as held a post the official on record holds (the same
//      position in the same placed body: an official placed in Bến Tre by
//      earlier stories who is now Phó Bí thư Thành ủy TP Hồ Chí Minh);
//  (c) across the reform: the same post in the successor (or predecessor)
//      body (Chủ tịch UBND tỉnh Phú Yên before 2025-07-01, Chủ tịch UBND
//      tỉnh Đắk Lắk after; graph/lineage.h).
// A namesake without such evidence stays apart (a commune chairman of the
// same name is another person). Rules are tried in that order; a rule that
// fits several officials on record joins none (reason says so).
#ifndef VNKG_GRAPH_PERSON_JOINS_H_
#define VNKG_GRAPH_PERSON_JOINS_H_

#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "graph/contribution.h"
#include "graph/model.h"
#include "graph/record.h"
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

// One story's person, as resolution sees it.
struct PersonInStory {
  const Person* person = nullptr;
  // The story: the posts it stated before (a rebuild) are no evidence.
  uint64_t article = 0;
  std::string province;  // from the story's posts ("" when none names one)
  // The province of the story's body named `organization` ("" if unknown).
  std::function<std::string(const std::string& organization)> province_of;
  // The names the story's body `organization` has across the reform: its
  // successors' if it is a body of a March unit (`successor` true), its
  // predecessors' if of a July unit (Lineage::CounterpartBody); empty when unknown.
  struct Counterpart {
    std::string name;
    bool successor = false;
  };
  std::function<std::vector<Counterpart>(const std::string& organization)> counterparts;
};

struct Resolution {
  NodeRef ref;
  std::string province;  // the province of the node joined ("" if none)
  std::string reason;    // the rule that decided, with its evidence
};

// The node a story's mention of a person is. With a province: the official
// of that name and province when on record (or new); else one joined by the
// rules above (national may be null: rule (a) is not used); else a new one.
// Without a province: the one official of the name on record whose province
// is known and whose bodies fit the story's posts, else the name alone.
// Reasons state the rule and evidence, so a reindex gives the same reason.
// A storage error of `directory` is returned as it is.
Status ResolvePerson(const PersonInStory& in, const PersonDirectory& directory,
                     const NationalPosts* national, Resolution* out);

}  // namespace vnkg::graph

#endif  // VNKG_GRAPH_PERSON_JOINS_H_
