// Status: the result of a fallible call between modules (no exceptions cross
// folders). NotFound is a normal answer.
#ifndef VNKG_GRAPH_STATUS_H_
#define VNKG_GRAPH_STATUS_H_

#include <string>
#include <utility>

namespace vnkg {

class Status {
 public:
  enum class Code { kOk, kNotFound, kInvalidArgument, kCorruption, kIOError, kIncompatible };

  Status() = default;
  Status(Code c, std::string m) : code_(c), message_(std::move(m)) {}
  static Status OK() { return Status(); }
  static Status NotFound(std::string m) { return Status(Code::kNotFound, std::move(m)); }
  static Status InvalidArgument(std::string m) { return Status(Code::kInvalidArgument, std::move(m)); }
  static Status Corruption(std::string m) { return Status(Code::kCorruption, std::move(m)); }
  static Status IOError(std::string m) { return Status(Code::kIOError, std::move(m)); }
  // The data on disk was written by an incompatible version.
  static Status Incompatible(std::string m) { return Status(Code::kIncompatible, std::move(m)); }

  bool ok() const { return code_ == Code::kOk; }
  bool IsNotFound() const { return code_ == Code::kNotFound; }
  bool IsCorruption() const { return code_ == Code::kCorruption; }
  Code code() const { return code_; }
  const std::string& message() const { return message_; }
  std::string ToString() const { return ok() ? "OK" : message_; }

 private:
  Code code_ = Code::kOk;
  std::string message_;
};

}  // namespace vnkg

#endif  // VNKG_GRAPH_STATUS_H_
