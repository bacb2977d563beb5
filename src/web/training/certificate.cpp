// The certificate of a completed module, verifiable by its address: anybody holding the link
// sees who completed which module and when.
#include "http/request.hpp"
#include "web/training_pages.hpp"

namespace cps::web {

using i18n::N_;

http::Response TrainingPages::certificate(http::Request& r, Language lang, const Visit&) {
  auto found = training_.certificate(r.param("token"));
  if (!found) return site_.error_page(r, found.error());
  List objectives;
  for (const auto& o : found->objectives) objectives.push_back(Object{{"text", o}});
  Object data{{"name", found->name},
              {"title", found->module_title},
              {"area", area_label(found->area, lang)},
              {"objectives", objectives},
              {"completed", day_text(lang, found->completed_at)}};
  return site_.page(r, lang, "training_certificate", site_.tr(lang, N_("Certificate of completion")), std::move(data));
}

}  // namespace cps::web
