#include "storage/account_repository_sql.hpp"

#include "storage/audit_log_sql.hpp"
#include "storage/sql_query.hpp"

#include <map>

namespace cps::storage {

using namespace cps::accounts;
using ll = long long;

namespace {

std::optional<ll> get_optional_int(const soci::row& row, std::size_t column) {
  if (row.get_indicator(column) == soci::i_null) return std::nullopt;
  return get_int(row, column);
}

std::string join(const std::vector<std::string>& parts) {
  std::string out;
  for (const auto& p : parts) out += (out.empty() ? "" : ",") + p;
  return out;
}

std::vector<std::string> split(const std::string& s) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start < s.size()) {
    std::size_t comma = s.find(',', start);
    if (comma == std::string::npos) comma = s.size();
    if (comma > start) out.push_back(s.substr(start, comma - start));
    start = comma + 1;
  }
  return out;
}

constexpr const char* kOrganisationColumns =
    "SELECT id, slug, type, country_code, region_code, website, role, experience, contact_user, "
    "updated_at FROM organisations";

constexpr const char* kUserColumns =
    "SELECT id, email, display_name, organisation_id, ui_language, languages, bio, status, "
    "created_at, password_hash, sessions_valid_after, privileges_changed_at FROM users";

class SqlAccountStore final : public AccountStore {
 public:
  explicit SqlAccountStore(soci::session& s) : s_(s) {}

  Result<std::vector<Organisation>> organisations(const OrganisationFilter& f) override {
    // An empty text filters nothing, as an absent one.
    SqlQuery q;
    q.sql(kOrganisationColumns).sql(" WHERE 1 = 1");
    if (f.country && !f.country->str().empty()) q.sql(" AND country_code = ").text(f.country->str());
    if (f.type && !f.type->empty()) q.sql(" AND type = ").text(*f.type);
    if (f.role) q.sql(" AND role = ").text(std::string(to_string(*f.role)));
    if (f.experience) q.sql(" AND experience = ").text(std::string(to_string(*f.experience)));
    q.sql(" ORDER BY country_code, slug");
    soci::rowset<soci::row> rows = q.rows(s_);
    std::vector<Organisation> out;
    for (const auto& row : rows) out.push_back(read_organisation(row));
    attach_texts(out);
    return out;
  }

  Result<std::optional<Organisation>> organisation(OrganisationId id) override {
    ll v = id.value();
    return one_organisation(std::string(kOrganisationColumns) + " WHERE id = :v", v);
  }

  Result<std::optional<Organisation>> organisation_by_slug(std::string_view slug) override {
    std::string v(slug);
    return one_organisation(std::string(kOrganisationColumns) + " WHERE slug = :v", v);
  }

  Result<OrganisationId> insert_organisation(const Organisation& o, Seconds now) override {
    ll id = 0;
    std::string country = o.country.str(), role(to_string(o.role)),
                experience(to_string(o.experience));
    std::string region = o.region ? o.region->str() : "";
    soci::indicator region_ind = o.region ? soci::i_ok : soci::i_null;
    ll contact = o.contact ? o.contact->value() : 0;
    soci::indicator contact_ind = o.contact ? soci::i_ok : soci::i_null;
    ll t = now;
    s_ << "INSERT INTO organisations (slug, type, country_code, region_code, website, role, "
          "experience, contact_user, created_at, updated_at) VALUES (:slug, :type, :country, "
          ":region, :website, :role, :experience, :contact, :t1, :t2) RETURNING id",
        soci::use(o.slug), soci::use(o.type), soci::use(country), soci::use(region, region_ind),
        soci::use(o.website), soci::use(role), soci::use(experience),
        soci::use(contact, contact_ind), soci::use(t), soci::use(t), soci::into(id);
    write_texts(id, o.texts);
    return OrganisationId(id);
  }

  Status update_organisation(const Organisation& o, Seconds now) override {
    ll id = o.id.value(), t = now;
    std::string country = o.country.str(), role(to_string(o.role)),
                experience(to_string(o.experience));
    std::string region = o.region ? o.region->str() : "";
    soci::indicator region_ind = o.region ? soci::i_ok : soci::i_null;
    ll contact = o.contact ? o.contact->value() : 0;
    soci::indicator contact_ind = o.contact ? soci::i_ok : soci::i_null;
    s_ << "UPDATE organisations SET type = :type, country_code = :country, region_code = :region, "
          "website = :website, role = :role, experience = :experience, contact_user = :contact, "
          "updated_at = :t WHERE id = :id",
        soci::use(o.type), soci::use(country), soci::use(region, region_ind),
        soci::use(o.website), soci::use(role), soci::use(experience),
        soci::use(contact, contact_ind), soci::use(t), soci::use(id);
    s_ << "DELETE FROM organisation_texts WHERE organisation_id = :id", soci::use(id);
    write_texts(id, o.texts);
    return {};
  }

