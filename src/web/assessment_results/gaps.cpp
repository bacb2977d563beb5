// The information gaps and bottlenecks dashboard for the steering bodies: what exists per
// thematic area and country (practices, assessments, datasets, and how old they are), which
// regions have no current assessment, scores without evidence, stale reviews, and requests and
// comments nobody answered. Each entry links to the list or the assessment behind it.
#include "web/assessment_results/parts.hpp"

#include <chrono>

namespace cps::web {

using namespace cps::assessment;

http::Response AssessmentResultsPages::gaps(http::Request& r, Language lang, const Visit& v) {
  int days = 14;
  if (auto d = r.query_value("days"); d && !d->empty()) {
    auto n = text::parse_int(*d);
    if (!n || *n < 1 || *n > 365)
      return site_.error_page(r, Error{ErrorKind::invalid, "Choose a value from the list.", "days"});
    days = int(*n);
  }
  std::string language(i18n::code(lang));
  auto found = assessments_.gaps(v.principal, language, days);
  if (!found) return site_.error_page(r, found.error());
  const GapsReport& g = *found;
  const auto& cat = site_.catalogue();
  std::string prefix = Site::prefix(lang);
  auto now = std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch()).count();
  auto assessment_href = [&](AssessmentId id) { return prefix + "/assessments/" + std::to_string(id.value()); };
  auto region_name = [&](const RegionCode& code) {
    auto region = reference_.region(code.str());
    if (!region) return code.str();
    if (region->region.level == 0) return cat.country_name(lang, region->country.iso_code);
    return region->region.name_latin;
  };

  // Countries down, areas across: six columns fit a screen, sixteen countries would not.
  List areas;
  for (std::size_t i = 0; i < g.areas.size(); ++i)
    areas.push_back(Object{{"code", g.areas[i].str()}, {"name", i < g.area_names.size() ? g.area_names[i] : ""}});
  List countries;
  for (const auto& country : g.countries) {
    List cells;
    for (const auto& area : g.areas) {
      const CoverageCell* cell = nullptr;
      for (const auto& c : g.coverage)
        if (c.area == area && c.country == country) cell = &c;
      CoverageCell empty;
      empty.area = area;
      empty.country = country;
      if (!cell) cell = &empty;
      bool nothing = cell->practices + cell->assessments + cell->datasets == 0;
      cells.push_back(Object{
          {"practices", cat.format_integer(lang, (long long)cell->practices)},
          {"assessments", cat.format_integer(lang, (long long)cell->assessments)},
          {"datasets", cat.format_integer(lang, (long long)cell->datasets)},
          {"practices_href", prefix + "/knowledge?area=" + area.str() + "&country=" + country.str()},
          {"assessments_href", prefix + "/assessments?country=" + country.str()},
          {"datasets_href", prefix + "/regions/" + country.str()},
          {"newest", cell->newest ? day_of(*cell->newest) : ""},
          {"has_newest", cell->newest.has_value()},
          {"nothing", nothing}});
    }
    countries.push_back(Object{{"code", country.str()}, {"name", country_name(lang, country.str())}, {"cells", cells}});
  }

  List without;
  for (const auto& c : g.regions_without_assessment)
    without.push_back(Object{{"code", c.str()}, {"name", region_name(c)}, {"href", prefix + "/regions/" + c.str()}});
  List no_evidence;
  for (const auto& s : g.without_evidence)
    no_evidence.push_back(Object{{"region", region_name(s.region)},
                                 {"code", s.criterion},
                                 {"timeframe", site_.tr(lang, timeframe_heading(s.timeframe))},
                                 {"href", assessment_href(s.assessment)}});
  List stale;
  for (const auto& a : g.stale_reviews)
    stale.push_back(Object{{"region", a.region_name.empty() ? region_name(a.region) : a.region_name},
                           {"status", site_.tr(lang, assessment_status_label(a.status))},
                           {"since", day_of(a.since)},
                           {"days", cat.format_integer(lang, days_between(a.since, now))},
                           {"href", assessment_href(a.id)}});
  List requests;
  for (const auto& w : g.unanswered_requests)
    requests.push_back(Object{{"region", region_name(w.region)},
                              {"reviewer", w.reviewer_name},
                              {"since", day_of(w.since)},
                              {"days", cat.format_integer(lang, days_between(w.since, now))},
                              {"href", assessment_href(w.assessment)}});
  List comments;
  for (const auto& c : g.unanswered_comments)
    comments.push_back(Object{{"region", region_name(c.region)},
                              {"code", c.criterion},
                              {"has_code", !c.criterion.empty()},
                              {"author", c.author_name},
                              {"at", day_of(c.at)},
                              {"href", assessment_href(c.assessment)}});

  Object data{{"countries", countries},
              {"areas", areas},
              {"period", std::to_string(g.period)},
              {"days", std::to_string(g.days)},
              {"action", prefix + "/gaps"},
              {"without", without},
              {"has_without", !without.empty()},
              {"no_evidence", no_evidence},
              {"has_no_evidence", !no_evidence.empty()},
              {"stale", stale},
              {"has_stale", !stale.empty()},
              {"requests", requests},
              {"has_requests", !requests.empty()},
              {"comments", comments},
              {"has_comments", !comments.empty()}};
  return site_.page(r, lang, "gaps", site_.tr(lang, N_("Information gaps and bottlenecks")), std::move(data));
}

}  // namespace cps::web
