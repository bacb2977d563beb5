// Surveys through the service against the in-memory fake: who may write and answer, answering
// section by section with conditional sections, once per person or browser, only while open,
// a new version when the questions change after answers, results with small groups of an
// anonymous survey withheld, exports, and audit lines that name no anonymous respondent.
#include "domain/surveys/survey_service.hpp"

#include <gtest/gtest.h>

#include "domain/surveys/testing/fake_survey_repository.hpp"

namespace cps::surveys {
namespace {

namespace json = boost::json;
using accounts::Principal;
using accounts::Role;
using accounts::UserId;

constexpr Seconds kDay = 86400;
constexpr Seconds kStart = 1796083200;  // 2026-12-01

Principal person(std::int64_t id, Role role, std::string group = "") {
  Principal p;
  p.via = Principal::Via::session;
  p.user = UserId(id);
  p.label = "p" + std::to_string(id) + "@example.org";
  p.roles.push_back({role, std::move(group)});
  return p;
}

json::value questionnaire() {
  return json::parse(R"({"sections": [
    {"key": "about", "title": "About you", "questions": [
      {"key": "role", "type": "single_choice", "text": "Your organisation is", "required": true,
       "options": [{"code": "cluster", "label": "A cluster"}, {"code": "agency", "label": "An agency"}]}]},
    {"key": "cluster", "title": "Your cluster", "show_if": {"question": "role", "any_of": ["cluster"]}, "questions": [
      {"key": "members", "type": "number", "text": "Members", "required": true, "min": 1, "max": 1000}]},
    {"key": "views", "title": "Views", "questions": [
      {"key": "trust", "type": "likert", "text": "Trust", "required": true},
      {"key": "remarks", "type": "text", "text": "Remarks"}]}]})");
}

class SurveyServiceTest : public ::testing::Test {
 protected:
  void SetUp() override {
    const char* countries[] = {"RO", "RO", "RO", "RO", "RO", "MD", "MD", "RS"};
    for (int i = 0; i < 8; ++i) surroundings.profiles[100 + i] = Profile{countries[i], i % 2 ? "cluster" : "agency", ""};
  }

  Principal organiser() const { return person(1, Role::stc_member); }
  Principal stakeholder(int i) const { return person(100 + i, Role::stakeholder); }

  SurveyId made(json::object extra = {}) {
    json::object body{{"title", "Needs of SEE clusters"}, {"opens_at", "2026-12-01"}, {"closes_at", "2026-12-31"},
                      {"definition", questionnaire()}};
    for (auto& [k, v] : extra) body[k] = v;
    auto in = read_survey(body);
    EXPECT_TRUE(in) << in.error().message;
    auto s = service.create(organiser(), std::move(*in));
    EXPECT_TRUE(s) << s.error().message;
    return s->id;
  }

  Result<Sheet> send(const Principal& who, SurveyId id, const char* answers, Respondent r = {}) {
    return service.answer(who, id, r, "", json::parse(answers), Step::submit);
  }

  Seconds clock = kStart + kDay;
  testing::FakeSurveyRepository repository;
  testing::FakeSurveySurroundings surroundings;
  SurveyService service{repository, surroundings, [this] { return clock; }};
};

TEST_F(SurveyServiceTest, OnlyOrganisersWriteSurveys) {
  auto in = read_survey(json::object{{"title", "T"}, {"definition", questionnaire()}});
  ASSERT_TRUE(in);
  EXPECT_EQ(service.create(stakeholder(0), *in).error().kind, ErrorKind::forbidden);
  EXPECT_EQ(service.create(Principal{}, *in).error().kind, ErrorKind::unauthenticated);
  EXPECT_TRUE(service.create(organiser(), *in));
  EXPECT_EQ(repository.data.audit.back().action, "survey.created");
}

