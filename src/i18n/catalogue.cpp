#include "i18n/catalogue.hpp"

#include <unicode/locid.h>
#include <unicode/unistr.h>

#include <boost/locale.hpp>
#include <sstream>

namespace cps::i18n {

namespace {

std::size_t index_of(Language language) {
  return std::size_t(language);
}

}  // namespace

Catalogue::Catalogue(const std::filesystem::path& locale_dir) {
  // Only the ICU backend formats ro/el numbers and cases correctly; the std and posix
  // backends fail silently on a machine without those system locales.
  boost::locale::localization_backend_manager manager =
      boost::locale::localization_backend_manager::global();
  manager.select("icu");
  boost::locale::generator generator(manager);
  generator.add_messages_path(locale_dir.string());
  generator.add_messages_domain(std::string(kDomain));
  for (const auto& l : kLanguages)
    locales_[index_of(l.language)] = generator(std::string(l.icu_locale));
}

const std::locale& Catalogue::locale(Language language) const {
  return locales_[index_of(language)];
}

std::string Catalogue::translate(Language language, std::string_view msgid) const {
  return boost::locale::translate(std::string(msgid)).str(locale(language));
}

std::string Catalogue::translate_count(Language language, PluralMessage message,
                                       long long n) const {
  std::string text =
      boost::locale::translate(message.singular, message.plural, n).str(locale(language));
  constexpr std::string_view placeholder = "{count}";
  if (auto pos = text.find(placeholder); pos != std::string::npos)
    text.replace(pos, placeholder.size(), format_integer(language, n));
  return text;
}

std::string Catalogue::format_integer(Language language, long long n) const {
  std::ostringstream out;
  out.imbue(locale(language));
  out << boost::locale::as::number << n;
  return out.str();
}

std::string Catalogue::format_decimal(Language language, double value, int decimals) const {
  std::ostringstream out;
  out.imbue(locale(language));
  out << boost::locale::as::number << std::fixed << std::setprecision(decimals) << value;
  return out.str();
}

std::string Catalogue::format_date(Language language, std::chrono::sys_days day) const {
  std::ostringstream out;
  out.imbue(locale(language));
  auto seconds = std::chrono::duration_cast<std::chrono::seconds>(day.time_since_epoch()).count();
  out << boost::locale::as::date << boost::locale::as::date_long << boost::locale::as::gmt
      << double(seconds);
  return out.str();
}

std::string Catalogue::country_name(Language language, std::string_view iso_code) const {
  icu::Locale display(std::string(code(language)).c_str());
  icu::Locale country("", std::string(iso_code).c_str());
  icu::UnicodeString name;
  country.getDisplayCountry(display, name);
  std::string out;
  name.toUTF8String(out);
  return out;
}

}  // namespace cps::i18n
