#include "web/dataset_pages.hpp"

#include <boost/json.hpp>

#include "core/text.hpp"

namespace cps::web {

using i18n::N_;
using namespace cps::statistics;
namespace bhttp = http::bhttp;

namespace {

const char* step_label(const ImportJobStatus& s) {
  switch (s.state) {
    case ImportJobStatus::State::waiting:
      return N_("Waiting to start");
    case ImportJobStatus::State::done:
      return N_("The import is finished.");
    case ImportJobStatus::State::failed:
      return N_("The import failed.");
    case ImportJobStatus::State::running:
      break;
  }
  if (s.step == "check") return N_("Checking the rows");
  if (s.step == "store") return N_("Storing the observations");
  if (s.step == "compute") return N_("Computing economic complexity");
  return N_("Reading the file");
}

bool finished(const ImportJobStatus& s) {
  return s.state == ImportJobStatus::State::done || s.state == ImportJobStatus::State::failed;
}

}  // namespace

void DatasetPages::add_routes(http::Router& router) {
  auto page = [this](auto handler) { return on_page(site_, this, handler); };
  auto form = [this](auto handler) { return on_form(site_, this, handler); };
  using V = bhttp::verb;
  router.get("/{lang}/admin/datasets", page(&DatasetPages::datasets));
  router.add(V::post, "/{lang}/admin/datasets",
             on_form(site_, this, &DatasetPages::upload, FormBodies::with_files),
             http::RouteOptions{max_upload_bytes_, http::BodyTypes::of_family});
  router.add(V::post, "/{lang}/admin/datasets/code-changes", form(&DatasetPages::add_code_change));
  router.add(V::post, "/{lang}/admin/datasets/code-changes/remove",
             form(&DatasetPages::remove_code_change));
  router.add(V::post, "/{lang}/admin/datasets/categories", form(&DatasetPages::put_category));
  router.add(V::post, "/{lang}/admin/datasets/categories/remove", form(&DatasetPages::remove_category));
  router.get("/{lang}/admin/datasets/jobs/{id}", page(&DatasetPages::job));
  router.get("/{lang}/admin/datasets/jobs/{id}/status", page(&DatasetPages::job_status));
}

http::Response DatasetPages::datasets(http::Request& r, Language lang, const Visit& v) {
  Object extra;
  auto done = r.query_value("done");
  if (done == "code-change-added")
    extra["notice"] = site_.tr(lang, N_("The code change is saved."));
  if (done == "code-change-removed")
    extra["notice"] = site_.tr(lang, N_("The code change is removed."));
  if (done == "category-saved") extra["notice"] = site_.tr(lang, N_("The division's cluster category is saved."));
  if (done == "category-removed") extra["notice"] = site_.tr(lang, N_("The division's cluster category is removed."));
  return datasets_page(r, lang, v, std::move(extra), bhttp::status::ok);
}

http::Response DatasetPages::datasets_page(http::Request& r, Language lang, const Visit& v,
                                           Object extra, bhttp::status status) {
  auto overview = statistics_.overview(v.principal);
  if (!overview) return site_.error_page(r, overview.error());
  std::string base = Site::prefix(lang);
  List datasets, codes;
  for (const auto& [d, versions] : overview->datasets) {
    List rows;
    for (const auto& ver : versions)
      rows.push_back(
          Object{{"number", std::to_string(ver.number)},
                 {"imported_at", text::utc_timestamp(ver.imported_at)},
                 {"imported_by", ver.imported_by},
                 {"file_name", ver.file_name},
                 {"format", ver.format},
                 {"rows", std::to_string(ver.rows)},
                 {"years", std::to_string(ver.first_year) + "–" + std::to_string(ver.last_year)},
                 {"href", "/api/v1/datasets/" + std::to_string(d.id) +
                              "/observations?version=" + std::to_string(ver.id)}});
    datasets.push_back(Object{{"code", d.code},
                              {"title", d.title},
                              {"unit", d.unit},
                              {"source", d.source},
                              {"href", "/api/v1/datasets/" + std::to_string(d.id)},
                              {"heading_id", "dataset-" + d.code},
                              {"versions", rows}});
    codes.push_back(Object{{"code", d.code}});
  }
  List changes;
  for (const auto& c : overview->code_changes)
    changes.push_back(Object{{"old_code", c.old_code},
                             {"new_code", c.new_code.value_or("")},
                             {"split", !c.new_code.has_value()},
                             {"vintage", c.vintage},
                             {"note", c.note}});
  auto categories = categories_.categories();
  if (!categories) return site_.error_page(r, categories.error());
  List category_rows;
  for (const auto& c : *categories)
    category_rows.push_back(Object{{"division", c.division}, {"section", std::string(1, c.section)}, {"category", c.category}});
  List formats;
  for (auto [value, label] : {std::pair{"auto", N_("Tell from the file")},
                              {"eurostat-tsv", N_("Eurostat TSV (bulk download)")},
                              {"sdmx-csv", N_("SDMX-CSV (Eurostat API)")},
                              {"csv", N_("CSV: region, sector, year, value, flag")},
                              {"xlsx", N_("XLSX: the same columns in the first sheet")}})
    formats.push_back(Object{{"value", std::string(value)}, {"label", site_.tr(lang, label)}});
  Object data{{"datasets", datasets},
              {"has_datasets", !datasets.empty()},
              {"dataset_codes", codes},
              {"formats", formats},
              {"changes", changes},
              {"has_changes", !changes.empty()},
              {"upload_action", base + "/admin/datasets"},
              {"add_change_action", base + "/admin/datasets/code-changes"},
              {"categories", category_rows},
              {"has_categories", !category_rows.empty()},
              {"put_category_action", base + "/admin/datasets/categories"},
              {"remove_category_action", base + "/admin/datasets/categories/remove"},
              {"remove_change_action", base + "/admin/datasets/code-changes/remove"},
              {"users_href", base + "/admin/users"},
              {"max_upload_mb", std::to_string(max_upload_bytes_ / (1024 * 1024))}};
  merge(data, std::move(extra));
  return site_.page(r, lang, "admin_datasets", site_.tr(lang, N_("Datasets")), std::move(data),
                    PageOptions{status, {}, {}});
}

http::Response DatasetPages::upload(http::Request& r, Language lang, const Visit& v,
                                    const Form& f) {
  // The fields typed come back with the error, so nothing has to be typed again.
  Object kept{{"code", f.get("code").substr(0, 60)},
              {"title", f.get("title").substr(0, 300)},
              {"unit", f.get("unit").substr(0, 200)},
              {"source", f.get("source").substr(0, 300)},
              {"licence", f.get("licence").substr(0, 300)},
              {"sector_dimension", f.get("sector_dimension").substr(0, 60)},
              {"select", f.get("select").substr(0, 2000)},
              {"valid_rows_only", f.get("valid_rows_only") == "yes"},
              {"negative_values", f.get("negative_values") == "yes"}};
  auto refuse = [&](const Error& e) {
    if (e.kind == ErrorKind::forbidden || e.kind == ErrorKind::unauthenticated)
      return site_.error_page(r, e);
    Object extra = form_error(site_, lang, e);
    merge(extra, Object(kept));
    return datasets_page(r, lang, v, std::move(extra), form_status(e));
  };
  auto file = f.file("file");
  if (!file || file->data.empty())
    return refuse(Error{ErrorKind::unprocessable, "Choose a file to upload.", "file"});
  auto format = choose_format(f.get("format"), file->file_name, file->data.substr(0, 4096));
  if (!format) return refuse(format.error());
  std::vector<std::string> lines;
  std::string select = f.get("select");
  for (std::size_t start = 0; start <= select.size();) {
    auto end = select.find('\n', start);
    lines.push_back(
        select.substr(start, end == std::string::npos ? std::string::npos : end - start));
    if (end == std::string::npos) break;
    start = end + 1;
  }
  auto selections = parse_selections(lines);
  if (!selections) return refuse(selections.error());
  ImportRequest request;
  request.dataset.code = text::trim(f.get("code"));
  request.dataset.title = text::trim(f.get("title"));
  request.dataset.unit = text::trim(f.get("unit"));
  request.dataset.source = text::trim(f.get("source"));
  request.dataset.licence = text::trim(f.get("licence"));
  request.file_name = file->file_name.empty() ? "upload" : file->file_name.substr(0, 200);
  request.sector_dimension = text::trim(f.get("sector_dimension"));
  request.select = std::move(*selections);
  request.invalid_rows =
      f.get("valid_rows_only") == "yes" ? InvalidRows::skip : InvalidRows::refuse_file;
  request.negative_values =
      f.get("negative_values") == "yes" ? NegativeValues::allowed : NegativeValues::refused;
  auto id = jobs_.start(v.principal, *format, std::string(file->data), std::move(request));
  if (!id) return refuse(id.error());
  return see_other(site_, r, Site::prefix(lang) + "/admin/datasets/jobs/" + *id);
}

http::Response DatasetPages::add_code_change(http::Request& r, Language lang, const Visit& v,
                                             const Form& f) {
  RegionCodeChange change{f.get("old_code"), std::nullopt, f.get("vintage"), f.get("note")};
  if (f.get("successor") != "split") change.new_code = f.get("new_code");
  if (auto ok = statistics_.add_code_change(v.principal, change); !ok) {
    if (ok.error().kind == ErrorKind::forbidden || ok.error().kind == ErrorKind::unauthenticated)
      return site_.error_page(r, ok.error());
    Object extra = form_error(site_, lang, ok.error());
    Object prefixed{{"change_error", extra["error"]},
                    {"old_code", f.get("old_code").substr(0, 10)},
                    {"new_code", f.get("new_code").substr(0, 10)},
                    {"vintage", f.get("vintage").substr(0, 60)},
                    {"change_note", f.get("note").substr(0, 300)},
                    {"split_checked", f.get("successor") == "split"}};
    prefixed["change_invalid_" + ok.error().field] = true;
    return datasets_page(r, lang, v, std::move(prefixed), form_status(ok.error()));
  }
  return see_other(
      site_, r, Site::prefix(lang) + "/admin/datasets?done=code-change-added#code-changes-heading");
}

http::Response DatasetPages::remove_code_change(http::Request& r, Language lang, const Visit& v,
                                                const Form& f) {
  if (auto ok = statistics_.remove_code_change(v.principal, f.get("old_code")); !ok)
    return site_.error_page(r, ok.error());
  return see_other(
      site_, r,
      Site::prefix(lang) + "/admin/datasets?done=code-change-removed#code-changes-heading");
}

http::Response DatasetPages::put_category(http::Request& r, Language lang, const Visit& v, const Form& f) {
  std::string section = text::to_upper_ascii(text::trim(f.get("section")));
  statistics::ClusterCategory row{text::trim(f.get("division")), section.size() == 1 ? section[0] : '?',
                                  f.get("category")};
  if (auto ok = categories_.put(v.principal, row); !ok) {
    if (ok.error().kind == ErrorKind::forbidden || ok.error().kind == ErrorKind::unauthenticated)
      return site_.error_page(r, ok.error());
    Object extra = form_error(site_, lang, ok.error());
    Object kept{{"category_error", extra["error"]},
                {"category_division", f.get("division").substr(0, 10)},
                {"category_section", f.get("section").substr(0, 5)},
                {"category_name", f.get("category").substr(0, 200)}};
    kept["category_invalid_" + ok.error().field] = true;
    return datasets_page(r, lang, v, std::move(kept), form_status(ok.error()));
  }
  return see_other(site_, r, Site::prefix(lang) + "/admin/datasets?done=category-saved#categories-heading");
}

http::Response DatasetPages::remove_category(http::Request& r, Language lang, const Visit& v, const Form& f) {
  if (auto ok = categories_.remove(v.principal, f.get("division")); !ok) return site_.error_page(r, ok.error());
  return see_other(site_, r, Site::prefix(lang) + "/admin/datasets?done=category-removed#categories-heading");
}

http::Response DatasetPages::job(http::Request& r, Language lang, const Visit& v) {
  auto s = jobs_.status(v.principal, r.param("id"));
  if (!s) return site_.error_page(r, s.error());
  std::string base = Site::prefix(lang);
  Object data{{"file_name", s->file_name},
              {"format", std::string(to_string(s->format))},
              {"dataset_code", s->dataset_code},
              {"percent", std::to_string(s->percent)},
              {"step", site_.tr(lang, step_label(*s))},
              {"running", !finished(*s)},
              {"failed", s->state == ImportJobStatus::State::failed},
              {"status_href", base + "/admin/datasets/jobs/" + s->id + "/status"},
              {"datasets_href", base + "/admin/datasets"}};
  if (s->error) {
    // Internal failures carry no detail for people; their title says enough.
    http::Problem problem = http::to_problem(*s->error);
    data["error"] = site_.tr(lang, problem.detail.empty() ? problem.type.title : problem.detail);
  }
  if (s->report) {
    const auto& ver = s->report->version;
    data["report"] =
        Object{{"number", std::to_string(ver.number)},
               {"rows", std::to_string(ver.rows)},
               {"years", std::to_string(ver.first_year) + "–" + std::to_string(ver.last_year)},
               {"outside", std::to_string(s->report->outside_area + s->report->reference)},
               {"not_selected", std::to_string(s->report->not_selected)},
               {"renamed", std::to_string(s->report->renamed)},
               {"superseded", std::to_string(s->report->superseded)},
               {"left_out", std::to_string(s->issues.size())},
               {"href", "/api/v1/datasets/" + std::to_string(ver.dataset)}};
  }
  List issues;
  for (const auto& i : s->issues)
    issues.push_back(Object{{"line", std::to_string(i.line)},
                            {"column", std::to_string(i.column)},
                            {"message", site_.tr(lang, i.message)},
                            {"text", i.text}});
  data["issues"] = issues;
  data["has_issues"] = !issues.empty();
  data["issue_count"] = std::to_string(issues.size());
  PageOptions options;
  // Without JavaScript the page reloads itself until the import is over.
  if (!finished(*s)) options.refresh_seconds = 1;
  return site_.page(r, lang, "admin_import_job", site_.tr(lang, N_("Import of a dataset")),
                    std::move(data), std::move(options));
}

http::Response DatasetPages::job_status(http::Request& r, Language lang, const Visit& v) {
  auto s = jobs_.status(v.principal, r.param("id"));
  if (!s) return site_.error_page(r, s.error());
  boost::json::object out{{"state", finished(*s) ? "finished" : "running"},
                          {"percent", s->percent},
                          {"step", site_.tr(lang, step_label(*s))}};
  http::Response res =
      http::make_response(r, bhttp::status::ok, "application/json", boost::json::serialize(out));
  res.set(bhttp::field::cache_control, "no-store");
  site_.apply_cookies(r, res);
  return res;
}

}  // namespace cps::web
