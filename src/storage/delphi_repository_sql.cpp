// Delphi studies' rows (see delphi_repository_sql.hpp).
#include "storage/delphi_repository_sql.hpp"

#include <stdexcept>

#include "storage/audit_log_sql.hpp"
#include "storage/data_epoch.hpp"
#include "storage/sql_query.hpp"

namespace cps::storage {

namespace {

using namespace cps::foresight;
using ll = long long;

template <class E, std::size_t N>
E stored(const std::string& text, const EnumName<E> (&names)[N], std::string_view what) {
  auto v = parse_name(text, names);
  // CHECK constraints keep other names out: a row that does not read back is damaged.
  if (!v) throw std::runtime_error("a stored Delphi value does not read back: " + std::string(what) + " = " + text);
  return *v;
}

constexpr const char* kStudyColumns =
    "SELECT id, title, description, scale_min, scale_max, iqr_max, agreement_from, agreement_percent, "
    "horizon_iqr_max, stability_percent, max_rounds, horizon_from, horizon_to, organiser_id, revision, created_at, "
    "updated_at FROM delphi_studies";

Study read_study(const soci::row& row) {
  Study s;
  s.id = StudyId(get_int(row, 0));
  s.title = get_text(row, 1);
  s.description = get_text(row, 2);
  s.rules.scale_min = int(get_int(row, 3));
  s.rules.scale_max = int(get_int(row, 4));
  s.rules.iqr_max = get_real(row, 5);
  s.rules.agreement_from = int(get_int(row, 6));
  s.rules.agreement_percent = get_real(row, 7);
  s.rules.horizon_iqr_max = get_real(row, 8);
  s.rules.stability_percent = get_real(row, 9);
  s.rules.max_rounds = int(get_int(row, 10));
  s.rules.horizon_from = int(get_int(row, 11));
  s.rules.horizon_to = int(get_int(row, 12));
  s.organiser = accounts::UserId(get_int(row, 13));
  s.revision = int(get_int(row, 14));
  s.created_at = get_int(row, 15);
  s.updated_at = get_int(row, 16);
  return s;
}

// The study's columns in the order of kStudyColumns from title on, as bound values.
SqlQuery& study_values(SqlQuery& q, const Study& s) {
  const auto& r = s.rules;
  q.text(s.title).sql(", ").text(s.description).sql(", ").integer(r.scale_min).sql(", ").integer(r.scale_max);
  q.sql(", ").real(r.iqr_max).sql(", ").integer(r.agreement_from).sql(", ").real(r.agreement_percent);
  q.sql(", ").real(r.horizon_iqr_max).sql(", ").real(r.stability_percent).sql(", ").integer(r.max_rounds);
  return q.sql(", ").integer(r.horizon_from).sql(", ").integer(r.horizon_to);
}

class Store final : public DelphiStore {
 public:
  explicit Store(soci::session& s) : s_(s) {}

  Result<StudyId> insert_study(const Study& study) override {
    SqlQuery q;
    q.sql("INSERT INTO delphi_studies (title, description, scale_min, scale_max, iqr_max, agreement_from, "
          "agreement_percent, horizon_iqr_max, stability_percent, max_rounds, horizon_from, horizon_to, organiser_id, "
          "revision, created_at, updated_at) VALUES (");
    study_values(q, study).sql(", ").integer(study.organiser.value()).sql(", 1, ").integer(study.created_at);
    q.sql(", ").integer(study.updated_at).sql(") RETURNING id");
    ll id = 0;
    for (const auto& row : q.rows(s_)) id = get_int(row, 0);
    return StudyId(id);
  }

  Result<bool> update_study(const Study& study, int expected_revision) override {
    const auto& r = study.rules;
    SqlQuery q;
    q.sql("UPDATE delphi_studies SET title = ").text(study.title).sql(", description = ").text(study.description);
    q.sql(", scale_min = ").integer(r.scale_min).sql(", scale_max = ").integer(r.scale_max);
    q.sql(", iqr_max = ").real(r.iqr_max).sql(", agreement_from = ").integer(r.agreement_from);
    q.sql(", agreement_percent = ").real(r.agreement_percent).sql(", horizon_iqr_max = ").real(r.horizon_iqr_max);
    q.sql(", stability_percent = ").real(r.stability_percent).sql(", max_rounds = ").integer(r.max_rounds);
    q.sql(", horizon_from = ").integer(r.horizon_from).sql(", horizon_to = ").integer(r.horizon_to);
    q.sql(", updated_at = ").integer(study.updated_at).sql(", revision = revision + 1 WHERE id = ");
    q.integer(study.id.value()).sql(" AND revision = ").integer(expected_revision);
    return q.execute(s_) == 1;
  }

