// Reading a transfer's JSON shape (see transfer_input.hpp).
#include "domain/transfer/transfer_input.hpp"

#include <boost/json.hpp>

#include "core/text.hpp"
#include "i18n/catalogue.hpp"

namespace cps::transfer {

namespace json = boost::json;
using i18n::N_;

namespace {

constexpr std::string_view kFields[] = {"item",  "origin", "destination", "adopter", "adopted_on",
                                        "mode",  "status", "pilot",       "notes",   "result"};

Result<std::string> text_of(const json::object& o, std::string_view key) {
  auto* v = o.if_contains(key);
  if (!v || v->is_null()) return std::string();
  if (!v->is_string()) return fail(ErrorKind::invalid, "This must be text.", std::string(key));
  return text::trim(std::string_view(v->as_string()));
}

// A whole number above zero, also written as text (form fields arrive as text); nullopt when
// absent, null or empty.
Result<std::optional<std::int64_t>> id_of(const json::object& o, std::string_view key, const char* message) {
  auto* v = o.if_contains(key);
  if (!v || v->is_null()) return std::optional<std::int64_t>();
  std::optional<long long> n;
  if (v->is_int64()) n = v->as_int64();
  else if (v->is_uint64() && v->as_uint64() < (1ull << 62)) n = (long long)v->as_uint64();
  else if (v->is_string()) {
    std::string typed = text::trim(std::string_view(v->as_string()));
    if (typed.empty()) return std::optional<std::int64_t>();
    if (!typed.empty() && typed[0] == '#') typed.erase(0, 1);
    n = text::parse_int(typed);
  }
  if (!n || *n < 1) return fail(ErrorKind::invalid, message, std::string(key));
  return std::optional<std::int64_t>(*n);
}

Status check_text(const std::string& value, std::size_t max, std::string_view field) {
  if (!text::is_valid_utf8(value) || text::has_control_characters(value))
    return fail(ErrorKind::invalid, N_("This text has characters that cannot be stored."), std::string(field));
  if (text::utf8_length(value) > max) return fail(ErrorKind::unprocessable, N_("This text is too long."), std::string(field));
  return {};
}

// A NUTS code as typed: letters and digits only, upper-cased; "" stays "".
Result<std::string> region_of(const json::object& o, std::string_view key) {
  auto typed = text_of(o, key);
  if (!typed) return std::unexpected(typed.error());
  std::string code = text::to_upper_ascii(*typed);
  if (code.size() > 10) return fail(ErrorKind::invalid, N_("Choose regions from the list."), std::string(key));
  for (char c : code)
    if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')))
      return fail(ErrorKind::invalid, N_("Choose regions from the list."), std::string(key));
  return code;
}

template <class E, std::size_t N>
Result<E> name_of_field(const json::object& o, std::string_view key, const EnumName<E> (&names)[N], E absent) {
  auto typed = text_of(o, key);
  if (!typed) return std::unexpected(typed.error());
  if (typed->empty()) return absent;
  auto value = parse_name(*typed, names);
  if (!value) return fail(ErrorKind::invalid, "Choose a value from the list.", std::string(key));
  return *value;
}

}  // namespace

bool is_month(std::string_view t) {
  if (t.size() != 7 || t[4] != '-') return false;
  auto year = text::parse_int(t.substr(0, 4));
  auto month = text::parse_int(t.substr(5, 2));
  if (t[5] < '0' || t[5] > '1' || t[0] == '-' || t[5] == '-') return false;
  return year && month && *year >= 1900 && *year <= 2100 && *month >= 1 && *month <= 12;
}

Result<TransferInput> read_transfer(const json::value& value) {
  if (!value.is_object()) return fail(ErrorKind::invalid, "This must be an object.");
  const json::object& o = value.as_object();
  for (const auto& member : o) {
    bool known = false;
    for (auto f : kFields) known = known || member.key() == f;
    // A typo in an integrator's body must not be silently dropped.
    if (!known) return fail(ErrorKind::invalid, "This field is not known here.", std::string(member.key()));
  }
  TransferInput in;
  auto item = id_of(o, "item", N_("Choose a knowledge item from the list."));
  if (!item) return std::unexpected(item.error());
  if (!*item) return fail(ErrorKind::unprocessable, N_("Choose a knowledge item from the list."), "item");
  in.item = **item;
  auto origin = region_of(o, "origin");
  if (!origin) return std::unexpected(origin.error());
  if (!origin->empty()) in.origin = RegionCode(*origin);
  auto destination = region_of(o, "destination");
  if (!destination) return std::unexpected(destination.error());
  if (destination->empty()) return fail(ErrorKind::unprocessable, N_("This field is required."), "destination");
  in.destination = RegionCode(*destination);
  auto adopter = id_of(o, "adopter", "This organisation does not exist.");
  if (!adopter) return std::unexpected(adopter.error());
  if (*adopter) in.adopter = accounts::OrganisationId(**adopter);
  auto month = text_of(o, "adopted_on");
  if (!month) return std::unexpected(month.error());
  if (month->empty()) return fail(ErrorKind::unprocessable, N_("This field is required."), "adopted_on");
  if (!is_month(*month))
    return fail(ErrorKind::unprocessable, N_("Give the month as YYYY-MM, such as 2025-03."), "adopted_on");
  in.adopted_on = *month;
  auto mode = name_of_field(o, "mode", kModeNames, Mode::adapted);
  if (!mode) return std::unexpected(mode.error());
  in.mode = *mode;
  auto status = name_of_field(o, "status", kTransferStatusNames, TransferStatus::considered);
  if (!status) return std::unexpected(status.error());
  in.status = *status;
  auto pilot = id_of(o, "pilot", N_("Choose a pilot that transfers this practice."));
  if (!pilot) return std::unexpected(pilot.error());
  in.pilot = *pilot;
  auto notes = o.if_contains("notes") && o.at("notes").is_string() ? std::string(o.at("notes").as_string())
                                                                  : std::string();
  if (auto* v = o.if_contains("notes"); v && !v->is_null() && !v->is_string())
    return fail(ErrorKind::invalid, "This must be text.", "notes");
  if (auto ok = check_text(notes, kNotesLength, "notes"); !ok) return std::unexpected(ok.error());
  in.notes = text::trim(notes);
  auto result = text_of(o, "result");
  if (!result) return std::unexpected(result.error());
  if (auto ok = check_text(*result, kResultLength, "result"); !ok) return std::unexpected(ok.error());
  in.result = *result;
  return in;
}

}  // namespace cps::transfer
