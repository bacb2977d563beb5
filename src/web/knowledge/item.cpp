// The page of one knowledge item: its text in the chosen language, its facts and sources,
// attachments, comments, the workflow steps the viewer may take and related items.
#include "web/knowledge/parts.hpp"

#include "files/inspection.hpp"
#include "web/markdown.hpp"
#include "web/division_labels.hpp"
#include "web/pilot_labels.hpp"
#include "web/transfer_pages.hpp"

namespace cps::web {

namespace {

// The short name people know a file type by.
std::string media_type_label(std::string_view media_type) {
  if (media_type == files::kPdf) return "PDF";
  if (media_type == files::kDocx) return "DOCX";
  if (media_type == files::kXlsx) return "XLSX";
  if (media_type == "image/webp") return "WebP";
  std::string out(media_type.substr(media_type.find('/') + 1));
  for (char& c : out) c = char(std::toupper(static_cast<unsigned char>(c)));
  return out;
}

std::string size_text(const i18n::Catalogue& cat, i18n::Language lang, std::int64_t bytes) {
  if (bytes < 1024 * 1024) return cat.format_integer(lang, std::max<std::int64_t>(1, (bytes + 1023) / 1024)) + " KB";
  return cat.format_decimal(lang, double(bytes) / (1024.0 * 1024.0), 1) + " MB";
}

}  // namespace

http::Response KnowledgePages::item(http::Request& r, Language lang, const Visit& v) {
  return item_page(r, lang, v, {}, bhttp::status::ok);
}

http::Response KnowledgePages::item_page(http::Request& r, Language lang, const Visit& v, Object extra,
                                         bhttp::status status) {
  auto id = http::path_id<ItemId>(r, "id");
  if (!id) return site_.error_page(r, Error{ErrorKind::not_found, "Not found."});
  auto found = knowledge_.item(v.principal, *id);
  if (!found) return site_.error_page(r, found.error());
  const KnowledgeItem& item = *found;
  const ItemInput& c = item.content;
  std::string base = Site::prefix(lang) + "/knowledge/" + std::to_string(id->value());
  // The language version shown: asked for, else the UI language when there is one, else the original.
  std::string shown = r.query_value("text").value_or("");
  auto has = [&](const std::string& l) {
    return std::any_of(c.texts.begin(), c.texts.end(), [&](auto& t) { return t.language == l; });
  };
  if (!has(shown)) shown = has(std::string(i18n::code(lang))) ? std::string(i18n::code(lang)) : c.original_language;
  const ItemText& t = item.text(shown);
  const auto& cat = site_.catalogue();

  List tabs;
  for (const auto& x : c.texts)
    tabs.push_back(Object{{"code", x.language},
                          {"name", std::string(language_endonym(x.language))},
                          {"href", base + "?text=" + x.language},
                          {"current", x.language == shown},
                          {"original", x.translation == Translation::original}});
  List areas;
  auto area_names = reference_.areas(i18n::code(lang));
  for (const auto& a : c.areas) {
    std::string name = a;
    if (area_names)
      for (const auto& n : *area_names)
        if (n.code.str() == a) name = a + " · " + n.name;
    areas.push_back(Object{{"code", a}, {"name", name}, {"href", Site::prefix(lang) + "/knowledge?area=" + a}});
  }
  List countries;
  for (const auto& code : c.countries) {
    auto country = reference_.country(code);
    countries.push_back(Object{{"name", country ? cat.country_name(lang, country->iso_code) : code},
                               {"href", Site::prefix(lang) + "/knowledge?country=" + code}});
  }
  List regions;
  for (const auto& code : c.regions) {
    auto region = reference_.region(code);
    regions.push_back(Object{{"name", region ? region->region.name_latin + " (" + code + ")" : code},
                             {"href", Site::prefix(lang) + "/regions/" + code}});
  }
  // Each sector with its NACE section and cluster category, from the division table (a division
  // the table no longer holds keeps its name, without a category).
  List sectors;
  if (!c.sectors.empty()) {
    auto table = knowledge_.sectors();
    if (!table) return site_.error_page(r, table.error());
    for (const auto& division : c.sectors) {
      auto row = std::find_if(table->begin(), table->end(), [&](const Sector& s) { return s.division == division; });
      const char* section = row != table->end() ? section_label(row->section) : nullptr;
      std::string context = row != table->end() ? row->category : std::string();
      if (section) context += (context.empty() ? "" : " · ") + std::string(1, row->section) + " " + site_.tr(lang, section);
      sectors.push_back(Object{{"name", division_name(site_, lang, division)},
                               {"href", Site::prefix(lang) + "/knowledge?sector=" + division},
                               {"context", context},
                               {"has_context", !context.empty()}});
    }
  }
  List sources;
  for (const auto& s : c.sources)
    sources.push_back(Object{{"title", s.title},
                             {"url", s.url},
                             {"has_url", !s.url.empty()},
                             {"publisher", s.publisher},
                             {"has_publisher", !s.publisher.empty()},
                             {"year", s.year ? std::to_string(*s.year) : ""},
                             {"has_year", s.year.has_value()}});
  List groups;
  for (const auto& g : c.target_groups) groups.push_back(Object{{"name", g}});
  Object budget;
  if (c.budget) {
    budget["amount"] = cat.format_integer(lang, std::llround(c.budget->amount)) + " " + c.budget->currency;
    budget["has_eur"] = c.budget->currency != "EUR";
    budget["eur"] = cat.format_integer(lang, std::llround(c.budget->eur())) + " EUR";
    budget["rate"] = cat.format_decimal(lang, c.budget->eur_rate, 4);
    budget["rate_date"] = c.budget->rate_date;
  }
  std::string years;
  if (c.start_year) years = std::to_string(*c.start_year);
  if (c.end_year) years += "–" + std::to_string(*c.end_year);
  Object contact;
  if (c.contact_organisation) {
    auto profile = organisations_.profile(v.principal, *c.contact_organisation);
    if (profile) {
      contact["name"] = profile->organisation.text(i18n::code(lang)).name;
      contact["href"] = Site::prefix(lang) + "/organisations/" + std::to_string(c.contact_organisation->value());
    }
  }
  auto can = knowledge_.capabilities(v.principal, item);
  auto comments = knowledge_.comments(v.principal, *id);
  if (!comments) return site_.error_page(r, comments.error());
  List comment_list;
  for (const auto& cm : *comments)
    comment_list.push_back(Object{{"author", cm.author_name},
                                  {"date", date_of(cm.created_at)},
                                  {"body", cm.body},
                                  {"hidden", cm.hidden},
                                  {"reason", cm.hidden_reason},
                                  {"hide_action", base + "/comments/" + std::to_string(cm.id.value()) + "/hide"},
                                  {"field_id", "hide-" + std::to_string(cm.id.value())},
                                  {"may_hide", can.moderate && !cm.hidden}});
  Object data{{"title", t.title},
              {"summary", t.summary},
              {"lang_code", t.language},
              {"body_html", render_markdown(t.body)},
              {"results_html", render_markdown(t.results)},
              {"has_results", !text::trim(t.results).empty()},
              {"lessons_html", render_markdown(t.lessons)},
              {"has_lessons", !text::trim(t.lessons).empty()},
              {"transferability_html", render_markdown(t.transferability)},
              {"has_transferability", !text::trim(t.transferability).empty()},
              {"is_translation", t.translation != Translation::original},
              {"original_name", std::string(language_endonym(c.original_language))},
              {"tabs", tabs},
              {"kind", site_.tr(lang, kind_label(c.kind))},
              {"status", site_.tr(lang, item_status_label(item.status))},
              {"status_code", std::string(to_string(item.status))},
              {"not_published", item.status != ItemStatus::published},
              {"timeframe", site_.tr(lang, timeframe_label(c.timeframe))},
              {"years", years},
              {"has_years", !years.empty()},
              {"instrument", c.instrument ? site_.tr(lang, instrument_label(*c.instrument)) : ""},
              {"has_instrument", c.instrument.has_value()},
              {"funding_source", c.funding_source},
              {"has_funding", !c.funding_source.empty()},
              {"budget", budget},
              {"has_budget", c.budget.has_value()},
              {"areas", areas},
              {"countries", countries},
              {"has_countries", !countries.empty()},
              {"regions", regions},
              {"has_regions", !regions.empty()},
              {"sectors", sectors},
              {"has_sectors", !sectors.empty()},
              {"groups", groups},
              {"has_groups", !groups.empty()},
              {"sources", sources},
              {"has_sources", !sources.empty()},
              {"contact", contact},
              {"has_contact", contact.count("name") > 0},
              {"author", item.author_name},
              {"updated", date_of(item.updated_at)},
              {"revision", std::to_string(item.revision)},
              {"may_edit", can.edit},
              {"may_submit", can.submit},
              {"may_review", can.review},
              {"may_publish", can.review && (item.status == ItemStatus::in_review || item.status == ItemStatus::archived)},
              {"may_send_back", can.review && item.status == ItemStatus::in_review},
              {"may_archive", can.review && item.status == ItemStatus::published},
              {"may_comment", can.comment},
              {"comments", comment_list},
              {"has_comments", !comment_list.empty()},
              {"edit_href", base + "/edit?text=" + shown},
              {"translate_href", base + "/edit?text="},
              {"history_href", base + "/history"},
              {"workflow_action", base + "/workflow"},
              {"comment_action", base + "/comments"},
              {"knowledge_href", Site::prefix(lang) + "/knowledge"}};
  auto about = knowledge_.about(item, i18n::code(lang), shown);
  if (!about) return site_.error_page(r, about.error());
  merge(data, about_view(*about, lang, *id));
  if (r.query_value("done") == "saved") data["notice"] = site_.tr(lang, N_("The item is saved."));
  if (r.query_value("done") == "workflow") data["notice"] = site_.tr(lang, N_("The item's status is changed."));
  if (r.query_value("done") == "comment") data["notice"] = site_.tr(lang, N_("Your comment is published."));
  // Related items, and regions alike to the item's (peers that could learn from it).
  if (item.status == ItemStatus::published) {
    auto related = knowledge_.related(v.principal, item, 5);
    if (!related) return site_.error_page(r, related.error());
    List rel;
    for (const auto& other : *related) rel.push_back(card(other, lang));
    data["related"] = rel;
    data["has_related"] = !rel.empty();
  }
  if (statistics_) {
    List peers;
    std::set<std::string> seen(c.regions.begin(), c.regions.end());
    for (const auto& code : c.regions) {
      auto alike = statistics_->similar_regions(code, 3);
      if (!alike) continue;  // a region without figures has no peers to suggest
      for (const auto& n : alike->nearest) {
        if (!seen.insert(n.region).second) continue;
        auto region = reference_.region(n.region);
        peers.push_back(Object{{"name", region ? region->region.name_latin : n.region},
                               {"code", n.region},
                               {"href", Site::prefix(lang) + "/regions/" + n.region},
                               {"alike_to", code}});
      }
    }
    data["peers"] = peers;
    data["has_peers"] = !peers.empty();
  }
  // Languages an editor could add a translation in.
  List missing;
  for (auto code : kContentLanguages)
    if (!has(std::string(code)))
      missing.push_back(Object{{"code", std::string(code)}, {"name", std::string(language_endonym(code))}});
  data["missing_languages"] = missing;
  data["has_missing_languages"] = can.edit && !missing.empty();
  auto attachments = knowledge_.attachments(v.principal, *id);
  if (!attachments) return site_.error_page(r, attachments.error());
  List files;
  for (const auto& a : *attachments) {
    std::string href = base + "/attachments/" + std::to_string(a.id.value());
    files.push_back(Object{{"name", a.file_name},
                           {"type", media_type_label(a.media_type)},
                           {"size", size_text(cat, lang, a.size)},
                           {"href", href},
                           {"remove_action", href + "/remove"}});
  }
  data["attachments"] = files;
  data["has_attachments"] = !files.empty();
  data["may_attach"] = can.edit;
  data["attach_action"] = base + "/attachments";
  data["max_attachment_mb"] = std::to_string(knowledge_.attachment_settings().max_bytes / (1024 * 1024));
  if (r.query_value("done") == "attached") data["notice"] = site_.tr(lang, N_("The file is attached."));
  if (r.query_value("done") == "detached") data["notice"] = site_.tr(lang, N_("The attachment is removed."));
  if (assessments_) {
    auto cited = assessments_->citations(v.principal, id->value());
    if (!cited) return site_.error_page(r, cited.error());
    data["citations"] = cat.format_integer(lang, (long long)*cited);
    data["has_citations"] = *cited > 0;
  }
  if (pilots_) {
    // "Tested in pilot X in region Y: 3 of 4 targets met", with the latest evaluation's result.
    auto tested = pilots_->tested_in(v.principal, id->value(), std::string(i18n::code(lang)));
    if (!tested) return site_.error_page(r, tested.error());
    List pilots;
    for (const auto& t : *tested) {
      std::string regions;
      for (const auto& g : t.regions) {
        auto found = reference_.region(g.str());
        regions += (regions.empty() ? "" : ", ") + (found ? found->region.name_latin + " (" + g.str() + ")" : g.str());
      }
      pilots.push_back(Object{
          {"title", t.title},
          {"href", Site::prefix(lang) + "/pilots/" + std::to_string(t.pilot.value())},
          {"regions", regions},
          {"status", site_.tr(lang, pilot_status_label(t.status))},
          {"targets", text::fill(site_.tr(lang, N_("{met} of {of} targets met")),
                                 {{"met", cat.format_integer(lang, (long long)t.targets.met)},
                                  {"of", cat.format_integer(lang, (long long)t.targets.of)}})},
          {"result", t.result},
          {"has_result", !t.result.empty()},
          {"lessons_html", render_markdown(t.lessons)},
          {"has_lessons", !t.lessons.empty()}});
    }
    data["tested_in"] = pilots;
    data["has_tested_in"] = !pilots.empty();
  }
  if (transfers_) {
    // "Transferred to …": the practice's transfers with their pilots' results.
    auto transferred = practice_transfers(site_, reference_, *transfers_, v.principal, lang, id->value());
    if (!transferred) return site_.error_page(r, transferred.error());
    merge(data, std::move(*transferred));
  }
  auto machine = machine_translation_box(item, lang, can);
  if (!machine) return site_.error_page(r, machine.error());
  merge(data, std::move(*machine));
  // "Discuss this": its discussion in the working groups, for people signed in.
  if (v.principal.signed_in())
    data["discuss_href"] = Site::prefix(lang) + "/knowledge/" + std::to_string(id->value()) + "/discussion";
  merge(data, std::move(extra));
  return site_.page(r, lang, "knowledge_item", t.title, std::move(data), PageOptions{status, t.summary, {}});
}

}  // namespace cps::web
