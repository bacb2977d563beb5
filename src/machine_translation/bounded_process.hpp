// Runs a program with bounded time and output, without a shell: argv as given, the text as
// its standard input (a file it may also open as /dev/stdin), its standard output back. For engines the platform calls on text
// people wrote, so nothing in the text can reach a command line.
#pragma once

#include <chrono>
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.hpp"

namespace cps::machine_translation {

struct ProcessLimits {
  std::chrono::milliseconds time{10'000};  // from start to the end of its output
  std::size_t max_output = 256 * 1024;     // bytes of standard output kept; more is a failure
};

// The standard output of `argv` (argv[0] looked up on PATH) given `input`. Fails with kind
// unavailable when the program cannot be started, runs past the time limit (it is killed, with
// every process it started), writes more than max_output, or exits with a status other than 0;
// `detail` says which, for the log. Standard error is discarded.
Result<std::string> run_bounded(const std::vector<std::string>& argv, std::string_view input,
                                const ProcessLimits& limits);

}  // namespace cps::machine_translation
