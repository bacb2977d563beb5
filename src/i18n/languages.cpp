#include "i18n/languages.hpp"

#include <charconv>
#include <string>
#include <vector>

#include "core/text.hpp"

namespace cps::i18n {

const LanguageInfo& info(Language language) {
  for (const auto& l : kLanguages)
    if (l.language == language) return l;
  return kLanguages[0];
}

std::optional<Language> parse_language(std::string_view code) {
  for (const auto& l : kLanguages)
    if (l.code == code) return l.language;
  return std::nullopt;
}

namespace {

// q-values have at most three decimals; parsed into thousandths to avoid floating point.
int parse_q(std::string_view v) {
  v = text::trim_view(v);
  if (v.empty() || v.size() > 5) return -1;
  if (v[0] == '1') return 1000;
  if (v[0] != '0') return -1;
  int q = 0, scale = 100;
  for (size_t i = 2; i < v.size() && scale > 0; ++i, scale /= 10) {
    if (v[i] < '0' || v[i] > '9') return -1;
    q += (v[i] - '0') * scale;
  }
  return q;
}

}  // namespace

Language negotiate(std::string_view header) {
  std::optional<Language> best;
  int best_q = 0;
  while (!header.empty()) {
    size_t comma = header.find(',');
    std::string_view item = text::trim_view(header.substr(0, comma));
    header = comma == std::string_view::npos ? std::string_view() : header.substr(comma + 1);
    size_t semi = item.find(';');
    std::string tag = text::to_lower_ascii(text::trim_view(item.substr(0, semi)));
    int q = 1000;
    if (semi != std::string_view::npos) {
      std::string_view param = text::trim_view(item.substr(semi + 1));
      if (param.starts_with("q=") || param.starts_with("Q=")) q = parse_q(param.substr(2));
    }
    if (q <= 0 || tag.empty()) continue;
    std::string primary = tag.substr(0, tag.find('-'));
    auto lang = parse_language(primary);
    if (lang && q > best_q) {
      best = lang;
      best_q = q;
    }
  }
  return best.value_or(kDefaultLanguage);
}

}  // namespace cps::i18n
