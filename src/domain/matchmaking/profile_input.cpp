// Reading a cluster profile, an offer or need and the editors' list, and the rules on them
// that need nothing stored (see profile_input.hpp).
#include "domain/matchmaking/profile_input.hpp"

#include <algorithm>
#include <boost/json.hpp>
#include <charconv>
#include <cstdio>
#include <chrono>
#include <set>

#include "core/text.hpp"
#include "domain/accounts/account_service.hpp"
#include "domain/matchmaking/nace_divisions.hpp"
#include "i18n/catalogue.hpp"

namespace cps::matchmaking {

namespace json = boost::json;
using i18n::N_;

namespace {

constexpr std::size_t kLineLength = 200;
constexpr std::size_t kParagraphLength = 4000;
constexpr std::size_t kDescriptionLength = 20000;
constexpr std::size_t kTagLength = 60;

Result<const json::object*> object_of(const json::value& value, const std::string& field) {
  if (!value.is_object()) return fail(ErrorKind::unprocessable, "This must be an object.", field);
  return &value.as_object();
}

std::string join(const std::string& where, std::string_view key) {
  return where.empty() ? std::string(key) : where + "." + std::string(key);
}

// The text of `key`, trimmed; "" when absent or null.
Result<std::string> text_field(const json::object& o, std::string_view key, const std::string& where) {
  auto* v = o.if_contains(key);
  if (!v || v->is_null()) return std::string();
  if (!v->is_string()) return fail(ErrorKind::invalid, "This must be text.", join(where, key));
  return text::trim(std::string_view(v->as_string()));
}

// A whole number, also written as text (form fields arrive as text); nullopt when absent,
// null or empty.
Result<std::optional<long long>> whole_field(const json::object& o, std::string_view key, const std::string& where) {
  auto* v = o.if_contains(key);
  if (!v || v->is_null()) return std::optional<long long>();
  if (v->is_int64()) return std::optional<long long>(v->as_int64());
  if (v->is_uint64() && v->as_uint64() < (1ull << 62)) return std::optional<long long>((long long)v->as_uint64());
  if (v->is_string()) {
    std::string typed = text::trim(std::string_view(v->as_string()));
    if (typed.empty()) return std::optional<long long>();
    if (auto n = text::parse_int(typed)) return std::optional<long long>(*n);
  }
  return fail(ErrorKind::invalid, "This must be a whole number.", join(where, key));
}

Result<std::vector<std::string>> texts_field(const json::object& o, std::string_view key, const std::string& where) {
  std::vector<std::string> out;
  auto* v = o.if_contains(key);
  if (!v || v->is_null()) return out;
  if (!v->is_array()) return fail(ErrorKind::invalid, "This must be a list of texts.", join(where, key));
  for (const auto& each : v->as_array()) {
    if (!each.is_string()) return fail(ErrorKind::invalid, "This must be a list of texts.", join(where, key));
    out.push_back(text::trim(std::string_view(each.as_string())));
  }
  return out;
}

template <class E, std::size_t N>
Result<E> name_field(const json::object& o, std::string_view key, const std::string& where,
                     const EnumName<E> (&names)[N], E absent) {
  auto* v = o.if_contains(key);
  if (!v || v->is_null() || (v->is_string() && v->as_string().empty())) return absent;
  auto value = v->is_string() ? parse_name(std::string_view(v->as_string()), names) : std::nullopt;
  if (!value) return fail(ErrorKind::invalid, "Choose a value from the list.", join(where, key));
  return *value;
}

Status check_text(const std::string& value, std::size_t max, const std::string& field) {
  if (!text::is_valid_utf8(value) || text::has_control_characters(value))
    return fail(ErrorKind::invalid, N_("This text has characters that cannot be stored."), field);
  if (text::utf8_length(value) > max) return fail(ErrorKind::unprocessable, N_("This text is too long."), field);
  return {};
}

// Line breaks are allowed in descriptions: only other control characters are refused.
Status check_paragraph(const std::string& value, std::size_t max, const std::string& field) {
  std::string flat = value;
  std::replace(flat.begin(), flat.end(), '\n', ' ');
  std::replace(flat.begin(), flat.end(), '\r', ' ');
  std::replace(flat.begin(), flat.end(), '\t', ' ');
  return check_text(flat, max, field);
}

bool is_language_code(const std::string& s) {
  return s.size() >= 2 && s.size() <= 3 && std::all_of(s.begin(), s.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

// Sectors: NACE Rev. 2 divisions, sorted and each once.
Status check_sectors(std::vector<std::string>& sectors, const std::string& field, bool required) {
  for (auto& s : sectors) {
    if (s.size() == 1 && s[0] >= '1' && s[0] <= '9') s = "0" + s;  // "1" typed for "01"
    if (!section_of_division(s))
      return fail_with(ErrorKind::unprocessable, N_("{division} is not a NACE Rev. 2 division (two digits, such as 16)."),
                       {{"division", s}}, field);
  }
  std::sort(sectors.begin(), sectors.end());
  sectors.erase(std::unique(sectors.begin(), sectors.end()), sectors.end());
  if (required && sectors.empty())
    return fail(ErrorKind::unprocessable, N_("Choose at least one sector (a NACE division)."), field);
  if (sectors.size() > kMostSectors)
    return fail(ErrorKind::unprocessable, N_("Choose at most 10 sectors."), field);
  return {};
}

// Each language once, an English version among them.
template <class T>
Status check_languages_of(const std::vector<T>& texts, const std::string& field) {
  std::set<std::string> seen;
  for (std::size_t i = 0; i < texts.size(); ++i) {
    if (!is_language_code(texts[i].language))
      return fail(ErrorKind::unprocessable, "Choose a language from the list.", field + "." + std::to_string(i) + ".language");
    if (!seen.insert(texts[i].language).second)
      return fail(ErrorKind::unprocessable, N_("Each language may have one version only."), field + "." + std::to_string(i) + ".language");
  }
  if (!seen.contains("en"))
    return fail(ErrorKind::unprocessable, N_("Write an English version too: partners abroad read it."), field);
  return {};
}

}  // namespace

// --- dates ----------------------------------------------------------------------------------

bool is_calendar_date(const std::string& text) {
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

namespace {

std::string format_day(std::chrono::sys_days day) {
  std::chrono::year_month_day ymd{day};
  char out[16];
  std::snprintf(out, sizeof out, "%04d-%02u-%02u", int(ymd.year()), unsigned(ymd.month()), unsigned(ymd.day()));
  return out;
}

}  // namespace

std::string date_after(const std::string& date, int days) {
  int y = 0;
  unsigned m = 0, d = 0;
  std::from_chars(date.data(), date.data() + 4, y);
  std::from_chars(date.data() + 5, date.data() + 7, m);
  std::from_chars(date.data() + 8, date.data() + 10, d);
  std::chrono::sys_days day{std::chrono::year(y) / std::chrono::month(m) / std::chrono::day(d)};
  return format_day(day + std::chrono::days(days));
}

std::string day_of(Seconds moment) {
  return format_day(std::chrono::floor<std::chrono::days>(std::chrono::sys_seconds(std::chrono::seconds(moment))));
}

// --- the profile ------------------------------------------------------------------------------

Result<ProfileInput> read_profile(const json::value& value) {
  auto o = object_of(value, "");
  if (!o) return std::unexpected(o.error());
  const json::object& in = **o;
  ProfileInput p;
  if (auto org = whole_field(in, "organisation", ""); !org) {
    return std::unexpected(org.error());
  } else if (*org) {
    if (**org <= 0) return fail(ErrorKind::invalid, "This must be a whole number above zero.", "organisation");
    p.organisation = accounts::OrganisationId(**org);
  }
  if (auto* texts = in.if_contains("texts"); texts && !texts->is_null()) {
    if (!texts->is_array()) return fail(ErrorKind::invalid, "This must be a list.", "texts");
    for (std::size_t i = 0; i < texts->as_array().size(); ++i) {
      std::string where = "texts." + std::to_string(i);
      auto t = object_of(texts->as_array()[i], where);
      if (!t) return std::unexpected(t.error());
      ProfileText text;
      for (auto [key, target] : {std::pair{"language", &text.language}, std::pair{"tagline", &text.tagline},
                                 std::pair{"description", &text.description}}) {
        auto v = text_field(**t, key, where);
        if (!v) return std::unexpected(v.error());
        *target = std::move(*v);
      }
      text.language = text::to_lower_ascii(text.language);
      p.texts.push_back(std::move(text));
    }
  }
  auto sectors = texts_field(in, "sectors", "");
  if (!sectors) return std::unexpected(sectors.error());
  p.sectors = std::move(*sectors);
  auto chain = name_field(in, "value_chain", "", kValueChainPositionNames, ValueChainPosition::mixed);
  if (!chain) return std::unexpected(chain.error());
  p.value_chain = *chain;
  auto tags = texts_field(in, "technologies", "");
  if (!tags) return std::unexpected(tags.error());
  p.technologies = std::move(*tags);
  if (auto* members = in.if_contains("members"); members && !members->is_null()) {
    auto m = object_of(*members, "members");
    if (!m) return std::unexpected(m.error());
    for (auto [key, target] : {std::pair{"smes", &p.members.smes}, std::pair{"large_firms", &p.members.large_firms},
                               std::pair{"research", &p.members.research}, std::pair{"education", &p.members.education},
                               std::pair{"public_bodies", &p.members.public_bodies}, std::pair{"other", &p.members.other}}) {
      auto n = whole_field(**m, key, "members");
      if (!n) return std::unexpected(n.error());
      if (*n && (**n < 0 || **n > kMostMembersOfAType))
        return fail(ErrorKind::unprocessable, N_("A number of members lies between 0 and 1,000,000."),
                    "members." + std::string(key));
      *target = int(n->value_or(0));
    }
  }
  auto languages = texts_field(in, "languages", "");
  if (!languages) return std::unexpected(languages.error());
  for (auto& l : *languages) p.languages.push_back(text::to_lower_ascii(l));
  auto founded = whole_field(in, "founded", "");
  if (!founded) return std::unexpected(founded.error());
  if (*founded) {
    if (**founded < 1900 || **founded > 2100)
      return fail(ErrorKind::unprocessable, N_("Give the year the cluster organisation was set up, such as 2012."), "founded");
    p.founded = int(**founded);
  }
  auto staff = whole_field(in, "staff", "");
  if (!staff) return std::unexpected(staff.error());
  if (*staff && (**staff < 0 || **staff > 10000))
    return fail(ErrorKind::unprocessable, N_("The cluster management team counts between 0 and 10,000 people."), "staff");
  p.staff = int(staff->value_or(0));
  auto label = name_field(in, "label", "", kExcellenceLabelNames, ExcellenceLabel::none);
  if (!label) return std::unexpected(label.error());
  p.label = *label;
  auto website = text_field(in, "website", "");
  if (!website) return std::unexpected(website.error());
  p.website = std::move(*website);
  if (auto* contact = in.if_contains("contact"); contact && !contact->is_null()) {
    auto c = object_of(*contact, "contact");
    if (!c) return std::unexpected(c.error());
    for (auto [key, target] : {std::pair{"person", &p.contact.person}, std::pair{"email", &p.contact.email},
                               std::pair{"phone", &p.contact.phone}}) {
      auto v = text_field(**c, key, "contact");
      if (!v) return std::unexpected(v.error());
      *target = std::move(*v);
    }
    auto visibility = name_field(**c, "visibility", "contact", kContactVisibilityNames, ContactVisibility::members);
    if (!visibility) return std::unexpected(visibility.error());
    p.contact.visibility = *visibility;
  }
  return p;
}

Status check_profile(ProfileInput& p) {
  if (p.texts.empty())
    return fail(ErrorKind::unprocessable, N_("Write an English version too: partners abroad read it."), "texts");
  if (auto ok = check_languages_of(p.texts, "texts"); !ok) return ok;
  for (std::size_t i = 0; i < p.texts.size(); ++i) {
    std::string where = "texts." + std::to_string(i);
    if (auto ok = check_text(p.texts[i].tagline, kLineLength, where + ".tagline"); !ok) return ok;
    if (auto ok = check_paragraph(p.texts[i].description, kDescriptionLength, where + ".description"); !ok) return ok;
    if (p.texts[i].language == "en" && p.texts[i].tagline.empty())
      return fail(ErrorKind::unprocessable, N_("Say in one line what the cluster does."), where + ".tagline");
  }
  if (auto ok = check_sectors(p.sectors, "sectors", true); !ok) return ok;
  std::vector<std::string> tags;
  for (auto& t : p.technologies) {
    std::string tag = text::to_lower_ascii(t);
    if (tag.empty()) continue;
    if (auto ok = check_text(tag, kTagLength, "technologies"); !ok) return ok;
    if (std::find(tags.begin(), tags.end(), tag) == tags.end()) tags.push_back(std::move(tag));
  }
  if (tags.size() > kMostTechnologies) return fail(ErrorKind::unprocessable, N_("Give at most 30 technologies."), "technologies");
  p.technologies = std::move(tags);
  std::vector<std::string> languages;
  for (const auto& l : p.languages) {
    if (l.empty()) continue;
    if (!is_language_code(l)) return fail(ErrorKind::unprocessable, "Choose a language from the list.", "languages");
    if (std::find(languages.begin(), languages.end(), l) == languages.end()) languages.push_back(l);
  }
  if (languages.empty())
    return fail(ErrorKind::unprocessable, N_("Choose the languages the cluster works in."), "languages");
  if (languages.size() > kMostLanguages) return fail(ErrorKind::unprocessable, N_("Choose at most 12 languages."), "languages");
  p.languages = std::move(languages);
  if (!p.website.empty()) {
    if (auto ok = check_text(p.website, 300, "website"); !ok) return ok;
    if (!(p.website.starts_with("https://") || p.website.starts_with("http://")) || p.website.find(' ') != std::string::npos)
      return fail(ErrorKind::unprocessable, N_("A web address starts with https:// or http://."), "website");
  }
  if (auto ok = check_text(p.contact.person, kLineLength, "contact.person"); !ok) return ok;
  if (p.contact.email.empty())
    return fail(ErrorKind::unprocessable, N_("Give a contact e-mail: partners who find the cluster need a way to reach it."),
                "contact.email");
  auto email = accounts::AccountService::normalise_email(p.contact.email);
  if (!email) return fail(ErrorKind::unprocessable, "Enter a valid e-mail address.", "contact.email");
  p.contact.email = *email;
  if (p.contact.phone.size() > 40 ||
      !std::all_of(p.contact.phone.begin(), p.contact.phone.end(), [](char c) {
        return (c >= '0' && c <= '9') || c == '+' || c == ' ' || c == '(' || c == ')' || c == '-' || c == '.' || c == '/';
      }))
    return fail(ErrorKind::unprocessable, N_("A phone number has digits, spaces and + ( ) - . / only."), "contact.phone");
  return {};
}

// --- offers and needs -------------------------------------------------------------------------

Result<OfferInput> read_offer(const json::value& value) {
  auto o = object_of(value, "");
  if (!o) return std::unexpected(o.error());
  const json::object& in = **o;
  OfferInput out;
  auto side = name_field(in, "side", "", kSideNames, Side::offer);
  if (!side) return std::unexpected(side.error());
  out.side = *side;
  auto kind = name_field(in, "kind", "", kOfferKindNames, OfferKind::capability);
  if (!kind) return std::unexpected(kind.error());
  out.kind = *kind;
  if (auto* texts = in.if_contains("texts"); texts && !texts->is_null()) {
    if (!texts->is_array()) return fail(ErrorKind::invalid, "This must be a list.", "texts");
    for (std::size_t i = 0; i < texts->as_array().size(); ++i) {
      std::string where = "texts." + std::to_string(i);
      auto t = object_of(texts->as_array()[i], where);
      if (!t) return std::unexpected(t.error());
      OfferText text;
      for (auto [key, target] : {std::pair{"language", &text.language}, std::pair{"title", &text.title},
                                 std::pair{"description", &text.description}}) {
        auto v = text_field(**t, key, where);
        if (!v) return std::unexpected(v.error());
        *target = std::move(*v);
      }
      text.language = text::to_lower_ascii(text.language);
      out.texts.push_back(std::move(text));
    }
  }
  auto sectors = texts_field(in, "sectors", "");
  if (!sectors) return std::unexpected(sectors.error());
  out.sectors = std::move(*sectors);
  auto countries = texts_field(in, "countries", "");
  if (!countries) return std::unexpected(countries.error());
  for (const auto& c : *countries)
    if (!c.empty()) out.countries.emplace_back(text::to_upper_ascii(c));
  auto expires = text_field(in, "expires_on", "");
  if (!expires) return std::unexpected(expires.error());
  out.expires_on = std::move(*expires);
  return out;
}

Status check_offer(OfferInput& in) {
  if (in.texts.empty())
    return fail(ErrorKind::unprocessable, N_("Write an English version too: partners abroad read it."), "texts");
  if (auto ok = check_languages_of(in.texts, "texts"); !ok) return ok;
  for (std::size_t i = 0; i < in.texts.size(); ++i) {
    std::string where = "texts." + std::to_string(i);
    if (in.texts[i].title.empty())
      return fail(ErrorKind::unprocessable, N_("Give the offer or need a title."), where + ".title");
    if (auto ok = check_text(in.texts[i].title, kLineLength, where + ".title"); !ok) return ok;
    if (auto ok = check_paragraph(in.texts[i].description, kParagraphLength, where + ".description"); !ok) return ok;
  }
  if (auto ok = check_sectors(in.sectors, "sectors", false); !ok) return ok;
  std::vector<CountryCode> countries;
  for (const auto& c : in.countries) {
    const auto& s = c.str();
    if (s.size() != 2 || !std::all_of(s.begin(), s.end(), [](char ch) { return ch >= 'A' && ch <= 'Z'; }))
      return fail(ErrorKind::unprocessable, N_("Give countries as two-letter codes, such as RO or SI."), "countries");
    if (std::find(countries.begin(), countries.end(), c) == countries.end()) countries.push_back(c);
  }
  if (countries.size() > 40) return fail(ErrorKind::unprocessable, N_("Give at most 40 countries."), "countries");
  in.countries = std::move(countries);
  if (!in.expires_on.empty() && !is_calendar_date(in.expires_on))
    return fail(ErrorKind::unprocessable, N_("Give dates as YYYY-MM-DD."), "expires_on");
  return {};
}

Result<std::vector<std::string>> read_editors(const json::value& value) {
  auto o = object_of(value, "");
  if (!o) return std::unexpected(o.error());
  auto editors = texts_field(**o, "editors", "");
  if (!editors) return std::unexpected(editors.error());
  std::vector<std::string> out;
  for (const auto& e : *editors) {
    if (e.empty()) continue;
    auto email = accounts::AccountService::normalise_email(e);
    if (!email) return fail(ErrorKind::unprocessable, "Enter a valid e-mail address.", "editors");
    if (std::find(out.begin(), out.end(), *email) == out.end()) out.push_back(*email);
  }
  if (out.size() > kMostEditors) return fail(ErrorKind::unprocessable, N_("A profile has at most 20 editors."), "editors");
  return out;
}

}  // namespace cps::matchmaking
