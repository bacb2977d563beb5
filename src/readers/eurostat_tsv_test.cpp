#include "readers/eurostat_tsv.hpp"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

namespace cps::readers {

namespace {
Result<ObservationTable> read(const std::string& text) {
  std::istringstream in(text);
  return read_eurostat_tsv(in);
}
}  // namespace

TEST(EurostatTsv, reads_dimensions_years_values_flags_and_missing_values) {
  auto t = read(
      "unit,nace_r2,age,geo\\time\t2015 \t2014 \n"
      "THS,A,Y15-24,AT\t14.3 \t16.8 b\n"
      "THS,C,Y_GE15,RO11\t: c\t4.0 bu\n");
  ASSERT_TRUE(t) << t.error().message;
  EXPECT_EQ(t->dimension_names, (std::vector<std::string>{"unit", "nace_r2", "age"}));
  EXPECT_EQ(t->years, (std::vector<int>{2015, 2014}));
  ASSERT_EQ(t->observations.size(), 4u);
  EXPECT_TRUE(t->issues.empty());
  const auto& first = t->observations[0];
  EXPECT_EQ(first.geo, "AT");
  EXPECT_EQ(first.dimensions, (std::vector<std::string>{"THS", "A", "Y15-24"}));
  EXPECT_EQ(first.year, 2015);
  EXPECT_DOUBLE_EQ(*first.value, 14.3);
  EXPECT_EQ(t->observations[1].flags, "b");
  EXPECT_FALSE(t->observations[2].value);  // ':' with the confidentiality flag
  EXPECT_EQ(t->observations[2].flags, "c");
  EXPECT_EQ(t->observations[3].flags, "bu");
  EXPECT_EQ(t->observations[3].line, 3u);
  EXPECT_EQ(t->observations[3].column, 3u);
}

TEST(EurostatTsv, bad_rows_and_cells_are_reported_where_they_are_and_left_out) {
  auto t = read(
      "unit,geo\\time\t2014 \t2013 \n"
      "EUR_HAB,AT\t38500 \tforty\n"
      "EUR_HAB,BG\t5800 \n"
      "EUR_HAB,HU,extra\t1 \t2 \n"
      "EUR_HAB,RO\t-3x \t7700 p\n");
  ASSERT_TRUE(t);
  ASSERT_EQ(t->issues.size(), 4u);
  EXPECT_EQ(t->issues[0].line, 2u);
  EXPECT_EQ(t->issues[0].column, 3u);
  EXPECT_EQ(t->issues[0].text, "forty");
  EXPECT_EQ(t->issues[1].line, 3u);  // one column short
  EXPECT_EQ(t->issues[2].line, 4u);  // one code too many
  EXPECT_EQ(t->issues[3].line, 5u);
  EXPECT_EQ(t->issues[3].column, 2u);
  // What could be read is kept: 38500 for AT and 7700 (provisional) for RO.
  ASSERT_EQ(t->observations.size(), 2u);
  EXPECT_EQ(t->observations[1].flags, "p");
}

TEST(EurostatTsv, a_file_that_is_not_eurostat_fails_at_the_header) {
  EXPECT_EQ(read("region,sector,year,value\nRO11,C,2015,3\n").error().field, "line 1");
  EXPECT_EQ(read("").error().kind, ErrorKind::unprocessable);
  EXPECT_EQ(read("unit,geo\\time\t2015\tQ1\n").error().field, "line 1, column 3");
}

TEST(EurostatTsv, reads_the_shipped_employment_file_whole) {
  std::ifstream in(std::string(CPS_TEST_DATA_DIR) + "/eurostat/lfst_r_lfe2en2.tsv");
  ASSERT_TRUE(in) << "the shipped employment file is missing";
  std::size_t progress_calls = 0;
  auto t = read_eurostat_tsv(in, [&](std::size_t) { ++progress_calls; });
  ASSERT_TRUE(t);
  EXPECT_EQ(t->dimension_names, (std::vector<std::string>{"unit", "nace_r2", "age"}));
  EXPECT_EQ(t->years.front(), 2015);
  EXPECT_EQ(t->years.back(), 2008);
  EXPECT_TRUE(t->issues.empty()) << t->issues.front().line << ": " << t->issues.front().message;
  EXPECT_EQ(t->observations.size(), 28065u * 8u);
  EXPECT_GT(progress_calls, 5u);
}

// Found by fuzz/eurostat_tsv_fuzz: the header's codes became dimension names without a check.
TEST(EurostatTsv, a_header_that_is_not_utf8_is_refused) {
  auto t = read("unit,nace_\xC3(,geo\\time\t2015 \nTHS,A,RO11\t1 \n");
  ASSERT_FALSE(t);
  EXPECT_EQ(t.error().field, "line 1");
  EXPECT_EQ(t.error().message, "The line is not valid UTF-8.");
}

// Found by fuzz/eurostat_tsv_fuzz: the quote of a bad cell was cut inside a character.
TEST(EurostatTsv, a_bad_cell_is_quoted_without_cutting_a_character) {
  std::string cell = std::string(39, 'x') + "\u0219\u0219";  // ș: its first byte is the 40th
  auto t = read("unit,geo\\time\t2015 \nTHS,RO11\t" + cell + "\n");
  ASSERT_TRUE(t) << t.error().message;
  ASSERT_EQ(t->issues.size(), 1u);
  EXPECT_EQ(t->issues[0].text, std::string(39, 'x'));
}

}  // namespace cps::readers
