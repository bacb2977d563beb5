#include "app/config.hpp"

#include <gtest/gtest.h>

#include <fstream>

namespace cps::app {

namespace {

SettingSources base() {
  SettingSources s;
  s.flags["resources"] = CPS_TEST_SHARE_DIR;
  return s;
}

std::filesystem::path write_toml(const std::string& text) {
  auto path = std::filesystem::temp_directory_path() /
              ("cps-config-" + std::to_string(::getpid()) + ".toml");
  std::ofstream(path) << text;
  return path;
}

}  // namespace

TEST(Config, defaults_listen_on_loopback_8080_with_sqlite_in_the_data_dir) {
  auto c = load_config(base());
  ASSERT_TRUE(c) << c.error().message;
  EXPECT_EQ(c->host, "127.0.0.1");
  EXPECT_EQ(c->port, 8080);
  EXPECT_TRUE(c->database_url.starts_with("sqlite:///"));
  EXPECT_TRUE(c->database_url.ends_with("/data/clusterpolisee.db"));
}

TEST(Config, flags_beat_environment_beat_file_beat_defaults) {
  auto file = write_toml("listen = \"127.0.0.1:7000\"\nthreads = 3\nlog_level = \"warn\"\n");
  auto s = base();
  s.config_file = file;
  s.environment["CLUSTERPOLISEE_THREADS"] = "5";
  s.environment["CLUSTERPOLISEE_LISTEN"] = "127.0.0.1:7100";
  s.flags["listen"] = "0.0.0.0:7200";
  auto c = load_config(s);
  ASSERT_TRUE(c) << c.error().message;
  EXPECT_EQ(c->port, 7200);         // flag
  EXPECT_EQ(c->threads, 5);         // environment
  EXPECT_EQ(c->log_level, "warn");  // file
  EXPECT_EQ(c->db_pool, 7);         // computed default
  std::filesystem::remove(file);
}

TEST(Config, each_bad_setting_is_named_in_the_error) {
  struct Case {
    const char* key;
    const char* value;
  } cases[] = {{"listen", "localhost"}, {"listen", "127.0.0.1:99999"}, {"threads", "0"},
               {"threads", "many"},     {"database", "mysql://x/y"},   {"log_level", "loud"},
               {"access_log", "maybe"}, {"resources", "/nonexistent"}, {"cache_refresh_ms", "-1"}};
  for (const auto& bad : cases) {
    auto s = base();
    s.flags[bad.key] = bad.value;
    auto c = load_config(s);
    ASSERT_FALSE(c) << bad.key << "=" << bad.value;
    EXPECT_EQ(c.error().field, bad.key);
    EXPECT_NE(c.error().message.find(bad.key), std::string::npos) << c.error().message;
  }
}

TEST(Config, unknown_keys_in_file_or_environment_are_refused) {
  auto file = write_toml("listne = \"127.0.0.1:1\"\n");
  auto s = base();
  s.config_file = file;
  auto c = load_config(s);
  ASSERT_FALSE(c);
  EXPECT_EQ(c.error().field, "listne");
  auto e = base();
  e.environment["CLUSTERPOLISEE_THREDS"] = "2";
  ASSERT_FALSE(load_config(e));
  std::filesystem::remove(file);
  auto broken = write_toml("listen = [");
  auto b = base();
  b.config_file = broken;
  auto bc = load_config(b);
  ASSERT_FALSE(bc);
  EXPECT_EQ(bc.error().field, "config");
  std::filesystem::remove(broken);
}

}  // namespace cps::app
