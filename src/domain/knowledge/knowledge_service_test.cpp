// The knowledge workflow through KnowledgeService with the real policy and an in-memory
// repository: who sees, writes, submits, publishes, sends back, archives, restores and
// deletes which item; stale saves; comments and their moderation; references checked.
#include "domain/knowledge/knowledge_service.hpp"

#include <gtest/gtest.h>

#include <filesystem>

#include "domain/knowledge/testing/fake_knowledge_repository.hpp"
#include "domain/reference/testing/fake_reference_repository.hpp"

namespace cps::knowledge {

namespace {

using accounts::Principal;
using accounts::Role;
using Transition = KnowledgeService::Transition;

Principal person(std::int64_t id, std::vector<accounts::RoleAssignment> roles) {
  Principal p;
  p.via = Principal::Via::session;
  p.user = accounts::UserId(id);
  p.label = "person" + std::to_string(id) + "@example.org";
  p.display_name = "Person " + std::to_string(id);
  p.roles = std::move(roles);
  return p;
}

const retrieval::Analyzer& analyzer() {
  static const retrieval::Analyzer a;
  return a;
}
const retrieval::Thesaurus& thesaurus() {
  static const retrieval::Thesaurus t = *retrieval::Thesaurus::parse(
      R"({"concepts": [{"id": "innovation-voucher", "terms": {"en": ["innovation voucher"], "ro": ["voucher de inovare"]}}]})",
      analyzer());
  return t;
}

ItemInput vouchers(std::vector<std::string> areas = {"WG3"}) {
  ItemInput in;
  in.kind = Kind::instrument;
  in.original_language = "en";
  in.areas = std::move(areas);
  in.countries = {"RO"};
  in.regions = {"RO21"};
  in.instrument = Instrument::vouchers;
  in.texts = {{"en", "Innovation vouchers for cluster members", "Small grants buy research services.",
               "Firms of a cluster buy services from research institutes with a voucher.", "", "", "",
               Translation::original}};
  return in;
}

class KnowledgeServiceTest : public ::testing::Test {
 protected:
  KnowledgeServiceTest()
      : reference_(reference_repository_),
        service_(repository_, reference_, analyzer(), thesaurus(), AttachmentSettings{attachments_dir()},
                 [this] { return now_; }) {}

  static std::filesystem::path attachments_dir() {
    return std::filesystem::temp_directory_path() / "cps-knowledge-service-test";
  }

  // A draft written by the author, in WG3, at an address of its own.
  KnowledgeItem draft() {
    auto in = vouchers();
    in.slug = "vouchers-" + std::to_string(++drafts_);
    auto id = service_.create(author_, in);
    EXPECT_TRUE(id) << (id ? "" : id.error().message + " " + id.error().field);
    return *service_.item(author_, *id);
  }
  KnowledgeItem in_review() {
    auto item = draft();
    return *service_.transition(author_, item.id, item.revision, Transition::submit, "");
  }
  KnowledgeItem published() {
    auto item = in_review();
    auto done = service_.transition(coordinator_, item.id, item.revision, Transition::publish, "");
    EXPECT_TRUE(done) << (done ? "" : done.error().message);
    return *done;
  }

  Seconds now_ = 1'800'000'000;
  int drafts_ = 0;
  FakeKnowledgeRepository repository_;
  reference::FakeReferenceRepository reference_repository_;
  reference::ReferenceService reference_;
  KnowledgeService service_;

