// An item's revision history with the differences between revisions, and restoring one.
#include "web/knowledge/parts.hpp"

#include "core/text_diff.hpp"

namespace cps::web {

http::Response KnowledgePages::history(http::Request& r, Language lang, const Visit& v) {
  auto id = http::path_id<ItemId>(r, "id");
  if (!id) return site_.error_page(r, Error{ErrorKind::not_found, "Not found."});
  auto current = knowledge_.item(v.principal, *id);
  if (!current) return site_.error_page(r, current.error());
  auto revisions = knowledge_.revisions(v.principal, *id);
  if (!revisions) return site_.error_page(r, revisions.error());
  auto can = knowledge_.capabilities(v.principal, *current);
  std::string base = Site::prefix(lang) + "/knowledge/" + std::to_string(id->value());
  // Each revision with what changed since the one before it.
  auto render = [](std::string_view a, std::string_view b) { return text::diff_html(text::diff_words(a, b)); };
  List list;
  for (std::size_t i = 0; i < revisions->size(); ++i) {
    const Revision& rev = (*revisions)[i];
    const Revision* before = i + 1 < revisions->size() ? &(*revisions)[i + 1] : nullptr;
    List changes;
    if (before) {
      auto field = [&](const char* label, const std::string& a, const std::string& b) {
        if (a != b) changes.push_back(Object{{"field", site_.tr(lang, label)}, {"diff_html", render(a, b)}});
      };
      std::set<std::string> languages;
      for (const auto& t : before->content.texts) languages.insert(t.language);
      for (const auto& t : rev.content.texts) languages.insert(t.language);
      for (const auto& l : languages) {
        ItemText a, b;
        for (const auto& t : before->content.texts)
          if (t.language == l) a = t;
        for (const auto& t : rev.content.texts)
          if (t.language == l) b = t;
        std::string suffix = " (" + std::string(language_endonym(l)) + ")";
        auto text_field = [&](const char* label, const std::string& x, const std::string& y) {
          if (x != y)
            changes.push_back(Object{{"field", site_.tr(lang, label) + suffix}, {"diff_html", render(x, y)}});
        };
        text_field(N_("Title"), a.title, b.title);
        text_field(N_("Summary"), a.summary, b.summary);
        text_field(N_("Description"), a.body, b.body);
        text_field(N_("Results and evidence"), a.results, b.results);
        text_field(N_("Lessons learned"), a.lessons, b.lessons);
        text_field(N_("Transferability"), a.transferability, b.transferability);
      }
      auto joined = [](const std::vector<std::string>& v) {
        std::string s;
        for (const auto& x : v) s += (s.empty() ? "" : ", ") + x;
        return s;
      };
      field(N_("Thematic areas"), joined(before->content.areas), joined(rev.content.areas));
      field(N_("Countries"), joined(before->content.countries), joined(rev.content.countries));
      field(N_("Regions"), joined(before->content.regions), joined(rev.content.regions));
      field(N_("Sectors"), joined(before->content.sectors), joined(rev.content.sectors));
      field(N_("Kind"), site_.tr(lang, kind_label(before->content.kind)), site_.tr(lang, kind_label(rev.content.kind)));
      field(N_("Funding source"), before->content.funding_source, rev.content.funding_source);
      field(N_("Sources"), sources_text(before->content.sources), sources_text(rev.content.sources));
      field(N_("Target groups"), joined(before->content.target_groups), joined(rev.content.target_groups));
    }
    list.push_back(Object{{"number", std::to_string(rev.number)},
                          {"author", rev.author_name},
                          {"date", date_of(rev.saved_at)},
                          {"note", rev.note},
                          {"status", site_.tr(lang, item_status_label(rev.status))},
                          {"changes", changes},
                          {"has_changes", !changes.empty()},
                          {"is_current", rev.number == current->revision},
                          {"may_restore", can.restore && rev.number != current->revision && current->status != ItemStatus::archived}});
  }
  Object data{{"title", current->text(i18n::code(lang)).title},
              {"item_href", base},
              {"restore_action", base + "/restore"},
              {"revision", std::to_string(current->revision)},
              {"revisions", list}};
  if (r.query_value("done") == "restored") data["notice"] = site_.tr(lang, N_("The revision is restored."));
  return site_.page(r, lang, "knowledge_history", site_.tr(lang, N_("Revision history")), std::move(data));
}

http::Response KnowledgePages::restore(http::Request& r, Language lang, const Visit& v, const Form& f) {
  auto id = http::path_id<ItemId>(r, "id");
  if (!id) return site_.error_page(r, Error{ErrorKind::not_found, "Not found."});
  auto revision = text::parse_int(f.get("revision"));
  auto number = text::parse_int(f.get("number"));
  if (!number) return site_.error_page(r, Error{ErrorKind::invalid, "Choose a revision from the list.", "number"});
  auto done = knowledge_.restore(v.principal, *id, revision ? int(*revision) : 0, int(*number));
  if (!done) return site_.error_page(r, done.error());
  return see_other(site_, r, Site::prefix(lang) + "/knowledge/" + std::to_string(id->value()) + "/history?done=restored");
}

}  // namespace cps::web
