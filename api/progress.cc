#include "api/progress.h"

#include <unistd.h>

#include <cstdio>

namespace vnkg::api {

Progress::Progress(std::string what, size_t total)
    : what_(std::move(what)), total_(total), tty_(isatty(STDERR_FILENO) == 1),
      start_(std::chrono::steady_clock::now()), last_(start_) {}

Progress::~Progress() { Finish(); }

double Progress::Seconds() const {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
}

void Progress::Tick(size_t done) {
  if (!tty_) return;
  auto now = std::chrono::steady_clock::now();
  if (done < total_ && now - last_ < std::chrono::milliseconds(100)) return;
  last_ = now;
  Draw(done);
}

void Progress::Draw(size_t done) {
  double secs = Seconds();
  double rate = secs > 0 ? done / secs : 0;
  const int width = 30;
  int filled = total_ ? static_cast<int>(width * done / total_) : width;
  std::string bar(filled, '#');
  bar.resize(width, ' ');
  long eta = rate > 0 && total_ > done ? static_cast<long>((total_ - done) / rate) : 0;
  std::fprintf(stderr, "\r%s [%s] %zu/%zu  %.1f/s  ETA %ld:%02ld ", what_.c_str(), bar.c_str(),
               done, total_, rate, eta / 60, eta % 60);
  std::fflush(stderr);
  drawn_ = true;
}

void Progress::Finish() {
  if (!drawn_) return;
  std::fprintf(stderr, "\r\033[K");
  std::fflush(stderr);
  drawn_ = false;
}

}  // namespace vnkg::api
