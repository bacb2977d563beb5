// The in-memory account store: each method does what the storage contract asks of the SQL
// one (tests/storage_contract/account_contract_test.cpp), on the maps of a State.
#include "domain/accounts/testing/fake_account_repository.hpp"

#include <algorithm>
#include <limits>
#include <tuple>

namespace cps::accounts {

namespace {

class FakeAccountStore final : public AccountStore {
 public:
  explicit FakeAccountStore(FakeAccountRepository::State& state) : s_(state) {}

  Result<std::vector<Organisation>> organisations(const OrganisationFilter& f) override {
    std::vector<Organisation> out;
    for (const auto& [id, o] : s_.organisations)
      if ((!f.country || o.country == *f.country) && (!f.type || o.type == *f.type) &&
          (!f.role || o.role == *f.role) && (!f.experience || o.experience == *f.experience))
        out.push_back(o);
    std::sort(out.begin(), out.end(), [](const Organisation& a, const Organisation& b) {
      return std::tie(a.country.str(), a.slug) < std::tie(b.country.str(), b.slug);
    });
    return out;
  }

  Result<std::optional<Organisation>> organisation(OrganisationId id) override {
    auto it = s_.organisations.find(id.value());
    if (it == s_.organisations.end()) return std::optional<Organisation>();
    return std::optional<Organisation>(it->second);
  }

  Result<std::optional<Organisation>> organisation_by_slug(std::string_view slug) override {
    for (const auto& [id, o] : s_.organisations)
      if (o.slug == slug) return std::optional<Organisation>(o);
    return std::optional<Organisation>();
  }

  Result<OrganisationId> insert_organisation(const Organisation& o, Seconds now) override {
    for (const auto& [id, other] : s_.organisations)
      if (other.slug == o.slug)
        return fail(ErrorKind::conflict, "Another organisation has this short name.", "slug");
    Organisation stored = o;
    stored.id = OrganisationId(++s_.last_id);
    stored.updated_at = now;
    s_.organisations[stored.id.value()] = stored;
    return stored.id;
  }

  Status update_organisation(const Organisation& o, Seconds now) override {
    auto it = s_.organisations.find(o.id.value());
    if (it == s_.organisations.end()) return {};
    Organisation stored = o;
    stored.slug = it->second.slug;  // the address stays
    stored.updated_at = now;
    it->second = stored;
    return {};
  }

  Result<std::vector<User>> users() override {
    std::vector<User> out;
    for (const auto& [id, u] : s_.users)
      if (u.user.status != UserStatus::deleted) out.push_back(u.user);
    std::sort(out.begin(), out.end(), [](const User& a, const User& b) {
      return std::tie(a.display_name, a.id) < std::tie(b.display_name, b.id);
    });
    return out;
  }

  Result<std::optional<UserCredentials>> user(UserId id) override {
    auto it = s_.users.find(id.value());
    if (it == s_.users.end()) return std::optional<UserCredentials>();
    return std::optional<UserCredentials>(it->second);
  }

  Result<std::optional<UserCredentials>> user_by_email(std::string_view email) override {
    if (email.empty()) return std::optional<UserCredentials>();
    for (const auto& [id, u] : s_.users)
      if (u.user.email == email) return std::optional<UserCredentials>(u);
    return std::optional<UserCredentials>();
  }

  Result<UserId> insert_user(const User& u, const std::string& password_hash, Seconds now) override {
    for (const auto& [id, other] : s_.users)
      if (!u.email.empty() && other.user.email == u.email)
        return fail(ErrorKind::conflict, "An account with this e-mail address exists already.", "email");
    UserCredentials stored;
    stored.user = u;
    stored.user.id = UserId(++s_.last_id);
    stored.user.created_at = now;
    stored.password_hash = password_hash;
    s_.users[stored.user.id.value()] = stored;
    return stored.user.id;
  }

  Status update_profile(const User& u, Seconds) override {
    if (auto* stored = find_user(u.id)) {
      stored->user.display_name = u.display_name;
      stored->user.organisation = u.organisation;
      stored->user.ui_language = u.ui_language;
      stored->user.languages = u.languages;
      stored->user.bio = u.bio;
      stored->user.expertise = u.expertise;
    }
    return {};
  }

