// Accounts: the administration of people — adding and inviting accounts, their roles and
// status, reset links for administrators, the audit log and the directory of people.
#include "domain/accounts/account_service.hpp"

#include <algorithm>

#include "domain/accounts/account_service/internal.hpp"
#include "security/crypto.hpp"

namespace cps::accounts {

using i18n::N_;
using namespace account_parts;

Result<UserId> AccountService::invite(const Principal& who, const InvitationInput& input) {
  if (auto w = require_write(who); !w) return std::unexpected(w.error());
  if (auto r = require(who, Action::invite_user); !r) return std::unexpected(r.error());
  return add_user(who, input, "");
}

// The checks every new account passes: who adds it, its address, name, language and roles.
Result<CheckedInvitation> AccountService::check_new_user(const Principal& who,
                                                         const InvitationInput& input) {
  if (auto r = require(who, Action::invite_user); !r) return std::unexpected(r.error());
  auto person = check_person(input.email, input.display_name, input.ui_language);
  if (!person) return std::unexpected(person.error());
  for (const auto& role : input.roles)
    if (auto r = require(who, Action::grant_role, Target{.role = role}); !r)
      return std::unexpected(r.error());
  return *person;
}

Result<UserId> AccountService::add_user(const Principal& who, const InvitationInput& input,
                                        std::string_view password) {
  auto checked = check_new_user(who, input);
  if (!checked) return std::unexpected(checked.error());
  std::string hash;
  if (!password.empty()) {
    if (auto ok = rules_.check(password, checked->email); !ok) return std::unexpected(ok.error());
    auto h = security::hash_password(password);
    if (!h) return std::unexpected(h.error());
    hash = *h;
  }
  return insert_new_user(who, input, checked->email, checked->display_name, hash);
}

Result<UserId> AccountService::add_user_with_hash(const Principal& who, const InvitationInput& input,
                                                  const std::string& password_hash) {
  if (!password_hash.starts_with("$argon2id$"))
    return fail(ErrorKind::internal, "", {}, "not an Argon2id hash");
  auto checked = check_new_user(who, input);
  if (!checked) return std::unexpected(checked.error());
  return insert_new_user(who, input, checked->email, checked->display_name, password_hash);
}

Result<UserId> AccountService::insert_new_user(const Principal& who, const InvitationInput& input,
                                               const std::string& email, const std::string& name,
                                               const std::string& hash) {
  bool invitation = hash.empty();
  UserId id;
  auto ok = repository_.transaction([&](AccountStore& store) -> Status {
    Seconds now = clock_();
    auto existing = store.user_by_email(email);
    if (!existing) return std::unexpected(existing.error());
    if (*existing)
      return fail(ErrorKind::conflict, "An account with this e-mail address exists already.",
                  "email");
    if (input.organisation) {
      auto o = store.organisation(*input.organisation);
      if (!o) return std::unexpected(o.error());
      if (!*o)
        return fail(ErrorKind::unprocessable, "This organisation does not exist.", "organisation");
    }
    User u;
    u.email = email;
    u.display_name = name;
    u.organisation = input.organisation;
    u.ui_language = input.ui_language;
    u.status = invitation ? UserStatus::invited : UserStatus::active;
    auto inserted = store.insert_user(u, hash, now);
    if (!inserted) return std::unexpected(inserted.error());
    id = *inserted;
    u.id = id;
    if (auto r = store.set_roles(id, input.roles, who.user, now); !r) return r;
    if (invitation)
      if (auto s = send_link(store, u, OneTimePurpose::invitation, who.user, u.email, ""); !s)
        return s;
    std::string roles;
    for (const auto& r : input.roles)
      roles += (roles.empty() ? "" : " ") + std::string(to_string(r.role)) +
               (r.working_group.empty() ? "" : ":" + r.working_group);
    return store.append_audit(audit_record(who, invitation ? "user.invited" : "user.added",
                                           "user:" + std::to_string(id.value()),
                                           u.email + (roles.empty() ? "" : " " + roles)));
  });
  if (!ok) return std::unexpected(ok.error());
  return id;
}

Result<std::string> AccountService::issue_reset_link(const Principal& who, std::string_view email) {
  if (auto r = require(who, Action::manage_users); !r) return std::unexpected(r.error());
  auto normal = normalise_email(email);
  if (!normal) return std::unexpected(normal.error());
  std::string url;
  auto ok = repository_.transaction([&](AccountStore& store) -> Status {
    auto u = store.user_by_email(*normal);
    if (!u) return std::unexpected(u.error());
    if (!*u) return fail(ErrorKind::not_found, "No account has this e-mail address.", "email");
    Seconds now = clock_();
    std::string token = security::random_token();
    OneTimeToken t;
    t.digest = security::token_digest(token);
    t.purpose = (*u)->user.status == UserStatus::invited ? OneTimePurpose::invitation
                                                          : OneTimePurpose::password_reset;
    t.user = (*u)->user.id;
    t.expires_at = now + settings_.reset_ttl;
    if (auto s = store.insert_one_time(t, who.user, now); !s) return s;
    url = link((*u)->user.ui_language,
               t.purpose == OneTimePurpose::invitation ? "invitation" : "password-reset", token);
    return store.append_audit(audit_record(who, "password.reset_issued",
                                           "user:" + std::to_string((*u)->user.id.value())));
  });
  if (!ok) return std::unexpected(ok.error());
  return url;
}

Result<std::vector<User>> AccountService::users(const Principal& who) {
  // Whoever may give roles sees the accounts to give them to.
  if (!allowed(who, Action::manage_users) && grantable_roles(who).empty()) {
    if (!who.signed_in()) return fail(ErrorKind::unauthenticated, "Please sign in first.");
    return fail(ErrorKind::forbidden, "You may not do this.");
  }
  std::vector<User> out;
  auto ok = repository_.read([&](AccountStore& store) -> Status {
    auto u = store.users();
    if (!u) return std::unexpected(u.error());
    out = std::move(*u);
    return {};
  });
  if (!ok) return std::unexpected(ok.error());
  return out;
}

Result<User> AccountService::user(const Principal& who, UserId id) {
  bool may = allowed(who, Action::manage_users) || !grantable_roles(who).empty() ||
             allowed(who, Action::manage_own_account, Target{.user = id});
  if (!may) {
    if (!who.signed_in()) return fail(ErrorKind::unauthenticated, "Please sign in first.");
    return fail(ErrorKind::forbidden, "You may not do this.");
  }
  std::optional<UserCredentials> u;
  auto ok = repository_.read([&](AccountStore& store) -> Status {
    auto r = store.user(id);
    if (!r) return std::unexpected(r.error());
    u = std::move(*r);
    return {};
  });
  if (!ok) return std::unexpected(ok.error());
  if (!u || u->user.status == UserStatus::deleted) return fail(ErrorKind::not_found, "Not found.");
  return u->user;
}

bool AccountService::administers(const Principal& who) const {
  return allowed(who, Action::manage_users) || allowed(who, Action::invite_user) ||
         allowed(who, Action::view_audit_log) || !grantable_roles(who).empty();
}

std::vector<RoleAssignment> AccountService::grantable_roles(const Principal& who) const {
  std::vector<RoleAssignment> out;
  for (Role role : kAllRoles) {
    if (role_has_working_group(role)) {
      for (auto wg : kWorkingGroups)
        if (allowed(who, Action::grant_role, Target{.role = RoleAssignment{role, std::string(wg)}}))
          out.push_back({role, std::string(wg)});
    } else if (allowed(who, Action::grant_role, Target{.role = RoleAssignment{role, ""}})) {
      out.push_back({role, ""});
    }
  }
  return out;
}

Status AccountService::set_roles(const Principal& who, UserId id,
                                 const std::vector<RoleAssignment>& roles) {
  if (auto w = require_write(who); !w) return w;
  return repository_.transaction([&](AccountStore& store) -> Status {
    auto u = store.user(id);
    if (!u) return std::unexpected(u.error());
    if (!*u || (*u)->user.status == UserStatus::deleted)
      return fail(ErrorKind::not_found, "Not found.");
    const auto& before = (*u)->user.roles;
    std::vector<RoleAssignment> added, removed;
    for (const auto& r : roles)
      if (std::find(before.begin(), before.end(), r) == before.end() &&
          std::find(added.begin(), added.end(), r) == added.end())
        added.push_back(r);
    for (const auto& r : before)
      if (std::find(roles.begin(), roles.end(), r) == roles.end()) removed.push_back(r);
    for (const auto* list : {&added, &removed})
      for (const auto& r : *list)
        if (auto ok = require(who, Action::grant_role, Target{.user = id, .role = r}); !ok)
          return ok;
    if (added.empty() && removed.empty()) return {};
    bool drops_admin = std::any_of(removed.begin(), removed.end(),
                                   [](auto& r) { return r.role == Role::platform_admin; });
    if (drops_admin) {
      auto all = store.users();
      if (!all) return std::unexpected(all.error());
      bool other = std::any_of(all->begin(), all->end(), [&](const User& x) {
        return x.id != id && x.status == UserStatus::active &&
               std::any_of(x.roles.begin(), x.roles.end(),
                           [](auto& r) { return r.role == Role::platform_admin; });
      });
      if (!other)
        return fail(ErrorKind::conflict,
                    "The platform must keep at least one administrator; appoint another first.");
    }
    std::vector<RoleAssignment> next = before;
    std::erase_if(next, [&](const RoleAssignment& r) {
      return std::find(removed.begin(), removed.end(), r) != removed.end();
    });
    next.insert(next.end(), added.begin(), added.end());
    if (auto s = store.set_roles(id, next, who.user, clock_()); !s) return s;
    std::string target = "user:" + std::to_string(id.value());
    auto describe = [](const RoleAssignment& r) {
      return std::string(to_string(r.role)) +
             (r.working_group.empty() ? "" : ":" + r.working_group);
    };
    for (const auto& r : added)
      if (auto a = store.append_audit(audit_record(who, "role.granted", target, describe(r))); !a)
        return a;
    for (const auto& r : removed)
      if (auto a = store.append_audit(audit_record(who, "role.revoked", target, describe(r))); !a)
        return a;
    return {};
  });
}

Status AccountService::set_status(const Principal& who, UserId id, UserStatus status) {
  if (auto w = require_write(who); !w) return w;
  if (auto r = require(who, Action::manage_users); !r) return r;
  if (status != UserStatus::active && status != UserStatus::disabled)
    return fail(ErrorKind::unprocessable, "An account can only be enabled or disabled here.",
                "status");
  if (who.user && *who.user == id)
    return fail(ErrorKind::conflict, "You cannot disable your own account.");
  return repository_.transaction([&](AccountStore& store) -> Status {
    auto u = store.user(id);
    if (!u) return std::unexpected(u.error());
    if (!*u || (*u)->user.status == UserStatus::deleted)
      return fail(ErrorKind::not_found, "Not found.");
    if ((*u)->user.status == status) return {};
    if ((*u)->user.status != UserStatus::active && (*u)->user.status != UserStatus::disabled)
      return fail(ErrorKind::conflict, "This account has not been activated yet.");
    if (auto s = store.set_status(id, status, clock_()); !s) return s;
    if (status == UserStatus::disabled)
      if (auto d = store.delete_sessions_of(id); !d) return d;
    return store.append_audit(audit_record(
        who, status == UserStatus::disabled ? "user.disabled" : "user.enabled",
        "user:" + std::to_string(id.value())));
  });
}

Result<std::vector<AuditEntry>> AccountService::audit(const Principal& who,
                                                      const AuditFilter& filter) {
  if (auto r = require(who, Action::view_audit_log); !r) return std::unexpected(r.error());
  std::vector<AuditEntry> out;
  auto ok = repository_.read([&](AccountStore& store) -> Status {
    auto a = store.audit(filter);
    if (!a) return std::unexpected(a.error());
    out = std::move(*a);
    return {};
  });
  if (!ok) return std::unexpected(ok.error());
  return out;
}

Result<std::vector<Person>> AccountService::people(const Principal& who) {
  if (auto r = require(who, Action::view_directory); !r) return std::unexpected(r.error());
  bool contacts = allowed(who, Action::view_member_contacts);
  std::vector<Person> out;
  auto ok = repository_.read([&](AccountStore& store) -> Status {
    auto users = store.users();
    if (!users) return std::unexpected(users.error());
    auto organisations = store.organisations({});
    if (!organisations) return std::unexpected(organisations.error());
    for (auto& u : *users) {
      if (u.status != UserStatus::active) continue;
      Person p;
      p.email_visible = contacts;
      if (!contacts) u.email.clear();
      if (u.organisation)
        for (const auto& o : *organisations)
          if (o.id == *u.organisation) p.organisation = o;
      p.user = std::move(u);
      out.push_back(std::move(p));
    }
    return {};
  });
  if (!ok) return std::unexpected(ok.error());
  return out;
}

}  // namespace cps::accounts
