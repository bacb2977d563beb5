// `clusterpolisee user …`: people and roles from the command line, acting as the platform.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "app/config.hpp"

namespace cps::app {

struct UserCommand {
  enum class Kind { add, set_role, reset_password, list } kind = Kind::list;
  std::string email;
  std::string name;
  std::string organisation;  // slug
  std::string language = "en";
  std::vector<std::string> roles;
  bool password_from_stdin = false;
};

// Returns the exit code: 0 done, 1 failed, 2 bad input (with a message on standard error).
int run_user_command(const Config& config, const UserCommand& command);

}  // namespace cps::app
