// The one reader of surveys: the questionnaire's rules (keys, options, ranges, conditions on
// earlier questions), its JSON read back unchanged, and answers checked against it, with the
// conditional sections and questions deciding what is asked and kept.
#include "domain/surveys/survey_input.hpp"

#include <gtest/gtest.h>

namespace cps::surveys {
namespace {

namespace json = boost::json;

json::value questionnaire() {
  return json::parse(R"({"languages": ["en", "ro"], "sections": [
    {"key": "about", "title": {"en": "About you", "ro": "Despre dvs."}, "questions": [
      {"key": "role", "type": "single_choice", "text": "Your organisation is", "required": true,
       "options": [{"code": "cluster", "label": "A cluster"}, {"code": "agency", "label": "An agency"}]},
      {"key": "staff", "type": "number", "text": "Staff", "min": 0, "max": 500, "unit": "people"}]},
    {"key": "cluster", "title": "Your cluster", "show_if": {"question": "role", "any_of": ["cluster"]}, "questions": [
      {"key": "members", "type": "number", "text": "Members", "required": true, "min": 1, "max": 1000},
      {"key": "needs", "type": "multiple_choice", "text": "Needs", "options": [{"code": "skills", "label": "Skills"}, {"code": "export", "label": "Export"}]},
      {"key": "export_help", "type": "text", "text": "Which help?", "show_if": {"question": "needs", "any_of": ["export"]}}]},
    {"key": "views", "title": "Views", "questions": [
      {"key": "trust", "type": "likert", "text": "Trust", "scale_min": 1, "scale_max": 5, "required": true},
      {"key": "grid", "type": "matrix", "text": "Rate", "rows": [{"code": "a", "label": "A"}, {"code": "b", "label": "B"}],
       "options": [{"code": "low", "label": "Low"}, {"code": "high", "label": "High"}]},
      {"key": "order", "type": "ranking", "text": "Rank", "options": [{"code": "x", "label": "X"}, {"code": "y", "label": "Y"}, {"code": "z", "label": "Z"}]},
      {"key": "when", "type": "date", "text": "When"}]}]})");
}

Definition definition() {
  auto d = read_definition(questionnaire());
  EXPECT_TRUE(d) << d.error().message;
  return *d;
}

TEST(SurveyInput, ReadsTheQuestionnaireAndWritesItBackUnchanged) {
  Definition d = definition();
  ASSERT_EQ(d.sections.size(), 3u);
  EXPECT_EQ(d.languages, (std::vector<std::string>{"en", "ro"}));
  EXPECT_EQ(d.sections[0].title.at("ro"), "Despre dvs.");
  EXPECT_EQ(d.question("staff")->unit, "people");
  auto again = read_definition(definition_json(d));
  ASSERT_TRUE(again);
  EXPECT_EQ(json::serialize(definition_json(*again)), json::serialize(definition_json(d)));
}

TEST(SurveyInput, RefusesBrokenQuestionnaires) {
  auto broken = [](const char* text) {
    auto d = read_definition(json::parse(text));
    EXPECT_FALSE(d);
    return d ? std::string() : d.error().message;
  };
  broken(R"({"sections": []})");
  EXPECT_EQ(broken(R"({"sections": [{"key": "s", "title": "S", "questions": [{"key": "s", "type": "text", "text": "T"}]}]})"),
            "The key {key} is used twice.");
  EXPECT_EQ(broken(R"({"sections": [{"key": "s", "title": "S", "questions": [{"key": "q", "type": "single_choice", "text": "T",
            "options": [{"code": "a", "label": "A"}]}]}]})"),
            "The question {key} needs at least two options.");
  // A condition names an earlier choice question, never a later one or a free text.
  EXPECT_EQ(broken(R"({"sections": [{"key": "s", "title": "S", "show_if": {"question": "q", "any_of": ["a"]}, "questions": [
            {"key": "q", "type": "single_choice", "text": "T", "options": [{"code": "a", "label": "A"}, {"code": "b", "label": "B"}]}]}]})"),
            "A condition must name an earlier choice or scale question; {key} is not one.");
  EXPECT_EQ(broken(R"({"sections": [{"key": "s", "title": "S", "questions": [
            {"key": "q", "type": "single_choice", "text": "T", "options": [{"code": "a", "label": "A"}, {"code": "b", "label": "B"}]},
            {"key": "r", "type": "text", "text": "R", "show_if": {"question": "q", "any_of": ["c"]}}]}]})"),
            "The question {key} has no answer {code}.");
  EXPECT_EQ(broken(R"({"sections": [{"key": "s", "title": "S", "questions": [{"key": "n", "type": "number", "text": "N", "min": 5, "max": 1}]}]})"),
            "The range of {key} must run forward.");
  EXPECT_EQ(broken(R"({"sections": [{"key": "s", "title": {"ro": "S"}, "questions": [{"key": "n", "type": "text", "text": "N"}]}]})"),
            "Write this at least in English.");
}

