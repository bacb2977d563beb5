#include "domain/knowledge/testing/fake_machine_translator.hpp"

namespace cps::knowledge::testing {

Result<std::string> FakeMachineTranslator::translate(const LanguagePair& pair, std::string_view text) {
  ++calls;
  if (!translates(pair)) return fail(ErrorKind::invalid, "No machine translation into this language is available for this item.", "language");
  if (health == Health::broken) return fail(ErrorKind::unavailable, "The machine translation did not answer. Try again later.");
  return "[" + pair.from + ">" + pair.to + "] " + std::string(text);
}

}  // namespace cps::knowledge::testing
