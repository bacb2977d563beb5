#include "app/progress.hpp"

#include <fmt/format.h>
#include <unistd.h>

namespace cps::app {

ProgressBar::ProgressBar(std::string label, std::size_t total, std::FILE* out)
    : label_(std::move(label)),
      total_(total == 0 ? 1 : total),
      out_(out),
      terminal_(::isatty(::fileno(out)) != 0) {}

void ProgressBar::update(std::size_t done, const std::string& item) {
  if (done > total_) done = total_;
  int percent = int(done * 100 / total_);
  if (terminal_) {
    constexpr int width = 30;
    int filled = int(done * width / total_);
    fmt::print(out_, "\r{} [{}{}] {:3}% {}/{} {:<40.40}", label_, std::string(filled, '#'),
               std::string(width - filled, '.'), percent, done, total_, item);
    std::fflush(out_);
    return;
  }
  int quarter = percent / 25;
  if (quarter != last_quarter_) {
    last_quarter_ = quarter;
    fmt::print(out_, "{}: {}% ({}/{}) {}\n", label_, percent, done, total_, item);
  }
}

void ProgressBar::finish() {
  update(total_);
  if (terminal_) fmt::print(out_, "\n");
}

}  // namespace cps::app
