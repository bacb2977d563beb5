// Pages of policy transfers: the transfer map (origin → destination flows between regions,
// over the years, with the same flows as a table), the list of transfers with their results,
// a transfer's page following it from the practice to the evidence, the form to record or
// change one, and a practice's history of transfers (also a section of the knowledge item's
// page). What the viewer may do is the service's call. The handlers live in web/transfer/.
#pragma once

#include <cstdint>

#include "domain/accounts/organisation_service.hpp"
#include "domain/reference/reference_service.hpp"
#include "domain/transfer/transfer_service.hpp"
#include "http/router.hpp"
#include "web/forms.hpp"
#include "web/site.hpp"

namespace cps::web {

class TransferPages {
 public:
  TransferPages(const Site& site, transfer::TransferService& transfers, reference::ReferenceService& reference,
                accounts::OrganisationService& organisations)
      : site_(site), transfers_(transfers), reference_(reference), organisations_(organisations) {}

  void add_routes(http::Router& router);

 private:
  using Language = i18n::Language;
  using Visit = auth::Visit;
  using Status = http::bhttp::status;

  http::Response list(http::Request& r, Language lang, const Visit& v);          // routes.cpp
  http::Response item(http::Request& r, Language lang, const Visit& v);          // item.cpp
  http::Response history(http::Request& r, Language lang, const Visit& v);       // item.cpp
  http::Response new_transfer(http::Request& r, Language lang, const Visit& v);  // form.cpp
  http::Response create(http::Request& r, Language lang, const Visit& v, const Form& f);
  http::Response edit(http::Request& r, Language lang, const Visit& v);
  http::Response save(http::Request& r, Language lang, const Visit& v, const Form& f);
  // The form for a new transfer (shown null) or a stored one; `typed` (a refused form) fills
  // the fields again so that nothing typed is lost, `extra` holds the refusal's message.
  http::Response form_page(http::Request& r, Language lang, const Visit& v, const transfer::Transfer* shown,
                           const Form* typed, Object extra, Status status);

  const Site& site_;
  transfer::TransferService& transfers_;
  reference::ReferenceService& reference_;
  accounts::OrganisationService& organisations_;
};

// The knowledge item page's section "Transferred to …": the practice's transfers with their
// results ("transfers", "has_transfers", "transfer_summary", "transfers_href",
// "record_transfer_href", "may_record_transfer"). Empty data for an item the history hides.
Result<Object> practice_transfers(const Site& site, reference::ReferenceService& reference,
                                  transfer::TransferService& transfers, const accounts::Principal& who,
                                  i18n::Language lang, std::int64_t item);

}  // namespace cps::web
