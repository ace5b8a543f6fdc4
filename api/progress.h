// A progress line on a terminal: done/total, rate, ETA. Silent when stderr
// is not a terminal (logs, CI).
#ifndef VNKG_API_PROGRESS_H_
#define VNKG_API_PROGRESS_H_

#include <chrono>
#include <cstddef>
#include <string>

namespace vnkg::api {

class Progress {
 public:
  Progress(std::string what, size_t total);
  ~Progress();
  void Tick(size_t done);  // redraws at most ten times a second
  void Finish();           // clears the line
  double Seconds() const;

 private:
  void Draw(size_t done);
  std::string what_;
  size_t total_;
  bool tty_;
  bool drawn_ = false;
  std::chrono::steady_clock::time_point start_, last_;
};

}  // namespace vnkg::api

#endif  // VNKG_API_PROGRESS_H_
