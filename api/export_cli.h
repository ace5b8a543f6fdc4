// The `export` subcommand's options and help (CLI11), kept beside the
// command so that api/main.cc only adds and dispatches it.
#ifndef VNKG_API_EXPORT_CLI_H_
#define VNKG_API_EXPORT_CLI_H_

#include <string>

#include <CLI/CLI.hpp>

#include "api/export.h"

namespace vnkg::api {

// Adds `export` to `app`, filling *o when parsed (o->db keeps its default
// unless --db is given; `db_help` describes it). *o must outlive parsing.
// Returns the subcommand: run RunExport(*o) when it was given.
CLI::App* AddExportCommand(CLI::App* app, const std::string& db_help, ExportOptions* o);

}  // namespace vnkg::api

#endif  // VNKG_API_EXPORT_CLI_H_
