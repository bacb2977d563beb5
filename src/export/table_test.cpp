#include "export/table.hpp"

#include <gtest/gtest.h>

namespace cps::exports {

TEST(CsvExport, quotes_separators_and_defuses_formulas) {
  Table t{"x", {"name", "note"}, {{"Agenția, Nord-Est", "say \"hi\""}, {"=HYPERLINK(\"x\")", "-1"}}};
  EXPECT_EQ(to_csv(t),
            "name,note\r\n\"Agenția, Nord-Est\",\"say \"\"hi\"\"\"\r\n"
            "\"'=HYPERLINK(\"\"x\"\")\",'-1\r\n");
}

TEST(CsvExport, keeps_figures_of_number_columns_as_they_are) {
  Table t{"x", {"region", "growth"}, {{"-RO11", "-1.5"}, {"RO12", "=1+1"}}, {ColumnType::text, ColumnType::number}};
  EXPECT_EQ(to_csv(t), "region,growth\r\n'-RO11,-1.5\r\nRO12,'=1+1\r\n");
}

TEST(JsonExport, writes_figures_as_numbers_and_text_as_strings) {
  Table t{"clusters", {"sector", "lq"}, {{"C", "2.25"}, {"1e3", ""}, {"F", "x"}},
          {ColumnType::text, ColumnType::number}};
  EXPECT_EQ(to_json(t),
            R"({"name":"clusters","items":[{"sector":"C","lq":2.25E0},{"sector":"1e3","lq":null},)"
            R"({"sector":"F","lq":null}]})");
}

TEST(XlsxExport, is_a_zip_workbook_holding_the_cells) {
  Table t{"Organisations: [all]", {"name"}, {{"Περιφέρεια"}}};
  auto bytes = to_xlsx(t);
  ASSERT_TRUE(bytes);
  ASSERT_GT(bytes->size(), 1000u);
  EXPECT_EQ(bytes->substr(0, 2), "PK");
}

}  // namespace cps::exports
