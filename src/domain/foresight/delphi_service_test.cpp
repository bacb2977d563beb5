// Delphi studies through the service against the in-memory fake: the rules fixed at round 1,
// rounds in order, answers inside the scale and only while a round is open, revisions, the
// feedback of round 2, the stop rules settling statements, and anonymity (answers kept by key,
// audit lines without content, breakdowns of five or more).
#include "domain/foresight/delphi_service.hpp"

#include <algorithm>

#include <gtest/gtest.h>

#include "domain/foresight/testing/fake_delphi_repository.hpp"

namespace cps::foresight {
namespace {

using accounts::Principal;
using accounts::Role;
using accounts::UserId;

constexpr std::int64_t kOrganiser = 1;
constexpr std::int64_t kFirstPanellist = 10;

Principal person(std::int64_t id, Role role) {
  Principal p;
  p.via = Principal::Via::session;
  p.user = UserId(id);
  p.label = "p" + std::to_string(id) + "@example.org";
  p.roles.push_back({role, role == Role::wg_coordinator ? "WG1" : ""});
  return p;
}

class DelphiServiceTest : public ::testing::Test {
 protected:
  void SetUp() override {
    surroundings.people[kOrganiser] = Person{UserId(kOrganiser), "Organiser", "o@example.org", "en", CountryCode("RO"), "lead_partner"};
    // Ten panellists: five from Moldova, four from Romania, one from Serbia.
    const char* countries[] = {"MD", "MD", "MD", "MD", "MD", "RO", "RO", "RO", "RO", "RS"};
    for (int i = 0; i < 10; ++i) {
      std::int64_t id = kFirstPanellist + i;
      surroundings.people[id] = Person{UserId(id), "Panellist " + std::to_string(i), "p" + std::to_string(id) + "@example.org",
                                       "en", CountryCode(countries[i]), i % 2 ? "cluster" : "university"};
    }
  }

  Principal organiser() const { return person(kOrganiser, Role::stc_member); }
  Principal panellist(int i) const { return person(kFirstPanellist + i, Role::stakeholder); }

  // A study with a rating statement and a time-horizon one, the ten invited, round 1 open.
  StudyId ready_study() {
    auto study = service.create(organiser(), StudyInput{"SEE clusters 2035", "", StopRules{}});
    EXPECT_TRUE(study) << study.error().message;
    rating = service.add_statement(organiser(), study->id, {StatementKind::desirability, "Clusters share labs."})->id;
    horizon = service.add_statement(organiser(), study->id, {StatementKind::time_horizon, "Every region has a cluster policy."})->id;
    for (int i = 0; i < 10; ++i)
      EXPECT_TRUE(service.invite(organiser(), study->id, PanelInput{UserId(kFirstPanellist + i), i < 5 ? "WG1" : "WG2"}));
    EXPECT_TRUE(service.open_round(organiser(), study->id, 0));
    return study->id;
  }

  Answer rate(StatementId s, int value, std::string argument = "", std::string reason = "") {
    Answer a;
    a.statement = s;
    a.rating = value;
    a.argument = std::move(argument);
    a.reason = std::move(reason);
    return a;
  }
  Answer year(StatementId s, std::optional<int> y) {
    Answer a;
    a.statement = s;
    a.year = y;
    a.never = !y;
    return a;
  }