  Result<std::optional<Study>> study(StudyId id) override {
    SqlQuery q;
    q.sql(kStudyColumns).sql(" WHERE id = ").integer(id.value());
    std::optional<Study> out;
    for (const auto& row : q.rows(s_)) out = read_study(row);
    return out;
  }

  Result<std::vector<Study>> studies() override {
    SqlQuery q;
    q.sql(kStudyColumns).sql(" ORDER BY created_at DESC, id DESC");
    std::vector<Study> out;
    for (const auto& row : q.rows(s_)) out.push_back(read_study(row));
    return out;
  }

  Result<StatementId> insert_statement(const Statement& st) override {
    SqlQuery q;
    q.sql("INSERT INTO delphi_statements (study_id, position, kind, text, first_round) VALUES (");
    q.integer(st.study.value()).sql(", ").integer(st.position).sql(", ").text(std::string(to_string(st.kind)));
    q.sql(", ").text(st.text).sql(", ").integer(st.first_round).sql(") RETURNING id");
    ll id = 0;
    for (const auto& row : q.rows(s_)) id = get_int(row, 0);
    return StatementId(id);
  }

  Status update_statement(const Statement& st) override {
    SqlQuery q;
    q.sql("UPDATE delphi_statements SET kind = ").text(std::string(to_string(st.kind))).sql(", text = ").text(st.text);
    q.sql(" WHERE id = ").integer(st.id.value());
    q.execute(s_);
    return {};
  }

  Result<std::vector<Statement>> statements(StudyId study) override {
    SqlQuery q;
    q.sql("SELECT id, study_id, position, kind, text, first_round FROM delphi_statements WHERE study_id = ");
    q.integer(study.value()).sql(" ORDER BY position");
    std::vector<Statement> out;
    for (const auto& row : q.rows(s_)) {
      Statement st;
      st.id = StatementId(get_int(row, 0));
      st.study = StudyId(get_int(row, 1));
      st.position = int(get_int(row, 2));
      st.kind = stored(get_text(row, 3), kStatementKindNames, "statement kind");
      st.text = get_text(row, 4);
      st.first_round = int(get_int(row, 5));
      out.push_back(std::move(st));
    }
    return out;
  }

  Result<bool> has_answers(StatementId statement) override {
    SqlQuery q;
    q.sql("SELECT COUNT(*) FROM delphi_answers WHERE statement_id = ").integer(statement.value());
    ll n = 0;
    for (const auto& row : q.rows(s_)) n = get_int(row, 0);
    return n > 0;
  }

  Status insert_panel_member(StudyId study, const PanelMember& member) override {
    SqlQuery exists;
    exists.sql("SELECT COUNT(*) FROM delphi_panel WHERE study_id = ").integer(study.value());
    exists.sql(" AND user_id = ").integer(member.user.value());
    ll n = 0;
    for (const auto& row : exists.rows(s_)) n = get_int(row, 0);
    if (n > 0) return fail(ErrorKind::conflict, "This person is on the panel already.", "user");
    SqlQuery q;
    q.sql("INSERT INTO delphi_panel (study_id, user_id, area, invited_at) VALUES (").integer(study.value());
    q.sql(", ").integer(member.user.value()).sql(", ").text(member.area).sql(", ").integer(member.invited_at).sql(")");
    q.execute(s_);
    return {};
  }

  Result<std::vector<PanelMember>> panel(StudyId study) override {
    SqlQuery q;
    q.sql("SELECT user_id, area, invited_at FROM delphi_panel WHERE study_id = ").integer(study.value());
    q.sql(" ORDER BY invited_at, user_id");
    std::vector<PanelMember> out;
    for (const auto& row : q.rows(s_)) {
      PanelMember m;
      m.user = accounts::UserId(get_int(row, 0));
      m.area = get_text(row, 1);
      m.invited_at = get_int(row, 2);
      out.push_back(std::move(m));
    }
    return out;
  }

