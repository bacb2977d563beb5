// Surveys' rows (see survey_repository_sql.hpp). Questionnaires, texts and answers are JSON
// read back through domain/surveys' readers, so a row that would not read back is refused by
// the same rules as the input that wrote it.
#include "storage/survey_repository_sql.hpp"

#include <stdexcept>

#include "domain/surveys/survey_input.hpp"
#include "storage/audit_log_sql.hpp"
#include "storage/data_epoch.hpp"
#include "storage/sql_query.hpp"

namespace cps::storage {

namespace {

using namespace cps::surveys;
namespace json = boost::json;
using ll = long long;

[[noreturn]] void damaged(std::string_view what, const std::string& value) {
  throw std::runtime_error("a stored survey value does not read back: " + std::string(what) + " = " + value);
}

template <class E, std::size_t N>
E stored(const std::string& text, const EnumName<E> (&names)[N], std::string_view what) {
  auto v = parse_name(text, names);
  // CHECK constraints keep other names out: a row that does not read back is damaged.
  if (!v) damaged(what, text);
  return *v;
}

json::value stored_json(const std::string& text, std::string_view what) {
  boost::system::error_code ec;
  json::value v = json::parse(text, ec);
  if (ec) damaged(what, text);
  return v;
}

Texts stored_texts(const std::string& text, std::string_view what) {
  auto t = read_texts(stored_json(text, what), std::string(what));
  if (!t) damaged(what, text);
  return *t;
}

Definition stored_definition(const std::string& text) {
  auto d = read_definition(stored_json(text, "definition"));
  if (!d) damaged("definition", text);
  return *d;
}

std::optional<ll> event_of(const Survey& s) { return s.event == 0 ? std::nullopt : std::optional<ll>(s.event); }

std::string texts_text(const Texts& t) { return json::serialize(texts_json(t)); }

std::string values_text(const std::vector<std::string>& values) {
  json::array a;
  for (const auto& v : values) a.push_back(json::value(v));
  return json::serialize(a);
}

constexpr const char* kSurveyColumns =
    "SELECT s.id, s.title, s.description, s.audience, s.audience_values, s.anonymity, s.opens_at, s.closes_at, "
    "s.organiser_id, s.version, s.revision, s.created_at, s.updated_at, v.definition, s.event_id FROM surveys s "
    "JOIN survey_versions v ON v.survey_id = s.id AND v.version = s.version";

Survey read_survey_row(const soci::row& row) {
  Survey s;
  s.id = SurveyId(get_int(row, 0));
  s.title = stored_texts(get_text(row, 1), "title");
  s.description = stored_texts(get_text(row, 2), "description");
  s.audience = stored(get_text(row, 3), kAudienceNames, "audience");
  auto values = stored_json(get_text(row, 4), "audience_values");
  if (values.is_array())
    for (const auto& v : values.as_array())
      if (v.is_string()) s.audience_values.emplace_back(v.as_string());
  s.anonymity = stored(get_text(row, 5), kAnonymityNames, "anonymity");
  s.opens_at = get_int(row, 6);
  s.closes_at = get_int(row, 7);
  s.organiser = accounts::UserId(get_int(row, 8));
  s.version = int(get_int(row, 9));
  s.revision = int(get_int(row, 10));
  s.created_at = get_int(row, 11);
  s.updated_at = get_int(row, 12);
  s.definition = stored_definition(get_text(row, 13));
  s.event = get_optional_int(row, 14).value_or(0);
  return s;
}

constexpr const char* kResponseColumns =
    "SELECT survey_id, version, respondent, user_id, state, answers, country, organisation_type, area, submitted_at "
    "FROM survey_responses";

Response read_response(const soci::row& row) {
  Response r;
  r.survey = SurveyId(get_int(row, 0));
  r.version = int(get_int(row, 1));
  r.respondent = get_text(row, 2);
  if (auto user = get_optional_int(row, 3)) r.user = accounts::UserId(*user);
  r.state = stored(get_text(row, 4), kResponseStateNames, "response state");
  auto answers = stored_json(get_text(row, 5), "answers");
  if (!answers.is_object()) damaged("answers", get_text(row, 5));
  r.answers = answers.as_object();
  r.profile = Profile{get_text(row, 6), get_text(row, 7), get_text(row, 8)};
  r.submitted_at = get_int(row, 9);
  return r;
}

class Store final : public SurveyStore {
 public:
  explicit Store(soci::session& s) : s_(s) {}

