// "Discuss this" through GroupService with the real policy and in-memory ports: the discussion
// of a subject lives in the workspace its feature names and is found again by the subject; one
// per subject; and it is read only by those who may read the subject (a draft's discussion is
// not listed, opened, replied to or mentioned into by anyone else).
#include <gtest/gtest.h>

#include "domain/groups/group_service.hpp"
#include "domain/groups/testing/fakes.hpp"

namespace cps::groups {
namespace {

using accounts::Role;

Person person(std::int64_t id, std::string name, std::vector<accounts::RoleAssignment> roles) {
  accounts::Principal p;
  p.via = accounts::Principal::Via::session;
  p.user = accounts::UserId(id);
  p.label = "person" + std::to_string(id) + "@example.org";
  p.display_name = name;
  p.roles = std::move(roles);
  return Person{accounts::UserId(id), name, p.label, "en", p};
}

class Discussing : public ::testing::Test {
 protected:
  Discussing() : service_(repository_, surroundings_, [this] { return now_; }) {
    surroundings_.everybody = {author_, colleague_, stakeholder_};
    surroundings_.subjects = {
        {SubjectInfo{kPublished, "Cluster excellence label", "WG1", "/knowledge/12"}, std::nullopt},
        {SubjectInfo{kDraft, "Innovation vouchers (draft)", "WG1", "/knowledge/13"}, std::vector<std::int64_t>{1}},
    };
  }

  const Subject kPublished{SubjectKind::knowledge_item, 12};
  const Subject kDraft{SubjectKind::knowledge_item, 13};
  Seconds now_ = 1'800'000'000;
  FakeGroupRepository repository_;
  FakeGroupSurroundings surroundings_;
  GroupService service_;
  Person author_ = person(1, "Ana Ionescu", {{Role::partner_staff, ""}});
  Person colleague_ = person(2, "Besa Hoxha", {{Role::partner_staff, ""}});
  Person stakeholder_ = person(3, "Marko Novak", {{Role::stakeholder, ""}});
};

TEST_F(Discussing, a_subject_s_discussion_lives_in_its_workspace_and_is_found_again_by_it) {
  auto before = service_.discussion_of(colleague_.principal, kPublished);
  ASSERT_TRUE(before) << before.error().message;
  EXPECT_FALSE(before->thread.has_value());
  EXPECT_TRUE(before->can_start);
  EXPECT_EQ(before->subject.path, "/knowledge/12");

  auto t = service_.discuss(colleague_.principal, kPublished, "Could WG1 compare it with the Polish label?");
  ASSERT_TRUE(t) << t.error().message;
  EXPECT_EQ(t->group, "WG1");
  EXPECT_EQ(t->subject, "Cluster excellence label");
  EXPECT_EQ(t->about, std::optional<Subject>(kPublished));
  EXPECT_EQ(repository_.audit.back().action, "group.thread_started");
  EXPECT_EQ(repository_.audit.back().detail, "WG1 knowledge_item:12");

  auto after = service_.discussion_of(author_.principal, kPublished);
  ASSERT_TRUE(after);
  ASSERT_TRUE(after->thread.has_value());
  EXPECT_EQ(after->thread->id, t->id);
  EXPECT_FALSE(after->can_start);
  auto view = service_.thread(author_.principal, t->id);
  ASSERT_TRUE(view);
  EXPECT_EQ(view->thread.about, std::optional<Subject>(kPublished));
}

TEST_F(Discussing, a_subject_has_one_discussion_and_a_second_start_keeps_nothing) {
  ASSERT_TRUE(service_.discuss(colleague_.principal, kPublished, "First."));
  const auto posts = repository_.stored_posts();
  auto again = service_.discuss(author_.principal, kPublished, "Second.");
  ASSERT_FALSE(again);
  EXPECT_EQ(again.error().kind, ErrorKind::conflict);
  EXPECT_EQ(repository_.stored_posts(), posts);
}

TEST_F(Discussing, a_draft_s_discussion_is_read_only_by_those_who_read_the_draft) {
  auto t = service_.discuss(author_.principal, kDraft, "Before I send it to review: is the budget right?");
  ASSERT_TRUE(t) << t.error().message;
  // The colleague may not read the draft: not its discussion, nor in the workspace's list.
  EXPECT_EQ(service_.discussion_of(colleague_.principal, kDraft).error().kind, ErrorKind::not_found);
  EXPECT_EQ(service_.thread(colleague_.principal, t->id).error().kind, ErrorKind::not_found);
  EXPECT_EQ(service_.reply(colleague_.principal, t->id, "Let me see.").error().kind, ErrorKind::not_found);
  auto listed = service_.workspace(colleague_.principal, "WG1");
  ASSERT_TRUE(listed);
  EXPECT_TRUE(listed->threads.empty());
  EXPECT_EQ(listed->summary.threads, 0u);
  auto summaries = service_.workspaces(colleague_.principal);
  ASSERT_TRUE(summaries);
  EXPECT_EQ(summaries->front().code, "WG1");
  EXPECT_EQ(summaries->front().unread, 0u);
  // Nor can the author mention the colleague into it.
  auto mention = service_.reply(author_.principal, t->id, "@besa.hoxha what do you think?");
  ASSERT_FALSE(mention);
  EXPECT_EQ(mention.error().field, "body");
  EXPECT_EQ(service_.workspace(author_.principal, "WG1")->threads.size(), 1u);
}

TEST_F(Discussing, people_who_read_no_workspace_or_no_such_subject_find_nothing) {
  EXPECT_EQ(service_.discussion_of(stakeholder_.principal, kPublished).error().kind, ErrorKind::not_found);
  EXPECT_EQ(service_.discuss(stakeholder_.principal, kPublished, "Hello").error().kind, ErrorKind::not_found);
  EXPECT_EQ(service_.discussion_of(author_.principal, Subject{SubjectKind::pilot, 99}).error().kind,
            ErrorKind::not_found);
  EXPECT_EQ(service_.discussion_of(accounts::Principal{}, kPublished).error().kind, ErrorKind::unauthenticated);
}

}  // namespace
}  // namespace cps::groups
