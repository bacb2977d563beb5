// Names of enum values as they are stored, sent and typed: one table per enum, written beside
// the enum, read both ways (name_of, parse_name) and giving the list of every value.
#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <string_view>

namespace cps {

template <class E>
struct EnumName {
  E value;
  std::string_view name;
};

// The name of `value`; "" when the table lacks it.
template <class E, std::size_t N>
constexpr std::string_view name_of(E value, const EnumName<E> (&names)[N]) {
  for (const auto& entry : names)
    if (entry.value == value) return entry.name;
  return {};
}

// The value named `text` (exactly, case included), or nothing.
template <class E, std::size_t N>
constexpr std::optional<E> parse_name(std::string_view text, const EnumName<E> (&names)[N]) {
  for (const auto& entry : names)
    if (entry.name == text) return entry.value;
  return std::nullopt;
}

// The values of a table in its order: the "every value" list of the enum.
template <class E, std::size_t N>
constexpr std::array<E, N> values_of(const EnumName<E> (&names)[N]) {
  std::array<E, N> out{};
  for (std::size_t i = 0; i < N; ++i) out[i] = names[i].value;
  return out;
}

// Whether the table lists the enum's values 0, 1, … N-1 in declaration order, each with a
// distinct non-empty name. For static_assert beside the table: a value left out, given twice
// or out of order stops the build.
template <class E, std::size_t N>
constexpr bool names_each_value_once(const EnumName<E> (&names)[N]) {
  for (std::size_t i = 0; i < N; ++i) {
    if (static_cast<std::size_t>(names[i].value) != i || names[i].name.empty()) return false;
    for (std::size_t j = 0; j < i; ++j)
      if (names[j].name == names[i].name) return false;
  }
  return true;
}

}  // namespace cps