  testing::FakeDelphiRepository repository;
  testing::FakeDelphiSurroundings surroundings;
  Seconds clock = 1'800'000'000;
  DelphiService service{repository, surroundings, [this] { return clock; }};
  StatementId rating, horizon;
};

TEST_F(DelphiServiceTest, the_rules_are_fixed_once_round_one_opens) {
  auto id = ready_study();
  auto changed = service.change(organiser(), id, 1, StudyInput{"Other", "", StopRules{}});
  ASSERT_FALSE(changed);
  EXPECT_EQ(changed.error().kind, ErrorKind::conflict);
  EXPECT_EQ(repository.data.studies.at(id.value()).title, "SEE clusters 2035");
}

TEST_F(DelphiServiceTest, a_round_opens_only_after_the_previous_one_closed) {
  auto id = ready_study();
  auto second = service.open_round(organiser(), id, 0);
  ASSERT_FALSE(second);
  EXPECT_EQ(second.error().kind, ErrorKind::conflict);
  EXPECT_EQ(repository.data.rounds[id.value()].size(), 1u);
  ASSERT_TRUE(service.close_round(organiser(), id));
  EXPECT_TRUE(service.open_round(organiser(), id, 0));
}

TEST_F(DelphiServiceTest, only_organisers_run_and_only_panellists_answer) {
  auto id = ready_study();
  EXPECT_EQ(service.close_round(panellist(0), id).error().kind, ErrorKind::forbidden);
  auto outsider = person(99, Role::stakeholder);
  surroundings.people[99] = Person{UserId(99), "Outsider", "x@example.org", "en", std::nullopt, ""};
  EXPECT_EQ(service.answer(outsider, id, {rate(rating, 4)}).error().kind, ErrorKind::forbidden);
  EXPECT_EQ(service.create(panellist(0), StudyInput{"Mine", "", StopRules{}}).error().kind, ErrorKind::forbidden);
}

TEST_F(DelphiServiceTest, answers_outside_the_scale_or_after_closing_are_refused_and_nothing_is_stored) {
  auto id = ready_study();
  auto high = service.answer(panellist(0), id, {rate(rating, 4), rate(horizon, 6)});
  ASSERT_FALSE(high);
  EXPECT_EQ(high.error().field, "statement_" + std::to_string(horizon.value()));
  auto out_of_scale = service.answer(panellist(0), id, {rate(rating, 6)});
  ASSERT_FALSE(out_of_scale);
  EXPECT_EQ(out_of_scale.error().kind, ErrorKind::invalid);
  EXPECT_EQ(service.answer(panellist(0), id, {year(horizon, 1800)}).error().kind, ErrorKind::invalid);
  EXPECT_TRUE(repository.data.answers.empty());
  EXPECT_TRUE(repository.data.participation.empty());

  ASSERT_TRUE(service.close_round(organiser(), id));
  auto late = service.answer(panellist(0), id, {rate(rating, 4)});
  ASSERT_FALSE(late);
  EXPECT_EQ(late.error().kind, ErrorKind::conflict);
  EXPECT_TRUE(repository.data.answers.empty());
}

TEST_F(DelphiServiceTest, a_second_sheet_in_the_same_round_revises_the_first) {
  auto id = ready_study();
  ASSERT_TRUE(service.answer(panellist(0), id, {rate(rating, 2), year(horizon, 2030)}));
  auto again = service.answer(panellist(0), id, {rate(rating, 5)});
  ASSERT_TRUE(again);
  EXPECT_TRUE(again->answered);
  ASSERT_EQ(repository.data.answers.size(), 1u);  // the whole sheet replaced: the year went too
  EXPECT_EQ(repository.data.answers[0].answer.rating, 5);
  EXPECT_EQ(repository.data.participation.size(), 1u);
  EXPECT_EQ(repository.data.audit.back().action, "delphi.revised");
}

TEST_F(DelphiServiceTest, answers_are_kept_by_key_and_audit_lines_carry_no_content) {
  auto id = ready_study();
  ASSERT_TRUE(service.answer(panellist(3), id, {rate(rating, 4, "Labs are costly alone.")}));
  ASSERT_EQ(repository.data.answers.size(), 1u);
  const auto& stored = repository.data.answers[0];
  EXPECT_EQ(stored.respondent, surroundings.respondent_key(id, UserId(kFirstPanellist + 3)));
  EXPECT_EQ(stored.respondent.find(std::to_string(kFirstPanellist + 3)), std::string::npos);
  // The participation names the person; the audit line names the round, nothing answered.
  EXPECT_TRUE(repository.data.participation.count({id.value(), 1, kFirstPanellist + 3}));
  const auto& line = repository.data.audit.back();
  EXPECT_EQ(line.action, "delphi.answered");
  EXPECT_EQ(line.detail, "round 1");
  EXPECT_EQ(line.detail.find("4"), std::string::npos);
  // The organiser's view of the study has the panel's names and aggregates only.
  auto view = service.study(organiser(), id);
  ASSERT_TRUE(view);
  EXPECT_EQ(view->panel.size(), 10u);
  EXPECT_TRUE(view->results[0].rounds.empty());  // the open round is not counted
  // Others see the balance but not the names.
  auto public_view = service.study(Principal{}, id);
  ASSERT_TRUE(public_view);
  EXPECT_TRUE(public_view->panel.empty());
  EXPECT_EQ(public_view->panel_size, 10);
}

TEST_F(DelphiServiceTest, the_panel_balance_warns_when_one_group_dominates) {
  auto id = ready_study();
  auto view = service.study(organiser(), id);
  ASSERT_TRUE(view);
  const auto& countries = view->balance[0];
  EXPECT_EQ(countries.dimension, "country");
  EXPECT_FALSE(countries.dominant);  // Moldova 5 of 10: not more than half
  ASSERT_TRUE(service.close_round(organiser(), id));
  surroundings.people[30] = Person{UserId(30), "Extra", "e@example.org", "en", CountryCode("MD"), "cluster"};
  ASSERT_TRUE(service.invite(organiser(), id, PanelInput{UserId(30), ""}));
  view = service.study(organiser(), id);
  ASSERT_TRUE(view->balance[0].dominant);
  EXPECT_EQ(*view->balance[0].dominant, "MD");
}

TEST_F(DelphiServiceTest, round_two_shows_the_group_and_asks_a_reason_outside_the_iqr) {
  auto id = ready_study();
  // Round 1: 1 2 3 3 3 3 4 4 5 5 → Q1 at 2.25 = 3, median 3, Q3 at 6.75 = 4.
  int ratings[] = {1, 2, 3, 3, 3, 3, 4, 4, 5, 5};
  for (int i = 0; i < 10; ++i)
    ASSERT_TRUE(service.answer(panellist(i), id, {rate(rating, ratings[i], "because " + std::to_string(ratings[i]))}));
  ASSERT_TRUE(service.close_round(organiser(), id));
  ASSERT_TRUE(service.open_round(organiser(), id, 0));

  auto sheet = service.questionnaire(panellist(0), id);
  ASSERT_TRUE(sheet);
  ASSERT_EQ(sheet->questions.size(), 2u);
  const auto& q = sheet->questions[0];
  ASSERT_TRUE(q.group);
  EXPECT_EQ(q.group->round, 1);
  EXPECT_DOUBLE_EQ(q.group->quartiles()->median, 3);
  EXPECT_DOUBLE_EQ(q.group->quartiles()->q1, 3);
  EXPECT_DOUBLE_EQ(q.group->quartiles()->q3, 4);
  EXPECT_EQ(q.group->rating->counts, (std::vector<int>{1, 1, 4, 2, 2}));
  ASSERT_TRUE(q.previous);
  EXPECT_EQ(q.previous->rating, 1);
  // Others' arguments, farthest from the median first, without the panellist's own.
  ASSERT_EQ(q.arguments.size(), 9u);
  EXPECT_EQ(q.arguments[0].rating, 5);
  for (const auto& a : q.arguments) EXPECT_NE(a.text, "because 1");

  auto without_reason = service.answer(panellist(0), id, {rate(rating, 1)});
  ASSERT_FALSE(without_reason);
  EXPECT_EQ(without_reason.error().field, "reason_" + std::to_string(rating.value()));
  EXPECT_TRUE(service.answer(panellist(0), id, {rate(rating, 1, "", "Shared labs failed twice here.")}));
  EXPECT_TRUE(service.answer(panellist(1), id, {rate(rating, 3)}));  // inside: no reason needed
}

TEST_F(DelphiServiceTest, consensus_settles_a_statement_and_later_rounds_skip_it) {
  auto id = ready_study();
  // Rating: eight 4s and two 5s → IQR 0, 100 % in 4–5: consensus. Horizon: spread wide.
  int years[] = {2027, 2030, 2035, 2040, 2045, 2050, 2060, 2070, 2080, 2090};
  for (int i = 0; i < 10; ++i)
    ASSERT_TRUE(service.answer(panellist(i), id, {rate(rating, i < 8 ? 4 : 5), year(horizon, years[i])}));
  ASSERT_TRUE(service.close_round(organiser(), id));
  auto results = service.results(Principal{}, id);
  ASSERT_TRUE(results);
  EXPECT_EQ((*results)[0].standing, Standing::consensus);
  EXPECT_EQ((*results)[1].standing, Standing::open);
  auto round = service.open_round(organiser(), id, 0);
  ASSERT_TRUE(round);
  EXPECT_EQ(round->statements, std::vector<StatementId>{horizon});
  // Round 2: the same years again (nobody changed) → stable dissent; the study then finishes.
  for (int i = 0; i < 10; ++i) ASSERT_TRUE(service.answer(panellist(i), id, {[&] {
    auto a = year(horizon, years[i]);
    a.reason = "still";
    return a;
  }()}));
  ASSERT_TRUE(service.close_round(organiser(), id));
  results = service.results(Principal{}, id);
  ASSERT_EQ((*results)[1].rounds.size(), 2u);
  EXPECT_EQ((*results)[1].rounds[1].change->changed, 0);
  EXPECT_EQ((*results)[1].standing, Standing::stable_dissent);
  auto view = service.study(organiser(), id);
  EXPECT_TRUE(view->study.finished);
  EXPECT_FALSE(view->can.add_statement);
  EXPECT_FALSE(view->can.open_round);
  EXPECT_EQ(service.open_round(organiser(), id, 0).error().kind, ErrorKind::conflict);
}

TEST_F(DelphiServiceTest, breakdowns_show_only_groups_of_five_or_more) {
  auto id = ready_study();
  for (int i = 0; i < 10; ++i) ASSERT_TRUE(service.answer(panellist(i), id, {rate(rating, 4)}));
  ASSERT_TRUE(service.close_round(organiser(), id));
  auto results = service.results(Principal{}, id);
  ASSERT_TRUE(results);
  std::vector<std::string> shown;
  for (const auto& b : (*results)[0].breakdowns) shown.push_back(b.dimension + ":" + b.group);
  // Moldova (5) shown, Romania (4) and Serbia (1) hidden; university 5 and cluster 5; WG1 5, WG2 5.
  EXPECT_EQ(shown, (std::vector<std::string>{"country:MD", "organisation_type:cluster",
                                             "organisation_type:university", "area:WG1", "area:WG2"}));
  EXPECT_EQ((*results)[0].hidden_groups, 2);
}

TEST_F(DelphiServiceTest, a_statement_with_answers_cannot_change) {
  auto id = ready_study();
  ASSERT_TRUE(service.answer(panellist(0), id, {rate(rating, 4)}));
  ASSERT_TRUE(service.close_round(organiser(), id));
  auto changed = service.change_statement(organiser(), id, rating, {StatementKind::importance, "Other words"});
  ASSERT_FALSE(changed);
  EXPECT_EQ(changed.error().kind, ErrorKind::conflict);
  EXPECT_EQ(repository.data.statements.at(rating.value()).text, "Clusters share labs.");
  // A new statement between rounds is asked first in the next round.
  auto added = service.add_statement(organiser(), id, {StatementKind::importance, "Other words"});
  ASSERT_TRUE(added);
  EXPECT_EQ(added->first_round, 2);
}

TEST_F(DelphiServiceTest, reminders_reach_only_those_who_have_not_answered) {
  auto id = ready_study();
  surroundings.mails.clear();
  for (int i = 0; i < 7; ++i) ASSERT_TRUE(service.answer(panellist(i), id, {rate(rating, 3)}));
  auto mailed = service.remind(organiser(), id);
  ASSERT_TRUE(mailed);
  EXPECT_EQ(*mailed, 3);
  ASSERT_EQ(surroundings.mails.size(), 3u);
  EXPECT_EQ(surroundings.mails[0].to, "p17@example.org");
}

TEST_F(DelphiServiceTest, turnout_counts_answers_and_drop_outs_per_round) {
  auto id = ready_study();
  for (int i = 0; i < 10; ++i) ASSERT_TRUE(service.answer(panellist(i), id, {rate(rating, 2 + i % 3)}));
  ASSERT_TRUE(service.close_round(organiser(), id));
  ASSERT_TRUE(service.open_round(organiser(), id, 0));
  for (int i = 0; i < 8; ++i) ASSERT_TRUE(service.answer(panellist(i), id, {year(horizon, 2040)}));
  auto turnout = service.rounds(Principal{}, id);
  ASSERT_TRUE(turnout);
  ASSERT_EQ(turnout->size(), 2u);
  EXPECT_EQ((*turnout)[0].answered, 10);
  EXPECT_EQ((*turnout)[1].answered, 8);
  EXPECT_EQ((*turnout)[1].dropped, 2);
}

TEST_F(DelphiServiceTest, a_study_in_preparation_is_seen_by_its_organisers_only) {
  auto draft = service.create(organiser(), StudyInput{"Draft 2040", "", StopRules{}});
  ASSERT_TRUE(draft);
  auto listed = [&](const Principal& who) {
    auto all = service.studies(who);
    EXPECT_TRUE(all);
    return std::any_of(all->begin(), all->end(), [&](const Study& s) { return s.id == draft->id; });
  };
  EXPECT_TRUE(listed(organiser()));
  EXPECT_FALSE(listed(Principal{}));
  EXPECT_FALSE(listed(panellist(0)));
  EXPECT_EQ(service.study(Principal{}, draft->id).error().kind, ErrorKind::not_found);
  EXPECT_EQ(service.rounds(panellist(0), draft->id).error().kind, ErrorKind::not_found);
  EXPECT_TRUE(service.study(organiser(), draft->id));
  // Once round 1 opens, everybody sees it.
  auto id = ready_study();
  EXPECT_TRUE(service.study(Principal{}, id));
}

TEST_F(DelphiServiceTest, a_statement_is_reworded_before_the_panel_sees_it_only) {
  auto study = service.create(organiser(), StudyInput{"Words", "", StopRules{}});
  auto s = service.add_statement(organiser(), study->id, {StatementKind::importance, "Clusters shares labs."});
  auto reworded = service.change_statement(organiser(), study->id, s->id, {StatementKind::importance, "Clusters share labs."});
  ASSERT_TRUE(reworded) << reworded.error().message;
  EXPECT_EQ(repository.data.statements.at(s->id.value()).text, "Clusters share labs.");
  EXPECT_EQ(service.change_statement(panellist(0), study->id, s->id, {StatementKind::importance, "x"}).error().kind,
            ErrorKind::forbidden);
}

TEST_F(DelphiServiceTest, automatic_reminders_go_once_per_round_to_those_who_have_not_answered) {
  auto study = service.create(organiser(), StudyInput{"Reminded", "", StopRules{}});
  auto s = service.add_statement(organiser(), study->id, {StatementKind::importance, "Labs."});
  for (int i = 0; i < 4; ++i) ASSERT_TRUE(service.invite(organiser(), study->id, PanelInput{UserId(kFirstPanellist + i), ""}));
  const Seconds closes = clock + 10 * 86400;
  ASSERT_TRUE(service.open_round(organiser(), study->id, closes));
  ASSERT_TRUE(service.answer(panellist(0), study->id, {rate(s->id, 4)}));
  surroundings.mails.clear();
  const Seconds lead = 2 * 86400;
  // Too early: nothing.
  EXPECT_EQ(*service.send_due_reminders(lead), 0);
  // Within the lead time: the three who have not answered, once.
  clock = closes - lead + 60;
  EXPECT_EQ(*service.send_due_reminders(lead), 3);
  ASSERT_EQ(surroundings.mails.size(), 3u);
  EXPECT_EQ(surroundings.mails[0].to, "p11@example.org");
  ASSERT_TRUE(service.answer(panellist(1), study->id, {rate(s->id, 3)}));
  clock += 3600;
  EXPECT_EQ(*service.send_due_reminders(lead), 0);
  EXPECT_EQ(surroundings.mails.size(), 3u);
  // The audit line names the round and a count; no answers were read for it.
  auto automatic = std::find_if(repository.data.audit.begin(), repository.data.audit.end(),
                                [](const auto& a) { return a.action == "delphi.reminded_automatically"; });
  ASSERT_NE(automatic, repository.data.audit.end());
  EXPECT_EQ(automatic->detail, "round 1, 3 mailed");
  EXPECT_EQ(automatic->actor_label, "system");
  // After the announced close, and for a round without a closing day, nothing.
  clock = closes + 1;
  EXPECT_EQ(*service.send_due_reminders(lead), 0);
  EXPECT_EQ(*service.send_due_reminders(0), 0);
}

TEST_F(DelphiServiceTest, results_are_shown_by_self_rated_expertise_from_five_respondents_per_level) {
  auto id = ready_study();
  for (int i = 0; i < 10; ++i) {
    Answer a = rate(rating, i < 6 ? 5 : 2);
    a.expertise = i < 6 ? 4 : 2;  // six experts rate 5; four rate 2
    ASSERT_TRUE(service.answer(panellist(i), id, {a}));
  }
  ASSERT_TRUE(service.close_round(organiser(), id));
  auto results = service.results(Principal{}, id);
  ASSERT_TRUE(results);
  const auto& r = (*results)[0];
  auto level = [&](const std::string& group) {
    return std::find_if(r.breakdowns.begin(), r.breakdowns.end(),
                        [&](const BreakdownGroup& b) { return b.dimension == "expertise" && b.group == group; });
  };
  ASSERT_NE(level("4"), r.breakdowns.end());
  EXPECT_EQ(level("4")->respondents, 6);
  EXPECT_DOUBLE_EQ(level("4")->median, 5);
  EXPECT_EQ(level("2"), r.breakdowns.end());  // four respondents: hidden
  // The expertise is kept with the answer under the key, never by person.
  for (const auto& stored : repository.data.answers) EXPECT_TRUE(stored.answer.expertise);
}

class ScenarioTest : public DelphiServiceTest {
 protected:
  // A finished study: its three statements all reach consensus in round 1.
  StudyId finished_study() {
    auto study = service.create(organiser(), StudyInput{"SEE clusters 2035", "", StopRules{}});
    for (const char* text : {"Clusters share labs.", "Public funding for clusters grows.", "Skills move across borders."})
      statements.push_back(service.add_statement(organiser(), study->id, {StatementKind::probability, text})->id);
    for (int i = 0; i < 10; ++i) EXPECT_TRUE(service.invite(organiser(), study->id, PanelInput{UserId(kFirstPanellist + i), ""}));
    EXPECT_TRUE(service.open_round(organiser(), study->id, 0));
    for (int i = 0; i < 10; ++i)
      EXPECT_TRUE(service.answer(panellist(i), study->id, {rate(statements[0], 5), rate(statements[1], 4), rate(statements[2], 4)}));
    EXPECT_TRUE(service.close_round(organiser(), study->id));
    return study->id;
  }

