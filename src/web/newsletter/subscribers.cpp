// The subscribers, for who sends newsletters: how many are active, pending or gone, and the
// suppressed addresses with the reason (the mail gateway's bounces).
#include "web/knowledge_labels.hpp"
#include "web/newsletter_pages.hpp"

namespace cps::web {

using i18n::N_;
using i18n::NP_;
using namespace cps::newsletter;

namespace {

const char* status_label(SubscriberStatus s) {
  switch (s) {
    case SubscriberStatus::pending: return N_("Waiting for confirmation");
    case SubscriberStatus::active: return N_("Subscribed");
    case SubscriberStatus::unsubscribed: return N_("Unsubscribed");
  }
  return "";
}

}  // namespace

http::Response NewsletterPages::subscribers(http::Request& r, Language lang, const Visit& v) {
  auto found = newsletter_.subscribers(v.principal);
  if (!found) return site_.error_page(r, found.error());
  List rows, suppressed;
  long long active = 0;
  for (const auto& s : *found) {
    if (s.status == SubscriberStatus::active && !s.suppressed()) ++active;
    Object row{{"email", s.email},
               {"language_name", std::string(language_endonym(s.language))},
               {"status", site_.tr(lang, status_label(s.status))},
               {"segment", segment_text(lang, s.segment)},
               {"since", date_text(lang, s.created_at)}};
    if (s.suppressed()) {
      row["reason"] = s.suppressed_reason;
      row["suppressed_on"] = date_text(lang, s.suppressed_at);
      suppressed.push_back(std::move(row));
    } else {
      rows.push_back(std::move(row));
    }
  }
  Object data{{"rows", rows},
              {"has_rows", !rows.empty()},
              {"suppressed", suppressed},
              {"has_suppressed", !suppressed.empty()},
              {"active_text", site_.catalogue().translate_count(
                                  lang, NP_("{count} address gets the newsletter", "{count} addresses get the newsletter"),
                                  active)},
              {"archive_href", Site::prefix(lang) + "/newsletter/issues"}};
  return site_.page(r, lang, "newsletter_subscribers", site_.tr(lang, N_("Newsletter subscribers")), std::move(data));
}

}  // namespace cps::web
