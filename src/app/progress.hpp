// A progress bar for long commands: redrawn in place on a terminal, a line per quarter
// otherwise (logs and CI stay readable).
#pragma once

#include <cstdio>
#include <string>

namespace cps::app {

class ProgressBar {
 public:
  ProgressBar(std::string label, std::size_t total, std::FILE* out = stderr);
  void update(std::size_t done, const std::string& item = {});
  void finish();

 private:
  std::string label_;
  std::size_t total_;
  std::FILE* out_;
  bool terminal_;
  int last_quarter_ = -1;
};

}  // namespace cps::app
