// Small pieces several knowledge pages share: how a date and a list of sources are shown.
#pragma once

#include <string>
#include <vector>

#include "domain/knowledge/knowledge.hpp"

namespace cps::web::knowledge_parts {

// A moment as the day it falls on (UTC), YYYY-MM-DD.
std::string date_of(knowledge::Seconds t);
// Sources as the form shows them, one per line: title | link | publisher | year.
std::string sources_text(const std::vector<knowledge::Source>& sources);

}  // namespace cps::web::knowledge_parts
