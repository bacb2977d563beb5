// Strong types: a region code is not a country code is not a language tag.
#pragma once

#include <compare>
#include <cstdint>
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

// A database id of one kind of thing: a user id cannot be passed where an organisation's is
// expected.
template <class Tag>
class StrongId {
 public:
  constexpr StrongId() = default;
  constexpr explicit StrongId(std::int64_t value) : value_(value) {}
  constexpr std::int64_t value() const { return value_; }
  constexpr bool valid() const { return value_ > 0; }
  auto operator<=>(const StrongId&) const = default;

 private:
  std::int64_t value_ = 0;
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

template <class Tag>
struct std::hash<cps::StrongId<Tag>> {
  size_t operator()(const cps::StrongId<Tag>& id) const noexcept {
    return std::hash<std::int64_t>{}(id.value());
  }
};
