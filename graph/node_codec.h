// The one codec of the stored bytes of nodes and edge evidence (JSON objects;
// fields in store/FORMAT.md). Nobody else reads those bytes by field name.
#ifndef VNKG_GRAPH_NODE_CODEC_H_
#define VNKG_GRAPH_NODE_CODEC_H_

#include <string>
#include <string_view>

#include "graph/node.h"
#include "graph/status.h"

namespace vnkg::graph {

// Decodes the stored value of node `ref`. Corruption when the bytes are not
// a JSON object or a field has the wrong type; absent fields stay empty.
Status DecodeNode(NodeRef ref, std::string_view bytes, Node* out);

// The stored value of `node` (the fields of its kind only).
std::string EncodeNode(const Node& node);

// The stored evidence of an edge of `kind`: `position` and `former` for
// holds, `as` for participation.
std::string EncodeEvidence(EdgeKind kind, const Evidence& evidence);

// Decodes an edge's stored evidence; Corruption as DecodeNode.
Status DecodeEvidence(std::string_view bytes, Evidence* out);

}  // namespace vnkg::graph

#endif  // VNKG_GRAPH_NODE_CODEC_H_
