// The assessment framework's versions, one version with every criterion in the UI language
// (English where a text is missing) and what changed from the version before, and the upload
// of a framework file as a new version for those who edit the framework.
#include "web/assessment_results/parts.hpp"

#include <map>

#include "domain/assessment/framework_file.hpp"
#include "web/markdown.hpp"

namespace cps::web {

using namespace cps::assessment;

namespace {

std::string download_href(int version) {
  return "/api/v1/frameworks/" + std::to_string(version);
}

}  // namespace

http::Response AssessmentResultsPages::frameworks(http::Request& r, Language lang, const Visit& v) {
  return frameworks_page(r, lang, v, {}, bhttp::status::ok);
}

http::Response AssessmentResultsPages::frameworks_page(http::Request& r, Language lang, const Visit& v, Object extra,
                                                       bhttp::status status) {
  auto all = assessments_.frameworks();
  if (!all) return site_.error_page(r, all.error());
  std::string prefix = Site::prefix(lang);
  List versions;
  // Newest first: the one assessments are made under now.
  for (auto it = all->rbegin(); it != all->rend(); ++it)
    versions.push_back(Object{{"version", std::to_string(it->version)},
                              {"href", prefix + "/frameworks/" + std::to_string(it->version)},
                              {"download_href", download_href(it->version)},
                              {"date", day_of(it->created_at)},
                              {"note", it->note},
                              {"criteria", std::to_string(it->criteria.size())},
                              {"latest", it == all->rbegin()}});
  Object data{{"versions", versions},
              {"has_versions", !versions.empty()},
              {"may_upload", accounts::allowed(v.principal, accounts::Action::edit_framework)},
              {"upload_action", prefix + "/frameworks"}};
  merge(data, std::move(extra));
  return site_.page(r, lang, "frameworks", site_.tr(lang, N_("Assessment frameworks")), std::move(data),
                    PageOptions{status, {}, {}});
}

http::Response AssessmentResultsPages::upload_framework(http::Request& r, Language lang, const Visit& v,
                                                        const Form& f) {
  auto refuse = [&](const Error& e) {
    Object extra{{"upload_error", site_.tr(lang, e.message)}};
    if (!e.field.empty()) extra["upload_error_field"] = e.field;
    return frameworks_page(r, lang, v, std::move(extra), form_status(e));
  };
  auto file = f.file("file");
  if (!file) return refuse(Error{ErrorKind::invalid, "Choose a file to upload.", "file"});
  auto read = read_framework_file(file->data);
  if (!read) return refuse(read.error());
  if (auto note = f.get("note"); !note.empty()) read->note = note;
  auto saved = assessments_.save_framework(v.principal, std::move(*read));
  if (!saved) {
    if (saved.error().kind == ErrorKind::internal || saved.error().kind == ErrorKind::unavailable)
      return site_.error_page(r, saved.error());
    return refuse(saved.error());
  }
  return see_other(site_, r, Site::prefix(lang) + "/frameworks/" + std::to_string(saved->version) + "?done=saved");
}

http::Response AssessmentResultsPages::framework(http::Request& r, Language lang, const Visit&) {
  auto n = text::parse_int(r.param("version"));
  if (!n || *n <= 0) return site_.error_page(r, Error{ErrorKind::not_found, "Not found."});
  auto found = assessments_.framework(int(*n));
  if (!found) return site_.error_page(r, found.error());
  const Framework& fw = *found;
  std::optional<Framework> previous;
  if (fw.version > 1) {
    auto before = assessments_.framework(fw.version - 1);
    if (before) previous = std::move(*before);
    else if (before.error().kind != ErrorKind::not_found) return site_.error_page(r, before.error());
  }
  std::string language(i18n::code(lang));
  std::string prefix = Site::prefix(lang);
  auto areas = reference_.areas(language);
  if (!areas) return site_.error_page(r, areas.error());

  List area_list;
  std::size_t changed = 0;
  for (const auto& area : *areas) {
    List criteria;
    for (const Criterion* c : fw.criteria_of(area.code)) {
      const CriterionText& t = c->text(language);
      const Criterion* before = previous ? previous->criterion(c->code) : nullptr;
      bool is_new = previous && !before;
      bool is_changed = before && !same_meaning(*before, *c);
      if (is_new || is_changed) ++changed;
      criteria.push_back(Object{{"code", c->code},
                                {"anchor", "criterion-" + c->code},
                                {"text_lang", t.language},
                                {"in_english", t.language != language},
                                {"title", t.title},
                                {"question", t.question},
                                {"guidance_html", render_markdown(t.guidance)},
                                {"evidence_html", render_markdown(t.evidence)},
                                {"level_1", t.level_1},
                                {"level_3", t.level_3},
                                {"level_5", t.level_5},
                                {"weight", site_.catalogue().format_decimal(lang, c->weight, 1)},
                                {"required", c->justification == Justification::required},
                                {"is_new", is_new},
                                {"is_changed", is_changed}});
    }
    if (criteria.empty()) continue;
    area_list.push_back(Object{{"code", area.code.str()}, {"name", area.name}, {"criteria", criteria}});
  }
  List removed;
  if (previous)
    for (const auto& c : previous->criteria)
      if (!fw.criterion(c.code))
        removed.push_back(Object{{"code", c.code}, {"title", c.text(language).title}});

  Object data{{"version", std::to_string(fw.version)},
              {"date", day_of(fw.created_at)},
              {"note", fw.note},
              {"has_note", !fw.note.empty()},
              {"sources_html", render_markdown(fw.sources)},
              {"has_sources", !fw.sources.empty()},
              {"divergence", site_.catalogue().format_decimal(lang, fw.divergence, 1)},
              {"criteria_count", std::to_string(fw.criteria.size())},
              {"areas", area_list},
              {"has_previous", previous.has_value()},
              {"previous", previous ? std::to_string(previous->version) : ""},
              {"previous_href", previous ? prefix + "/frameworks/" + std::to_string(previous->version) : ""},
              {"changed", std::to_string(changed)},
              {"has_changes", changed > 0 || !removed.empty()},
              {"removed", removed},
              {"has_removed", !removed.empty()},
              {"download_href", download_href(fw.version)},
              {"frameworks_href", prefix + "/frameworks"}};
  if (r.query_value("done") == "saved") data["notice"] = site_.tr(lang, N_("The new framework version is stored."));
  std::string title = site_.tr(lang, N_("Assessment framework")) + " · " + site_.tr(lang, N_("Version")) + " " +
                      std::to_string(fw.version);
  return site_.page(r, lang, "framework", title, std::move(data));
}

}  // namespace cps::web
