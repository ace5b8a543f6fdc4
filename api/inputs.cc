#include "api/inputs.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

#include <nlohmann/json.hpp>

#include "extract/normalize.h"
#include "graph/queries.h"

namespace vnkg::api {
namespace fs = std::filesystem;

namespace {

// CRLF (and lone CR) line ends as LF: the same story typed on Windows is the
// same text, hence the same story id.
std::string UnixLines(std::string text) {
  if (text.find('\r') == std::string::npos) return text;
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] != '\r') out.push_back(text[i]);
    else if (i + 1 >= text.size() || text[i + 1] != '\n') out.push_back('\n');
  }
  return out;
}

// ISO 8601 as FORMAT.md's `published`: YYYY, YYYY-MM or YYYY-MM-DD with a
// real month and day, and after a full date a time ("T08:30:00+07:00").
bool IsPublishedDate(const std::string& d) {
  std::string date = d.size() > 10 && d[10] == 'T' ? d.substr(0, 10) : d;
  return graph::IsIsoDate(date);
}

bool IsArticleFile(const fs::path& p) {
  std::string ext = p.extension().string();
  return ext == ".txt" || ext == ".jsonl";
}

}  // namespace

bool ArticleFromText(std::string text, const std::string& doc, extract::Article* out,
                     std::string* why) {
  size_t bad = 0;
  if (!extract::IsValidUtf8(text, &bad)) {
    *why = "invalid UTF-8 at byte " + std::to_string(bad);
    return false;
  }
  if (text.compare(0, 3, "\xEF\xBB\xBF") == 0) text.erase(0, 3);
  *out = extract::Article{doc, UnixLines(std::move(text)), std::nullopt, std::nullopt,
                          std::nullopt};
  return true;
}

bool ArticleFromJson(std::string_view json_text, const std::string& fallback_doc,
                     extract::Article* out, std::string* why) {
  size_t bad = 0;
  if (!extract::IsValidUtf8(json_text, &bad)) {
    *why = "invalid UTF-8 at byte " + std::to_string(bad);
    return false;
  }
  nlohmann::json j = nlohmann::json::parse(json_text, nullptr, false);
  if (j.is_discarded() || !j.is_object()) {
    *why = "not a JSON object";
    return false;
  }
  auto text = j.find("text");
  if (text == j.end() || !text->is_string()) {
    *why = "no \"text\" string";
    return false;
  }
  extract::Article a;
  auto id = j.find("id");
  if (id != j.end() && id->is_string()) a.given_id = id->get<std::string>();
  else if (id != j.end() && id->is_number()) a.given_id = id->dump();
  a.doc = a.given_id ? *a.given_id : fallback_doc;
  a.text = UnixLines(text->get<std::string>());
  for (const char* field : {"url", "published"}) {
    auto f = j.find(field);
    if (f == j.end() || f->is_null()) continue;
    if (!f->is_string()) {
      *why = std::string("\"") + field + "\" is not a string";
      return false;
    }
    (field[0] == 'u' ? a.url : a.published) = f->get<std::string>();
  }
  if (a.url && a.url->compare(0, 7, "http://") != 0 && a.url->compare(0, 8, "https://") != 0) {
    *why = "\"url\" is not an http:// or https:// address";
    return false;
  }
  if (a.published && !IsPublishedDate(*a.published)) {
    *why = "\"published\" is not a date YYYY[-MM[-DD]] (a time may follow a full date: "
           "2025-09-12T08:30:00+07:00)";
    return false;
  }
  *out = std::move(a);
  return true;
}

std::vector<std::string> ExpandPaths(const std::vector<std::string>& paths,
                                     std::vector<std::string>* errors) {
  std::vector<std::string> out;
  for (const std::string& p : paths) {
    std::error_code ec;
    if (fs::is_directory(p, ec)) {
      std::vector<std::string> found;
      for (auto it = fs::recursive_directory_iterator(p, ec);
           !ec && it != fs::recursive_directory_iterator(); it.increment(ec))
        if (it->is_regular_file() && IsArticleFile(it->path())) found.push_back(it->path().string());
      if (ec) errors->push_back(p + ": " + ec.message());
      std::sort(found.begin(), found.end());
      out.insert(out.end(), found.begin(), found.end());
    } else if (p == "-" || fs::exists(p, ec)) {
      out.push_back(p);
    } else {
      errors->push_back(p + ": no such file or directory");
    }
  }
  return out;
}

void ReadArticles(const std::string& path,
                  const std::function<void(extract::Article&&)>& sink,
                  const std::function<void(const std::string&)>& error) {
  std::stringstream buf;
  std::string name = path == "-" ? "stdin" : fs::path(path).filename().string();
  if (path == "-") {
    buf << std::cin.rdbuf();
  } else {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
      error(path + ": cannot be read");
      return;
    }
    buf << in.rdbuf();
  }
  std::string data = buf.str();
  if (fs::path(path).extension() != ".jsonl") {
    extract::Article a;
    std::string why;
    if (!ArticleFromText(std::move(data), name, &a, &why)) {
      error(path + ": " + why + "; skipped");
      return;
    }
    sink(std::move(a));
    return;
  }
  size_t pos = 0, line_no = 0;
  while (pos < data.size()) {
    size_t nl = data.find('\n', pos);
    std::string line = data.substr(pos, nl == std::string::npos ? std::string::npos : nl - pos);
    size_t line_start = pos;
    pos = nl == std::string::npos ? data.size() : nl + 1;
    ++line_no;
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    std::string where = path + ":" + std::to_string(line_no);
    size_t bad = 0;
    if (!extract::IsValidUtf8(line, &bad)) {
      error(where + ": invalid UTF-8 at byte " + std::to_string(line_start + bad) + "; skipped");
      continue;
    }
    extract::Article a;
    std::string why;
    if (!ArticleFromJson(line, name + ":" + std::to_string(line_no), &a, &why)) {
      error(where + ": " + why + "; skipped");
      continue;
    }
    sink(std::move(a));
  }
}

}  // namespace vnkg::api
