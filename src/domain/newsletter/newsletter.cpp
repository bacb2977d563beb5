// The readers of newsletter input and the segment rule (see newsletter.hpp).
#include "domain/newsletter/newsletter.hpp"

#include <algorithm>
#include <cctype>
#include <boost/json.hpp>
#include <initializer_list>

#include "core/text.hpp"
#include "domain/accounts/account_service.hpp"

namespace cps::newsletter {

namespace json = boost::json;
using i18n::N_;

namespace {

Status only_fields(const json::object& o, std::initializer_list<std::string_view> known) {
  for (const auto& member : o)
    if (std::find(known.begin(), known.end(), member.key()) == known.end())
      return fail(ErrorKind::invalid, N_("This field is not known here."), std::string(member.key()));
  return {};
}

Result<std::string> text_of(const json::object& o, std::string_view key) {
  auto* v = o.if_contains(key);
  if (!v || v->is_null()) return std::string();
  if (!v->is_string()) return fail(ErrorKind::invalid, N_("This must be text."), std::string(key));
  return text::trim(std::string_view(v->as_string()));
}

// Well-formed UTF-8 without control characters (line breaks allowed), at most `max` code points.
Result<std::string> words_of(const json::object& o, std::string_view key, std::size_t max) {
  auto t = text_of(o, key);
  if (!t) return t;
  if (!text::is_valid_utf8(*t) || text::has_control_characters(*t))
    return fail(ErrorKind::invalid, N_("This text has characters that cannot be stored."), std::string(key));
  if (text::utf8_length(*t) > max)
    return fail_with(ErrorKind::unprocessable, N_("This text is too long: at most {max} characters."),
                     {{"max", std::to_string(max)}}, std::string(key));
  return t;
}

Result<std::string> language_of(const json::object& o) {
  auto language = text_of(o, "language");
  if (!language) return language;
  std::string code = text::to_lower_ascii(*language);
  if (!is_language(code)) return fail(ErrorKind::invalid, N_("Choose a language from the list."), "language");
  return code;
}

// A list of codes, each upper-cased, without repeats; `valid` judges one code.
template <class Valid>
Result<std::vector<std::string>> codes_of(const json::object& o, std::string_view key, Valid valid) {
  std::vector<std::string> out;
  auto* v = o.if_contains(key);
  if (!v || v->is_null()) return out;
  if (!v->is_array()) return fail(ErrorKind::invalid, N_("Choose values from the list."), std::string(key));
  for (const auto& each : v->as_array()) {
    if (!each.is_string()) return fail(ErrorKind::invalid, N_("Choose values from the list."), std::string(key));
    std::string code = text::to_upper_ascii(text::trim(std::string_view(each.as_string())));
    if (code.empty()) continue;
    if (!valid(code)) return fail(ErrorKind::invalid, N_("Choose values from the list."), std::string(key));
    if (std::find(out.begin(), out.end(), code) == out.end()) out.push_back(code);
  }
  if (out.size() > kMaxTags) return fail(ErrorKind::unprocessable, N_("Choose fewer values."), std::string(key));
  return out;
}

// The form of a segment; whether each country is one of the partnership's is the service's to
// say (it asks the reference data).
Result<Segment> segment_of(const json::object& o) {
  Segment s;
  auto areas = codes_of(o, "areas", [](const std::string& c) { return accounts::is_working_group(c); });
  if (!areas) return std::unexpected(areas.error());
  s.areas = std::move(*areas);
  auto countries = codes_of(o, "countries", [](const std::string& c) {
    return c.size() == 2 && std::all_of(c.begin(), c.end(), [](char ch) { return ch >= 'A' && ch <= 'Z'; });
  });
  if (!countries) return std::unexpected(countries.error());
  s.countries = std::move(*countries);
  return s;
}

bool overlap(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  if (a.empty() || b.empty()) return true;
  return std::any_of(a.begin(), a.end(), [&](const auto& x) { return std::find(b.begin(), b.end(), x) != b.end(); });
}

}  // namespace

bool is_language(std::string_view code) {
  return std::find(std::begin(kLanguages), std::end(kLanguages), code) != std::end(kLanguages);
}

bool reaches(const Segment& sent_to, const Segment& wanted) {
  return overlap(sent_to.areas, wanted.areas) && overlap(sent_to.countries, wanted.countries);
}

Result<SubscriptionInput> read_subscription(const json::object& o) {
  if (auto ok = only_fields(o, {"email", "language", "areas", "countries", "consent"}); !ok)
    return std::unexpected(ok.error());
  SubscriptionInput in;
  auto email = text_of(o, "email");
  if (!email) return std::unexpected(email.error());
  auto address = accounts::AccountService::normalise_email(*email);
  if (!address) return std::unexpected(address.error());
  in.email = std::move(*address);
  auto language = language_of(o);
  if (!language) return std::unexpected(language.error());
  in.language = std::move(*language);
  auto segment = segment_of(o);
  if (!segment) return std::unexpected(segment.error());
  in.segment = std::move(*segment);
  // Consent is given by a deliberate act: the box ticked (true, or "on" from a form).
  auto* consent = o.if_contains("consent");
  bool agreed = consent && ((consent->is_bool() && consent->as_bool()) ||
                            (consent->is_string() && consent->as_string() == "on"));
  if (!agreed) return fail(ErrorKind::unprocessable, N_("Tick the box to agree to receive the newsletter."), "consent");
  return in;
}

Result<IssueInput> read_issue(const json::object& o) {
  if (auto ok = only_fields(o, {"language", "subject", "body", "areas", "countries", "latest_news"}); !ok)
    return std::unexpected(ok.error());
  IssueInput in;
  auto language = language_of(o);
  if (!language) return std::unexpected(language.error());
  in.language = std::move(*language);
  auto subject = words_of(o, "subject", kSubjectLength);
  if (!subject) return std::unexpected(subject.error());
  if (subject->empty()) return fail(ErrorKind::unprocessable, N_("This field is required."), "subject");
  if (subject->find('\n') != std::string::npos)
    return fail(ErrorKind::unprocessable, N_("A subject is one line."), "subject");
  in.subject = std::move(*subject);
  auto body = words_of(o, "body", kBodyLength);
  if (!body) return std::unexpected(body.error());
  in.body = std::move(*body);
  auto segment = segment_of(o);
  if (!segment) return std::unexpected(segment.error());
  in.segment = std::move(*segment);
  // true from the API, "on" from the form's box.
  if (auto* latest = o.if_contains("latest_news"); latest && !latest->is_null()) {
    if (latest->is_bool()) in.latest_news = latest->as_bool() ? LatestNews::add : LatestNews::leave_out;
    else if (latest->is_string() && latest->as_string() == "on") in.latest_news = LatestNews::add;
    else return fail(ErrorKind::invalid, N_("This must be true or false."), "latest_news");
  }
  return in;
}

Result<BounceInput> read_bounce(const json::object& o) {
  if (auto ok = only_fields(o, {"email", "kind", "reason"}); !ok) return std::unexpected(ok.error());
  BounceInput in;
  auto email = text_of(o, "email");
  if (!email) return std::unexpected(email.error());
  auto address = accounts::AccountService::normalise_email(*email);
  if (!address) return std::unexpected(address.error());
  in.email = std::move(*address);
  auto kind = text_of(o, "kind");
  if (!kind) return std::unexpected(kind.error());
  auto parsed = parse_name(*kind, kBounceKindNames);
  if (!parsed) return fail(ErrorKind::invalid, N_("A bounce is hard or soft."), "kind");
  in.kind = *parsed;
  auto reason = words_of(o, "reason", kReasonLength);
  if (!reason) return std::unexpected(reason.error());
  if (reason->find('\n') != std::string::npos)
    return fail(ErrorKind::unprocessable, N_("A reason is one line."), "reason");
  in.reason = std::move(*reason);
  return in;
}

Result<std::string> read_secret(std::string_view secret) {
  // random_token(): 43 characters of URL-safe base64.
  bool ok = secret.size() == 43 && std::all_of(secret.begin(), secret.end(), [](unsigned char c) {
              return std::isalnum(c) || c == '-' || c == '_';
            });
  if (!ok) return fail(ErrorKind::not_found, N_("This link is not known. Check that it was copied whole."), "token");
  return std::string(secret);
}

std::string_view to_string(SubscriberStatus s) { return name_of(s, kSubscriberStatusNames); }
std::string_view to_string(ConsentAction a) { return name_of(a, kConsentActionNames); }
std::string_view to_string(IssueStatus s) { return name_of(s, kIssueStatusNames); }
std::string_view to_string(BounceKind k) { return name_of(k, kBounceKindNames); }

}  // namespace cps::newsletter
