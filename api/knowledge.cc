#include "api/knowledge.h"

#include <memory>
#include <string_view>

#include "extract/embedded_data.h"
#include "extract/normalize.h"

namespace vnkg::api {

// The data embedded by api/CMakeLists.txt (cmake/Embed.cmake).
std::string_view EmbeddedFile(std::string_view name);

namespace {

struct Loaded {
  Status status;
  std::unique_ptr<graph::Lineage> lineage;
  std::unique_ptr<graph::NationalPosts> national;
};

Loaded Load() {
  Loaded l;
  graph::Lineage::Folders fold{[](std::string_view t) { return extract::FoldKey(t); },
                               [](std::string_view t) { return extract::FoldAscii(t); },
                               [](std::string_view t) { return extract::ToLower(t); },
                               [](std::string_view t) { return extract::CanonicalTones(t); }};
  l.status = graph::Lineage::Parse(extract::EmbeddedFile("localities-2025-03.tsv"),
                                   extract::EmbeddedFile("localities-2025-07.tsv"),
                                   EmbeddedFile("localities-2025-07-successors.tsv"),
                                   EmbeddedFile("body-words.tsv"), fold, &l.lineage);
  if (l.status.ok())
    l.status = graph::NationalPosts::Parse(EmbeddedFile("national-posts.tsv"), &l.national);
  return l;
}

}  // namespace

Status GraphKnowledge(graph::Knowledge* out) {
  static const Loaded loaded = Load();
  if (!loaded.status.ok()) return loaded.status;
  out->lineage = loaded.lineage.get();
  out->national = loaded.national.get();
  return Status::OK();
}

}  // namespace vnkg::api
