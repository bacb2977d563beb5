// Feedback on the learning engine's recommendations and the matchmaking's matches, and
// coordinators' curation of recommendations: the plain types, the one reader of each input
// shape (shared by the pages and the API) and the rules on keys and texts.
#pragma once

#include <boost/json/fwd.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/enum_names.hpp"
#include "core/error.hpp"
#include "core/strong.hpp"
#include "domain/accounts/accounts.hpp"
#include "domain/learning/curations.hpp"

namespace cps::feedback {

using learning::Curation;
using learning::FeedbackTally;
using learning::RecommendationKey;
using learning::Seconds;
using learning::Verdict;
using learning::kVerdictNames;

// What the feedback is about: a recommended practice for a region's need, a partner-search
// match between two cluster profiles, or a mentor suggested for a need.
enum class Subject { recommendation, match, mentor };
inline constexpr EnumName<Subject> kSubjectNames[] = {
    {Subject::recommendation, "recommendation"}, {Subject::match, "match"}, {Subject::mentor, "mentor"}};
static_assert(names_each_value_once(kSubjectNames));
inline constexpr auto kAllSubjects = values_of(kSubjectNames);

inline constexpr std::size_t kReasonLength = 1000;  // code points
inline constexpr std::size_t kNoteLength = 1000;
inline constexpr std::size_t kKeyLength = 200;      // bytes of a match's or mentor's key

// A recommendation's key as one text, "RO11/criterion:WG4.2/17" (region / need / item), the
// way feedback on it is stored beside the keys of matches; and read back (nullopt when the
// text is not such a key).
std::string key_text(const RecommendationKey& key);
std::optional<RecommendationKey> recommendation_key(std::string_view text);

// A need key: "criterion:<code>", "area:WG1…WG6" or "sector:<NACE section or division>".
bool is_need_key(std::string_view need);
// The thematic area a need belongs to ("criterion:WG4.2" and "area:WG4" → "WG4"); nullopt for
// a sector's need, which belongs to no one area.
std::optional<AreaCode> area_of_need(std::string_view need);

// One person's judgment on one subject; a new one from the same person replaces the old.
struct Judgment {
  Subject subject = Subject::recommendation;
  std::string key;  // key_text of a recommendation, or the matchmaking's key
  std::optional<RecommendationKey> recommendation;  // for subject recommendation
  Verdict verdict = Verdict::useful;
  std::string reason;
  accounts::UserId user;
  std::string user_name;
  Seconds at = 0;
};

struct Tally {
  int useful = 0;
  int not_relevant = 0;
  int adopted = 0;
  int total() const { return useful + not_relevant + adopted; }
};

// What the form and the API send: {"subject","key","verdict","reason"}; for a recommendation
// {"region","need","item"} may stand in for "key".
struct FeedbackInput {
  Subject subject = Subject::recommendation;
  std::string key;
  std::optional<RecommendationKey> recommendation;
  Verdict verdict = Verdict::useful;
  std::string reason;
};
// Fails (invalid or unprocessable) naming the field: subject, key, region, need, item, verdict,
// reason.
Result<FeedbackInput> read_feedback(const boost::json::object& object);

// A coordinator's word: {"region","need","item","pinned","hidden","note"}. Neither pinned nor
// hidden and no note takes the curation away.
struct CurationInput {
  RecommendationKey key;
  bool pinned = false;
  bool hidden = false;
  std::string note = {};
  bool clears() const { return !pinned && !hidden && note.empty(); }
};
Result<CurationInput> read_curation(const boost::json::object& object);

// The grade a verdict gives a recommendation in the offline evaluation's judged sets (0–3):
// adopted 3, useful 2, not relevant 0.
int grade_of(Verdict verdict);

std::string_view to_string(Subject s);
std::string_view to_string(Verdict v);

}  // namespace cps::feedback
