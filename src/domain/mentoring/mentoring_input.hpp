// The one reader of each mentoring input shape — an offer, a request, an answer, goals, a
// meeting, an outcome, closing feedback — shared by the pages (form fields gathered into
// JSON), the API and the demo loader. Each refuses with the field at fault.
#pragma once

#include <boost/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "core/error.hpp"
#include "domain/mentoring/mentoring.hpp"

namespace cps::mentoring {

// {"topics": ["criterion:WG4.2", "area:WG1"], "capacity": 2, "languages": ["ro","en"],
//  "availability": "…", "active": true} — topics and languages also as one text, separated by
// commas or spaces (as a form's field gives them). Whether a topic exists the service judges.
struct OfferInput {
  std::vector<std::string> topics;
  int capacity = 1;
  std::vector<std::string> languages;
  std::string availability;
  bool active = true;
};
Result<OfferInput> read_offer(const boost::json::value& value);

// {"mentor": 12, "region": "RO21", "need": "criterion:WG4.2", "message": "…"}
struct RequestInput {
  accounts::UserId mentor;
  NeedRef need;
  std::string message;
};
Result<RequestInput> read_request(const boost::json::value& value);

enum class Answer { accept, decline };
inline constexpr EnumName<Answer> kAnswerNames[] = {{Answer::accept, "accept"}, {Answer::decline, "decline"}};
static_assert(names_each_value_once(kAnswerNames));

// {"answer": "accept"|"decline", "reason": "…"} — a decline needs its reason.
struct AnswerInput {
  Answer answer = Answer::accept;
  std::string reason;
};
Result<AnswerInput> read_answer(const boost::json::value& value);

// {"goals": "…"}
Result<std::string> read_goals(const boost::json::value& value);
// {"date": "YYYY-MM-DD", "notes": "…"}
Result<Meeting> read_meeting(const boost::json::value& value);
// {"result": "achieved"|"partly_achieved"|"not_achieved", "text": "…"}
struct OutcomeInput {
  OutcomeResult result = OutcomeResult::achieved;
  std::string text;
};
Result<OutcomeInput> read_outcome(const boost::json::value& value);
// {"rating": 1–5, "comment": "…"}
Result<Feedback> read_feedback(const boost::json::value& value);

// Whether a text is a need key a mentor may offer and a learner may ask about: "criterion:" or
// "area:" followed by a code (letters, digits, dots).
bool is_topic_key(std::string_view key);
// A date YYYY-MM-DD that exists.
bool is_day(std::string_view text);

std::string_view to_string(Answer a);

}  // namespace cps::mentoring
