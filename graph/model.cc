#include "graph/model.h"

#include <cstdio>
#include <cstdlib>

namespace vnkg::graph {
namespace {

constexpr struct { NodeKind kind; const char* name; char letter; } kNodeKinds[] = {
    {NodeKind::kPerson, "person", 'p'},     {NodeKind::kOrganization, "organization", 'o'},
    {NodeKind::kLocality, "locality", 'l'}, {NodeKind::kMeeting, "meeting", 'm'},
    {NodeKind::kArticle, "article", 'a'}};

}  // namespace

const char* NodeKindName(NodeKind kind) {
  for (const auto& k : kNodeKinds)
    if (k.kind == kind) return k.name;
  return "?";
}

bool ParseNodeKind(std::string_view name, NodeKind* out) {
  for (const auto& k : kNodeKinds)
    if (name == k.name) { *out = k.kind; return true; }
  return false;
}

const char* EdgeKindName(EdgeKind kind) {
  switch (kind) {
    case EdgeKind::kHolds: return "holds";
    case EdgeKind::kChaired: return "chaired";
    case EdgeKind::kAttended: return "attended";
    case EdgeKind::kSpokeAt: return "spoke_at";
    case EdgeKind::kGuestAt: return "guest_at";
    case EdgeKind::kOrganized: return "organized";
    case EdgeKind::kReportedIn: return "reported_in";
    case EdgeKind::kLocatedIn: return "located_in";
    case EdgeKind::kPartOf: return "part_of";
    case EdgeKind::kSucceededBy: return "succeeded_by";
  }
  return "?";
}

uint64_t StableHash(std::string_view bytes) {
  uint64_t h = 1469598103934665603ull;
  for (unsigned char c : bytes) {
    h ^= c;
    h *= 1099511628211ull;
  }
  return h;
}

std::string FormatNodeRef(const NodeRef& ref) {
  char buf[32];
  char letter = '?';
  for (const auto& k : kNodeKinds)
    if (k.kind == ref.kind) letter = k.letter;
  std::snprintf(buf, sizeof buf, "%c:%016llx", letter, static_cast<unsigned long long>(ref.id));
  return buf;
}

bool ParseNodeRef(std::string_view text, NodeRef* out) {
  if (text.size() != 18 || text[1] != ':') return false;
  for (const auto& k : kNodeKinds) {
    if (k.letter != text[0]) continue;
    std::string hex(text.substr(2));
    char* end = nullptr;
    unsigned long long v = std::strtoull(hex.c_str(), &end, 16);
    if (end != hex.c_str() + hex.size()) return false;
    out->kind = k.kind;
    out->id = v;
    return true;
  }
  return false;
}

}  // namespace vnkg::graph