TEST_F(SurveyServiceTest, AnswersSectionBySectionWithTheConditionalSection) {
  SurveyId id = made();
  // Section one: a cluster. Next needs the required question of the section.
  auto refused = service.answer(stakeholder(0), id, {}, "about", json::object{}, Step::next);
  ASSERT_FALSE(refused);
  EXPECT_EQ(refused.error().field, "q_role");
  ASSERT_TRUE(service.answer(stakeholder(0), id, {}, "about", json::object{{"role", "cluster"}}, Step::next));
  auto sheet = service.sheet(stakeholder(0), id, {});
  ASSERT_TRUE(sheet);
  EXPECT_EQ(sheet->state, ResponseState::draft);
  EXPECT_TRUE(visible(sheet->definition.sections[1], sheet->answers));
  // Sending without the cluster's members is refused; with them it is final.
  auto incomplete = service.answer(stakeholder(0), id, {}, "views", json::object{{"trust", 4}}, Step::submit);
  ASSERT_FALSE(incomplete);
  EXPECT_EQ(incomplete.error().field, "q_members");
  ASSERT_TRUE(service.answer(stakeholder(0), id, {}, "cluster", json::object{{"members", "25"}}, Step::save));
  auto sent = service.answer(stakeholder(0), id, {}, "views", json::object{{"trust", 4}}, Step::submit);
  ASSERT_TRUE(sent) << sent.error().message;
  EXPECT_EQ(sent->state, ResponseState::submitted);
  // An agency never sees the cluster's section.
  auto agency = send(stakeholder(1), id, R"({"role": "agency", "members": 3, "trust": 2})");
  ASSERT_TRUE(agency);
  EXPECT_FALSE(agency->answers.contains("members"));
}

TEST_F(SurveyServiceTest, OneResponsePerPersonAndOnlyWhileOpen) {
  SurveyId id = made();
  ASSERT_TRUE(send(stakeholder(0), id, R"({"role": "agency", "trust": 2})"));
  auto again = send(stakeholder(0), id, R"({"role": "agency", "trust": 3})");
  ASSERT_FALSE(again);
  EXPECT_EQ(again.error().kind, ErrorKind::conflict);
  EXPECT_EQ(again.error().message, "You have already answered this survey. Thank you!");
  clock = kStart + 31 * kDay;
  auto late = send(stakeholder(1), id, R"({"role": "agency", "trust": 3})");
  ASSERT_FALSE(late);
  EXPECT_EQ(late.error().message, "This survey is closed.");
  clock = kStart - kDay;
  EXPECT_EQ(send(stakeholder(2), id, R"({"role": "agency", "trust": 3})").error().message, "This survey is not open yet.");
  clock = kStart + kDay;
  EXPECT_EQ(send(stakeholder(2), id, R"({"role": "agency", "trust": 9})").error().field, "q_trust");
  EXPECT_EQ(repository.data.responses.size(), 1u);  // nothing half-stored
}

TEST_F(SurveyServiceTest, TheAudienceDecidesWhoAnswers) {
  SurveyId countries = made(json::object{{"audience", "countries"}, {"audience_values", json::array{"MD"}}});
  EXPECT_EQ(send(stakeholder(0), countries, R"({"role": "agency", "trust": 2})").error().kind, ErrorKind::forbidden);
  EXPECT_TRUE(send(stakeholder(5), countries, R"({"role": "agency", "trust": 2})"));
  SurveyId groups = made(json::object{{"audience", "working_groups"}, {"audience_values", json::array{"WG2"}}});
  EXPECT_EQ(send(stakeholder(0), groups, R"({"role": "agency", "trust": 2})").error().kind, ErrorKind::forbidden);
  EXPECT_TRUE(send(person(300, Role::wg_member, "WG2"), groups, R"({"role": "agency", "trust": 2})"));
  EXPECT_EQ(send(Principal{}, groups, R"({"role": "agency", "trust": 2})").error().kind, ErrorKind::unauthenticated);
}

TEST_F(SurveyServiceTest, APublicLinkTakesOneResponsePerBrowser) {
  SurveyId id = made(json::object{{"audience", "public_link"}});
  Respondent browser{"0123456789abcdef0123"};
  EXPECT_FALSE(send(Principal{}, id, R"({"role": "agency", "trust": 2})", Respondent{}));
  ASSERT_TRUE(send(Principal{}, id, R"({"role": "agency", "trust": 2})", browser));
  EXPECT_EQ(send(Principal{}, id, R"({"role": "agency", "trust": 2})", browser).error().kind, ErrorKind::conflict);
  EXPECT_TRUE(send(Principal{}, id, R"({"role": "agency", "trust": 2})", Respondent{"another-browser-token-0001"}));
  // The token itself is never stored.
  for (const auto& r : repository.data.responses) EXPECT_EQ(r.respondent.find(browser.browser_token), std::string::npos);
}

