// What the files of ReferencePages share: the labels of countries and regions, and the
// latest figure of a region. Only the files of ReferencePages include it.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <utility>

#include "domain/reference/reference.hpp"
#include "domain/statistics/statistics_service.hpp"

namespace cps::web::reference_parts {

// Message ids, for Site::tr.
const char* status_label(reference::CountryStatus status);
const char* level_label(int level, reference::Classification classification);
const char* classification_label(reference::Classification c);

// The latest known value of a dataset for a region (and sector), with its year.
std::optional<std::pair<double, int>> latest(statistics::StatisticsService& s, std::int64_t dataset,
                                             const std::string& region, std::optional<std::string> sector);

}  // namespace cps::web::reference_parts
