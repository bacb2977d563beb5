// Workspaces through GroupService with the real policy and in-memory ports: who reads which
// workspace, a thread with replies, mentions that notify (and unknown ones refused with nothing
// stored), subscriptions, editing, moderation, locked threads, the decisions log, the e-mails
// at once and in digests and the link that stops them.
#include "domain/groups/group_service.hpp"

#include <gtest/gtest.h>

#include <boost/json.hpp>

#include "domain/groups/testing/fakes.hpp"

namespace cps::groups {
namespace {

using accounts::Role;
constexpr Seconds kDay = 24 * 60 * 60;

Person person(std::int64_t id, std::string name, std::vector<accounts::RoleAssignment> roles) {
  accounts::Principal p;
  p.via = accounts::Principal::Via::session;
  p.user = accounts::UserId(id);
  p.label = "person" + std::to_string(id) + "@example.org";
  p.display_name = name;
  p.roles = std::move(roles);
  return Person{accounts::UserId(id), name, p.label, "en", p};
}

class Workspaces : public ::testing::Test {
 protected:
  Workspaces() : service_(repository_, surroundings_, [this] { return now_; }) {
    surroundings_.everybody = {coordinator_, member_, staff_, sc_, stakeholder_};
  }

  Thread started(const std::string& body = "Shall we compare the cluster managers' training schemes?") {
    auto t = service_.start_thread(member_.principal, "WG4", {"Training for cluster managers", body});
    EXPECT_TRUE(t) << (t ? "" : t.error().message);
    return *t;
  }