  Status set_email(UserId id, const std::string& email, Seconds) override {
    if (auto* stored = find_user(id)) stored->user.email = email;
    return {};
  }

  Status set_password(UserId id, const std::string& hash, Seconds now) override {
    if (auto* stored = find_user(id)) {
      stored->password_hash = hash;
      stored->sessions_valid_after = now;
    }
    return {};
  }

  Status set_status(UserId id, UserStatus status, Seconds) override {
    if (auto* stored = find_user(id)) stored->user.status = status;
    return {};
  }

  Status set_roles(UserId id, const std::vector<RoleAssignment>& roles, std::optional<UserId>,
                   Seconds now) override {
    if (auto* stored = find_user(id)) {
      stored->user.roles = roles;
      stored->privileges_changed_at = now;
    }
    return {};
  }

  Status erase_personal_data(UserId id, Seconds now) override {
    std::erase_if(s_.sessions, [&](const auto& entry) { return entry.second.user == id; });
    std::erase_if(s_.api_tokens, [&](const auto& entry) { return entry.second.token.user == id; });
    std::erase_if(s_.one_time, [&](const auto& entry) { return entry.second.user == id; });
    for (auto& [key, o] : s_.organisations)
      if (o.contact == id) o.contact.reset();
    if (auto* stored = find_user(id)) {
      stored->user.email.clear();
      stored->user.display_name.clear();
      stored->user.organisation.reset();
      stored->user.languages.clear();
      stored->user.bio.clear();
      stored->user.expertise.clear();
      stored->user.roles.clear();
      stored->user.status = UserStatus::deleted;
      stored->password_hash.clear();
      stored->sessions_valid_after = now;
    }
    return {};
  }

  Status insert_session(const SessionRecord& session) override {
    s_.sessions[session.id_digest] = session;
    return {};
  }

  Result<std::optional<SessionRecord>> session(const std::string& id_digest) override {
    auto it = s_.sessions.find(id_digest);
    if (it == s_.sessions.end()) return std::optional<SessionRecord>();
    return std::optional<SessionRecord>(it->second);
  }

  Status touch_session(const std::string& id_digest, Seconds now) override {
    if (auto it = s_.sessions.find(id_digest); it != s_.sessions.end()) it->second.last_seen_at = now;
    return {};
  }

  Status delete_session(const std::string& id_digest) override {
    s_.sessions.erase(id_digest);
    return {};
  }

  Status delete_sessions_of(UserId user) override {
    std::erase_if(s_.sessions, [&](const auto& entry) { return entry.second.user == user; });
    return {};
  }

  Result<std::vector<SessionRecord>> sessions_of(UserId user) override {
    std::vector<SessionRecord> out;
    for (const auto& [digest, session] : s_.sessions)
      if (session.user == user) out.push_back(session);
    std::stable_sort(out.begin(), out.end(),
                     [](const SessionRecord& a, const SessionRecord& b) { return a.created_at < b.created_at; });
    return out;
  }

  Result<ThrottleState> throttle(const std::string& key) override {
    auto it = s_.throttles.find(key);
    if (it == s_.throttles.end()) return ThrottleState{};
    return ThrottleState{it->second.failures, it->second.blocked_until};
  }

  Result<int> record_failure(const std::string& key, Seconds now, Seconds window_start) override {
    auto [it, fresh] = s_.throttles.try_emplace(key);
    auto& t = it->second;
    t.failures = fresh || t.last_failure < window_start ? 1 : t.failures + 1;
    t.last_failure = now;
    return t.failures;
  }

  Status block(const std::string& key, Seconds until) override {
    if (auto it = s_.throttles.find(key); it != s_.throttles.end()) it->second.blocked_until = until;
    return {};
  }

  Status clear_throttle(const std::string& key) override {
    s_.throttles.erase(key);
    return {};
  }

  Status insert_one_time(const OneTimeToken& t, std::optional<UserId>, Seconds) override {
    s_.one_time[t.digest] = t;
    return {};
  }

