// What the survey pages' files share: addresses, the browser's token for public links, and
// labels of the survey enumerations.
#pragma once

#include <string>

#include "core/text.hpp"
#include "domain/surveys/survey_service.hpp"
#include "http/request.hpp"
#include "i18n/catalogue.hpp"
#include "web/survey_pages.hpp"

namespace cps::web::survey_parts {

using namespace cps::surveys;
using i18n::N_;
namespace bhttp = http::bhttp;

std::string list_href(i18n::Language lang);
std::string survey_href(i18n::Language lang, SurveyId id);
std::string language_code(i18n::Language lang);
// The browser's token from its cookie, or a new random one (then `fresh` is set, and
// remember_browser must send it back).
Respondent respondent_of(const http::Request& r, bool& fresh);
void remember_browser(const Site& site, http::Response& response, const Respondent& respondent);
const char* audience_label(Audience a);
const char* translation_label(TranslationStatus s);
// When the survey opens and closes, or that it is open without an end, in words.
std::string dates_text(const Site& site, i18n::Language lang, const Survey& survey);
// 4, 3.25: at most two decimals, no trailing zeros.
std::string figure(double d);

}  // namespace cps::web::survey_parts