TEST_F(SurveyServiceTest, AnonymousAnswersNameNoOneAndIdentifiedOnesDo) {
  SurveyId anonymous = made();
  ASSERT_TRUE(send(stakeholder(0), anonymous, R"({"role": "agency", "trust": 2})"));
  const Response& r = repository.data.responses.back();
  EXPECT_FALSE(r.user);
  EXPECT_EQ(r.submitted_at, 0);
  EXPECT_EQ(r.respondent.find("100"), std::string::npos);
  EXPECT_EQ(r.profile.country, "RO");
  const auto& line = repository.data.audit.back();
  EXPECT_EQ(line.action, "survey.answered");
  EXPECT_FALSE(line.actor);
  EXPECT_EQ(line.actor_label, "anonymous");
  SurveyId identified = made(json::object{{"anonymity", "identified"}});
  ASSERT_TRUE(send(stakeholder(0), identified, R"({"role": "agency", "trust": 2})"));
  EXPECT_EQ(repository.data.responses.back().user, UserId(100));
  EXPECT_EQ(repository.data.audit.back().actor, UserId(100));
}

TEST_F(SurveyServiceTest, ChangingQuestionsAfterAnswersMakesANewVersion) {
  SurveyId id = made();
  auto in = read_survey(json::object{{"title", "Needs, second take"}, {"opens_at", "2026-12-01"}, {"closes_at", "2026-12-31"},
                                     {"definition", questionnaire()}});
  ASSERT_TRUE(in);
  // No answers yet: the same version.
  auto same = service.change(organiser(), id, 1, *in);
  ASSERT_TRUE(same) << same.error().message;
  EXPECT_EQ(same->version, 1);
  ASSERT_TRUE(service.answer(stakeholder(0), id, {}, "about", json::object{{"role", "agency"}}, Step::next));
  auto changed = json::parse(R"({"sections": [{"key": "views", "title": "Views", "questions": [
      {"key": "trust", "type": "likert", "text": "Trust", "required": true, "scale_min": 1, "scale_max": 7}]}]})");
  in->definition = *read_definition(changed);
  EXPECT_EQ(service.change(organiser(), id, 1, *in).error().kind, ErrorKind::conflict);  // stale revision
  auto next = service.change(organiser(), id, 2, *in);
  ASSERT_TRUE(next) << next.error().message;
  EXPECT_EQ(next->version, 2);
  // The draft keeps its version: its questionnaire still asks the organisation.
  auto sheet = service.sheet(stakeholder(0), id, {});
  ASSERT_TRUE(sheet);
  EXPECT_EQ(sheet->version, 1);
  EXPECT_NE(sheet->definition.question("role"), nullptr);
  EXPECT_TRUE(service.answer(stakeholder(0), id, {}, "views", json::object{{"trust", 5}}, Step::submit));
  // A newcomer answers version 2, where 7 is on the scale.
  auto newcomer = send(stakeholder(1), id, R"({"trust": 7})");
  ASSERT_TRUE(newcomer) << newcomer.error().message;
  EXPECT_EQ(newcomer->version, 2);
  EXPECT_EQ(service.change(stakeholder(1), id, 3, *in).error().kind, ErrorKind::forbidden);
}

TEST_F(SurveyServiceTest, ResultsCountAndWithholdSmallGroups) {
  SurveyId id = made();
  for (int i = 0; i < 8; ++i)
    ASSERT_TRUE(send(stakeholder(i), id, i < 3 ? R"({"role": "cluster", "members": 10, "trust": 4, "remarks": "More fairs"})"
                                               : R"({"role": "agency", "trust": 2})"));
  EXPECT_EQ(service.results(stakeholder(0), id, {}).error().kind, ErrorKind::forbidden);
  auto all = service.results(organiser(), id, {});
  ASSERT_TRUE(all);
  EXPECT_EQ(all->respondents, 8);
  const auto& role = all->questions[0];
  EXPECT_EQ(role.counts[0].count, 3);
  EXPECT_EQ(role.counts[1].count, 5);
  EXPECT_EQ(all->questions[1].numbers->median, 10);
  EXPECT_EQ(all->questions[3].texts.size(), 3u);
  // Romania has five respondents: shown. Moldova (two) is neither offered nor shown.
  ASSERT_EQ(all->choices.countries.size(), 1u);
  EXPECT_EQ(all->choices.countries[0].first, "RO");
  auto romania = service.results(organiser(), id, Filter{"RO", "", ""});
  ASSERT_TRUE(romania);
  EXPECT_FALSE(romania->withheld);
  EXPECT_EQ(romania->respondents, 5);
  auto moldova = service.results(organiser(), id, Filter{"MD", "", ""});
  ASSERT_TRUE(moldova);
  EXPECT_TRUE(moldova->withheld);
  EXPECT_EQ(moldova->questions[0].answered, 0);
}

