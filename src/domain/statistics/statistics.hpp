// Datasets of regional statistics: what a dataset is, its versions (a new import never
// overwrites an old one) and its observations. Plain types.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "readers/readers.hpp"

namespace cps::statistics {

// An import takes a file as the readers read it and reports their problems: their shapes are
// the service's own words for a file, its format and its issues.
using readers::FileFormat;
using readers::Issue;
using readers::NegativeValues;
using readers::Observation;
using readers::ObservationTable;
using readers::ReadOptions;
using readers::choose_format;
using readers::guess_format;
using readers::parse_file_format;
using readers::to_string;

using Seconds = std::int64_t;

struct Dataset {
  std::int64_t id = 0;
  std::string code;  // stable name in addresses: lowercase letters, digits, hyphens
  std::string title;
  std::string unit;    // e.g. "thousand persons"
  std::string source;  // e.g. "Eurostat, lfst_r_lfe2en2"
  std::string licence;
  std::int64_t current_version = 0;  // id of the newest version
  int versions = 0;
};

struct DatasetVersion {
  std::int64_t id = 0;
  std::int64_t dataset = 0;
  int number = 0;
  Seconds imported_at = 0;
  std::string imported_by;
  std::string file_name;
  std::string format;
  std::int64_t rows = 0;
  std::int64_t skipped = 0;  // rows outside the programme area
  int first_year = 0;
  int last_year = 0;
};

// One value: a region, a sector ("" where the dataset has none, such as GDP), a breakdown
// of any further dimensions ("" or e.g. "age=Y_GE15"), a year.
struct ObservationRecord {
  std::string region;
  std::string sector;
  std::string breakdown;
  int year = 0;
  std::optional<double> value;  // none: not available
  std::string flags;
};

// A code of an older NUTS version and what it is in NUTS 2021: the new code, or none where
// the region was split or merged (its figures cannot be carried over).
struct RegionCodeChange {
  std::string old_code;
  std::optional<std::string> new_code;
  std::string vintage;  // e.g. "NUTS 2013"
  std::string note;
};

struct ObservationQuery {
  std::int64_t version = 0;
  std::optional<std::string> region;
  std::optional<std::string> sector;
  std::optional<int> year;
  std::size_t limit = 1000;
  std::size_t offset = 0;
};

}  // namespace cps::statistics
