// Accounts: what every use case of AccountService shares — construction, parsing typed
// addresses and roles, audit records, one-time links and their e-mails, new sessions. The use
// cases themselves are in account_service/, one file per part of an account.
#include "domain/accounts/account_service.hpp"

#include <fmt/format.h>

#include <chrono>

#include "core/text.hpp"
#include "domain/accounts/account_service/internal.hpp"
#include "security/crypto.hpp"

namespace cps::accounts {

using i18n::N_;

Seconds system_clock_seconds() {
  return std::chrono::duration_cast<std::chrono::seconds>(
             std::chrono::system_clock::now().time_since_epoch())
      .count();
}

namespace account_parts {

std::string account_key(std::string_view email) {
  return "account:" + text::to_lower_ascii(text::trim(email));
}

i18n::Language language_of(const User& u) {
  return i18n::parse_language(u.ui_language).value_or(i18n::Language::en);
}

std::string replace_all(std::string s, std::string_view from, std::string_view to) {
  for (std::size_t pos = 0; (pos = s.find(from, pos)) != std::string::npos; pos += to.size())
    s.replace(pos, from.size(), to);
  return s;
}

Principal principal_of(const User& u, Principal::Via via, std::string_view client) {
  Principal p;
  p.via = via;
  p.user = u.id;
  p.label = u.email;
  p.display_name = u.display_name;
  p.organisation = u.organisation;
  p.roles = u.roles;
  p.client = std::string(client);
  return p;
}

Status require_write(const Principal& who) {
  if (who.via == Principal::Via::api_token && who.token_scope != TokenScope::write)
    return fail(ErrorKind::forbidden, "This API token may only read.");
  return {};
}

Status require_browser(const Principal& who) {
  if (!who.signed_in()) return fail(ErrorKind::unauthenticated, "Please sign in first.");
  if (who.via != Principal::Via::session)
    return fail(ErrorKind::forbidden, "Only a signed-in browser may do this, not an API token.");
  return {};
}

Status require(const Principal& who, Action action, const Target& target) {
  if (allowed(who, action, target)) return {};
  if (!who.signed_in()) return fail(ErrorKind::unauthenticated, "Please sign in first.");
  return fail(ErrorKind::forbidden, "You may not do this.");
}

Result<std::string> checked_text(std::string_view raw, std::string_view field, std::size_t min,
                                 std::size_t max, const char* message) {
  std::string value = text::trim(raw);
  if (!text::is_valid_utf8(value) || text::has_control_characters(value))
    return fail(ErrorKind::unprocessable, "The text contains characters that are not allowed.",
                std::string(field));
  std::size_t n = text::utf8_length(value);
  if (n < min || n > max) return fail(ErrorKind::unprocessable, message, std::string(field));
  return value;
}

Result<CheckedInvitation> check_person(std::string_view email, std::string_view display_name,
                                       std::string_view ui_language) {
  auto address = AccountService::normalise_email(email);
  if (!address) return std::unexpected(address.error());
  auto name = checked_text(display_name, "display_name", 1, 120,
                           N_("The name must have between 1 and 120 characters."));
  if (!name) return std::unexpected(name.error());
  if (!i18n::parse_language(ui_language))
    return fail(ErrorKind::unprocessable, "Choose one of the languages of the interface.",
                "ui_language");
  return CheckedInvitation{*address, *name};
}

}  // namespace account_parts

using namespace account_parts;

AccountService::AccountService(AccountRepository& repository, const security::PasswordRules& rules,
                               const i18n::Catalogue& catalogue, AccountSettings settings,
                               Clock clock)
    : repository_(repository),
      rules_(rules),
      catalogue_(catalogue),
      settings_(std::move(settings)),
      clock_(std::move(clock)) {}

Result<std::string> AccountService::normalise_email(std::string_view email) {
  std::string e = text::to_lower_ascii(text::trim(email));
  auto at = e.find('@');
  bool ok = e.size() >= 3 && e.size() <= 254 && at != std::string::npos && at > 0 && at <= 64 &&
            e.find('@', at + 1) == std::string::npos &&
            e.find('.', at + 2) != std::string::npos && e.back() != '.' &&
            text::is_valid_utf8(e);
  for (unsigned char c : e)
    if (c <= ' ' || c == '"' || c == '<' || c == '>' || c == ',' || c == ';' || c == '(' ||
        c == ')' || c == '\\' || c == 0x7F)
      ok = false;
  if (!ok) return fail(ErrorKind::unprocessable, "Enter a valid e-mail address.", "email");
  return e;
}

Result<RoleAssignment> AccountService::parse_assignment(std::string_view text) {
  auto colon = text.find(':');
  auto role = parse_role(text.substr(0, colon));
  if (!role) return fail(ErrorKind::unprocessable, "This role does not exist.", "role");
  std::string group = colon == std::string_view::npos ? "" : std::string(text.substr(colon + 1));
  if (role_has_working_group(*role) != !group.empty() ||
      (!group.empty() && !is_working_group(group)))
    return fail(ErrorKind::unprocessable,
                "Working-group roles need a working group (WG1 to WG6); other roles take none.",
                "role");
  return RoleAssignment{*role, group};
}

Principal AccountService::command_line() {
  Principal p;
  p.label = "command line";
  p.roles = {{Role::platform_admin, ""}};
  return p;
}

AuditRecord AccountService::audit_record(const Principal& who, std::string action,
                                         std::string target, std::string detail) const {
  AuditRecord r;
  r.actor = who.user;
  r.actor_label = who.label.empty() ? (who.signed_in() ? "" : "anonymous") : who.label;
  r.action = std::move(action);
  r.target = std::move(target);
  r.detail = std::move(detail);
  r.client = who.client;
  r.at = clock_();
  return r;
}

std::string AccountService::link(std::string_view language, std::string_view path,
                                 std::string_view token) const {
  std::string base = settings_.public_url;
  while (!base.empty() && base.back() == '/') base.pop_back();
  return fmt::format("{}/{}/{}?token={}", base, language, path, token);
}

// Sends the e-mail with a one-time link of this purpose; `address` is where it goes.
Status AccountService::send_link(AccountStore& store, const User& user, OneTimePurpose purpose,
                                 std::optional<UserId> created_by, const std::string& address,
                                 const std::string& new_email) {
  Seconds now = clock_();
  std::string token = security::random_token();
  OneTimeToken t;
  t.digest = security::token_digest(token);
  t.purpose = purpose;
  t.user = user.id;
  t.new_email = new_email;
  const char* subject = nullptr;
  const char* body = nullptr;
  std::string path;
  switch (purpose) {
    case OneTimePurpose::invitation:
      t.expires_at = now + settings_.invitation_ttl;
      path = "invitation";
      subject = N_("You are invited to ClusterPoliSEE");
      body = N_("Hello {name},\n\nyou are invited to join ClusterPoliSEE, the platform for mutual "
                "policy learning on regional cluster policies in South East Europe.\n\nOpen this "
                "link within seven days to choose your password:\n\n{link}\n\nIf you did not "
                "expect this invitation, you can ignore this message.");
      break;
    case OneTimePurpose::password_reset:
      t.expires_at = now + settings_.reset_ttl;
      path = "password-reset";
      subject = N_("Choose a new ClusterPoliSEE password");
      body = N_("Hello {name},\n\nsomebody, hopefully you, asked to reset the password of your "
                "ClusterPoliSEE account. Open this link within one hour to choose a new "
                "password:\n\n{link}\n\nIf you did not ask for this, ignore this message; your "
                "password stays as it is.");
      break;
    case OneTimePurpose::email_verification:
      t.expires_at = now + settings_.verification_ttl;
      path = "verify-email";
      subject = N_("Confirm your e-mail address for ClusterPoliSEE");
      body = N_("Hello {name},\n\nplease confirm that this is your e-mail address by opening this "
                "link within two days:\n\n{link}\n\nIf you did not register, ignore this "
                "message.");
      break;
    case OneTimePurpose::email_change:
      t.expires_at = now + settings_.verification_ttl;
      path = "confirm-email";
      subject = N_("Confirm your new e-mail address for ClusterPoliSEE");
      body = N_("Hello {name},\n\nplease confirm that you want to use this e-mail address for "
                "your ClusterPoliSEE account by opening this link within two days:\n\n{link}\n\n"
                "If you did not ask for this, ignore this message.");
      break;
  }
  if (auto ok = store.insert_one_time(t, created_by, now); !ok) return ok;
  i18n::Language lang = language_of(user);
  std::string text = catalogue_.translate(lang, body);
  text = replace_all(text, "{name}", user.display_name);
  text = replace_all(text, "{link}", link(i18n::code(lang), path, token));
  return store.enqueue_mail({address, catalogue_.translate(lang, subject), text}, now);
}

Status AccountService::mail_user(AccountStore& store, const User& user, const std::string& address,
                                 const char* subject, const char* body, Seconds now) const {
  i18n::Language lang = language_of(user);
  std::string text = replace_all(catalogue_.translate(lang, body), "{name}", user.display_name);
  return store.enqueue_mail({address, catalogue_.translate(lang, subject), text}, now);
}

Result<SignedIn> AccountService::start_session(AccountStore& store, const UserCredentials& user,
                                               std::string_view client) {
  Seconds now = clock_();
  SignedIn out;
  out.session_token = security::random_token();
  out.csrf_token = security::random_token();
  out.user = user.user;
  SessionRecord r{security::token_digest(out.session_token), user.user.id, out.csrf_token, now,
                  now, std::string(client)};
  if (auto ok = store.insert_session(r); !ok) return std::unexpected(ok.error());
  return out;
}

Result<UserCredentials> AccountService::consume_link(AccountStore& store, std::string_view token,
                                                     OneTimePurpose purpose) {
  Seconds now = clock_();
  if (token.size() != 43) return fail(ErrorKind::not_found, kBadLink, "token");
  std::string digest = security::token_digest(token);
  auto t = store.one_time(digest);
  if (!t) return std::unexpected(t.error());
  if (!*t || (*t)->purpose != purpose || (*t)->used_at || (*t)->expires_at < now)
    return fail(ErrorKind::not_found, kBadLink, "token");
  auto used = store.use_one_time(digest, now);
  if (!used) return std::unexpected(used.error());
  if (!*used) return fail(ErrorKind::not_found, kBadLink, "token");
  auto u = store.user((*t)->user);
  if (!u) return std::unexpected(u.error());
  if (!*u || (*u)->user.status == UserStatus::deleted)
    return fail(ErrorKind::not_found, kBadLink, "token");
  if (purpose == OneTimePurpose::email_change) (*u)->user.email = (*t)->new_email;
  return std::move(**u);
}

}  // namespace cps::accounts
