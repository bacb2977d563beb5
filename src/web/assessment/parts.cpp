// Small pieces several assessment pages share (see parts.hpp).
#include "web/assessment/parts.hpp"

namespace cps::web::assessment_parts {

using namespace cps::assessment;

std::string day_of(Seconds t) {
  return t == 0 ? std::string() : text::utc_timestamp(t).substr(0, 10);
}

std::string region_label(reference::ReferenceService& reference, const RegionCode& code) {
  auto found = reference.region(code.str());
  if (!found) return code.str();
  return found->region.name_latin + " (" + code.str() + ")";
}

std::vector<AreaName> area_names(reference::ReferenceService& reference,
                                 std::string_view language) {
  std::vector<AreaName> out;
  auto named = reference.areas(language);
  for (auto code : accounts::kWorkingGroups) {
    AreaName a{std::string(code), std::string(code)};
    if (named)
      for (const auto& n : *named)
        if (n.code.str() == code) a.name = n.name;
    out.push_back(std::move(a));
  }
  return out;
}

List flow_steps(const Site& site, i18n::Language lang, AssessmentStatus status) {
  List out;
  for (auto s : kAllStatuses)
    out.push_back(Object{{"label", site.tr(lang, assessment_status_label(s))},
                         {"done", s < status},
                         {"current", s == status}});
  return out;
}

std::string assessment_href(i18n::Language lang, AssessmentId id) {
  return Site::prefix(lang) + "/assessments/" + std::to_string(id.value());
}

std::string level_text(std::optional<int> level) {
  return level ? std::to_string(*level) : "—";
}

std::string rating_text(const Site& site, i18n::Language lang, const Rating& rating) {
  if (rating.answer == Answer::level) return std::to_string(rating.level);
  return site.tr(lang, answer_label(rating.answer));
}

}  // namespace cps::web::assessment_parts
