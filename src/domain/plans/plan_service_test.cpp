// Plans through PlanService with the real policy and the in-memory repository: a plan read
// from Markdown, who reads drafts and who the published version, suggestions of each kind
// accepted into versions or rejected with a reason, the conflicts that leave everything as it
// was, support, and the steering committee's vote with its quorum, majority and deadline.
#include "domain/plans/plan_service.hpp"

#include <gtest/gtest.h>

#include <boost/json.hpp>

#include "domain/plans/testing/fake_plan_repository.hpp"

namespace cps::plans {
namespace {

using accounts::Role;
constexpr Seconds kDay = 24 * 60 * 60;
constexpr Seconds kMonday = 1'797'206'400;  // 2026-12-14 00:00 UTC

accounts::Principal person(std::int64_t id, std::string name, std::vector<accounts::RoleAssignment> roles,
                           std::int64_t organisation = 0) {
  accounts::Principal p;
  p.via = accounts::Principal::Via::session;
  p.user = accounts::UserId(id);
  p.label = "person" + std::to_string(id) + "@example.org";
  p.display_name = std::move(name);
  p.roles = std::move(roles);
  if (organisation) p.organisation = accounts::OrganisationId(organisation);
  return p;
}

const std::string kText =
    "# Vision\n\nClusters in the region cooperate across borders.\n\n"
    "## Priorities\n\nFirst, skills for cluster managers.\nIn every region.\n\nSecond, shared test beds.\n";

class Plans : public ::testing::Test {
 protected:
  Plans() : service_(repository_, [this] { return now_; }) {}

  Plan created() {
    auto plan = service_.create(lead_, PlanInput{"Joint Strategic Plan", PlanKind::joint_strategic_plan, "WG4",
                                                 {"en", "ro"}, kText});
    EXPECT_TRUE(plan) << (plan ? "" : plan.error().message);
    return *plan;
  }
  Paragraph paragraph(PlanId id, std::size_t section, std::size_t n) {
    auto view = service_.plan(member_, id);
    EXPECT_TRUE(view);
    return view->sections.at(section).paragraphs.at(n).paragraph;
  }
  Suggestion suggested(PlanId id, const Paragraph& p, SuggestionKind kind, std::string text,
                       const accounts::Principal& who) {
    auto s = service_.suggest(who, id, SuggestionInput{p.id, kind, std::move(text), "Closer to the evidence.", p.revision});
    EXPECT_TRUE(s) << (s ? "" : s.error().message);
    return *s;
  }

