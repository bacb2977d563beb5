#include "web/surveys/parts.hpp"

#include <cstdio>

#include "domain/surveys/survey_input.hpp"
#include "security/crypto.hpp"

namespace cps::web::survey_parts {

std::string list_href(i18n::Language lang) { return Site::prefix(lang) + "/foresight/surveys"; }

std::string survey_href(i18n::Language lang, SurveyId id) {
  return list_href(lang) + "/" + std::to_string(id.value());
}

std::string language_code(i18n::Language lang) { return Site::prefix(lang).substr(1); }

Respondent respondent_of(const http::Request& r, bool& fresh) {
  auto cookie = r.cookie(kBrowserTokenCookie);
  std::string token = cookie ? std::string(*cookie) : "";
  // A token this site made is long and URL-safe; anything else is replaced.
  const bool usable = token.size() >= 16 && token.size() <= 128 &&
                      token.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_") ==
                          std::string::npos;
  fresh = !usable;
  return Respondent{usable ? token : security::random_token()};
}

void remember_browser(const Site& site, http::Response& response, const Respondent& respondent) {
  // A year, for this site only; it holds nothing but the random token. The authenticator's
  // rule adds Secure when the site is served over TLS.
  constexpr std::string_view year = "31536000";
  std::string value = site.authenticator()
                          ? site.authenticator()->cookie(kBrowserTokenCookie, respondent.browser_token, year)
                          : std::string(kBrowserTokenCookie) + "=" + respondent.browser_token +
                                "; Path=/; HttpOnly; SameSite=Lax; Max-Age=" + std::string(year);
  response.insert(bhttp::field::set_cookie, value);
}

const char* audience_label(Audience a) {
  switch (a) {
    case Audience::signed_in: return N_("Everyone signed in");
    case Audience::roles: return N_("People with some roles");
    case Audience::working_groups: return N_("Members of some working groups");
    case Audience::countries: return N_("People from some countries");
    case Audience::public_link: return N_("Anyone with the link");
    case Audience::event_attendees: return N_("The people who attended the event");
  }
  return "";
}

const char* translation_label(TranslationStatus s) {
  switch (s) {
    case TranslationStatus::complete: return N_("complete");
    case TranslationStatus::partial: return N_("partly translated");
    case TranslationStatus::missing: return N_("not translated");
  }
  return "";
}

std::string dates_text(const Site& site, i18n::Language lang, const Survey& survey) {
  std::string opens = opening_day(survey);
  std::string closes = closing_day(survey);
  if (closes.empty()) {
    if (opens.empty()) return site.tr(lang, N_("Open without an end date."));
    return text::fill(site.tr(lang, N_("From {from}, without an end date.")), {{"from", opens}});
  }
  if (opens.empty()) return text::fill(site.tr(lang, N_("Until {until} inclusive.")), {{"until", closes}});
  return text::fill(site.tr(lang, N_("From {from} to {until} inclusive.")), {{"from", opens}, {"until", closes}});
}

std::string figure(double d) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.2f", d);
  std::string s = buffer;
  while (!s.empty() && s.back() == '0') s.pop_back();
  if (!s.empty() && s.back() == '.') s.pop_back();
  return s;
}

}  // namespace cps::web::survey_parts
