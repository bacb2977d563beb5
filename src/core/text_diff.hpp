// A readable difference between two texts, word by word, for revision histories.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace cps::text {

struct DiffPart {
  enum class Kind { same, removed, added } kind = Kind::same;
  std::string text;
};

// The words (with the spaces after them) of `before` and `after`, aligned by their longest
// common subsequence; neighbouring parts of the same kind are joined. Texts longer than
// `max_words` words are compared paragraph by paragraph instead, so the work stays bounded.
std::vector<DiffPart> diff_words(std::string_view before, std::string_view after, std::size_t max_words = 3000);

// The parts as HTML, escaped, with <ins> and <del> around what changed.
std::string diff_html(const std::vector<DiffPart>& parts);
// The parts as Markdown with CriticMarkup ({++added++}, {--removed--}), which editors that
// review changes in plain text understand.
std::string diff_critic_markup(const std::vector<DiffPart>& parts);

}  // namespace cps::text
