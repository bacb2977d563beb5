// Pages of the policy helpdesk: the lists (my questions, those assigned to me, all for those
// who answer; filters status and area), the form to ask about a region's need, and a question's
// page with its assignment, answer (which becomes a draft knowledge item) and closing. What the
// viewer may do is the service's Capabilities; the service checks it again. The handlers live in
// web/helpdesk/.
#pragma once

#include <string>

#include "domain/helpdesk/helpdesk_service.hpp"
#include "domain/reference/reference_service.hpp"
#include "http/router.hpp"
#include "web/forms.hpp"
#include "web/site.hpp"

namespace cps::web {

class HelpdeskPages {
 public:
  HelpdeskPages(const Site& site, helpdesk::HelpdeskService& helpdesk, reference::ReferenceService& reference)
      : site_(site), helpdesk_(helpdesk), reference_(reference) {}

  void add_routes(http::Router& router);

 private:
  using Language = i18n::Language;
  using Visit = auth::Visit;
  using Status = http::bhttp::status;

  // questions.cpp
  http::Response list(http::Request& r, Language lang, const Visit& v);
  http::Response new_question(http::Request& r, Language lang, const Visit& v);
  http::Response ask(http::Request& r, Language lang, const Visit& v, const Form& f);
  http::Response form_page(http::Request& r, Language lang, const Visit& v, const Form* typed, Object extra,
                           Status status);
  // question.cpp
  http::Response question(http::Request& r, Language lang, const Visit& v);
  http::Response assign(http::Request& r, Language lang, const Visit& v, const Form& f);
  http::Response answer(http::Request& r, Language lang, const Visit& v, const Form& f);
  http::Response close(http::Request& r, Language lang, const Visit& v, const Form& f);
  // The question's page; `typed` (a refused form) fills that form's fields again, `extra`
  // holds the refusal's message.
  http::Response question_page(http::Request& r, Language lang, const Visit& v, const Form* typed, Object extra,
                               Status status);

  // "Nord-Est (RO21)", or the code when the reference data do not know it.
  std::string region_label(const RegionCode& code) const;
  // "WG4 · Cluster management" in the language.
  std::string area_label(const AreaCode& code, Language lang) const;
  // The need in words: "Criterion WG4.2", "Thematic area WG4", "Sector C".
  std::string need_label(const std::string& need, Language lang) const;
  // A date YYYY-MM-DD as the language writes it.
  std::string date_text(Language lang, const std::string& date) const;

  const Site& site_;
  helpdesk::HelpdeskService& helpdesk_;
  reference::ReferenceService& reference_;
};

}  // namespace cps::web