  Status insert_round(const Round& round) override {
    SqlQuery q;
    q.sql("INSERT INTO delphi_rounds (study_id, number, state, opened_at, closes_at, closed_at) VALUES (");
    q.integer(round.study.value()).sql(", ").integer(round.number).sql(", ").text(std::string(to_string(round.state)));
    q.sql(", ").integer(round.opened_at).sql(", ").integer(round.closes_at).sql(", ").integer(round.closed_at).sql(")");
    q.execute(s_);
    for (const auto& st : round.statements) {
      SqlQuery a;
      a.sql("INSERT INTO delphi_round_statements (study_id, number, statement_id) VALUES (");
      a.integer(round.study.value()).sql(", ").integer(round.number).sql(", ").integer(st.value()).sql(")");
      a.execute(s_);
    }
    return {};
  }

  Status close_round(StudyId study, int number, Seconds at) override {
    SqlQuery q;
    q.sql("UPDATE delphi_rounds SET state = 'closed', closed_at = ").integer(at).sql(" WHERE study_id = ");
    q.integer(study.value()).sql(" AND number = ").integer(number);
    q.execute(s_);
    return {};
  }

  Result<std::vector<Round>> rounds(StudyId study) override {
    std::vector<Round> out;
    {
      SqlQuery q;
      q.sql("SELECT number, state, opened_at, closes_at, closed_at FROM delphi_rounds WHERE study_id = ");
      q.integer(study.value()).sql(" ORDER BY number");
      for (const auto& row : q.rows(s_)) {
        Round r;
        r.study = study;
        r.number = int(get_int(row, 0));
        r.state = stored(get_text(row, 1), kRoundStateNames, "round state");
        r.opened_at = get_int(row, 2);
        r.closes_at = get_int(row, 3);
        r.closed_at = get_int(row, 4);
        out.push_back(std::move(r));
      }
    }
    SqlQuery q;
    q.sql("SELECT rs.number, rs.statement_id FROM delphi_round_statements rs JOIN delphi_statements st ON st.id = "
          "rs.statement_id WHERE rs.study_id = ");
    q.integer(study.value()).sql(" ORDER BY rs.number, st.position");
    for (const auto& row : q.rows(s_)) {
      int number = int(get_int(row, 0));
      for (auto& r : out)
        if (r.number == number) r.statements.push_back(StatementId(get_int(row, 1)));
    }
    return out;
  }

  Status insert_participation(StudyId study, int round, accounts::UserId user) override {
    SqlQuery q;
    q.sql("INSERT INTO delphi_participation (study_id, number, user_id) VALUES (").integer(study.value());
    q.sql(", ").integer(round).sql(", ").integer(user.value()).sql(") ON CONFLICT DO NOTHING");
    q.execute(s_);
    return {};
  }

  Result<std::vector<accounts::UserId>> participants(StudyId study, int round) override {
    SqlQuery q;
    q.sql("SELECT user_id FROM delphi_participation WHERE study_id = ").integer(study.value());
    q.sql(" AND number = ").integer(round).sql(" ORDER BY user_id");
    std::vector<accounts::UserId> out;
    for (const auto& row : q.rows(s_)) out.push_back(accounts::UserId(get_int(row, 0)));
    return out;
  }

  Status insert_reminded(StudyId study, int round, accounts::UserId user) override {
    SqlQuery q;
    q.sql("INSERT INTO delphi_reminders (study_id, number, user_id) VALUES (").integer(study.value());
    q.sql(", ").integer(round).sql(", ").integer(user.value()).sql(") ON CONFLICT DO NOTHING");
    q.execute(s_);
    return {};
  }

  Result<std::vector<accounts::UserId>> reminded(StudyId study, int round) override {
    SqlQuery q;
    q.sql("SELECT user_id FROM delphi_reminders WHERE study_id = ").integer(study.value());
    q.sql(" AND number = ").integer(round).sql(" ORDER BY user_id");
    std::vector<accounts::UserId> out;
    for (const auto& row : q.rows(s_)) out.push_back(accounts::UserId(get_int(row, 0)));
    return out;
  }