TEST_F(SurveyServiceTest, ExportsOneRowPerResponseWithCodesAndLabels) {
  SurveyId id = made();
  ASSERT_TRUE(send(stakeholder(0), id, R"({"role": "cluster", "members": 10, "trust": 4})"));
  ASSERT_TRUE(service.answer(stakeholder(1), id, {}, "about", json::object{{"role", "agency"}}, Step::save));  // a draft
  auto table = service.responses_table(organiser(), id, "en");
  ASSERT_TRUE(table) << table.error().message;
  EXPECT_EQ(table->columns, (std::vector<std::string>{"response", "version", "country", "organisation_type", "area", "role",
                                                      "role_label", "members", "trust", "remarks"}));
  ASSERT_EQ(table->rows.size(), 1u);
  EXPECT_EQ(table->rows[0][5], "cluster");
  EXPECT_EQ(table->rows[0][6], "A cluster");
  EXPECT_EQ(table->rows[0][7], "10");
}

TEST_F(SurveyServiceTest, AnEventsFeedbackFormIsForItsAttendeesOnceItHasEnded) {
  surroundings.events[7] = EventFacts{"Study visit to Iasi", kStart + 3 * kDay,
                                      {Attendee{UserId(100), "Ana", "ana@example.org", "ro"},
                                       Attendee{UserId(101), "Bora", "bora@example.org", "en"}}};
  auto bad = read_survey(json::object{{"title", "Feedback"}, {"audience", "event_attendees"}, {"definition", questionnaire()}});
  ASSERT_FALSE(bad);
  EXPECT_EQ(bad.error().field, "event");
  auto missing = read_survey(json::object{{"title", "Feedback"}, {"audience", "event_attendees"}, {"event", 8}, {"definition", questionnaire()}});
  ASSERT_TRUE(missing);
  EXPECT_EQ(service.create(organiser(), *missing).error().field, "event");
  SurveyId id = made(json::object{{"audience", "event_attendees"}, {"event", 7}});
  // Before the end the form is not offered, and answers are refused.
  EXPECT_FALSE(*service.feedback_form(stakeholder(0), 7));
  EXPECT_EQ(send(stakeholder(0), id, R"({"role": "agency", "trust": 2})").error().message,
            "The feedback form opens when the event ends.");
  EXPECT_EQ(service.invite_attendees(organiser(), id).error().kind, ErrorKind::conflict);
  clock = kStart + 4 * kDay;
  EXPECT_EQ(*service.feedback_form(stakeholder(0), 7), id);
  EXPECT_FALSE(*service.feedback_form(stakeholder(2), 7));  // not an attendee
  EXPECT_EQ(send(stakeholder(2), id, R"({"role": "agency", "trust": 2})").error().kind, ErrorKind::forbidden);
  ASSERT_TRUE(send(stakeholder(0), id, R"({"role": "agency", "trust": 2})"));
  // Only those who have not answered are mailed, with the form's address.
  EXPECT_EQ(service.invite_attendees(stakeholder(1), id).error().kind, ErrorKind::forbidden);
  auto mailed = service.invite_attendees(organiser(), id);
  ASSERT_TRUE(mailed) << mailed.error().message;
  EXPECT_EQ(*mailed, 1);
  ASSERT_EQ(surroundings.mails.size(), 1u);
  EXPECT_EQ(surroundings.mails[0].first, "bora@example.org");
  EXPECT_EQ(surroundings.mails[0].second.path, "/foresight/surveys/" + std::to_string(id.value()));
  EXPECT_EQ(repository.data.audit.back().action, "survey.invited");
  // A survey that is no feedback form is not mailed.
  EXPECT_EQ(service.invite_attendees(organiser(), made()).error().kind, ErrorKind::conflict);
}

}  // namespace
}  // namespace cps::surveys