  Result<std::optional<OneTimeToken>> one_time(const std::string& digest) override {
    auto it = s_.one_time.find(digest);
    if (it == s_.one_time.end()) return std::optional<OneTimeToken>();
    return std::optional<OneTimeToken>(it->second);
  }

  Result<bool> use_one_time(const std::string& digest, Seconds now) override {
    auto it = s_.one_time.find(digest);
    if (it == s_.one_time.end() || it->second.used_at) return false;
    it->second.used_at = now;
    return true;
  }

  Result<TokenId> insert_api_token(const ApiToken& t, const std::string& digest) override {
    FakeAccountRepository::StoredToken stored{t, digest};
    stored.token.id = TokenId(++s_.last_id);
    s_.api_tokens[stored.token.id.value()] = stored;
    return stored.token.id;
  }

  Result<std::vector<ApiToken>> api_tokens_of(UserId user) override {
    std::vector<ApiToken> out;
    for (const auto& [id, stored] : s_.api_tokens)
      if (stored.token.user == user) out.push_back(stored.token);
    std::sort(out.begin(), out.end(), [](const ApiToken& a, const ApiToken& b) {
      return std::tie(a.created_at, a.id) > std::tie(b.created_at, b.id);
    });
    return out;
  }

  Result<std::optional<ApiToken>> api_token_by_digest(const std::string& digest) override {
    for (const auto& [id, stored] : s_.api_tokens)
      if (stored.digest == digest) return std::optional<ApiToken>(stored.token);
    return std::optional<ApiToken>();
  }

  Status touch_api_token(TokenId id, Seconds now) override {
    if (auto it = s_.api_tokens.find(id.value()); it != s_.api_tokens.end()) it->second.token.last_used_at = now;
    return {};
  }

  Status revoke_api_token(TokenId id, Seconds now) override {
    if (auto it = s_.api_tokens.find(id.value()); it != s_.api_tokens.end() && !it->second.token.revoked_at)
      it->second.token.revoked_at = now;
    return {};
  }

  Status append_audit(const AuditRecord& record) override {
    AuditEntry entry;
    static_cast<AuditRecord&>(entry) = record;
    entry.id = ++s_.last_id;
    s_.audit.push_back(std::move(entry));
    return {};
  }

  Result<std::vector<AuditEntry>> audit(const AuditFilter& f) override {
    std::vector<AuditEntry> out;
    for (auto it = s_.audit.rbegin(); it != s_.audit.rend() && out.size() < f.limit; ++it) {
      if (!it->action.starts_with(f.action_prefix)) continue;
      if (f.actor && it->actor != f.actor) continue;
      if (it->at < f.since.value_or(std::numeric_limits<Seconds>::min())) continue;
      if (it->at > f.until.value_or(std::numeric_limits<Seconds>::max())) continue;
      if (f.before_id && it->id >= *f.before_id) continue;
      out.push_back(*it);
    }
    return out;
  }

  Status enqueue_mail(const OutgoingMail& mail, Seconds) override {
    s_.outbox.push_back(mail);
    return {};
  }

 private:
  UserCredentials* find_user(UserId id) {
    auto it = s_.users.find(id.value());
    return it == s_.users.end() ? nullptr : &it->second;
  }

  FakeAccountRepository::State& s_;
};

}  // namespace

Status FakeAccountRepository::transaction(const std::function<Status(AccountStore&)>& work) {
  State copy = state_;
  FakeAccountStore store(copy);
  auto done = work(store);
  if (done) state_ = std::move(copy);
  return done;
}

Status FakeAccountRepository::read(const std::function<Status(AccountStore&)>& work) {
  State copy = state_;
  FakeAccountStore store(copy);
  return work(store);
}

std::vector<OutgoingMail> FakeAccountRepository::mails_to(const std::string& address) const {
  std::vector<OutgoingMail> out;
  for (const auto& mail : state_.outbox)
    if (mail.to == address) out.push_back(mail);
  return out;
}

std::vector<std::string> FakeAccountRepository::audit_actions() const {
  std::vector<std::string> out;
  for (const auto& entry : state_.audit) out.push_back(entry.action);
  return out;
}

}  // namespace cps::accounts
