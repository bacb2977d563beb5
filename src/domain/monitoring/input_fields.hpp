// Reading the fields of monitoring's JSON input shapes, each failing (invalid) with the field's
// path: shared by monitoring_input.cpp and work_plan_file.cpp only.
#pragma once

#include <boost/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/enum_names.hpp"
#include "core/error.hpp"
#include "domain/monitoring/monitoring.hpp"

namespace cps::monitoring::fields {

namespace json = boost::json;

// `where` is the path of the object's fields ("" or e.g. "activities.4."); a field's path is
// where + key.
Result<const json::object*> object_of(const json::value& value, const std::string& path);
// The field's text, trimmed; "" when absent or null.
Result<std::string> text(const json::object& o, std::string_view key, const std::string& where);
// A whole number; `absent` when absent or null; a string of digits is taken too (forms).
Result<std::int64_t> whole(const json::object& o, std::string_view key, const std::string& where,
                           std::int64_t absent, const char* message);
// An amount of money (a number or text, see parse_amount); `absent` when absent or null.
Result<std::optional<Cents>> amount(const json::object& o, std::string_view key, const std::string& where,
                                    const char* message);
// The list at the key (empty when absent or null).
Result<const json::array*> list(const json::object& o, std::string_view key, const std::string& where);
Result<std::vector<std::string>> texts(const json::object& o, std::string_view key, const std::string& where);
Result<std::vector<int>> numbers(const json::object& o, std::string_view key, const std::string& where,
                                 const char* message);

// A name from one of the enum tables; `absent` when absent or null.
template <class E, std::size_t N>
Result<E> name(const json::object& o, std::string_view key, const std::string& where, const EnumName<E> (&names)[N],
               E absent, const char* message) {
  auto* v = o.if_contains(key);
  if (!v || v->is_null()) return absent;
  if (!v->is_string()) return fail(ErrorKind::invalid, message, where + std::string(key));
  auto value = parse_name(std::string_view(v->as_string()), names);
  if (!value) return fail(ErrorKind::invalid, message, where + std::string(key));
  return *value;
}

// The planned amount {partner, category, period, euro} at `where`.
Result<PlannedAmount> planned_amount(const json::value& value, const std::string& where);
// {language, title, description} texts of an activity.
Result<std::vector<ActivityText>> activity_texts(const json::object& o, const std::string& where);

}  // namespace cps::monitoring::fields
