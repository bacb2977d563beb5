// The assessment framework: for each of the six thematic areas, the criteria a region's cluster
// policy is scored on, each with a 1–5 scale whose levels are described, a weight, guidance and
// the evidence expected. The scientific-technical committee edits it; every change makes a new
// version, and an assessment keeps the version it was made with.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/enum_names.hpp"
#include "core/error.hpp"
#include "core/strong.hpp"
#include "domain/accounts/accounts.hpp"

namespace cps::assessment {

using Seconds = std::int64_t;

// Whether a score of the criterion must carry a justification.
enum class Justification { optional, required };
inline constexpr EnumName<Justification> kJustificationNames[] = {{Justification::optional, "optional"},
                                                                  {Justification::required, "required"}};
static_assert(names_each_value_once(kJustificationNames));

inline constexpr int kLowestLevel = 1;
inline constexpr int kHighestLevel = 5;

// One language version of a criterion's texts. Levels 1, 3 and 5 are described; 2 and 4 lie
// between their neighbours.
struct CriterionText {
  std::string language;  // en, ro, sq, hu, el (English always present)
  std::string title;     // "Availability of cluster-specific funding"
  std::string question;  // what the assessor answers, one or two sentences
  std::string guidance;  // how to score it (Markdown)
  std::string evidence;  // the kind of evidence expected (Markdown)
  std::string level_1;   // what a 1 looks like
  std::string level_3;
  std::string level_5;
  bool operator==(const CriterionText&) const = default;
};

struct Criterion {
  std::string code;  // stable across versions: "WG4.1"; letters, digits, '.', '-' and '_'
  AreaCode area;     // WG1 … WG6
  int position = 0;  // order within the area
  double weight = 1.0;  // within its area, 0.5 to 3
  Justification justification = Justification::optional;
  std::vector<CriterionText> texts;  // English first

  // The text in the language asked for, English otherwise.
  const CriterionText& text(std::string_view language) const;
};

// A criterion code as the framework allows it: 1–32 letters, digits, '.', '-' and '_'.
bool is_criterion_code(std::string_view code);

// Two versions of a criterion mean the same when area, weight, justification rule and every
// text in every language are equal: only then are scores made under the two versions compared.
bool same_meaning(const Criterion& a, const Criterion& b);

struct Framework {
  int version = 0;          // 1, 2, … in the order they were made
  std::string note;         // what changed in this version
  std::string sources;      // the literature the criteria were written from (Markdown)
  double divergence = 2.0;  // self and peer levels this far apart (or more) are flagged
  std::optional<accounts::UserId> author;
  Seconds created_at = 0;
  std::vector<Criterion> criteria;  // ordered by area then position

  const Criterion* criterion(std::string_view code) const;
  std::vector<const Criterion*> criteria_of(const AreaCode& area) const;
};

// The criterion codes scored the same way in both versions (for comparing assessments made
// under different versions).
std::vector<std::string> comparable_criteria(const Framework& a, const Framework& b);

// The rules every framework obeys before it is stored: at least one criterion per area and
// one English text each, unique codes, known areas, weights in range, levels 1, 3 and 5
// described in English, divergence from 0.5 to 4. Fails (unprocessable) naming the field,
// e.g. "criteria[3].weight".
Status check_framework(const Framework& framework, const std::vector<AreaCode>& areas);

}  // namespace cps::assessment
