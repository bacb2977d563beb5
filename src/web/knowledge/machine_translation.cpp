// An item page's machine translation: the kept translation of the title and summary into the
// reader's language (or English) with its label, or the form that asks for it; and that form's
// answer.
#include "web/knowledge/parts.hpp"

namespace cps::web {

namespace {

std::string item_href(i18n::Language lang, ItemId id) {
  return Site::prefix(lang) + "/knowledge/" + std::to_string(id.value());
}

}  // namespace

Result<Object> KnowledgePages::machine_translation_box(const KnowledgeItem& item, Language lang,
                                                       const Capabilities& can) {
  auto target = knowledge_.machine_target(item, i18n::code(lang));
  auto kept = knowledge_.machine_translations(item);
  if (!kept) return std::unexpected(kept.error());
  // The kept translation into the reader's language first, else into English: the language
  // a reader is offered, and one kept before even when no engine is there any more.
  const MachineTranslation* shown = nullptr;
  for (std::string_view language : {std::string_view(i18n::code(lang)), std::string_view("en")})
    for (const auto& t : *kept)
      if (!shown && t.text.language == language) shown = &t;
  if (!shown && !(target && can.machine_translate)) return Object{};
  std::string language = shown ? shown->text.language : *target;
  Object box{{"language", language},
             {"target_name", site_.tr(lang, language_name(language))},
             {"action", item_href(lang, item.id) + "/machine-translation"},
             {"may_make", !shown}};
  if (shown) {
    box["has_translation"] = true;
    box["title"] = shown->text.title;
    box["summary"] = shown->text.summary;
    box["source_name"] = site_.tr(lang, language_name(shown->source_language));
    box["original_href"] = item_href(lang, item.id) + "?text=" + item.content.original_language;
    box["original_code"] = item.content.original_language;
    box["made"] = date_of(shown->made_at);
    box["engine"] = shown->engine;
  }
  return Object{{"machine", box}};
}

http::Response KnowledgePages::machine_translate(http::Request& r, Language lang, const Visit& v, const Form& f) {
  auto id = http::path_id<ItemId>(r, "id");
  if (!id) return site_.error_page(r, Error{ErrorKind::not_found, "Not found."});
  auto done = knowledge_.machine_translate(v.principal, *id, f.get("language"));
  if (!done) {
    const Error& e = done.error();
    // A language that cannot be had or an engine that failed: the item's page again, saying so.
    if (e.kind != ErrorKind::invalid && e.kind != ErrorKind::unavailable) return site_.error_page(r, e);
    return item_page(r, lang, v, Object{{"machine_error", site_.tr(lang, e.message)}}, form_status(e));
  }
  return see_other(site_, r, item_href(lang, *id) + "#machine-translation");
}

}  // namespace cps::web
