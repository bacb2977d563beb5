// The names of the assessment's enums, each read from the table beside its enum.
#include "domain/assessment/assessment.hpp"

namespace cps::assessment {

std::string_view to_string(AssessmentStatus s) {
  return name_of(s, kStatusNames);
}
std::string_view to_string(Timeframe t) {
  return name_of(t, kTimeframeNames);
}
std::string_view to_string(Source s) {
  return name_of(s, kSourceNames);
}
std::string_view to_string(Answer a) {
  return name_of(a, kAnswerNames);
}
std::string_view to_string(Confidence c) {
  return name_of(c, kConfidenceNames);
}
std::string_view to_string(Disclosure d) {
  return name_of(d, kDisclosureNames);
}
std::string_view to_string(EvidenceKind k) {
  return name_of(k, kEvidenceKindNames);
}
std::string_view to_string(ReviewerStatus s) {
  return name_of(s, kReviewerStatusNames);
}
std::string_view to_string(Response r) {
  return name_of(r, kResponseNames);
}
std::string_view to_string(ActionStatus s) {
  return name_of(s, kActionStatusNames);
}
std::string_view to_string(Justification j) {
  return name_of(j, kJustificationNames);
}

}  // namespace cps::assessment
