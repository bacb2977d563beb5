// The field readers of monitoring's JSON input shapes (see input_fields.hpp).
#include "domain/monitoring/input_fields.hpp"

#include <cmath>

#include "core/text.hpp"
#include "domain/monitoring/monitoring_input.hpp"
#include "i18n/catalogue.hpp"
#include "i18n/languages.hpp"

namespace cps::monitoring::fields {

using i18n::N_;

Result<const json::object*> object_of(const json::value& value, const std::string& path) {
  if (!value.is_object()) return fail(ErrorKind::invalid, "This must be an object.", path);
  return &value.as_object();
}

Result<std::string> text(const json::object& o, std::string_view key, const std::string& where) {
  auto* v = o.if_contains(key);
  if (!v || v->is_null()) return std::string();
  if (!v->is_string()) return fail(ErrorKind::invalid, "This must be text.", where + std::string(key));
  return text::trim(std::string_view(v->as_string()));
}

Result<std::int64_t> whole(const json::object& o, std::string_view key, const std::string& where,
                           std::int64_t absent, const char* message) {
  auto* v = o.if_contains(key);
  if (!v || v->is_null()) return absent;
  if (v->is_int64()) return v->as_int64();
  if (v->is_uint64() && v->as_uint64() < (1ull << 62)) return std::int64_t(v->as_uint64());
  if (v->is_double() && std::trunc(v->as_double()) == v->as_double() && std::fabs(v->as_double()) < 1e15)
    return std::int64_t(v->as_double());
  if (v->is_string()) {
    auto typed = text::trim_view(std::string_view(v->as_string()));
    if (typed.empty()) return absent;
    if (auto n = text::parse_int(typed)) return *n;
  }
  return fail(ErrorKind::invalid, message, where + std::string(key));
}

Result<std::optional<Cents>> amount(const json::object& o, std::string_view key, const std::string& where,
                                    const char* message) {
  auto* v = o.if_contains(key);
  if (!v || v->is_null()) return std::optional<Cents>();
  std::optional<Cents> read;
  if (v->is_int64() && std::llabs(v->as_int64()) < 10'000'000'000'000LL)
    read = Cents{v->as_int64() * 100};
  else if (v->is_double() && std::fabs(v->as_double()) < 1e13) {
    // A JSON number keeps no more than two decimals when it is a whole number of cents.
    double cents = v->as_double() * 100;
    if (std::fabs(cents - std::round(cents)) < 1e-6) read = Cents{std::int64_t(std::llround(cents))};
  } else if (v->is_string()) {
    if (text::trim_view(std::string_view(v->as_string())).empty()) return std::optional<Cents>();
    read = parse_amount(std::string_view(v->as_string()));
  }
  if (!read) return fail(ErrorKind::invalid, message, where + std::string(key));
  return read;
}

Result<const json::array*> list(const json::object& o, std::string_view key, const std::string& where) {
  static const json::array kEmpty;
  auto* v = o.if_contains(key);
  if (!v || v->is_null()) return &kEmpty;
  if (!v->is_array()) return fail(ErrorKind::invalid, "This must be a list.", where + std::string(key));
  return &v->as_array();
}

Result<std::vector<std::string>> texts(const json::object& o, std::string_view key, const std::string& where) {
  auto l = list(o, key, where);
  if (!l) return std::unexpected(l.error());
  std::vector<std::string> out;
  for (const auto& v : **l) {
    if (!v.is_string()) return fail(ErrorKind::invalid, "This must be a list of texts.", where + std::string(key));
    auto t = text::trim(std::string_view(v.as_string()));
    if (!t.empty()) out.push_back(std::move(t));
  }
  return out;
}

Result<std::vector<int>> numbers(const json::object& o, std::string_view key, const std::string& where,
                                 const char* message) {
  auto l = list(o, key, where);
  if (!l) return std::unexpected(l.error());
  std::vector<int> out;
  for (std::size_t i = 0; i < (*l)->size(); ++i) {
    const auto& v = (**l)[i];
    std::optional<long long> n;
    if (v.is_int64()) n = v.as_int64();
    else if (v.is_string()) n = text::parse_int(text::trim_view(std::string_view(v.as_string())));
    if (!n || *n < -1000000 || *n > 1000000)
      return fail(ErrorKind::invalid, message, where + std::string(key) + "." + std::to_string(i));
    out.push_back(int(*n));
  }
  return out;
}

Result<PlannedAmount> planned_amount(const json::value& value, const std::string& where) {
  auto o = object_of(value, where.empty() ? where : where.substr(0, where.size() - 1));
  if (!o) return std::unexpected(o.error());
  PlannedAmount a;
  auto partner = whole(**o, "partner", where, 0, N_("Choose a partner from the list."));
  if (!partner) return std::unexpected(partner.error());
  if (*partner <= 0) return fail(ErrorKind::invalid, N_("Choose a partner from the list."), where + "partner");
  a.partner = accounts::OrganisationId(*partner);
  auto category = name(**o, "category", where, kCostCategoryNames, CostCategory::staff,
                       N_("Choose a cost category from the list."));
  if (!category) return std::unexpected(category.error());
  if (!(*o)->if_contains("category"))
    return fail(ErrorKind::invalid, N_("Choose a cost category from the list."), where + "category");
  a.category = *category;
  auto period = whole(**o, "period", where, 0, N_("Reporting periods are numbered 1 to 6."));
  if (!period) return std::unexpected(period.error());
  if (*period < 1 || *period > kPeriods)
    return fail(ErrorKind::invalid, N_("Reporting periods are numbered 1 to 6."), where + "period");
  a.period = int(*period);
  const char* euro_message = N_("Enter an amount in euro with at most two decimals, not below zero.");
  auto euro = amount(**o, "euro", where, euro_message);
  if (!euro) return std::unexpected(euro.error());
  if (!*euro || (*euro)->value < 0) return fail(ErrorKind::invalid, euro_message, where + "euro");
  a.euro = **euro;
  return a;
}

Result<std::vector<ActivityText>> activity_texts(const json::object& o, const std::string& where) {
  auto l = list(o, "texts", where);
  if (!l) return std::unexpected(l.error());
  std::vector<ActivityText> out;
  for (std::size_t i = 0; i < (*l)->size(); ++i) {
    std::string at = where + "texts." + std::to_string(i) + ".";
    auto t = object_of((**l)[i], at.substr(0, at.size() - 1));
    if (!t) return std::unexpected(t.error());
    ActivityText text;
    auto language = fields::text(**t, "language", at);
    if (!language) return std::unexpected(language.error());
    if (!i18n::parse_language(*language))
      return fail(ErrorKind::invalid, N_("Use en, ro, sq, hu or el."), at + "language");
    text.language = *language;
    for (const auto& other : out)
      if (other.language == text.language)
        return fail(ErrorKind::invalid, N_("Give each language's text once."), at + "language");
    auto title = fields::text(**t, "title", at);
    if (!title) return std::unexpected(title.error());
    text.title = *title;
    auto description = fields::text(**t, "description", at);
    if (!description) return std::unexpected(description.error());
    text.description = *description;
    if (text.title.empty() && text.description.empty()) continue;
    out.push_back(std::move(text));
  }
  return out;
}

}  // namespace cps::monitoring::fields
