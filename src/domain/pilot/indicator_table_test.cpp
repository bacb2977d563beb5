// Indicator values as a table: the download's rows, and an upload of the same columns read back
// into the values it holds (in any column order, empty values skipped, a bad cell named by row
// and column).
#include "domain/pilot/indicator_table.hpp"

#include <gtest/gtest.h>

namespace cps::pilot {
namespace {

Pilot pilot_with_values() {
  Pilot p;
  Indicator firms;
  firms.code = "I1";
  firms.name = "Companies using a voucher";
  firms.unit = Unit::companies;
  firms.values = {IndicatorValue{2, 20, "https://example.org/p2.pdf", "", std::nullopt, 0},
                  IndicatorValue{1, 12, "Register", "=first call", std::nullopt, 0}};
  Indicator days;
  days.code = "I2";
  days.name = "Days to pay";
  days.unit = Unit::days;
  days.values = {IndicatorValue{1, 22.5, "", "Two late payments.", std::nullopt, 0}};
  p.indicators = {firms, days};
  return p;
}

TEST(PilotIndicatorTable, the_download_has_one_row_per_indicator_and_period) {
  auto table = values_table(pilot_with_values());
  EXPECT_EQ(table.columns,
            (std::vector<std::string>{"indicator", "name", "unit", "period", "value", "evidence", "comment"}));
  ASSERT_EQ(table.rows.size(), 3u);
  EXPECT_EQ(table.rows[0], (std::vector<std::string>{"I1", "Companies using a voucher", "companies", "1", "12",
                                                     "Register", "=first call"}));
  EXPECT_EQ(table.rows[1][3], "2");
  EXPECT_EQ(table.rows[2][4], "22.5");
  EXPECT_EQ(table.types.at(3), exports::ColumnType::number);
  EXPECT_EQ(table.types.at(4), exports::ColumnType::number);
}

TEST(PilotIndicatorTable, an_upload_of_the_download_gives_back_its_values) {
  auto table = values_table(pilot_with_values());
  std::vector<std::vector<std::string>> rows{table.columns};
  rows.insert(rows.end(), table.rows.begin(), table.rows.end());
  auto values = read_values_table(rows);
  ASSERT_TRUE(values) << values.error().message << " " << values.error().field;
  ASSERT_EQ(values->size(), 3u);
  EXPECT_EQ((*values)[0].indicator, "I1");
  EXPECT_EQ((*values)[0].period, 1);
  EXPECT_EQ((*values)[0].value, 12);
  EXPECT_EQ((*values)[0].evidence, "Register");
  EXPECT_EQ((*values)[0].comment, "=first call");
  EXPECT_EQ((*values)[2].value, 22.5);
  EXPECT_EQ((*values)[2].comment, "Two late payments.");
}

TEST(PilotIndicatorTable, an_upload_reads_its_columns_by_name_and_skips_empty_values) {
  auto values = read_values_table({{"Value", "Period", "Indicator"},
                                   {" 3 ", "2", "I1"},
                                   {"", "3", "I1"},
                                   {"", "", ""},
                                   {"1e2", "1", "I2"}});
  ASSERT_TRUE(values);
  ASSERT_EQ(values->size(), 2u);
  EXPECT_EQ((*values)[0].value, 3);
  EXPECT_EQ((*values)[0].evidence, "");
  EXPECT_EQ((*values)[1].value, 100);
}

TEST(PilotIndicatorTable, a_bad_cell_is_named_by_its_row_and_column) {
  auto field = [](std::vector<std::vector<std::string>> rows) {
    auto r = read_values_table(rows);
    EXPECT_FALSE(r);
    return r ? std::string("accepted") : r.error().field;
  };
  std::vector<std::string> header{"indicator", "period", "value"};
  EXPECT_EQ(field({header, {"I1", "1", "2"}, {"I1", "2", "many"}}), "row 3: value");
  EXPECT_EQ(field({header, {"I1", "7", "2"}}), "row 2: period");
  EXPECT_EQ(field({header, {"", "1", "2"}}), "row 2: indicator");
  EXPECT_EQ(field({{"indicator", "value"}, {"I1", "2"}}), "row 1");
  EXPECT_EQ(field({}), "row 1");
}

}  // namespace
}  // namespace cps::pilot
