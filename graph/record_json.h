// JSON form of the extraction record (FORMAT.md), both ways.
#ifndef VNKG_GRAPH_RECORD_JSON_H_
#define VNKG_GRAPH_RECORD_JSON_H_

#include <string>

#include <nlohmann/json.hpp>

#include "graph/record.h"

namespace vnkg::graph {

nlohmann::json RecordToJson(const Record& record);

// Returns false and sets *error when `j` is not a record of the expected shape.
bool RecordFromJson(const nlohmann::json& j, Record* out, std::string* error);

}  // namespace vnkg::graph

#endif  // VNKG_GRAPH_RECORD_JSON_H_