  Seconds now_ = kMonday;
  FakePlanRepository repository_;
  PlanService service_;
  accounts::Principal lead_ = person(1, "Ana Ionescu", {{Role::lead_coordinator, ""}}, 10);
  accounts::Principal editor_ = person(2, "Besa Hoxha", {{Role::wg_coordinator, "WG4"}}, 11);
  accounts::Principal other_editor_ = person(3, "Gábor Kiss", {{Role::wg_coordinator, "WG2"}}, 12);
  accounts::Principal member_ = person(4, "Eleni Papadopoulou", {{Role::wg_member, "WG4"}}, 13);
  accounts::Principal sc_a_ = person(5, "Marko Novak", {{Role::sc_member, ""}}, 20);
  accounts::Principal sc_b_ = person(6, "Ioana Pop", {{Role::sc_member, ""}}, 21);
  accounts::Principal sc_b2_ = person(7, "Dan Pop", {{Role::sc_member, ""}}, 21);
  accounts::Principal anonymous_;
};

TEST(PlanText, headings_start_sections_and_blank_lines_part_paragraphs) {
  auto sections = sections_of_markdown(kText);
  ASSERT_TRUE(sections);
  ASSERT_EQ(sections->size(), 2u);
  EXPECT_EQ((*sections)[1].heading, "Priorities");
  EXPECT_EQ((*sections)[1].paragraphs,
            (std::vector<std::string>{"First, skills for cluster managers. In every region.", "Second, shared test beds."}));
  EXPECT_EQ(sections_of_markdown(markdown_of(*sections))->at(1).paragraphs, (*sections)[1].paragraphs);
  EXPECT_FALSE(sections_of_markdown("No heading first.\n\n# Then one\n\nText."));
  EXPECT_FALSE(sections_of_markdown("# Empty\n\n# Full\n\nText."));
}

TEST(PlanInputs, read_what_pages_and_the_api_send) {
  namespace json = boost::json;
  auto bad_group = read_plan(json::parse(R"({"title":"P","kind":"sustainability_plan","editor_group":"WG9",
    "languages":["en"],"text":"# A\n\nB"})").as_object());
  ASSERT_FALSE(bad_group);
  EXPECT_EQ(bad_group.error().field, "editor_group");
  auto no_reason = read_suggestion(
      json::parse(R"({"paragraph":"3","kind":"replace","text":"New","reason":" ","revision":"1"})").as_object());
  ASSERT_FALSE(no_reason);
  EXPECT_EQ(no_reason.error().field, "reason");
  auto removal = read_suggestion(
      json::parse(R"({"paragraph":3,"kind":"delete","text":"ignored","reason":"Outdated.","revision":2})").as_object());
  ASSERT_TRUE(removal);
  EXPECT_EQ(removal->kind, SuggestionKind::remove);
  EXPECT_TRUE(removal->text.empty());
  EXPECT_FALSE(read_rejection(json::parse(R"({"reason":""})").as_object()));
  EXPECT_FALSE(read_vote(json::parse(R"({"deadline":"2026-12-20","quorum":"2","majority":"40"})").as_object()));
}

TEST_F(Plans, are_read_from_markdown_into_sections_and_a_first_version) {
  auto plan = created();
  auto view = service_.plan(member_, plan.id);
  ASSERT_TRUE(view);
  ASSERT_EQ(view->sections.size(), 2u);
  EXPECT_EQ(view->sections[1].paragraphs.size(), 2u);
  ASSERT_EQ(view->versions.size(), 1u);
  EXPECT_EQ(view->versions[0].number, 1);
  EXPECT_TRUE(view->can.suggest);
  EXPECT_FALSE(view->can.edit);
  EXPECT_EQ(repository_.audit.back().action, "plan.created");
  EXPECT_EQ(service_.create(member_, PlanInput{"X", PlanKind::sustainability_plan, "WG1", {"en"}, kText}).error().kind,
            ErrorKind::forbidden);
}

TEST_F(Plans, drafts_are_for_members_and_only_published_versions_public) {
  auto plan = created();
  EXPECT_EQ(service_.plan(anonymous_, plan.id).error().kind, ErrorKind::not_found);
  EXPECT_TRUE(service_.plans(anonymous_)->empty());
  EXPECT_EQ(service_.version(anonymous_, plan.id, 1).error().kind, ErrorKind::not_found);
  EXPECT_TRUE(service_.version(member_, plan.id, 1));
}

TEST_F(Plans, an_accepted_suggestion_makes_a_new_version) {
  auto plan = created();
  auto p = paragraph(plan.id, 1, 1);
  auto replace = suggested(plan.id, p, SuggestionKind::replace, "Second, shared test beds in three regions.", member_);
  auto insert = suggested(plan.id, paragraph(plan.id, 0, 0), SuggestionKind::insert, "They share data.", member_);
  EXPECT_EQ(service_.accept(other_editor_, plan.id, replace.id).error().kind, ErrorKind::forbidden);
  auto accepted = service_.accept(editor_, plan.id, replace.id);
  ASSERT_TRUE(accepted) << accepted.error().message;
  EXPECT_EQ(accepted->state, SuggestionState::accepted);
  ASSERT_TRUE(service_.accept(lead_, plan.id, insert.id));
  auto view = service_.plan(member_, plan.id);
  EXPECT_EQ(view->plan.version, 3);
  EXPECT_EQ(view->sections[0].paragraphs.at(1).paragraph.text, "They share data.");
  EXPECT_EQ(view->sections[1].paragraphs.at(1).paragraph.revision, 2);
  auto v2 = service_.version(member_, plan.id, 2);
  ASSERT_TRUE(v2);
  EXPECT_NE(v2->version.text.find("shared test beds in three regions."), std::string::npos);
  EXPECT_EQ(v2->version.note, "Closer to the evidence.");
  EXPECT_EQ(view->decided.size(), 2u);

  auto compared = service_.compare(member_, plan.id, 2, 3);
  ASSERT_TRUE(compared);
  EXPECT_TRUE(compared->changed());
  EXPECT_NE(text::diff_critic_markup(compared->parts).find("{++They share data."), std::string::npos);
  EXPECT_EQ(service_.compare(anonymous_, plan.id, 1, 3).error().kind, ErrorKind::not_found);
  EXPECT_EQ(service_.compare(member_, plan.id, 1, 9).error().kind, ErrorKind::not_found);
}

TEST_F(Plans, a_rejection_needs_a_reason) {
  auto plan = created();
  auto s = suggested(plan.id, paragraph(plan.id, 0, 0), SuggestionKind::remove, "", member_);
  EXPECT_EQ(service_.reject(editor_, plan.id, s.id, "").error().field, "reason");
  auto rejected = service_.reject(editor_, plan.id, s.id, "The vision stays.");
  ASSERT_TRUE(rejected);
  EXPECT_EQ(rejected->decision_reason, "The vision stays.");
  EXPECT_EQ(service_.accept(editor_, plan.id, s.id).error().kind, ErrorKind::conflict);
  EXPECT_EQ(service_.plan(member_, plan.id)->plan.version, 1);
}

TEST_F(Plans, a_second_change_to_one_paragraph_is_refused_and_nothing_is_lost) {
  auto plan = created();
  auto p = paragraph(plan.id, 0, 0);
  auto first = suggested(plan.id, p, SuggestionKind::replace, "Clusters cooperate.", member_);
  auto second = suggested(plan.id, p, SuggestionKind::replace, "Clusters compete and cooperate.", lead_);
  ASSERT_TRUE(service_.accept(editor_, plan.id, first.id));
  const auto audit_lines = repository_.audit.size();
  auto refused = service_.accept(lead_, plan.id, second.id);
  ASSERT_FALSE(refused);
  EXPECT_EQ(refused.error().kind, ErrorKind::conflict);
  EXPECT_EQ(repository_.audit.size(), audit_lines);
  auto view = service_.plan(member_, plan.id);
  EXPECT_EQ(view->plan.version, 2);
  ASSERT_EQ(view->sections[0].paragraphs[0].open.size(), 1u);
  EXPECT_EQ(view->sections[0].paragraphs[0].open[0].text, "Clusters compete and cooperate.");
  // A suggestion written on the old text is refused too.
  auto stale = service_.suggest(member_, plan.id, SuggestionInput{p.id, SuggestionKind::remove, "", "Why.", p.revision});
  ASSERT_FALSE(stale);
  EXPECT_EQ(stale.error().kind, ErrorKind::conflict);
}

TEST_F(Plans, others_support_a_suggestion_once) {
  auto plan = created();
  auto s = suggested(plan.id, paragraph(plan.id, 0, 0), SuggestionKind::remove, "", member_);
  EXPECT_FALSE(service_.support(member_, plan.id, s.id));
  EXPECT_EQ(service_.support(sc_a_, plan.id, s.id)->supporters, 1);
  EXPECT_EQ(service_.support(sc_a_, plan.id, s.id)->supporters, 1);
  EXPECT_EQ(service_.plan(sc_a_, plan.id)->supported.size(), 1u);
}

TEST_F(Plans, members_and_editors_comment_on_open_suggestions_only) {
  auto plan = created();
  auto s = suggested(plan.id, paragraph(plan.id, 0, 0), SuggestionKind::remove, "", member_);
  EXPECT_EQ(service_.comment(anonymous_, plan.id, s.id, "No.").error().kind, ErrorKind::unauthenticated);
  auto first = service_.comment(sc_a_, plan.id, s.id, "The paragraph states the mission;\nkeep it.");
  ASSERT_TRUE(first) << first.error().message;
  ASSERT_TRUE(service_.comment(editor_, plan.id, s.id, "Agreed, it stays."));
  auto view = service_.plan(member_, plan.id);
  const auto& shown = view->sections[0].paragraphs[0].open.at(0).comments;
  ASSERT_EQ(shown.size(), 2u);
  EXPECT_EQ(shown[0].text, "The paragraph states the mission;\nkeep it.");
  EXPECT_EQ(shown[1].author, *editor_.user);
  ASSERT_TRUE(service_.reject(editor_, plan.id, s.id, "The mission stays."));
  EXPECT_EQ(service_.comment(member_, plan.id, s.id, "Late.").error().kind, ErrorKind::conflict);
  EXPECT_EQ(service_.plan(member_, plan.id)->decided.at(0).comments.size(), 2u);
}

TEST_F(Plans, suggestions_are_taken_inside_the_phase_only) {
  auto plan = created();
  auto p = paragraph(plan.id, 0, 0);
  EXPECT_EQ(service_.set_phase(editor_, plan.id, PhaseInput{"2026-12-15", "2026-12-31"}).error().kind,
            ErrorKind::forbidden);
  ASSERT_TRUE(service_.set_phase(lead_, plan.id, PhaseInput{"2026-12-15", "2026-12-31"}));
  EXPECT_EQ(repository_.audit.back().action, "plan.phase_set");
  auto early = service_.suggest(member_, plan.id, SuggestionInput{p.id, SuggestionKind::remove, "", "Why.", p.revision});
  ASSERT_FALSE(early);
  EXPECT_EQ(early.error().kind, ErrorKind::conflict);
  EXPECT_FALSE(service_.plan(member_, plan.id)->can.suggest);
  now_ += kDay;  // 2026-12-15: the phase opens
  EXPECT_TRUE(service_.plan(member_, plan.id)->can.suggest);
  auto s = suggested(plan.id, p, SuggestionKind::remove, "", member_);
  now_ += 17 * kDay;  // 2027-01-01: closed again; support waits too, the editors still decide
  EXPECT_EQ(service_.support(sc_a_, plan.id, s.id).error().kind, ErrorKind::conflict);
  EXPECT_TRUE(service_.reject(editor_, plan.id, s.id, "Kept."));
  EXPECT_FALSE(read_phase(boost::json::parse(R"({"opens":"2027-01-10","closes":"2027-01-01"})").as_object()));
}

TEST_F(Plans, the_committee_votes_once_per_organisation_and_publishes_the_version) {
  auto plan = created();
  auto s = suggested(plan.id, paragraph(plan.id, 0, 0), SuggestionKind::remove, "", member_);
  EXPECT_EQ(service_.open_vote(editor_, plan.id, VoteInput{"2026-12-20", 2, 50, Procedure::vote, Secrecy::open}).error().kind, ErrorKind::forbidden);
  EXPECT_EQ(service_.open_vote(lead_, plan.id, VoteInput{"2026-12-01", 2, 50, Procedure::vote, Secrecy::open}).error().field, "deadline");
  auto vote = service_.open_vote(lead_, plan.id, VoteInput{"2026-12-20", 2, 50, Procedure::vote, Secrecy::open});
  ASSERT_TRUE(vote);
  EXPECT_EQ(vote->version, 1);
  // The text is frozen while the vote runs.
  EXPECT_EQ(service_.accept(editor_, plan.id, s.id).error().kind, ErrorKind::conflict);
  EXPECT_FALSE(service_.plan(member_, plan.id)->can.suggest);
  EXPECT_EQ(service_.cast(member_, plan.id, Choice::in_favour).error().kind, ErrorKind::forbidden);
  ASSERT_TRUE(service_.cast(sc_a_, plan.id, Choice::against));
  ASSERT_TRUE(service_.cast(sc_a_, plan.id, Choice::in_favour));  // changed before the deadline
  ASSERT_TRUE(service_.cast(sc_b_, plan.id, Choice::abstain));
  ASSERT_TRUE(service_.cast(sc_b2_, plan.id, Choice::in_favour));  // the same organisation: replaces
  auto view = service_.plan(sc_a_, plan.id);
  EXPECT_EQ(view->ballots.size(), 2u);
  EXPECT_EQ(view->tally.in_favour, 2);
  EXPECT_EQ(view->my_ballot, Choice::in_favour);
  now_ += 7 * kDay;  // 2026-12-21: after the deadline
  EXPECT_EQ(service_.cast(sc_b_, plan.id, Choice::against).error().kind, ErrorKind::conflict);
  auto closed = service_.close_vote(lead_, plan.id, "Adopted at the third SC meeting.");
  ASSERT_TRUE(closed);
  EXPECT_EQ(closed->state, VoteState::approved);
  auto published = service_.version(anonymous_, plan.id, 1);
  ASSERT_TRUE(published);
  EXPECT_TRUE(published->published);
  EXPECT_EQ(service_.plans(anonymous_)->size(), 1u);
  EXPECT_EQ(service_.plan(member_, plan.id)->plan.state, PlanState::approved);
}

TEST_F(Plans, a_written_procedure_adopts_unless_enough_object_and_a_secret_ballot_shows_counts_only) {
  Vote written{PlanId(1), 1, "2026-12-20", 2, 50, VoteState::open, "", 0, 0, Procedure::written, Secrecy::open};
  EXPECT_TRUE(adopts(Tally{0, 1, 0}, written));
  EXPECT_FALSE(adopts(Tally{3, 2, 0}, written));
  auto plan = created();
  ASSERT_TRUE(service_.open_vote(lead_, plan.id, VoteInput{"2026-12-20", 2, 50, Procedure::written, Secrecy::secret}));
  ASSERT_TRUE(service_.cast(sc_a_, plan.id, Choice::against));
  ASSERT_TRUE(service_.cast(sc_b_, plan.id, Choice::abstain));
  auto seen = service_.plan(sc_a_, plan.id);
  EXPECT_TRUE(seen->ballots.empty());
  EXPECT_EQ(seen->tally.against, 1);
  EXPECT_EQ(seen->my_ballot, Choice::against);
  auto closed = service_.close_vote(lead_, plan.id, "No second objection by the deadline.");
  ASSERT_TRUE(closed);
  EXPECT_EQ(closed->state, VoteState::approved);
  EXPECT_EQ(closed->procedure, Procedure::written);
}

TEST_F(Plans, a_vote_without_quorum_or_majority_leaves_the_plan_in_drafting) {
  Vote vote{PlanId(1), 1, "2026-12-20", 3, 50, VoteState::open, "", 0, 0, Procedure::vote, Secrecy::open};
  EXPECT_FALSE(adopts(Tally{2, 0, 0}, vote));
  EXPECT_FALSE(adopts(Tally{2, 2, 1}, vote));
  EXPECT_TRUE(adopts(Tally{3, 2, 0}, vote));
  auto plan = created();
  ASSERT_TRUE(service_.open_vote(lead_, plan.id, VoteInput{"2026-12-20", 3, 66, Procedure::vote, Secrecy::open}));
  ASSERT_TRUE(service_.cast(sc_a_, plan.id, Choice::in_favour));
  auto closed = service_.close_vote(lead_, plan.id, "");
  ASSERT_TRUE(closed);
  EXPECT_EQ(closed->state, VoteState::rejected);
  EXPECT_EQ(service_.plan(member_, plan.id)->plan.state, PlanState::drafting);
  EXPECT_EQ(service_.version(anonymous_, plan.id, 1).error().kind, ErrorKind::not_found);
}

}  // namespace
}  // namespace cps::plans
