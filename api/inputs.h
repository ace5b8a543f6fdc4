// Reading articles from the command line's paths: .txt stories, .jsonl lines
// {"id", "text", "url"?, "published"?}, and directories walked recursively in
// a stable (sorted) order. Bad inputs are reported, never fatal to a batch.
#ifndef VNKG_API_INPUTS_H_
#define VNKG_API_INPUTS_H_

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "extract/extractor.h"

namespace vnkg::api {

// One story as plain text named `doc`: UTF-8 checked (false and *why, with
// the byte offset, when it is not), a byte-order mark dropped, CRLF and lone CR
// line ends made LF.
bool ArticleFromText(std::string text, const std::string& doc, extract::Article* out,
                     std::string* why);
// One story from a JSON object {"id"?, "text", "url"?, "published"?} (the
// shape of a .jsonl line); its doc is its id, else `fallback_doc`. False and
// *why when it is not such an object, or when `url` is not http(s) or
// `published` not an ISO 8601 date (a time may follow a full date).
bool ArticleFromJson(std::string_view json_text, const std::string& fallback_doc,
                     extract::Article* out, std::string* why);

// Files to read for these paths: files as given, directories expanded to their
// .txt/.jsonl files, sorted; "-" is standard input (one story). Missing paths
// go to *errors.
std::vector<std::string> ExpandPaths(const std::vector<std::string>& paths,
                                     std::vector<std::string>* errors);

// Reads every article of one file ("-": standard input, one story named
// "stdin") and hands each to `sink`, with CRLF line ends made LF. A problem with
// the file or one of its lines (unreadable, invalid UTF-8 with its byte
// offset, bad JSON) is passed to `error` and reading goes on where it can.
void ReadArticles(const std::string& path,
                  const std::function<void(extract::Article&&)>& sink,
                  const std::function<void(const std::string&)>& error);

}  // namespace vnkg::api

#endif  // VNKG_API_INPUTS_H_