  Seconds now_ = 1'800'000'000;
  FakeGroupRepository repository_;
  FakeGroupSurroundings surroundings_;
  GroupService service_;
  Person coordinator_ = person(1, "Ana Ionescu", {{Role::wg_coordinator, "WG4"}});
  Person member_ = person(2, "Besa Hoxha", {{Role::wg_member, "WG4"}});
  Person staff_ = person(3, "Gábor Kiss", {{Role::partner_staff, ""}});
  Person sc_ = person(4, "Eleni Papadopoulou", {{Role::sc_member, ""}});
  Person stakeholder_ = person(5, "Marko Novak", {{Role::stakeholder, ""}});
};

TEST(Mentions, are_handles_after_an_at_sign_outside_code_and_addresses) {
  EXPECT_EQ(handle_of("  Ana   Ionescu "), "ana.ionescu");
  EXPECT_EQ(mentions_in("Thanks @Ana.Ionescu. And @besa.hoxha, see `@not.this` or ana@example.org @ana.ionescu"),
            (std::vector<std::string>{"ana.ionescu", "besa.hoxha"}));
}

TEST_F(Workspaces, the_committees_workspaces_are_their_members_own) {
  auto member = service_.workspaces(member_.principal);
  ASSERT_TRUE(member);
  EXPECT_EQ(member->size(), 6u);  // WG1…WG6
  auto sc = service_.workspaces(sc_.principal);
  ASSERT_TRUE(sc);
  EXPECT_EQ(sc->size(), 7u);
  EXPECT_FALSE(service_.workspace(member_.principal, "SC"));
  EXPECT_EQ(service_.workspace(stakeholder_.principal, "WG4").error().kind, ErrorKind::not_found);
  auto wg4 = service_.workspace(staff_.principal, "WG4");
  ASSERT_TRUE(wg4);
  ASSERT_EQ(wg4->members.size(), 2u);
  EXPECT_EQ(wg4->members[0].role, MemberRole::coordinator);
  EXPECT_EQ(wg4->members[0].handle, "ana.ionescu");
  EXPECT_TRUE(wg4->can.post);
  EXPECT_FALSE(wg4->can.moderate);
}

TEST_F(Workspaces, a_mention_notifies_the_person_in_the_centre_and_by_e_mail_at_once) {
  auto t = started("@ana.ionescu could you share the syllabus?");
  auto centre = service_.notifications(coordinator_.principal);
  ASSERT_TRUE(centre);
  ASSERT_EQ(centre->items.size(), 1u);
  EXPECT_EQ(centre->unread, 1);
  EXPECT_EQ(centre->items[0].kind, NotificationKind::mention);
  EXPECT_EQ(centre->items[0].thread, t.id);
  ASSERT_EQ(surroundings_.mails.size(), 1u);
  EXPECT_EQ(surroundings_.mails[0].to, 1);
  EXPECT_EQ(surroundings_.mails[0].text.paragraphs.back().values[0].first, "path");
  ASSERT_TRUE(service_.mark_read(coordinator_.principal, std::nullopt));
  EXPECT_EQ(*service_.unread_notifications(coordinator_.principal), 0);
}

TEST_F(Workspaces, an_unknown_mention_is_refused_naming_it_and_nothing_is_stored) {
  auto t = service_.start_thread(member_.principal, "WG4", {"Subject", "Hello @nobody.here"});
  ASSERT_FALSE(t);
  EXPECT_EQ(t.error().field, "body");
  EXPECT_EQ(t.error().values.at(0).second, "nobody.here");
  // Somebody who cannot read the workspace is not mentioned there either.
  EXPECT_FALSE(service_.start_thread(member_.principal, "WG4", {"Subject", "Hello @marko.novak"}));
  EXPECT_EQ(repository_.stored_posts(), 0u);
  EXPECT_TRUE(repository_.audit.empty());
}

TEST_F(Workspaces, a_reply_notifies_the_subscribers_and_subscribes_who_replies) {
  auto t = started();
  now_ += 60;
  ASSERT_TRUE(service_.reply(staff_.principal, t.id, "We ran one in Szeged; notes follow."));
  auto member = service_.notifications(member_.principal);
  ASSERT_EQ(member->items.size(), 1u);
  EXPECT_EQ(member->items[0].kind, NotificationKind::reply);
  EXPECT_TRUE(surroundings_.mails.empty());  // replies come in the daily digest by default
  ASSERT_TRUE(service_.set_subscription(member_.principal, t.id, Subscription::unsubscribed));
  now_ += 60;
  ASSERT_TRUE(service_.reply(coordinator_.principal, t.id, "Thanks."));
  EXPECT_EQ(service_.notifications(member_.principal)->items.size(), 1u);
  EXPECT_EQ(service_.notifications(staff_.principal)->items.size(), 1u);
}

TEST_F(Workspaces, reading_a_thread_marks_it_read_for_that_person_only) {
  auto t = started();
  auto before = service_.workspace(coordinator_.principal, "WG4");
  EXPECT_TRUE(before->threads[0].unread);
  EXPECT_FALSE(service_.workspace(member_.principal, "WG4")->threads[0].unread);
  ASSERT_TRUE(service_.thread(coordinator_.principal, t.id));
  EXPECT_FALSE(service_.workspace(coordinator_.principal, "WG4")->threads[0].unread);
}

TEST_F(Workspaces, only_the_author_edits_and_the_post_is_marked_edited) {
  auto t = started();
  auto view = service_.thread(member_.principal, t.id);
  PostId first = view->posts[0].post.id;
  EXPECT_EQ(service_.edit_post(staff_.principal, first, "Mine now").error().kind, ErrorKind::forbidden);
  now_ += 10;
  auto edited = service_.edit_post(member_.principal, first, "Shall we compare training schemes? @ana.ionescu");
  ASSERT_TRUE(edited);
  EXPECT_EQ(edited->edited_at, now_);
  EXPECT_EQ(service_.notifications(coordinator_.principal)->items.size(), 1u);  // newly mentioned
}

TEST_F(Workspaces, moderators_hide_with_a_reason_and_lock_threads) {
  auto t = started();
  auto first = service_.thread(member_.principal, t.id)->posts[0].post.id;
  EXPECT_EQ(service_.hide_post(staff_.principal, first, "Off topic").error().kind, ErrorKind::forbidden);
  auto hidden = service_.hide_post(coordinator_.principal, first, "Off topic");
  ASSERT_TRUE(hidden);
  EXPECT_EQ(hidden->hidden_by_name, "Ana Ionescu");
  ASSERT_TRUE(service_.set_thread_state(coordinator_.principal, t.id, ThreadState::locked));
  auto refused = service_.reply(staff_.principal, t.id, "One more thing");
  ASSERT_FALSE(refused);
  EXPECT_EQ(refused.error().kind, ErrorKind::conflict);
  EXPECT_EQ(repository_.stored_posts(), 1u);
  EXPECT_EQ(repository_.audit.back().action, "group.thread_locked");
}

TEST_F(Workspaces, coordinators_keep_the_decisions_log_linked_to_their_discussions) {
  auto t = started();
  DecisionInput in{"Adopt the common training syllabus.", "2027-03-02", "WG4 meeting, Szeged", t.id};
  EXPECT_EQ(service_.record_decision(member_.principal, "WG4", in).error().kind, ErrorKind::forbidden);
  ASSERT_TRUE(service_.record_decision(coordinator_.principal, "WG4", in));
  in.thread = ThreadId(999);
  EXPECT_EQ(service_.record_decision(coordinator_.principal, "WG4", in).error().field, "thread");
  EXPECT_EQ(service_.workspace(member_.principal, "WG4")->decisions.size(), 1u);
}

TEST_F(Workspaces, digests_gather_replies_once_a_day_and_links_stop_them) {
  auto t = started();
  ASSERT_TRUE(service_.reply(staff_.principal, t.id, "First"));
  ASSERT_TRUE(service_.reply(coordinator_.principal, t.id, "Second"));
  auto sent = service_.send_digests();
  ASSERT_TRUE(sent);
  EXPECT_EQ(*sent, 2u);  // the member (two replies in one) and the staff member
  EXPECT_EQ(*service_.send_digests(), 0u);
  ASSERT_TRUE(service_.reply(staff_.principal, t.id, "Third"));
  // The coordinator's first digest goes at once; the member's waits until a day has passed.
  EXPECT_EQ(*service_.send_digests(), 1u);
  now_ += kDay;
  EXPECT_EQ(*service_.send_digests(), 1u);
  const auto& link = surroundings_.mails.back().text.paragraphs.back().values[0].second;
  auto kind = service_.unsubscribe(link.substr(link.rfind('/') + 1));
  ASSERT_TRUE(kind);
  EXPECT_EQ(*kind, NotificationKind::reply);
  EXPECT_FALSE(service_.unsubscribe("not-a-link"));
}

}  // namespace
}  // namespace cps::groups