  Result<SurveyId> insert_survey(const Survey& survey) override {
    SqlQuery q;
    q.sql("INSERT INTO surveys (title, description, audience, audience_values, anonymity, opens_at, closes_at, "
          "organiser_id, version, revision, created_at, updated_at, event_id) VALUES (");
    q.text(texts_text(survey.title)).sql(", ").text(texts_text(survey.description));
    q.sql(", ").text(std::string(to_string(survey.audience))).sql(", ").text(values_text(survey.audience_values));
    q.sql(", ").text(std::string(to_string(survey.anonymity))).sql(", ").integer(survey.opens_at);
    q.sql(", ").integer(survey.closes_at).sql(", ").integer(survey.organiser.value()).sql(", 1, 1, ");
    q.integer(survey.created_at).sql(", ").integer(survey.updated_at).sql(", ").optional_integer(event_of(survey));
    q.sql(") RETURNING id");
    ll id = 0;
    for (const auto& row : q.rows(s_)) id = get_int(row, 0);
    insert_version(SurveyId(id), 1, survey.definition);
    return SurveyId(id);
  }

  Result<bool> update_survey(const Survey& survey, int expected_revision) override {
    SqlQuery q;
    q.sql("UPDATE surveys SET title = ").text(texts_text(survey.title));
    q.sql(", description = ").text(texts_text(survey.description));
    q.sql(", audience = ").text(std::string(to_string(survey.audience)));
    q.sql(", audience_values = ").text(values_text(survey.audience_values));
    q.sql(", anonymity = ").text(std::string(to_string(survey.anonymity)));
    q.sql(", opens_at = ").integer(survey.opens_at).sql(", closes_at = ").integer(survey.closes_at);
    q.sql(", version = ").integer(survey.version).sql(", updated_at = ").integer(survey.updated_at);
    q.sql(", event_id = ").optional_integer(event_of(survey));
    q.sql(", revision = revision + 1 WHERE id = ").integer(survey.id.value());
    q.sql(" AND revision = ").integer(expected_revision);
    // The new version's row first: the survey's row points at it.
    SqlQuery exists;
    exists.sql("SELECT COUNT(*) FROM survey_versions WHERE survey_id = ").integer(survey.id.value());
    exists.sql(" AND version = ").integer(survey.version);
    ll count = 0;
    for (const auto& row : exists.rows(s_)) count = get_int(row, 0);
    if (count == 0) {
      insert_version(survey.id, survey.version, survey.definition);
    } else {
      SqlQuery replace;
      replace.sql("UPDATE survey_versions SET definition = ").text(json::serialize(definition_json(survey.definition)));
      replace.sql(" WHERE survey_id = ").integer(survey.id.value()).sql(" AND version = ").integer(survey.version);
      replace.execute(s_);
    }
    // A stale revision rolls the whole transaction back with the refusal the service gives.
    return q.execute(s_) == 1;
  }

  Result<std::optional<Survey>> survey(SurveyId id) override {
    SqlQuery q;
    q.sql(kSurveyColumns).sql(" WHERE s.id = ").integer(id.value());
    std::optional<Survey> out;
    for (const auto& row : q.rows(s_)) out = read_survey_row(row);
    return out;
  }

  Result<std::vector<Survey>> surveys() override {
    SqlQuery q;
    q.sql(kSurveyColumns).sql(" ORDER BY s.created_at DESC, s.id DESC");
    std::vector<Survey> out;
    for (const auto& row : q.rows(s_)) out.push_back(read_survey_row(row));
    return out;
  }

  Result<std::optional<SurveyId>> event_survey(std::int64_t event) override {
    SqlQuery q;
    q.sql("SELECT id FROM surveys WHERE event_id = ").integer(event).sql(" ORDER BY created_at DESC, id DESC LIMIT 1");
    std::optional<SurveyId> out;
    for (const auto& row : q.rows(s_)) out = SurveyId(get_int(row, 0));
    return out;
  }

