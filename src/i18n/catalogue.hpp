// Translated messages (gettext catalogues through Boost.Locale's ICU backend) and
// locale-aware formatting, one std::locale per UI language built once at start-up.
#pragma once

#include <array>
#include <chrono>
#include <filesystem>
#include <locale>
#include <string>
#include <string_view>

#include "i18n/languages.hpp"

namespace cps::i18n {

// Marks an English message id for extraction into the catalogues; returns it unchanged.
constexpr const char* N_(const char* msgid) {
  return msgid;
}

struct PluralMessage {
  const char* singular;
  const char* plural;
};
// Marks a singular/plural pair whose text holds "{count}".
constexpr PluralMessage NP_(const char* singular, const char* plural) {
  return {singular, plural};
}

class Catalogue {
 public:
  static constexpr std::string_view kDomain = "clusterpolisee";

  // locale_dir holds <lang>/LC_MESSAGES/clusterpolisee.mo; a missing file means English text.
  explicit Catalogue(const std::filesystem::path& locale_dir);

  // The translation of msgid, or msgid itself when the catalogue lacks it.
  std::string translate(Language language, std::string_view msgid) const;
  // The plural form for n with "{count}" replaced by n formatted for the language.
  std::string translate_count(Language language, PluralMessage message, long long n) const;

  std::string format_integer(Language language, long long n) const;
  std::string format_decimal(Language language, double value, int decimals) const;
  // A date as the language writes it in full (24 noiembrie 2026, 24 Νοεμβρίου 2026).
  std::string format_date(Language language, std::chrono::sys_days day) const;
  // The country's name in the UI language, from ICU's locale data (ISO 3166 code).
  std::string country_name(Language language, std::string_view iso_code) const;

  const std::locale& locale(Language language) const;

 private:
  std::array<std::locale, kLanguages.size()> locales_;
};

}  // namespace cps::i18n
