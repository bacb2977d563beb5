// Mentor offers and mentoring requests' rows (see mentoring_repository_sql.hpp).
#include "storage/mentoring_repository_sql.hpp"

#include <map>
#include <stdexcept>

#include "storage/audit_log_sql.hpp"
#include "storage/data_epoch.hpp"
#include "storage/sql_query.hpp"

namespace cps::storage {

namespace {

using namespace cps::mentoring;
using ll = long long;

template <class E, std::size_t N>
E stored(const std::string& text, const EnumName<E> (&names)[N], std::string_view what) {
  auto v = parse_name(text, names);
  // CHECK constraints keep other names out: a row that does not read back is damaged.
  if (!v) throw std::runtime_error("a stored mentoring value does not read back: " + std::string(what) + " = " + text);
  return *v;
}

// Accepted pairs not yet closed: what an offer's capacity counts.
constexpr const char* kOfferColumns =
    "SELECT o.user_id, o.organisation_id, o.capacity, o.availability, o.active, o.updated_at, "
    "(SELECT COUNT(*) FROM mentoring_requests r WHERE r.mentor_id = o.user_id AND r.status = 'accepted') "
    "FROM mentor_offers o";

constexpr const char* kRequestColumns =
    "SELECT id, learner_id, mentor_id, region_code, need, message, status, answer_reason, goals, outcome, "
    "outcome_text, revision, created_at, answered_at, closed_at, updated_at FROM mentoring_requests";

MentoringRequest read_request(const soci::row& row) {
  MentoringRequest r;
  r.id = RequestId(get_int(row, 0));
  r.learner = accounts::UserId(get_int(row, 1));
  r.mentor = accounts::UserId(get_int(row, 2));
  r.need = NeedRef{RegionCode(get_text(row, 3)), get_text(row, 4)};
  r.message = get_text(row, 5);
  r.status = stored(get_text(row, 6), kRequestStatusNames, "request status");
  r.answer_reason = get_text(row, 7);
  r.goals = get_text(row, 8);
  if (auto outcome = get_optional_text(row, 9)) r.outcome = stored(*outcome, kOutcomeResultNames, "outcome");
  r.outcome_text = get_text(row, 10);
  r.revision = int(get_int(row, 11));
  r.created_at = get_int(row, 12);
  r.answered_at = get_int(row, 13);
  r.closed_at = get_int(row, 14);
  r.updated_at = get_int(row, 15);
  return r;
}

class Store final : public MentoringStore {
 public:
  explicit Store(soci::session& s) : s_(s) {}

  Result<std::optional<MentorOffer>> offer(accounts::UserId mentor) override {
    SqlQuery q;
    q.sql(kOfferColumns).sql(" WHERE o.user_id = ").integer(mentor.value());
    auto found = read_offers(q);
    if (found.empty()) return std::optional<MentorOffer>();
    return std::optional(std::move(found.front()));
  }

  Result<std::vector<MentorOffer>> offers() override {
    SqlQuery q;
    q.sql(kOfferColumns).sql(" ORDER BY o.user_id");
    return read_offers(q);
  }

  Status save_offer(const MentorOffer& o) override {
    ll user = o.mentor.value(), organisation = o.organisation.value(), updated = o.updated_at;
    int active = o.active ? 1 : 0;
    s_ << "INSERT INTO mentor_offers (user_id, organisation_id, capacity, availability, active, updated_at) "
          "VALUES (:user, :organisation, :capacity, :availability, :active, :updated) "
          "ON CONFLICT (user_id) DO UPDATE SET organisation_id = excluded.organisation_id, capacity = "
          "excluded.capacity, availability = excluded.availability, active = excluded.active, updated_at = "
          "excluded.updated_at",
        soci::use(user), soci::use(organisation), soci::use(o.capacity), soci::use(o.availability),
        soci::use(active), soci::use(updated);
    s_ << "DELETE FROM mentor_offer_topics WHERE user_id = :user", soci::use(user);
    s_ << "DELETE FROM mentor_offer_languages WHERE user_id = :user", soci::use(user);
    for (std::size_t i = 0; i < o.topics.size(); ++i) {
      int position = int(i);
      s_ << "INSERT INTO mentor_offer_topics (user_id, topic, position) VALUES (:user, :topic, :position)",
          soci::use(user), soci::use(o.topics[i]), soci::use(position);
    }
    for (std::size_t i = 0; i < o.languages.size(); ++i) {
      int position = int(i);
      s_ << "INSERT INTO mentor_offer_languages (user_id, language, position) VALUES (:user, :language, :position)",
          soci::use(user), soci::use(o.languages[i]), soci::use(position);
    }
    return {};
  }

