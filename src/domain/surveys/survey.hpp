// Surveys of the SEE foresight programme: an organiser writes a questionnaire of sections and
// questions (texts in several languages), says who may answer (roles, working groups,
// countries, or anyone with the link), whether answers are anonymous and when it is open; people
// answer section by section, may save and come back, and send once. Sections and questions may
// be shown only for some earlier answers (conditional logic), decided on the server so that the
// form works without JavaScript. Plain types and the rules on them; no I/O.
//
// Surveys live apart from Delphi studies (domain/foresight): they share the foresight actions
// of the policy but no type, table or rule.
#pragma once

#include <boost/json.hpp>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/enum_names.hpp"
#include "core/strong.hpp"
#include "domain/accounts/accounts.hpp"

namespace cps::surveys {

using Seconds = std::int64_t;  // Unix time, UTC
using SurveyId = StrongId<struct SurveyIdTag>;

enum class QuestionType { single_choice, multiple_choice, likert, matrix, ranking, number, date, text };
inline constexpr EnumName<QuestionType> kQuestionTypeNames[] = {
    {QuestionType::single_choice, "single_choice"}, {QuestionType::multiple_choice, "multiple_choice"},
    {QuestionType::likert, "likert"},               {QuestionType::matrix, "matrix"},
    {QuestionType::ranking, "ranking"},             {QuestionType::number, "number"},
    {QuestionType::date, "date"},                   {QuestionType::text, "text"}};
static_assert(names_each_value_once(kQuestionTypeNames));

// Who may answer: any signed-in person, people holding one of the roles, members of one of the
// working groups, people whose organisation is in one of the countries, or anyone with the link
// (one response per browser, told apart by a random token in a cookie), or the people with a
// confirmed place at an event, once it has ended: the event's feedback form.
enum class Audience { signed_in, roles, working_groups, countries, public_link, event_attendees };
inline constexpr EnumName<Audience> kAudienceNames[] = {{Audience::signed_in, "signed_in"},
                                                        {Audience::roles, "roles"},
                                                        {Audience::working_groups, "working_groups"},
                                                        {Audience::countries, "countries"},
                                                        {Audience::public_link, "public_link"},
                                                        {Audience::event_attendees, "event_attendees"}};
static_assert(names_each_value_once(kAudienceNames));

// Anonymous: responses are kept under a keyed digest, never with the person, and no time;
// identified: the person's account is kept with the response.
enum class Anonymity { anonymous, identified };
inline constexpr EnumName<Anonymity> kAnonymityNames[] = {{Anonymity::anonymous, "anonymous"},
                                                          {Anonymity::identified, "identified"}};
static_assert(names_each_value_once(kAnonymityNames));

enum class ResponseState { draft, submitted };
inline constexpr EnumName<ResponseState> kResponseStateNames[] = {{ResponseState::draft, "draft"},
                                                                  {ResponseState::submitted, "submitted"}};
static_assert(names_each_value_once(kResponseStateNames));

// How far a survey's texts are written in one of its languages.
enum class TranslationStatus { complete, partial, missing };
inline constexpr EnumName<TranslationStatus> kTranslationStatusNames[] = {
    {TranslationStatus::complete, "complete"}, {TranslationStatus::partial, "partial"},
    {TranslationStatus::missing, "missing"}};
static_assert(names_each_value_once(kTranslationStatusNames));

// A text by language code ("en", "ro", "sq", "hu", "el"); English is always there.
using Texts = std::map<std::string, std::string>;
// The text in `language`, else in English.
const std::string& in_language(const Texts& texts, std::string_view language);

struct Option {
  std::string code;  // what exports and conditions name: letters, digits, '_' and '-'
  Texts label;
};

// Shown only when the earlier question's answer is (or, for several choices, includes) one of
// the codes; a Likert answer's code is its point ("4").
struct Condition {
  std::string question;
  std::vector<std::string> any_of;
};

struct Question {
  std::string key;  // unique in the survey; the export's column
  QuestionType type = QuestionType::single_choice;
  Texts text;
  bool required = false;
  std::vector<Option> options;  // choices, ranking items, the columns of a matrix
  std::vector<Option> rows;     // the rows of a matrix
  int scale_min = 1;            // a Likert scale's points
  int scale_max = 5;
  Texts low_label;   // what the Likert scale's lowest point means
  Texts high_label;  // … and its highest
  std::optional<double> minimum;  // a number's range
  std::optional<double> maximum;
  std::string unit;  // a number's unit, as written ("EUR", "%", "people")
  std::optional<Condition> show_if;
};

struct Section {
  std::string key;
  Texts title;
  Texts intro;
  std::vector<Question> questions;
  std::optional<Condition> show_if;
};

struct Definition {
  std::vector<std::string> languages;  // "en" first
  std::vector<Section> sections;

  const Question* question(std::string_view key) const;
  const Section* section(std::string_view key) const;
};

struct Survey {
  SurveyId id;
  Texts title;
  Texts description;
  Audience audience = Audience::signed_in;
  std::vector<std::string> audience_values;  // role names, "WG1"…, or country codes
  Anonymity anonymity = Anonymity::anonymous;
  Seconds opens_at = 0;
  Seconds closes_at = 0;  // 0: open until closed by a change of dates
  accounts::UserId organiser;
  std::int64_t event = 0;  // the event whose feedback form this is (event_attendees); 0 none
  int version = 1;   // the questionnaire's version: a change after answers makes a new one
  int revision = 1;  // the survey row's revision, for stale edits
  Seconds created_at = 0;
  Seconds updated_at = 0;
  Definition definition;  // of `version`
};

// Answers by question key: "code" (single choice), ["a", "b"] (several choices), 4 (Likert),
// {"row": "code"} (matrix), ["c", "a", "b"] (ranking, first = highest), 12.5 (number),
// "2027-03-01" (date), "…" (free text).
using Answers = boost::json::object;

// What the respondent was when answering, for the results' filters.
struct Profile {
  std::string country;            // ISO code, "" unknown
  std::string organisation_type;  // the organisation's type, "" unknown
  std::string area;               // a working group "WG1"…, "" none
};
// Groups smaller than this are not shown apart in an anonymous survey's results.
inline constexpr int kGroupMinimum = 5;

struct Response {
  SurveyId survey;
  int version = 1;  // the questionnaire's version the answers belong to
  std::string respondent;  // the key: a keyed digest (anonymous, public link) or "user:<id>"
  std::optional<accounts::UserId> user;  // identified surveys only
  ResponseState state = ResponseState::draft;
  Answers answers;
  Profile profile;
  Seconds submitted_at = 0;  // identified surveys only
};

// Conditional logic: whether a section, a question is shown for the answers so far.
bool holds(const Condition& condition, const Answers& answers);
bool visible(const Section& section, const Answers& answers);
bool visible(const Section& section, const Question& question, const Answers& answers);
// The answers to questions now hidden removed (an earlier answer changed).
Answers without_hidden(const Definition& definition, Answers answers);

TranslationStatus translation_status(const Survey& survey, std::string_view language);
bool is_open(const Survey& survey, Seconds now);
bool is_choice(QuestionType t);  // single or multiple choice, Likert: what conditions may name

std::string_view to_string(QuestionType t);
std::string_view to_string(Audience a);
std::string_view to_string(Anonymity a);
std::string_view to_string(ResponseState s);
std::string_view to_string(TranslationStatus s);

}  // namespace cps::surveys
