#include "app/users.hpp"

#include <fmt/format.h>

#include <iostream>

#include "app/application.hpp"
#include "app/services.hpp"

namespace cps::app {

using namespace cps::accounts;

namespace {

int report(const Error& e) {
  return report_input_failure("user", e);
}

Result<std::vector<RoleAssignment>> parse_roles(const std::vector<std::string>& texts) {
  std::vector<RoleAssignment> out;
  for (const auto& t : texts) {
    auto a = AccountService::parse_assignment(t);
    if (!a) return std::unexpected(a.error());
    out.push_back(*a);
  }
  return out;
}

}  // namespace

int run_user_command(const Config& config, const UserCommand& command) {
  auto services = open_services(config);
  if (!services) return report(services.error());
  auto& accounts = (*services)->accounts;
  Principal platform = AccountService::command_line();

  switch (command.kind) {
    case UserCommand::Kind::list: {
      auto users = accounts.users(platform);
      if (!users) return report(users.error());
      for (const auto& u : *users) {
        std::string roles;
        for (const auto& r : u.roles)
          roles += (roles.empty() ? "" : ",") + std::string(to_string(r.role)) +
                   (r.working_group.empty() ? "" : ":" + r.working_group);
        fmt::print("{}\t{}\t{}\t{}\n", u.email, u.display_name, to_string(u.status), roles);
      }
      return 0;
    }
    case UserCommand::Kind::add: {
      auto roles = parse_roles(command.roles);
      if (!roles) return report(roles.error());
      InvitationInput input{command.email, command.name, std::nullopt, *roles, command.language};
      if (!command.organisation.empty()) {
        auto orgs = (*services)->organisations.directory(platform, {});
        if (!orgs) return report(orgs.error());
        auto it = std::find_if(orgs->begin(), orgs->end(),
                               [&](const Organisation& o) { return o.slug == command.organisation; });
        if (it == orgs->end())
          return report(Error{ErrorKind::not_found, "No organisation has this short name.", "organisation"});
        input.organisation = it->id;
      }
      std::string password;
      if (command.password_from_stdin) {
        std::getline(std::cin, password);
        if (password.empty())
          return report(Error{ErrorKind::invalid, "No password on standard input.", "password"});
      }
      auto id = accounts.add_user(platform, input, password);
      if (!id) return report(id.error());
      if (password.empty())
        fmt::print("{} is invited; the invitation e-mail is in the outbox.\n", command.email);
      else
        fmt::print("{} can sign in now.\n", command.email);
      return 0;
    }
    case UserCommand::Kind::set_role: {
      auto roles = parse_roles(command.roles);
      if (!roles) return report(roles.error());
      auto normal = AccountService::normalise_email(command.email);
      if (!normal) return report(normal.error());
      auto users = accounts.users(platform);
      if (!users) return report(users.error());
      auto it = std::find_if(users->begin(), users->end(), [&](const User& u) { return u.email == *normal; });
      if (it == users->end())
        return report(Error{ErrorKind::not_found, "No account has this e-mail address.", "email"});
      if (auto ok = accounts.set_roles(platform, it->id, *roles); !ok) return report(ok.error());
      fmt::print("{} now has {} role(s).\n", *normal, roles->size());
      return 0;
    }
    case UserCommand::Kind::reset_password: {
      auto link = accounts.issue_reset_link(platform, command.email);
      if (!link) return report(link.error());
      fmt::print("{}\n", *link);
      return 0;
    }
  }
  return 2;
}

}  // namespace cps::app