  ScenarioFrame frame() const {
    ScenarioFrame f;
    f.drivers = {statements[0]};
    f.uncertainties = {statements[1], statements[2]};
    f.x = {statements[1], "Funding shrinks", "Funding grows"};
    f.y = {statements[2], "Skills stay home", "Skills move"};
    for (auto q : kAllQuadrants) f.scenarios.push_back(Scenario{q, std::string(to_string(q)), "A **story**.", {statements[0]}});
    return f;
  }

  std::vector<StatementId> statements;
};

TEST_F(ScenarioTest, a_frame_is_built_from_a_finished_study_only) {
  auto study = service.create(organiser(), StudyInput{"Early", "", StopRules{}});
  auto early = service.save_scenarios(organiser(), study->id, 0, ScenarioFrame{});
  ASSERT_FALSE(early);
  EXPECT_EQ(early.error().kind, ErrorKind::conflict);
  auto id = finished_study();
  EXPECT_EQ(service.save_scenarios(panellist(0), id, 0, frame()).error().kind, ErrorKind::forbidden);
  auto saved = service.save_scenarios(organiser(), id, 0, frame());
  ASSERT_TRUE(saved) << saved.error().message;
  EXPECT_EQ(saved->revision, 1);
  EXPECT_EQ(repository.data.audit.back().action, "delphi.scenarios_saved");
  auto view = service.scenarios(Principal{}, id);
  ASSERT_TRUE(view);
  ASSERT_TRUE(view->frame);
  EXPECT_EQ(view->frame->scenarios.size(), 4u);
  EXPECT_EQ(view->frame->x.high, "Funding grows");
  EXPECT_FALSE(view->can_edit);
  EXPECT_TRUE(service.scenarios(organiser(), id)->can_edit);
  // A second save names the revision it started from.
  EXPECT_EQ(service.save_scenarios(organiser(), id, 0, frame()).error().kind, ErrorKind::conflict);
  EXPECT_TRUE(service.save_scenarios(organiser(), id, 1, frame()));
}

TEST_F(ScenarioTest, axes_are_two_uncertainties_of_the_study) {
  auto id = finished_study();
  auto refused = [&](ScenarioFrame f) {
    auto r = service.save_scenarios(organiser(), id, 0, std::move(f));
    EXPECT_FALSE(r);
    return r ? std::string() : r.error().field;
  };
  auto f = frame();
  f.x.statement = statements[0];  // a driver
  EXPECT_EQ(refused(f), "x_statement");
  f = frame();
  f.y.statement = f.x.statement;
  EXPECT_EQ(refused(f), "y_statement");
  f = frame();
  f.drivers.push_back(statements[1]);
  EXPECT_EQ(refused(f), "uncertainties");
  f = frame();
  f.scenarios[2].statements.push_back(StatementId(999));
  EXPECT_EQ(refused(f), "low_low_statements");
  f = frame();
  f.drivers.clear();
  EXPECT_EQ(refused(f), "drivers");
  EXPECT_TRUE(repository.data.frames.empty());
}

}  // namespace
}  // namespace cps::foresight
