#include "files/content_store.hpp"

#include <gtest/gtest.h>
#include <unistd.h>

#include <fstream>
#include <sstream>

namespace cps::files {

namespace {

class ContentStoreTest : public ::testing::Test {
 protected:
  void SetUp() override {
    root_ = std::filesystem::temp_directory_path() / ("cps-content-" + std::to_string(::getpid()) + "-" +
                                                      ::testing::UnitTest::GetInstance()->current_test_info()->name());
    std::filesystem::remove_all(root_);
  }
  void TearDown() override { std::filesystem::remove_all(root_); }
  std::string read(const std::filesystem::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
  }
  std::size_t entries() {
    std::size_t n = 0;
    for (const auto& e : std::filesystem::recursive_directory_iterator(root_)) n += e.is_regular_file();
    return n;
  }
  std::filesystem::path root_;
};

}  // namespace

TEST_F(ContentStoreTest, the_same_bytes_are_stored_once_under_their_digest) {
  ContentStore store(root_);
  auto a = store.put("cluster study");
  auto b = store.put("cluster study");
  ASSERT_TRUE(a && b);
  EXPECT_EQ(*a, *b);
  EXPECT_EQ(*a, sha256_hex("cluster study"));
  EXPECT_EQ(read(store.path_of(*a)), "cluster study");
  EXPECT_EQ(entries(), 1u);
  EXPECT_TRUE(store.path_of("../../etc/passwd").empty());
}

TEST_F(ContentStoreTest, release_deletes_only_what_is_no_longer_needed) {
  ContentStore store(root_);
  auto digest = *store.put("kept");
  ASSERT_TRUE(store.release(digest, [] { return Result<bool>(true); }));
  EXPECT_EQ(read(store.path_of(digest)), "kept");
  // A failing check keeps the file and reports the failure.
  auto failed = store.release(digest, [] { return Result<bool>(std::unexpected(Error{ErrorKind::unavailable, "down"})); });
  ASSERT_FALSE(failed);
  EXPECT_EQ(failed.error().kind, ErrorKind::unavailable);
  EXPECT_EQ(read(store.path_of(digest)), "kept");
  ASSERT_TRUE(store.release(digest, [] { return Result<bool>(false); }));
  EXPECT_FALSE(std::filesystem::exists(store.path_of(digest)));
  EXPECT_EQ(entries(), 0u);  // nothing left aside either
  // Releasing what is not stored is not an error; a malformed digest is.
  EXPECT_TRUE(store.release(digest, [] { return Result<bool>(false); }));
  EXPECT_FALSE(store.release("x", [] { return Result<bool>(false); }));
}

TEST_F(ContentStoreTest, a_put_while_the_file_is_set_aside_survives_the_release) {
  ContentStore store(root_);
  auto digest = *store.put("raced");
  // The check runs while the file is moved aside: an upload of the same bytes recorded at
  // that moment writes it again, and the check then says it is needed.
  ASSERT_TRUE(store.release(digest, [&] {
    EXPECT_FALSE(std::filesystem::exists(store.path_of(digest)));
    EXPECT_TRUE(store.put("raced"));
    return Result<bool>(true);
  }));
  EXPECT_EQ(read(store.path_of(digest)), "raced");
  EXPECT_EQ(entries(), 1u);
}

}  // namespace cps::files
