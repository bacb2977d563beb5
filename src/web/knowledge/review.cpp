// The review workflow (submit, publish, send back, archive) and comments on an item.
#include "web/knowledge/parts.hpp"

namespace cps::web {

http::Response KnowledgePages::workflow(http::Request& r, Language lang, const Visit& v, const Form& f) {
  auto id = http::path_id<ItemId>(r, "id");
  if (!id) return site_.error_page(r, Error{ErrorKind::not_found, "Not found."});
  std::string step = f.get("step");
  KnowledgeService::Transition t;
  if (step == "submit") t = KnowledgeService::Transition::submit;
  else if (step == "publish") t = KnowledgeService::Transition::publish;
  else if (step == "send_back") t = KnowledgeService::Transition::send_back;
  else if (step == "archive") t = KnowledgeService::Transition::archive;
  else return site_.error_page(r, Error{ErrorKind::invalid, "Choose a step from the list.", "step"});
  auto revision = text::parse_int(f.get("revision"));
  auto done = knowledge_.transition(v.principal, *id, revision ? int(*revision) : 0, t, text::trim(f.get("note")));
  if (!done) return site_.error_page(r, done.error());
  return see_other(site_, r, Site::prefix(lang) + "/knowledge/" + std::to_string(id->value()) + "?done=workflow");
}

http::Response KnowledgePages::add_comment(http::Request& r, Language lang, const Visit& v, const Form& f) {
  auto id = http::path_id<ItemId>(r, "id");
  if (!id) return site_.error_page(r, Error{ErrorKind::not_found, "Not found."});
  auto done = knowledge_.comment(v.principal, *id, f.get("body"));
  if (!done) return site_.error_page(r, done.error());
  return see_other(site_, r, Site::prefix(lang) + "/knowledge/" + std::to_string(id->value()) + "?done=comment#comments");
}

http::Response KnowledgePages::hide_comment(http::Request& r, Language lang, const Visit& v, const Form& f) {
  auto id = http::path_id<ItemId>(r, "id");
  auto comment = http::path_id<CommentId>(r, "comment");
  if (!id || !comment) return site_.error_page(r, Error{ErrorKind::not_found, "Not found."});
  auto done = knowledge_.hide_comment(v.principal, *id, *comment, f.get("reason"));
  if (!done) return site_.error_page(r, done.error());
  return see_other(site_, r, Site::prefix(lang) + "/knowledge/" + std::to_string(id->value()) + "#comments");
}

}  // namespace cps::web
