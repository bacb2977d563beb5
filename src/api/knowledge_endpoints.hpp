// The JSON API of the knowledge base: search and list with the page's parameters (and CSV,
// XLSX or JSON downloads), read, create, replace and delete items, and the review workflow the
// item page offers (submit, publish, return with a reason, archive, restore a revision); writes
// need a session with its form token or an API token allowed to write.
#pragma once

#include <boost/json.hpp>

#include "auth/authenticator.hpp"
#include "domain/knowledge/knowledge_service.hpp"
#include "http/router.hpp"

namespace cps::api {

class KnowledgeEndpoints {
 public:
  KnowledgeEndpoints(knowledge::KnowledgeService& knowledge, auth::Authenticator& authenticator)
      : knowledge_(knowledge), auth_(authenticator) {}
  void add_routes(http::Router& router);

 private:
  http::Response list(http::Request& r, const auth::Visit& v);
  http::Response item(http::Request& r, const auth::Visit& v);
  // One item as every single-item answer gives it: item_json with its machine translations that
  // still count and the languages it may be machine-translated into.
  http::Response create(http::Request& r, const auth::Visit& v);
  http::Response replace(http::Request& r, const auth::Visit& v);
  http::Response remove(http::Request& r, const auth::Visit& v);
  http::Response submit(http::Request& r, const auth::Visit& v);
  http::Response publish(http::Request& r, const auth::Visit& v);
  http::Response send_back(http::Request& r, const auth::Visit& v);
  http::Response archive(http::Request& r, const auth::Visit& v);
  // One step of the workflow: the body names the revision it started from (and, to return an
  // item, the reason); the answer is the item as GET returns it after the step.
  http::Response move(http::Request& r, const auth::Visit& v, knowledge::KnowledgeService::Transition step);
  http::Response restore(http::Request& r, const auth::Visit& v);
  // The machine translation of the item's title and summary into the body's language: 201
  // when made now, 200 when it was kept from before.
  http::Response machine_translate(http::Request& r, const auth::Visit& v);
  http::Response import(http::Request& r, const auth::Visit& v);
  http::Response attachments(http::Request& r, const auth::Visit& v);
  http::Response attach(http::Request& r, const auth::Visit& v);
  http::Response download(http::Request& r, const auth::Visit& v);
  http::Response detach(http::Request& r, const auth::Visit& v);

  knowledge::KnowledgeService& knowledge_;
  auth::Authenticator& auth_;
};

// An item as the API and the JSON download write it: its input's JSON shape
// (knowledge::input_json, read back by knowledge::read_input, so what is exported can be
// imported) with its id, status, revision, author, dates and the budget's euro value.
boost::json::object item_json(const knowledge::KnowledgeItem& item);
// A machine translation with its status ("machine"), what it was made from and by, and the
// label every reader is shown beside it.
boost::json::object machine_translation_json(const knowledge::MachineTranslation& translation);

}  // namespace cps::api
