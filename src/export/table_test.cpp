#include "export/table.hpp"

#include <gtest/gtest.h>

#include "files/zip_archive.hpp"
#include "readers/xlsx.hpp"

#include <utility>
#include <vector>

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

TEST(CsvExport, guards_cells_starting_with_an_apostrophe_so_that_reading_back_is_exact) {
  Table t{"x", {"a"}, {{"'quoted' word"}, {"'"}, {"- item"}, {"it's"}}};
  EXPECT_EQ(to_csv(t), "a\r\n''quoted' word\r\n''\r\n'- item\r\nit's\r\n");
  for (const auto& [written, read] : std::vector<std::pair<std::string, std::string>>{
           {"''quoted' word", "'quoted' word"}, {"''", "'"}, {"'- item", "- item"}, {"it's", "it's"},
           {"'=1+1", "=1+1"}, {"'plain", "'plain"}, {"'", "'"}, {"", ""}})
    EXPECT_EQ(csv_text(written), read) << written;
}

TEST(ListCell, joins_with_semicolons_and_escapes_them_inside_values) {
  EXPECT_EQ(list_cell({}), "");
  EXPECT_EQ(list_cell({"RO11", "RO12"}), "RO11;RO12");
  EXPECT_EQ(list_cell({"SMEs; start-ups", "a\\b"}), "SMEs\\; start-ups;a\\\\b");
  for (const auto& values : std::vector<std::vector<std::string>>{
           {}, {"x"}, {"a;b", "c\\", ";", "\\;"}, {"", "y"}, {"trailing", ""}})
    EXPECT_EQ(parse_list_cell(list_cell(values)), values.empty() ? std::vector<std::string>{} : values);
}

TEST(ListCell, refuses_a_backslash_before_anything_else) {
  EXPECT_FALSE(parse_list_cell("a\\b"));
  EXPECT_FALSE(parse_list_cell("end\\"));
  EXPECT_EQ(parse_list_cell("a;;b"), (std::vector<std::string>{"a", "", "b"}));
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

// The workbook's part `name` as text ("" when it is not there).
std::string part_of(const std::string& bytes, const std::string& name) {
  auto zip = files::ZipArchive::open(bytes);
  if (!zip) return "";
  auto part = zip->entry(name);
  return part && *part ? **part : "";
}

TEST(XlsxExport, writes_one_sheet_per_table_in_order_with_unique_names) {
  std::vector<Table> tables{{"activities", {"code", "title"}, {{"M1", "Steering committee"}}},
                            {"budget", {"partner", "euro"}, {{"Agenția Nord-Est", "1234.5"}}, {ColumnType::text, ColumnType::number}},
                            {"Budget", {"x"}, {}},
                            {"reports", {"partner"}, {{"Vjosa RDA"}}}};
  auto bytes = to_xlsx(tables);
  ASSERT_TRUE(bytes);
  std::string workbook = part_of(*bytes, "xl/workbook.xml");
  auto at = [&](const std::string& name) { return workbook.find("name=\"" + name + "\""); };
  ASSERT_NE(at("activities"), std::string::npos);
  EXPECT_LT(at("activities"), at("budget"));
  EXPECT_LT(at("budget"), at("Budget (2)"));
  EXPECT_LT(at("Budget (2)"), at("reports"));
  EXPECT_NE(part_of(*bytes, "xl/worksheets/sheet4.xml"), "");
  EXPECT_NE(part_of(*bytes, "xl/worksheets/sheet2.xml").find("<v>1234.5</v>"), std::string::npos);
  // The first sheet reads back as the first table.
  auto first = readers::read_xlsx_table(*bytes);
  ASSERT_TRUE(first);
  EXPECT_EQ(first->columns, tables[0].columns);
  EXPECT_EQ(first->rows, tables[0].rows);
}

TEST(XlsxExport, one_table_is_a_workbook_of_one_sheet) {
  auto bytes = to_xlsx(Table{"values", {"indicator"}, {{"I1"}}});
  ASSERT_TRUE(bytes);
  EXPECT_NE(part_of(*bytes, "xl/worksheets/sheet1.xml"), "");
  EXPECT_EQ(part_of(*bytes, "xl/worksheets/sheet2.xml"), "");
}

}  // namespace cps::exports
