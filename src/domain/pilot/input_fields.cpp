// Reading single fields of the pilots' input shapes (see input_fields.hpp).
#include "domain/pilot/input_fields.hpp"

#include <charconv>
#include <chrono>
#include <cmath>

#include "core/text.hpp"
#include "domain/pilot/pilot_input.hpp"
#include "i18n/catalogue.hpp"

namespace cps::pilot {

using i18n::N_;

bool is_date(const std::string& text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return false;
  for (std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
    if (text[i] < '0' || text[i] > '9') return false;
  auto number = [&](std::size_t from, std::size_t n) {
    int out = 0;
    std::from_chars(text.data() + from, text.data() + from + n, out);
    return out;
  };
  std::chrono::year_month_day day{std::chrono::year(number(0, 4)), std::chrono::month(unsigned(number(5, 2))),
                                  std::chrono::day(unsigned(number(8, 2)))};
  return day.ok();
}

namespace input_parts {

Result<const json::object*> object_of(const json::value& value, const std::string& field) {
  if (!value.is_object()) return fail(ErrorKind::invalid, "This must be an object.", field);
  return &value.as_object();
}

Result<std::string> text_field(const json::object& o, std::string_view key, const std::string& where) {
  auto* v = o.if_contains(key);
  if (!v || v->is_null()) return std::string();
  if (!v->is_string()) return fail(ErrorKind::invalid, "This must be text.", where + std::string(key));
  return text::trim(std::string_view(v->as_string()));
}

namespace {

std::optional<double> number_of(const json::value& v) {
  if (v.is_double()) return v.as_double();
  if (v.is_int64()) return double(v.as_int64());
  if (v.is_uint64()) return double(v.as_uint64());
  if (!v.is_string()) return std::nullopt;
  auto s = text::trim(std::string_view(v.as_string()));
  double out = 0;
  auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
  if (s.empty() || ec != std::errc() || end != s.data() + s.size()) return std::nullopt;
  return out;
}

}  // namespace

Result<double> number_field(const json::object& o, std::string_view key, const std::string& where) {
  auto* v = o.if_contains(key);
  auto number = v ? number_of(*v) : std::nullopt;
  if (!number || !std::isfinite(*number))
    return fail(ErrorKind::invalid, "This must be a number.", where + std::string(key));
  return *number;
}

Result<std::optional<std::int64_t>> whole_field(const json::object& o, std::string_view key,
                                                const std::string& where, const char* message) {
  auto* v = o.if_contains(key);
  if (!v || v->is_null() || (v->is_string() && text::trim(std::string_view(v->as_string())).empty()))
    return std::optional<std::int64_t>();
  if (v->is_int64()) return std::optional<std::int64_t>(v->as_int64());
  if (v->is_string())
    if (auto n = text::parse_int(text::trim(std::string_view(v->as_string()))))
      return std::optional<std::int64_t>(*n);
  return fail(ErrorKind::invalid, message, where + std::string(key));
}

Result<const json::array*> list_field(const json::object& o, std::string_view key, const std::string& where) {
  auto* v = o.if_contains(key);
  if (!v || v->is_null()) return static_cast<const json::array*>(nullptr);
  if (!v->is_array()) return fail(ErrorKind::invalid, "This must be a list.", where + std::string(key));
  return &v->as_array();
}

Status check_text(const std::string& value, std::size_t max, const std::string& field, Required required) {
  if (!text::is_valid_utf8(value) || text::has_control_characters(value))
    return fail(ErrorKind::invalid, N_("This text has characters that cannot be stored."), field);
  if (required == Required::yes && text::trim(value).empty())
    return fail(ErrorKind::unprocessable, N_("This field is required."), field);
  if (text::utf8_length(value) > max) return fail(ErrorKind::unprocessable, N_("This text is too long."), field);
  return {};
}

Status check_date(const std::string& value, const std::string& field) {
  if (!is_date(value)) return fail(ErrorKind::unprocessable, N_("Give dates as YYYY-MM-DD."), field);
  return {};
}

Result<Measure> read_measure(const json::value& value, const std::string& field) {
  auto o = object_of(value, field);
  if (!o) return std::unexpected(o.error());
  Measure m;
  auto number = number_field(**o, "value", field + ".");
  if (!number) return std::unexpected(number.error());
  m.value = *number;
  auto date = text_field(**o, "date", field + ".");
  if (!date) return std::unexpected(date.error());
  m.date = *date;
  return m;
}

}  // namespace input_parts
}  // namespace cps::pilot
