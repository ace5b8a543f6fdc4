// SVG from DOT, laid out and drawn by Graphviz's library (gvc, the `dot`
// layout): what `vnkg export --format svg` prints and the HTTP API's
// /api/graph?format=svg answers.
#ifndef VNKG_API_SVG_H_
#define VNKG_API_SVG_H_

#include <string>
#include <string_view>

#include "graph/status.h"

namespace vnkg::api {

// Lays `dot` out with the dot engine and renders it as an SVG document
// (UTF-8, as Graphviz writes it). InvalidArgument (with Graphviz's message)
// when `dot` does not parse, or layout or rendering fails; *svg is then
// untouched. Time grows with the graph's size: callers cap it first
// (graph/subgraph.h's node caps).
// Thread-safe: Graphviz's library is not, so every call holds one
// process-wide mutex (calls run one at a time); the Graphviz context is
// made on first use and kept for the process's life.
Status RenderSvg(std::string_view dot, std::string* svg);

}  // namespace vnkg::api

#endif  // VNKG_API_SVG_H_
