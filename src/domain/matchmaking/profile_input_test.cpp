// The input rules of cluster profiles and their offers and needs: what a form or the API may
// send, and the message and field of each refusal.
#include "domain/matchmaking/profile_input.hpp"

#include <gtest/gtest.h>

#include <boost/json.hpp>

#include "domain/matchmaking/nace_divisions.hpp"

namespace cps::matchmaking {
namespace {

namespace json = boost::json;

json::value profile_json() {
  return json::parse(R"({
    "texts": [{"language": "en", "tagline": "Wood processing in the Suceava valley", "description": "Forty firms."},
              {"language": "ro", "tagline": "Prelucrarea lemnului", "description": ""}],
    "sectors": ["31", "16", "2", "16"], "value_chain": "manufacturing",
    "technologies": ["CNC machining", "cnc machining", " timber drying "],
    "members": {"smes": 34, "large_firms": "2", "research": 1, "education": 2, "public_bodies": 1, "other": 0},
    "languages": ["ro", "EN", "ro"], "founded": 2012, "staff": 3, "label": "bronze",
    "website": "https://wood.example", "contact": {"person": "Cristian Lupu", "email": "Office@Wood.example",
    "phone": "+40 230 123 456", "visibility": "members"}})");
}

Error refusal_of(json::value v) {
  auto in = read_profile(v);
  if (!in) return in.error();
  auto ok = check_profile(*in);
  EXPECT_FALSE(ok) << "expected a refusal";
  return ok ? Error{} : ok.error();
}

TEST(ClusterProfileInput, reads_a_whole_profile_and_tidies_it) {
  auto in = read_profile(profile_json());
  ASSERT_TRUE(in) << in.error().message;
  ASSERT_TRUE(check_profile(*in));
  EXPECT_EQ(in->sectors, (std::vector<std::string>{"02", "16", "31"}));
  EXPECT_EQ(in->value_chain, ValueChainPosition::manufacturing);
  EXPECT_EQ(in->technologies, (std::vector<std::string>{"cnc machining", "timber drying"}));
  EXPECT_EQ(in->members.large_firms, 2);
  EXPECT_EQ(in->members.total(), 40);
  EXPECT_EQ(in->languages, (std::vector<std::string>{"ro", "en"}));
  EXPECT_EQ(in->founded, 2012);
  EXPECT_EQ(in->label, ExcellenceLabel::bronze);
  EXPECT_EQ(in->contact.email, "office@wood.example");
  EXPECT_EQ(in->contact.visibility, ContactVisibility::members);
}

TEST(ClusterProfileInput, refuses_unknown_sectors_with_the_division_named) {
  auto v = profile_json();
  v.as_object()["sectors"] = json::array{"16", "04"};
  auto e = refusal_of(v);
  EXPECT_EQ(e.field, "sectors");
  EXPECT_EQ(e.kind, ErrorKind::unprocessable);
  ASSERT_EQ(e.values.size(), 1u);
  EXPECT_EQ(e.values[0].second, "04");
  v.as_object()["sectors"] = json::array{};
  EXPECT_EQ(refusal_of(v).message, "Choose at least one sector (a NACE division).");
  v.as_object()["sectors"] = json::array{"01", "02", "03", "05", "06", "07", "08", "09", "10", "11", "12"};
  EXPECT_EQ(refusal_of(v).message, "Choose at most 10 sectors.");
}

TEST(ClusterProfileInput, needs_an_english_tagline_a_language_and_a_contact_email) {
  auto v = profile_json();
  v.as_object()["texts"] = json::array{json::object{{"language", "ro"}, {"tagline", "Lemn"}}};
  EXPECT_EQ(refusal_of(v).field, "texts");
  v = profile_json();
  v.as_object()["texts"].as_array()[0].as_object()["tagline"] = "";
  EXPECT_EQ(refusal_of(v).field, "texts.0.tagline");
  v = profile_json();
  v.as_object()["languages"] = json::array{};
  EXPECT_EQ(refusal_of(v).field, "languages");
  v = profile_json();
  v.as_object()["contact"].as_object()["email"] = "";
  EXPECT_EQ(refusal_of(v).field, "contact.email");
  v.as_object()["contact"].as_object()["email"] = "not an address";
  EXPECT_EQ(refusal_of(v).field, "contact.email");
  v = profile_json();
  v.as_object()["contact"].as_object()["phone"] = "call me";
  EXPECT_EQ(refusal_of(v).field, "contact.phone");
  v = profile_json();
  v.as_object()["website"] = "wood.example";
  EXPECT_EQ(refusal_of(v).field, "website");
}

TEST(ClusterProfileInput, refuses_names_outside_the_lists_and_counts_out_of_range) {
  auto v = profile_json();
  v.as_object()["value_chain"] = "everything";
  auto in = read_profile(v);
  ASSERT_FALSE(in);
  EXPECT_EQ(in.error().field, "value_chain");
  v = profile_json();
  v.as_object()["contact"].as_object()["visibility"] = "secret";
  EXPECT_EQ(read_profile(v).error().field, "contact.visibility");
  v = profile_json();
  v.as_object()["members"].as_object()["smes"] = -1;
  EXPECT_EQ(read_profile(v).error().field, "members.smes");
  v = profile_json();
  v.as_object()["founded"] = 1700;
  EXPECT_EQ(read_profile(v).error().field, "founded");
}

TEST(ClusterProfileInput, reads_an_offer_or_a_need) {
  auto in = read_offer(json::parse(R"({"side": "need", "kind": "facility",
    "texts": [{"language": "en", "title": "Testing facilities for wood-processing SMEs", "description": ""}],
    "sectors": ["16"], "countries": ["si", "AT", "SI"], "expires_on": "2027-06-30"})"));
  ASSERT_TRUE(in) << in.error().message;
  ASSERT_TRUE(check_offer(*in));
  EXPECT_EQ(in->side, Side::need);
  EXPECT_EQ(in->kind, OfferKind::facility);
  EXPECT_EQ(in->countries, (std::vector<CountryCode>{CountryCode("SI"), CountryCode("AT")}));
  in->expires_on = "2027-02-30";
  EXPECT_EQ(check_offer(*in).error().field, "expires_on");
  in->expires_on = "";
  in->texts[0].title = "";
  EXPECT_EQ(check_offer(*in).error().field, "texts.0.title");
  EXPECT_EQ(read_offer(json::parse(R"({"side": "gift"})")).error().field, "side");
}

TEST(ClusterProfileInput, reads_editors_by_email) {
  auto editors = read_editors(json::parse(R"({"editors": ["A@x.example", "a@x.example", "b@x.example"]})"));
  ASSERT_TRUE(editors);
  EXPECT_EQ(*editors, (std::vector<std::string>{"a@x.example", "b@x.example"}));
  EXPECT_EQ(read_editors(json::parse(R"({"editors": ["nobody"]})")).error().field, "editors");
}

TEST(ClusterProfileInput, knows_the_88_divisions_and_counts_dates) {
  EXPECT_EQ(nace_divisions().size(), 88u);
  EXPECT_EQ(section_of_division("16"), 'C');
  EXPECT_EQ(section_of_division("86"), 'Q');
  EXPECT_FALSE(section_of_division("04"));
  EXPECT_FALSE(section_of_division("100"));
  EXPECT_EQ(date_after("2026-12-07", 365), "2027-12-07");
  EXPECT_EQ(date_after("2028-02-28", 1), "2028-02-29");
  EXPECT_EQ(day_of(1796637600), "2026-12-07");
  EXPECT_TRUE(is_calendar_date("2028-02-29"));
  EXPECT_FALSE(is_calendar_date("2027-02-29"));
}

}  // namespace
}  // namespace cps::matchmaking