  Result<std::vector<User>> users() override {
    std::vector<User> out;
    soci::rowset<soci::row> rows =
        (s_.prepare << std::string(kUserColumns) +
                           " WHERE status <> 'deleted' ORDER BY display_name, id");
    for (const auto& row : rows) out.push_back(read_credentials(row).user);
    attach_roles(out);
    return out;
  }

  Result<std::optional<UserCredentials>> user(UserId id) override {
    ll v = id.value();
    return one_user(std::string(kUserColumns) + " WHERE id = :v", v);
  }

  Result<std::optional<UserCredentials>> user_by_email(std::string_view email) override {
    std::string v(email);
    return one_user(std::string(kUserColumns) + " WHERE email = :v", v);
  }

  Result<UserId> insert_user(const User& u, const std::string& password_hash,
                             Seconds now) override {
    ll id = 0, t = now;
    ll organisation = u.organisation ? u.organisation->value() : 0;
    soci::indicator organisation_ind = u.organisation ? soci::i_ok : soci::i_null;
    soci::indicator hash_ind = password_hash.empty() ? soci::i_null : soci::i_ok;
    std::string languages = join(u.languages), status(to_string(u.status));
    s_ << "INSERT INTO users (email, display_name, organisation_id, ui_language, languages, bio, "
          "password_hash, status, created_at, updated_at) VALUES (:email, :name, :org, :ui, "
          ":languages, :bio, :hash, :status, :t1, :t2) RETURNING id",
        soci::use(u.email), soci::use(u.display_name), soci::use(organisation, organisation_ind),
        soci::use(u.ui_language), soci::use(languages), soci::use(u.bio),
        soci::use(password_hash, hash_ind), soci::use(status), soci::use(t), soci::use(t),
        soci::into(id);
    write_expertise(id, u.expertise);
    for (const auto& r : u.roles) insert_role(id, r, std::nullopt, now);
    return UserId(id);
  }

  Status update_profile(const User& u, Seconds now) override {
    ll id = u.id.value(), t = now;
    ll organisation = u.organisation ? u.organisation->value() : 0;
    soci::indicator organisation_ind = u.organisation ? soci::i_ok : soci::i_null;
    std::string languages = join(u.languages);
    s_ << "UPDATE users SET display_name = :name, organisation_id = :org, ui_language = :ui, "
          "languages = :languages, bio = :bio, updated_at = :t WHERE id = :id",
        soci::use(u.display_name), soci::use(organisation, organisation_ind),
        soci::use(u.ui_language), soci::use(languages), soci::use(u.bio), soci::use(t),
        soci::use(id);
    s_ << "DELETE FROM user_expertise WHERE user_id = :id", soci::use(id);
    write_expertise(id, u.expertise);
    return {};
  }

  Status set_email(UserId id, const std::string& email, Seconds now) override {
    ll v = id.value(), t = now;
    s_ << "UPDATE users SET email = :email, updated_at = :t WHERE id = :id", soci::use(email),
        soci::use(t), soci::use(v);
    return {};
  }

  Status set_password(UserId id, const std::string& hash, Seconds now) override {
    ll v = id.value(), t = now;
    s_ << "UPDATE users SET password_hash = :hash, sessions_valid_after = :t1, updated_at = :t2 "
          "WHERE id = :id",
        soci::use(hash), soci::use(t), soci::use(t), soci::use(v);
    return {};
  }

  Status set_status(UserId id, UserStatus status, Seconds now) override {
    ll v = id.value(), t = now;
    std::string st(to_string(status));
    s_ << "UPDATE users SET status = :status, updated_at = :t WHERE id = :id", soci::use(st),
        soci::use(t), soci::use(v);
    return {};
  }

  Status set_roles(UserId id, const std::vector<RoleAssignment>& roles,
                   std::optional<UserId> granted_by, Seconds now) override {
    ll v = id.value(), t = now;
    s_ << "DELETE FROM role_assignments WHERE user_id = :id", soci::use(v);
    for (const auto& r : roles) insert_role(v, r, granted_by, now);
    s_ << "UPDATE users SET privileges_changed_at = :t1, updated_at = :t2 WHERE id = :id",
        soci::use(t), soci::use(t), soci::use(v);
    return {};
  }

