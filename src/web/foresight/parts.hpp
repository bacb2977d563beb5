// What the foresight pages' files share: labels of the Delphi enumerations, figures as people
// read them, a statement's statistics of one round for a template, and addresses.
#pragma once

#include <string>

#include <boost/json.hpp>

#include "core/text.hpp"
#include "domain/foresight/delphi_service.hpp"
#include "http/request.hpp"
#include "i18n/catalogue.hpp"
#include "web/foresight_pages.hpp"

namespace cps::web::foresight_parts {

using namespace cps::foresight;
using i18n::N_;
namespace bhttp = http::bhttp;

const char* kind_label(StatementKind k);
const char* standing_label(Standing s);
const char* dimension_label(const std::string& dimension);
// A group of a breakdown or of the panel's balance as people read it ("not given" for none).
std::string group_label(const Site& site, i18n::Language lang, const std::string& dimension, const std::string& group);
// 4, 3.25, 2033.5: at most two decimals, no trailing zeros.
std::string figure(double d);
// A statement's statistics in one round for the templates: a summary sentence (respondents,
// median, quartiles, agreement or the share "never", the change since the round before) and
// the distribution as rows of a table (rating statements).
Object round_data(const Site& site, i18n::Language lang, const StopRules& rules, const StatementRound& round);
std::string study_href(i18n::Language lang, StudyId id);
http::Response sign_in_first(const Site& site, const http::Request& r, i18n::Language lang);

}  // namespace cps::web::foresight_parts
