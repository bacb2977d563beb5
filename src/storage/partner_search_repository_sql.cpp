// The partner-search store on one open session (see partner_search_repository_sql.hpp).
#include "storage/partner_search_repository_sql.hpp"

#include <map>

#include "domain/matchmaking/partner_search/criteria_input.hpp"
#include "storage/audit_log_sql.hpp"
#include "storage/sql_query.hpp"

namespace cps::storage {

namespace {

using namespace cps::partner_search;
using ll = long long;

constexpr const char* kInterestColumns =
    "SELECT id, sender_id, sender_name, sender_organisation_id, sender_organisation_name, from_profile_id, "
    "to_profile_id, to_organisation_name, about_id, about_title, message, sent_at FROM partner_interests";

Interest read_interest(const soci::row& row) {
  Interest i;
  i.id = InterestId(get_int(row, 0));
  i.sender = accounts::UserId(get_int(row, 1));
  i.sender_name = get_text(row, 2);
  if (auto o = get_optional_int(row, 3)) i.sender_organisation = accounts::OrganisationId(*o);
  i.sender_organisation_name = get_text(row, 4);
  if (auto p = get_optional_int(row, 5)) i.from_profile = ProfileId(*p);
  i.to_profile = ProfileId(get_int(row, 6));
  i.to_organisation_name = get_text(row, 7);
  if (auto a = get_optional_int(row, 8)) i.about = OfferNeedId(*a);
  i.about_title = get_text(row, 9);
  i.message = get_text(row, 10);
  i.sent_at = get_int(row, 11);
  return i;
}

constexpr const char* kSavedColumns =
    "SELECT id, owner_id, name, division, category, words, country_code, region_code, kind, with_profile, alerts, "
    "created_at, checked_at FROM partner_saved_searches";

SavedSearch read_saved(const soci::row& row) {
  SavedSearch s;
  s.id = SavedSearchId(get_int(row, 0));
  s.owner = accounts::UserId(get_int(row, 1));
  s.name = get_text(row, 2);
  std::map<std::string, std::string, std::less<>> fields{
      {"sector", get_text(row, 3)}, {"category", get_text(row, 4)}, {"q", get_text(row, 5)},
      {"country", get_text(row, 6)}, {"region", get_text(row, 7)}, {"kind", get_text(row, 8)},
      {"mine", get_text(row, 9)}};
  // The criteria were checked when saved; they read back through the one reader.
  auto criteria = read_criteria([&](std::string_view name) {
    auto it = fields.find(name);
    return it == fields.end() ? std::string() : it->second;
  });
  if (!criteria) throw std::runtime_error("a stored saved search does not read back: " + criteria.error().field);
  s.criteria = std::move(*criteria);
  auto alerts = parse_name(get_text(row, 10), kAlertsNames);
  if (!alerts) throw std::runtime_error("a stored saved search's alerts do not read back");
  s.alerts = *alerts;
  s.created_at = get_int(row, 11);
  s.checked_at = get_int(row, 12);
  return s;
}

class Store final : public PartnerSearchStore {
 public:
  explicit Store(soci::session& s) : s_(s) {}

  Result<InterestId> insert_interest(const Interest& i) override {
    ll sender = i.sender.value(), to = i.to_profile.value(), at = i.sent_at;
    ll organisation = i.sender_organisation ? i.sender_organisation->value() : 0;
    ll from = i.from_profile ? i.from_profile->value() : 0;
    ll about = i.about ? i.about->value() : 0;
    soci::indicator organisation_ind = i.sender_organisation ? soci::i_ok : soci::i_null;
    soci::indicator from_ind = i.from_profile ? soci::i_ok : soci::i_null;
    soci::indicator about_ind = i.about ? soci::i_ok : soci::i_null;
    ll id = 0;
    s_ << "INSERT INTO partner_interests (sender_id, sender_name, sender_organisation_id, sender_organisation_name, "
          "from_profile_id, to_profile_id, to_organisation_name, about_id, about_title, message, sent_at) VALUES "
          "(:sender, :sender_name, :organisation, :organisation_name, :from_profile, :to_profile, :to_name, :about, "
          ":about_title, :message, :at) RETURNING id",
        soci::use(sender), soci::use(i.sender_name), soci::use(organisation, organisation_ind),
        soci::use(i.sender_organisation_name), soci::use(from, from_ind), soci::use(to),
        soci::use(i.to_organisation_name), soci::use(about, about_ind), soci::use(i.about_title),
        soci::use(i.message), soci::use(at), soci::into(id);
    return InterestId(id);
  }

  Result<std::size_t> interests_since(accounts::UserId sender, ProfileId profile, Seconds since) override {
    ll u = sender.value(), p = profile.value(), t = since, n = 0;
    s_ << "SELECT COUNT(*) FROM partner_interests WHERE sender_id = :u AND to_profile_id = :p AND sent_at > :t",
        soci::use(u), soci::use(p), soci::use(t), soci::into(n);
    return std::size_t(n);
  }

  Result<std::vector<Interest>> interests_sent(accounts::UserId sender) override {
    SqlQuery q;
    q.sql(kInterestColumns).sql(" WHERE sender_id = ").integer(sender.value()).sql(" ORDER BY sent_at DESC, id DESC");
    return interests(q);
  }

