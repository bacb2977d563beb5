// The Accept-Language header every page request carries: always one of the interface's
// languages, whatever the header holds.
#include "fuzz/fuzz.hpp"
#include "i18n/languages.hpp"

using namespace cps;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  i18n::Language language = i18n::negotiate(fuzz::text(data, size));
  auto known = i18n::parse_language(i18n::code(language));
  fuzz::require(known && *known == language, "the negotiated language is an interface language");
  return 0;
}
