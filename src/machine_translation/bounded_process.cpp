#include "machine_translation/bounded_process.hpp"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/socket.h>
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
  // Standard input is a socket, not a pipe: a write to a child that died is an error
  // (MSG_NOSIGNAL), never a SIGPIPE that would end the server.
  int in_pair[2], out_pipe[2];
  if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, in_pair) != 0)
    return unavailable(std::string("socketpair: ") + std::strerror(errno));
  Fd in_parent{in_pair[0]}, in_child{in_pair[1]};
  if (::pipe2(out_pipe, O_CLOEXEC) != 0) return unavailable(std::string("pipe: ") + std::strerror(errno));
  Fd out_parent{out_pipe[0]}, out_child{out_pipe[1]};

  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_adddup2(&actions, in_child.fd, STDIN_FILENO);
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
  in_child.reset();
  out_child.reset();
  ::fcntl(in_parent.fd, F_SETFL, O_NONBLOCK);
  ::fcntl(out_parent.fd, F_SETFL, O_NONBLOCK);

  auto deadline = Clock::now() + limits.time;
  std::string output;
  std::size_t written = 0;
  std::string problem;
  if (input.empty()) in_parent.reset();
  while (out_parent.fd >= 0) {
    auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now()).count();
    if (left <= 0) {
      problem = "no answer within " + std::to_string(limits.time.count()) + " ms";
      break;
    }
    pollfd fds[2];
    nfds_t n = 0;
    fds[n++] = {out_parent.fd, POLLIN, 0};
    if (in_parent.fd >= 0) fds[n++] = {in_parent.fd, POLLOUT, 0};
    int ready = ::poll(fds, n, int(left));
    if (ready < 0 && errno != EINTR) {
      problem = std::string("poll: ") + std::strerror(errno);
      break;
    }
    if (ready <= 0) continue;
    if (n == 2 && (fds[1].revents & (POLLOUT | POLLERR | POLLHUP))) {
      ssize_t sent = ::send(in_parent.fd, input.data() + written, input.size() - written, MSG_NOSIGNAL);
      if (sent > 0) written += std::size_t(sent);
      if (sent < 0 && errno != EAGAIN && errno != EINTR) {
        problem = std::string("write: ") + std::strerror(errno);
        break;
      }
      if (written == input.size()) in_parent.reset();  // end of input: the program may finish
    }
    if (fds[0].revents & (POLLIN | POLLHUP | POLLERR)) {
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
