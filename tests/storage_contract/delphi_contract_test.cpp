// Delphi studies on both databases: a study comes back with its rules and an optimistic
// update; statements by position; the panel once per person; rounds with their statements and
// one open round at most; participation by person; answers by respondent key replaced whole,
// with their profiles; reminders once per person and round; scenario frames saved whole as
// revisions; and a failed transaction leaving nothing behind.
#include <gtest/gtest.h>

#include "backend.hpp"
#include "storage/delphi_repository_sql.hpp"

namespace cps::test {

using namespace cps::foresight;

namespace {

const accounts::UserId kOrganiser(1), kAna(2), kBora(3);

PanelMember member(accounts::UserId user, std::string area, Seconds invited_at) {
  PanelMember m;
  m.user = user;
  m.area = std::move(area);
  m.invited_at = invited_at;
  return m;
}

class DelphiContract : public ::testing::Test {
 protected:
  void SetUp() override {
    database_ = migrated_database();
    if (!database_) GTEST_SKIP() << "this backend is not available on the machine";
    repository_ = std::make_unique<storage::DelphiRepositorySql>(database_->db());
    auto seeded = database_->db().transaction([](soci::session& s) {
      s << "INSERT INTO users (id, display_name, status, created_at, updated_at) VALUES "
           "(1, 'Organiser', 'active', 0, 0), (2, 'Ana', 'active', 0, 0), (3, 'Bora', 'active', 0, 0)";
    });
    ASSERT_TRUE(seeded) << seeded.error().detail;
  }

  void write(const std::function<Status(DelphiStore&)>& work) {
    auto done = repository_->transaction(work);
    ASSERT_TRUE(done) << done.error().message << " " << done.error().detail;
  }

  template <class F>
  auto read(F ask) {
    std::invoke_result_t<F, DelphiStore&> out;
    auto done = repository_->read([&](DelphiStore& s) -> Status {
      out = ask(s);
      return {};
    });
    EXPECT_TRUE(done) << (done ? "" : done.error().detail);
    EXPECT_TRUE(out) << (out ? "" : out.error().message + " " + out.error().detail);
    return out;
  }

  // A study with a rating and a time-horizon statement, Ana and Bora invited, round 1 open.
  StudyId study_with_round() {
    StudyId id;
    write([&](DelphiStore& s) -> Status {
      Study study;
      study.title = "Grupuri 2035 — Κλάστερ";
      study.rules.iqr_max = 1.5;
      study.rules.agreement_percent = 75;
      study.organiser = kOrganiser;
      study.created_at = study.updated_at = 100;
      auto inserted = s.insert_study(study);
      if (!inserted) return std::unexpected(inserted.error());
      id = *inserted;
      for (auto [kind, text] : {std::pair{StatementKind::desirability, "Clusters share labs."},
                                std::pair{StatementKind::time_horizon, "Every region has a policy."}}) {
        Statement st;
        st.study = id;
        st.kind = kind;
        st.text = text;
        st.position = kind == StatementKind::desirability ? 1 : 2;
        st.first_round = 1;
        auto added = s.insert_statement(st);
        if (!added) return std::unexpected(added.error());
        statements_.push_back(*added);
      }
      for (auto user : {kAna, kBora})
        if (auto ok = s.insert_panel_member(id, member(user, "WG1", 110)); !ok) return ok;
      return s.insert_round(Round{id, 1, RoundState::open, 120, 0, 0, statements_});
    });
    return id;
  }

  Answer rating(int value, std::string argument = "") {
    Answer a;
    a.statement = statements_[0];
    a.rating = value;
    a.argument = std::move(argument);
    return a;
  }

  std::vector<std::string> columns_of(const std::string& table) {
    std::vector<std::string> out;
    auto done = database_->db().with_session([&](soci::session& s) -> Status {
      std::string sql = database_->backend() == "sqlite"
                            ? "SELECT name FROM pragma_table_info(:t)"
                            : "SELECT column_name FROM information_schema.columns WHERE table_name = :t";
      soci::rowset<soci::row> rows = (s.prepare << sql, soci::use(table));
      for (const auto& row : rows) out.push_back(storage::get_text(row, 0));
      return {};
    });
    EXPECT_TRUE(done);
    EXPECT_FALSE(out.empty()) << table;
    return out;
  }

