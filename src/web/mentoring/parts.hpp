// What the mentoring pages' files share: the names they speak in, labels of the mentoring
// enumerations, and pieces several pages show (an offer as a card, a language's name).
#pragma once

#include <map>
#include <string>
#include <vector>

#include <boost/json.hpp>

#include "core/text.hpp"
#include "http/request.hpp"
#include "domain/mentoring/mentoring_service.hpp"
#include "i18n/catalogue.hpp"
#include "web/mentoring_pages.hpp"

namespace cps::web::mentoring_parts {

using namespace cps::mentoring;
using i18n::N_;
namespace bhttp = http::bhttp;

const char* status_label(RequestStatus s);
const char* outcome_label(OutcomeResult r);
// A language's name in the reader's language ("Romanian", "română"); the code when unknown.
std::string language_name(std::string_view code, i18n::Language reader);
std::string language_names(const std::vector<std::string>& codes, i18n::Language reader);
// "12 March 2026" for YYYY-MM-DD, as the language writes dates.
std::string day_text(const i18n::Catalogue& cat, i18n::Language lang, const std::string& day);
// A moment as its day, as the language writes dates.
std::string moment_text(const i18n::Catalogue& cat, i18n::Language lang, Seconds t);
// The titles of topics by key, in the reader's language.
std::map<std::string, std::string> topic_titles(MentoringService& mentoring, i18n::Language lang);
// An offer as the hub and the mentors' list show it, with the link to ask for mentoring on
// `need` for `region` (both may be empty).
Object offer_card(const Site& site, i18n::Language lang, const MentorOffer& offer,
                  const std::map<std::string, std::string>& titles, const std::string& region,
                  const std::string& need);
std::string pair_href(i18n::Language lang, RequestId id);

}  // namespace cps::web::mentoring_parts
