#include "storage/sql_script.hpp"

#include <gtest/gtest.h>

namespace cps::storage {

TEST(SqlScript, splits_on_semicolons_outside_quotes_and_drops_comments) {
  auto s = split_sql_script(
      "-- a comment; with a semicolon\n"
      "CREATE TABLE t (a TEXT); -- trailing\n"
      "INSERT INTO t VALUES ('x; y'), ('it''s; fine');\n"
      "\n;\n"
      "INSERT INTO \"odd;name\" VALUES (1)");
  ASSERT_EQ(s.size(), 3u);
  EXPECT_EQ(s[0], "CREATE TABLE t (a TEXT)");
  EXPECT_EQ(s[1], "INSERT INTO t VALUES ('x; y'), ('it''s; fine')");
  EXPECT_EQ(s[2], "INSERT INTO \"odd;name\" VALUES (1)");
}

TEST(SqlScript, keeps_double_dash_inside_strings) {
  auto s = split_sql_script("INSERT INTO t VALUES ('a -- b');");
  ASSERT_EQ(s.size(), 1u);
  EXPECT_EQ(s[0], "INSERT INTO t VALUES ('a -- b')");
}

}  // namespace cps::storage