  Status erase_personal_data(UserId id, Seconds now) override {
    ll v = id.value(), t = now;
    s_ << "DELETE FROM sessions WHERE user_id = :id", soci::use(v);
    s_ << "DELETE FROM api_tokens WHERE user_id = :id", soci::use(v);
    s_ << "DELETE FROM one_time_tokens WHERE user_id = :id", soci::use(v);
    s_ << "DELETE FROM role_assignments WHERE user_id = :id", soci::use(v);
    s_ << "DELETE FROM user_expertise WHERE user_id = :id", soci::use(v);
    s_ << "UPDATE organisations SET contact_user = NULL WHERE contact_user = :id", soci::use(v);
    s_ << "UPDATE users SET email = NULL, display_name = '', organisation_id = NULL, "
          "languages = '', bio = '', password_hash = NULL, status = 'deleted', "
          "sessions_valid_after = :t1, updated_at = :t2 WHERE id = :id",
        soci::use(t), soci::use(t), soci::use(v);
    return {};
  }

  Status insert_session(const SessionRecord& r) override {
    ll user = r.user.value(), created = r.created_at, seen = r.last_seen_at;
    s_ << "INSERT INTO sessions (id_digest, user_id, csrf_token, created_at, last_seen_at, client) "
          "VALUES (:d, :u, :c, :t1, :t2, :client)",
        soci::use(r.id_digest), soci::use(user), soci::use(r.csrf_token), soci::use(created),
        soci::use(seen), soci::use(r.client);
    return {};
  }

  Result<std::optional<SessionRecord>> session(const std::string& id_digest) override {
    soci::rowset<soci::row> rows =
        (s_.prepare << "SELECT id_digest, user_id, csrf_token, created_at, last_seen_at, client "
                       "FROM sessions WHERE id_digest = :d",
         soci::use(id_digest));
    std::optional<SessionRecord> out;
    for (const auto& row : rows) out = read_session(row);
    return out;
  }

  Status touch_session(const std::string& id_digest, Seconds now) override {
    ll t = now;
    s_ << "UPDATE sessions SET last_seen_at = :t WHERE id_digest = :d", soci::use(t),
        soci::use(id_digest);
    return {};
  }

  Status delete_session(const std::string& id_digest) override {
    s_ << "DELETE FROM sessions WHERE id_digest = :d", soci::use(id_digest);
    return {};
  }

  Status delete_sessions_of(UserId user) override {
    ll v = user.value();
    s_ << "DELETE FROM sessions WHERE user_id = :u", soci::use(v);
    return {};
  }

  Result<std::vector<SessionRecord>> sessions_of(UserId user) override {
    ll v = user.value();
    soci::rowset<soci::row> rows =
        (s_.prepare << "SELECT id_digest, user_id, csrf_token, created_at, last_seen_at, client "
                       "FROM sessions WHERE user_id = :u ORDER BY created_at",
         soci::use(v));
    std::vector<SessionRecord> out;
    for (const auto& row : rows) out.push_back(read_session(row));
    return out;
  }

  Result<ThrottleState> throttle(const std::string& key) override {
    soci::rowset<soci::row> rows =
        (s_.prepare << "SELECT failures, blocked_until FROM login_throttle WHERE throttle_key = :k",
         soci::use(key));
    ThrottleState out;
    for (const auto& row : rows) out = {int(get_int(row, 0)), get_int(row, 1)};
    return out;
  }

  Result<int> record_failure(const std::string& key, Seconds now, Seconds window_start) override {
    ll t = now, w = window_start;
    int failures = 0;
    // One statement, so that app servers counting the same key at once do not lose counts.
    s_ << "INSERT INTO login_throttle (throttle_key, failures, last_failure, blocked_until) "
          "VALUES (:k, 1, :t1, 0) ON CONFLICT (throttle_key) DO UPDATE SET "
          "failures = CASE WHEN login_throttle.last_failure < :w THEN 1 "
          "ELSE login_throttle.failures + 1 END, last_failure = :t2 RETURNING failures",
        soci::use(key), soci::use(t), soci::use(w), soci::use(t), soci::into(failures);
    return failures;
  }

