// The extract shown under a search result: why it matched, with the matching words marked.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "retrieval/analyzer.hpp"
#include "retrieval/query.hpp"
#include "retrieval/thesaurus.hpp"

namespace cps::retrieval {

// A short plain-text extract of `text` around the first matches of the query (terms, phrases or
// concept terms), HTML-escaped, with matches wrapped in <mark>…</mark>; at most `max_chars`
// code points of text, cut at word boundaries, with … where cut. Runs of white space become
// one space and Markdown emphasis and heading marks (* # `) are left out. Without a match it
// is the beginning of the text; invalid UTF-8 gives the empty string.
std::string snippet(std::string_view text, std::string_view language, const Query& query,
                    const Analyzer& analyzer, const Thesaurus& thesaurus,
                    std::size_t max_chars = 240);

}  // namespace cps::retrieval
