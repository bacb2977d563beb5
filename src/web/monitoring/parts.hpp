// What every monitoring page's file shares: the page class, the names it speaks in (the
// monitoring domain, translation markers, the HTTP types), and small pieces several pages
// show: the section's tabs with the note on what this view is, money and shares as text, a
// traffic light as colour, word and symbol, the thematic areas' names.
#pragma once

#include <fmt/format.h>

#include <map>
#include <optional>
#include <string>
#include <string_view>

#include "core/text.hpp"
#include "domain/monitoring/budget_math.hpp"
#include "domain/monitoring/monitoring.hpp"
#include "http/request.hpp"
#include "web/monitoring_labels.hpp"
#include "web/monitoring_pages.hpp"

namespace cps::web::monitoring_parts {

// "/en/monitoring" followed by `rest`.
std::string monitoring_href(i18n::Language lang, std::string_view rest = {});
// The period's workbook for reporting to the programme, in the page's language (the API's).
std::string workbook_href(i18n::Language lang, int period);
// The section's head every page shows: "tabs" (label, href, current), "note" (this is the
// partnership's own management view, not the programme's official monitoring system).
Object frame(const Site& site, i18n::Language lang, std::string_view current);
// Nothing of the monitoring is public: an anonymous visitor is asked to sign in first.
std::optional<http::Response> sign_in_first(const Site& site, const http::Request& r, const auth::Visit& v);
// "12 345,67 €" in the language's digits.
std::string money(const Site& site, i18n::Language lang, monitoring::Cents euro);
// "45 %", or "–" when there is no share.
std::string share(const Site& site, i18n::Language lang, std::optional<double> rate);
// {light, light_label, light_symbol}: the colour's code, its word and a symbol.
Object light(const Site& site, i18n::Language lang, monitoring::Light l);
// A moment as the day it falls on (UTC), YYYY-MM-DD; "" for 0 (never).
std::string day_of(monitoring::Seconds t);
// The thematic areas' names by code in the language, and "" for horizontal activities.
std::map<std::string, std::string> area_names(const Site& site, reference::ReferenceService& reference,
                                              i18n::Language lang);
// The budget's warnings in words, a partner's or cost category's spending running ahead of the
// plan or far behind it up to the current period: "text", "ahead".
List budget_warnings(const Site& site, i18n::Language lang, const monitoring::BudgetOverview& overview);
// The revision a form was opened at (0 when missing).
int revision_of(const Form& f);
// A period number 1–6 typed in a form or a query; nullopt otherwise.
std::optional<int> period_of(std::string_view text);

}  // namespace cps::web::monitoring_parts

// Only the files in web/monitoring/ include this header: the names below are theirs alone.
namespace cps::web {

using i18n::N_;
using i18n::NP_;
using namespace cps::monitoring;
namespace bhttp = http::bhttp;
using monitoring_parts::area_names;
using monitoring_parts::budget_warnings;
using monitoring_parts::day_of;
using monitoring_parts::frame;
using monitoring_parts::light;
using monitoring_parts::money;
using monitoring_parts::monitoring_href;
using monitoring_parts::period_of;
using monitoring_parts::revision_of;
using monitoring_parts::share;
using monitoring_parts::workbook_href;
using monitoring_parts::sign_in_first;

}  // namespace cps::web
