#include "readers/readers.hpp"

#include <gtest/gtest.h>
#include <unistd.h>
#include <xlsxwriter.h>
#include <zip.h>

#include <filesystem>
#include <fstream>
#include <random>
#include <set>
#include <sstream>
#include <tuple>

#include "readers/cells.hpp"

namespace cps::readers {

namespace {

Result<ObservationTable> read(FileFormat format, const std::string& bytes,
                              ReadOptions options = {}) {
  std::istringstream in(bytes);
  return read_observations(format, in, options);
}

std::string slurp(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

std::filesystem::path scratch(const std::string& name) {
  return std::filesystem::temp_directory_path() /
         ("cps-readers-" + std::to_string(::getpid()) + "-" + name);
}

// A workbook written by libxlsxwriter: rows of cells, numbers where a cell parses as one.
// constant_memory writes inline strings instead of shared ones.
std::string workbook(const std::vector<std::vector<std::string>>& rows,
                     bool inline_strings = false) {
  auto path = scratch("book.xlsx");
  lxw_workbook_options options{};
  options.constant_memory = inline_strings ? LXW_TRUE : LXW_FALSE;
  lxw_workbook* book = workbook_new_opt(path.c_str(), &options);
  lxw_worksheet* sheet = workbook_add_worksheet(book, "data");
  for (std::size_t r = 0; r < rows.size(); ++r)
    for (std::size_t c = 0; c < rows[r].size(); ++c) {
      const std::string& cell = rows[r][c];
      if (cell.empty()) continue;
      if (auto n = parse_number(cell); n && r > 0 && (c == 2 || c == 3))
        worksheet_write_number(sheet, lxw_row_t(r), lxw_col_t(c), *n, nullptr);
      else
        worksheet_write_string(sheet, lxw_row_t(r), lxw_col_t(c), cell.c_str(), nullptr);
    }
  EXPECT_EQ(workbook_close(book), LXW_NO_ERROR);
  std::string bytes = slurp(path);
  std::filesystem::remove(path);
  return bytes;
}

// A zip archive with the given parts, each deflated.
std::string archive(const std::vector<std::pair<std::string, std::string>>& parts) {
  auto path = scratch("archive.zip");
  int error = 0;
  zip_t* z = zip_open(path.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &error);
  EXPECT_NE(z, nullptr);
  for (const auto& [name, data] : parts) {
    zip_source_t* s = zip_source_buffer(z, data.data(), data.size(), 0);
    zip_int64_t index = zip_file_add(z, name.c_str(), s, ZIP_FL_OVERWRITE);
    EXPECT_GE(index, 0);
    zip_set_file_compression(z, zip_uint64_t(index), ZIP_CM_DEFLATE, 9);
  }
  EXPECT_EQ(zip_close(z), 0);
  std::string bytes = slurp(path);
  std::filesystem::remove(path);
  return bytes;
}

const std::string kWorkbookXml =
    R"(<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" )"
    R"(xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>)"
    R"(<sheet name="a" sheetId="1" r:id="rId1"/></sheets></workbook>)";
const std::string kRelsXml =
    R"(<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)"
    R"(<Relationship Id="rId1" Type="worksheet" Target="worksheets/sheet1.xml"/></Relationships>)";

using Key = std::tuple<std::string, std::string, int, std::optional<double>, std::string>;

// Region, sector, year, value and flags of every observation; the sector is the dimension
// at `sector_at`.
std::set<Key> keys(const ObservationTable& t, std::size_t sector_at) {
  std::set<Key> out;
  for (const auto& o : t.observations)
    out.insert({o.geo, o.dimensions.at(sector_at), o.year, o.value, o.flags});
  return out;
}

}  // namespace

// ---- SDMX-CSV ----

TEST(Cells, a_quoted_cell_never_ends_inside_a_character) {
  EXPECT_EQ(quote_cell("abc", 5), "abc");
  EXPECT_EQ(quote_cell("abcdef", 3), "abc");
  EXPECT_EQ(quote_cell("ab\u0219c", 3), "ab");  // ș is two bytes: left out whole
  EXPECT_EQ(quote_cell("ab\u0219c", 4), "ab\u0219");
  EXPECT_EQ(quote_cell("\u20AC\u20AC", 5), "\u20AC");  // € is three bytes
  EXPECT_EQ(quote_cell("\U0001F600", 3), "");
}

TEST(SdmxCsv, reads_eurostats_layout_with_quoted_fields_flags_and_missing_values) {
  auto t = read(FileFormat::sdmx_csv,
                "DATAFLOW,LAST UPDATE,freq,unit,nace_r2,age,geo,TIME_PERIOD,OBS_VALUE,OBS_FLAG\r\n"
                "ESTAT:LFST(1.0),\"25/04/2016, 23:00\",A,THS,A,Y_GE15,RO21,2015,798.2,\r\n"
                "ESTAT:LFST(1.0),\"25/04/2016, 23:00\",A,THS,A,Y_GE15,RO21,2014,,c\r\n"
                "ESTAT:LFST(1.0),\"a \"\"quoted\"\"\nupdate\",A,THS,A,Y_GE15,RO22,2015,4.0,bu\r\n");
  ASSERT_TRUE(t) << t.error().message;
  EXPECT_EQ(t->dimension_names, (std::vector<std::string>{"unit", "nace_r2", "age"}));
  EXPECT_TRUE(t->issues.empty()) << t->issues[0].message;
  ASSERT_EQ(t->observations.size(), 3u);
  EXPECT_EQ(t->observations[0].geo, "RO21");
  EXPECT_DOUBLE_EQ(*t->observations[0].value, 798.2);
  EXPECT_EQ(t->observations[0].column, 9u);
  EXPECT_FALSE(t->observations[1].value);
  EXPECT_EQ(t->observations[1].flags, "c");
  // The third record starts on line 4 although its quoted field runs over two lines.
  EXPECT_EQ(t->observations[2].line, 4u);
  EXPECT_EQ(t->observations[2].flags, "bu");
  EXPECT_EQ(t->years, (std::vector<int>{2015, 2014}));
}

TEST(SdmxCsv, reads_the_2_0_variant_with_labels_in_cells_and_in_columns_of_their_own) {
  auto in_cells =
      read(FileFormat::sdmx_csv,
           "\xEF\xBB\xBFSTRUCTURE,STRUCTURE_ID,ACTION,freq: Time frequency,unit: Unit of measure,"
           "geo: Geopolitical entity,TIME_PERIOD: Time,OBS_VALUE,OBS_FLAG\n"
           "dataflow,ESTAT:NAMA(1.0),I,A: Annual,EUR_HAB: Euro per inhabitant,"
           "\"RO21: Nord-Est, Romania\",2014,5800,p\n");
  ASSERT_TRUE(in_cells) << in_cells.error().message;
  EXPECT_EQ(in_cells->dimension_names, (std::vector<std::string>{"unit"}));
  ASSERT_EQ(in_cells->observations.size(), 1u);
  EXPECT_EQ(in_cells->observations[0].geo, "RO21");
  EXPECT_EQ(in_cells->observations[0].dimensions[0], "EUR_HAB");
  EXPECT_EQ(in_cells->observations[0].flags, "p");

  auto in_columns =
      read(FileFormat::sdmx_csv,
           "STRUCTURE,STRUCTURE_ID,ACTION,freq,Time frequency,unit,Unit of measure,geo,"
           "Geopolitical entity (reporting),TIME_PERIOD,Time,OBS_VALUE,Observation value,OBS_FLAG\n"
           "dataflow,ESTAT:NAMA(1.0),I,A,Annual,EUR_HAB,Euro per "
           "inhabitant,RO21,Nord-Est,2014,2014,5800,5800,\n");
  ASSERT_TRUE(in_columns) << in_columns.error().message;
  EXPECT_EQ(in_columns->dimension_names, (std::vector<std::string>{"unit"}));
  ASSERT_EQ(in_columns->observations.size(), 1u);
  EXPECT_DOUBLE_EQ(*in_columns->observations[0].value, 5800);
}

TEST(SdmxCsv, reports_other_periods_text_values_negative_counts_and_duplicates_where_they_are) {
  const std::string file =
      "freq,unit,geo,TIME_PERIOD,OBS_VALUE,OBS_FLAG\n"
      "A,THS,RO21,2015,10,\n"    // 2
      "Q,THS,RO21,2015-Q1,3,\n"  // 3 quarterly
      "A,THS,RO21,2015-01,3,\n"  // 4 monthly, though marked annual
      "A,THS,RO22,2015,many,\n"  // 5
      "A,THS,RO31,2015,-4,\n"    // 6 negative
      "A,THS,RO21,2015,11,\n"    // 7 again
      "A,THS,RO41,2015,1,x\n"    // 8 not a flag
      "A,THS,RO42,2015,\"1\n";   // 9 quotes never closed
  auto t = read(FileFormat::sdmx_csv, file);
  ASSERT_TRUE(t);
  std::vector<std::pair<std::size_t, std::size_t>> at;
  for (const auto& i : t->issues) at.emplace_back(i.line, i.column);
  std::sort(at.begin(), at.end());
  EXPECT_EQ(at, (std::vector<std::pair<std::size_t, std::size_t>>{
                    {3, 1}, {4, 4}, {5, 5}, {6, 5}, {7, 5}, {8, 6}, {9, 5}}));
  ASSERT_EQ(t->observations.size(), 1u);
  auto negatives_allowed =
      read(FileFormat::sdmx_csv, file, ReadOptions{NegativeValues::allowed, {}, {}});
  EXPECT_EQ(negatives_allowed->observations.size(), 2u);
}

TEST(SdmxCsv, a_header_without_its_columns_fails_at_line_1) {
  auto t = read(FileFormat::sdmx_csv, "unit,geo,year,value\nTHS,RO21,2015,3\n");
  ASSERT_FALSE(t);
  EXPECT_EQ(t.error().field, "line 1");
  EXPECT_EQ(read(FileFormat::sdmx_csv, "").error().kind, ErrorKind::unprocessable);
}

// ---- long CSV ----

TEST(LongCsv, reads_the_header_in_any_case_empty_sectors_flags_bom_and_crlf) {
  auto t = read(FileFormat::csv,
                "\xEF\xBB\xBFRegion,SECTOR,Year,Value,Flag\r\n"
                "RO21,A,2015,798.2,\r\n"
                "RO21,,2014,:,c\r\n"
                "\"RO22\",\"F\",2013,\"1,5\",\r\n"
                "\r\n"
                "HU33,C,2015,+3e2,b\r\n");
  ASSERT_TRUE(t) << t.error().message;
  EXPECT_EQ(t->sector_dimension, "sector");
  ASSERT_EQ(t->issues.size(), 1u);
  EXPECT_EQ(t->issues[0].line, 4u);  // "1,5" is not a number with a decimal point
  EXPECT_EQ(t->issues[0].column, 4u);
  ASSERT_EQ(t->observations.size(), 3u);
  EXPECT_EQ(t->observations[1].dimensions[0], "");
  EXPECT_FALSE(t->observations[1].value);
  EXPECT_EQ(t->observations[1].flags, "c");
  EXPECT_DOUBLE_EQ(*t->observations[2].value, 300);
  EXPECT_EQ(t->observations[2].line, 6u);
}

TEST(LongCsv, reports_bad_years_text_values_negative_counts_duplicates_and_a_truncated_end) {
  auto t = read(FileFormat::csv,
                "region,sector,year,value\n"
                "RO21,A,2015,10\n"       // 2
                "RO21,A,15,10\n"         // 3 year
                "RO21,B,2015,ten\n"      // 4 value
                "RO21,C,2015,-1\n"       // 5 negative
                "RO21,A,2015,12\n"       // 6 duplicate
                "RO21,D,2015,1,extra\n"  // 7 one column too many
                ",E,2015,1\n"            // 8 no region
                "RO21,F,20");            // 9 cut off
  ASSERT_TRUE(t);
  std::vector<std::pair<std::size_t, std::size_t>> at;
  for (const auto& i : t->issues) at.emplace_back(i.line, i.column);
  std::sort(at.begin(), at.end());
  EXPECT_EQ(at, (std::vector<std::pair<std::size_t, std::size_t>>{
                    {3, 3}, {4, 4}, {5, 4}, {6, 4}, {7, 5}, {8, 1}, {9, 4}}));
  EXPECT_EQ(t->observations.size(), 1u);
}

TEST(LongCsv, years_with_gaps_and_in_any_order_are_read) {
  auto t = read(FileFormat::csv, "region,sector,year,value\nRO21,,2015,1\nRO21,,2008,2\nRO21,,2011,3\n");
  ASSERT_TRUE(t);
  EXPECT_TRUE(t->issues.empty());
  EXPECT_EQ(t->years, (std::vector<int>{2015, 2008, 2011}));
}

TEST(LongCsv, a_wrong_header_fails_at_line_1) {
  for (const char* file :
       {"geo,sector,year,value\n", "region,sector,year\n", "region;sector;year;value\n",
        "region,sector,year,value,flag,note\n", "\"region,sector,year,value\n"}) {
    auto t = read(FileFormat::csv, file);
    ASSERT_FALSE(t) << file;
    EXPECT_EQ(t.error().field, "line 1") << file;
  }
}

// ---- XLSX ----

TEST(Xlsx, reads_numbers_shared_and_inline_strings_by_cell_reference) {
  const std::vector<std::vector<std::string>> rows = {{"region", "sector", "year", "value", "flag"},
                                                      {"RO21", "A", "2015", "798.2", ""},
                                                      {"RO21", "", "2014", "", "c"},
                                                      {"HU33", "F", "2015", "30", "b"}};
  for (bool inline_strings : {false, true}) {
    auto t = read(FileFormat::xlsx, workbook(rows, inline_strings));
    ASSERT_TRUE(t) << t.error().message;
    EXPECT_TRUE(t->issues.empty()) << t->issues[0].message;
    ASSERT_EQ(t->observations.size(), 3u);
    EXPECT_EQ(t->observations[0].geo, "RO21");
    EXPECT_DOUBLE_EQ(*t->observations[0].value, 798.2);
    EXPECT_EQ(t->observations[0].line, 2u);  // the sheet's row
    EXPECT_EQ(t->observations[0].column, 4u);
    EXPECT_EQ(t->observations[1].dimensions[0], "");  // an empty cell is an empty sector
    EXPECT_FALSE(t->observations[1].value);
    EXPECT_EQ(t->observations[2].flags, "b");
  }
}

TEST(Xlsx, reports_text_values_negative_counts_and_duplicates_by_row_and_column) {
  auto t = read(FileFormat::xlsx, workbook({{"Region", "Sector", "Year", "Value"},
                                            {"RO21", "A", "2015", "1"},
                                            {"RO21", "A", "2015", "2"},
                                            {"RO22", "A", "2015", "many"},
                                            {"RO23", "A", "2015", "-5"},
                                            {"RO24", "A", "year", "5"}}));
  ASSERT_TRUE(t) << t.error().message;
  std::vector<std::pair<std::size_t, std::size_t>> at;
  for (const auto& i : t->issues) at.emplace_back(i.line, i.column);
  std::sort(at.begin(), at.end());
  EXPECT_EQ(at, (std::vector<std::pair<std::size_t, std::size_t>>{{3, 4}, {4, 4}, {5, 4}, {6, 3}}));
  auto header = read(FileFormat::xlsx, workbook({{"geo", "sector", "year", "value"}}));
  ASSERT_FALSE(header);
  EXPECT_EQ(header.error().field, "line 1");
}

TEST(Xlsx, refuses_files_that_are_not_workbooks_or_are_cut_off) {
  auto plain = read(FileFormat::xlsx, "region,sector,year,value\nRO21,A,2015,1\n");
  ASSERT_FALSE(plain);
  EXPECT_EQ(plain.error().kind, ErrorKind::unprocessable);
  EXPECT_EQ(plain.error().field, "file");
  std::string whole = workbook({{"region", "sector", "year", "value"}, {"RO21", "A", "2015", "1"}});
  for (std::size_t keep : {whole.size() / 2, whole.size() - 30, std::size_t(10)}) {
    auto cut = read(FileFormat::xlsx, whole.substr(0, keep));
    ASSERT_FALSE(cut) << keep;
    EXPECT_EQ(cut.error().field, "file");
  }
  auto no_sheet = read(FileFormat::xlsx, archive({{"xl/workbook.xml", kWorkbookXml}}));
  ASSERT_FALSE(no_sheet);
  EXPECT_EQ(no_sheet.error().field, "file");
}

TEST(Xlsx, refuses_zip_bombs_by_ratio_and_by_total_size) {
  // 20 MB of one repeated row packs to a few kilobytes: far over the ratio allowed.
  std::string row = "<row><c t=\"inlineStr\"><is><t>x</t></is></c></row>";
  std::string sheet = "<worksheet><sheetData>";
  while (sheet.size() < (20u << 20)) sheet += row;
  sheet += "</sheetData></worksheet>";
  auto bomb = read(FileFormat::xlsx, archive({{"xl/workbook.xml", kWorkbookXml},
                                              {"xl/_rels/workbook.xml.rels", kRelsXml},
                                              {"xl/worksheets/sheet1.xml", sheet}}));
  ASSERT_FALSE(bomb);
  EXPECT_EQ(bomb.error().field, "file");
  EXPECT_NE(bomb.error().message.find("unpacks"), std::string::npos);

  // Data that does not compress, over a small total limit.
  std::mt19937 random(7);
  std::string noise(2u << 20, ' ');
  for (auto& c : noise) c = char('a' + random() % 26);
  ReadOptions small;
  small.xlsx.max_unpacked_bytes = 1u << 20;
  auto big = read(FileFormat::xlsx,
                  archive({{"xl/workbook.xml", kWorkbookXml}, {"xl/worksheets/sheet1.xml", noise}}),
                  small);
  ASSERT_FALSE(big);
  EXPECT_EQ(big.error().field, "file");
}

TEST(Xlsx, entity_declarations_are_refused) {
  std::string laughs =
      "<?xml version=\"1.0\"?><!DOCTYPE w [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;\">]>"
      "<worksheet><sheetData><row><c "
      "t=\"inlineStr\"><is><t>&b;</t></is></c></row></sheetData></worksheet>";
  auto t = read(FileFormat::xlsx, archive({{"xl/workbook.xml", kWorkbookXml},
                                           {"xl/_rels/workbook.xml.rels", kRelsXml},
                                           {"xl/worksheets/sheet1.xml", laughs}}));
  ASSERT_FALSE(t);
  EXPECT_EQ(t.error().field, "file");
}

// ---- XLSX as a plain table ----

TEST(XlsxTable, reads_back_what_the_export_writes) {
  exports::Table written{"form", {"criterion", "current_answer", "justification"},
                         {{"WG4.1", "3", "Περιφέρεια; \"quoted\""}, {"WG4.2", "n/a", ""}, {"WG4.3", "", "ș ț"}},
                         {exports::ColumnType::text, exports::ColumnType::number}};
  auto bytes = exports::to_xlsx(written);
  ASSERT_TRUE(bytes) << bytes.error().message;
  auto t = read_xlsx_table(*bytes);
  ASSERT_TRUE(t) << t.error().message;
  EXPECT_EQ(t->columns, written.columns);
  EXPECT_EQ(t->rows, written.rows);
}

TEST(XlsxTable, puts_back_rows_the_sheet_leaves_out_and_pads_short_ones) {
  for (bool inline_strings : {false, true}) {
    auto t = read_xlsx_table(workbook({{"a", "b", "c", ""}, {"1", "", ""}, {}, {"", "", "z"}}, inline_strings));
    ASSERT_TRUE(t) << t.error().message;
    EXPECT_EQ(t->columns, (std::vector<std::string>{"a", "b", "c"}));
    // Sheet row 3 has no cell: it comes back empty, so that row i is still sheet row 2 + i.
    EXPECT_EQ(t->rows, (std::vector<std::vector<std::string>>{{"1", "", ""}, {"", "", ""}, {"", "", "z"}}));
  }
}

TEST(XlsxTable, refuses_cells_right_of_the_header_naming_the_row) {
  auto t = read_xlsx_table(workbook({{"a", "b"}, {"1", "2"}, {"1", "2", "stray"}}));
  ASSERT_FALSE(t);
  EXPECT_EQ(t.error().kind, ErrorKind::unprocessable);
  EXPECT_EQ(t.error().field, "row 3");
}

TEST(XlsxTable, refuses_files_that_are_not_workbooks_bombs_and_too_many_rows) {
  auto plain = read_xlsx_table("criterion,answer\nWG1.1,3\n");
  ASSERT_FALSE(plain);
  EXPECT_EQ(plain.error().field, "file");
  std::string row = "<row><c t=\"inlineStr\"><is><t>x</t></is></c></row>";
  std::string sheet = "<worksheet><sheetData>";
  while (sheet.size() < (20u << 20)) sheet += row;
  sheet += "</sheetData></worksheet>";
  auto bomb = read_xlsx_table(archive({{"xl/workbook.xml", kWorkbookXml},
                                        {"xl/_rels/workbook.xml.rels", kRelsXml},
                                        {"xl/worksheets/sheet1.xml", sheet}}));
  ASSERT_FALSE(bomb);
  EXPECT_EQ(bomb.error().field, "file");
  XlsxLimits few;
  few.max_table_rows = 2;
  auto many = read_xlsx_table(workbook({{"a"}, {"1"}, {"2"}, {"3"}}), few);
  ASSERT_FALSE(many);
  EXPECT_EQ(many.error().field, "row 4");
  auto empty = read_xlsx_table(workbook({}));
  ASSERT_FALSE(empty);
  EXPECT_EQ(empty.error().field, "row 1");
}

// ---- every format ----

TEST(Readers, the_same_slice_in_every_format_gives_the_same_observations) {
  const std::filesystem::path dir = CPS_TEST_FILES_DIR;
  auto tsv = read(FileFormat::eurostat_tsv, slurp(dir / "employment-slice.tsv"));
  auto sdmx = read(FileFormat::sdmx_csv, slurp(dir / "employment-slice.sdmx.csv"));
  auto csv = read(FileFormat::csv, slurp(dir / "employment-slice.csv"));
  auto xlsx = read(FileFormat::xlsx, slurp(dir / "employment-slice.xlsx"));
  for (auto* t : {&tsv, &sdmx, &csv, &xlsx}) {
    ASSERT_TRUE(*t) << t->error().message;
    EXPECT_TRUE((*t)->issues.empty()) << (*t)->issues[0].line << " " << (*t)->issues[0].message;
  }
  EXPECT_EQ(tsv->observations.size(), 120u);
  EXPECT_EQ(keys(*tsv, 1), keys(*sdmx, 1));
  EXPECT_EQ(keys(*tsv, 1), keys(*csv, 0));
  EXPECT_EQ(keys(*tsv, 1), keys(*xlsx, 0));
}

TEST(Readers, the_format_is_guessed_from_the_name_and_the_first_line) {
  EXPECT_EQ(guess_format("lfst.tsv", ""), FileFormat::eurostat_tsv);
  EXPECT_EQ(guess_format("Book.XLSX", ""), FileFormat::xlsx);
  EXPECT_EQ(guess_format("upload", "PK\x03\x04rest"), FileFormat::xlsx);
  EXPECT_EQ(guess_format("a.csv", "DATAFLOW,LAST UPDATE,freq,geo,TIME_PERIOD,OBS_VALUE\n1"),
            FileFormat::sdmx_csv);
  EXPECT_EQ(guess_format("a.csv", "\xEF\xBB\xBFregion,sector,year,value\n"), FileFormat::csv);
  EXPECT_EQ(guess_format("data.txt", "unit,geo\\time\t2015\n"), FileFormat::eurostat_tsv);
  EXPECT_EQ(guess_format("notes.txt", "hello"), std::nullopt);
  EXPECT_EQ(parse_file_format("sdmx-csv"), FileFormat::sdmx_csv);
  EXPECT_EQ(parse_file_format("sdmx"), std::nullopt);
  EXPECT_EQ(to_string(FileFormat::eurostat_tsv), "eurostat-tsv");
}

}  // namespace cps::readers
