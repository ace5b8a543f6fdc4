// Shared by the extract tests: one Extractor built from the embedded
// lexicons, and a way to run it on a sentence written for a test.
#ifndef VNKG_TESTS_EXTRACT_TEST_EXTRACTOR_H_
#define VNKG_TESTS_EXTRACT_TEST_EXTRACTOR_H_

#include <catch2/catch.hpp>

#include <memory>
#include <string>
#include <vector>

#include "extract/extractor.h"

namespace vnkg::test {

inline const extract::Extractor& TestExtractor() {
  static std::unique_ptr<extract::Extractor> x = [] {
    std::string error;
    auto e = extract::Extractor::Create(&error);
    INFO(error);
    REQUIRE(e);
    return e;
  }();
  return *x;
}

// Extracts `text` as story "t.txt", with the input's published date if given.
inline graph::Record Extract(const std::string& text, std::optional<std::string> published = {}) {
  return TestExtractor().Extract({"t.txt", text, {}, published, {}});
}

// "position | organization" of a person's roles, in order; former ones marked.
inline std::vector<std::string> Roles(const graph::Record& r, const std::string& name) {
  std::vector<std::string> out;
  for (const auto& p : r.people)
    if (p.name == name)
      for (const auto& role : p.roles)
        out.push_back(role.position + " | " + role.organization.value_or("-") +
                      (role.former ? " (former)" : ""));
  return out;
}

}  // namespace vnkg::test

#endif  // VNKG_TESTS_EXTRACT_TEST_EXTRACTOR_H_
