// What the files of ReferencePages share: the page class and the names they speak in, the
// labels of countries and regions, and the latest figure of a region. Only the files of
// ReferencePages include it.
#pragma once

#include <boost/json.hpp>
#include <fmt/format.h>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <utility>

#include "core/text.hpp"
#include "domain/reference/reference.hpp"
#include "domain/statistics/statistics_service.hpp"
#include "http/request.hpp"
#include "web/downloads.hpp"
#include "web/forms.hpp"
#include "web/reference_pages.hpp"
#include "web/sector_labels.hpp"

namespace cps::web::reference_parts {

// Message ids, for Site::tr.
const char* status_label(reference::CountryStatus status);
const char* level_label(int level, reference::Classification classification);
const char* classification_label(reference::Classification c);

// The latest known value of a dataset for a region (and sector), with its year.
std::optional<std::pair<double, int>> latest(statistics::StatisticsService& s, std::int64_t dataset,
                                             const std::string& region, std::optional<std::string> sector);

}  // namespace cps::web::reference_parts

namespace cps::web {

using i18n::Language;
using i18n::N_;
using i18n::NP_;
using reference::Classification;
namespace bhttp = http::bhttp;
using exports::ColumnType;
using namespace reference_parts;

}  // namespace cps::web