  Result<std::vector<Interest>> interests_received(const std::vector<ProfileId>& profiles) override {
    if (profiles.empty()) return std::vector<Interest>{};
    SqlQuery q;
    q.sql(kInterestColumns).sql(" WHERE to_profile_id IN ").list(profiles, [](SqlQuery& each, ProfileId p) {
      each.integer(p.value());
    });
    q.sql(" ORDER BY sent_at DESC, id DESC");
    return interests(q);
  }

  Result<SavedSearchId> insert_saved_search(const SavedSearch& search) override {
    ll owner = search.owner.value(), created = search.created_at, checked = search.checked_at, id = 0;
    std::map<std::string, std::string> f;
    for (auto& [name, value] : criteria_fields(search.criteria)) f[name] = value;
    std::string mine(to_string(search.criteria.with_profile)), alerts(to_string(search.alerts));
    s_ << "INSERT INTO partner_saved_searches (owner_id, name, division, category, words, country_code, region_code, "
          "kind, with_profile, alerts, created_at, checked_at) VALUES (:owner, :name, :division, :category, :words, "
          ":country, :region, :kind, :mine, :alerts, :created, :checked) RETURNING id",
        soci::use(owner), soci::use(search.name), soci::use(f["sector"]), soci::use(f["category"]),
        soci::use(f["q"]), soci::use(f["country"]), soci::use(f["region"]), soci::use(f["kind"]), soci::use(mine),
        soci::use(alerts), soci::use(created), soci::use(checked), soci::into(id);
    if (auto ok = add_known(id, search.known); !ok) return std::unexpected(ok.error());
    return SavedSearchId(id);
  }

  Result<std::vector<SavedSearch>> saved_searches(std::optional<accounts::UserId> owner) override {
    SqlQuery q;
    q.sql(kSavedColumns);
    if (owner) q.sql(" WHERE owner_id = ").integer(owner->value());
    q.sql(" ORDER BY id");
    return saved(q);
  }

  Result<std::optional<SavedSearch>> saved_search(SavedSearchId id) override {
    SqlQuery q;
    q.sql(kSavedColumns).sql(" WHERE id = ").integer(id.value());
    auto found = saved(q);
    if (!found) return std::unexpected(found.error());
    if (found->empty()) return std::optional<SavedSearch>();
    return std::optional<SavedSearch>(std::move(found->front()));
  }

  Result<bool> delete_saved_search(SavedSearchId id) override {
    ll v = id.value();
    // Its known matches go with it (ON DELETE CASCADE).
    soci::statement st = (s_.prepare << "DELETE FROM partner_saved_searches WHERE id = :id", soci::use(v));
    st.execute(true);
    return st.get_affected_rows() > 0;
  }

  Status mark_checked(SavedSearchId id, Seconds at, const std::vector<std::string>& found) override {
    ll v = id.value(), t = at;
    s_ << "UPDATE partner_saved_searches SET checked_at = :t WHERE id = :id", soci::use(t), soci::use(v);
    return add_known(v, found);
  }

  Status enqueue_mail(const accounts::OutgoingMail& mail, Seconds now) override {
    ll t = now;
    s_ << "INSERT INTO outbox (recipient, subject, body, created_at, next_attempt_at) VALUES (:r, :s, :b, :t1, :t2)",
        soci::use(mail.to), soci::use(mail.subject), soci::use(mail.body), soci::use(t), soci::use(t);
    return {};
  }

  Status append_audit(const accounts::AuditRecord& record) override {
    storage::append_audit(s_, record);
    return {};
  }

 private:
  Result<std::vector<Interest>> interests(SqlQuery& q) {
    std::vector<Interest> out;
    soci::rowset<soci::row> rows = q.rows(s_);
    for (const auto& row : rows) out.push_back(read_interest(row));
    return out;
  }

  Result<std::vector<SavedSearch>> saved(SqlQuery& q) {
    std::vector<SavedSearch> out;
    {
      soci::rowset<soci::row> rows = q.rows(s_);
      for (const auto& row : rows) out.push_back(read_saved(row));
    }
    if (out.empty()) return out;
    std::map<ll, SavedSearch*> by_id;
    std::vector<ll> ids;
    for (auto& s : out) {
      by_id[s.id.value()] = &s;
      ids.push_back(s.id.value());
    }
    SqlQuery k;
    k.sql("SELECT saved_search_id, found FROM partner_search_known WHERE saved_search_id IN ")
        .integers(ids)
        .sql(" ORDER BY saved_search_id, found");
    soci::rowset<soci::row> rows = k.rows(s_);
    for (const auto& row : rows) by_id[get_int(row, 0)]->known.push_back(get_text(row, 1));
    return out;
  }

  // Adds what is not known yet.
  Status add_known(ll id, const std::vector<std::string>& found) {
    for (const auto& f : found) {
      ll n = 0;
      s_ << "SELECT COUNT(*) FROM partner_search_known WHERE saved_search_id = :id AND found = :f", soci::use(id),
          soci::use(f), soci::into(n);
      if (n == 0)
        s_ << "INSERT INTO partner_search_known (saved_search_id, found) VALUES (:id, :f)", soci::use(id), soci::use(f);
    }
    return {};
  }

  soci::session& s_;
};

}  // namespace

Status PartnerSearchRepositorySql::transaction(const std::function<Status(PartnerSearchStore&)>& work) {
  return db_.transaction([&](soci::session& s) -> Status {
    Store store(s);
    return work(store);
  });
}

Status PartnerSearchRepositorySql::read(const std::function<Status(PartnerSearchStore&)>& work) {
  return db_.with_session([&](soci::session& s) -> Status {
    Store store(s);
    return work(store);
  });
}

}  // namespace cps::storage
