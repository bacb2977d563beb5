// The helpdesk's rows (see helpdesk_repository_sql.hpp).
#include "storage/helpdesk_repository_sql.hpp"

#include <stdexcept>

#include "storage/audit_log_sql.hpp"
#include "storage/data_epoch.hpp"
#include "storage/sql_query.hpp"

namespace cps::storage {

namespace {

using namespace cps::helpdesk;
using ll = long long;

constexpr const char* kQuestionColumns =
    "SELECT q.id, q.region_code, q.need_key, q.area_code, q.question, q.language, q.asker_id, a.display_name, "
    "q.expert_id, COALESCE(e.display_name, ''), q.due_on, q.assignment_note, q.status, q.answer_item_id, "
    "q.answer_note, q.closing_note, q.revision, q.created_at, q.updated_at, q.answered_at, q.closed_at "
    "FROM helpdesk_questions q JOIN users a ON a.id = q.asker_id LEFT JOIN users e ON e.id = q.expert_id";

Question read_question_row(const soci::row& row) {
  Question q;
  q.id = QuestionId(get_int(row, 0));
  q.region = RegionCode(get_text(row, 1));
  q.need = get_text(row, 2);
  q.area = AreaCode(get_text(row, 3));
  q.text = get_text(row, 4);
  q.language = get_text(row, 5);
  q.asker = accounts::UserId(get_int(row, 6));
  q.asker_name = get_text(row, 7);
  if (auto e = get_optional_int(row, 8)) q.expert = accounts::UserId(*e);
  q.expert_name = get_text(row, 9);
  q.due = get_text(row, 10);
  q.assignment_note = get_text(row, 11);
  auto status = parse_name(get_text(row, 12), kQuestionStatusNames);
  if (!status) throw std::runtime_error("a stored question status does not read back: " + get_text(row, 12));
  q.status = *status;
  q.answer_item = get_optional_int(row, 13);
  q.answer_note = get_text(row, 14);
  q.closing_note = get_text(row, 15);
  q.revision = int(get_int(row, 16));
  q.created_at = get_int(row, 17);
  q.updated_at = get_int(row, 18);
  q.answered_at = get_int(row, 19);
  q.closed_at = get_int(row, 20);
  return q;
}

// The values bound for the changing columns, kept alive while the statement runs.
struct Values {
  std::string status;
  ll expert = 0, item = 0, updated = 0, answered = 0, closed = 0;
  soci::indicator expert_ind = soci::i_null, item_ind = soci::i_null;
  explicit Values(const Question& q)
      : status(to_string(q.status)), updated(q.updated_at), answered(q.answered_at), closed(q.closed_at) {
    if (q.expert) {
      expert = q.expert->value();
      expert_ind = soci::i_ok;
    }
    if (q.answer_item) {
      item = *q.answer_item;
      item_ind = soci::i_ok;
    }
  }
};

class Store final : public HelpdeskStore {
 public:
  explicit Store(soci::session& s) : s_(s) {}

  Result<QuestionId> insert_question(const Question& q) override {
    Values v(q);
    std::string region = q.region.str(), area = q.area.str();
    ll asker = q.asker.value(), created = q.created_at;
    int revision = q.revision > 0 ? q.revision : 1;
    ll id = 0;
    s_ << "INSERT INTO helpdesk_questions (region_code, need_key, area_code, question, language, asker_id, "
          "expert_id, due_on, assignment_note, status, answer_item_id, answer_note, closing_note, revision, "
          "created_at, updated_at, answered_at, closed_at) VALUES (:region, :need, :area, :question, :language, "
          ":asker, :expert, :due, :assignment_note, :status, :item, :answer_note, :closing_note, :revision, "
          ":created, :updated, :answered, :closed) RETURNING id",
        soci::use(region), soci::use(q.need), soci::use(area), soci::use(q.text), soci::use(q.language),
        soci::use(asker), soci::use(v.expert, v.expert_ind), soci::use(q.due), soci::use(q.assignment_note),
        soci::use(v.status), soci::use(v.item, v.item_ind), soci::use(q.answer_note), soci::use(q.closing_note),
        soci::use(revision), soci::use(created), soci::use(v.updated), soci::use(v.answered), soci::use(v.closed),
        soci::into(id);
    return QuestionId(id);
  }

  Result<std::optional<Question>> question(QuestionId id) override {
    ll v = id.value();
    std::optional<Question> out;
    soci::rowset<soci::row> rows = (s_.prepare << std::string(kQuestionColumns) + " WHERE q.id = :id", soci::use(v));
    for (const auto& row : rows) out = read_question_row(row);
    return out;
  }

  Result<std::vector<Question>> questions(const QuestionFilter& f) override {
    SqlQuery q;
    q.sql(kQuestionColumns).sql(" WHERE 1 = 1");
    if (f.asker) q.sql(" AND q.asker_id = ").integer(f.asker->value());
    if (f.expert) q.sql(" AND q.expert_id = ").integer(f.expert->value());
    if (!f.areas.empty())
      q.sql(" AND q.area_code IN ").list(f.areas, [](SqlQuery& each, const AreaCode& a) { each.text(a.str()); });
    if (!f.statuses.empty())
      q.sql(" AND q.status IN ").list(f.statuses, [](SqlQuery& each, QuestionStatus s) {
        each.text(std::string(to_string(s)));
      });
    if (f.region) q.sql(" AND q.region_code = ").text(f.region->str());
    q.sql(" ORDER BY q.created_at DESC, q.id DESC");
    std::vector<Question> out;
    soci::rowset<soci::row> rows = q.rows(s_);
    for (const auto& row : rows) out.push_back(read_question_row(row));
    return out;
  }

  Result<bool> update_question(const Question& q, int expected_revision) override {
    Values v(q);
    ll id = q.id.value();
    int expected = expected_revision, next = expected_revision + 1;
    soci::statement st =
        (s_.prepare << "UPDATE helpdesk_questions SET expert_id = :expert, due_on = :due, "
                       "assignment_note = :assignment_note, status = :status, answer_item_id = :item, "
                       "answer_note = :answer_note, closing_note = :closing_note, revision = :next, "
                       "updated_at = :updated, answered_at = :answered, closed_at = :closed "
                       "WHERE id = :id AND revision = :expected",
         soci::use(v.expert, v.expert_ind), soci::use(q.due), soci::use(q.assignment_note), soci::use(v.status),
         soci::use(v.item, v.item_ind), soci::use(q.answer_note), soci::use(q.closing_note), soci::use(next),
         soci::use(v.updated), soci::use(v.answered), soci::use(v.closed), soci::use(id), soci::use(expected));
    st.execute(true);
    return st.get_affected_rows() == 1;
  }

  Result<bool> reminder_sent(const std::string& key) override {
    int n = 0;
    s_ << "SELECT COUNT(*) FROM helpdesk_reminders WHERE reminder_key = :key", soci::use(key), soci::into(n);
    return n > 0;
  }

  Status mark_reminder_sent(const std::string& key, Seconds at) override {
    ll when = at;
    s_ << "INSERT INTO helpdesk_reminders (reminder_key, sent_at) VALUES (:key, :at) "
          "ON CONFLICT (reminder_key) DO NOTHING",
        soci::use(key), soci::use(when);
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

Status HelpdeskRepositorySql::transaction(const std::function<Status(helpdesk::HelpdeskStore&)>& work) {
  return store_transaction<Store>(db_, work);
}

Status HelpdeskRepositorySql::read(const std::function<Status(helpdesk::HelpdeskStore&)>& work) {
  return store_read<Store>(db_, work);
}

}  // namespace cps::storage
