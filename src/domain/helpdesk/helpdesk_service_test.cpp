// A question through HelpdeskService with the real policy and in-memory ports: asked, assigned
// to an expert with a due date, answered with a draft knowledge item and closed; who sees and
// does what; the refusals; the mails at each step and the reminders before and after the due
// date, each sent once; and that a refused change writes nothing.
#include "domain/helpdesk/helpdesk_service.hpp"

#include <gtest/gtest.h>

#include <boost/json.hpp>

#include "domain/helpdesk/testing/fakes.hpp"

namespace cps::helpdesk {
namespace {

namespace json = boost::json;
constexpr Seconds kDay = 24 * 60 * 60;

Person person(std::int64_t id, std::vector<accounts::RoleAssignment> roles) {
  accounts::Principal p;
  p.via = accounts::Principal::Via::session;
  p.user = accounts::UserId(id);
  p.label = "person" + std::to_string(id) + "@example.org";
  p.display_name = "Person " + std::to_string(id);
  p.roles = std::move(roles);
  return Person{accounts::UserId(id), p.display_name, p.label, "en", p};
}

class HelpdeskFlow : public ::testing::Test {
 protected:
  HelpdeskFlow() : service_(repository_, surroundings_, [this] { return now_; }) {
    surroundings_.everybody = {asker_, wg4_, stc_, stc_only_, other_};
  }

  QuestionView asked() {
    QuestionInput in{RegionCode("AL02"), "criterion:WG4.2", std::nullopt,
                     "Which financial instruments worked for young clusters where public money is scarce?", "en"};
    in.area = AreaCode("WG4");
    auto q = service_.ask(asker_.principal, in);
    EXPECT_TRUE(q) << (q ? "" : q.error().message);
    return *q;
  }
  AnswerInput answer_text() {
    return AnswerInput{AnswerKind::study, "en", "Funding young clusters", "Tapered grants and members' fees.",
                       "Grants that taper over three years.", "See the draft."};
  }