  const Principal author_ = person(10, {{Role::partner_staff, ""}});
  const Principal colleague_ = person(11, {{Role::wg_member, "WG3"}});
  const Principal coordinator_ = person(20, {{Role::wg_coordinator, "WG3"}});
  const Principal other_coordinator_ = person(21, {{Role::wg_coordinator, "WG4"}});
  const Principal lead_ = person(30, {{Role::lead_coordinator, ""}});
  const Principal visitor_ = Principal{};
};

}  // namespace

TEST_F(KnowledgeServiceTest, a_member_writes_a_draft_that_only_its_author_and_reviewers_see) {
  auto item = draft();
  EXPECT_EQ(item.status, ItemStatus::draft);
  EXPECT_EQ(item.revision, 1);
  EXPECT_EQ(item.author, author_.user);
  EXPECT_EQ(item.created_at, now_);
  EXPECT_TRUE(service_.item(coordinator_, item.id));
  EXPECT_TRUE(service_.item(lead_, item.id));
  // Everybody else is told it does not exist.
  for (const auto& who : {colleague_, other_coordinator_, visitor_})
    EXPECT_EQ(service_.item(who, item.id).error().kind, ErrorKind::not_found) << who.label;
}

TEST_F(KnowledgeServiceTest, every_change_names_its_author_and_item_in_the_audit_log) {
  auto item = published();
  ASSERT_TRUE(service_.comment(colleague_, item.id, "Useful for us."));
  std::string target = "knowledge:" + std::to_string(item.id.value());
  std::vector<std::string> lines;
  for (const auto& r : repository_.audit) {
    lines.push_back(r.action + " " + r.target + " by " + std::to_string(r.actor->value()));
    EXPECT_EQ(r.at, now_);
  }
  EXPECT_EQ(lines, (std::vector<std::string>{"knowledge.created " + target + " by 10",
                                              "knowledge.submitted " + target + " by 10",
                                              "knowledge.published " + target + " by 20",
                                              "knowledge.commented " + target + " by 11"}));
  // A refused change leaves no line.
  EXPECT_FALSE(service_.transition(author_, item.id, item.revision, Transition::archive, ""));
  EXPECT_EQ(repository_.audit.size(), 4u);
}

TEST_F(KnowledgeServiceTest, writing_needs_a_signed_in_member_with_a_write_token) {
  EXPECT_EQ(service_.create(visitor_, vouchers()).error().kind, ErrorKind::unauthenticated);
  Principal stakeholder = person(40, {{Role::stakeholder, ""}});
  EXPECT_EQ(service_.create(stakeholder, vouchers()).error().kind, ErrorKind::forbidden);
  Principal read_token = author_;
  read_token.via = Principal::Via::api_token;
  read_token.token_scope = accounts::TokenScope::read;
  EXPECT_EQ(service_.create(read_token, vouchers()).error().kind, ErrorKind::forbidden);
  read_token.token_scope = accounts::TokenScope::write;
  auto id = service_.create(read_token, vouchers());
  ASSERT_TRUE(id);
  // Without an address of its own, an item takes one made from its title.
  EXPECT_EQ(service_.item(author_, *id)->content.slug, "innovation-vouchers-for-cluster-members");
}

TEST_F(KnowledgeServiceTest, its_author_submits_a_draft_for_review) {
  auto item = draft();
  EXPECT_EQ(service_.transition(colleague_, item.id, 1, Transition::submit, "").error().kind, ErrorKind::not_found);
  auto submitted = service_.transition(author_, item.id, 1, Transition::submit, "");
  ASSERT_TRUE(submitted) << submitted.error().message;
  EXPECT_EQ(submitted->status, ItemStatus::in_review);
  EXPECT_EQ(submitted->revision, 2);
  EXPECT_EQ(service_.revisions(author_, item.id)->front().note, "submitted for review");
  // Once in review it cannot be submitted again: a conflict with its state, for its author as
  // for a reviewer, and still a refusal for somebody who may not submit it at all.
  auto again = service_.transition(author_, item.id, 2, Transition::submit, "");
  EXPECT_EQ(again.error().kind, ErrorKind::conflict);
  EXPECT_EQ(again.error().field, "status");
  EXPECT_EQ(service_.transition(coordinator_, item.id, 2, Transition::submit, "").error().kind, ErrorKind::conflict);
  EXPECT_EQ(service_.revisions(author_, item.id)->size(), 2u);
}

TEST_F(KnowledgeServiceTest, publish_requires_a_coordinator_of_one_of_its_areas) {
  auto item = in_review();
  EXPECT_EQ(service_.transition(author_, item.id, item.revision, Transition::publish, "").error().kind,
            ErrorKind::forbidden);
  EXPECT_EQ(service_.transition(other_coordinator_, item.id, item.revision, Transition::publish, "").error().kind,
            ErrorKind::not_found);
  now_ += 60;
  auto done = service_.transition(coordinator_, item.id, item.revision, Transition::publish, "");
  ASSERT_TRUE(done) << done.error().message;
  EXPECT_EQ(done->status, ItemStatus::published);
  EXPECT_EQ(done->published_at, now_);
  // Published items are for everybody.
  EXPECT_TRUE(service_.item(visitor_, item.id));
  EXPECT_TRUE(service_.item(other_coordinator_, item.id));
}

TEST_F(KnowledgeServiceTest, the_lead_partner_reviews_items_of_every_area) {
  auto item = in_review();
  EXPECT_TRUE(service_.transition(lead_, item.id, item.revision, Transition::publish, ""));
}

TEST_F(KnowledgeServiceTest, only_an_item_in_review_can_be_published) {
  auto item = draft();
  auto early = service_.transition(coordinator_, item.id, 1, Transition::publish, "");
  EXPECT_EQ(early.error().kind, ErrorKind::conflict);
  EXPECT_EQ(early.error().field, "status");
  // Its author may not publish it, whatever its state.
  EXPECT_EQ(service_.transition(author_, item.id, 1, Transition::publish, "").error().kind, ErrorKind::forbidden);
  auto live = published();
  auto again = service_.transition(coordinator_, live.id, live.revision, Transition::publish, "");
  ASSERT_FALSE(again);
  EXPECT_EQ(again.error().kind, ErrorKind::conflict);
  EXPECT_EQ(again.error().field, "status");
}

TEST_F(KnowledgeServiceTest, sending_back_needs_a_reason_and_returns_the_item_to_draft) {
  auto item = in_review();
  auto silent = service_.transition(coordinator_, item.id, item.revision, Transition::send_back, "  ");
  EXPECT_EQ(silent.error().field, "note");
  EXPECT_EQ(service_.transition(author_, item.id, item.revision, Transition::send_back, "Add sources").error().kind,
            ErrorKind::forbidden);
  auto back = service_.transition(coordinator_, item.id, item.revision, Transition::send_back, "Add sources");
  ASSERT_TRUE(back) << back.error().message;
  EXPECT_EQ(back->status, ItemStatus::draft);
  EXPECT_EQ(service_.revisions(author_, item.id)->front().note, "changes requested: Add sources");
  auto published_item = published();
  EXPECT_EQ(service_.transition(coordinator_, published_item.id, published_item.revision, Transition::send_back,
                                "Too late")
                .error()
                .kind,
            ErrorKind::conflict);
}

TEST_F(KnowledgeServiceTest, only_a_published_item_is_archived_and_an_archived_one_may_be_published_again) {
  auto item = in_review();
  EXPECT_EQ(service_.transition(coordinator_, item.id, item.revision, Transition::archive, "").error().kind,
            ErrorKind::conflict);
  auto live = published();
  EXPECT_EQ(service_.transition(author_, live.id, live.revision, Transition::archive, "").error().kind,
            ErrorKind::forbidden);
  auto archived = service_.transition(coordinator_, live.id, live.revision, Transition::archive, "");
  ASSERT_TRUE(archived);
  EXPECT_EQ(archived->status, ItemStatus::archived);
  EXPECT_TRUE(service_.item(visitor_, live.id));
  EXPECT_FALSE(service_.capabilities(author_, *archived).edit);
  EXPECT_EQ(service_.update(author_, live.id, archived->revision, vouchers()).error().kind, ErrorKind::forbidden);
  auto again = service_.transition(coordinator_, live.id, archived->revision, Transition::publish, "");
  ASSERT_TRUE(again);
  EXPECT_EQ(again->status, ItemStatus::published);
  EXPECT_EQ(again->published_at, live.published_at);  // the first publication date stays
}

TEST_F(KnowledgeServiceTest, an_edit_of_a_stale_revision_is_refused_and_saves_nothing) {
  auto item = draft();
  auto first = vouchers();
  first.texts[0].summary = "First change.";
  auto saved = service_.update(author_, item.id, 1, first);
  ASSERT_TRUE(saved) << saved.error().message;
  EXPECT_EQ(saved->revision, 2);
  auto second = vouchers();
  second.texts[0].summary = "A change made on revision 1.";
  auto stale = service_.update(coordinator_, item.id, 1, second);
  ASSERT_FALSE(stale);
  EXPECT_EQ(stale.error().kind, ErrorKind::conflict);
  EXPECT_EQ(stale.error().field, "revision");
  EXPECT_EQ(service_.item(author_, item.id)->content.texts[0].summary, "First change.");
  EXPECT_EQ(service_.transition(author_, item.id, 1, Transition::submit, "").error().kind, ErrorKind::conflict);
}

TEST_F(KnowledgeServiceTest, only_its_author_and_reviewers_edit_an_item) {
  auto item = published();
  auto changed = vouchers();
  changed.texts[0].title = "Vouchers";
  EXPECT_EQ(service_.update(colleague_, item.id, item.revision, changed).error().kind, ErrorKind::forbidden);
  EXPECT_EQ(service_.update(other_coordinator_, item.id, item.revision, changed).error().kind, ErrorKind::forbidden);
  EXPECT_EQ(service_.update(visitor_, item.id, item.revision, changed).error().kind, ErrorKind::unauthenticated);
  auto by_reviewer = service_.update(coordinator_, item.id, item.revision, changed);
  ASSERT_TRUE(by_reviewer);
  EXPECT_EQ(by_reviewer->content.slug, item.content.slug);  // the address stays when none is given
  EXPECT_TRUE(service_.update(author_, item.id, by_reviewer->revision, vouchers()));
}

TEST_F(KnowledgeServiceTest, restoring_a_revision_saves_its_content_as_a_new_revision) {
  auto item = draft();
  auto changed = vouchers();
  changed.texts[0].title = "A worse title";
  ASSERT_TRUE(service_.update(author_, item.id, 1, changed));
  EXPECT_EQ(service_.restore(colleague_, item.id, 2, 1).error().kind, ErrorKind::not_found);
  EXPECT_EQ(service_.restore(author_, item.id, 2, 9).error().kind, ErrorKind::not_found);
  EXPECT_EQ(service_.restore(author_, item.id, 1, 1).error().kind, ErrorKind::conflict);
  auto restored = service_.restore(author_, item.id, 2, 1);
  ASSERT_TRUE(restored) << restored.error().message;
  EXPECT_EQ(restored->revision, 3);
  EXPECT_EQ(restored->content.texts[0].title, "Innovation vouchers for cluster members");
  auto history = service_.revisions(author_, item.id);
  ASSERT_EQ(history->size(), 3u);
  EXPECT_EQ(history->front().note, "restored revision 1");
  // A reviewer of the area restores too; a member who did not write it does not.
  auto live = published();
  EXPECT_TRUE(service_.restore(coordinator_, live.id, live.revision, 1));
  EXPECT_EQ(service_.restore(colleague_, live.id, live.revision + 1, 1).error().kind, ErrorKind::forbidden);
}

TEST_F(KnowledgeServiceTest, its_author_deletes_a_draft_and_only_reviewers_delete_later) {
  auto item = draft();
  EXPECT_TRUE(service_.remove(author_, item.id));
  EXPECT_EQ(service_.item(author_, item.id).error().kind, ErrorKind::not_found);
  auto submitted = in_review();
  EXPECT_EQ(service_.remove(author_, submitted.id).error().kind, ErrorKind::forbidden);
  EXPECT_TRUE(service_.remove(coordinator_, submitted.id));
}

TEST_F(KnowledgeServiceTest, the_capabilities_follow_the_status_and_the_person) {
  auto item = in_review();
  auto as_author = service_.capabilities(author_, item);
  EXPECT_TRUE(as_author.edit);
  EXPECT_FALSE(as_author.submit);
  EXPECT_FALSE(as_author.review);
  EXPECT_FALSE(as_author.moderate);
  auto as_reviewer = service_.capabilities(coordinator_, item);
  EXPECT_TRUE(as_reviewer.review);
  EXPECT_TRUE(as_reviewer.moderate);
  EXPECT_FALSE(as_reviewer.comment);  // comments come once it is published
  auto as_visitor = service_.capabilities(visitor_, item);
  EXPECT_FALSE(as_visitor.edit || as_visitor.submit || as_visitor.review || as_visitor.restore ||
               as_visitor.comment || as_visitor.moderate);
}

TEST_F(KnowledgeServiceTest, listings_show_unpublished_items_only_to_their_author_and_reviewers) {
  auto mine = draft();
  auto live = published();
  auto ids = [&](const Principal& who) {
    std::vector<ItemId> out;
    auto listed = service_.list(who, {}, "date", 50, 0);
    for (const auto& i : listed->first) out.push_back(i.id);
    return out;
  };
  EXPECT_EQ(ids(visitor_), std::vector<ItemId>{live.id});
  EXPECT_EQ(ids(colleague_), std::vector<ItemId>{live.id});
  EXPECT_EQ(ids(author_).size(), 2u);
  EXPECT_EQ(ids(coordinator_).size(), 2u);
  EXPECT_EQ(ids(other_coordinator_), std::vector<ItemId>{live.id});
  EXPECT_EQ(ids(lead_).size(), 2u);
  EXPECT_EQ(service_.list(author_, {}, "date", 0, 0).error().field, "limit");
  (void)mine;
}

TEST_F(KnowledgeServiceTest, members_comment_on_published_items_and_coordinators_hide_comments_with_a_reason) {
  auto item = draft();
  EXPECT_EQ(service_.comment(author_, item.id, "Before publication").error().kind, ErrorKind::forbidden);
  auto live = published();
  EXPECT_EQ(service_.comment(visitor_, live.id, "Hello").error().kind, ErrorKind::unauthenticated);
  EXPECT_EQ(service_.comment(colleague_, live.id, "   ").error().field, "body");
  auto id = service_.comment(colleague_, live.id, "  We ran the same scheme in WG3.  ");
  ASSERT_TRUE(id) << id.error().message;
  auto listed = service_.comments(visitor_, live.id);
  ASSERT_EQ(listed->size(), 1u);
  EXPECT_EQ(listed->front().body, "We ran the same scheme in WG3.");

  EXPECT_EQ(service_.hide_comment(author_, live.id, *id, "Off topic").error().kind, ErrorKind::forbidden);
  EXPECT_EQ(service_.hide_comment(other_coordinator_, live.id, *id, "Off topic").error().kind, ErrorKind::forbidden);
  EXPECT_EQ(service_.hide_comment(coordinator_, live.id, *id, " ").error().field, "reason");
  EXPECT_EQ(service_.hide_comment(coordinator_, live.id, CommentId(999), "Off topic").error().kind,
            ErrorKind::not_found);
  ASSERT_TRUE(service_.hide_comment(coordinator_, live.id, *id, "Off topic"));
  // Hidden: gone for others, still shown (marked) to its author and the moderators.
  EXPECT_TRUE(service_.comments(visitor_, live.id)->empty());
  EXPECT_TRUE(service_.comments(author_, live.id)->empty());
  auto for_writer = service_.comments(colleague_, live.id);
  ASSERT_EQ(for_writer->size(), 1u);
  EXPECT_TRUE(for_writer->front().hidden);
  EXPECT_EQ(for_writer->front().hidden_reason, "Off topic");
  EXPECT_EQ(service_.comments(coordinator_, live.id)->size(), 1u);
}

TEST_F(KnowledgeServiceTest, references_to_countries_regions_and_contacts_are_checked) {
  auto in = vouchers();
  in.regions = {"EL52"};
  EXPECT_EQ(service_.create(author_, in).error().field, "regions");
  in = vouchers();
  in.countries = {"RO", "XX"};
  EXPECT_EQ(service_.create(author_, in).error().field, "countries");
  in = vouchers();
  in.contact_person = accounts::UserId(77);
  EXPECT_EQ(service_.create(author_, in).error().field, "contact_person");
  repository_.people.insert(77);
  EXPECT_TRUE(service_.create(author_, in));
  in.slug = "innovation-vouchers-for-cluster-members";
  auto taken = service_.create(author_, in);
  ASSERT_FALSE(taken);
  EXPECT_EQ(taken.error().kind, ErrorKind::conflict);
  EXPECT_EQ(taken.error().field, "slug");
}

TEST_F(KnowledgeServiceTest, sectors_must_be_in_the_division_table_and_are_kept_in_division_order) {
  auto in = vouchers();
  in.sectors = {"62", "16"};
  auto id = service_.create(author_, in);
  ASSERT_TRUE(id) << id.error().message;
  auto item = *service_.item(author_, *id);
  EXPECT_EQ(item.content.sectors, (std::vector<std::string>{"16", "62"}));
  // A division the table does not hold (a local service, or a code that is none) is refused.
  in.sectors = {"16", "47"};
  auto saved = service_.update(author_, *id, item.revision, in);
  ASSERT_FALSE(saved);
  EXPECT_EQ(saved.error().kind, ErrorKind::invalid);
  EXPECT_EQ(saved.error().field, "sectors");
  EXPECT_EQ(saved.error().message, "Choose sectors from the list of NACE divisions.");
  EXPECT_EQ(service_.item(author_, *id)->revision, item.revision);
  in.sectors = {"29", "10"};
  saved = service_.update(author_, *id, item.revision, in);
  ASSERT_TRUE(saved);
  EXPECT_EQ(saved->content.sectors, (std::vector<std::string>{"10", "29"}));
  // Revisions keep each state's sectors, and a restore brings them back.
  auto history = service_.revisions(author_, *id);
  ASSERT_EQ(history->size(), 2u);
  EXPECT_EQ(history->at(1).content.sectors, (std::vector<std::string>{"16", "62"}));
  auto restored = service_.restore(author_, *id, saved->revision, 1);
  ASSERT_TRUE(restored) << restored.error().message;
  EXPECT_EQ(restored->content.sectors, (std::vector<std::string>{"16", "62"}));
  EXPECT_EQ(service_.sectors()->size(), repository_.sector_table.size());
}

TEST_F(KnowledgeServiceTest, search_filters_and_counts_items_by_sector) {
  auto a = vouchers();
  a.slug = "a";
  a.sectors = {"16"};
  auto b = vouchers();
  b.slug = "b";
  b.sectors = {"16", "29"};
  ASSERT_TRUE(service_.create(author_, a));
  ASSERT_TRUE(service_.create(author_, b));
  SearchRequest request;
  request.q = "vouchers";
  request.language = "en";
  auto all = service_.search(lead_, request);
  ASSERT_TRUE(all) << all.error().message;
  EXPECT_EQ(all->facets["sector"], (std::map<std::string, std::size_t>{{"16", 2}, {"29", 1}}));
  request.facets.sector = "29";
  auto cars = service_.search(lead_, request);
  ASSERT_EQ(cars->hits.size(), 1u);
  EXPECT_EQ(cars->hits.front().item.content.slug, "b");
  request.q.clear();
  auto browsed = service_.search(lead_, request);
  ASSERT_EQ(browsed->hits.size(), 1u);
  EXPECT_EQ(browsed->facets["sector"], (std::map<std::string, std::size_t>{{"16", 1}, {"29", 1}}));
}

TEST_F(KnowledgeServiceTest, an_import_stores_every_item_or_none) {
  auto good = vouchers();
  good.slug = "vouchers-ro";
  auto bad = vouchers();
  bad.slug = "vouchers-el";
  bad.regions = {"EL52"};
  std::vector<KnowledgeService::ImportProblem> problems;
  auto refused = service_.import_items(author_, {good, bad}, problems);
  ASSERT_FALSE(refused);
  EXPECT_EQ(refused.error().kind, ErrorKind::unprocessable);
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_EQ(problems[0].item, 2u);
  EXPECT_EQ(problems[0].field, "regions");
  EXPECT_EQ(service_.list(lead_, {}, "date", 50, 0)->second, 0u);

  problems.clear();
  auto summary = service_.import_items(author_, {good}, problems);
  ASSERT_TRUE(summary) << summary.error().message;
  EXPECT_EQ(summary->added, 1u);
  auto again = service_.import_items(author_, {good}, problems);
  ASSERT_TRUE(again);
  EXPECT_EQ(again->added, 0u);
  EXPECT_EQ(again->already_present, std::vector<std::string>{"vouchers-ro"});
  EXPECT_EQ(service_.item_by_slug(author_, "vouchers-ro")->status, ItemStatus::draft);
}

TEST_F(KnowledgeServiceTest, search_finds_published_items_across_languages_and_keeps_drafts_to_their_readers) {
  auto live = published();
  auto hidden = vouchers();
  hidden.slug = "voucher-draft";
  ASSERT_TRUE(service_.create(author_, hidden));
  SearchRequest request;
  request.q = "voucher de inovare";
  request.language = "ro";
  auto found = service_.search(visitor_, request);
  ASSERT_TRUE(found) << found.error().message;
  ASSERT_EQ(found->total, 1u);
  EXPECT_EQ(found->hits.front().item.id, live.id);
  auto for_author = service_.search(author_, request);
  ASSERT_TRUE(for_author);
  EXPECT_EQ(for_author->total, 2u);
}

TEST_F(KnowledgeServiceTest, a_result_says_what_the_item_is_about_in_the_readers_language) {
  auto live = published();
  SearchRequest request;
  request.q = "voucher de inovare";
  request.language = "ro";
  auto found = service_.search(visitor_, request);
  ASSERT_TRUE(found) << found.error().message;
  ASSERT_EQ(found->hits.size(), 1u);
  const About& about = found->hits.front().about;
  ASSERT_EQ(about.concepts.size(), 1u);
  EXPECT_EQ(about.concepts[0].id, "innovation-voucher");
  EXPECT_EQ(about.concepts[0].label, "voucher de inovare");
  EXPECT_TRUE(about.concepts[0].matched);
  EXPECT_EQ(about.instrument, Instrument::vouchers);
  EXPECT_EQ(about.areas, std::vector<std::string>{"WG3"});
  EXPECT_EQ(about.countries, std::vector<std::string>{"RO"});
  EXPECT_EQ(about.regions, std::vector<std::string>{"RO21"});
  EXPECT_FALSE(about.translation) << "the item has no Romanian text";
}

TEST_F(KnowledgeServiceTest, the_account_of_an_item_names_its_human_translation_into_the_readers_language) {
  auto item = published();
  item.content.texts.push_back({"ro", "Vouchere de inovare", "Granturi mici.", "", "", "", "", Translation::human});
  auto shown_in_english = service_.about(item, "ro", "en");
  ASSERT_TRUE(shown_in_english);
  EXPECT_EQ(shown_in_english->translation, "ro");
  EXPECT_FALSE(service_.about(item, "ro", "ro")->translation) << "the Romanian text is the one shown";
  EXPECT_FALSE(service_.about(item, "hu", "en")->translation);
  EXPECT_EQ(service_.about(item, "en", "en")->concepts.at(0).label, "innovation voucher");
  EXPECT_FALSE(service_.about(item, "en", "en")->concepts.at(0).matched);
}

TEST_F(KnowledgeServiceTest, a_search_lists_the_concepts_it_was_widened_with_and_runs_without_a_dropped_one) {
  auto live = published();
  SearchRequest request;
  request.q = "voucher de inovare";
  request.language = "en";
  auto found = service_.search(visitor_, request);
  ASSERT_TRUE(found) << found.error().message;
  ASSERT_EQ(found->expansions.size(), 1u);
  const SearchExpansion& e = found->expansions.front();
  EXPECT_EQ(e.concept_id, "innovation-voucher");
  EXPECT_EQ(e.label, "innovation voucher");
  EXPECT_EQ(e.words, (std::vector<std::string>{"voucher", "de", "inovare"}));
  EXPECT_EQ(e.terms, (std::vector<std::pair<std::string, std::string>>{{"ro", "voucher de inovare"}}));
  EXPECT_TRUE(found->dropped.empty());
  EXPECT_FALSE(found->hits.front().concepts.empty());

  request.dropped = {"innovation-voucher"};
  auto without = service_.search(visitor_, request);
  ASSERT_TRUE(without) << without.error().message;
  EXPECT_TRUE(without->expansions.empty());
  ASSERT_EQ(without->dropped.size(), 1u);
  EXPECT_EQ(without->dropped.front().label, "innovation voucher");
  for (const auto& hit : without->hits) EXPECT_TRUE(hit.concepts.empty());
}

TEST_F(KnowledgeServiceTest, dropping_a_concept_the_thesaurus_does_not_have_is_refused) {
  SearchRequest request;
  request.q = "voucher";
  request.language = "en";
  request.dropped = {"no-such-concept"};
  auto found = service_.search(visitor_, request);
  ASSERT_FALSE(found);
  EXPECT_EQ(found.error().kind, ErrorKind::invalid);
  EXPECT_EQ(found.error().field, "drop");
}

}  // namespace cps::knowledge
