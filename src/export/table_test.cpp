#include "export/table.hpp"

#include <gtest/gtest.h>

namespace cps::exports {

TEST(CsvExport, quotes_separators_and_defuses_formulas) {
  Table t{"x", {"name", "note"}, {{"Agenția, Nord-Est", "say \"hi\""}, {"=HYPERLINK(\"x\")", "-1"}}};
  EXPECT_EQ(to_csv(t),
            "name,note\r\n\"Agenția, Nord-Est\",\"say \"\"hi\"\"\"\r\n"
            "\"'=HYPERLINK(\"\"x\"\")\",'-1\r\n");
}

TEST(XlsxExport, is_a_zip_workbook_holding_the_cells) {
  Table t{"Organisations: [all]", {"name"}, {{"Περιφέρεια"}}};
  auto bytes = to_xlsx(t);
  ASSERT_TRUE(bytes);
  ASSERT_GT(bytes->size(), 1000u);
  EXPECT_EQ(bytes->substr(0, 2), "PK");
}

}  // namespace cps::exports
