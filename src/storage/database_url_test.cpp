#include "storage/database_url.hpp"
#include "storage/libpq_parameters.hpp"

#include <gtest/gtest.h>

namespace cps::storage {

TEST(DatabaseUrl, sqlite_absolute_path_keeps_the_path) {
  auto url = parse_database_url("sqlite:///var/lib/cps/db.sqlite");
  ASSERT_TRUE(url);
  EXPECT_EQ(url->dialect, Dialect::sqlite);
  EXPECT_EQ(url->sqlite_path, "/var/lib/cps/db.sqlite");
}

TEST(DatabaseUrl, postgresql_url_becomes_keyword_string_without_leaking_the_password) {
  auto url = parse_database_url("postgresql://app:s3cret@db.local:6543/cps?sslmode=require");
  ASSERT_TRUE(url);
  EXPECT_EQ(url->dialect, Dialect::postgresql);
  EXPECT_EQ(url->connect,
            "host='db.local' port='6543' dbname='cps' user='app' password='s3cret' "
            "sslmode='require'");
  EXPECT_EQ(url->redacted.find("s3cret"), std::string::npos);
}

TEST(DatabaseUrl, libpq_keywords_cannot_be_injected_through_the_database_name) {
  auto url = parse_database_url("postgresql://h/x%27%20host%3Devil");
  ASSERT_TRUE(url);
  EXPECT_NE(url->connect.find("dbname='x\\' host=evil'"), std::string::npos) << url->connect;
}

TEST(DatabaseUrl, unknown_schemes_and_parameters_are_rejected_naming_the_setting) {
  for (const char* bad :
       {"mysql://h/db", "", "postgresql://h/", "postgresql://h/db?foo=1", "sqlite://"}) {
    auto url = parse_database_url(bad);
    ASSERT_FALSE(url) << bad;
    EXPECT_EQ(url.error().field, "database");
    EXPECT_EQ(url.error().kind, ErrorKind::invalid);
  }
}

TEST(DatabaseUrl, libpq_parameters_are_the_url_s_keywords_with_their_values_decoded) {
  auto p = libpq_parameters("postgresql://cps:p%3Aw%5Cd@db.example:6543/cps_main?sslmode=require");
  ASSERT_TRUE(p);
  std::vector<std::pair<std::string, std::string>> expected{{"host", "db.example"}, {"port", "6543"},
                                                            {"dbname", "cps_main"}, {"user", "cps"},
                                                            {"password", "p:w\\d"}, {"sslmode", "require"}};
  EXPECT_EQ(*p, expected);
  EXPECT_FALSE(libpq_parameters("sqlite:///tmp/x.db"));
  EXPECT_FALSE(libpq_parameters("postgresql://h/db?foo=1"));
}

}  // namespace cps::storage
