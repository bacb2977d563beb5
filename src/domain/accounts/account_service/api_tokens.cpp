// Accounts: the API tokens a person makes for programs, lists and revokes.
#include "domain/accounts/account_service.hpp"

#include <algorithm>

#include "domain/accounts/account_service/internal.hpp"
#include "security/crypto.hpp"

namespace cps::accounts {

using i18n::N_;
using namespace account_parts;

namespace {

constexpr std::size_t kMaxTokensPerUser = 20;

}  // namespace

Result<CreatedToken> AccountService::create_api_token(const Principal& who, std::string_view name,
                                                      std::string_view scope) {
  if (auto b = require_browser(who); !b) return std::unexpected(b.error());
  auto label = checked_text(name, "name", 1, 80,
                            N_("The name must have between 1 and 80 characters."));
  if (!label) return std::unexpected(label.error());
  auto parsed_scope = parse_token_scope(scope);
  if (!parsed_scope)
    return fail(ErrorKind::unprocessable, "Choose read or write access.", "scope");
  CreatedToken out;
  auto ok = repository_.transaction([&](AccountStore& store) -> Status {
    auto existing = store.api_tokens_of(*who.user);
    if (!existing) return std::unexpected(existing.error());
    std::size_t active = std::count_if(existing->begin(), existing->end(),
                                       [](const ApiToken& t) { return !t.revoked_at; });
    if (active >= kMaxTokensPerUser)
      return fail(ErrorKind::conflict, "You have 20 active tokens; revoke one first.");
    out.secret = "cps_" + security::random_token();
    out.token.user = *who.user;
    out.token.name = *label;
    out.token.prefix = out.secret.substr(0, 10);
    out.token.scope = *parsed_scope;
    out.token.created_at = clock_();
    auto id = store.insert_api_token(out.token, security::token_digest(out.secret));
    if (!id) return std::unexpected(id.error());
    out.token.id = *id;
    return store.append_audit(audit_record(who, "token.created",
                                           "token:" + std::to_string(id->value()),
                                           std::string(to_string(*parsed_scope))));
  });
  if (!ok) return std::unexpected(ok.error());
  return out;
}

Result<std::vector<ApiToken>> AccountService::api_tokens(const Principal& who) {
  if (auto r = require(who, Action::manage_own_account, Target{.user = who.user}); !r)
    return std::unexpected(r.error());
  std::vector<ApiToken> out;
  auto ok = repository_.read([&](AccountStore& store) -> Status {
    auto t = store.api_tokens_of(*who.user);
    if (!t) return std::unexpected(t.error());
    out = std::move(*t);
    return {};
  });
  if (!ok) return std::unexpected(ok.error());
  return out;
}

Status AccountService::revoke_api_token(const Principal& who, TokenId id) {
  if (auto w = require_write(who); !w) return w;
  if (auto r = require(who, Action::manage_own_account, Target{.user = who.user}); !r) return r;
  return repository_.transaction([&](AccountStore& store) -> Status {
    auto tokens = store.api_tokens_of(*who.user);
    if (!tokens) return std::unexpected(tokens.error());
    // Somebody else's token is as good as none: 404, not 403.
    auto it = std::find_if(tokens->begin(), tokens->end(),
                           [&](const ApiToken& t) { return t.id == id; });
    if (it == tokens->end()) return fail(ErrorKind::not_found, "Not found.");
    if (it->revoked_at) return {};
    if (auto r = store.revoke_api_token(id, clock_()); !r) return r;
    return store.append_audit(
        audit_record(who, "token.revoked", "token:" + std::to_string(id.value())));
  });
}

}  // namespace cps::accounts
