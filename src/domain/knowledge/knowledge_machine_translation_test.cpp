// Machine translations through KnowledgeService with the real policy, an in-memory repository
// and a fake engine: what a reader is offered, made once and kept, labelled machine and never
// an item's version, stale once the original's title or summary changes.
#include <gtest/gtest.h>

#include <filesystem>

#include "domain/knowledge/knowledge_service.hpp"
#include "domain/knowledge/testing/fake_knowledge_repository.hpp"
#include "domain/knowledge/testing/fake_machine_translator.hpp"
#include "domain/reference/testing/fake_reference_repository.hpp"

namespace cps::knowledge {

namespace {

using accounts::Principal;
using accounts::Role;
using testing::FakeMachineTranslator;

Principal person(std::int64_t id, std::vector<accounts::RoleAssignment> roles) {
  Principal p;
  p.via = Principal::Via::session;
  p.user = accounts::UserId(id);
  p.label = "person" + std::to_string(id) + "@example.org";
  p.roles = std::move(roles);
  return p;
}

const retrieval::Analyzer& analyzer() {
  static const retrieval::Analyzer a;
  return a;
}
const retrieval::Thesaurus& thesaurus() {
  static const retrieval::Thesaurus t = *retrieval::Thesaurus::parse(R"({"concepts": []})", analyzer());
  return t;
}

// A programme written in Serbian.
ItemInput serbian() {
  ItemInput in;
  in.slug = "klasteri-srbija";
  in.kind = Kind::programme;
  in.original_language = "sr";
  in.areas = {"WG3"};
  in.countries = {"RO"};
  in.texts = {{"sr", "Програм развоја кластера", "Подршка кластерима у Србији.", "Тело програма.", "", "", "",
               Translation::original}};
  return in;
}

class MachineTranslationTest : public ::testing::Test {
 protected:
  MachineTranslationTest()
      : reference_(reference_repository_),
        service_(repository_, reference_, analyzer(), thesaurus(),
                 AttachmentSettings{std::filesystem::temp_directory_path() / "cps-machine-translation-test"},
                 [this] { return now_; }) {
    service_.use_translator(&translator_);
  }

  // A published item, which every reader sees.
  KnowledgeItem item(ItemInput in = serbian()) {
    auto id = service_.create(author_, std::move(in));
    EXPECT_TRUE(id) << (id ? "" : id.error().message + " " + id.error().field);
    auto sent = service_.transition(author_, *id, 1, KnowledgeService::Transition::submit, "");
    EXPECT_TRUE(sent);
    auto published = service_.transition(coordinator_, *id, sent->revision, KnowledgeService::Transition::publish, "");
    EXPECT_TRUE(published) << (published ? "" : published.error().message);
    return *published;
  }

  Seconds now_ = 1'800'000'000;
  FakeKnowledgeRepository repository_;
  reference::FakeReferenceRepository reference_repository_;
  reference::ReferenceService reference_;
  KnowledgeService service_;
  FakeMachineTranslator translator_{{{"sr", "en"}, {"hr", "en"}, {"mk", "en"}}};

