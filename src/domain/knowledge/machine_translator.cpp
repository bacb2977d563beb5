#include "domain/knowledge/machine_translator.hpp"

#include <algorithm>

namespace cps::knowledge {

bool MachineTranslator::translates(const LanguagePair& pair) const {
  auto all = pairs();
  return std::find(all.begin(), all.end(), pair) != all.end();
}

}  // namespace cps::knowledge
