// The helpdesk's routes, its lists with their filters, the form to ask a question, and the
// labels every helpdesk page shares.
#include <boost/json.hpp>
#include <chrono>

#include "core/text.hpp"
#include "http/request.hpp"
#include "domain/feedback/feedback.hpp"
#include "domain/knowledge/knowledge.hpp"
#include "web/helpdesk_labels.hpp"
#include "web/helpdesk_pages.hpp"
#include "web/knowledge_labels.hpp"

namespace cps::web {

namespace json = boost::json;
namespace bhttp = http::bhttp;
using i18n::N_;
using i18n::NP_;
using namespace cps::helpdesk;

void HelpdeskPages::add_routes(http::Router& router) {
  auto page = [this](auto handler) { return on_page(site_, this, handler); };
  auto form = [this](auto handler) { return on_form(site_, this, handler); };
  using V = bhttp::verb;
  // An answer is a knowledge item's text.
  http::RouteOptions long_form{128 * 1024};
  router.get("/{lang}/helpdesk", page(&HelpdeskPages::list));
  router.get("/{lang}/helpdesk/new", page(&HelpdeskPages::new_question));
  router.add(V::post, "/{lang}/helpdesk", form(&HelpdeskPages::ask), long_form);
  router.get("/{lang}/helpdesk/{id}", page(&HelpdeskPages::question));
  router.add(V::post, "/{lang}/helpdesk/{id}/assignment", form(&HelpdeskPages::assign));
  router.add(V::post, "/{lang}/helpdesk/{id}/answer", form(&HelpdeskPages::answer), long_form);
  router.add(V::post, "/{lang}/helpdesk/{id}/close", form(&HelpdeskPages::close));
}

std::string HelpdeskPages::region_label(const RegionCode& code) const {
  auto found = reference_.region(code.str());
  if (!found) return code.str();
  return found->region.name_latin + " (" + code.str() + ")";
}

std::string HelpdeskPages::area_label(const AreaCode& code, Language lang) const {
  if (auto named = reference_.areas(i18n::code(lang)))
    for (const auto& a : *named)
      if (a.code == code) return code.str() + " · " + a.name;
  return code.str();
}

std::string HelpdeskPages::need_label(const std::string& need, Language lang) const {
  auto colon = need.find(':');
  if (colon == std::string::npos) return need;
  std::string kind = need.substr(0, colon), code = need.substr(colon + 1);
  if (kind == "criterion") return text::fill(site_.tr(lang, N_("Criterion {code}")), {{"code", code}});
  if (kind == "area") return area_label(AreaCode(code), lang);
  return text::fill(site_.tr(lang, N_("Sector {code}")), {{"code", code}});
}

std::string HelpdeskPages::date_text(Language lang, const std::string& date) const {
  if (!is_date(date)) return date;
  int y = std::stoi(date.substr(0, 4));
  unsigned m = unsigned(std::stoi(date.substr(5, 2))), d = unsigned(std::stoi(date.substr(8, 2)));
  return site_.catalogue().format_date(
      lang, std::chrono::sys_days(std::chrono::year{y} / std::chrono::month{m} / std::chrono::day{d}));
}

http::Response HelpdeskPages::list(http::Request& r, Language lang, const Visit& v) {
  const bool answerer = helpdesk_.answers_any(v.principal);
  ListFilter filter;
  std::string view_code = r.query_value("view").value_or(answerer ? "all" : "mine");
  if (auto view = parse_name(view_code, kViewNames)) filter.view = *view;
  if (filter.view == View::all && !answerer) filter.view = View::mine;
  std::string status_code = r.query_value("status").value_or("");
  std::string area = r.query_value("area").value_or("");
  if (auto s = parse_name(status_code, kQuestionStatusNames)) filter.status = *s;
  if (accounts::is_working_group(area)) filter.area = AreaCode(area);
  const std::string language(i18n::code(lang));
  auto found = helpdesk_.list(v.principal, filter, language);
  if (!found) return site_.error_page(r, found.error());

  const std::string base = Site::prefix(lang) + "/helpdesk";
  List rows;
  for (const auto& qv : *found) {
    const Question& q = qv.question;
    std::string excerpt = q.text;
    if (text::utf8_length(excerpt) > 160) {
      // Cut at a character's start, not inside one.
      std::size_t cut = 157;
      while (cut > 0 && (static_cast<unsigned char>(excerpt[cut]) & 0xC0) == 0x80) --cut;
      excerpt = excerpt.substr(0, cut) + "…";
    }
    rows.push_back(Object{{"href", base + "/" + std::to_string(q.id.value())},
                          {"number", std::to_string(q.id.value())},
                          {"excerpt", excerpt},
                          {"text_lang", q.language},
                          {"region", region_label(q.region)},
                          {"need", q.need.empty() ? area_label(q.area, lang) : need_label(q.need, lang)},
                          {"status", site_.tr(lang, question_status_label(q.status))},
                          {"status_code", std::string(to_string(q.status))},
                          {"overdue", qv.overdue},
                          {"expert", q.expert_name},
                          {"has_expert", !q.expert_name.empty()},
                          {"due", date_text(lang, q.due)},
                          {"has_due", !q.due.empty()},
                          {"asker", q.asker_name}});
  }
  List views;
  for (auto each : {View::mine, View::assigned, View::all}) {
    if (each == View::all && !answerer) continue;
    views.push_back(Object{{"href", base + "?view=" + std::string(to_string(each))},
                           {"name", site_.tr(lang, helpdesk_view_label(each))},
                           {"current", each == filter.view}});
  }
  List statuses, areas;
  for (auto s : kAllQuestionStatuses)
    statuses.push_back(Object{{"code", std::string(to_string(s))},
                              {"name", site_.tr(lang, question_status_label(s))},
                              {"selected", to_string(s) == status_code}});
  for (auto wg : accounts::kWorkingGroups)
    areas.push_back(Object{{"code", std::string(wg)},
                           {"name", area_label(AreaCode(std::string(wg)), lang)},
                           {"selected", wg == area}});
  Object data{{"rows", rows},
              {"has_rows", !rows.empty()},
              {"count_text", site_.catalogue().translate_count(lang, NP_("{count} question", "{count} questions"),
                                                               (long long)rows.size())},
              {"views", views},
              {"view", std::string(to_string(filter.view))},
              {"view_name", site_.tr(lang, helpdesk_view_label(filter.view))},
              {"action", base},
              {"statuses", statuses},
              {"areas", areas},
              {"new_href", base + "/new"}};
  if (auto done = r.query_value("done"); done && *done == "asked")
    data["notice"] = site_.tr(lang, N_("Your question is with the helpdesk. You will get an e-mail when it has an answer."));
  return site_.page(r, lang, "helpdesk_list", site_.tr(lang, N_("Policy helpdesk")), std::move(data));
}

http::Response HelpdeskPages::new_question(http::Request& r, Language lang, const Visit& v) {
  if (!v.principal.signed_in()) return site_.error_page(r, Error{ErrorKind::unauthenticated, "Please sign in first."});
  return form_page(r, lang, v, nullptr, {}, bhttp::status::ok);
}

http::Response HelpdeskPages::ask(http::Request& r, Language lang, const Visit& v, const Form& f) {
  auto input = read_question(json::object{{"region", f.get("region")},
                                          {"need", f.get("need")},
                                          {"area", f.get("area")},
                                          {"text", f.get("text")},
                                          {"language", f.get("language")}});
  if (!input) return form_page(r, lang, v, &f, form_error(site_, lang, input.error()), form_status(input.error()));
  auto asked = helpdesk_.ask(v.principal, std::move(*input));
  if (!asked) return form_page(r, lang, v, &f, form_error(site_, lang, asked.error()), form_status(asked.error()));
  return see_other(site_, r, Site::prefix(lang) + "/helpdesk/" + std::to_string(asked->question.id.value()) + "?done=asked");
}

http::Response HelpdeskPages::form_page(http::Request& r, Language lang, const Visit& v, const Form* typed,
                                        Object extra, Status status) {
  (void)v;
  auto field = [&](const char* name) {
    return typed ? typed->get(name) : r.query_value(name).value_or("");
  };
  const std::string region = text::to_upper_ascii(field("region"));
  const std::string need = field("need");
  const bool known_need = feedback::is_need_key(need);
  auto need_area = feedback::area_of_need(need);
  std::string area = field("area");
  std::string language = field("language");
  if (language.empty()) language = std::string(i18n::code(lang));
  List regions;
  reference::RegionQuery query;
  query.level = 2;
  if (auto page = reference_.find_regions(query))
    for (const auto& g : page->regions)
      regions.push_back(Object{{"code", g.code.str()},
                               {"name", g.name_latin + " (" + g.code.str() + ")"},
                               {"selected", g.code.str() == region}});
  List areas;
  for (auto wg : accounts::kWorkingGroups)
    areas.push_back(Object{{"code", std::string(wg)},
                           {"name", area_label(AreaCode(std::string(wg)), lang)},
                           {"selected", wg == area}});
  List languages;
  for (auto code : knowledge::kContentLanguages)
    languages.push_back(Object{{"code", std::string(code)},
                               {"name", std::string(language_endonym(code))},
                               {"selected", language == code}});
  Object data{{"action", Site::prefix(lang) + "/helpdesk"},
              {"regions", regions},
              {"need", known_need ? need : std::string()},
              {"has_need", known_need},
              {"need_label", known_need ? need_label(need, lang) : std::string()},
              {"choose_area", !need_area.has_value()},
              {"areas", areas},
              {"languages", languages},
              {"text", field("text")},
              {"list_href", Site::prefix(lang) + "/helpdesk"}};
  merge(data, std::move(extra));
  return site_.page(r, lang, "helpdesk_new", site_.tr(lang, N_("Ask the policy helpdesk")), std::move(data),
                    PageOptions{status, {}, {}});
}

}  // namespace cps::web