  Status block(const std::string& key, Seconds until) override {
    ll u = until;
    s_ << "UPDATE login_throttle SET blocked_until = :u WHERE throttle_key = :k", soci::use(u),
        soci::use(key);
    return {};
  }

  Status clear_throttle(const std::string& key) override {
    s_ << "DELETE FROM login_throttle WHERE throttle_key = :k", soci::use(key);
    return {};
  }

  Status insert_one_time(const OneTimeToken& t, std::optional<UserId> created_by,
                         Seconds now) override {
    ll user = t.user.value(), expires = t.expires_at, created = now;
    ll by = created_by ? created_by->value() : 0;
    soci::indicator by_ind = created_by ? soci::i_ok : soci::i_null;
    std::string purpose(to_string(t.purpose));
    soci::indicator email_ind = t.new_email.empty() ? soci::i_null : soci::i_ok;
    s_ << "INSERT INTO one_time_tokens (digest, purpose, user_id, new_email, created_by, "
          "created_at, expires_at) VALUES (:d, :p, :u, :e, :by, :c, :x)",
        soci::use(t.digest), soci::use(purpose), soci::use(user), soci::use(t.new_email, email_ind),
        soci::use(by, by_ind), soci::use(created), soci::use(expires);
    return {};
  }

  Result<std::optional<OneTimeToken>> one_time(const std::string& digest) override {
    soci::rowset<soci::row> rows =
        (s_.prepare << "SELECT digest, purpose, user_id, new_email, expires_at, used_at "
                       "FROM one_time_tokens WHERE digest = :d",
         soci::use(digest));
    std::optional<OneTimeToken> out;
    for (const auto& row : rows) {
      OneTimeToken t;
      t.digest = get_text(row, 0);
      t.purpose = parse_one_time_purpose(get_text(row, 1)).value_or(OneTimePurpose::invitation);
      t.user = UserId(get_int(row, 2));
      t.new_email = get_text(row, 3);
      t.expires_at = get_int(row, 4);
      t.used_at = get_optional_int(row, 5);
      out = std::move(t);
    }
    return out;
  }

  Result<bool> use_one_time(const std::string& digest, Seconds now) override {
    ll t = now;
    soci::statement st = (s_.prepare << "UPDATE one_time_tokens SET used_at = :t "
                                        "WHERE digest = :d AND used_at IS NULL",
                          soci::use(t), soci::use(digest));
    st.execute(true);
    return st.get_affected_rows() == 1;
  }

  Result<TokenId> insert_api_token(const ApiToken& t, const std::string& digest) override {
    ll id = 0, user = t.user.value(), created = t.created_at;
    std::string scope(to_string(t.scope));
    s_ << "INSERT INTO api_tokens (user_id, name, digest, prefix, scope, created_at) "
          "VALUES (:u, :n, :d, :p, :s, :c) RETURNING id",
        soci::use(user), soci::use(t.name), soci::use(digest), soci::use(t.prefix),
        soci::use(scope), soci::use(created), soci::into(id);
    return TokenId(id);
  }

  Result<std::vector<ApiToken>> api_tokens_of(UserId user) override {
    ll v = user.value();
    soci::rowset<soci::row> rows =
        (s_.prepare << "SELECT id, user_id, name, prefix, scope, created_at, last_used_at, "
                       "revoked_at FROM api_tokens WHERE user_id = :u ORDER BY created_at DESC, id DESC",
         soci::use(v));
    std::vector<ApiToken> out;
    for (const auto& row : rows) out.push_back(read_token(row));
    return out;
  }

  Result<std::optional<ApiToken>> api_token_by_digest(const std::string& digest) override {
    soci::rowset<soci::row> rows =
        (s_.prepare << "SELECT id, user_id, name, prefix, scope, created_at, last_used_at, "
                       "revoked_at FROM api_tokens WHERE digest = :d",
         soci::use(digest));
    std::optional<ApiToken> out;
    for (const auto& row : rows) out = read_token(row);
    return out;
  }

  Status touch_api_token(TokenId id, Seconds now) override {
    ll v = id.value(), t = now;
    s_ << "UPDATE api_tokens SET last_used_at = :t WHERE id = :id", soci::use(t), soci::use(v);
    return {};
  }

  Status revoke_api_token(TokenId id, Seconds now) override {
    ll v = id.value(), t = now;
    s_ << "UPDATE api_tokens SET revoked_at = :t WHERE id = :id AND revoked_at IS NULL",
        soci::use(t), soci::use(v);
    return {};
  }

