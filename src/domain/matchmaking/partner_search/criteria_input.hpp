// The one reader of each partner-search input — search criteria, a saved search, an
// expression of interest — from named fields, shared by the search form, the API's query and
// body, and storage reading a saved search back. Checks the shape of every field and names
// the one at fault; whether a division, country or region exists is the service's check.
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/error.hpp"
#include "domain/matchmaking/partner_search/partner_search.hpp"

namespace cps::partner_search {

// A field's value by its name ("" when absent).
using Fields = std::function<std::string(std::string_view name)>;

// The names of the criteria's fields, in the order forms and addresses list them.
inline constexpr std::string_view kCriteriaFields[] = {"sector", "category", "q", "country", "region", "kind", "mine"};

// sector (two digits), category, q (at most 200 characters), country (two letters), region (a
// NUTS code), kind (an offer kind's name), mine (yes/no, 1/0, true/false, on). Codes are put
// in capitals and texts trimmed. Fails (invalid) naming the field.
Result<Criteria> read_criteria(const Fields& fields);

// The criteria as the fields read_criteria reads back, only those given.
std::vector<std::pair<std::string, std::string>> criteria_fields(const Criteria& criteria);

// name (1–120 characters), alerts ("daily" or "off"; "" is off) and the criteria.
Result<SavedSearchInput> read_saved_search(const Fields& fields);

// The message (1–4000 characters) of an expression of interest; the profile and the offer or
// need it is about come as ids the caller has read.
Result<std::string> read_interest_message(std::string_view message);

// "Choose at least one criterion: …", the refusal of a search without any.
std::unexpected<Error> no_criterion();

}  // namespace cps::partner_search