  Result<std::optional<ScenarioFrame>> scenario_frame(StudyId study) override {
    SqlQuery q;
    q.sql("SELECT x_statement, x_low, x_high, y_statement, y_low, y_high, revision, updated_at "
          "FROM delphi_scenario_frames WHERE study_id = ").integer(study.value());
    std::optional<ScenarioFrame> out;
    for (const auto& row : q.rows(s_)) {
      ScenarioFrame f;
      f.study = study;
      f.x = {StatementId(get_int(row, 0)), get_text(row, 1), get_text(row, 2)};
      f.y = {StatementId(get_int(row, 3)), get_text(row, 4), get_text(row, 5)};
      f.revision = int(get_int(row, 6));
      f.updated_at = get_int(row, 7);
      out = std::move(f);
    }
    if (!out) return out;
    SqlQuery factors;
    factors.sql("SELECT statement_id, role FROM delphi_scenario_factors WHERE study_id = ").integer(study.value());
    factors.sql(" ORDER BY position");
    for (const auto& row : factors.rows(s_))
      (get_text(row, 1) == "driver" ? out->drivers : out->uncertainties).push_back(StatementId(get_int(row, 0)));
    for (auto quadrant : kAllQuadrants) out->scenarios.push_back(Scenario{quadrant, {}, {}, {}});
    SqlQuery scenarios;
    scenarios.sql("SELECT quadrant, title, narrative FROM delphi_scenarios WHERE study_id = ").integer(study.value());
    for (const auto& row : scenarios.rows(s_)) {
      auto quadrant = stored(get_text(row, 0), kQuadrantNames, "quadrant");
      for (auto& sc : out->scenarios)
        if (sc.quadrant == quadrant) {
          sc.title = get_text(row, 1);
          sc.narrative = get_text(row, 2);
        }
    }
    SqlQuery evidence;
    evidence.sql("SELECT quadrant, statement_id FROM delphi_scenario_evidence WHERE study_id = ").integer(study.value());
    evidence.sql(" ORDER BY position");
    for (const auto& row : evidence.rows(s_)) {
      auto quadrant = stored(get_text(row, 0), kQuadrantNames, "quadrant");
      for (auto& sc : out->scenarios)
        if (sc.quadrant == quadrant) sc.statements.push_back(StatementId(get_int(row, 1)));
    }
    return out;
  }

  Result<bool> save_scenario_frame(const ScenarioFrame& f, int expected_revision) override {
    const auto study = f.study.value();
    SqlQuery frame;
    if (expected_revision == 0) {
      frame.sql("INSERT INTO delphi_scenario_frames (study_id, x_statement, x_low, x_high, y_statement, y_low, y_high, "
                "revision, updated_at) VALUES (").integer(study);
      frame.sql(", ").integer(f.x.statement.value()).sql(", ").text(f.x.low).sql(", ").text(f.x.high);
      frame.sql(", ").integer(f.y.statement.value()).sql(", ").text(f.y.low).sql(", ").text(f.y.high);
      frame.sql(", 1, ").integer(f.updated_at).sql(") ON CONFLICT (study_id) DO NOTHING");
    } else {
      frame.sql("UPDATE delphi_scenario_frames SET x_statement = ").integer(f.x.statement.value());
      frame.sql(", x_low = ").text(f.x.low).sql(", x_high = ").text(f.x.high);
      frame.sql(", y_statement = ").integer(f.y.statement.value()).sql(", y_low = ").text(f.y.low);
      frame.sql(", y_high = ").text(f.y.high).sql(", updated_at = ").integer(f.updated_at);
      frame.sql(", revision = revision + 1 WHERE study_id = ").integer(study).sql(" AND revision = ").integer(expected_revision);
    }
    if (frame.execute(s_) != 1) return false;
    for (const char* table : {"delphi_scenario_evidence", "delphi_scenarios", "delphi_scenario_factors"}) {
      SqlQuery clear;
      clear.sql("DELETE FROM ").sql(table).sql(" WHERE study_id = ").integer(study);
      clear.execute(s_);
    }
    int position = 0;
    for (auto [list, role] : {std::pair{&f.drivers, "driver"}, std::pair{&f.uncertainties, "uncertainty"}})
      for (auto id : *list) {
        SqlQuery q;
        q.sql("INSERT INTO delphi_scenario_factors (study_id, statement_id, role, position) VALUES (").integer(study);
        q.sql(", ").integer(id.value()).sql(", ").text(role).sql(", ").integer(++position).sql(")");
        q.execute(s_);
      }
    for (const auto& sc : f.scenarios) {
      std::string quadrant(to_string(sc.quadrant));
      SqlQuery q;
      q.sql("INSERT INTO delphi_scenarios (study_id, quadrant, title, narrative) VALUES (").integer(study);
      q.sql(", ").text(quadrant).sql(", ").text(sc.title).sql(", ").text(sc.narrative).sql(")");
      q.execute(s_);
      int n = 0;
      for (auto id : sc.statements) {
        SqlQuery e;
        e.sql("INSERT INTO delphi_scenario_evidence (study_id, quadrant, statement_id, position) VALUES (").integer(study);
        e.sql(", ").text(quadrant).sql(", ").integer(id.value()).sql(", ").integer(++n).sql(")");
        e.execute(s_);
      }
    }
    return true;
  }