  Result<std::optional<Definition>> definition(SurveyId id, int version) override {
    SqlQuery q;
    q.sql("SELECT definition FROM survey_versions WHERE survey_id = ").integer(id.value());
    q.sql(" AND version = ").integer(version);
    std::optional<Definition> out;
    for (const auto& row : q.rows(s_)) out = stored_definition(get_text(row, 0));
    return out;
  }

  Result<std::optional<Response>> response(SurveyId id, const std::string& respondent) override {
    SqlQuery q;
    q.sql(kResponseColumns).sql(" WHERE survey_id = ").integer(id.value()).sql(" AND respondent = ").text(respondent);
    std::optional<Response> out;
    for (const auto& row : q.rows(s_)) out = read_response(row);
    return out;
  }

  Status save_response(const Response& r) override {
    SqlQuery update;
    update.sql("UPDATE survey_responses SET version = ").integer(r.version);
    update.sql(", user_id = ").optional_integer(r.user ? std::optional<ll>(r.user->value()) : std::nullopt);
    update.sql(", state = ").text(std::string(to_string(r.state)));
    update.sql(", answers = ").text(json::serialize(r.answers));
    update.sql(", country = ").text(r.profile.country).sql(", organisation_type = ").text(r.profile.organisation_type);
    update.sql(", area = ").text(r.profile.area).sql(", submitted_at = ").integer(r.submitted_at);
    update.sql(" WHERE survey_id = ").integer(r.survey.value()).sql(" AND respondent = ").text(r.respondent);
    if (update.execute(s_) == 1) return {};
    SqlQuery insert;
    insert.sql("INSERT INTO survey_responses (survey_id, version, respondent, user_id, state, answers, country, "
               "organisation_type, area, submitted_at) VALUES (");
    insert.integer(r.survey.value()).sql(", ").integer(r.version).sql(", ").text(r.respondent).sql(", ");
    insert.optional_integer(r.user ? std::optional<ll>(r.user->value()) : std::nullopt);
    insert.sql(", ").text(std::string(to_string(r.state))).sql(", ").text(json::serialize(r.answers));
    insert.sql(", ").text(r.profile.country).sql(", ").text(r.profile.organisation_type).sql(", ").text(r.profile.area);
    insert.sql(", ").integer(r.submitted_at).sql(")");
    insert.execute(s_);
    return {};
  }

  Result<std::vector<Response>> responses(SurveyId id) override {
    SqlQuery q;
    q.sql(kResponseColumns).sql(" WHERE survey_id = ").integer(id.value()).sql(" ORDER BY id");
    std::vector<Response> out;
    for (const auto& row : q.rows(s_)) out.push_back(read_response(row));
    return out;
  }

  Result<int> response_count(SurveyId id, int version) override {
    SqlQuery q;
    q.sql("SELECT COUNT(*) FROM survey_responses WHERE survey_id = ").integer(id.value());
    q.sql(" AND version = ").integer(version);
    ll n = 0;
    for (const auto& row : q.rows(s_)) n = get_int(row, 0);
    return int(n);
  }

  Status append_audit(const accounts::AuditRecord& record) override {
    storage::append_audit(s_, record);
    return {};
  }

 private:
  void insert_version(SurveyId id, int version, const Definition& d) {
    SqlQuery q;
    q.sql("INSERT INTO survey_versions (survey_id, version, definition) VALUES (").integer(id.value());
    q.sql(", ").integer(version).sql(", ").text(json::serialize(definition_json(d))).sql(")");
    q.execute(s_);
  }

  soci::session& s_;
};

}  // namespace

Status SurveyRepositorySql::transaction(const std::function<Status(surveys::SurveyStore&)>& work) {
  return store_transaction<Store>(db_, work);
}

Status SurveyRepositorySql::read(const std::function<Status(surveys::SurveyStore&)>& work) {
  return store_read<Store>(db_, work);
}

}  // namespace cps::storage
