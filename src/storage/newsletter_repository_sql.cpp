// Newsletter rows (see newsletter_repository_sql.hpp).
#include "storage/newsletter_repository_sql.hpp"

#include <sstream>
#include <stdexcept>

#include "storage/audit_log_sql.hpp"
#include "storage/data_epoch.hpp"

namespace cps::storage {

namespace {

using namespace cps::newsletter;
using ll = long long;

constexpr const char* kSubscriberColumns =
    "SELECT id, email, language, areas, countries, status, created_at, updated_at, confirmed_at, hard_bounces, "
    "soft_bounces, suppressed_at, suppressed_reason FROM newsletter_subscribers";
constexpr const char* kIssueColumns =
    "SELECT i.id, i.language, i.subject, i.body, i.areas, i.countries, i.status, i.author_id, u.display_name, "
    "i.created_at, i.sent_at, i.recipients FROM newsletter_issues i JOIN users u ON u.id = i.author_id";

// Segments are kept as codes separated by single spaces.
std::string joined(const std::vector<std::string>& codes) {
  std::string out;
  for (const auto& c : codes) out += (out.empty() ? "" : " ") + c;
  return out;
}

std::vector<std::string> split(const std::string& text) {
  std::vector<std::string> out;
  std::istringstream in(text);
  for (std::string code; in >> code;) out.push_back(code);
  return out;
}

template <class E, std::size_t N>
E parsed(const std::string& text, const EnumName<E> (&names)[N]) {
  auto value = parse_name(text, names);
  if (!value) throw std::runtime_error("a stored newsletter value does not read back: " + text);
  return *value;
}

Subscriber read_subscriber(const soci::row& row) {
  Subscriber s;
  s.id = SubscriberId(get_int(row, 0));
  s.email = get_text(row, 1);
  s.language = get_text(row, 2);
  s.segment = {split(get_text(row, 3)), split(get_text(row, 4))};
  s.status = parsed(get_text(row, 5), kSubscriberStatusNames);
  s.created_at = get_int(row, 6);
  s.updated_at = get_int(row, 7);
  s.confirmed_at = get_int(row, 8);
  s.hard_bounces = int(get_int(row, 9));
  s.soft_bounces = int(get_int(row, 10));
  s.suppressed_at = get_int(row, 11);
  s.suppressed_reason = get_text(row, 12);
  return s;
}

Issue read_issue_row(const soci::row& row) {
  Issue i;
  i.id = IssueId(get_int(row, 0));
  i.language = get_text(row, 1);
  i.subject = get_text(row, 2);
  i.body = get_text(row, 3);
  i.segment = {split(get_text(row, 4)), split(get_text(row, 5))};
  i.status = parsed(get_text(row, 6), kIssueStatusNames);
  i.author = accounts::UserId(get_int(row, 7));
  i.author_name = get_text(row, 8);
  i.created_at = get_int(row, 9);
  i.sent_at = get_int(row, 10);
  i.recipients = int(get_int(row, 11));
  return i;
}

class Store final : public NewsletterStore {
 public:
  explicit Store(soci::session& s) : s_(s) {}

  Result<SubscriberId> insert_subscriber(const Subscriber& x) override {
    std::string areas = joined(x.segment.areas), countries = joined(x.segment.countries),
                status(to_string(x.status));
    ll created = x.created_at, updated = x.updated_at, id = 0;
    soci::indicator got = soci::i_null;
    // Two requests for one new address may both find it missing; on PostgreSQL the second
    // waits for the first here and then inserts nothing, which the service reads as "exists".
    soci::statement insert =
        (s_.prepare << "INSERT INTO newsletter_subscribers (email, language, areas, countries, status, created_at, "
                       "updated_at) VALUES (:e, :l, :a, :c, :s, :cr, :up) ON CONFLICT (email) DO NOTHING RETURNING id",
         soci::use(x.email), soci::use(x.language), soci::use(areas), soci::use(countries), soci::use(status),
         soci::use(created), soci::use(updated), soci::into(id, got));
    if (!insert.execute(true) || got != soci::i_ok)
      return fail(ErrorKind::conflict, "This address is subscribed already.", "email");
    return SubscriberId(id);
  }

  Result<std::optional<Subscriber>> subscriber(SubscriberId id) override {
    ll v = id.value();
    std::optional<Subscriber> out;
    soci::rowset<soci::row> rows = (s_.prepare << std::string(kSubscriberColumns) + " WHERE id = :id", soci::use(v));
    for (const auto& row : rows) out = read_subscriber(row);
    return out;
  }

