// News through NewsService with the real policy and an in-memory port: a post written,
// translated, published and edited (the translation goes out of date, and saving it brings it
// back); who reads and who writes; images with their text alternative; and that a refused
// change writes nothing.
#include "domain/news/news_service.hpp"

#include <gtest/gtest.h>

#include <boost/json.hpp>
#include <filesystem>

#include "domain/news/testing/fake_news_repository.hpp"

namespace cps::news {
namespace {

namespace json = boost::json;

accounts::Principal person(std::int64_t id, std::vector<accounts::RoleAssignment> roles) {
  accounts::Principal p;
  p.via = accounts::Principal::Via::session;
  p.user = accounts::UserId(id);
  p.label = "person" + std::to_string(id) + "@example.org";
  p.display_name = "Person " + std::to_string(id);
  p.roles = std::move(roles);
  return p;
}

// The smallest PNG: one transparent pixel.
const char kPngBytes[] =
    "\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01\0\0\0\x01\x08\x06\0\0\0\x1f\x15\xc4\x89\0\0\0\rIDATx\x9c"
    "c\xf8\xff\xff?\0\x05\xfe\x02\xfe\xa7\x35\x81\x84\0\0\0\0IEND\xae\x42\x60\x82";
const std::string kPng(kPngBytes, sizeof kPngBytes - 1);

class NewsFlow : public ::testing::Test {
 protected:
  NewsFlow()
      : dir_(std::filesystem::temp_directory_path() / ("cps-news-test-" + std::to_string(::getpid()))),
        service_(repository_, ImageSettings{dir_, 1024}, [this] { return now_; }) {}
  ~NewsFlow() override { std::filesystem::remove_all(dir_); }

  PostInput input(std::string language, std::string title, std::optional<PostId> of = std::nullopt) {
    return PostInput{std::move(language), std::move(title), "A short summary.", "The **body**.", {"WG1"}, {"RO"}, of};
  }
  Post created(PostInput in) {
    auto p = service_.create(lead_, std::move(in));
    EXPECT_TRUE(p) << (p ? "" : p.error().message);
    return *p;
  }

