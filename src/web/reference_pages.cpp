// Reference pages: the routes of every reference page, the home page, the thematic areas, the
// problem types of the API, and the labels the other files of ReferencePages share (regions
// in reference/regions.cpp, the map and comparison in reference/map_and_compare.cpp).
#include "web/reference/internal.hpp"

#include "web/markdown.hpp"

#include <chrono>

#include <fmt/format.h>

#include "domain/events/zones.hpp"
#include "web/event_labels.hpp"

namespace cps::web {

using reference::CountryStatus;

namespace reference_parts {

const char* status_label(CountryStatus status) {
  switch (status) {
    case CountryStatus::eu:
      return N_("EU member state");
    case CountryStatus::ipa:
      return N_("Candidate country (IPA)");
    case CountryStatus::other:
      return N_("Neighbourhood country");
  }
  return N_("Neighbourhood country");
}

const char* level_label(int level, Classification classification) {
  if (classification == Classification::national)
    return level == 0 ? N_("Country") : N_("National statistical region");
  switch (level) {
    case 0:
      return N_("Country");
    case 1:
      return N_("Major region (NUTS 1)");
    case 2:
      return N_("Region (NUTS 2)");
    default:
      return N_("Small region (NUTS 3)");
  }
}

const char* classification_label(Classification c) {
  return c == Classification::nuts2021 ? N_("NUTS 2021 (Eurostat)")
                                       : N_("National statistical classification");
}

// The latest known value of a dataset for a region (and sector), with its year.
std::optional<std::pair<double, int>> latest(statistics::StatisticsService& s, std::int64_t dataset,
                                             const std::string& region, std::optional<std::string> sector) {
  statistics::ObservationQuery q;
  q.region = region;
  q.sector = std::move(sector);
  q.limit = 200;
  auto rows = s.observations(dataset, std::nullopt, q);
  if (!rows) return std::nullopt;
  std::optional<std::pair<double, int>> best;
  for (const auto& o : *rows)
    if (o.value && (!best || o.year > best->second)) best = std::make_pair(*o.value, o.year);
  return best;
}

}  // namespace reference_parts

using namespace reference_parts;

namespace {

List area_cards(const std::vector<reference::ThematicArea>& areas, Language lang) {
  List cards;
  for (const auto& a : areas)
    cards.push_back(Object{{"code", a.code.str()},
                           {"name", a.name},
                           {"summary", a.summary},
                           {"href", Site::prefix(lang) + "/areas/" + a.code.str()}});
  return cards;
}

}  // namespace

void ReferencePages::add_routes(http::Router& router) {
  using P = ReferencePages;
  router.get("/", [this](http::Request& r) { return root(r); });
  router.get("/problems/{slug}", [this](http::Request& r) { return problem(r); });
  router.get("/{lang}", [](http::Request& r) {
    if (!Site::language_of(r)) return http::redirect(r, bhttp::status::found, "/");
    return http::redirect(r, bhttp::status::moved_permanently, r.path + "/");
  });
  router.get("/{lang}/", cache_.cached(on_public_page(site_, this, &P::home)));
  router.get("/{lang}/areas", cache_.cached(on_public_page(site_, this, &P::areas)));
  router.get("/{lang}/areas/{code}", cache_.cached(on_public_page(site_, this, &P::area)));
  router.get("/{lang}/regions", cache_.cached(on_public_page(site_, this, &P::regions)));
  router.get("/{lang}/regions/{code}", cache_.cached(on_public_page(site_, this, &P::region)));
  router.get("/{lang}/map", cache_.cached(on_public_page(site_, this, &P::map)));
  router.get("/{lang}/compare", cache_.cached(on_public_page(site_, this, &P::compare)));
}

// The page an API problem's type URI resolves to: what the problem means and its status.
http::Response ReferencePages::problem(http::Request& request) {
  const http::ProblemType* type = http::find_problem_type(request.param("slug"));
  if (!type) return site_.error_page(request, Error{ErrorKind::not_found, "Not found."});
  Language lang = Site::preferred_language(request);
  Object data{{"slug", std::string(type->slug)},
              {"uri", http::problem_type_uri(*type)},
              {"status", std::to_string(int(type->status))},
              {"title", site_.tr(lang, type->title)},
              {"home_href", Site::prefix(lang) + "/"}};
  http::Response res =
      site_.page(request, lang, "problem", site_.tr(lang, type->title), std::move(data));
  res.set(bhttp::field::vary, "Accept-Language");
  return res;
}

http::Response ReferencePages::root(http::Request& request) {
  Language language = i18n::negotiate(request.header(bhttp::field::accept_language));
  http::Response res = http::redirect(request, bhttp::status::found, Site::prefix(language) + "/");
  res.set(bhttp::field::vary, "Accept-Language");
  res.set(bhttp::field::cache_control, "no-store");
  return res;
}

// How many of the latest news and of the next events the home page shows.
constexpr std::size_t kHomeNews = 3;
constexpr std::size_t kHomeEvents = 3;

http::Response ReferencePages::home(http::Request& request, Language lang) {
  auto areas = service_.areas(i18n::code(lang));
  if (!areas) return site_.error_page(request, areas.error());
  auto countries = service_.countries();
  if (!countries) return site_.error_page(request, countries.error());
  auto all_regions = service_.find_regions(reference::RegionQuery{});
  if (!all_regions) return site_.error_page(request, all_regions.error());
  const auto& cat = site_.catalogue();
  std::string prefix = Site::prefix(lang);
  List country_list;
  for (const auto& c : *countries)
    country_list.push_back(Object{{"code", c.code.str()},
                                  {"name", cat.country_name(lang, c.iso_code)},
                                  {"status", std::string(reference::to_string(c.status))},
                                  {"status_label", site_.tr(lang, status_label(c.status))},
                                  {"href", prefix + "/regions/" + c.code.str()}});
  Object stats{{"countries", cat.format_integer(lang, (long long)countries->size())},
               {"regions", cat.format_integer(lang, (long long)all_regions->total)},
               {"areas", cat.format_integer(lang, (long long)areas->size())}};
  // The latest news: published posts, in the reader's language where a post has a version in it.
  List latest_news;
  if (news_) {
    auto latest = news_->list(accounts::Principal{}, news::NewsFilter{}, std::string(i18n::code(lang)));
    if (!latest) return site_.error_page(request, latest.error());
    for (std::size_t i = 0; i < latest->size() && i < kHomeNews; ++i) {
      const news::Post& p = (*latest)[i].post;
      auto day = std::chrono::floor<std::chrono::days>(std::chrono::sys_seconds(std::chrono::seconds(p.published_at)));
      latest_news.push_back(Object{{"href", prefix + "/news/" + std::to_string(p.id.value())},
                                   {"title", p.title},
                                   {"summary", p.summary},
                                   {"text_lang", p.language},
                                   {"date", cat.format_date(lang, day)}});
    }
  }
  // The next events, soonest first, each with its first day on the clock of its own zone.
  List upcoming;
  if (events_) {
    auto next = events_->list(events::ListFilter{});
    if (!next) return site_.error_page(request, next.error());
    for (std::size_t i = 0; i < next->size() && i < kHomeEvents; ++i) {
      const events::Event& e = (*next)[i];
      // The day on the event's own clock (its zone's offset at the start), else in UTC.
      const auto* zone = events::find_zone(e.zone);
      const std::int64_t local = e.starts_at + (zone ? std::int64_t(events::offset_at(e.starts_at, *zone)) * 60 : 0);
      const auto day = std::chrono::floor<std::chrono::days>(std::chrono::sys_seconds(std::chrono::seconds(local)));
      const std::chrono::year_month_day ymd{day};
      const std::string iso = fmt::format("{:04}-{:02}-{:02}", int(ymd.year()), unsigned(ymd.month()), unsigned(ymd.day()));
      upcoming.push_back(Object{{"href", prefix + "/events/" + std::to_string(e.id.value())},
                                {"title", e.title},
                                {"kind", site_.tr(lang, event_kind_label(e.kind))},
                                {"date", cat.format_date(lang, day)},
                                {"iso", iso}});
    }
  }
  Object data{{"areas", area_cards(*areas, lang)},
              {"latest_news", latest_news},
              {"has_news", !latest_news.empty()},
              {"news_href", prefix + "/news"},
              {"upcoming_events", upcoming},
              {"has_events", !upcoming.empty()},
              {"events_href", prefix + "/events"},
              {"countries", country_list},
              {"stats", stats},
              {"regions_href", prefix + "/regions"},
              {"areas_href", prefix + "/areas"},
              // The steps that have pages lead to them; the others are still to come.
              {"assess_href", prefix + "/assessments"},
              {"learn_href", prefix + "/knowledge"},
              {"test_href", prefix + "/pilots"}};
  return site_.page(request, lang, "home",
                    site_.tr(lang, N_("Smarter cluster policies for South East Europe")),
                    std::move(data));
}

http::Response ReferencePages::areas(http::Request& request, Language lang) {
  auto areas = service_.areas(i18n::code(lang));
  if (!areas) return site_.error_page(request, areas.error());
  return site_.page(request, lang, "areas", site_.tr(lang, N_("Thematic areas")),
                    Object{{"areas", area_cards(*areas, lang)}});
}

http::Response ReferencePages::area(http::Request& request, Language lang) {
  auto area = service_.area(request.param("code"), i18n::code(lang));
  if (!area) return site_.error_page(request, area.error());
  auto all = service_.areas(i18n::code(lang));
  if (!all) return site_.error_page(request, all.error());
  List others;
  for (const auto& a : *all)
    others.push_back(Object{{"code", a.code.str()},
                            {"name", a.name},
                            {"href", Site::prefix(lang) + "/areas/" + a.code.str()},
                            {"current", a.code == area->code}});
  Object data{{"area", Object{{"code", area->code.str()},
                              {"name", area->name},
                              {"summary", area->summary},
                              {"description_html", render_markdown(area->description_markdown)}}},
              {"areas", others},
              {"areas_href", Site::prefix(lang) + "/areas"}};
  auto scores = area_scores(request, area->code.str(), lang);
  if (!scores) return site_.error_page(request, scores.error());
  merge(data, std::move(*scores));
  auto work_plan = area_work_plan(request, area->code.str(), lang);
  if (!work_plan) return site_.error_page(request, work_plan.error());
  merge(data, std::move(*work_plan));
  return site_.page(request, lang, "area", area->code.str() + " · " + area->name, std::move(data),
                    PageOptions{bhttp::status::ok, area->summary, {}});
}

}  // namespace cps::web