  Result<std::optional<Subscriber>> subscriber_by_email(const std::string& email) override {
    std::optional<Subscriber> out;
    soci::rowset<soci::row> rows =
        (s_.prepare << std::string(kSubscriberColumns) + " WHERE email = :e", soci::use(email));
    for (const auto& row : rows) out = read_subscriber(row);
    return out;
  }

  Result<std::vector<Subscriber>> subscribers() override {
    std::vector<Subscriber> out;
    soci::rowset<soci::row> rows = s_.prepare << std::string(kSubscriberColumns) + " ORDER BY id";
    for (const auto& row : rows) out.push_back(read_subscriber(row));
    return out;
  }

  Status update_subscriber(const Subscriber& x) override {
    std::string areas = joined(x.segment.areas), countries = joined(x.segment.countries),
                status(to_string(x.status));
    ll id = x.id.value(), updated = x.updated_at, confirmed = x.confirmed_at, suppressed = x.suppressed_at;
    int hard = x.hard_bounces, soft = x.soft_bounces;
    s_ << "UPDATE newsletter_subscribers SET language = :l, areas = :a, countries = :c, status = :s, "
          "updated_at = :up, confirmed_at = :co, hard_bounces = :h, soft_bounces = :so, suppressed_at = :su, "
          "suppressed_reason = :r WHERE id = :id",
        soci::use(x.language), soci::use(areas), soci::use(countries), soci::use(status), soci::use(updated),
        soci::use(confirmed), soci::use(hard), soci::use(soft), soci::use(suppressed),
        soci::use(x.suppressed_reason), soci::use(id);
    return {};
  }

  Result<std::size_t> delete_unconfirmed(Seconds now) override {
    ll t = now;
    // Links go with their subscriber (ON DELETE CASCADE, and explicitly for SQLite without
    // foreign keys switched on).
    const char* stale =
        "SELECT s.id FROM newsletter_subscribers s WHERE s.status = 'pending' AND NOT EXISTS (SELECT 1 FROM "
        "newsletter_links l WHERE l.subscriber_id = s.id AND l.purpose = 'confirm' AND l.used_at = 0 AND "
        "l.expires_at > :t)";
    std::vector<ll> ids;
    soci::rowset<soci::row> rows = (s_.prepare << stale, soci::use(t));
    for (const auto& row : rows) ids.push_back(get_int(row, 0));
    for (ll id : ids) {
      s_ << "DELETE FROM newsletter_links WHERE subscriber_id = :id", soci::use(id);
      s_ << "DELETE FROM newsletter_subscribers WHERE id = :id", soci::use(id);
    }
    return ids.size();
  }

  Status insert_link(const Link& l) override {
    std::string purpose(name_of(l.purpose, kLinkPurposeNames)), areas = joined(l.segment.areas),
        countries = joined(l.segment.countries);
    ll subscriber = l.subscriber.value(), created = l.created_at, expires = l.expires_at, used = l.used_at;
    s_ << "INSERT INTO newsletter_links (digest, subscriber_id, purpose, language, areas, countries, created_at, "
          "expires_at, used_at) VALUES (:d, :s, :p, :l, :a, :c, :cr, :ex, :us)",
        soci::use(l.digest), soci::use(subscriber), soci::use(purpose), soci::use(l.language), soci::use(areas),
        soci::use(countries), soci::use(created), soci::use(expires), soci::use(used);
    return {};
  }

  Result<std::optional<Link>> link(const std::string& digest) override {
    std::optional<Link> out;
    soci::rowset<soci::row> rows =
        (s_.prepare << "SELECT digest, subscriber_id, purpose, language, areas, countries, created_at, expires_at, "
                       "used_at FROM newsletter_links WHERE digest = :d",
         soci::use(digest));
    for (const auto& row : rows)
      out = Link{get_text(row, 0),
                 SubscriberId(get_int(row, 1)),
                 parsed(get_text(row, 2), kLinkPurposeNames),
                 get_text(row, 3),
                 {split(get_text(row, 4)), split(get_text(row, 5))},
                 get_int(row, 6),
                 get_int(row, 7),
                 get_int(row, 8)};
    return out;
  }

  Status mark_link_used(const std::string& digest, Seconds at) override {
    ll t = at;
    s_ << "UPDATE newsletter_links SET used_at = :t WHERE digest = :d", soci::use(t), soci::use(digest);
    return {};
  }

  Status append_consent(const Consent& c) override {
    ll subscriber = c.subscriber.value(), at = c.at;
    std::string action(to_string(c.action));
    int version = c.wording_version;
    s_ << "INSERT INTO newsletter_consents (subscriber_id, address_digest, action, wording, wording_version, "
          "language, at) VALUES (:s, :d, :a, :w, :v, :l, :t)",
        soci::use(subscriber), soci::use(c.address_digest), soci::use(action), soci::use(c.wording),
        soci::use(version), soci::use(c.language), soci::use(at);
    return {};
  }

