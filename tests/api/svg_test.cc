// api/svg: DOT from graph/export rendered by Graphviz's library.
#include <catch2/catch.hpp>

#include <thread>
#include <vector>

#include "api/svg.h"
#include "graph/export.h"

using namespace vnkg;

namespace {

graph::Subgraph Tricky() {
  graph::Subgraph g;
  graph::Node p, o;
  p.ref = {graph::NodeKind::kPerson, 1};
  p.name = "Nguyễn Văn \"Tư\" \\ Bé";
  o.ref = {graph::NodeKind::kOrganization, 2};
  o.name = "Thành ủy Cần Thơ";
  o.organization.kind = "party_committee";
  g.nodes = {p, o};
  graph::SubgraphEdge e;
  e.src = p.ref;
  e.dst = o.ref;
  e.position = "Bí thư";
  e.first_seen = "2020";
  e.last_seen = "2021-05";
  g.edges = {e};
  return g;
}

}  // namespace

TEST_CASE("the writers' DOT renders to SVG with the names intact", "[svg]") {
  std::string dot, svg;
  REQUIRE(graph::WriteDot(Tricky(), &dot).ok());
  Status s = api::RenderSvg(dot, &svg);
  REQUIRE(s.ok());
  CHECK(svg.find("<svg") != std::string::npos);
  CHECK(svg.find("Nguyễn Văn &quot;Tư&quot; \\ Bé") != std::string::npos);
  CHECK(svg.find("Thành ủy Cần Thơ") != std::string::npos);
  CHECK(svg.find("2020 – 2021&#45;05") != std::string::npos);
}

TEST_CASE("DOT that does not parse is InvalidArgument, and the next call works", "[svg]") {
  std::string svg = "untouched";
  Status s = api::RenderSvg("digraph { a -> ", &svg);
  CHECK(s.code() == Status::Code::kInvalidArgument);
  CHECK(svg == "untouched");
  REQUIRE(api::RenderSvg("digraph { a -> b }", &svg).ok());
  CHECK(svg.find("<svg") != std::string::npos);
}

TEST_CASE("WriteDot and RenderSvg may be called from several threads at once", "[svg]") {
  std::vector<std::string> out(4);
  std::vector<bool> ok(4);
  std::vector<std::thread> threads;
  for (int i = 0; i < 4; ++i)
    threads.emplace_back([&, i] {
      bool all = true;
      for (int round = 0; round < 5; ++round) {
        std::string dot;
        all = all && graph::WriteDot(Tricky(), &dot).ok() && api::RenderSvg(dot, &out[i]).ok();
      }
      ok[i] = all;
    });
  for (auto& t : threads) t.join();
  for (int i = 0; i < 4; ++i) {
    CHECK(ok[i]);
    CHECK(out[i] == out[0]);
  }
}
