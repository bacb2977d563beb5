// Plans on both databases: a plan reads back with its languages; sections and paragraphs in
// their order, a paragraph inserted in the middle moving the later ones down, updated and
// deleted; versions newest first; suggestions with their authors and supporters (once per
// person); the latest vote and one ballot per organisation, named; and a failed transaction
// leaving nothing behind.
#include <gtest/gtest.h>

#include "backend.hpp"
#include "storage/plan_repository_sql.hpp"

namespace cps::test {

namespace {

using namespace cps::plans;
const accounts::UserId kAna(1), kBesa(2);

}  // namespace

class PlanContract : public ::testing::Test {
 protected:
  void SetUp() override {
    database_ = migrated_database();
    if (!database_) GTEST_SKIP() << "this backend is not available on the machine";
    repository_ = std::make_unique<storage::PlanRepositorySql>(database_->db());
    auto people = database_->db().transaction([](soci::session& s) {
      s << "INSERT INTO organisations (id, slug, type, country_code, region_code, role, experience, created_at, "
           "updated_at) VALUES "
           "(1, 'suceava-wood', 'cluster_organisation', 'RO', 'RO21', 'user_group', 'learning', 0, 0), "
           "(2, 'pohorje-wood', 'cluster_organisation', 'SI', 'SI03', 'project_partner', 'experienced', 0, 0)";
      s << "INSERT INTO organisation_texts (organisation_id, lang, name) VALUES (1, 'ro', 'Clusterul Suceava'), "
           "(1, 'en', 'Suceava Wood Cluster')";
      s << "INSERT INTO users (id, display_name, organisation_id, status, created_at, updated_at) VALUES "
           "(1, 'Ana Ionescu', 1, 'active', 0, 0), (2, 'Besa Hoxha', 2, 'active', 0, 0)";
    });
    ASSERT_TRUE(people) << people.error().detail;
  }

  void write(const std::function<Status(PlanStore&)>& work) {
    auto done = repository_->transaction(work);
    ASSERT_TRUE(done) << done.error().message << " " << done.error().detail;
  }
  template <class F>
  auto read(F ask) {
    std::invoke_result_t<F, PlanStore&> out;
    auto done = repository_->read([&](PlanStore& s) -> Status {
      out = ask(s);
      return {};
    });
    EXPECT_TRUE(done);
    EXPECT_TRUE(out) << (out ? "" : out.error().detail);
    return *out;
  }
  // A plan with one section of two paragraphs; its id, the section's and the paragraphs'.
  struct Made {
    PlanId plan;
    SectionId section;
    ParagraphId first, second;
  };
  Made plan(std::string title, Seconds at) {
    Made m;
    write([&](PlanStore& s) -> Status {
      auto id = s.insert_plan(Plan{PlanId(0), title, PlanKind::sustainability_plan, "WG6", {"en", "ro"},
                                   PlanState::drafting, 1, 0, at, "", ""});
      if (!id) return std::unexpected(id.error());
      m.plan = *id;
      auto later = s.insert_section(Section{SectionId(0), m.plan, 2, "Funding"});
      if (!later) return std::unexpected(later.error());
      auto section = s.insert_section(Section{SectionId(0), m.plan, 1, "Vision"});
      if (!section) return std::unexpected(section.error());
      m.section = *section;
      if (auto ok = s.insert_paragraph(Paragraph{ParagraphId(0), *later, 1, "Membership fees.", 1}); !ok)
        return std::unexpected(ok.error());
      auto first = s.insert_paragraph(Paragraph{ParagraphId(0), m.section, 1, "Clusters cooperate.", 1});
      if (!first) return std::unexpected(first.error());
      auto second = s.insert_paragraph(Paragraph{ParagraphId(0), m.section, 2, "Across borders.", 1});
      if (!second) return std::unexpected(second.error());
      m.first = *first;
      m.second = *second;
      return s.insert_version(Version{m.plan, 1, "## Vision\n", "", "Ana Ionescu", at});
    });
    return m;
  }

