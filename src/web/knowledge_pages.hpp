// Pages of the knowledge base: an item with its language versions, the forms to write and
// edit items, the review workflow, the revision history with differences, comments, the
// viewer's own items and the review queue. Who may do what is the knowledge service's call.
// The handlers live in web/knowledge/, one file per part of the site (search, item, form …).
#pragma once

#include "domain/accounts/organisation_service.hpp"
#include "domain/assessment/assessment_service.hpp"
#include "domain/knowledge/knowledge_service.hpp"
#include "domain/pilot/pilot_service.hpp"
#include "domain/reference/reference_service.hpp"
#include "domain/statistics/statistics_service.hpp"
#include "domain/transfer/transfer_service.hpp"
#include "http/router.hpp"
#include "web/forms.hpp"
#include "web/site.hpp"

namespace cps::web {

class KnowledgePages {
 public:
  // With statistics, item pages suggest the regions most alike to the item's regions as
  // places the practice could transfer to; with assessments, they say how many cite them;
  // with pilots, which pilots tested the practice and with what result.
  KnowledgePages(const Site& site, knowledge::KnowledgeService& knowledge, reference::ReferenceService& reference,
                 accounts::OrganisationService& organisations, statistics::StatisticsService* statistics = nullptr,
                 std::string public_url = "http://127.0.0.1:8080/",
                 assessment::AssessmentService* assessments = nullptr, pilot::PilotService* pilots = nullptr,
                 transfer::TransferService* transfers = nullptr)
      : site_(site), knowledge_(knowledge), reference_(reference), organisations_(organisations),
        statistics_(statistics), public_url_(std::move(public_url)), assessments_(assessments), pilots_(pilots),
        transfers_(transfers) {}

  void add_routes(http::Router& router);

 private:
  using Language = i18n::Language;
  using Visit = auth::Visit;

  http::Response search(http::Request& r, Language lang, const Visit& v);
  // An Atom feed of newly published items, with the search page's filters (area, kind,
  // country, region, lang); entries in the UI language given by `ui` (English by default).
  http::Response feed(http::Request& r);
  http::Response item(http::Request& r, Language lang, const Visit& v);
  // The item page with `extra` (a refused upload's message) merged in, answered with `status`.
  http::Response item_page(http::Request& r, Language lang, const Visit& v, Object extra, http::bhttp::status status);
  http::Response attach(http::Request& r, Language lang, const Visit& v, const Form& f);
  http::Response download(http::Request& r, Language lang, const Visit& v);
  http::Response detach(http::Request& r, Language lang, const Visit& v, const Form& f);
  http::Response new_item(http::Request& r, Language lang, const Visit& v);
  http::Response create(http::Request& r, Language lang, const Visit& v, const Form& f);
  http::Response edit(http::Request& r, Language lang, const Visit& v);
  http::Response save(http::Request& r, Language lang, const Visit& v, const Form& f);
  http::Response workflow(http::Request& r, Language lang, const Visit& v, const Form& f);
  http::Response history(http::Request& r, Language lang, const Visit& v);
  http::Response restore(http::Request& r, Language lang, const Visit& v, const Form& f);
  http::Response add_comment(http::Request& r, Language lang, const Visit& v, const Form& f);
  http::Response hide_comment(http::Request& r, Language lang, const Visit& v, const Form& f);
  http::Response mine(http::Request& r, Language lang, const Visit& v);
  // Asks for the machine translation of the item's title and summary (the form's `language`).
  http::Response machine_translate(http::Request& r, Language lang, const Visit& v, const Form& f);
  // The item page's machine translation (`machine`): the kept one into the reader's language
  // or English with its label, or the form asking for it when the viewer may; empty otherwise.
  Result<Object> machine_translation_box(const knowledge::KnowledgeItem& item, Language lang,
                                         const knowledge::Capabilities& can);
  http::Response review_queue(http::Request& r, Language lang, const Visit& v);

  // The form for an item (new when `current` is null) editing the text of `text_language`,
  // filled from `input`, with `extra` (errors, notices) merged in.
  http::Response form_page(http::Request& r, Language lang, const Visit& v, const knowledge::KnowledgeItem* current,
                           const knowledge::ItemInput& input, const std::string& text_language, Object extra,
                           http::bhttp::status status);
  // A list of items as cards (my items, the review queue).
  http::Response list_page(http::Request& r, Language lang, const Visit& v, knowledge::ItemFilter filter,
                           const std::string& title, const std::string& template_name);
  Object card(const knowledge::KnowledgeItem& item, Language lang) const;
  // "What this is about" (templates/knowledge_about.mustache) in the reader's language.
  Object about_view(const knowledge::About& about, Language lang, knowledge::ItemId item) const;

  const Site& site_;
  knowledge::KnowledgeService& knowledge_;
  reference::ReferenceService& reference_;
  accounts::OrganisationService& organisations_;
  statistics::StatisticsService* statistics_;
  std::string public_url_;  // absolute addresses in feeds
  assessment::AssessmentService* assessments_;  // with it, items say how often assessments cite them
  pilot::PilotService* pilots_;  // with it, items say which pilots tested them ("tested in pilots")
  transfer::TransferService* transfers_;  // with it, items say where they were transferred, with results
};

}  // namespace cps::web