  std::filesystem::path dir_;
  FakeNewsRepository repository_;
  Seconds now_ = 1'780'000'000;
  NewsService service_;
  accounts::Principal lead_ = person(1, {{accounts::Role::lead_coordinator, ""}});
  accounts::Principal staff_ = person(2, {{accounts::Role::partner_staff, ""}});
  accounts::Principal anonymous_;
};

TEST_F(NewsFlow, a_post_is_written_translated_published_and_its_translation_goes_out_of_date) {
  Post en = created(input("en", "Study visit to Timișoara"));
  EXPECT_EQ(en.status, PostStatus::draft);
  Post ro = created(input("ro", "Vizită de studiu la Timișoara", en.id));
  EXPECT_EQ(ro.original, en.id);
  EXPECT_EQ(ro.areas, en.areas);  // a translation takes its original's tags

  // A translation waits for its original.
  auto early = service_.publish(lead_, ro.id, ro.revision);
  ASSERT_FALSE(early);
  EXPECT_EQ(early.error().kind, ErrorKind::conflict);
  auto pen = service_.publish(lead_, en.id, en.revision);
  ASSERT_TRUE(pen);
  EXPECT_EQ(pen->published_at, now_);
  auto pro = service_.publish(lead_, ro.id, ro.revision);
  ASSERT_TRUE(pro);

  auto view = service_.post(anonymous_, ro.id);
  ASSERT_TRUE(view);
  EXPECT_EQ(view->translation, TranslationStatus::human_translation);
  ASSERT_EQ(view->versions.size(), 2u);
  EXPECT_EQ(view->versions[0].language, "en");

  // The original's text changes: the translation is out of date until it is saved again.
  auto changed = input("en", "Study visit to Timișoara and Arad");
  auto en2 = service_.update(lead_, en.id, pen->revision, changed);
  ASSERT_TRUE(en2);
  EXPECT_EQ(service_.post(anonymous_, ro.id)->translation, TranslationStatus::out_of_date);
  auto ro2 = service_.update(lead_, ro.id, pro->revision, input("ro", "Vizită de studiu la Timișoara și Arad"));
  ASSERT_TRUE(ro2);
  EXPECT_EQ(service_.post(anonymous_, ro.id)->translation, TranslationStatus::human_translation);

  // One line per family in a list: the reader's language when there is one.
  auto ro_list = service_.list(anonymous_, {}, "ro");
  ASSERT_TRUE(ro_list);
  ASSERT_EQ(ro_list->size(), 1u);
  EXPECT_EQ(ro_list->front().post.language, "ro");
  auto hu_list = service_.list(anonymous_, {}, "hu");
  ASSERT_EQ(hu_list->front().post.language, "en");

  std::vector<std::string> verbs;
  for (const auto& a : repository_.audit) verbs.push_back(a.action);
  EXPECT_EQ(verbs, (std::vector<std::string>{"news.created", "news.created", "news.published", "news.published",
                                             "news.updated", "news.updated"}));
}

TEST_F(NewsFlow, drafts_are_seen_and_news_written_only_by_the_communication_roles) {
  Post en = created(input("en", "Draft news"));
  EXPECT_EQ(service_.post(anonymous_, en.id).error().kind, ErrorKind::not_found);
  EXPECT_EQ(service_.post(staff_, en.id).error().kind, ErrorKind::not_found);
  EXPECT_TRUE(service_.post(lead_, en.id));
  EXPECT_TRUE(service_.list(anonymous_, NewsFilter{.drafts = true}, "en")->empty());
  EXPECT_EQ(service_.list(lead_, NewsFilter{.drafts = true}, "en")->size(), 1u);

  EXPECT_EQ(service_.create(staff_, input("en", "Mine")).error().kind, ErrorKind::forbidden);
  EXPECT_EQ(service_.create(anonymous_, input("en", "Mine")).error().kind, ErrorKind::unauthenticated);
  auto reader = lead_;
  reader.via = accounts::Principal::Via::api_token;
  reader.token_scope = accounts::TokenScope::read;
  EXPECT_EQ(service_.create(reader, input("en", "Mine")).error().kind, ErrorKind::forbidden);
  EXPECT_EQ(repository_.stored(), 1u);
}

TEST_F(NewsFlow, bad_input_and_stale_edits_are_refused_and_write_nothing) {
  Post en = created(input("en", "Original"));
  auto twice = service_.create(lead_, input("en", "Another English version", en.id));
  EXPECT_EQ(twice.error().kind, ErrorKind::conflict);
  Post ro = created(input("ro", "Traducere", en.id));
  auto of_translation = service_.create(lead_, input("hu", "Fordítás", ro.id));
  EXPECT_EQ(of_translation.error().field, "translation_of");
  auto unknown_country = input("en", "Somewhere");
  unknown_country.countries = {"ZZ"};
  EXPECT_EQ(service_.create(lead_, unknown_country).error().field, "countries");
  auto stale = service_.update(lead_, en.id, en.revision + 5, input("en", "Changed"));
  EXPECT_EQ(stale.error().kind, ErrorKind::conflict);
  auto language = service_.update(lead_, en.id, en.revision, input("ro", "Changed"));
  EXPECT_EQ(language.error().field, "language");
  EXPECT_EQ(repository_.stored(), 2u);
  EXPECT_EQ(repository_.audit.size(), 2u);

  auto no_title = read_post(json::object{{"language", "en"}, {"title", ""}, {"summary", "s"}, {"body", "b"}});
  EXPECT_EQ(no_title.error().field, "title");
  auto klingon = read_post(json::object{{"language", "tlh"}, {"title", "t"}, {"summary", "s"}, {"body", "b"}});
  EXPECT_EQ(klingon.error().field, "language");
  auto area = read_post(json::object{{"language", "en"}, {"title", "t"}, {"summary", "s"}, {"body", "b"},
                                     {"areas", json::array{"WG9"}}});
  EXPECT_EQ(area.error().field, "areas");
}

TEST_F(NewsFlow, an_image_needs_its_text_alternative_and_an_image_type) {
  Post en = created(input("en", "With a picture"));
  auto no_alt = service_.set_image(lead_, en.id, en.revision, kPng, "  ");
  ASSERT_FALSE(no_alt);
  EXPECT_EQ(no_alt.error().field, "alt");
  auto text = service_.set_image(lead_, en.id, en.revision, "just some words, not an image", "A map of the region");
  ASSERT_FALSE(text);
  EXPECT_EQ(text.error().kind, ErrorKind::unsupported_media_type);
  auto big = service_.set_image(lead_, en.id, en.revision, std::string(2048, 'x'), "A map of the region");
  EXPECT_EQ(big.error().kind, ErrorKind::payload_too_large);
  EXPECT_EQ(repository_.audit.size(), 1u);

  auto set = service_.set_image(lead_, en.id, en.revision, kPng, "Partners at the Timișoara meeting");
  ASSERT_TRUE(set) << set.error().message;
  EXPECT_EQ(set->image->media_type, "image/png");
  EXPECT_EQ(set->image->alt, "Partners at the Timișoara meeting");
  auto file = service_.image(lead_, en.id);
  ASSERT_TRUE(file);
  EXPECT_TRUE(std::filesystem::exists(file->path));
  auto removed = service_.remove_image(lead_, en.id, set->revision);
  ASSERT_TRUE(removed);
  EXPECT_FALSE(std::filesystem::exists(file->path));  // no other post shows it
}

}  // namespace
}  // namespace cps::news
