// What every knowledge page's file shares: the page class, the names it speaks in (the knowledge
// domain, translation markers, the HTTP types) and how a date and a list of sources are shown.
#pragma once

#include <fmt/format.h>

#include <algorithm>
#include <set>
#include <string>
#include <vector>

#include "core/text.hpp"
#include "domain/knowledge/knowledge.hpp"
#include "http/request.hpp"
#include "web/knowledge_labels.hpp"
#include "web/knowledge_pages.hpp"

namespace cps::web::knowledge_parts {

// A moment as the day it falls on (UTC), YYYY-MM-DD.
std::string date_of(knowledge::Seconds t);
// Sources as the form shows them, one per line: title | link | publisher | year.
std::string sources_text(const std::vector<knowledge::Source>& sources);

}  // namespace cps::web::knowledge_parts

// Only the files in web/knowledge/ include this header: the names below are theirs alone.
namespace cps::web {

using i18n::N_;
using i18n::NP_;
using namespace cps::knowledge;
namespace bhttp = http::bhttp;
using knowledge_parts::date_of;
using knowledge_parts::sources_text;

}  // namespace cps::web