  std::unique_ptr<TestDatabase> database_;
  std::unique_ptr<storage::PlanRepositorySql> repository_;
};

TEST_F(PlanContract, plans_sections_and_paragraphs_read_back_in_their_orders) {
  auto older = plan("Sustainability Plan", 100);
  auto newer = plan("Joint Strategic Plan", 200);
  auto plans = read([](PlanStore& s) { return s.plans(); });
  ASSERT_EQ(plans.size(), 2u);
  EXPECT_EQ(plans[0].id, newer.plan);
  EXPECT_EQ(plans[1].languages, (std::vector<std::string>{"en", "ro"}));
  EXPECT_EQ(plans[1].kind, PlanKind::sustainability_plan);
  Plan changed = plans[1];
  changed.state = PlanState::approved;
  changed.version = 3;
  changed.published_version = 2;
  changed.phase_opens = "2027-01-04";
  changed.phase_closes = "2027-01-31";
  write([&](PlanStore& s) { return s.update_plan(changed); });
  auto again = read([&](PlanStore& s) { return s.plan(older.plan); });
  ASSERT_TRUE(again);
  EXPECT_EQ(again->state, PlanState::approved);
  EXPECT_EQ(again->published_version, 2);
  EXPECT_EQ(again->phase_opens, "2027-01-04");
  EXPECT_EQ(again->phase_closes, "2027-01-31");
  EXPECT_FALSE(read([](PlanStore& s) { return s.plan(PlanId(9999)); }));

  // Only the first of two openers puts a plan to the vote.
  bool first = false, second = true;
  write([&](PlanStore& s) -> Status {
    auto a = s.begin_voting(newer.plan);
    auto b = s.begin_voting(newer.plan);
    if (!a || !b) return std::unexpected(!a ? a.error() : b.error());
    first = *a;
    second = *b;
    return {};
  });
  EXPECT_TRUE(first);
  EXPECT_FALSE(second);
  EXPECT_EQ(read([&](PlanStore& s) { return s.plan(newer.plan); })->state, PlanState::voting);

  write([&](PlanStore& s) -> Status {
    auto id = s.insert_paragraph(Paragraph{ParagraphId(0), older.section, 2, "In the Danube region.", 1});
    if (!id) return std::unexpected(id.error());
    if (auto ok = s.update_paragraph(Paragraph{older.first, older.section, 1, "Clusters cooperate closely.", 2}); !ok)
      return ok;
    return {};
  });
  auto sections = read([&](PlanStore& s) { return s.sections(older.plan); });
  ASSERT_EQ(sections.size(), 2u);
  EXPECT_EQ(sections[0].heading, "Vision");
  auto paragraphs = read([&](PlanStore& s) { return s.paragraphs(older.plan); });
  ASSERT_EQ(paragraphs.size(), 4u);
  EXPECT_EQ(paragraphs[0].text, "Clusters cooperate closely.");
  EXPECT_EQ(paragraphs[0].revision, 2);
  EXPECT_EQ(paragraphs[1].text, "In the Danube region.");
  EXPECT_EQ(paragraphs[2].id, older.second);
  EXPECT_EQ(paragraphs[3].text, "Membership fees.");
  write([&](PlanStore& s) { return s.delete_paragraph(older.second); });
  EXPECT_EQ(read([&](PlanStore& s) { return s.paragraphs(older.plan); }).size(), 3u);
  EXPECT_EQ(read([&](PlanStore& s) { return s.paragraphs(newer.plan); }).size(), 3u);
}

TEST_F(PlanContract, versions_suggestions_and_support) {
  auto m = plan("Joint Strategic Plan", 100);
  write([&](PlanStore& s) { return s.insert_version(Version{m.plan, 2, "## Vision\n\nNew.\n", "Clearer.", "Besa Hoxha", 300}); });
  auto versions = read([&](PlanStore& s) { return s.versions(m.plan); });
  ASSERT_EQ(versions.size(), 2u);
  EXPECT_EQ(versions[0].number, 2);
  EXPECT_EQ(versions[0].note, "Clearer.");
  EXPECT_EQ(versions[0].text, "## Vision\n\nNew.\n");
  SuggestionId id;
  write([&](PlanStore& s) -> Status {
    auto made = s.insert_suggestion(Suggestion{SuggestionId(0), m.plan, m.first, SuggestionKind::remove, "", "Said twice.",
                                               1, "Clusters cooperate.", kBesa, "", SuggestionState::open, "", "", 0,
                                               400, 0, {}});
    if (!made) return std::unexpected(made.error());
    id = *made;
    return {};
  });
  write([&](PlanStore& s) -> Status {
    auto first = s.add_support(id, kAna);
    if (!first) return std::unexpected(first.error());
    EXPECT_TRUE(*first);
    auto again = s.add_support(id, kAna);
    if (!again) return std::unexpected(again.error());
    EXPECT_FALSE(*again);
    return {};
  });
  auto found = read([&](PlanStore& s) { return s.suggestion(id); });
  ASSERT_TRUE(found);
  EXPECT_EQ(found->kind, SuggestionKind::remove);
  EXPECT_EQ(found->author_name, "Besa Hoxha");
  EXPECT_EQ(found->original, "Clusters cooperate.");
  EXPECT_EQ(found->supporters, 1);
  EXPECT_EQ(read([&](PlanStore& s) { return s.supported_by(m.plan, kAna); }), std::vector<SuggestionId>{id});
  Suggestion decided = *found;
  decided.state = SuggestionState::rejected;
  decided.decision_reason = "It is not said twice.";
  decided.decided_by_name = "Ana Ionescu";
  decided.decided_at = 500;
  write([&](PlanStore& s) { return s.update_suggestion(decided); });
  auto all = read([&](PlanStore& s) { return s.suggestions(m.plan); });
  ASSERT_EQ(all.size(), 1u);
  EXPECT_EQ(all[0].state, SuggestionState::rejected);
  EXPECT_EQ(all[0].decision_reason, "It is not said twice.");
  EXPECT_EQ(all[0].decided_at, 500);

  // Comments read back in their order, with their authors' names, for this plan only.
  write([&](PlanStore& s) -> Status {
    if (auto c = s.insert_comment(Comment{CommentId(0), id, kAna, "", "Keep it;\nit is the mission.", 600}); !c)
      return std::unexpected(c.error());
    if (auto c = s.insert_comment(Comment{CommentId(0), id, kBesa, "", "Agreed.", 700}); !c)
      return std::unexpected(c.error());
    return {};
  });
  auto comments = read([&](PlanStore& s) { return s.comments(m.plan); });
  ASSERT_EQ(comments.size(), 2u);
  EXPECT_EQ(comments[0].text, "Keep it;\nit is the mission.");
  EXPECT_EQ(comments[0].author_name, "Ana Ionescu");
  EXPECT_EQ(comments[1].suggestion, id);
  EXPECT_EQ(comments[1].created_at, 700);
  auto other = plan("Sustainability Plan", 800);
  EXPECT_TRUE(read([&](PlanStore& s) { return s.comments(other.plan); }).empty());
}

TEST_F(PlanContract, the_latest_vote_and_one_ballot_per_organisation) {
  auto m = plan("Joint Strategic Plan", 100);
  write([&](PlanStore& s) -> Status {
    if (auto ok = s.insert_vote(Vote{m.plan, 1, "2027-01-10", 2, 50, VoteState::open, "", 100, 0, Procedure::vote, Secrecy::open}); !ok) return ok;
    if (auto ok = s.put_ballot(m.plan, 1, Ballot{accounts::OrganisationId(1), "", kAna, "", Choice::against, 110}); !ok)
      return ok;
    if (auto ok = s.put_ballot(m.plan, 1, Ballot{accounts::OrganisationId(2), "", kBesa, "", Choice::abstain, 120}); !ok)
      return ok;
    return s.put_ballot(m.plan, 1, Ballot{accounts::OrganisationId(1), "", kAna, "", Choice::in_favour, 130});
  });
  auto ballots = read([&](PlanStore& s) { return s.ballots(m.plan, 1); });
  ASSERT_EQ(ballots.size(), 2u);
  EXPECT_EQ(ballots[0].organisation_name, "Suceava Wood Cluster");
  EXPECT_EQ(ballots[0].choice, Choice::in_favour);
  EXPECT_EQ(ballots[0].voter_name, "Ana Ionescu");
  EXPECT_EQ(ballots[1].organisation_name, "pohorje-wood");
  Vote closed{m.plan, 1, "2027-01-10", 2, 50, VoteState::approved, "Adopted.", 100, 200, Procedure::vote, Secrecy::open};
  write([&](PlanStore& s) -> Status {
    if (auto ok = s.update_vote(closed); !ok) return ok;
    return s.insert_vote(
        Vote{m.plan, 2, "2027-03-10", 2, 60, VoteState::open, "", 300, 0, Procedure::written, Secrecy::secret});
  });
  auto latest = read([&](PlanStore& s) { return s.vote(m.plan); });
  ASSERT_TRUE(latest);
  EXPECT_EQ(latest->version, 2);
  EXPECT_EQ(latest->majority, 60);
  EXPECT_EQ(latest->procedure, Procedure::written);
  EXPECT_EQ(latest->secrecy, Secrecy::secret);
  EXPECT_TRUE(read([&](PlanStore& s) { return s.ballots(m.plan, 2); }).empty());

  auto failed = repository_->transaction([&](PlanStore& s) -> Status {
    if (auto ok = s.put_ballot(m.plan, 2, Ballot{accounts::OrganisationId(1), "", kAna, "", Choice::against, 400}); !ok)
      return ok;
    return fail(ErrorKind::conflict, "refused");
  });
  EXPECT_FALSE(failed);
  EXPECT_TRUE(read([&](PlanStore& s) { return s.ballots(m.plan, 2); }).empty());
}

}  // namespace cps::test
