// Where pilots show on the reference pages: the pilot initiatives that run in a region, with
// their status and how many of their targets are met, as the visitor may see them (a signed-in
// member's request is never served from the page cache).
#include "domain/pilot/achievement.hpp"
#include "web/pilot_labels.hpp"
#include "web/reference/internal.hpp"

namespace cps::web {

Result<Object> ReferencePages::region_pilots(const http::Request& request, const std::string& code, Language lang) {
  Object out;
  if (!pilots_) return out;
  accounts::Principal who;
  if (auto visit = site_.visit(request); visit && *visit) who = (*visit)->principal;
  pilot::PilotFilter filter;
  filter.region = RegionCode(code);
  const std::string language(i18n::code(lang));
  auto found = pilots_->list(who, filter, language);
  if (!found) return std::unexpected(found.error());
  if (found->empty()) return out;
  const auto& cat = site_.catalogue();
  List rows;
  for (const auto& card : *found) {
    const auto& t = pilot::text_in(card.pilot, language);
    rows.push_back(Object{
        {"title", t.title},
        {"title_lang", t.language},
        {"href", Site::prefix(lang) + "/pilots/" + std::to_string(card.pilot.id.value())},
        {"status", site_.tr(lang, pilot_status_label(card.pilot.status))},
        {"status_code", std::string(pilot::to_string(card.pilot.status))},
        {"targets", text::fill(site_.tr(lang, i18n::N_("{met} of {of} targets met")),
                               {{"met", cat.format_integer(lang, (long long)card.achievement.met)},
                                {"of", cat.format_integer(lang, (long long)card.achievement.indicators)}})}});
  }
  out["has_pilots"] = true;
  out["pilots"] = rows;
  out["pilots_href"] = Site::prefix(lang) + "/pilots";
  return out;
}

}  // namespace cps::web