  Status append_audit(const AuditRecord& r) override {
    storage::append_audit(s_, r);
    return {};
  }

  Result<std::vector<AuditEntry>> audit(const AuditFilter& f) override {
    std::string prefix = f.action_prefix + "%";
    ll actor = f.actor ? f.actor->value() : 0;
    ll since = f.since.value_or(0), until = f.until.value_or(std::numeric_limits<ll>::max());
    ll limit = ll(f.limit);
    ll before = f.before_id.value_or(std::numeric_limits<ll>::max());
    // Newest first; ids grow with time, so "before an id" pages through older entries.
    soci::rowset<soci::row> rows =
        (s_.prepare << "SELECT id, at, actor_id, actor, action, target, detail, client "
                       "FROM audit_log WHERE action LIKE :p AND (:a1 = 0 OR actor_id = :a2) "
                       "AND at >= :since AND at <= :until AND id < :before "
                       "ORDER BY id DESC LIMIT :lim",
         soci::use(prefix), soci::use(actor), soci::use(actor), soci::use(since),
         soci::use(until), soci::use(before), soci::use(limit));
    std::vector<AuditEntry> out;
    for (const auto& row : rows) {
      AuditEntry e;
      e.id = get_int(row, 0);
      e.at = get_int(row, 1);
      if (auto a = get_optional_int(row, 2)) e.actor = UserId(*a);
      e.actor_label = get_text(row, 3);
      e.action = get_text(row, 4);
      e.target = get_text(row, 5);
      e.detail = get_text(row, 6);
      e.client = get_text(row, 7);
      out.push_back(std::move(e));
    }
    return out;
  }

  Status enqueue_mail(const OutgoingMail& mail, Seconds now) override {
    ll t = now;
    s_ << "INSERT INTO outbox (recipient, subject, body, created_at, next_attempt_at) "
          "VALUES (:r, :s, :b, :t1, :t2)",
        soci::use(mail.to), soci::use(mail.subject), soci::use(mail.body), soci::use(t),
        soci::use(t);
    return {};
  }

 private:
  template <class V>
  Result<std::optional<Organisation>> one_organisation(const std::string& sql, V& value) {
    std::vector<Organisation> found;
    soci::rowset<soci::row> rows = (s_.prepare << sql, soci::use(value, "v"));
    for (const auto& row : rows) found.push_back(read_organisation(row));
    attach_texts(found);
    if (found.empty()) return std::optional<Organisation>();
    return std::optional<Organisation>(std::move(found.front()));
  }

  template <class V>
  Result<std::optional<UserCredentials>> one_user(const std::string& sql, V& value) {
    std::optional<UserCredentials> out;
    {
      soci::rowset<soci::row> rows = (s_.prepare << sql, soci::use(value, "v"));
      for (const auto& row : rows) out = read_credentials(row);
    }
    if (out) {
      std::vector<User> one{out->user};
      attach_roles(one);
      out->user = std::move(one.front());
    }
    return out;
  }

  static Organisation read_organisation(const soci::row& row) {
    Organisation o;
    o.id = OrganisationId(get_int(row, 0));
    o.slug = get_text(row, 1);
    o.type = get_text(row, 2);
    o.country = CountryCode(get_text(row, 3));
    if (auto r = get_optional_text(row, 4)) o.region = RegionCode(*r);
    o.website = get_text(row, 5);
    o.role = parse_organisation_role(get_text(row, 6)).value_or(OrganisationRole::external);
    o.experience = parse_experience(get_text(row, 7)).value_or(Experience::learning);
    if (auto c = get_optional_int(row, 8)) o.contact = UserId(*c);
    o.updated_at = get_int(row, 9);
    return o;
  }

  void attach_texts(std::vector<Organisation>& organisations) {
    if (organisations.empty()) return;
    std::map<ll, Organisation*> by_id;
    for (auto& o : organisations) by_id[o.id.value()] = &o;
    soci::rowset<soci::row> rows =
        (s_.prepare << "SELECT organisation_id, lang, name, description FROM organisation_texts "
                       "ORDER BY organisation_id, lang");
    for (const auto& row : rows) {
      auto it = by_id.find(get_int(row, 0));
      if (it == by_id.end()) continue;
      it->second->texts.push_back({get_text(row, 1), get_text(row, 2), get_text(row, 3)});
    }
  }

