// Names of the mentoring enumerations and the small rules on the plain types.
#include "domain/mentoring/mentoring.hpp"

#include <algorithm>

namespace cps::mentoring {

bool MentorOffer::mentors_on(const std::string& key) const {
  if (std::find(topics.begin(), topics.end(), key) != topics.end()) return true;
  // A mentor on a whole area helps with each of its criteria ("WG4.2" is in "WG4").
  if (key.starts_with("criterion:")) {
    std::string code = key.substr(10);
    std::string area = "area:" + code.substr(0, code.find('.'));
    return std::find(topics.begin(), topics.end(), area) != topics.end();
  }
  return false;
}

const Feedback* MentoringRequest::feedback_of(Side side) const {
  for (const auto& f : feedback)
    if (f.side == side) return &f;
  return nullptr;
}

std::string_view to_string(RequestStatus s) { return name_of(s, kRequestStatusNames); }
std::string_view to_string(OutcomeResult r) { return name_of(r, kOutcomeResultNames); }
std::string_view to_string(Side s) { return name_of(s, kSideNames); }

}  // namespace cps::mentoring
