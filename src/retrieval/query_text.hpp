// A query's text as reports of searches count it: the same words typed in another case or with
// other spacing are one query.
#pragma once

#include <string>
#include <string_view>

namespace cps::retrieval {

// NFKC case folding (diacritics and scripts kept, so the text stays readable), runs of white
// space as one space, trimmed. Invalid UTF-8 gives the empty string.
std::string normalise_query_text(std::string_view text);

// True when the text holds something that may point to a person: an e-mail address (a word with
// "@" and a dot after it) or a run of six or more digits (telephone, identity or account numbers).
bool may_identify_someone(std::string_view text);

}  // namespace cps::retrieval