  std::unique_ptr<TestDatabase> database_;
  std::unique_ptr<storage::DelphiRepositorySql> repository_;
  std::vector<StatementId> statements_;
};

TEST_F(DelphiContract, a_study_comes_back_with_its_rules_and_updates_optimistically) {
  auto id = study_with_round();
  auto found = read([&](DelphiStore& s) { return s.study(id); });
  ASSERT_TRUE(*found);
  EXPECT_EQ((*found)->title, "Grupuri 2035 — Κλάστερ");
  EXPECT_DOUBLE_EQ((*found)->rules.iqr_max, 1.5);
  EXPECT_DOUBLE_EQ((*found)->rules.agreement_percent, 75);
  EXPECT_EQ((*found)->rules.max_rounds, 3);
  EXPECT_EQ((*found)->organiser, kOrganiser);
  EXPECT_EQ((*found)->revision, 1);
  Study changed = **found;
  changed.title = "SEE 2035";
  write([&](DelphiStore& s) -> Status {
    auto first = s.update_study(changed, 1);
    auto stale = s.update_study(changed, 1);
    EXPECT_TRUE(*first);
    EXPECT_FALSE(*stale);
    return {};
  });
  EXPECT_EQ((*read([&](DelphiStore& s) { return s.study(id); }))->revision, 2);
  EXPECT_EQ(read([](DelphiStore& s) { return s.studies(); })->size(), 1u);
}

TEST_F(DelphiContract, statements_rounds_and_the_panel) {
  auto id = study_with_round();
  auto statements = read([&](DelphiStore& s) { return s.statements(id); });
  ASSERT_EQ(statements->size(), 2u);
  EXPECT_EQ((*statements)[1].kind, StatementKind::time_horizon);
  auto panel = read([&](DelphiStore& s) { return s.panel(id); });
  ASSERT_EQ(panel->size(), 2u);
  EXPECT_EQ((*panel)[0].area, "WG1");
  auto again = repository_->transaction([&](DelphiStore& s) { return s.insert_panel_member(id, member(kAna, "", 1)); });
  ASSERT_FALSE(again);
  EXPECT_EQ(again.error().kind, ErrorKind::conflict);
  // A second open round is refused by the database itself.
  auto second = repository_->transaction([&](DelphiStore& s) { return s.insert_round(Round{id, 2, RoundState::open, 130, 0, 0, {}}); });
  EXPECT_FALSE(second);
  write([&](DelphiStore& s) { return s.close_round(id, 1, 140); });
  auto rounds = read([&](DelphiStore& s) { return s.rounds(id); });
  ASSERT_EQ(rounds->size(), 1u);
  EXPECT_EQ((*rounds)[0].state, RoundState::closed);
  EXPECT_EQ((*rounds)[0].closed_at, 140);
  EXPECT_EQ((*rounds)[0].statements, statements_);
}

TEST_F(DelphiContract, answers_are_kept_by_key_and_replaced_whole) {
  auto id = study_with_round();
  RespondentProfile profile{"RO", "cluster", "WG1"};
  write([&](DelphiStore& s) -> Status {
    Answer never;
    never.statement = statements_[1];
    never.never = true;
    if (auto ok = s.save_answers(id, 1, "key-a", profile, {rating(4, "Labs cost"), never}); !ok) return ok;
    return s.insert_participation(id, 1, kAna);
  });
  EXPECT_TRUE(*read([&](DelphiStore& s) { return s.has_answers(statements_[0]); }));
  auto answers = read([&](DelphiStore& s) { return s.answers(id, 1); });
  ASSERT_EQ(answers->size(), 2u);
  EXPECT_EQ((*answers)[0].respondent, "key-a");
  EXPECT_EQ((*answers)[0].answer.rating, 4);
  EXPECT_EQ((*answers)[0].answer.argument, "Labs cost");
  EXPECT_TRUE((*answers)[1].answer.never);
  EXPECT_FALSE((*answers)[1].answer.year);
  // A revision replaces the sheet; participation stays once.
  write([&](DelphiStore& s) -> Status {
    if (auto ok = s.save_answers(id, 1, "key-a", profile, {rating(2)}); !ok) return ok;
    return s.insert_participation(id, 1, kAna);
  });
  answers = read([&](DelphiStore& s) { return s.answers(id, 1); });
  ASSERT_EQ(answers->size(), 1u);
  EXPECT_EQ((*answers)[0].answer.rating, 2);
  auto people = read([&](DelphiStore& s) { return s.participants(id, 1); });
  EXPECT_EQ(*people, std::vector<accounts::UserId>{kAna});
  auto profiles = read([&](DelphiStore& s) { return s.profiles(id); });
  EXPECT_EQ((*profiles)["key-a"].country, "RO");
}

TEST_F(DelphiContract, the_answer_tables_hold_no_person_and_no_time) {
  auto id = study_with_round();
  write([&](DelphiStore& s) { return s.save_answers(id, 1, "key-b", {}, {rating(5)}); });
  // Whatever columns the tables gain, none may name a person or a moment.
  for (const char* table : {"delphi_answers", "delphi_respondents", "delphi_participation"}) {
    auto columns = columns_of(table);
    for (const auto& c : columns) {
      EXPECT_EQ(c.find("_at"), std::string::npos) << table << "." << c;
      if (std::string(table) != "delphi_participation") {
        EXPECT_EQ(c.find("user"), std::string::npos) << table << "." << c;
      }
    }
  }
}

TEST_F(DelphiContract, a_failed_transaction_leaves_nothing) {
  auto id = study_with_round();
  auto failed = repository_->transaction([&](DelphiStore& s) -> Status {
    if (auto ok = s.save_answers(id, 1, "key-c", {}, {rating(3)}); !ok) return ok;
    if (auto ok = s.insert_participation(id, 1, kBora); !ok) return ok;
    return fail(ErrorKind::invalid, "refused");
  });
  EXPECT_FALSE(failed);
  EXPECT_TRUE(read([&](DelphiStore& s) { return s.answers(id, 1); })->empty());
  EXPECT_TRUE(read([&](DelphiStore& s) { return s.participants(id, 1); })->empty());
}

TEST_F(DelphiContract, self_rated_expertise_is_kept_with_the_answer) {
  auto id = study_with_round();
  Answer expert = rating(4);
  expert.expertise = 5;
  write([&](DelphiStore& s) { return s.save_answers(id, 1, "key-e", {}, {expert}); });
  auto back = read([&](DelphiStore& s) { return s.answers(id, 1); });
  ASSERT_EQ(back->size(), 1u);
  EXPECT_EQ((*back)[0].answer.expertise, 5);
  write([&](DelphiStore& s) { return s.save_answers(id, 1, "key-e", {}, {rating(3)}); });
  back = read([&](DelphiStore& s) { return s.answers(id, 1); });
  EXPECT_FALSE((*back)[0].answer.expertise);
}

TEST_F(DelphiContract, reminders_are_kept_once_per_person_and_round) {
  auto id = study_with_round();
  write([&](DelphiStore& s) -> Status {
    if (auto ok = s.insert_reminded(id, 1, kAna); !ok) return ok;
    return s.insert_reminded(id, 1, kAna);  // a second time changes nothing
  });
  auto reminded = read([&](DelphiStore& s) { return s.reminded(id, 1); });
  ASSERT_EQ(reminded->size(), 1u);
  EXPECT_EQ((*reminded)[0], kAna);
}

TEST_F(DelphiContract, a_scenario_frame_is_saved_whole_as_a_new_revision) {
  auto id = study_with_round();
  EXPECT_FALSE(*read([&](DelphiStore& s) { return s.scenario_frame(id); }));
  ScenarioFrame f;
  f.study = id;
  f.drivers = {statements_[0]};
  f.uncertainties = {statements_[1]};
  f.x = {statements_[0], "Ниско", "Υψηλό"};
  f.y = {statements_[1], "Later", "Sooner"};
  f.updated_at = 500;
  for (auto q : kAllQuadrants)
    f.scenarios.push_back(Scenario{q, std::string(to_string(q)), "**" + std::string(to_string(q)) + "**",
                                   q == Quadrant::low_low ? std::vector<StatementId>{statements_[1], statements_[0]}
                                                          : std::vector<StatementId>{}});
  bool saved = false;
  write([&](DelphiStore& s) -> Status {
    auto ok = s.save_scenario_frame(f, 0);
    if (!ok) return std::unexpected(ok.error());
    saved = *ok;
    return {};
  });
  EXPECT_TRUE(saved);
  auto back = *read([&](DelphiStore& s) { return s.scenario_frame(id); });
  ASSERT_TRUE(back);
  EXPECT_EQ(back->revision, 1);
  EXPECT_EQ(back->x.low, "Ниско");
  EXPECT_EQ(back->y.high, "Sooner");
  EXPECT_EQ(back->drivers, std::vector<StatementId>{statements_[0]});
  EXPECT_EQ(back->uncertainties, std::vector<StatementId>{statements_[1]});
  ASSERT_EQ(back->scenarios.size(), 4u);
  EXPECT_EQ(back->scenarios[2].quadrant, Quadrant::low_low);
  EXPECT_EQ(back->scenarios[2].narrative, "**low_low**");
  EXPECT_EQ(back->scenarios[2].statements, (std::vector<StatementId>{statements_[1], statements_[0]}));
  // A save from an old revision writes nothing; from the current one it replaces the whole frame.
  f.x.low = "Stale";
  write([&](DelphiStore& s) -> Status {
    auto first_again = s.save_scenario_frame(f, 0);
    if (!first_again) return std::unexpected(first_again.error());
    EXPECT_FALSE(*first_again);
    f.x.low = "Low";
    f.drivers = {};
    f.scenarios[2].statements = {statements_[0]};
    auto next = s.save_scenario_frame(f, 1);
    if (!next) return std::unexpected(next.error());
    EXPECT_TRUE(*next);
    return {};
  });
  back = *read([&](DelphiStore& s) { return s.scenario_frame(id); });
  EXPECT_EQ(back->revision, 2);
  EXPECT_EQ(back->x.low, "Low");
  EXPECT_TRUE(back->drivers.empty());
  EXPECT_EQ(back->scenarios[2].statements, std::vector<StatementId>{statements_[0]});
}

}  // namespace
}  // namespace cps::test
