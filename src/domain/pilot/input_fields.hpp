// What the readers of the pilots' input shapes share: reading one field of a JSON object with
// the field's name in the refusal, and the rules on texts and dates. Only the pilot module's
// readers include it.
#pragma once

#include <boost/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/enum_names.hpp"
#include "core/error.hpp"
#include "domain/pilot/pilot.hpp"

namespace cps::pilot::input_parts {

namespace json = boost::json;

// Longest texts: a title, a line, a paragraph and a whole description.
inline constexpr std::size_t kTitleLength = 200;
inline constexpr std::size_t kLineLength = 600;
inline constexpr std::size_t kParagraphLength = 5000;
inline constexpr std::size_t kDocumentLength = 20000;
// The largest figure a value or an amount may be: far beyond any real one, well within a double's
// exact integers, so that cents and counts stay exact.
inline constexpr double kLargestNumber = 1e12;

enum class Required { no, yes };

Result<const json::object*> object_of(const json::value& value, const std::string& field);
// The text of `key` (trimmed), "" when absent or null.
Result<std::string> text_field(const json::object& o, std::string_view key, const std::string& where);
// A number, also written as text (form fields arrive as text); absent or null is an error.
Result<double> number_field(const json::object& o, std::string_view key, const std::string& where);
// A whole number, also written as text; nullopt when absent or null.
Result<std::optional<std::int64_t>> whole_field(const json::object& o, std::string_view key,
                                                const std::string& where, const char* message);
// A list under `key`; nullptr when absent or null.
Result<const json::array*> list_field(const json::object& o, std::string_view key, const std::string& where);

// A name from one of the enum tables; `absent` when the field is absent or null.
template <class E, std::size_t N>
Result<E> name_field(const json::object& o, std::string_view key, const std::string& where,
                     const EnumName<E> (&names)[N], E absent, const char* message) {
  auto* v = o.if_contains(key);
  if (!v || v->is_null()) return absent;
  auto value = v->is_string() ? parse_name(std::string_view(v->as_string()), names) : std::nullopt;
  if (!value) return fail(ErrorKind::invalid, message, where + std::string(key));
  return *value;
}

// Well-formed UTF-8 without control characters (line breaks allowed), at most `max` code
// points, and not empty when required.
Status check_text(const std::string& value, std::size_t max, const std::string& field, Required required);
// A date YYYY-MM-DD that exists.
Status check_date(const std::string& value, const std::string& field);
// {value, date}: the value a number, the date as given (check_date judges it).
Result<Measure> read_measure(const json::value& value, const std::string& field);

// The entries of a logframe list, positions in their order; `where` names the list.
Result<std::vector<LogframeEntry>> read_logframe_entries(const json::array& list, const std::string& where);
// check_logframe with the fields named under `where` (the pilot's logframe, or a modification's).
Status check_logframe_at(const std::vector<LogframeEntry>& logframe, const std::string& where);
// A budget in euro (a number with at most two decimals) as cents.
Result<EuroCents> read_euro(const json::object& o, std::string_view key, const std::string& where);

}  // namespace cps::pilot::input_parts