  Status save_answers(StudyId study, int round, const std::string& respondent, const RespondentProfile& profile,
                      const std::vector<Answer>& answers) override {
    SqlQuery clear;
    clear.sql("DELETE FROM delphi_answers WHERE study_id = ").integer(study.value()).sql(" AND number = ");
    clear.integer(round).sql(" AND respondent = ").text(respondent);
    clear.execute(s_);
    for (const auto& a : answers) {
      SqlQuery q;
      q.sql("INSERT INTO delphi_answers (study_id, number, statement_id, respondent, rating, year, never, argument, "
            "reason, expertise) VALUES (");
      q.integer(study.value()).sql(", ").integer(round).sql(", ").integer(a.statement.value()).sql(", ").text(respondent);
      q.sql(", ").optional_integer(a.rating ? std::optional<ll>(*a.rating) : std::nullopt);
      q.sql(", ").optional_integer(a.year ? std::optional<ll>(*a.year) : std::nullopt);
      q.sql(", ").integer(a.never ? 1 : 0).sql(", ").text(a.argument).sql(", ").text(a.reason);
      q.sql(", ").optional_integer(a.expertise ? std::optional<ll>(*a.expertise) : std::nullopt).sql(")");
      q.execute(s_);
    }
    SqlQuery p;
    p.sql("INSERT INTO delphi_respondents (study_id, respondent, country, organisation_type, area) VALUES (");
    p.integer(study.value()).sql(", ").text(respondent).sql(", ").text(profile.country).sql(", ");
    p.text(profile.organisation_type).sql(", ").text(profile.area);
    p.sql(") ON CONFLICT (study_id, respondent) DO UPDATE SET country = excluded.country, organisation_type = "
          "excluded.organisation_type, area = excluded.area");
    p.execute(s_);
    return {};
  }

  Result<std::vector<KeyedAnswer>> answers(StudyId study, int round) override {
    SqlQuery q;
    q.sql("SELECT respondent, statement_id, rating, year, never, argument, reason, expertise FROM delphi_answers "
          "WHERE study_id = ");
    q.integer(study.value()).sql(" AND number = ").integer(round).sql(" ORDER BY statement_id, respondent");
    std::vector<KeyedAnswer> out;
    for (const auto& row : q.rows(s_)) {
      KeyedAnswer k;
      k.respondent = get_text(row, 0);
      k.answer.statement = StatementId(get_int(row, 1));
      if (auto r = get_optional_int(row, 2)) k.answer.rating = int(*r);
      if (auto y = get_optional_int(row, 3)) k.answer.year = int(*y);
      k.answer.never = get_int(row, 4) != 0;
      k.answer.argument = get_text(row, 5);
      k.answer.reason = get_text(row, 6);
      if (auto e = get_optional_int(row, 7)) k.answer.expertise = int(*e);
      out.push_back(std::move(k));
    }
    return out;
  }

  Result<std::map<std::string, RespondentProfile>> profiles(StudyId study) override {
    SqlQuery q;
    q.sql("SELECT respondent, country, organisation_type, area FROM delphi_respondents WHERE study_id = ");
    q.integer(study.value());
    std::map<std::string, RespondentProfile> out;
    for (const auto& row : q.rows(s_))
      out[get_text(row, 0)] = RespondentProfile{get_text(row, 1), get_text(row, 2), get_text(row, 3)};
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

Status DelphiRepositorySql::transaction(const std::function<Status(foresight::DelphiStore&)>& work) {
  return store_transaction<Store>(db_, work);
}

Status DelphiRepositorySql::read(const std::function<Status(foresight::DelphiStore&)>& work) {
  return store_read<Store>(db_, work);
}

}  // namespace cps::storage
