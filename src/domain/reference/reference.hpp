// Reference data of the partnership: the countries of the programme area, their statistical
// regions, the six thematic areas (one working group each), partner types, reporting periods.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/enum_names.hpp"
#include "core/strong.hpp"

namespace cps::reference {

enum class CountryStatus { eu, ipa, other };
inline constexpr EnumName<CountryStatus> kCountryStatusNames[] = {
    {CountryStatus::eu, "eu"}, {CountryStatus::ipa, "ipa"}, {CountryStatus::other, "other"}};
static_assert(names_each_value_once(kCountryStatusNames));

struct Country {
  CountryCode code;      // Eurostat code: EL for Greece
  std::string iso_code;  // ISO 3166-1: GR for Greece
  CountryStatus status = CountryStatus::other;
  std::string name_en;
  std::string name_native;
  std::string native_language;
};

// NUTS 2021 units, or national statistical units where a country has no NUTS codes.
enum class Classification { nuts2021, national };
inline constexpr EnumName<Classification> kClassificationNames[] = {{Classification::nuts2021, "nuts2021"},
                                                                    {Classification::national, "national"}};
static_assert(names_each_value_once(kClassificationNames));

struct Region {
  RegionCode code;
  int level = 0;
  CountryCode country;
  std::optional<RegionCode> parent;
  std::string name_latin;
  std::string name_native;
  Classification classification = Classification::nuts2021;
};

struct ThematicArea {
  AreaCode code;
  int position = 0;
  std::string lang;  // language the texts are in (English when the asked one is missing)
  std::string name;
  std::string summary;
  std::string description_markdown;
};

struct ReportingPeriod {
  int number = 0;
  std::string starts_on;
  std::string ends_on;
};

std::string_view to_string(CountryStatus status);
std::optional<CountryStatus> parse_country_status(std::string_view text);
std::string_view to_string(Classification c);
std::optional<Classification> parse_classification(std::string_view text);

}  // namespace cps::reference