  const Principal author_ = person(10, {{Role::partner_staff, ""}});
  const Principal reader_ = person(11, {{Role::stakeholder, ""}});
  const Principal coordinator_ = person(20, {{Role::wg_coordinator, "WG3"}});
  const Principal visitor_ = Principal{};
};

}  // namespace

TEST_F(MachineTranslationTest, a_reader_is_offered_their_language_else_english_where_a_pair_exists) {
  auto sr = item();
  EXPECT_EQ(service_.machine_target(sr, "en"), "en");
  EXPECT_EQ(service_.machine_target(sr, "ro"), "en");  // no pair into Romanian: English
  auto in = serbian();
  in.slug = "with-english";
  in.texts.push_back({"en", "Cluster programme", "Support.", "Body.", "", "", "", Translation::human});
  EXPECT_EQ(service_.machine_target(item(in), "ro"), std::nullopt);  // a person translated it
  auto de = serbian();
  de.slug = "german";
  de.original_language = "de";
  de.texts[0].language = "de";
  EXPECT_EQ(service_.machine_target(item(de), "en"), std::nullopt);  // no pair from German
  service_.use_translator(nullptr);
  EXPECT_EQ(service_.machine_target(sr, "en"), std::nullopt);  // no engine: nothing offered
  EXPECT_FALSE(service_.capabilities(reader_, sr).machine_translate);
}

TEST_F(MachineTranslationTest, it_is_made_once_kept_for_everybody_and_never_becomes_a_version_of_the_item) {
  auto sr = item();
  EXPECT_TRUE(service_.capabilities(reader_, sr).machine_translate);
  EXPECT_FALSE(service_.capabilities(visitor_, sr).machine_translate);
  auto made = service_.machine_translate(reader_, sr.id, "en");
  ASSERT_TRUE(made) << made.error().message;
  EXPECT_EQ(made->made, Made::now);
  EXPECT_EQ(made->translation.text.translation, Translation::machine);
  EXPECT_EQ(made->translation.text.title, "[sr>en] Програм развоја кластера");
  EXPECT_EQ(made->translation.text.summary, "[sr>en] Подршка кластерима у Србији.");
  EXPECT_EQ(made->translation.source_language, "sr");
  EXPECT_EQ(made->translation.engine, "fake sr-en");
  EXPECT_EQ(translator_.calls, 2);  // title and summary; the Markdown fields are not sent

  auto again = service_.machine_translate(author_, sr.id, "en");
  ASSERT_TRUE(again);
  EXPECT_EQ(again->made, Made::earlier);
  EXPECT_EQ(translator_.calls, 2);

  auto kept = service_.machine_translations(*service_.item(author_, sr.id));
  ASSERT_TRUE(kept);
  ASSERT_EQ(kept->size(), 1u);
  EXPECT_EQ(kept->front().text.language, "en");
  // The item itself is as it was: one version, the same revision.
  auto now = service_.item(author_, sr.id);
  EXPECT_EQ(now->content.texts.size(), 1u);
  EXPECT_EQ(now->revision, sr.revision);
  EXPECT_EQ(repository_.audit.back().action, "knowledge.machine_translated");
  EXPECT_EQ(repository_.audit.back().detail, "sr → en (fake sr-en)");
  EXPECT_EQ(repository_.audit.back().actor, reader_.user);
}

TEST_F(MachineTranslationTest, visitors_and_read_only_tokens_may_not_ask_for_one) {
  auto sr = item();
  EXPECT_EQ(service_.machine_translate(visitor_, sr.id, "en").error().kind, ErrorKind::unauthenticated);
  Principal token = reader_;
  token.via = Principal::Via::api_token;
  token.token_scope = accounts::TokenScope::read;
  EXPECT_EQ(service_.machine_translate(token, sr.id, "en").error().kind, ErrorKind::forbidden);
  EXPECT_EQ(translator_.calls, 0);
}

TEST_F(MachineTranslationTest, a_revision_that_changes_the_original_title_or_summary_makes_it_stale) {
  auto sr = item();
  ASSERT_TRUE(service_.machine_translate(reader_, sr.id, "en"));
  // Steps of the workflow leave the text as it was: the translation still counts.
  auto archived = service_.transition(coordinator_, sr.id, sr.revision, KnowledgeService::Transition::archive, "");
  ASSERT_TRUE(archived);
  auto sent = service_.transition(coordinator_, sr.id, archived->revision, KnowledgeService::Transition::publish, "");
  ASSERT_TRUE(sent);
  EXPECT_EQ(service_.machine_translations(*sent)->size(), 1u);
  // A new summary makes it stale: not shown, and made again when asked for.
  auto in = sent->content;
  in.texts[0].summary = "Нова подршка кластерима.";
  auto edited = service_.update(author_, sr.id, sent->revision, in);
  ASSERT_TRUE(edited) << edited.error().message;
  EXPECT_TRUE(service_.machine_translations(*edited)->empty());
  auto redone = service_.machine_translate(reader_, sr.id, "en");
  ASSERT_TRUE(redone);
  EXPECT_EQ(redone->made, Made::now);
  EXPECT_EQ(redone->translation.text.summary, "[sr>en] Нова подршка кластерима.");
  EXPECT_EQ(redone->translation.revision, edited->revision);
  EXPECT_EQ(translator_.calls, 4);
  EXPECT_EQ(service_.machine_translations(*edited)->size(), 1u);  // replaced, not added
}

TEST_F(MachineTranslationTest, a_version_written_by_a_person_replaces_it) {
  auto sr = item();
  ASSERT_TRUE(service_.machine_translate(reader_, sr.id, "en"));
  auto in = sr.content;
  in.texts.push_back({"en", "Cluster development programme", "Support for clusters.", "Body.", "", "", "",
                      Translation::human});
  auto edited = service_.update(author_, sr.id, sr.revision, in);
  ASSERT_TRUE(edited);
  EXPECT_TRUE(service_.machine_translations(*edited)->empty());
  auto refused = service_.machine_translate(reader_, sr.id, "en");
  EXPECT_EQ(refused.error().kind, ErrorKind::invalid);
  EXPECT_EQ(refused.error().field, "language");
}

TEST_F(MachineTranslationTest, only_a_content_language_without_a_version_and_with_a_pair_is_asked_for) {
  auto sr = item();
  for (std::string language : {"xx", "sr", "de", ""}) {
    auto refused = service_.machine_translate(reader_, sr.id, language);
    ASSERT_FALSE(refused) << language;
    EXPECT_EQ(refused.error().kind, ErrorKind::invalid) << language;
    EXPECT_EQ(refused.error().field, "language") << language;
  }
  EXPECT_EQ(translator_.calls, 0);
  EXPECT_EQ(service_.machine_translate(reader_, ItemId(999), "en").error().kind, ErrorKind::not_found);
}

TEST_F(MachineTranslationTest, an_engine_that_fails_is_an_error_and_keeps_nothing) {
  auto sr = item();
  translator_.health = FakeMachineTranslator::Health::broken;
  auto failed = service_.machine_translate(reader_, sr.id, "en");
  ASSERT_FALSE(failed);
  EXPECT_EQ(failed.error().kind, ErrorKind::unavailable);
  EXPECT_TRUE(service_.machine_translations(sr)->empty());
  EXPECT_NE(repository_.audit.back().action, "knowledge.machine_translated");
}

TEST_F(MachineTranslationTest, an_item_is_never_saved_with_a_machine_version) {
  auto in = serbian();
  in.texts.push_back({"en", "Cluster programme", "Support.", "Body.", "", "", "", Translation::machine});
  auto refused = service_.create(author_, in);
  ASSERT_FALSE(refused);
  EXPECT_EQ(refused.error().field, "texts.en.translation");
  EXPECT_EQ(refused.error().message, "Use original or human.");
}

}  // namespace cps::knowledge
