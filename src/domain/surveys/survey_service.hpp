// Surveys' rules. An organiser (run_foresight) writes a survey; changing its questionnaire once
// someone has answered makes a new version, and the answers keep theirs. People in the survey's
// audience (answer_foresight for oneself; anyone through a public link) answer while it is open,
// section by section: each step is saved as a draft they may come back to, and sending it makes
// it final — once per person, or per browser for a public link. Only the sections and questions
// the answers so far show are asked and kept. The organiser (and whoever may run surveys of
// anyone) sees the results and exports the responses; in an anonymous survey a group of fewer
// than kGroupMinimum respondents is not shown apart.
//
// A survey tied to an event is its feedback form: offered to the people with a confirmed place
// once the event has ended, linked from the event's page, and mailed to them by the organiser.
//
// Audit lines (target "survey:<id>"): "survey.created", "survey.changed" (with the version),
// "survey.draft_saved", "survey.answered", "survey.invited" (with how many were mailed). For an
// anonymous survey the answer lines name no one.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "core/error.hpp"
#include "domain/accounts/accounts.hpp"
#include "domain/surveys/survey.hpp"
#include "domain/surveys/survey_input.hpp"
#include "domain/surveys/survey_repository.hpp"
#include "export/table.hpp"

namespace cps::surveys {

// Who answers, besides the principal: the random token of the browser's cookie, used for a
// public link when nobody is signed in ("" when there is none yet).
struct Respondent {
  std::string browser_token;
};
// The cookie under which the pages and the API keep that token: a random value, nothing else.
inline constexpr std::string_view kBrowserTokenCookie = "cps_survey";

struct SurveyCapabilities {
  bool answer = false;       // in the audience, open, not yet sent
  bool organise = false;     // change the survey
  bool see_results = false;  // results and exports
};

struct SurveyEntry {
  Survey survey;
  bool open = false;
  std::optional<ResponseState> mine;  // the viewer's response, when there is one
  SurveyCapabilities can;
};

struct SurveyView {
  Survey survey;
  bool open = false;
  int responses = 0;  // sent
  SurveyCapabilities can;
};

// What a respondent is answering: the questionnaire of their version and their answers so far.
struct Sheet {
  Survey survey;
  Definition definition;
  int version = 1;
  Answers answers;
  std::optional<ResponseState> state;  // nullopt before the first save
  bool open = false;
};

// A step of the multi-page form: save the section for later, go on to the next section (its
// required questions answered), or send the whole response.
enum class Step { save, next, submit };
inline constexpr EnumName<Step> kStepNames[] = {{Step::save, "save"}, {Step::next, "next"}, {Step::submit, "submit"}};
static_assert(names_each_value_once(kStepNames));

struct Filter {
  std::string country;
  std::string organisation_type;
  std::string area;
  bool any() const { return !country.empty() || !organisation_type.empty() || !area.empty(); }
};

struct Count {
  std::string code;
  Texts label;
  int count = 0;
};
struct RowCounts {
  std::string code;
  Texts label;
  std::vector<Count> counts;
};
struct Ranked {
  std::string code;
  Texts label;
  double mean_place = 0;  // 1 = ranked first by all
  int first = 0;          // how many put it first
};
struct NumberSummary {
  double minimum = 0;
  double maximum = 0;
  double mean = 0;
  double median = 0;
};

struct QuestionResult {
  Question question;
  int answered = 0;
  std::vector<Count> counts;       // choices, multiple choices, Likert points
  std::vector<RowCounts> rows;     // matrix
  std::vector<Ranked> ranking;     // ranking, best first
  std::optional<NumberSummary> numbers;
  std::string earliest;  // dates
  std::string latest;
  std::vector<std::string> texts;  // free text, in the order sent
};

// The groups one may filter by, each with its respondents (small groups of an anonymous survey
// left out).
struct FilterChoices {
  std::vector<std::pair<std::string, int>> countries;
  std::vector<std::pair<std::string, int>> organisation_types;
  std::vector<std::pair<std::string, int>> areas;
};

struct Results {
  Survey survey;
  Filter filter;
  int total = 0;        // sent responses
  int respondents = 0;  // those matching the filter
  bool withheld = false;  // the filter's group is too small to show in an anonymous survey
  std::vector<QuestionResult> questions;
  FilterChoices choices;
};

class SurveyService {
 public:
  using Clock = std::function<Seconds()>;
  SurveyService(SurveyRepository& repository, SurveySurroundings& surroundings, Clock clock = {});

  // The surveys the viewer may answer or organise, newest first.
  Result<std::vector<SurveyEntry>> surveys(const accounts::Principal& who, const Respondent& respondent);
  Result<SurveyView> survey(const accounts::Principal& who, SurveyId id);

  Result<Survey> create(const accounts::Principal& who, SurveyInput input);
  // A new version of the questionnaire when answers exist; the same version otherwise.
  Result<Survey> change(const accounts::Principal& who, SurveyId id, int revision, SurveyInput input);

  // The respondent's sheet (an empty one before the first save). Refused outside the audience.
  Result<Sheet> sheet(const accounts::Principal& who, SurveyId id, const Respondent& respondent);
  // Saves the answers to one section ("" for all), as `step` says.
  Result<Sheet> answer(const accounts::Principal& who, SurveyId id, const Respondent& respondent,
                       const std::string& section, const boost::json::value& given, Step step);

  // The event's feedback form for the viewer: its id when the viewer may answer it now.
  Result<std::optional<SurveyId>> feedback_form(const accounts::Principal& who, std::int64_t event);
  // Mails the event's attendees who have not sent their answers; how many were mailed.
  Result<int> invite_attendees(const accounts::Principal& who, SurveyId id);

  Result<Results> results(const accounts::Principal& who, SurveyId id, const Filter& filter);
  // One row per sent response, one column per answer with its code and its label in `language`.
  Result<exports::Table> responses_table(const accounts::Principal& who, SurveyId id, std::string_view language);

 private:
  Result<Survey> load(SurveyStore& store, SurveyId id);
  SurveyCapabilities capabilities(const accounts::Principal& who, const Survey& survey, bool in_audience,
                                  std::optional<ResponseState> mine, bool open) const;
  Result<bool> in_audience(const accounts::Principal& who, const Survey& survey);
  // Open by its dates and, for a feedback form, once its event has ended.
  Result<bool> open_now(const Survey& survey);
  // The key of the respondent's response; refuses who may not answer at all.
  Result<std::string> respondent_key(const accounts::Principal& who, const Survey& survey, const Respondent& respondent);
  Result<std::vector<Response>> sent(const accounts::Principal& who, SurveyId id, Survey& survey);
  accounts::AuditRecord audit(const accounts::Principal& who, std::string action, SurveyId id, std::string detail) const;
  Seconds now() const;

  SurveyRepository& repository_;
  SurveySurroundings& surroundings_;
  Clock clock_;
};

// The statistics of the responses matching the filter. Pure: the service and its tests share it.
Results evaluate(const Survey& survey, const std::vector<Response>& sent, const Filter& filter);

std::string_view to_string(Step s);

}  // namespace cps::surveys
