// A plan's versions: one version's text (the approved one public, laid out for printing), its
// Markdown, and the word difference between two versions, on a page or as Markdown with the
// changes marked ({--removed--}{++added++}).
#include "core/text.hpp"
#include "http/request.hpp"
#include "web/markdown.hpp"
#include "web/plan_labels.hpp"
#include "web/plan_pages.hpp"
#include "core/text_diff.hpp"

namespace cps::web {

namespace bhttp = http::bhttp;
using i18n::N_;
using namespace cps::plans;

namespace {

std::string plan_base(i18n::Language lang, PlanId id) {
  return Site::prefix(lang) + "/plans/" + std::to_string(id.value());
}

std::optional<int> number_in(std::optional<std::string> text) {
  if (!text) return std::nullopt;
  auto n = text::parse_int(*text);
  if (!n || *n <= 0 || *n > 1'000'000) return std::nullopt;
  return int(*n);
}

http::Response markdown_file(const http::Request& r, std::string name, std::string body) {
  auto res = http::make_response(r, bhttp::status::ok, "text/markdown; charset=utf-8", std::move(body));
  res.set(bhttp::field::content_disposition, "attachment; filename=\"" + name + "\"");
  return res;
}

}  // namespace

http::Response PlanPages::version(http::Request& r, Language lang, const Visit& v) {
  auto id = http::path_id<PlanId>(r, "id");
  auto number = number_in(r.param("number"));
  if (!id || !number) return site_.error_page(r, Error{ErrorKind::not_found, "Not found."});
  auto found = plans_.version(v.principal, *id, *number);
  if (!found) return site_.error_page(r, found.error());
  const std::string base = plan_base(lang, *id), n = std::to_string(*number);
  Object data{{"title", found->plan.title},
              {"kind", site_.tr(lang, plan_kind_label(found->plan.kind))},
              {"group", group_name(lang, found->plan.editor_group)},
              {"number", n},
              {"published", found->published},
              {"when", moment(lang, found->version.created_at)},
              {"note", found->version.note},
              {"html", render_markdown(found->version.text)},
              {"markdown_href", base + "/versions/" + n + "/markdown"},
              {"plan_href", base},
              {"list_href", Site::prefix(lang) + "/plans"},
              {"reads_drafts", plans_.capabilities(v.principal).read_drafts}};
  const std::string title = found->plan.title + " · " + text::fill(site_.tr(lang, N_("Version {number}")), {{"number", n}});
  return site_.page(r, lang, "plans_version", title, std::move(data));
}

http::Response PlanPages::version_markdown(http::Request& r, Language, const Visit& v) {
  auto id = http::path_id<PlanId>(r, "id");
  auto number = number_in(r.param("number"));
  if (!id || !number) return site_.error_page(r, Error{ErrorKind::not_found, "Not found."});
  auto found = plans_.version(v.principal, *id, *number);
  if (!found) return site_.error_page(r, found.error());
  return markdown_file(r, "plan-" + std::to_string(id->value()) + "-version-" + std::to_string(*number) + ".md",
                       "# " + found->plan.title + "\n\n" + found->version.text);
}

http::Response PlanPages::compare(http::Request& r, Language lang, const Visit& v) {
  auto id = http::path_id<PlanId>(r, "id");
  if (!id) return site_.error_page(r, Error{ErrorKind::not_found, "Not found."});
  auto from = number_in(r.query_value("from")), to = number_in(r.query_value("to"));
  if (!from || !to)
    return site_.error_page(r, Error{ErrorKind::invalid, N_("Choose two versions to compare."), "from"});
  auto compared = plans_.compare(v.principal, *id, *from, *to);
  if (!compared) return site_.error_page(r, compared.error());
  const bool as_markdown = r.query_value("format").value_or("") == "markdown";
  const std::string f = std::to_string(*from), t = std::to_string(*to), base = plan_base(lang, *id);
  if (as_markdown)
    return markdown_file(r, "plan-" + std::to_string(id->value()) + "-versions-" + f + "-" + t + ".md",
                         "# " + compared->plan.title + "\n\n" + text::diff_critic_markup(compared->parts));
  Object data{{"title", compared->plan.title},
              {"from", f},
              {"to", t},
              {"from_href", base + "/versions/" + f},
              {"to_href", base + "/versions/" + t},
              {"diff_html", text::diff_html(compared->parts)},
              {"changed", compared->changed()},
              {"markdown_href", base + "/compare?from=" + f + "&to=" + t + "&format=markdown"},
              {"plan_href", base},
              {"list_href", Site::prefix(lang) + "/plans"}};
  const std::string title =
      compared->plan.title + " · " +
      text::fill(site_.tr(lang, N_("Version {from} and version {to}")), {{"from", f}, {"to", t}});
  return site_.page(r, lang, "plans_compare", title, std::move(data));
}

}  // namespace cps::web
