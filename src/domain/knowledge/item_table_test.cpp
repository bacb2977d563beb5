#include "domain/knowledge/item_table.hpp"

#include "domain/knowledge/testing/sample_items.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <tuple>
#include <vector>

namespace cps::knowledge {

using Problems = std::vector<KnowledgeService::ImportProblem>;

namespace {

KnowledgeItem awkward_item() {
  KnowledgeItem item;
  item.id = ItemId(42);
  item.status = ItemStatus::published;
  // CSV's awkward cells: separators, quotes, line breaks, back slashes, formula starts.
  item.content = sample_input();
  ItemInput& c = item.content;
  c.slug = "cluster-vouchers-nord-est";
  c.areas = {"WG2", "WG5"};
  c.regions = {"RO21", "RO22"};
  c.funding_source = "ROP 2014-2020, \"Axis 1\"";
  c.budget = Budget{1234567.5, "RON", 0.2013, "2016-01-04"};
  c.target_groups = {"SMEs; start-ups", "back\\slash", "=formula"};
  c.sources = {{"Report \"2020\", final", "https://example.org/a?b=1;c=2", "ADR Nord-Est", 2021},
               {"Notes", "", "", std::nullopt}};
  c.texts = {{"ro", "Vouchere de inovare", "Rezumat, pe scurt", "- primul punct\r\n- al doilea\n\n**gata**",
              "'Rezultate' bune", "+ lecții", "@transfer", Translation::original},
             {"en", "Innovation vouchers", "In short", "Body with \"quotes\", commas\nand lines", "", "", "",
              Translation::human}};
  return item;
}

std::string csv_of(const std::vector<KnowledgeItem>& items) {
  exports::Table table = knowledge_table();
  for (const auto& i : items) add_rows(table, i);
  return exports::to_csv(table);
}

std::string header() {
  std::string out;
  for (auto c : knowledge_columns()) out += (out.empty() ? "" : ",") + std::string(c);
  return out;
}

}  // namespace

TEST(KnowledgeTable, writes_one_row_per_language_version_with_the_item_fields_repeated) {
  exports::Table table = knowledge_table();
  add_rows(table, awkward_item());
  ASSERT_EQ(table.rows.size(), 2u);
  ASSERT_EQ(table.columns.size(), knowledge_columns().size());
  auto cell = [&](std::size_t row, std::string_view column) {
    auto at = std::find(table.columns.begin(), table.columns.end(), column);
    return table.rows[row][std::size_t(at - table.columns.begin())];
  };
  for (std::size_t r = 0; r < 2; ++r) {
    EXPECT_EQ(cell(r, "id"), "42");
    EXPECT_EQ(cell(r, "regions"), "RO21;RO22");
    EXPECT_EQ(cell(r, "target_groups"), "SMEs\\; start-ups;back\\\\slash;=formula");
    EXPECT_EQ(cell(r, "budget_amount"), "1234567.5");
    EXPECT_EQ(std::stod(cell(r, "budget_eur")), 1234567.5 * 0.2013);
  }
  EXPECT_EQ(cell(0, "language"), "ro");
  EXPECT_EQ(cell(0, "translation"), "original");
  EXPECT_EQ(cell(1, "language"), "en");
  EXPECT_EQ(cell(1, "title"), "Innovation vouchers");
  EXPECT_EQ(cell(0, "sources").substr(0, 2), "[{");
}

TEST(KnowledgeTable, reads_back_exactly_what_it_writes) {
  KnowledgeItem a = awkward_item();
  KnowledgeItem b;
  b.id = ItemId(43);
  b.content.slug = "plain";
  b.content.original_language = "en";
  b.content.areas = {"WG1"};
  b.content.texts = {{"en", "Plain", "Short", "Body", "", "", "", Translation::original}};
  Problems problems;
  auto read = items_of_csv(csv_of({a, b}), problems);
  ASSERT_TRUE(read) << read.error().message;
  EXPECT_TRUE(problems.empty());
  ASSERT_EQ(read->items.size(), 2u);
  EXPECT_EQ(read->items[0], a.content);
  EXPECT_EQ(read->items[1], b.content);
  EXPECT_EQ(read->rows[0], (std::vector<std::pair<std::string, std::size_t>>{{"ro", 2}, {"en", 6}}));
}

TEST(KnowledgeTable, groups_rows_by_id_or_slug_and_takes_columns_in_any_order_without_the_read_only_ones) {
  std::string csv =
      "slug,kind,original_language,areas,countries,regions,timeframe,start_year,end_year,instrument,"
      "funding_source,budget_amount,budget_currency,budget_eur_rate,budget_rate_date,target_groups,"
      "contact_organisation,contact_person,sources,transferability,lessons,results,body,summary,title,"
      "translation,language\n"
      "alpha,study,en,WG3,,,,,,,,,,,,,,,,,,,Body,Sum,Alpha,,en\n"
      "beta,study,el,WG1,EL,,planned,,,,,,,,,,,,,,,,Σώμα,Περίληψη,Βήτα,,el\n"
      "alpha,study,en,WG3,,,,,,,,,,,,,,,,,,,Corp,Rez,Alfa,,ro\n";
  Problems problems;
  auto read = items_of_csv(csv, problems);
  ASSERT_TRUE(read) << read.error().message << " " << read.error().field;
  ASSERT_TRUE(problems.empty()) << problems[0].field << ": " << problems[0].message;
  ASSERT_EQ(read->items.size(), 2u);
  EXPECT_EQ(read->items[0].slug, "alpha");
  ASSERT_EQ(read->items[0].texts.size(), 2u);
  EXPECT_EQ(read->items[0].texts[1].language, "ro");
  EXPECT_EQ(read->items[0].texts[1].translation, Translation::human);
  EXPECT_EQ(read->items[0].texts[0].translation, Translation::original);
  EXPECT_EQ(read->items[0].timeframe, Timeframe::current);
  EXPECT_EQ(read->items[1].texts[0].title, "Βήτα");
  EXPECT_FALSE(read->items[1].budget);
}

TEST(KnowledgeTable, reports_each_bad_cell_by_item_line_and_column_and_leaves_the_item_out) {
  KnowledgeItem good = awkward_item();
  std::string csv = csv_of({good});
  // A second item with bad cells, and a third whose rows disagree.
  KnowledgeItem bad = awkward_item();
  bad.id = ItemId(50);
  bad.content.slug = "bad";
  bad.content.texts.resize(1);
  KnowledgeItem split = bad;
  split.id = ItemId(51);
  split.content.slug = "split";
  split.content.texts = good.content.texts;
  std::string more = csv_of({bad, split});
  more = more.substr(more.find('\n') + 1);
  auto replace_first = [](std::string& s, const std::string& from, const std::string& to) {
    s.replace(s.find(from), from.size(), to);
  };
  replace_first(more, "50,bad,instrument", "50,bad,poem");
  replace_first(more, ",2016,", ",twenty,");
  replace_first(more, "SMEs\\; start-ups", "SMEs\\ start-ups");
  // The second row of "split" names another kind.
  std::size_t split_second = more.find("51,split,instrument", more.find("51,split,instrument") + 1);
  more.replace(split_second, 19, "51,split,programme");
  Problems problems;
  auto read = items_of_csv(csv + more, problems);
  ASSERT_TRUE(read);
  ASSERT_EQ(read->items.size(), 1u);
  EXPECT_EQ(read->items[0].slug, good.content.slug);
  std::vector<std::tuple<std::size_t, std::string, std::size_t>> found;
  for (const auto& p : problems) found.emplace_back(p.item, p.field, p.line);
  // Lines: each item's Romanian body spans four lines and the English one two, so the good
  // item is on lines 2-7, "bad" on 8-11 and "split" on 12-17.
  EXPECT_EQ(found, (std::vector<std::tuple<std::size_t, std::string, std::size_t>>{
                       {2, "kind", 8}, {2, "target_groups", 8}, {2, "start_year", 8}, {3, "kind", 16}}));
}

TEST(KnowledgeTable, places_the_problems_the_service_finds_on_the_row_of_their_language) {
  Problems problems;
  auto read = items_of_csv(csv_of({awkward_item()}), problems);
  ASSERT_TRUE(read);
  Problems found{{1, "texts.en.title", "Required."}, {1, "budget.currency", "x"}, {1, "sources.2.url", "x"},
                 {1, "texts.de", "x"}, {1, "regions", "x"}};
  read->locate(found);
  std::vector<std::pair<std::string, std::size_t>> placed;
  for (const auto& p : found) placed.emplace_back(p.field, p.line);
  EXPECT_EQ(placed, (std::vector<std::pair<std::string, std::size_t>>{
                        {"title", 6}, {"budget_currency", 2}, {"sources", 2}, {"language", 2}, {"regions", 2}}));
}

TEST(KnowledgeTable, refuses_files_of_another_shape_naming_the_line_or_column) {
  struct Case {
    std::string csv;
    std::string field;
  };
  std::string h = header();
  std::string row(knowledge_columns().size() - 1, ',');
  std::vector<Case> cases = {
      {"", "line 1"},
      {"region,sector,year,value\nRO11,C,2015,1\n", "region"},
      {h + ",title\n", "title"},
      {h.substr(h.find(',') + 1).substr(h.substr(h.find(',') + 1).find(',') + 1), "slug"},
      {h + "\n" + row + "\n\"open" + row + "\n", "line 3"},
      {h + "\n" + row + ",extra\n", "line 2"},
      {h + "\n" + row + "\n" + row + "\xC3\x28\n", "line 3"},
  };
  for (const auto& c : cases) {
    Problems problems;
    auto read = items_of_csv(c.csv, problems);
    ASSERT_FALSE(read) << c.csv;
    EXPECT_EQ(read.error().kind, ErrorKind::invalid);
    EXPECT_EQ(read.error().field, c.field) << c.csv;
  }
  Problems problems;
  auto huge = items_of_csv(std::string(kMaxImportBytes + 1, 'x'), problems);
  ASSERT_FALSE(huge);
  EXPECT_EQ(huge.error().kind, ErrorKind::payload_too_large);
}

}  // namespace cps::knowledge
