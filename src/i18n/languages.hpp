// The languages the user interface speaks, and choosing one from a request.
#pragma once

#include <array>
#include <optional>
#include <string_view>

namespace cps::i18n {

enum class Language { en, ro, sq, hu, el };

struct LanguageInfo {
  Language language;
  std::string_view code;     // as in URLs: /ro/…
  std::string_view endonym;  // the language's name in itself
  std::string_view icu_locale;
};

inline constexpr std::array<LanguageInfo, 5> kLanguages{{
    {Language::en, "en", "English", "en_GB.UTF-8"},
    {Language::ro, "ro", "Română", "ro_RO.UTF-8"},
    {Language::sq, "sq", "Shqip", "sq_AL.UTF-8"},
    {Language::hu, "hu", "Magyar", "hu_HU.UTF-8"},
    {Language::el, "el", "Ελληνικά", "el_GR.UTF-8"},
}};

inline constexpr Language kDefaultLanguage = Language::en;

const LanguageInfo& info(Language language);
inline std::string_view code(Language language) {
  return info(language).code;
}
std::optional<Language> parse_language(std::string_view code);

// Picks the best UI language for an Accept-Language header (RFC 9110 §12.5.4): highest
// q-value first, a region subtag matches its language (ro-MD → ro), q=0 excludes.
// Falls back to English.
Language negotiate(std::string_view accept_language);

}  // namespace cps::i18n
