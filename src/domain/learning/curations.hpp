// What people said about the learning engine's recommendations, as the engine reads it:
// coordinators' pins, hides and notes, and the tallies of users' feedback (useful, not
// relevant, adopted). The feedback feature keeps them; the composition root adapts its
// service to this port, so that the engine knows nothing of how they are stored.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/enum_names.hpp"
#include "core/error.hpp"
#include "core/strong.hpp"

namespace cps::learning {

using Seconds = std::int64_t;  // Unix time, UTC

// A need is named by a key that stays the same between computations:
//   "criterion:WG4.2"  a criterion of the assessment framework with a large gap
//   "area:WG4"         a thematic area as a whole
//   "sector:C"         a sector (NACE section as the employment data has it) with high
//                      opportunity and no policy instrument in the region
// A recommendation is a published knowledge item for a region's need.
struct RecommendationKey {
  RegionCode region;
  std::string need;
  std::int64_t item = 0;
  bool operator==(const RecommendationKey&) const = default;
};

enum class Verdict { useful, not_relevant, adopted };
inline constexpr EnumName<Verdict> kVerdictNames[] = {
    {Verdict::useful, "useful"}, {Verdict::not_relevant, "not_relevant"}, {Verdict::adopted, "adopted"}};
static_assert(names_each_value_once(kVerdictNames));

// A coordinator's word on one recommendation: pinned ones come first, hidden ones are left
// out for everybody but coordinators, a note shows beside it.
struct Curation {
  RecommendationKey key;
  bool pinned = false;
  bool hidden = false;
  std::string note;         // plain text, "" for none
  std::string curator_name;
  Seconds at = 0;
};

struct FeedbackTally {
  RecommendationKey key;
  int useful = 0;
  int not_relevant = 0;
  int adopted = 0;
};

class CurationSource {
 public:
  virtual ~CurationSource() = default;
  virtual Result<std::vector<Curation>> curations(const RegionCode& region) = 0;
  virtual Result<std::vector<FeedbackTally>> tallies(const RegionCode& region) = 0;
};

}  // namespace cps::learning
