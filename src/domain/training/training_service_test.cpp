// The training programme through TrainingService with the real policy and in-memory ports: a
// module kept by its area's coordinator only; enrolling, the pre- then post-self-assessment
// with ratings outside the scale refused; the quiz and its pass mark; completion with sessions
// attended; the certificate refused before completion, verifiable by its token afterwards and
// replaced by the next; the quiz closed once completed; gains hidden below five people.
#include "domain/training/training_service.hpp"

#include <gtest/gtest.h>

#include <boost/json.hpp>

#include "domain/training/testing/fakes.hpp"

namespace cps::training {
namespace {

namespace json = boost::json;

accounts::Principal principal(std::int64_t id, std::vector<accounts::RoleAssignment> roles = {}) {
  accounts::Principal p;
  p.via = accounts::Principal::Via::session;
  p.user = accounts::UserId(id);
  p.label = "person" + std::to_string(id) + "@example.org";
  p.display_name = "Person " + std::to_string(id);
  p.roles = std::move(roles);
  return p;
}

class TrainingFlow : public ::testing::Test {
 protected:
  TrainingFlow() : service_(repository_, surroundings_, [this] { return now_; }) {
    surroundings_.events = {Session{10, "Cluster management workshop", 1'790'000'000, "Europe/Bucharest", false}};
    surroundings_.items = {LinkedItem{20, "Cluster excellence labels"}};
  }

  json::object body(std::string area = "WG1") {
    return json::object{{"area", area},
                        {"title", "Cluster management excellence"},
                        {"summary", "Running a cluster organisation well."},
                        {"objectives", "Plan a cluster's strategy\nMeasure members' satisfaction"},
                        {"materials", "Read **the guide**."},
                        {"knowledge_items", "20"},
                        {"sessions", json::array{10}},
                        {"languages", "en, ro"},
                        {"status", "published"},
                        {"quiz", "Who funds a cluster? | *Members and programmes | Nobody\nIs a label forever? | Yes | *No"},
                        {"pass_mark", 50},
                        {"sessions_required", 1}};
  }
  Module created() {
    auto in = read_module(body());
    EXPECT_TRUE(in) << (in ? "" : in.error().message);
    auto m = service_.create(coordinator_, *in);
    EXPECT_TRUE(m) << (m ? "" : m.error().message);
    return *m;
  }

  FakeTrainingRepository repository_;
  FakeTrainingSurroundings surroundings_;
  Seconds now_ = 1'800'000'000;
  TrainingService service_;
  accounts::Principal coordinator_ = principal(1, {{accounts::Role::wg_coordinator, "WG1"}});
  accounts::Principal learner_ = principal(2, {{accounts::Role::stakeholder, ""}});
};

TEST_F(TrainingFlow, reads_a_module_and_refuses_bad_input) {
  auto in = read_module(body());
  ASSERT_TRUE(in);
  EXPECT_EQ(in->objectives.size(), 2u);
  ASSERT_EQ(in->quiz.size(), 2u);
  EXPECT_EQ(in->quiz[1].answer, 1);
  EXPECT_EQ(in->languages, (std::vector<std::string>{"en", "ro"}));
  auto again = body();
  again["quiz"] = quiz_text(in->quiz);
  EXPECT_EQ(read_module(again)->quiz, in->quiz) << "the form's text reads back as it was written";

  auto no_area = body("WG9");
  EXPECT_EQ(read_module(no_area).error().field, "area");
  auto no_right = body();
  no_right["quiz"] = "Which? | a | b";
  EXPECT_EQ(read_module(no_right).error().field, "quiz");
  auto too_many = body();
  too_many["sessions_required"] = 2;
  EXPECT_EQ(read_module(too_many).error().field, "sessions_required");
  auto language = body();
  language["languages"] = "de";
  EXPECT_EQ(read_module(language).error().field, "languages");
  EXPECT_EQ(read_ratings(json::object{{"ratings", json::array{1, 6}}}, 2).error().message,
            "Each rating is a whole number from 1 to 5.");
  EXPECT_EQ(read_ratings(json::object{{"ratings", json::array{1}}}, 2).error().message, "Rate every learning objective.");
}

TEST_F(TrainingFlow, only_the_areas_coordinator_keeps_a_module) {
  auto in = read_module(body("WG2"));
  ASSERT_TRUE(in);
  EXPECT_EQ(service_.create(coordinator_, *in).error().kind, ErrorKind::forbidden);
  EXPECT_EQ(service_.create(learner_, *read_module(body())).error().kind, ErrorKind::forbidden);
  Module m = created();
  EXPECT_EQ(service_.managed_areas(coordinator_), std::vector<std::string>{"WG1"});
  auto unknown_session = body();
  unknown_session["sessions"] = json::array{11};
  unknown_session["sessions_required"] = 0;
  EXPECT_EQ(service_.update(coordinator_, m.id, 1, *read_module(unknown_session)).error().field, "sessions");
  auto edited = service_.update(coordinator_, m.id, 1, *read_module(body()));
  ASSERT_TRUE(edited);
  EXPECT_EQ(edited->revision, 2);
  EXPECT_EQ(service_.update(coordinator_, m.id, 1, *read_module(body())).error().kind, ErrorKind::conflict);

  auto draft = body();
  draft["status"] = "draft";
  auto d = service_.create(coordinator_, *read_module(draft));
  ASSERT_TRUE(d);
  EXPECT_EQ(service_.module(learner_, d->id).error().kind, ErrorKind::not_found);
  EXPECT_EQ(service_.list(learner_, {})->size(), 1u);
  EXPECT_EQ(service_.list(coordinator_, {})->size(), 2u);
  EXPECT_EQ(repository_.audit.front().action, "training.module_created");
}

TEST_F(TrainingFlow, a_learner_goes_from_enrolment_to_certificate) {
  Module m = created();
  EXPECT_EQ(service_.assess(learner_, m.id, Phase::pre, {3, 2}).error().message, "Enrol in this module first.");
  ASSERT_TRUE(service_.enrol(learner_, m.id));
  EXPECT_EQ(service_.enrol(learner_, m.id).error().kind, ErrorKind::conflict);
  auto view = service_.module(learner_, m.id);
  ASSERT_TRUE(view);
  EXPECT_TRUE(view->can.pre);
  EXPECT_FALSE(view->can.post);
  EXPECT_EQ(view->module.quiz[0].answer, -1) << "the right answers stay hidden from learners";

  EXPECT_EQ(service_.assess(learner_, m.id, Phase::post, {4, 4}).error().field, "phase");
  EXPECT_EQ(service_.assess(learner_, m.id, Phase::pre, {3, 9}).error().field, "ratings");
  EXPECT_EQ(service_.assess(learner_, m.id, Phase::pre, {3}).error().field, "ratings");
  ASSERT_TRUE(service_.assess(learner_, m.id, Phase::pre, {2, 1}));
  EXPECT_EQ(service_.assess(learner_, m.id, Phase::pre, {2, 1}).error().kind, ErrorKind::conflict);

  auto failed = service_.take_quiz(learner_, m.id, {1, 0});
  ASSERT_TRUE(failed);
  EXPECT_EQ(failed->score, 0);
  EXPECT_FALSE(failed->passed);
  EXPECT_EQ(service_.take_quiz(learner_, m.id, {0, 7}).error().field, "answers");
  auto passed = service_.take_quiz(learner_, m.id, {0, 1});
  ASSERT_TRUE(passed);
  EXPECT_EQ(passed->score, 100);
  EXPECT_EQ(passed->attempts, 2);

  ASSERT_TRUE(service_.assess(learner_, m.id, Phase::post, {4, 3}));
  auto refused = service_.issue_certificate(learner_, m.id);
  ASSERT_FALSE(refused) << "the session is not attended yet";
  EXPECT_EQ(refused.error().kind, ErrorKind::conflict);
  EXPECT_EQ(service_.module(learner_, m.id)->progress.missing, std::vector<Requirement>{Requirement::sessions_attended});

  surroundings_.attended.push_back({2, 10});
  view = service_.module(learner_, m.id);
  EXPECT_TRUE(view->progress.gain_known);
  EXPECT_DOUBLE_EQ(view->progress.pre_mean, 1.5);
  EXPECT_DOUBLE_EQ(view->progress.post_mean, 3.5);
  EXPECT_TRUE(view->can.certificate);
  auto token = service_.issue_certificate(learner_, m.id);
  ASSERT_TRUE(token);
  auto certificate = service_.certificate(*token);
  ASSERT_TRUE(certificate);
  EXPECT_EQ(certificate->name, "Person 2");
  EXPECT_EQ(certificate->module_title, "Cluster management excellence");
  EXPECT_EQ(certificate->completed_at, now_);

  EXPECT_EQ(service_.take_quiz(learner_, m.id, {0, 1}).error().message,
            "You have completed this module: its quiz is closed.");
  auto again = service_.issue_certificate(learner_, m.id);
  ASSERT_TRUE(again);
  EXPECT_EQ(service_.certificate(*token).error().kind, ErrorKind::not_found) << "the earlier address stops working";
  EXPECT_TRUE(service_.certificate(*again));
  EXPECT_EQ(service_.certificate("not-a-certificate-token-at-all").error().kind, ErrorKind::not_found);
}

TEST_F(TrainingFlow, leaving_and_enrolling_again_keeps_the_answers) {
  Module m = created();
  ASSERT_TRUE(service_.enrol(learner_, m.id));
  ASSERT_TRUE(service_.assess(learner_, m.id, Phase::pre, {2, 2}));
  ASSERT_TRUE(service_.leave(learner_, m.id));
  EXPECT_FALSE(service_.module(learner_, m.id)->mine);
  EXPECT_EQ(service_.leave(learner_, m.id).error().kind, ErrorKind::conflict);
  auto back = service_.enrol(learner_, m.id);
  ASSERT_TRUE(back);
  EXPECT_EQ(back->pre, (std::vector<int>{2, 2}));
  EXPECT_EQ(service_.module(accounts::Principal{}, m.id)->can.enrol, false) << "visitors sign in first";
  EXPECT_EQ(service_.enrol(accounts::Principal{}, m.id).error().kind, ErrorKind::unauthenticated);
}

TEST_F(TrainingFlow, gains_are_shown_from_five_people_on) {
  Module m = created();
  auto rated = [&](std::int64_t user) {
    Enrolment e;
    e.module = m.id;
    e.user = accounts::UserId(user);
    e.name = "P";
    e.enrolled_at = e.pre_at = e.post_at = now_;
    e.pre = {2, 2};
    e.post = {4, 3};
    return e;
  };
  for (int i = 0; i < 4; ++i) repository_.put(rated(100 + i));
  auto view = service_.module(learner_, m.id);
  EXPECT_EQ(view->gain.people, 4);
  EXPECT_FALSE(view->gain.shown);
  EXPECT_TRUE(view->gain.pre_by_objective.empty());
  repository_.put(rated(104));
  view = service_.module(learner_, m.id);
  EXPECT_TRUE(view->gain.shown);
  EXPECT_DOUBLE_EQ(view->gain.pre_mean, 2.0);
  EXPECT_DOUBLE_EQ(view->gain.post_mean, 3.5);
  EXPECT_DOUBLE_EQ(view->gain.post_by_objective[0], 4.0);
  ASSERT_EQ(view->cohorts.size(), 1u);
  EXPECT_EQ(view->cohorts[0].cohort, "2027");
  EXPECT_TRUE(view->cohorts[0].shown);

  auto fewer = body();
  fewer["objectives"] = "Only one objective now";
  EXPECT_EQ(service_.update(coordinator_, m.id, 1, *read_module(fewer)).error().field, "objectives");
}

}  // namespace
}  // namespace cps::training
