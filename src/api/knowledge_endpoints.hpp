// The JSON API of the knowledge base: search and list with the page's parameters (and CSV,
// XLSX or JSON downloads), read, create, replace and delete items; writes need a session
// with its form token or an API token allowed to write.
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
  http::Response create(http::Request& r, const auth::Visit& v);
  http::Response replace(http::Request& r, const auth::Visit& v);
  http::Response remove(http::Request& r, const auth::Visit& v);
  http::Response import(http::Request& r, const auth::Visit& v);
  http::Response attachments(http::Request& r, const auth::Visit& v);
  http::Response attach(http::Request& r, const auth::Visit& v);
  http::Response download(http::Request& r, const auth::Visit& v);
  http::Response detach(http::Request& r, const auth::Visit& v);

  knowledge::KnowledgeService& knowledge_;
  auth::Authenticator& auth_;
};

// An item as the API and the JSON download write it, and an input read back from the same
// shape (so what is exported can be imported).
boost::json::object item_json(const knowledge::KnowledgeItem& item);
Result<knowledge::ItemInput> item_input(const boost::json::object& body);
// The items of a JSON download ({"items": [...]}), each read with item_input; problems are
// reported per item (1-based) rather than stopping at the first.
Result<std::vector<knowledge::ItemInput>> items_of_download(std::string_view json,
                                                            std::vector<knowledge::KnowledgeService::ImportProblem>& problems);

// The file types an import reads: the JSON download and the CSV download.
enum class ImportFormat { json, csv };

// Imports the items of a download in `format` as `who` (KnowledgeService::import_items):
// a file that cannot be read fails with its error; problems of items are added to `problems`
// (CSV ones with their line and column) and the import fails with kind unprocessable,
// storing nothing.
Result<knowledge::KnowledgeService::ImportSummary> import_knowledge(
    knowledge::KnowledgeService& knowledge, const accounts::Principal& who, std::string_view file, ImportFormat format,
    std::vector<knowledge::KnowledgeService::ImportProblem>& problems);

}  // namespace cps::api
