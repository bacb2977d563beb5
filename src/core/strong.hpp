// Strong types: a region code is not a country code is not a language tag.
#pragma once

#include <compare>
#include <functional>
#include <string>
#include <utility>

namespace cps {

template <class Tag>
class StrongString {
 public:
  StrongString() = default;
  explicit StrongString(std::string value) : value_(std::move(value)) {}
  const std::string& str() const { return value_; }
  bool empty() const { return value_.empty(); }
  auto operator<=>(const StrongString&) const = default;

 private:
  std::string value_;
};

using CountryCode = StrongString<struct CountryCodeTag>;
using RegionCode = StrongString<struct RegionCodeTag>;
using AreaCode = StrongString<struct AreaCodeTag>;

}  // namespace cps

template <class Tag>
struct std::hash<cps::StrongString<Tag>> {
  size_t operator()(const cps::StrongString<Tag>& s) const noexcept {
    return std::hash<std::string>{}(s.str());
  }
};
