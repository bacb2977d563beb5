// The one reader of each survey input shape — a survey with its questionnaire, and a sheet of
// answers — shared by the pages, the API, the demo and storage (which keeps the questionnaire
// as the JSON definition_json writes and reads it back with read_definition). Each refuses
// with the field at fault: "title", "definition", or "q_<key>" for an answer.
#pragma once

#include <boost/json.hpp>
#include <string>

#include "core/error.hpp"
#include "domain/surveys/survey.hpp"

namespace cps::surveys {

// {"title": {"en": "…", "ro": "…"} or "…", "description": (the same), "audience": "signed_in" |
//  "roles" | "working_groups" | "countries" | "public_link" | "event_attendees", "audience_values": ["stakeholder"],
//  "anonymity": "anonymous" | "identified", "event": 12 (with the audience "event_attendees"), "opens_at": "YYYY-MM-DD", "closes_at": "YYYY-MM-DD",
//  "definition": {"languages": ["en", "ro"], "sections": [{"key", "title", "intro", "show_if",
//  "questions": [{"key", "type", "text", "required", "options": [{"code", "label"}], "rows",
//  "scale_min", "scale_max", "low_label", "high_label", "min", "max", "unit",
//  "show_if": {"question": "role", "any_of": ["cluster"]}}]}]}}
// A survey opens at the start of its first day and closes at the end of its last (UTC).
struct SurveyInput {
  Texts title;
  Texts description;
  Audience audience = Audience::signed_in;
  std::vector<std::string> audience_values;
  Anonymity anonymity = Anonymity::anonymous;
  Seconds opens_at = 0;
  Seconds closes_at = 0;
  std::int64_t event = 0;
  Definition definition;
};
Result<SurveyInput> read_survey(const boost::json::value& value);
// The survey's first and last day as read_survey reads them ("" for none).
std::string opening_day(const Survey& survey);
std::string closing_day(const Survey& survey);

// The questionnaire alone (the "definition" above): unique keys, options for the question types
// that need them, ranges that run forward, conditions naming an earlier choice question and
// its codes.
Result<Definition> read_definition(const boost::json::value& value);
boost::json::value definition_json(const Definition& definition);
// Texts as {"en": "…", "ro": "…"} (or a plain string, English) and back.
boost::json::value texts_json(const Texts& texts);
Result<Texts> read_texts(const boost::json::value& value, const std::string& field);

// Whether the answers of a sheet are checked for the required questions.
enum class Completeness { partial, complete };

// The answers given to the questions of one section ("" for every section) checked against the
// questionnaire: each of the right shape, a choice among the options, a number within its range,
// a day as YYYY-MM-DD. Values sent as form text are converted. Questions hidden by the answers
// (`so_far` merged with these) are dropped; with Completeness::complete a required question
// shown and left empty is refused.
Result<Answers> read_answers(const Definition& definition, const std::string& section, const boost::json::value& given,
                             const Answers& so_far, Completeness completeness);

// Whether every required question shown by the answers is answered; the first missing one's
// field ("q_<key>") when not.
Status check_complete(const Definition& definition, const Answers& answers);

}  // namespace cps::surveys
