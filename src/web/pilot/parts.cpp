// Small pieces several pilot pages share (see parts.hpp), and what every page of one pilot
// shows at its top.
#include "web/pilot/parts.hpp"

#include <charconv>
#include <chrono>
#include <cmath>

namespace cps::web::pilot_parts {

std::string pilot_href(i18n::Language lang, PilotId id) {
  return Site::prefix(lang) + "/pilots/" + std::to_string(id.value());
}

std::string day_of(Seconds t) {
  return t == 0 ? std::string() : text::utc_timestamp(t).substr(0, 10);
}

std::string date_text(const i18n::Catalogue& cat, i18n::Language lang, const std::string& date) {
  if (!is_date(date)) return date;
  int y = 0;
  unsigned m = 0, d = 0;
  std::from_chars(date.data(), date.data() + 4, y);
  std::from_chars(date.data() + 5, date.data() + 7, m);
  std::from_chars(date.data() + 8, date.data() + 10, d);
  return cat.format_date(lang, std::chrono::sys_days{std::chrono::year{y} / std::chrono::month{m} / std::chrono::day{d}});
}

std::string number_text(const i18n::Catalogue& cat, i18n::Language lang, double value) {
  if (std::abs(value - std::round(value)) < 1e-9 && std::abs(value) < 1e15)
    return cat.format_integer(lang, (long long)std::llround(value));
  return cat.format_decimal(lang, value, 2);
}

std::optional<double> number_of(const std::string& typed) {
  std::string s = text::trim(typed);
  if (s.empty()) return std::nullopt;
  for (char& c : s)
    if (c == ',') c = '.';
  double out = 0;
  auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
  if (ec != std::errc() || end != s.data() + s.size() || !std::isfinite(out)) return std::nullopt;
  return out;
}

std::string euro_text(const i18n::Catalogue& cat, i18n::Language lang, EuroCents amount) {
  if (amount.value % 100 == 0) return cat.format_integer(lang, amount.value / 100) + " €";
  return cat.format_decimal(lang, double(amount.value) / 100.0, 2) + " €";
}

std::string percent_text(const i18n::Catalogue& cat, i18n::Language lang, std::optional<double> ratio) {
  if (!ratio) return "–";
  return cat.format_integer(lang, (long long)std::llround(*ratio * 100.0)) + " %";
}

std::string targets_met_text(const Site& site, i18n::Language lang, std::size_t met, std::size_t of) {
  const auto& cat = site.catalogue();
  return text::fill(site.tr(lang, N_("{met} of {of} targets met")),
                    {{"met", cat.format_integer(lang, (long long)met)}, {"of", cat.format_integer(lang, (long long)of)}});
}

std::string region_label(reference::ReferenceService& reference, const RegionCode& code) {
  auto found = reference.region(code.str());
  if (!found) return code.str();
  return found->region.name_latin + " (" + code.str() + ")";
}

std::string regions_text(reference::ReferenceService& reference, const std::vector<RegionCode>& codes) {
  std::string out;
  for (const auto& c : codes) {
    if (!out.empty()) out += ", ";
    out += region_label(reference, c);
  }
  return out;
}

std::vector<AreaName> area_names(reference::ReferenceService& reference, std::string_view language) {
  std::vector<AreaName> out;
  auto named = reference.areas(language);
  for (auto code : accounts::kWorkingGroups) {
    AreaName a{std::string(code), std::string(code)};
    if (named)
      for (const auto& n : *named)
        if (n.code.str() == code) a.name = n.name;
    out.push_back(std::move(a));
  }
  return out;
}

int revision_of(const Form& f) {
  auto n = text::parse_int(f.get("revision"));
  return n ? int(*n) : 0;
}

json::value json_number(const std::string& typed) {
  auto n = number_of(typed);
  if (!n) return text::trim(typed).empty() ? json::value(nullptr) : json::value(text::trim(typed));
  return json::value(*n);
}

}  // namespace cps::web::pilot_parts

namespace cps::web {

Result<Pilot> PilotPages::load(const http::Request& r, Language lang, const Visit& v) {
  auto id = http::path_id<PilotId>(r, "id");
  if (!id) return std::unexpected(Error{ErrorKind::not_found, "Not found."});
  return pilots_.pilot(v.principal, *id, std::string(i18n::code(lang)));
}

Object PilotPages::heading(Language lang, const Pilot& p, const Capabilities& can) const {
  const std::string base = pilot_href(lang, p.id);
  const PilotText& t = text_in(p, i18n::code(lang));
  Object out{{"pilot_title", t.title},
             {"pilot_title_lang", t.language},
             {"pilot_href", base},
             {"pilots_href", Site::prefix(lang) + "/pilots"},
             {"revision", std::to_string(p.revision)},
             {"status", site_.tr(lang, pilot_status_label(p.status))},
             {"status_code", std::string(to_string(p.status))},
             {"baseline_approved", p.baseline_version > 0},
             {"baseline_version", std::to_string(p.baseline_version)},
             {"can_edit", can.edit},
             {"can_record", can.record_values},
             {"can_evaluate", can.evaluate},
             {"can_modify", can.request_modification || can.decide_modification},
             {"see_internals", can.see_internals},
             {"edit_href", base + "/edit"},
             {"logframe_href", base + "/logframe"},
             {"indicators_href", base + "/indicators"},
             {"values_href", base + "/values"},
             {"milestones_href", base + "/milestones"},
             {"risks_href", base + "/risks"},
             {"evaluation_href", base + "/evaluation"},
             {"modification_href", base + "/modification"}};
  return out;
}

}  // namespace cps::web
