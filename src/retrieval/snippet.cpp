#include "retrieval/snippet.hpp"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <set>
#include <vector>

#include "core/text.hpp"
#include "retrieval/transliteration.hpp"

namespace cps::retrieval {

namespace {

struct Span {
  std::size_t begin = 0, end = 0;
};

bool left_out(UChar32 c) {
  return c == '*' || c == '#' || c == '`';
}

// The byte spans of the text that match the query, in order, overlaps merged.
std::vector<Span> matches(std::string_view text, std::string_view language, const Query& query,
                          const Analyzer& analyzer, const Thesaurus& thesaurus) {
  auto tokens = analyzer.analyze(text, language);
  std::set<std::string_view> wanted(query.terms.begin(), query.terms.end());
  for (const auto& phrase : query.phrases) wanted.insert(phrase.begin(), phrase.end());
  for (const auto& key : query.cognates)
    if (is_transliteration_key(key)) wanted.insert(key);
  std::vector<Span> spans;
  for (const auto& t : tokens) {
    if (wanted.contains(t.term) || wanted.contains(transliteration_key(t.term))) spans.push_back({t.begin, t.end});
  }
  if (!query.concepts.empty()) {
    const auto& languages = thesaurus.languages();
    bool known = std::find(languages.begin(), languages.end(), language) != languages.end();
    auto found =
        known ? thesaurus.match(tokens, language) : thesaurus.match_any_language(text, analyzer);
    for (const auto& m : found) {
      if (std::find(query.concepts.begin(), query.concepts.end(), m.concept_id) ==
          query.concepts.end()) {
        continue;
      }
      Span s{text.size(), 0};
      for (const auto& t : tokens) {
        if (t.position >= m.first && t.position <= m.last) {
          s.begin = std::min(s.begin, t.begin);
          s.end = std::max(s.end, t.end);
        }
      }
      if (s.begin < s.end) spans.push_back(s);
    }
  }
  std::sort(spans.begin(), spans.end(), [](Span a, Span b) { return a.begin < b.begin; });
  std::vector<Span> merged;
  for (auto s : spans) {
    if (!merged.empty() && s.begin <= merged.back().end) {
      merged.back().end = std::max(merged.back().end, s.end);
    } else {
      merged.push_back(s);
    }
  }
  return merged;
}

// Where the extract starts: a word start a little before the first match, so the reader sees
// its context; the text's start when that is close.
std::size_t start_of(std::string_view text, const std::vector<Span>& marks, std::size_t max_chars) {
  if (marks.empty()) return 0;
  const std::size_t lead = max_chars / 4;
  const std::size_t first = marks.front().begin;
  if (text::utf8_length(text.substr(0, first)) <= lead) return 0;
  // Walk back over code points to at most `lead` before the match, then forward to a word start.
  std::size_t at = first;
  for (std::size_t n = 0; n < lead && at > 0; ++n) {
    U8_BACK_1(reinterpret_cast<const uint8_t*>(text.data()), 0, at);
  }
  while (at < first) {
    std::size_t i = at;
    UChar32 c = 0;
    U8_NEXT(text.data(), i, text.size(), c);
    std::size_t previous = at;
    if (previous > 0) {
      U8_BACK_1(reinterpret_cast<const uint8_t*>(text.data()), 0, previous);
      std::size_t j = previous;
      UChar32 before = 0;
      U8_NEXT(text.data(), j, text.size(), before);
      if (u_isUWhiteSpace(before) && !u_isUWhiteSpace(c)) break;
    }
    at = i;
  }
  return at;
}

// Where the extract ends: after at most max_chars shown code points, at the end of a word.
std::size_t end_of(std::string_view text, std::size_t start, std::size_t max_chars) {
  std::size_t shown = 0, i = start, last_word_end = start;
  bool space = false, in_word = false;
  while (i < text.size()) {
    std::size_t at = i;
    UChar32 c = 0;
    U8_NEXT(text.data(), i, text.size(), c);
    if (u_isUWhiteSpace(c)) {
      if (in_word) last_word_end = at;
      in_word = false;
      space = true;
      continue;
    }
    if (left_out(c)) continue;
    shown += (space && shown > 0 ? 2 : 1);
    space = false;
    if (shown > max_chars) return last_word_end > start ? last_word_end : at;
    in_word = true;
  }
  return text.size();
}

}  // namespace

std::string snippet(std::string_view text, std::string_view language, const Query& query,
                    const Analyzer& analyzer, const Thesaurus& thesaurus, std::size_t max_chars) {
  if (!text::is_valid_utf8(text) || max_chars == 0) return {};
  auto marks = matches(text, language, query, analyzer, thesaurus);
  std::size_t start = start_of(text, marks, max_chars);
  std::size_t end = end_of(text, start, max_chars);

  std::string out;
  if (start > 0) out += "…";
  const std::size_t lead = out.size();
  bool space = false, open = false;
  std::size_t next_mark = 0;
  for (std::size_t i = start; i < end;) {
    std::size_t at = i;
    UChar32 c = 0;
    U8_NEXT(text.data(), i, end, c);
    if (u_isUWhiteSpace(c)) {
      space = true;
      continue;
    }
    if (left_out(c)) continue;
    while (next_mark < marks.size() && marks[next_mark].end <= at) ++next_mark;
    bool inside = next_mark < marks.size() && marks[next_mark].begin <= at;
    if (open && !inside) {
      out += "</mark>";
      open = false;
    }
    if (space && out.size() > lead) out += ' ';
    space = false;
    if (inside && !open) {
      out += "<mark>";
      open = true;
    }
    out += text::escape_html(text.substr(at, i - at));
  }
  if (open) out += "</mark>";
  if (end < text.size() && !text::trim_view(text.substr(end)).empty()) out += "…";
  return out;
}

}  // namespace cps::retrieval
