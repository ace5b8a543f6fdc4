#include "api/svg.h"

#include <mutex>

#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

namespace vnkg::api {
namespace {

std::mutex mu;
GVC_t* context = nullptr;  // guarded by mu
std::string* errors = nullptr;  // guarded by mu: where Graphviz's messages go during a call

int CollectError(char* message) {
  if (errors && message) *errors += message;
  return 0;
}

}  // namespace

Status RenderSvg(std::string_view dot, std::string* svg) {
  std::lock_guard<std::mutex> lock(mu);
  if (!context) {
    agseterrf(CollectError);
    agseterr(AGERR);  // warnings are not kept
    context = gvContext();
    if (!context) return Status::InvalidArgument("Graphviz: cannot make a context");
  }
  std::string messages;
  errors = &messages;
  std::string text(dot);  // agmemread needs a NUL-terminated buffer
  Agraph_t* graph = agmemread(text.c_str());
  Status result;
  if (!graph) {
    result = Status::InvalidArgument("Graphviz: the DOT does not parse: " + messages);
  } else if (gvLayout(context, graph, "dot") != 0) {
    result = Status::InvalidArgument("Graphviz: layout failed: " + messages);
  } else {
    char* data = nullptr;
    unsigned int length = 0;
    if (gvRenderData(context, graph, "svg", &data, &length) != 0 || !data)
      result = Status::InvalidArgument("Graphviz: SVG rendering failed: " + messages);
    else
      svg->assign(data, length);
    if (data) gvFreeRenderData(data);
    gvFreeLayout(context, graph);
  }
  if (graph) agclose(graph);
  errors = nullptr;
  return result;
}

}  // namespace vnkg::api