  Result<std::vector<Consent>> consents(SubscriberId id) override {
    ll v = id.value();
    std::vector<Consent> out;
    soci::rowset<soci::row> rows =
        (s_.prepare << "SELECT id, subscriber_id, address_digest, action, wording, wording_version, language, at "
                       "FROM newsletter_consents WHERE subscriber_id = :s ORDER BY id",
         soci::use(v));
    for (const auto& row : rows)
      out.push_back(Consent{get_int(row, 0), SubscriberId(get_int(row, 1)), get_text(row, 2),
                            parsed(get_text(row, 3), kConsentActionNames), get_text(row, 4), int(get_int(row, 5)),
                            get_text(row, 6), get_int(row, 7)});
    return out;
  }

  Result<IssueId> insert_issue(const Issue& i) override {
    std::string areas = joined(i.segment.areas), countries = joined(i.segment.countries),
                status(to_string(i.status));
    ll author = i.author.value(), created = i.created_at, sent = i.sent_at, id = 0;
    int recipients = i.recipients;
    s_ << "INSERT INTO newsletter_issues (language, subject, body, areas, countries, status, author_id, created_at, "
          "sent_at, recipients) VALUES (:l, :s, :b, :a, :c, :st, :au, :cr, :se, :r) RETURNING id",
        soci::use(i.language), soci::use(i.subject), soci::use(i.body), soci::use(areas), soci::use(countries),
        soci::use(status), soci::use(author), soci::use(created), soci::use(sent), soci::use(recipients),
        soci::into(id);
    return IssueId(id);
  }

  Result<std::optional<Issue>> issue(IssueId id) override {
    ll v = id.value();
    std::optional<Issue> out;
    soci::rowset<soci::row> rows = (s_.prepare << std::string(kIssueColumns) + " WHERE i.id = :id", soci::use(v));
    for (const auto& row : rows) out = read_issue_row(row);
    return out;
  }

  Result<std::vector<Issue>> issues() override {
    std::vector<Issue> out;
    soci::rowset<soci::row> rows = s_.prepare << std::string(kIssueColumns) + " ORDER BY i.created_at DESC, i.id DESC";
    for (const auto& row : rows) out.push_back(read_issue_row(row));
    return out;
  }

  Result<bool> mark_sent(IssueId id, Seconds at, int recipients) override {
    ll v = id.value(), t = at;
    int r = recipients;
    soci::statement st = (s_.prepare << "UPDATE newsletter_issues SET status = 'sent', sent_at = :t, recipients = :r "
                                        "WHERE id = :id AND status = 'draft'",
                          soci::use(t), soci::use(r), soci::use(v));
    st.execute(true);
    return st.get_affected_rows() == 1;
  }

  Result<bool> update_draft(const Issue& i) override {
    std::string areas = joined(i.segment.areas), countries = joined(i.segment.countries);
    ll v = i.id.value();
    soci::statement st =
        (s_.prepare << "UPDATE newsletter_issues SET language = :l, subject = :s, body = :b, areas = :a, countries = :c "
                       "WHERE id = :id AND status = 'draft'",
         soci::use(i.language), soci::use(i.subject), soci::use(i.body), soci::use(areas), soci::use(countries),
         soci::use(v));
    st.execute(true);
    return st.get_affected_rows() == 1;
  }

  Result<bool> country_exists(const std::string& code) override {
    int n = 0;
    s_ << "SELECT COUNT(*) FROM countries WHERE code = :code", soci::use(code), soci::into(n);
    return n > 0;
  }

  Status queue_mail(const mail::Mail& m, Seconds now) override {
    for (const auto& h : m.headers)
      if (auto ok = mail::check_header(h); !ok) return ok;
    std::string headers = mail::headers_text(m.headers);
    ll t = now;
    s_ << "INSERT INTO outbox (recipient, subject, body, headers, created_at, next_attempt_at) "
          "VALUES (:r, :s, :b, :h, :t1, :t2)",
        soci::use(m.to), soci::use(m.subject), soci::use(m.body), soci::use(headers), soci::use(t), soci::use(t);
    return {};
  }

  Status append_audit(const accounts::AuditRecord& record) override {
    storage::append_audit(s_, record);
    return {};
  }

 private:
  soci::session& s_;
};

}  // namespace

Status NewsletterRepositorySql::transaction(const std::function<Status(newsletter::NewsletterStore&)>& work) {
  return store_transaction<Store>(db_, work);
}

Status NewsletterRepositorySql::read(const std::function<Status(newsletter::NewsletterStore&)>& work) {
  return store_read<Store>(db_, work);
}

}  // namespace cps::storage
