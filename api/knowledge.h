// What the graph knows beyond the stories, from data compiled into the
// binary (never read from the source tree or ../shared at run time): the
// July 2025 reform's lineage (extract/data's two unit lists and
// graph/data/localities-2025-07-successors.tsv, graph/data/body-words.tsv)
// and the few-member national posts (graph/data/national-posts.tsv).
// Parsed once per process, on first use; thread-safe.
#ifndef VNKG_API_KNOWLEDGE_H_
#define VNKG_API_KNOWLEDGE_H_

#include "graph/contribution.h"
#include "graph/lineage.h"
#include "graph/person_joins.h"
#include "graph/status.h"

namespace vnkg::api {

// *out points at data that lives as long as the process. A malformed data
// file (a build error) is the Status, every time it is asked for.
Status GraphKnowledge(graph::Knowledge* out);

}  // namespace vnkg::api

#endif  // VNKG_API_KNOWLEDGE_H_
