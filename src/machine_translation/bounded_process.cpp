#include "machine_translation/bounded_process.hpp"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/mman.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

extern char** environ;

namespace cps::machine_translation {

namespace {

using Clock = std::chrono::steady_clock;

// Closes a descriptor once, whatever path leaves the function.
struct Fd {
  int fd = -1;
  ~Fd() { reset(); }
  void reset() {
    if (fd >= 0) ::close(fd);
    fd = -1;
  }
};

std::unexpected<Error> unavailable(std::string detail) {
  return fail(ErrorKind::unavailable, "The machine translation did not answer. Try again later.", {},
              std::move(detail));
}

}  // namespace

Result<std::string> run_bounded(const std::vector<std::string>& argv, std::string_view input,
                                const ProcessLimits& limits) {
  if (argv.empty()) return unavailable("no program");
  // Standard input is an anonymous file holding the whole text, not a pipe: a program may
  // open /dev/stdin by name (apertium does), which a file allows and a socket does not, and
  // nothing is written to a child that may have died (no SIGPIPE for the server).
  Fd in_file{::memfd_create("cps-input", MFD_CLOEXEC)};
  if (in_file.fd < 0) return unavailable(std::string("memfd_create: ") + std::strerror(errno));
  for (std::size_t written = 0; written < input.size();) {
    ssize_t n = ::write(in_file.fd, input.data() + written, input.size() - written);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return unavailable(std::string("write: ") + std::strerror(errno));
    written += std::size_t(n);
  }
  if (::lseek(in_file.fd, 0, SEEK_SET) != 0) return unavailable(std::string("lseek: ") + std::strerror(errno));
  int out_pipe[2];
  if (::pipe2(out_pipe, O_CLOEXEC) != 0) return unavailable(std::string("pipe: ") + std::strerror(errno));
  Fd out_parent{out_pipe[0]}, out_child{out_pipe[1]};

  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_adddup2(&actions, in_file.fd, STDIN_FILENO);
  posix_spawn_file_actions_adddup2(&actions, out_child.fd, STDOUT_FILENO);
  posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, "/dev/null", O_WRONLY, 0);
  posix_spawnattr_t attributes;
  posix_spawnattr_init(&attributes);
  // A group of its own, so that a timeout ends the whole pipeline the program starts.
  posix_spawnattr_setflags(&attributes, POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF);
  posix_spawnattr_setpgroup(&attributes, 0);
  sigset_t none, defaults;
  sigemptyset(&none);
  posix_spawnattr_setsigmask(&attributes, &none);
  sigemptyset(&defaults);
  sigaddset(&defaults, SIGPIPE);
  posix_spawnattr_setsigdefault(&attributes, &defaults);

  std::vector<char*> args;
  for (const auto& a : argv) args.push_back(const_cast<char*>(a.c_str()));
  args.push_back(nullptr);
  pid_t pid = 0;
  int spawned = ::posix_spawnp(&pid, args[0], &actions, &attributes, args.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  posix_spawnattr_destroy(&attributes);
  if (spawned != 0) return unavailable(argv[0] + ": " + std::strerror(spawned));
  in_file.reset();
  out_child.reset();
  ::fcntl(out_parent.fd, F_SETFL, O_NONBLOCK);

  auto deadline = Clock::now() + limits.time;
  std::string output;
  std::string problem;
  while (out_parent.fd >= 0) {
    auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now()).count();
    if (left <= 0) {
      problem = "no answer within " + std::to_string(limits.time.count()) + " ms";
      break;
    }
    pollfd out{out_parent.fd, POLLIN, 0};
    int ready = ::poll(&out, 1, int(left));
    if (ready < 0 && errno != EINTR) {
      problem = std::string("poll: ") + std::strerror(errno);
      break;
    }
    if (ready <= 0) continue;
    char buffer[16384];
    ssize_t got = ::read(out_parent.fd, buffer, sizeof buffer);
    if (got == 0) {
      out_parent.reset();
    } else if (got > 0) {
      output.append(buffer, std::size_t(got));
      if (output.size() > limits.max_output) {
        problem = "more than " + std::to_string(limits.max_output) + " bytes of output";
        break;
      }
    } else if (errno != EAGAIN && errno != EINTR) {
      problem = std::string("read: ") + std::strerror(errno);
      break;
    }
  }
  // A program that closed its output may still be running: it gets what is left of the time.
  int status = 0;
  while (problem.empty()) {
    pid_t done = ::waitpid(pid, &status, WNOHANG);
    if (done == pid || (done < 0 && errno != EINTR)) break;
    if (Clock::now() >= deadline) {
      problem = "did not end within " + std::to_string(limits.time.count()) + " ms";
      break;
    }
    ::usleep(2000);
  }
  if (!problem.empty()) {
    ::kill(-pid, SIGKILL);
    while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
  }
  if (!problem.empty()) return unavailable(argv[0] + ": " + problem);
  if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
    return unavailable(argv[0] + ": exit status " + std::to_string(WIFEXITED(status) ? WEXITSTATUS(status) : -1));
  return output;
}

}  // namespace cps::machine_translation
