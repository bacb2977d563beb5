// Feedback and curations' rows (see feedback_repository_sql.hpp).
#include "storage/feedback_repository_sql.hpp"

#include <stdexcept>

#include "storage/audit_log_sql.hpp"
#include "storage/data_epoch.hpp"
#include "storage/sql_query.hpp"

namespace cps::storage {

namespace {

using namespace cps::feedback;
using ll = long long;

template <class E, std::size_t N>
E stored(const std::string& text, const EnumName<E> (&names)[N]) {
  auto v = parse_name(text, names);
  if (!v) throw std::runtime_error("a stored feedback value does not read back: " + text);
  return *v;
}

constexpr const char* kJudgmentColumns =
    "SELECT f.subject, f.subject_key, f.region_code, f.need_key, f.item_id, f.verdict, f.reason, f.user_id, "
    "u.display_name, f.updated_at FROM feedback f JOIN users u ON u.id = f.user_id";

Judgment read_judgment(const soci::row& row) {
  Judgment j;
  j.subject = stored(get_text(row, 0), kSubjectNames);
  j.key = get_text(row, 1);
  if (auto region = get_optional_text(row, 2))
    j.recommendation = RecommendationKey{RegionCode(*region), get_text(row, 3), get_int(row, 4)};
  j.verdict = stored(get_text(row, 5), kVerdictNames);
  j.reason = get_text(row, 6);
  j.user = accounts::UserId(get_int(row, 7));
  j.user_name = get_text(row, 8);
  j.at = get_int(row, 9);
  return j;
}

void count(Tally& t, Verdict v, int n) {
  switch (v) {
    case Verdict::useful: t.useful += n; break;
    case Verdict::not_relevant: t.not_relevant += n; break;
    case Verdict::adopted: t.adopted += n; break;
  }
}

class Store final : public FeedbackStore {
 public:
  explicit Store(soci::session& s) : s_(s) {}

  Status save_judgment(const Judgment& j) override {
    std::string subject(to_string(j.subject)), verdict(to_string(j.verdict)), region, need;
    ll item = 0, user = j.user.value(), at = j.at;
    soci::indicator key_ind = soci::i_null;
    if (j.recommendation) {
      region = j.recommendation->region.str();
      need = j.recommendation->need;
      item = j.recommendation->item;
      key_ind = soci::i_ok;
    }
    s_ << "INSERT INTO feedback (subject, subject_key, user_id, region_code, need_key, item_id, verdict, reason, "
          "created_at, updated_at) VALUES (:subject, :key, :user, :region, :need, :item, :verdict, :reason, :at, :at2) "
          "ON CONFLICT (subject, subject_key, user_id) DO UPDATE SET verdict = excluded.verdict, "
          "reason = excluded.reason, updated_at = excluded.updated_at",
        soci::use(subject), soci::use(j.key), soci::use(user), soci::use(region, key_ind), soci::use(need, key_ind),
        soci::use(item, key_ind), soci::use(verdict), soci::use(j.reason), soci::use(at), soci::use(at);
    return {};
  }

  Result<std::optional<Judgment>> judgment(Subject subject, const std::string& key, accounts::UserId user) override {
    std::string s(to_string(subject));
    ll u = user.value();
    std::optional<Judgment> out;
    soci::rowset<soci::row> rows =
        (s_.prepare << std::string(kJudgmentColumns) +
                           " WHERE f.subject = :subject AND f.subject_key = :key AND f.user_id = :user",
         soci::use(s), soci::use(key), soci::use(u));
    for (const auto& row : rows) out = read_judgment(row);
    return out;
  }

  Result<Tally> tally(Subject subject, const std::string& key) override {
    std::string s(to_string(subject));
    Tally t;
    soci::rowset<soci::row> rows = (s_.prepare << "SELECT verdict, COUNT(*) FROM feedback WHERE subject = :subject "
                                                  "AND subject_key = :key GROUP BY verdict",
                                    soci::use(s), soci::use(key));
    for (const auto& row : rows) count(t, stored(get_text(row, 0), kVerdictNames), int(get_int(row, 1)));
    return t;
  }

