// What the knowledge base's codes are called on pages, in the UI languages: kinds of item,
// instruments, time frames, workflow states; and the region's languages by their own names.
#pragma once

#include <string_view>

#include "domain/knowledge/knowledge.hpp"

namespace cps::web {

const char* kind_label(knowledge::Kind k);
const char* kind_label_plural(knowledge::Kind k);
const char* instrument_label(knowledge::Instrument i);
const char* timeframe_label(knowledge::Timeframe t);
const char* item_status_label(knowledge::ItemStatus s);
// A content language's name in itself (Română, Ελληνικά, Македонски …); the code otherwise.
std::string_view language_endonym(std::string_view code);

}  // namespace cps::web
