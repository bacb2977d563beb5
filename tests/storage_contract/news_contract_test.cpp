// News posts on both databases: a post and its translation read back whole (tags, image, the
// author's name), newest first; updated only at the expected revision; one version per
// language in a family; the countries of the reference data and the images still in use; the
// database's own guard of an image without its text alternative; and a failed transaction
// leaving nothing behind.
#include <gtest/gtest.h>

#include "backend.hpp"
#include "storage/news_repository_sql.hpp"

namespace cps::test {

namespace {

using namespace cps::news;

Post post(std::string language, std::string title, std::optional<PostId> original = std::nullopt,
          Seconds at = 1000) {
  Post p;
  p.original = original;
  p.language = std::move(language);
  p.title = std::move(title);
  p.summary = "Pe scurt: ședința de deschidere.";
  p.body = "**Bold** and a list:\n\n- one\n- two";
  p.areas = {"WG1", "WG5"};
  p.countries = {"RO", "EL"};
  p.author = accounts::UserId(1);
  p.translated_version = original ? 1 : 0;
  p.created_at = p.updated_at = at;
  return p;
}

}  // namespace

class NewsContract : public ::testing::Test {
 protected:
  void SetUp() override {
    database_ = migrated_database();
    if (!database_) GTEST_SKIP() << "this backend is not available on the machine";
    news_ = std::make_unique<storage::NewsRepositorySql>(database_->db());
    auto people = database_->db().transaction([](soci::session& s) {
      s << "INSERT INTO users (id, display_name, status, created_at, updated_at) VALUES (1, 'Andrei Pârvulescu', "
           "'active', 0, 0)";
    });
    ASSERT_TRUE(people) << people.error().detail;
  }

  Result<PostId> insert(const Post& p) {
    Result<PostId> out = PostId();
    auto done = news_->transaction([&](NewsStore& s) -> Status {
      out = s.insert_post(p);
      if (!out) return std::unexpected(out.error());
      return {};
    });
    if (!done) return std::unexpected(done.error());
    return out;
  }
  template <class F>
  auto read(F ask) {
    std::invoke_result_t<F, NewsStore&> out;
    auto done = news_->read([&](NewsStore& s) -> Status {
      out = ask(s);
      return {};
    });
    EXPECT_TRUE(done);
    return out;
  }

  std::unique_ptr<TestDatabase> database_;
  std::unique_ptr<storage::NewsRepositorySql> news_;
};

TEST_F(NewsContract, a_post_and_its_translation_read_back_whole_newest_first) {
  auto en = insert(post("en", "Partners meet in Piatra Neamț"));
  ASSERT_TRUE(en);
  auto ro = insert(post("ro", "Partenerii se întâlnesc la Piatra Neamț", *en, 2000));
  ASSERT_TRUE(ro);
  auto back = read([&](NewsStore& s) { return s.post(*ro); });
  ASSERT_TRUE(back && *back);
  const Post& p = **back;
  EXPECT_EQ(p.original, *en);
  EXPECT_EQ(p.title, "Partenerii se întâlnesc la Piatra Neamț");
  EXPECT_EQ(p.areas, (std::vector<std::string>{"WG1", "WG5"}));
  EXPECT_EQ(p.countries, (std::vector<std::string>{"RO", "EL"}));
  EXPECT_EQ(p.author_name, "Andrei Pârvulescu");
  EXPECT_EQ(p.status, PostStatus::draft);
  EXPECT_EQ(p.revision, 1);
  EXPECT_EQ(p.translated_version, 1);
  EXPECT_FALSE(p.image);
  auto all = read([](NewsStore& s) { return s.posts(); });
  ASSERT_TRUE(all);
  ASSERT_EQ(all->size(), 2u);
  EXPECT_EQ(all->front().id, *ro);
  auto missing = read([](NewsStore& s) { return s.post(PostId(999)); });
  EXPECT_FALSE(*missing);
}

TEST_F(NewsContract, updates_only_at_the_expected_revision_with_the_image) {
  auto en = insert(post("en", "Original"));
  ASSERT_TRUE(en);
  Post p = **read([&](NewsStore& s) { return s.post(*en); });
  p.status = PostStatus::published;
  p.published_at = 3000;
  p.text_version = 2;
  p.image = Image{std::string(64, 'a'), "image/png", 67, "Partners around the table"};
  Result<bool> first = false, stale = false;
  auto done = news_->transaction([&](NewsStore& s) -> Status {
    first = s.update_post(p, 1);
    stale = s.update_post(p, 1);
    return {};
  });
  ASSERT_TRUE(done);
  EXPECT_TRUE(*first);
  EXPECT_FALSE(*stale);
  Post back = **read([&](NewsStore& s) { return s.post(*en); });
  EXPECT_EQ(back.revision, 2);
  EXPECT_EQ(back.status, PostStatus::published);
  EXPECT_EQ(back.published_at, 3000);
  EXPECT_EQ(back.text_version, 2);
  ASSERT_TRUE(back.image);
  EXPECT_EQ(back.image->alt, "Partners around the table");
  EXPECT_TRUE(*read([](NewsStore& s) { return s.image_in_use(std::string(64, 'a')); }));
  EXPECT_FALSE(*read([](NewsStore& s) { return s.image_in_use(std::string(64, 'b')); }));
}

TEST_F(NewsContract, one_version_per_language_and_the_database_guards) {
  auto en = insert(post("en", "Original"));
  ASSERT_TRUE(en);
  ASSERT_TRUE(insert(post("ro", "Traducere", *en)));
  EXPECT_FALSE(insert(post("ro", "A doua traducere", *en)));
  EXPECT_TRUE(*read([](NewsStore& s) { return s.country_exists("EL"); }));
  EXPECT_FALSE(*read([](NewsStore& s) { return s.country_exists("ZZ"); }));
  // An image without its text alternative is refused by the database itself.
  long long id = en->value();
  auto bare = database_->db().transaction([&](soci::session& s) {
    s << "UPDATE news_posts SET image_sha256 = 'abc', image_alt = '' WHERE id = :id", soci::use(id);
  });
  EXPECT_FALSE(bare);
  // A failed transaction leaves nothing behind.
  auto failed = news_->transaction([&](NewsStore& s) -> Status {
    if (auto id = s.insert_post(post("hu", "Fordítás", *en)); !id) return std::unexpected(id.error());
    return fail(ErrorKind::conflict, "refused");
  });
  EXPECT_FALSE(failed);
  EXPECT_EQ(read([](NewsStore& s) { return s.posts(); })->size(), 2u);
}

}  // namespace cps::test
