// The routes of training pages, the list of modules by thematic area, and what every training
// page shares: area names, days and the gain chart.
#include <chrono>
#include <cstdio>

#include "core/text.hpp"
#include "http/request.hpp"
#include "web/training_pages.hpp"

namespace cps::web {

namespace bhttp = http::bhttp;
using i18n::N_;
using namespace cps::training;

void TrainingPages::add_routes(http::Router& router) {
  auto page = [this](auto handler) { return on_page(site_, this, handler); };
  auto form = [this](auto handler) { return on_form(site_, this, handler); };
  using V = bhttp::verb;
  http::RouteOptions long_form{128 * 1024};
  router.get("/{lang}/training", page(&TrainingPages::list));
  router.get("/{lang}/training/new", page(&TrainingPages::new_module));
  router.add(V::post, "/{lang}/training", form(&TrainingPages::create), long_form);
  router.get("/{lang}/training/certificates/{token}", page(&TrainingPages::certificate));
  router.get("/{lang}/training/{id}", page(&TrainingPages::module));
  router.get("/{lang}/training/{id}/edit", page(&TrainingPages::edit_module));
  router.add(V::post, "/{lang}/training/{id}/edit", form(&TrainingPages::update), long_form);
  router.add(V::post, "/{lang}/training/{id}/enrolment", form(&TrainingPages::enrol));
  router.add(V::post, "/{lang}/training/{id}/enrolment/leave", form(&TrainingPages::leave));
  router.add(V::post, "/{lang}/training/{id}/self-assessments", form(&TrainingPages::assess));
  router.add(V::post, "/{lang}/training/{id}/quiz", form(&TrainingPages::quiz));
  router.add(V::post, "/{lang}/training/{id}/certificate", form(&TrainingPages::issue_certificate));
}

std::string TrainingPages::area_label(const std::string& code, Language lang) const {
  if (auto named = reference_.areas(i18n::code(lang)))
    for (const auto& a : *named)
      if (a.code.str() == code) return code + " · " + a.name;
  return code;
}

std::string TrainingPages::day_text(Language lang, Seconds at) const {
  using namespace std::chrono;
  return site_.catalogue().format_date(lang, floor<days>(sys_seconds{seconds{at}}));
}

namespace {

std::string one_decimal(double value) {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%.1f", value);
  return buffer;
}

// The first `n` code points of well-formed UTF-8.
std::string first_characters(const std::string& text, std::size_t n) {
  std::size_t seen = 0, i = 0;
  for (; i < text.size(); ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80 && seen++ == n) break;
  }
  return text.substr(0, i);
}

}  // namespace

Object gain_chart(const Site& site, i18n::Language lang, const std::string& id, const std::string& title,
                  const std::vector<std::string>& objectives, const std::vector<double>& before,
                  const std::vector<double>& after) {
  // Two bars an objective, 1–5 drawn over 0–5 so that a rating of 1 still shows a bar.
  constexpr int kLeft = 10, kWidth = 300, kBar = 14, kGap = 4, kGroup = 2 * kBar + kGap + 26;
  List rows, table;
  for (std::size_t i = 0; i < objectives.size() && i < before.size() && i < after.size(); ++i) {
    const int top = int(i) * kGroup;
    auto width = [&](double v) { return int(v / kHighestRating * kWidth + 0.5); };
    // The label above the bars is cut short; the table below holds it whole.
    std::string label = objectives[i];
    if (text::utf8_length(label) > 48) label = first_characters(label, 47) + "…";
    rows.push_back(Object{{"label", label},
                          {"before_value_x", std::to_string(kLeft + width(before[i]) + 4)},
                          {"after_value_x", std::to_string(kLeft + width(after[i]) + 4)},
                          {"label_y", std::to_string(top + 12)},
                          {"before_y", std::to_string(top + 18)},
                          {"after_y", std::to_string(top + 18 + kBar + kGap)},
                          {"before_width", std::to_string(width(before[i]))},
                          {"after_width", std::to_string(width(after[i]))},
                          {"before_text_y", std::to_string(top + 18 + kBar - 3)},
                          {"after_text_y", std::to_string(top + 18 + 2 * kBar + kGap - 3)},
                          {"before", one_decimal(before[i])},
                          {"after", one_decimal(after[i])}});
    table.push_back(Object{{"objective", objectives[i]}, {"before", one_decimal(before[i])}, {"after", one_decimal(after[i])}});
  }
  return Object{{"chart_id", id},
                {"chart_title", title},
                {"bars", rows},
                {"table", table},
                {"left", std::to_string(kLeft)},
                {"height", std::to_string(int(objectives.size()) * kGroup + 4)},
                {"width", std::to_string(kLeft + kWidth + 40)},
                {"legend", site.tr(lang, N_("Dark bars: before the module; light bars: after it. Ratings from 1 to 5."))}};
}

http::Response TrainingPages::list(http::Request& r, Language lang, const Visit& v) {
  ListFilter filter;
  std::string area = r.query_value("area").value_or("");
  if (accounts::is_working_group(area)) filter.area = area;
  auto found = training_.list(v.principal, filter);
  if (!found) return site_.error_page(r, found.error());
  const std::string prefix = Site::prefix(lang);
  List rows, areas;
  for (const auto& m : *found) {
    List languages;
    for (const auto& code : m.languages)
      if (auto l = i18n::parse_language(code)) languages.push_back(Object{{"name", std::string(i18n::info(*l).endonym)}});
    rows.push_back(Object{{"href", prefix + "/training/" + std::to_string(m.id.value())},
                          {"title", m.title},
                          {"summary", m.summary},
                          {"area", area_label(m.area, lang)},
                          {"languages", languages},
                          {"draft", m.status == ModuleStatus::draft},
                          {"objectives_text", site_.catalogue().translate_count(
                                                  lang, i18n::NP_("{count} learning objective", "{count} learning objectives"),
                                                  (long long)m.objectives.size())}});
  }
  for (auto wg : accounts::kWorkingGroups)
    areas.push_back(Object{{"code", std::string(wg)}, {"name", area_label(std::string(wg), lang)}, {"selected", wg == area}});
  Object data{{"rows", rows},
              {"has_rows", !rows.empty()},
              {"count_text", site_.catalogue().translate_count(lang, i18n::NP_("{count} module", "{count} modules"),
                                                               (long long)rows.size())},
              {"areas", areas},
              {"action", prefix + "/training"},
              {"can_create", !training_.managed_areas(v.principal).empty()},
              {"new_href", prefix + "/training/new"}};
  return site_.page(r, lang, "training_list", site_.tr(lang, N_("Training programme")), std::move(data));
}

}  // namespace cps::web