TEST(SurveyInput, ChecksEachAnswerAgainstItsQuestion) {
  Definition d = definition();
  auto refused = [&](const char* given) {
    auto a = read_answers(d, "", json::parse(given), {}, Completeness::partial);
    EXPECT_FALSE(a) << given;
    return a ? std::string() : a.error().field;
  };
  EXPECT_EQ(refused(R"({"role": "university"})"), "q_role");
  EXPECT_EQ(refused(R"({"staff": "600"})"), "q_staff");
  EXPECT_EQ(refused(R"({"trust": 6})"), "q_trust");
  EXPECT_EQ(refused(R"({"grid": {"a": "low"}})"), "q_grid");
  EXPECT_EQ(refused(R"({"order": ["x", "x", "y"]})"), "q_order");
  EXPECT_EQ(refused(R"({"when": "2027-02-30"})"), "q_when");
  EXPECT_EQ(refused(R"({"nothing": 1})"), "answers");

  auto good = read_answers(d, "", json::parse(R"({"role": "agency", "staff": "12,5", "trust": "4",
      "grid": {"a": "low", "b": "high"}, "order": ["z", "x", "y"], "when": "2027-03-01"})"), {}, Completeness::partial);
  ASSERT_TRUE(good) << good.error().message;
  EXPECT_EQ((*good)["staff"].as_double(), 12.5);
  EXPECT_EQ((*good)["trust"].as_int64(), 4);
}

TEST(SurveyInput, AsksAndKeepsOnlyWhatEarlierAnswersShow) {
  Definition d = definition();
  // An agency is not asked about its cluster: the section's answers are not kept.
  auto agency = read_answers(d, "", json::parse(R"({"role": "agency", "members": 40, "trust": 3})"), {}, Completeness::complete);
  ASSERT_TRUE(agency) << agency.error().message;
  EXPECT_FALSE(agency->contains("members"));
  // A cluster must say how many members it has.
  auto cluster = read_answers(d, "", json::parse(R"({"role": "cluster", "trust": 3})"), {}, Completeness::complete);
  ASSERT_FALSE(cluster);
  EXPECT_EQ(cluster.error().field, "q_members");
  // The question on export help follows the answer to the needs.
  auto help = read_answers(d, "", json::parse(R"({"role": "cluster", "members": 4, "needs": ["skills"], "export_help": "fairs", "trust": 3})"),
                           {}, Completeness::complete);
  ASSERT_TRUE(help);
  EXPECT_FALSE(help->contains("export_help"));
  // One section at a time keeps the others' answers.
  auto first = read_answers(d, "about", json::parse(R"({"role": "cluster"})"), {}, Completeness::complete);
  ASSERT_TRUE(first);
  auto second = read_answers(d, "cluster", json::parse(R"({"members": "12"})"), *first, Completeness::complete);
  ASSERT_TRUE(second);
  EXPECT_EQ((*second)["role"].as_string(), "cluster");
  EXPECT_EQ((*second)["members"].as_double(), 12);
  EXPECT_FALSE(check_complete(d, *second));  // the views' required scale is still open
}

TEST(SurveyInput, ReadsTheSurveyAroundIt) {
  json::object body{{"title", json::object{{"en", "Needs"}, {"ro", "Nevoi"}}},
                    {"audience", "countries"},
                    {"audience_values", json::array{"RO", "MD"}},
                    {"opens_at", "2026-12-01"},
                    {"closes_at", "2026-12-31"},
                    {"definition", questionnaire()}};
  auto in = read_survey(body);
  ASSERT_TRUE(in) << in.error().message;
  EXPECT_EQ(in->audience, Audience::countries);
  EXPECT_EQ(in->closes_at - in->opens_at, 31 * 86400);
  body["audience"] = "public_link";
  body["anonymity"] = "identified";
  EXPECT_EQ(read_survey(body).error().field, "anonymity");
  body["audience"] = "roles";
  body["anonymity"] = "anonymous";
  body["audience_values"] = json::array{"king"};
  EXPECT_EQ(read_survey(body).error().field, "audience_values");
}

}  // namespace
}  // namespace cps::surveys