  FakeHelpdeskRepository repository_;
  FakeHelpdeskSurroundings surroundings_;
  Seconds now_ = 1'780'000'000;  // 2026-05-28
  HelpdeskService service_;
  Person asker_ = person(1, {{accounts::Role::partner_staff, ""}});
  Person wg4_ = person(2, {{accounts::Role::wg_coordinator, "WG4"}});
  Person stc_ = person(3, {{accounts::Role::stc_member, ""}, {accounts::Role::partner_staff, ""}});
  Person stc_only_ = person(4, {{accounts::Role::stc_member, ""}});  // may answer, writes no items
  Person other_ = person(5, {{accounts::Role::wg_coordinator, "WG1"}});
};

TEST_F(HelpdeskFlow, a_question_is_asked_assigned_answered_with_a_draft_item_and_closed) {
  auto q = asked();
  EXPECT_EQ(q.question.status, QuestionStatus::open);
  EXPECT_EQ(q.question.area, AreaCode("WG4"));
  ASSERT_EQ(surroundings_.mails.size(), 1u);  // the area's coordinator hears of it
  EXPECT_EQ(surroundings_.mails[0].to, 2);

  auto can = service_.capabilities(wg4_.principal, q.question);
  EXPECT_TRUE(can.assign);
  EXPECT_FALSE(service_.capabilities(asker_.principal, q.question).assign);
  auto experts = service_.experts(wg4_.principal, AreaCode("WG4"));
  ASSERT_TRUE(experts);
  std::vector<std::int64_t> ids;
  for (const auto& e : *experts) ids.push_back(e.id.value());
  EXPECT_EQ(ids, (std::vector<std::int64_t>{2, 3}));  // not the committee member who writes no items

  auto assigned = service_.assign(wg4_.principal, q.question.id, 1, AssignmentInput{stc_.id, "2026-06-11", "Thanks!"});
  ASSERT_TRUE(assigned) << assigned.error().message;
  EXPECT_EQ(assigned->question.status, QuestionStatus::assigned);
  EXPECT_EQ(assigned->question.expert_name, "Person 3");
  EXPECT_EQ(assigned->question.revision, 2);
  EXPECT_EQ(surroundings_.mails.back().to, 3);

  // The expert sees it in their list and answers.
  auto mine = service_.list(stc_.principal, ListFilter{.view = View::assigned}, "en");
  ASSERT_TRUE(mine);
  ASSERT_EQ(mine->size(), 1u);
  auto answered = service_.answer(stc_.principal, q.question.id, 2, answer_text());
  ASSERT_TRUE(answered) << answered.error().message;
  EXPECT_EQ(answered->question.status, QuestionStatus::answered);
  EXPECT_EQ(answered->question.answer_item, 101);
  EXPECT_EQ(answered->answer_title, "Funding young clusters");
  ASSERT_EQ(surroundings_.answers.size(), 1u);
  EXPECT_EQ(surroundings_.answers[0].area, AreaCode("WG4"));
  EXPECT_EQ(surroundings_.answers[0].region, RegionCode("AL02"));
  EXPECT_EQ(surroundings_.mails.back().to, 1);  // the asker

  auto closed = service_.close(asker_.principal, q.question.id, 3, "Thank you.");
  ASSERT_TRUE(closed);
  EXPECT_EQ(closed->question.status, QuestionStatus::closed);
  std::vector<std::string> actions;
  for (const auto& a : repository_.audit) actions.push_back(a.action);
  EXPECT_EQ(actions, (std::vector<std::string>{"helpdesk.asked", "helpdesk.assigned", "helpdesk.answered",
                                               "helpdesk.closed"}));
  EXPECT_EQ(repository_.audit[1].target, "question:1");
}

TEST_F(HelpdeskFlow, questions_are_seen_by_their_asker_expert_and_the_areas_answerers_only) {
  auto q = asked();
  EXPECT_TRUE(service_.question(asker_.principal, q.question.id, "en"));
  EXPECT_TRUE(service_.question(wg4_.principal, q.question.id, "en"));
  EXPECT_EQ(service_.question(other_.principal, q.question.id, "en").error().kind, ErrorKind::not_found);
  EXPECT_EQ(service_.question(accounts::Principal{}, q.question.id, "en").error().kind, ErrorKind::unauthenticated);
  EXPECT_EQ(service_.list(asker_.principal, ListFilter{.view = View::all}, "en").error().kind, ErrorKind::forbidden);
  auto all = service_.list(other_.principal, ListFilter{.view = View::all}, "en");
  ASSERT_TRUE(all);
  EXPECT_TRUE(all->empty());  // WG1's coordinator answers WG1 only
}

TEST_F(HelpdeskFlow, refusals_leave_nothing_behind) {
  auto q = asked();
  const auto audited = repository_.audit.size();
  EXPECT_EQ(service_.assign(other_.principal, q.question.id, 1, AssignmentInput{stc_.id, "2026-06-11", ""}).error().kind,
            ErrorKind::not_found);
  EXPECT_EQ(service_.assign(wg4_.principal, q.question.id, 1, AssignmentInput{stc_.id, "2026-05-01", ""}).error().field,
            "due");
  EXPECT_EQ(service_.assign(wg4_.principal, q.question.id, 1, AssignmentInput{asker_.id, "2026-06-11", ""}).error().field,
            "expert");
  EXPECT_EQ(service_.assign(wg4_.principal, q.question.id, 1, AssignmentInput{stc_only_.id, "2026-06-11", ""}).error().field,
            "expert");
  EXPECT_EQ(service_.assign(wg4_.principal, q.question.id, 7, AssignmentInput{stc_.id, "2026-06-11", ""}).error().kind,
            ErrorKind::conflict);
  EXPECT_EQ(service_.answer(asker_.principal, q.question.id, 1, answer_text()).error().kind, ErrorKind::forbidden);
  EXPECT_EQ(service_.answer(stc_only_.principal, q.question.id, 1, answer_text()).error().kind, ErrorKind::forbidden);
  surroundings_.refuse_answers = true;
  EXPECT_FALSE(service_.answer(wg4_.principal, q.question.id, 1, answer_text()));
  EXPECT_EQ(repository_.audit.size(), audited);
  auto still = service_.question(wg4_.principal, q.question.id, "en");
  ASSERT_TRUE(still);
  EXPECT_EQ(still->question.status, QuestionStatus::open);
  EXPECT_EQ(still->question.revision, 1);
  QuestionInput nowhere{RegionCode("XX99"), "", AreaCode("WG4"), "A question about nowhere at all.", "en"};
  EXPECT_EQ(service_.ask(asker_.principal, nowhere).error().field, "region");
  EXPECT_EQ(service_.close(other_.principal, q.question.id, 1, "").error().kind, ErrorKind::not_found);
}

TEST_F(HelpdeskFlow, reminders_go_two_days_before_and_after_the_due_date_once_each) {
  auto q = asked();
  ASSERT_TRUE(service_.assign(wg4_.principal, q.question.id, 1, AssignmentInput{stc_.id, "2026-06-05", ""}));
  surroundings_.mails.clear();
  EXPECT_EQ(*service_.send_reminders(), 0u);  // 8 days ahead
  now_ += 7 * kDay;  // 2026-06-04: due tomorrow
  EXPECT_EQ(*service_.send_reminders(), 1u);
  EXPECT_EQ(*service_.send_reminders(), 0u);
  EXPECT_FALSE(service_.question(stc_.principal, q.question.id, "en")->overdue);
  now_ += 2 * kDay;  // 2026-06-06: overdue; the expert and the area's coordinator
  EXPECT_EQ(*service_.send_reminders(), 2u);
  EXPECT_EQ(*service_.send_reminders(), 0u);
  EXPECT_TRUE(service_.question(stc_.principal, q.question.id, "en")->overdue);
  auto overdue = service_.list(wg4_.principal, ListFilter{.view = View::all, .status = QuestionStatus::assigned}, "en");
  ASSERT_TRUE(overdue);
  ASSERT_EQ(overdue->size(), 1u);
  EXPECT_TRUE((*overdue)[0].overdue);
}

TEST(HelpdeskInputs, the_area_comes_from_the_need_or_must_be_chosen) {
  auto from_need = read_question(json::object{{"region", "al02"}, {"need", "criterion:WG4.2"}, {"text", "What worked elsewhere?"}, {"language", "sq"}});
  ASSERT_TRUE(from_need) << from_need.error().message;
  EXPECT_EQ(from_need->area, AreaCode("WG4"));
  EXPECT_EQ(from_need->region, RegionCode("AL02"));
  EXPECT_EQ(read_question(json::object{{"region", "RO21"}, {"need", "sector:C"}, {"text", "What worked elsewhere?"}, {"language", "ro"}})
                .error()
                .field,
            "area");
  EXPECT_EQ(read_question(json::object{{"region", "RO21"}, {"need", "area:WG4"}, {"area", "WG1"}, {"text", "What worked elsewhere?"}, {"language", "ro"}})
                .error()
                .field,
            "area");
  EXPECT_EQ(read_question(json::object{{"region", "RO21"}, {"area", "WG1"}, {"text", "Why?"}, {"language", "ro"}}).error().field, "text");
  EXPECT_EQ(read_assignment(json::object{{"expert", 3}, {"due", "2026-02-30"}}).error().field, "due");
  EXPECT_EQ(read_answer(json::object{{"language", "en"}, {"title", ""}, {"body", "x"}}).error().field, "title");
}

TEST(HelpdeskDates, days_are_counted_across_months) {
  EXPECT_EQ(day_of(1'780'000'000), "2026-05-28");
  EXPECT_EQ(days_after("2026-05-28", 14), "2026-06-11");
  EXPECT_TRUE(is_date("2028-02-29"));
  EXPECT_FALSE(is_date("2026-02-29"));
}

}  // namespace
}  // namespace cps::helpdesk