  Result<RequestId> insert_request(const MentoringRequest& r) override {
    ll learner = r.learner.value(), mentor = r.mentor.value(), created = r.created_at, updated = r.updated_at;
    std::string status(to_string(r.status)), region = r.need.region.str();
    int revision = r.revision > 0 ? r.revision : 1;
    ll id = 0;
    s_ << "INSERT INTO mentoring_requests (learner_id, mentor_id, region_code, need, message, status, revision, "
          "created_at, updated_at) VALUES (:learner, :mentor, :region, :need, :message, :status, :revision, "
          ":created, :updated) RETURNING id",
        soci::use(learner), soci::use(mentor), soci::use(region), soci::use(r.need.need), soci::use(r.message),
        soci::use(status), soci::use(revision), soci::use(created), soci::use(updated), soci::into(id);
    return RequestId(id);
  }

  Result<std::optional<MentoringRequest>> request(RequestId id) override {
    std::optional<MentoringRequest> out;
    {
      SqlQuery q;
      q.sql(kRequestColumns).sql(" WHERE id = ").integer(id.value());
      soci::rowset<soci::row> rows = q.rows(s_);
      for (const auto& row : rows) out = read_request(row);
    }
    if (!out) return out;
    ll rid = id.value();
    {
      soci::rowset<soci::row> rows =
          (s_.prepare << "SELECT id, held_on, notes, recorded_by, recorded_at FROM mentoring_meetings "
                         "WHERE request_id = :id ORDER BY held_on, id",
           soci::use(rid));
      for (const auto& row : rows) {
        Meeting m;
        m.id = MeetingId(get_int(row, 0));
        m.held_on = get_text(row, 1);
        m.notes = get_text(row, 2);
        if (auto by = get_optional_int(row, 3)) m.recorded_by = accounts::UserId(*by);
        m.recorded_at = get_int(row, 4);
        out->meetings.push_back(std::move(m));
      }
    }
    {
      soci::rowset<soci::row> rows =
          (s_.prepare << "SELECT side, rating, comment, given_at FROM mentoring_feedback WHERE request_id = :id "
                         "ORDER BY side",
           soci::use(rid));
      for (const auto& row : rows)
        out->feedback.push_back(Feedback{stored(get_text(row, 0), kSideNames, "side"), int(get_int(row, 1)),
                                         get_text(row, 2), get_int(row, 3)});
    }
    return out;
  }

  Result<std::vector<MentoringRequest>> requests(const RequestFilter& f) override {
    SqlQuery q;
    q.sql(kRequestColumns).sql(" WHERE 1 = 1");
    if (f.either && f.learner && f.mentor)
      q.sql(" AND (learner_id = ").integer(f.learner->value()).sql(" OR mentor_id = ").integer(f.mentor->value()).sql(")");
    else {
      if (f.learner) q.sql(" AND learner_id = ").integer(f.learner->value());
      if (f.mentor) q.sql(" AND mentor_id = ").integer(f.mentor->value());
    }
    q.sql(" ORDER BY created_at DESC, id DESC");
    std::vector<MentoringRequest> out;
    soci::rowset<soci::row> rows = q.rows(s_);
    for (const auto& row : rows) out.push_back(read_request(row));
    return out;
  }

