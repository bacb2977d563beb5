#include "domain/knowledge/item_input.hpp"

#include "domain/knowledge/testing/sample_items.hpp"

#include <gtest/gtest.h>

#include <boost/json.hpp>

namespace cps::knowledge {

namespace json = boost::json;

TEST(ItemInput, reads_back_what_it_writes) {
  ItemInput in = sample_input();
  auto read = read_input(input_json(in));
  ASSERT_TRUE(read) << read.error().field << ": " << read.error().message;
  EXPECT_EQ(*read, in);
}

TEST(ItemInput, ignores_the_fields_an_item_adds_and_refuses_others) {
  json::object o = input_json(sample_input());
  o["id"] = 4;
  o["status"] = "published";
  o["about"] = json::object{{"concepts", json::array{}}};  // what GET answers, sent back by a PUT
  EXPECT_TRUE(read_input(o));
  o["machine_translations"] = json::array{json::object{{"language", "en"}, {"translation", "machine"}}};
  o["machine_translation_languages"] = json::array{"en"};
  auto ignored = read_input(o);
  ASSERT_TRUE(ignored);
  EXPECT_EQ(*ignored, sample_input());
  o["colour"] = "red";
  auto read = read_input(o);
  ASSERT_FALSE(read);
  EXPECT_EQ(read.error().field, "colour");
}

TEST(ItemInput, a_text_sent_as_a_machine_translation_is_refused_by_the_check) {
  json::object o = input_json(sample_input());
  o["texts"].as_array()[0].as_object()["translation"] = "machine";
  auto read = read_input(o);
  ASSERT_TRUE(read);  // a known name, which the check refuses
  auto checked = check_input(*read);
  ASSERT_FALSE(checked);
  EXPECT_EQ(checked.error().message, "Use original or human.");
  EXPECT_EQ(checked.error().field, "texts." + read->texts[0].language + ".translation");
}

TEST(ItemInput, a_year_that_is_not_a_whole_number_gets_the_year_rule_with_its_field) {
  json::object o = input_json(sample_input());
  o["start_year"] = "soon";
  auto read = read_input(o);
  ASSERT_FALSE(read);
  EXPECT_EQ(read.error().field, "start_year");
  EXPECT_EQ(read.error().message, year_error("").message);
  o = input_json(sample_input());
  o["sources"].as_array()[1].as_object()["year"] = 20.5;
  read = read_input(o);
  ASSERT_FALSE(read);
  EXPECT_EQ(read.error().field, "sources.2.year");
}

TEST(ItemInput, years_from_1900_to_2100_pass_the_check) {
  ItemInput in = sample_input();
  in.start_year = 1900;
  in.end_year = 2100;
  EXPECT_TRUE(check_input(in));
  in.start_year = 1899;
  auto checked = check_input(in);
  ASSERT_FALSE(checked);
  EXPECT_EQ(checked.error().field, "start_year");
  EXPECT_EQ(checked.error().message, year_error("").message);
}

TEST(ItemInput, defaults_fill_what_is_left_out) {
  json::object o{{"kind", "study"},
                 {"original_language", "el"},
                 {"areas", json::array{"WG1"}},
                 {"budget", json::object{{"amount", 10}}},
                 {"texts", json::array{json::object{{"language", "el"}, {"title", "Μελέτη"}},
                                       json::object{{"language", "en"}, {"title", "Study"}}}}};
  auto read = read_input(o);
  ASSERT_TRUE(read) << read.error().field << ": " << read.error().message;
  EXPECT_EQ(read->timeframe, Timeframe::current);
  EXPECT_EQ(read->budget->currency, "EUR");
  EXPECT_EQ(read->budget->eur_rate, 1);
  EXPECT_EQ(read->texts[0].translation, Translation::original);
  EXPECT_EQ(read->texts[1].translation, Translation::human);
}

TEST(ItemInput, sectors_are_read_as_a_list_of_texts) {
  json::object o = input_json(sample_input());
  EXPECT_EQ(o["sectors"].as_array(), (json::array{"16", "29"}));
  o["sectors"] = "16";
  auto read = read_input(o);
  ASSERT_FALSE(read);
  EXPECT_EQ(read.error().field, "sectors");
  o.erase("sectors");
  read = read_input(o);
  ASSERT_TRUE(read);
  EXPECT_TRUE(read->sectors.empty());
}

TEST(ItemInput, sectors_are_two_digit_divisions_at_most_ten_each_once) {
  ItemInput in = sample_input();
  in.sectors = {"01", "16", "29", "31", "46", "55", "62", "72", "79", "85"};
  EXPECT_TRUE(check_input(in));
  in.sectors.clear();
  EXPECT_TRUE(check_input(in));
  const std::vector<std::string> bad_codes = {"C", "161", "1", "16.2", "C16", ""};
  for (const auto& bad : bad_codes) {
    in.sectors = {bad};
    auto checked = check_input(in);
    ASSERT_FALSE(checked) << bad;
    EXPECT_EQ(checked.error().field, "sectors");
    EXPECT_EQ(checked.error().message, "Choose sectors from the list of NACE divisions.");
  }
  in.sectors = {"01", "16", "29", "31", "46", "55", "62", "72", "79", "85", "86"};
  auto checked = check_input(in);
  ASSERT_FALSE(checked);
  EXPECT_EQ(checked.error().message, "Choose at most 10 sectors.");
  in.sectors = {"16", "29", "16"};
  checked = check_input(in);
  ASSERT_FALSE(checked);
  EXPECT_EQ(checked.error().field, "sectors");
  EXPECT_EQ(checked.error().message, "A value is given twice.");
}

TEST(ItemInput, thematic_areas_are_the_working_groups) {
  EXPECT_TRUE(is_area("WG1"));
  EXPECT_TRUE(is_area("WG6"));
  EXPECT_FALSE(is_area("WG7"));
  EXPECT_FALSE(is_area("wg1"));
}

}  // namespace cps::knowledge
