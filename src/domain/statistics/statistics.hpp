// Datasets of regional statistics: what a dataset is, its versions (a new import never
// overwrites an old one) and its observations. Plain types.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/enum_names.hpp"
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

// Which regions an analysis compares: those of the programme area (the partners' own), or
// every European region the datasets hold. Regions outside the programme area are reference
// data for comparison only: never partners, never in the partnership's region lists.
enum class Scope { programme, europe };
inline constexpr EnumName<Scope> kScopeNames[] = {{Scope::programme, "programme"},
                                                  {Scope::europe, "europe"}};
static_assert(names_each_value_once(kScopeNames));
inline std::string_view to_string(Scope scope) { return name_of(scope, kScopeNames); }
inline std::optional<Scope> parse_scope(std::string_view text) { return parse_name(text, kScopeNames); }

// A NUTS 2021 region of a European country outside the programme area, kept so that imports
// store its figures as reference data (levels 0 to 2, as for the programme area).
struct EuropeanRegion {
  std::string code;
  int level = 0;
  std::string country;  // Eurostat country code
  std::string name_latin;
  std::string name_native;
};

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
  std::int64_t skipped = 0;  // rows outside the programme area (kept as reference data or not)
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

// A page of a dataset version's observations and how many the query matches over every page.
struct ObservationPage {
  std::vector<ObservationRecord> rows;
  std::size_t total = 0;
};

}  // namespace cps::statistics
