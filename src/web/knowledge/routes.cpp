// The knowledge pages' routes, the card an item shows as in lists, and the lists of one's own
// items and of the review queue.
#include "web/knowledge/parts.hpp"

namespace cps::web {

void KnowledgePages::add_routes(http::Router& router) {
  auto page = [this](auto handler) { return on_page(site_, this, handler); };
  auto form = [this](auto handler) { return on_form(site_, this, handler); };
  using V = bhttp::verb;
  http::RouteOptions long_form{256 * 1024};
  router.get("/{lang}/knowledge", page(&KnowledgePages::search));
  router.get("/feeds/knowledge.atom", [this](http::Request& r) { return feed(r); });
  router.get("/{lang}/knowledge/new", page(&KnowledgePages::new_item));
  router.add(V::post, "/{lang}/knowledge/new", form(&KnowledgePages::create), long_form);
  router.get("/{lang}/knowledge/mine", page(&KnowledgePages::mine));
  router.get("/{lang}/knowledge/review", page(&KnowledgePages::review_queue));
  router.get("/{lang}/knowledge/{id}", page(&KnowledgePages::item));
  router.get("/{lang}/knowledge/{id}/edit", page(&KnowledgePages::edit));
  router.add(V::post, "/{lang}/knowledge/{id}/edit", form(&KnowledgePages::save), long_form);
  router.add(V::post, "/{lang}/knowledge/{id}/workflow", form(&KnowledgePages::workflow));
  router.get("/{lang}/knowledge/{id}/history", page(&KnowledgePages::history));
  router.add(V::post, "/{lang}/knowledge/{id}/restore", form(&KnowledgePages::restore));
  router.add(V::post, "/{lang}/knowledge/{id}/comments", form(&KnowledgePages::add_comment));
  router.add(V::post, "/{lang}/knowledge/{id}/machine-translation", form(&KnowledgePages::machine_translate));
  router.add(V::post, "/{lang}/knowledge/{id}/comments/{comment}/hide", form(&KnowledgePages::hide_comment));
  // The body may exceed the attachment limit a little (the form's other fields and the
  // multipart framing), so that a file just over the limit gets the form's message.
  router.add(V::post, "/{lang}/knowledge/{id}/attachments",
             on_form(site_, this, &KnowledgePages::attach, FormBodies::with_files),
             http::RouteOptions{knowledge_.attachment_settings().max_bytes + 64 * 1024, http::BodyTypes::of_family});
  router.get("/{lang}/knowledge/{id}/attachments/{attachment}", page(&KnowledgePages::download));
  router.add(V::post, "/{lang}/knowledge/{id}/attachments/{attachment}/remove", form(&KnowledgePages::detach));
}

Object KnowledgePages::card(const KnowledgeItem& item, Language lang) const {
  const ItemText& t = item.text(i18n::code(lang));
  List areas;
  for (const auto& a : item.content.areas) areas.push_back(Object{{"code", a}});
  return Object{{"href", Site::prefix(lang) + "/knowledge/" + std::to_string(item.id.value())},
                {"title", t.title},
                {"summary", t.summary},
                {"language", t.language},
                {"language_name", std::string(language_endonym(t.language))},
                {"kind", site_.tr(lang, kind_label(item.content.kind))},
                {"status", site_.tr(lang, item_status_label(item.status))},
                {"status_code", std::string(to_string(item.status))},
                {"areas", areas},
                {"updated", date_of(item.updated_at)}};
}

http::Response KnowledgePages::list_page(http::Request& r, Language lang, const Visit& v, ItemFilter filter,
                                         const std::string& title, const std::string& template_name) {
  auto found = knowledge_.list(v.principal, std::move(filter), "date", 200, 0);
  if (!found) return site_.error_page(r, found.error());
  List cards;
  for (const auto& item : found->first) cards.push_back(card(item, lang));
  Object data{{"items", cards},
              {"has_items", !cards.empty()},
              {"count_text", site_.catalogue().translate_count(lang, NP_("{count} item", "{count} items"),
                                                               (long long)found->second)},
              {"new_href", Site::prefix(lang) + "/knowledge/new"}};
  return site_.page(r, lang, template_name, title, std::move(data));
}

http::Response KnowledgePages::mine(http::Request& r, Language lang, const Visit& v) {
  if (!v.principal.signed_in()) return site_.error_page(r, Error{ErrorKind::unauthenticated, "Please sign in first."});
  ItemFilter filter;
  filter.author = v.principal.user;
  return list_page(r, lang, v, filter, site_.tr(lang, N_("My items")), "knowledge_mine");
}

http::Response KnowledgePages::review_queue(http::Request& r, Language lang, const Visit& v) {
  if (!v.principal.signed_in()) return site_.error_page(r, Error{ErrorKind::unauthenticated, "Please sign in first."});
  ItemFilter filter;
  filter.status = ItemStatus::in_review;
  // Coordinators see the items of their areas; the service's visibility decides the rest.
  return list_page(r, lang, v, filter, site_.tr(lang, N_("Items to review")), "knowledge_review");
}

}  // namespace cps::web
