// The knowledge service's machine translations: which language a reader is offered, which
// kept translations still count, and making one once for every later reader.
#include <algorithm>

#include "domain/accounts/policy.hpp"
#include "domain/knowledge/knowledge_service.hpp"
#include "domain/knowledge/service_parts.hpp"
#include "i18n/catalogue.hpp"

namespace cps::knowledge {

using accounts::Action;
using accounts::Principal;
using i18n::N_;

namespace {

bool has_version(const KnowledgeItem& item, std::string_view language) {
  const auto& texts = item.content.texts;
  return std::any_of(texts.begin(), texts.end(), [&](const ItemText& t) { return t.language == language; });
}

const ItemText& original_of(const KnowledgeItem& item) { return item.text(item.content.original_language); }

// A kept translation counts while the original still reads as it did when it was made: a
// revision that changes the original's title or summary (or its language) makes it stale,
// and one that leaves them (a workflow step, another field, another language) does not. A
// version written by a person in the same language replaces it on every page.
bool still_counts(const KnowledgeItem& item, const MachineTranslation& t) {
  const ItemText& original = original_of(item);
  return t.source_language == item.content.original_language && t.source_title == original.title &&
         t.source_summary == original.summary && !has_version(item, t.text.language);
}

}  // namespace

std::vector<std::string> KnowledgeService::machine_targets(const KnowledgeItem& item) const {
  std::vector<std::string> out;
  if (!translator_) return out;
  for (const auto& pair : translator_->pairs())
    if (pair.from == item.content.original_language && !has_version(item, pair.to)) out.push_back(pair.to);
  return out;
}

std::optional<std::string> KnowledgeService::machine_target(const KnowledgeItem& item,
                                                            std::string_view reader_language) const {
  auto targets = machine_targets(item);
  for (std::string_view language : {reader_language, std::string_view("en")})
    if (std::find(targets.begin(), targets.end(), language) != targets.end()) return std::string(language);
  return std::nullopt;
}

Result<std::vector<MachineTranslation>> KnowledgeService::machine_translations(const KnowledgeItem& item) {
  auto kept = repository_.machine_translations(item.id);
  if (!kept) return std::unexpected(kept.error());
  std::erase_if(*kept, [&](const MachineTranslation& t) { return !still_counts(item, t); });
  return std::move(*kept);
}

Result<MachineTranslationAnswer> KnowledgeService::machine_translate(const Principal& who, ItemId id,
                                                                     const std::string& language) {
  if (!accounts::allowed(who, Action::machine_translate_knowledge)) return std::unexpected(refusal(who));
  if (auto ok = require_write(who); !ok) return std::unexpected(ok.error());
  auto found = item(who, id);
  if (!found) return std::unexpected(found.error());
  const KnowledgeItem& it = *found;
  if (!is_content_language(language)) return fail(ErrorKind::invalid, N_("Choose the language from the list."), "language");
  if (has_version(it, language))
    return fail(ErrorKind::invalid, N_("This item has a version in this language already."), "language");

  auto kept = machine_translations(it);
  if (!kept) return std::unexpected(kept.error());
  for (auto& t : *kept)
    if (t.text.language == language) return MachineTranslationAnswer{std::move(t), Made::earlier};

  LanguagePair pair{it.content.original_language, language};
  if (!translator_ || !translator_->translates(pair))
    return fail(ErrorKind::invalid, N_("No machine translation into this language is available for this item."),
                "language");
  const ItemText& original = original_of(it);
  // Title and summary only: they are plain text, while the other fields are Markdown, whose
  // markup an engine would translate or break.
  auto title = translator_->translate(pair, original.title);
  if (!title) return std::unexpected(title.error());
  auto summary = translator_->translate(pair, original.summary);
  if (!summary) return std::unexpected(summary.error());

  MachineTranslation t;
  t.item = id;
  t.text.language = language;
  t.text.title = std::move(*title);
  t.text.summary = std::move(*summary);
  t.text.translation = Translation::machine;
  t.source_language = pair.from;
  t.source_title = original.title;
  t.source_summary = original.summary;
  t.revision = it.revision;
  t.engine = translator_->engine(pair);
  t.requested_by = who.user;
  t.made_at = now();
  auto saved = repository_.save_machine_translation(
      t, audit_line(who, "knowledge.machine_translated", "knowledge:" + std::to_string(id.value()),
                    pair.from + " → " + pair.to + " (" + t.engine + ")"));
  if (!saved) return std::unexpected(saved.error());
  return MachineTranslationAnswer{std::move(t), Made::now};
}

}  // namespace cps::knowledge