  Result<std::vector<FeedbackTally>> tallies(const RegionCode& region) override {
    std::string code = region.str();
    std::vector<FeedbackTally> out;
    soci::rowset<soci::row> rows =
        (s_.prepare << "SELECT need_key, item_id, verdict, COUNT(*) FROM feedback WHERE subject = 'recommendation' "
                       "AND region_code = :region GROUP BY need_key, item_id, verdict ORDER BY need_key, item_id",
         soci::use(code));
    for (const auto& row : rows) {
      RecommendationKey key{region, get_text(row, 0), get_int(row, 1)};
      if (out.empty() || !(out.back().key == key)) out.push_back(FeedbackTally{key});
      Tally t;
      count(t, stored(get_text(row, 2), kVerdictNames), int(get_int(row, 3)));
      out.back().useful += t.useful;
      out.back().not_relevant += t.not_relevant;
      out.back().adopted += t.adopted;
    }
    return out;
  }

  Result<std::vector<Judgment>> judgments(std::optional<accounts::UserId> user) override {
    SqlQuery q;
    q.sql(kJudgmentColumns);
    if (user) q.sql(" WHERE f.user_id = ").integer(user->value());
    q.sql(" ORDER BY f.updated_at, f.subject, f.subject_key, f.user_id");
    std::vector<Judgment> out;
    soci::rowset<soci::row> rows = q.rows(s_);
    for (const auto& row : rows) out.push_back(read_judgment(row));
    return out;
  }

  Status save_curation(const Curation& c, accounts::UserId curator) override {
    std::string region = c.key.region.str();
    ll item = c.key.item, by = curator.value(), at = c.at;
    int pinned = c.pinned ? 1 : 0, hidden = c.hidden ? 1 : 0;
    s_ << "INSERT INTO recommendation_curations (region_code, need_key, item_id, pinned, hidden, note, curator_id, "
          "curated_at) VALUES (:region, :need, :item, :pinned, :hidden, :note, :by, :at) "
          "ON CONFLICT (region_code, need_key, item_id) DO UPDATE SET pinned = excluded.pinned, "
          "hidden = excluded.hidden, note = excluded.note, curator_id = excluded.curator_id, "
          "curated_at = excluded.curated_at",
        soci::use(region), soci::use(c.key.need), soci::use(item), soci::use(pinned), soci::use(hidden),
        soci::use(c.note), soci::use(by), soci::use(at);
    return {};
  }

  Status delete_curation(const RecommendationKey& key) override {
    std::string region = key.region.str();
    ll item = key.item;
    s_ << "DELETE FROM recommendation_curations WHERE region_code = :region AND need_key = :need AND item_id = :item",
        soci::use(region), soci::use(key.need), soci::use(item);
    return {};
  }

  Result<std::vector<Curation>> curations(const std::optional<RegionCode>& region) override {
    SqlQuery q;
    q.sql("SELECT c.region_code, c.need_key, c.item_id, c.pinned, c.hidden, c.note, COALESCE(u.display_name, ''), "
          "c.curated_at FROM recommendation_curations c LEFT JOIN users u ON u.id = c.curator_id");
    if (region) q.sql(" WHERE c.region_code = ").text(region->str());
    q.sql(" ORDER BY c.region_code, c.need_key, c.item_id");
    std::vector<Curation> out;
    soci::rowset<soci::row> rows = q.rows(s_);
    for (const auto& row : rows)
      out.push_back(Curation{RecommendationKey{RegionCode(get_text(row, 0)), get_text(row, 1), get_int(row, 2)},
                             get_int(row, 3) != 0, get_int(row, 4) != 0, get_text(row, 5), get_text(row, 6),
                             get_int(row, 7)});
    return out;
  }

  Status append_audit(const accounts::AuditRecord& record) override {
    storage::append_audit(s_, record);
    return {};
  }

 private:
  soci::session& s_;
};

}  // namespace

Status FeedbackRepositorySql::transaction(const std::function<Status(feedback::FeedbackStore&)>& work) {
  return store_transaction<Store>(db_, work);
}

Status FeedbackRepositorySql::read(const std::function<Status(feedback::FeedbackStore&)>& work) {
  return store_read<Store>(db_, work);
}

}  // namespace cps::storage
