// The policy helpdesk: a region's need the learning engine cannot answer well, asked as a
// question, assigned to an expert of the scientific-technical committee or a working group with
// a due date, and answered with a knowledge item (a draft for review) that the question links
// to. Plain types, the one reader of each input shape and the date rules.
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

namespace cps::helpdesk {

using QuestionId = StrongId<struct QuestionIdTag>;
using Seconds = std::int64_t;

// open → assigned → answered → closed; an open or assigned question may also be closed (the
// asker withdraws it, or it is answered elsewhere).
enum class QuestionStatus { open, assigned, answered, closed };
inline constexpr EnumName<QuestionStatus> kQuestionStatusNames[] = {{QuestionStatus::open, "open"},
                                                                    {QuestionStatus::assigned, "assigned"},
                                                                    {QuestionStatus::answered, "answered"},
                                                                    {QuestionStatus::closed, "closed"}};
static_assert(names_each_value_once(kQuestionStatusNames));
inline constexpr auto kAllQuestionStatuses = values_of(kQuestionStatusNames);

// What the answer becomes in the knowledge base.
enum class AnswerKind { study, good_practice };
inline constexpr EnumName<AnswerKind> kAnswerKindNames[] = {{AnswerKind::study, "study"},
                                                            {AnswerKind::good_practice, "good_practice"}};
static_assert(names_each_value_once(kAnswerKindNames));

inline constexpr std::size_t kQuestionLength = 5000;  // code points
inline constexpr std::size_t kShortestQuestion = 10;
inline constexpr std::size_t kTitleLength = 200;
inline constexpr std::size_t kSummaryLength = 600;
inline constexpr std::size_t kBodyLength = 20000;
inline constexpr std::size_t kNoteLength = 1000;

struct Question {
  QuestionId id;
  RegionCode region;
  std::string need;  // the learning engine's need key, "" when the question names none
  AreaCode area;     // the need's area, or the one the asker chose
  std::string text;
  std::string language;  // the language the question is written in
  accounts::UserId asker;
  std::string asker_name;
  std::optional<accounts::UserId> expert;
  std::string expert_name;
  std::string due;  // YYYY-MM-DD, "" until assigned
  std::string assignment_note;
  QuestionStatus status = QuestionStatus::open;
  std::optional<std::int64_t> answer_item;  // the knowledge item the answer became
  std::string answer_note;                  // a word to the asker beside the item
  std::string closing_note;
  int revision = 1;
  Seconds created_at = 0;
  Seconds updated_at = 0;
  Seconds answered_at = 0;
  Seconds closed_at = 0;

  // Assigned and not answered by the due date (`today` YYYY-MM-DD).
  bool overdue(const std::string& today) const {
    return status == QuestionStatus::assigned && !due.empty() && due < today;
  }
};

// {"region","need","area","text","language"}: the need is a key as the learning engine names
// needs (feedback::is_need_key); the area may be left out when the need names one.
struct QuestionInput {
  RegionCode region;
  std::string need;
  std::optional<AreaCode> area;
  std::string text;
  std::string language;
};
Result<QuestionInput> read_question(const boost::json::object& object);

// {"revision","expert","due","note"}
struct AssignmentInput {
  accounts::UserId expert;
  std::string due;
  std::string note;
};
Result<AssignmentInput> read_assignment(const boost::json::object& object);

// {"revision","kind","language","title","summary","body","note"}: the draft knowledge item
// the answer becomes, and a word to the asker.
struct AnswerInput {
  AnswerKind kind = AnswerKind::study;
  std::string language;
  std::string title;
  std::string summary;
  std::string body;
  std::string note;
};
Result<AnswerInput> read_answer(const boost::json::object& object);

// {"revision","note"}
Result<std::string> read_closing(const boost::json::object& object);

// The day (UTC) of a moment, YYYY-MM-DD.
std::string day_of(Seconds at);
// Whether the text is a date YYYY-MM-DD that exists.
bool is_date(std::string_view date);
// The day `days` after `date` (YYYY-MM-DD).
std::string days_after(const std::string& date, int days);

std::string_view to_string(QuestionStatus s);
std::string_view to_string(AnswerKind k);

}  // namespace cps::helpdesk
