// The training programme: modules per thematic area with their learning objectives,
// materials and sessions; people's enrolments with the pre- and post-self-assessment (the same
// 1–5 self-rating per learning objective, before and after), the module's short quiz and what
// completes a module. Plain types and the one reader of each input shape.
#pragma once

#include <boost/json/fwd.hpp>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/enum_names.hpp"
#include "core/error.hpp"
#include "core/strong.hpp"
#include "domain/accounts/accounts.hpp"

namespace cps::training {

using ModuleId = StrongId<struct ModuleIdTag>;
using EnrolmentId = StrongId<struct EnrolmentIdTag>;
using Seconds = std::int64_t;

// A draft is seen only by the people who keep modules; a published module is public.
enum class ModuleStatus { draft, published };
inline constexpr EnumName<ModuleStatus> kModuleStatusNames[] = {{ModuleStatus::draft, "draft"},
                                                                {ModuleStatus::published, "published"}};
static_assert(names_each_value_once(kModuleStatusNames));

// The self-assessment taken on enrolling (pre) and the same questions at the end (post).
enum class Phase { pre, post };
inline constexpr EnumName<Phase> kPhaseNames[] = {{Phase::pre, "pre"}, {Phase::post, "post"}};
static_assert(names_each_value_once(kPhaseNames));

// What a module asks before it counts as completed; the quiz only when the module has one, the
// sessions only when it asks for some.
enum class Requirement { pre_assessment, post_assessment, quiz_passed, sessions_attended };
inline constexpr EnumName<Requirement> kRequirementNames[] = {{Requirement::pre_assessment, "pre_assessment"},
                                                              {Requirement::post_assessment, "post_assessment"},
                                                              {Requirement::quiz_passed, "quiz_passed"},
                                                              {Requirement::sessions_attended, "sessions_attended"}};
static_assert(names_each_value_once(kRequirementNames));

inline constexpr int kLowestRating = 1;
inline constexpr int kHighestRating = 5;
// Aggregates of fewer people are not shown: with four, each person's answers are too easy to tell.
inline constexpr int kSmallestGroup = 5;
inline constexpr std::size_t kTitleLength = 200;
inline constexpr std::size_t kSummaryLength = 2000;
inline constexpr std::size_t kObjectiveLength = 300;
inline constexpr std::size_t kObjectives = 12;
inline constexpr std::size_t kMaterialsLength = 20000;
inline constexpr std::size_t kQuestions = 20;
inline constexpr std::size_t kOptions = 6;
inline constexpr std::size_t kQuestionLength = 500;
inline constexpr std::size_t kLinks = 30;

struct Question {
  std::string text;
  std::vector<std::string> options;
  int answer = 0;  // the right option, from 0
  bool operator==(const Question&) const = default;
};

struct Module {
  ModuleId id;
  std::string area;  // WG1–WG6
  std::string title;
  std::string summary;
  std::vector<std::string> objectives;
  std::string materials;                    // Markdown
  std::vector<std::int64_t> knowledge_items;  // linked items
  std::vector<std::int64_t> sessions;         // events of kind training session
  std::vector<std::string> languages;         // the languages it is taught in (en, ro, sq, hu, el)
  ModuleStatus status = ModuleStatus::draft;
  std::vector<Question> quiz;
  int pass_mark = 70;         // per cent of the quiz's questions answered right
  int sessions_required = 0;  // of the module's sessions, how many a person attends
  std::optional<accounts::UserId> created_by;
  int revision = 1;
  Seconds created_at = 0;
  Seconds updated_at = 0;

  std::vector<Requirement> requirements() const;
};

// One person in one module. Leaving keeps the row (and its answers) until they enrol again.
struct Enrolment {
  EnrolmentId id;
  ModuleId module;
  accounts::UserId user;
  std::string name;  // as it was when they enrolled: the certificate's name
  bool active = true;
  Seconds enrolled_at = 0;
  std::vector<int> pre;  // one rating per objective; empty until taken
  Seconds pre_at = 0;
  std::vector<int> post;
  Seconds post_at = 0;
  int quiz_attempts = 0;
  int quiz_best = 0;  // per cent
  Seconds quiz_passed_at = 0;
  Seconds completed_at = 0;
  std::string certificate_digest;  // of the certificate page's token; the token itself is never stored
};

// {"area","title","summary","objectives","materials","knowledge_items","sessions","languages",
//  "status","quiz","pass_mark","sessions_required"}: objectives a list of lines (or one text, a
// line each), knowledge_items and sessions lists of ids (or one text of comma-separated ids),
// languages a list of codes (or comma-separated), quiz a list of {"question","options","answer"}
// (or one text as quiz_lines reads it).
struct ModuleInput {
  std::string area;
  std::string title;
  std::string summary;
  std::vector<std::string> objectives;
  std::string materials;
  std::vector<std::int64_t> knowledge_items;
  std::vector<std::int64_t> sessions;
  std::vector<std::string> languages;
  ModuleStatus status = ModuleStatus::draft;
  std::vector<Question> quiz;
  int pass_mark = 70;
  int sessions_required = 0;
};
Result<ModuleInput> read_module(const boost::json::object& object);

// The quiz as a form writes it, one question a line: "Question? | option | *right option | option".
std::string quiz_text(const std::vector<Question>& quiz);

// {"ratings": [1–5, one per objective]}
Result<std::vector<int>> read_ratings(const boost::json::object& object, std::size_t objectives);
// {"answers": [option index, one per question]}
Result<std::vector<int>> read_answers(const boost::json::object& object, std::size_t questions);

std::string_view to_string(ModuleStatus s);
std::string_view to_string(Phase p);
std::string_view to_string(Requirement r);

}  // namespace cps::training
