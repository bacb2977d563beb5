// The framework's rules and its file: texts by language, criteria comparable across versions,
// the checks before a version is stored, and the JSON file written and read back.
#include "domain/assessment/framework.hpp"

#include <gtest/gtest.h>

#include "domain/assessment/assessment.hpp"
#include "domain/assessment/framework_file.hpp"
#include "domain/assessment/testing/sample_framework.hpp"

namespace cps::assessment {
namespace {

const std::vector<AreaCode> kAreas = {AreaCode("WG1"), AreaCode("WG2")};

TEST(FrameworkRules, text_falls_back_to_english) {
  auto f = sample_framework();
  EXPECT_EQ(f.criteria[0].text("ro").title, "Criteriul WG1.1");
  EXPECT_EQ(f.criteria[0].text("hu").title, "Criterion WG1.1");
}

TEST(FrameworkRules, criteria_of_an_area_in_position_order) {
  auto f = sample_framework();
  std::swap(f.criteria[0], f.criteria[1]);
  auto wg1 = f.criteria_of(AreaCode("WG1"));
  ASSERT_EQ(wg1.size(), 2u);
  EXPECT_EQ(wg1[0]->code, "WG1.1");
  EXPECT_EQ(f.criterion("WG2.2")->weight, 1.5);
  EXPECT_EQ(f.criterion("WG9.9"), nullptr);
}

TEST(FrameworkRules, only_unchanged_criteria_are_comparable) {
  auto a = sample_framework();
  auto b = a;
  b.version = 2;
  b.criteria[1].weight = 1;                     // WG1.2 weighs differently
  b.criteria[2].texts[1].level_3 = "Altceva.";  // WG2.1's Romanian text changed
  std::reverse(b.criteria[3].texts.begin(),
               b.criteria[3].texts.end());  // order of texts does not count
  b.criteria.erase(b.criteria.begin());     // WG1.1 removed
  EXPECT_EQ(comparable_criteria(a, b), (std::vector<std::string>{"WG2.2"}));
  EXPECT_TRUE(same_meaning(a.criteria[3], b.criteria[2]));
}

TEST(FrameworkRules, the_sample_passes_the_checks) {
  EXPECT_TRUE(check_framework(sample_framework(), kAreas));
}

TEST(FrameworkRules, each_broken_rule_names_its_field) {
  auto field_of = [](Framework f) {
    auto r = check_framework(f, kAreas);
    EXPECT_FALSE(r);
    return r ? std::string() : r.error().field;
  };
  auto f = sample_framework();
  f.criteria[2].weight = 4;
  EXPECT_EQ(field_of(f), "criteria[2].weight");
  f = sample_framework();
  f.criteria[3].code = "WG1.1";
  EXPECT_EQ(field_of(f), "criteria[3].code");
  f = sample_framework();
  f.criteria[0].code = "WG 1";
  EXPECT_EQ(field_of(f), "criteria[0].code");
  f = sample_framework();
  f.criteria[1].area = AreaCode("WG7");
  EXPECT_EQ(field_of(f), "criteria[1].area");
  f = sample_framework();
  f.criteria[1].texts[0].level_3 = " ";
  EXPECT_EQ(field_of(f), "criteria[1].texts.en.level_3");
  f = sample_framework();
  f.criteria[1].texts.erase(f.criteria[1].texts.begin());
  EXPECT_EQ(field_of(f), "criteria[1].texts.en.title");
  f = sample_framework();
  f.criteria.resize(2);
  EXPECT_EQ(field_of(f), "criteria");
  f = sample_framework();
  f.divergence = 0.2;
  EXPECT_EQ(field_of(f), "divergence");
}

TEST(FrameworkFile, round_trip_keeps_every_field) {
  auto f = sample_framework();
  f.version = 3;
  auto back = read_framework_file(framework_file(f));
  ASSERT_TRUE(back) << back.error().field;
  EXPECT_EQ(back->version, 3);
  EXPECT_EQ(back->note, f.note);
  EXPECT_EQ(back->sources, f.sources);
  EXPECT_EQ(back->divergence, f.divergence);
  ASSERT_EQ(back->criteria.size(), f.criteria.size());
  for (std::size_t i = 0; i < f.criteria.size(); ++i) {
    EXPECT_EQ(back->criteria[i].code, f.criteria[i].code);
    EXPECT_EQ(back->criteria[i].position, f.criteria[i].position);
    EXPECT_TRUE(same_meaning(back->criteria[i], f.criteria[i])) << f.criteria[i].code;
    EXPECT_EQ(back->criteria[i].texts.front().language, "en");
  }
}

TEST(FrameworkFile, refuses_another_format_and_names_bad_fields) {
  auto other = read_framework_file(R"({"format": "something-else", "criteria": []})");
  ASSERT_FALSE(other);
  EXPECT_EQ(other.error().field, "format");
  EXPECT_FALSE(read_framework_file("not json"));
  auto bad_code = read_framework_file(
      R"({"format": "clusterpolisee-framework", "criteria": [{"code": "a b", "area": "WG1", "texts": {}}]})");
  ASSERT_FALSE(bad_code);
  EXPECT_EQ(bad_code.error().field, "criteria.0.code");
  auto bad_text = read_framework_file(
      R"({"format": "clusterpolisee-framework", "criteria": [{"code": "A.1", "area": "WG1", "texts": {"en": {"title": "T"}, "ro": {"level_3": 3}}}]})");
  ASSERT_FALSE(bad_text);
  EXPECT_EQ(bad_text.error().field, "criteria.0.texts.ro.level_3");
  auto bad_rule = read_framework_file(
      R"({"format": "clusterpolisee-framework", "criteria": [{"code": "A.1", "area": "WG1", "justification": "always", "texts": {}}]})");
  ASSERT_FALSE(bad_rule);
  EXPECT_EQ(bad_rule.error().field, "criteria.0.justification");
}

TEST(FrameworkNames, every_enum_value_has_its_name) {
  EXPECT_EQ(to_string(AssessmentStatus::in_review), "in_review");
  EXPECT_EQ(to_string(Disclosure::public_scores), "public");
  EXPECT_EQ(to_string(Answer::not_applicable), "not_applicable");
  EXPECT_EQ(to_string(Timeframe::target), "target");
  EXPECT_EQ(to_string(Source::agreed), "agreed");
  EXPECT_EQ(to_string(Confidence::high), "high");
  EXPECT_EQ(to_string(EvidenceKind::indicator), "indicator");
  EXPECT_EQ(to_string(ReviewerStatus::declined), "declined");
  EXPECT_EQ(to_string(Response::partly), "partly");
  EXPECT_EQ(to_string(ActionStatus::in_progress), "in_progress");
  EXPECT_EQ(to_string(Justification::required), "required");
}

}  // namespace
}  // namespace cps::assessment