  void write_texts(ll id, const std::vector<OrganisationText>& texts) {
    for (const auto& t : texts)
      s_ << "INSERT INTO organisation_texts (organisation_id, lang, name, description) "
            "VALUES (:id, :lang, :name, :description)",
          soci::use(id), soci::use(t.lang), soci::use(t.name), soci::use(t.description);
  }

  static UserCredentials read_credentials(const soci::row& row) {
    UserCredentials c;
    User& u = c.user;
    u.id = UserId(get_int(row, 0));
    u.email = get_text(row, 1);
    u.display_name = get_text(row, 2);
    if (auto o = get_optional_int(row, 3)) u.organisation = OrganisationId(*o);
    u.ui_language = get_text(row, 4);
    u.languages = split(get_text(row, 5));
    u.bio = get_text(row, 6);
    u.status = parse_user_status(get_text(row, 7)).value_or(UserStatus::disabled);
    u.created_at = get_int(row, 8);
    c.password_hash = get_text(row, 9);
    c.sessions_valid_after = get_int(row, 10);
    c.privileges_changed_at = get_int(row, 11);
    return c;
  }

  void attach_roles(std::vector<User>& users) {
    if (users.empty()) return;
    std::map<ll, User*> by_id;
    for (auto& u : users) by_id[u.id.value()] = &u;
    {
      soci::rowset<soci::row> rows =
          (s_.prepare << "SELECT user_id, role, scope FROM role_assignments ORDER BY user_id, "
                         "role, scope");
      for (const auto& row : rows) {
        auto it = by_id.find(get_int(row, 0));
        auto role = parse_role(get_text(row, 1));
        if (it == by_id.end() || !role) continue;
        it->second->roles.push_back({*role, get_text(row, 2)});
      }
    }
    soci::rowset<soci::row> rows =
        (s_.prepare << "SELECT user_id, area_code FROM user_expertise ORDER BY user_id, area_code");
    for (const auto& row : rows) {
      auto it = by_id.find(get_int(row, 0));
      if (it != by_id.end()) it->second->expertise.push_back(AreaCode(get_text(row, 1)));
    }
    // Most powerful role first, as the policy lists them.
    for (auto& u : users)
      std::sort(u.roles.begin(), u.roles.end(), [](const auto& a, const auto& b) {
        return std::pair(int(a.role), a.working_group) < std::pair(int(b.role), b.working_group);
      });
  }

  void write_expertise(ll id, const std::vector<AreaCode>& areas) {
    for (const auto& a : areas) {
      std::string code = a.str();
      s_ << "INSERT INTO user_expertise (user_id, area_code) VALUES (:u, :a)", soci::use(id),
          soci::use(code);
    }
  }

  void insert_role(ll id, const RoleAssignment& r, std::optional<UserId> granted_by, Seconds now) {
    std::string role(to_string(r.role));
    ll by = granted_by ? granted_by->value() : 0, t = now;
    soci::indicator by_ind = granted_by ? soci::i_ok : soci::i_null;
    s_ << "INSERT INTO role_assignments (user_id, role, scope, granted_by, granted_at) "
          "VALUES (:u, :r, :s, :by, :t)",
        soci::use(id), soci::use(role), soci::use(r.working_group), soci::use(by, by_ind),
        soci::use(t);
  }

  static SessionRecord read_session(const soci::row& row) {
    return {get_text(row, 0), UserId(get_int(row, 1)), get_text(row, 2), get_int(row, 3),
            get_int(row, 4),  get_text(row, 5)};
  }

  static ApiToken read_token(const soci::row& row) {
    ApiToken t;
    t.id = TokenId(get_int(row, 0));
    t.user = UserId(get_int(row, 1));
    t.name = get_text(row, 2);
    t.prefix = get_text(row, 3);
    t.scope = parse_token_scope(get_text(row, 4)).value_or(TokenScope::read);
    t.created_at = get_int(row, 5);
    t.last_used_at = get_optional_int(row, 6);
    t.revoked_at = get_optional_int(row, 7);
    return t;
  }

  soci::session& s_;
};

}  // namespace

Status SqlAccountRepository::transaction(const std::function<Status(AccountStore&)>& work) {
  return db_.transaction([&](soci::session& s) -> Status {
    SqlAccountStore store(s);
    return work(store);
  });
}

Status SqlAccountRepository::read(const std::function<Status(AccountStore&)>& work) {
  return db_.with_session([&](soci::session& s) -> Status {
    SqlAccountStore store(s);
    return work(store);
  });
}

}  // namespace cps::storage
