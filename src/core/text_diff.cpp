#include "core/text_diff.hpp"

#include <algorithm>

#include "core/text.hpp"

namespace cps::text {

namespace {

// Splits after each run of white space, so that joining the pieces gives the text back.
std::vector<std::string_view> pieces(std::string_view text, char separator_kind) {
  std::vector<std::string_view> out;
  std::size_t start = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    bool boundary = separator_kind == 'w' ? (text[i] == ' ' || text[i] == '\n' || text[i] == '\t')
                                          : (text[i] == '\n');
    if (!boundary) continue;
    std::size_t end = i + 1;
    while (end < text.size() && (separator_kind == 'w' ? (text[end] == ' ' || text[end] == '\n' || text[end] == '\t')
                                                       : text[end] == '\n'))
      ++end;
    out.push_back(text.substr(start, end - start));
    start = end;
    i = end - 1;
  }
  if (start < text.size()) out.push_back(text.substr(start));
  return out;
}

void push(std::vector<DiffPart>& out, DiffPart::Kind kind, std::string_view text) {
  if (!out.empty() && out.back().kind == kind)
    out.back().text += text;
  else
    out.push_back({kind, std::string(text)});
}

}  // namespace

std::vector<DiffPart> diff_words(std::string_view before, std::string_view after, std::size_t max_words) {
  auto a = pieces(before, 'w'), b = pieces(after, 'w');
  if (a.size() > max_words || b.size() > max_words) {
    a = pieces(before, 'p');
    b = pieces(after, 'p');
  }
  const std::size_t n = a.size(), m = b.size();
  // Longest common subsequence table, filled from the end.
  std::vector<std::vector<std::uint32_t>> lcs(n + 1, std::vector<std::uint32_t>(m + 1, 0));
  for (std::size_t i = n; i-- > 0;)
    for (std::size_t j = m; j-- > 0;)
      lcs[i][j] = a[i] == b[j] ? lcs[i + 1][j + 1] + 1 : std::max(lcs[i + 1][j], lcs[i][j + 1]);
  std::vector<DiffPart> out;
  std::size_t i = 0, j = 0;
  while (i < n && j < m) {
    if (a[i] == b[j]) {
      push(out, DiffPart::Kind::same, a[i]);
      ++i;
      ++j;
    } else if (lcs[i + 1][j] >= lcs[i][j + 1]) {
      push(out, DiffPart::Kind::removed, a[i++]);
    } else {
      push(out, DiffPart::Kind::added, b[j++]);
    }
  }
  for (; i < n; ++i) push(out, DiffPart::Kind::removed, a[i]);
  for (; j < m; ++j) push(out, DiffPart::Kind::added, b[j]);
  return out;
}

std::string diff_html(const std::vector<DiffPart>& parts) {
  std::string html;
  for (const auto& p : parts) {
    std::string escaped = escape_html(p.text);
    if (p.kind == DiffPart::Kind::same) html += escaped;
    else if (p.kind == DiffPart::Kind::added) html += "<ins>" + escaped + "</ins>";
    else html += "<del>" + escaped + "</del>";
  }
  return html;
}

std::string diff_critic_markup(const std::vector<DiffPart>& parts) {
  std::string out;
  for (const auto& p : parts) {
    if (p.kind == DiffPart::Kind::same) out += p.text;
    else if (p.kind == DiffPart::Kind::added) out += "{++" + p.text + "++}";
    else out += "{--" + p.text + "--}";
  }
  return out;
}

}  // namespace cps::text
