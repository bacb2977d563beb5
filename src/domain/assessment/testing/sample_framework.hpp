// A small framework for tests: two areas (WG1, WG2) of two criteria each, every level
// described in English and WG1.2 requiring a justification. Test-only code.
#pragma once

#include <string>

#include "domain/assessment/framework.hpp"

namespace cps::assessment {

inline Criterion sample_criterion(std::string code, std::string area, int position,
                                  double weight = 1.0,
                                  Justification justification = Justification::optional) {
  Criterion c;
  c.code = code;
  c.area = AreaCode(std::move(area));
  c.position = position;
  c.weight = weight;
  c.justification = justification;
  c.texts.push_back(CriterionText{"en", "Criterion " + code, "How far is " + code + " met?",
                                  "Look at the facts.", "Strategies and evaluations.",
                                  "Nothing is done.", "Some is done.", "Everything is done."});
  c.texts.push_back(CriterionText{"ro", "Criteriul " + code, "În ce măsură?", "", "", "Nimic.",
                                  "Ceva.", "Totul."});
  return c;
}

// WG1.1 (weight 1), WG1.2 (weight 2, justification required), WG2.1 (1), WG2.2 (1.5).
inline Framework sample_framework() {
  Framework f;
  f.version = 1;
  f.note = "First version.";
  f.sources = "- OECD (2007), *Competitive Regional Clusters*.";
  f.divergence = 2.0;
  f.criteria = {sample_criterion("WG1.1", "WG1", 1),
                sample_criterion("WG1.2", "WG1", 2, 2.0, Justification::required),
                sample_criterion("WG2.1", "WG2", 1), sample_criterion("WG2.2", "WG2", 2, 1.5)};
  return f;
}

}  // namespace cps::assessment
