// Labels of the learning engine's codes, and the links that say where missing data is added.
#include "web/learning_labels.hpp"

#include "core/text.hpp"
#include "i18n/catalogue.hpp"

namespace cps::web {

using i18n::N_;

const char* need_kind_label(learning::NeedKind k) {
  switch (k) {
    case learning::NeedKind::criterion: return N_("Criterion");
    case learning::NeedKind::area: return N_("Thematic area");
    case learning::NeedKind::sector: return N_("Sector");
  }
  return "";
}

const char* scope_label(learning::Scope s) {
  switch (s) {
    case learning::Scope::programme: return N_("Programme area");
    case learning::Scope::europe: return N_("All of Europe");
  }
  return "";
}

double component_value(const learning::Components& c, std::string_view name) {
  if (name == "relevance") return c.relevance;
  if (name == "evidence") return c.evidence;
  if (name == "similarity") return c.similarity;
  if (name == "transferability") return c.transferability;
  return c.language;
}

double component_weight(std::string_view name) {
  const auto& w = learning::kWeights;
  if (name == "relevance") return w.relevance;
  if (name == "evidence") return w.evidence;
  if (name == "similarity") return w.similarity;
  if (name == "transferability") return w.transferability;
  return w.language;
}

std::vector<MissingLink> missing_links(const learning::MissingData& m, const RegionCode& region) {
  using learning::Missing;
  const std::string code = region.str();
  switch (m.what) {
    case Missing::assessment: return {{"/assessments", N_("Open an assessment of the region")}};
    case Missing::published_scores: return {{"/regions/" + code + "/scorecard", N_("The region's scorecard")}};
    case Missing::employment:
    case Missing::structure: return {{"/methods", N_("Which figures the platform holds, and where from")}};
    case Missing::sector_divisions: return {{"/sectors", N_("The sectors and their divisions")}};
    case Missing::europe_scope: return {{"/regions/" + code, N_("The region's structural peers")}};
    case Missing::practices:
      return {{"/knowledge/new", N_("Share a practice")},
              {"/helpdesk/new?region=" + text::encode_uri_component(code) +
                   "&need=" + text::encode_uri_component(m.need),
               N_("Ask the policy helpdesk")}};
  }
  return {};
}

}  // namespace cps::web