  Result<bool> update_request(const MentoringRequest& r, int expected_revision) override {
    std::string status(to_string(r.status)), outcome = r.outcome ? std::string(to_string(*r.outcome)) : "";
    soci::indicator outcome_ind = r.outcome ? soci::i_ok : soci::i_null;
    ll answered = r.answered_at, closed = r.closed_at, updated = r.updated_at, id = r.id.value();
    int next = expected_revision + 1;
    soci::statement st =
        (s_.prepare << "UPDATE mentoring_requests SET status = :status, answer_reason = :reason, goals = :goals, "
                       "outcome = :outcome, outcome_text = :outcome_text, answered_at = :answered, closed_at = "
                       ":closed, updated_at = :updated, revision = :next WHERE id = :id AND revision = :expected",
         soci::use(status), soci::use(r.answer_reason), soci::use(r.goals), soci::use(outcome, outcome_ind),
         soci::use(r.outcome_text), soci::use(answered), soci::use(closed), soci::use(updated), soci::use(next),
         soci::use(id), soci::use(expected_revision));
    st.execute(true);
    return st.get_affected_rows() == 1;
  }

  Result<MeetingId> insert_meeting(RequestId request, const Meeting& m) override {
    ll rid = request.value(), at = m.recorded_at, by = m.recorded_by ? m.recorded_by->value() : 0, id = 0;
    soci::indicator by_ind = m.recorded_by ? soci::i_ok : soci::i_null;
    s_ << "INSERT INTO mentoring_meetings (request_id, held_on, notes, recorded_by, recorded_at) VALUES (:request, "
          ":held_on, :notes, :by, :at) RETURNING id",
        soci::use(rid), soci::use(m.held_on), soci::use(m.notes), soci::use(by, by_ind), soci::use(at), soci::into(id);
    return MeetingId(id);
  }

  Status insert_feedback(RequestId request, const Feedback& f) override {
    ll rid = request.value(), at = f.given_at;
    std::string side(to_string(f.side));
    int exists = 0;
    s_ << "SELECT COUNT(*) FROM mentoring_feedback WHERE request_id = :request AND side = :side", soci::use(rid),
        soci::use(side), soci::into(exists);
    if (exists > 0) return fail(ErrorKind::conflict, "You have given your feedback on this mentoring already.", "rating");
    s_ << "INSERT INTO mentoring_feedback (request_id, side, rating, comment, given_at) VALUES (:request, :side, "
          ":rating, :comment, :at)",
        soci::use(rid), soci::use(side), soci::use(f.rating), soci::use(f.comment), soci::use(at);
    return {};
  }

  Status append_audit(const accounts::AuditRecord& record) override {
    storage::append_audit(s_, record);
    return {};
  }

 private:
  std::vector<MentorOffer> read_offers(SqlQuery& q) {
    std::vector<MentorOffer> out;
    std::map<ll, std::size_t> at;
    {
      soci::rowset<soci::row> rows = q.rows(s_);
      for (const auto& row : rows) {
        MentorOffer o;
        o.mentor = accounts::UserId(get_int(row, 0));
        o.organisation = accounts::OrganisationId(get_int(row, 1));
        o.capacity = int(get_int(row, 2));
        o.availability = get_text(row, 3);
        o.active = get_int(row, 4) != 0;
        o.updated_at = get_int(row, 5);
        o.open_pairs = int(get_int(row, 6));
        at[o.mentor.value()] = out.size();
        out.push_back(std::move(o));
      }
    }
    if (out.empty()) return out;
    std::vector<ll> ids;
    for (const auto& [id, _] : at) ids.push_back(id);
    {
      SqlQuery t;
      t.sql("SELECT user_id, topic FROM mentor_offer_topics WHERE user_id IN ").integers(ids).sql(" ORDER BY user_id, position");
      soci::rowset<soci::row> rows = t.rows(s_);
      for (const auto& row : rows) out[at.at(get_int(row, 0))].topics.push_back(get_text(row, 1));
    }
    {
      SqlQuery l;
      l.sql("SELECT user_id, language FROM mentor_offer_languages WHERE user_id IN ").integers(ids).sql(" ORDER BY user_id, position");
      soci::rowset<soci::row> rows = l.rows(s_);
      for (const auto& row : rows) out[at.at(get_int(row, 0))].languages.push_back(get_text(row, 1));
    }
    return out;
  }

  soci::session& s_;
};

}  // namespace

Status MentoringRepositorySql::transaction(const std::function<Status(mentoring::MentoringStore&)>& work) {
  return store_transaction<Store>(db_, work);
}

Status MentoringRepositorySql::read(const std::function<Status(mentoring::MentoringStore&)>& work) {
  return store_read<Store>(db_, work);
}

}  // namespace cps::storage
