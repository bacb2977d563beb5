// The one reader of partner-search inputs: criteria in capitals and trimmed, read back from the
// fields they give, and each malformed field named.
#include "domain/matchmaking/partner_search/criteria_input.hpp"

#include <gtest/gtest.h>

#include <map>

namespace cps::partner_search {
namespace {

Fields fields_of(std::map<std::string, std::string> values) {
  return [values = std::move(values)](std::string_view name) {
    auto it = values.find(std::string(name));
    return it == values.end() ? std::string() : it->second;
  };
}

TEST(PartnerSearchCriteria, are_read_in_capitals_and_trimmed_and_give_back_their_fields) {
  auto c = read_criteria(fields_of(
      {{"sector", " 16 "}, {"q", "  testing lab "}, {"country", "hu"}, {"region", "hu33"}, {"kind", "facility"}, {"mine", "on"}}));
  ASSERT_TRUE(c) << c.error().message;
  EXPECT_EQ(c->division, "16");
  EXPECT_EQ(c->words, "testing lab");
  EXPECT_EQ(c->country->str(), "HU");
  EXPECT_EQ(c->region->str(), "HU33");
  EXPECT_EQ(c->kind, OfferKind::facility);
  EXPECT_EQ(c->with_profile, WithProfile::yes);
  auto fields = criteria_fields(*c);
  std::map<std::string, std::string> back(fields.begin(), fields.end());
  auto again = read_criteria(fields_of(back));
  ASSERT_TRUE(again);
  EXPECT_EQ(*again, *c);
}

TEST(PartnerSearchCriteria, name_the_field_that_is_malformed) {
  const std::string too_long(201, 'a');  // outlives the list that points into it
  for (auto [field, value] : {std::pair{"sector", "1"}, {"sector", "AB"}, {"country", "HUN"}, {"region", "R!"},
                              {"kind", "friendship"}, {"mine", "maybe"}, {"q", too_long.c_str()}}) {
    auto c = read_criteria(fields_of({{field, value}}));
    ASSERT_FALSE(c) << field << "=" << value;
    EXPECT_EQ(c.error().kind, ErrorKind::invalid);
    EXPECT_EQ(c.error().field, field);
  }
}

TEST(PartnerSearchCriteria, without_any_field_read_as_empty_and_not_the_own_profile) {
  auto c = read_criteria(fields_of({}));
  ASSERT_TRUE(c);
  EXPECT_FALSE(c->any_field());
  EXPECT_EQ(c->with_profile, WithProfile::no);
}

TEST(PartnerSearchSavedSearch, needs_a_name_and_knows_its_alerts) {
  auto none = read_saved_search(fields_of({{"q", "lab"}}));
  ASSERT_FALSE(none);
  EXPECT_EQ(none.error().field, "name");
  auto s = read_saved_search(fields_of({{"name", "Wood labs"}, {"alerts", "daily"}, {"q", "lab"}}));
  ASSERT_TRUE(s);
  EXPECT_EQ(s->alerts, Alerts::daily);
  EXPECT_EQ(s->criteria.words, "lab");
  auto off = read_saved_search(fields_of({{"name", "Wood labs"}}));
  ASSERT_TRUE(off);
  EXPECT_EQ(off->alerts, Alerts::off);
  EXPECT_FALSE(read_saved_search(fields_of({{"name", "x"}, {"alerts", "weekly"}})));
}

TEST(PartnerSearchInterest, needs_a_message_of_at_most_4000_characters) {
  EXPECT_EQ(read_interest_message("   ").error().field, "message");
  EXPECT_FALSE(read_interest_message(std::string(4001, 'a')));
  EXPECT_FALSE(read_interest_message("bell\x07"));
  auto ok = read_interest_message("  Dear colleagues,\nlet us talk.  ");
  ASSERT_TRUE(ok);
  EXPECT_EQ(*ok, "Dear colleagues,\nlet us talk.");
}

}  // namespace
}  // namespace cps::partner_search
