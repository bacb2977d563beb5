// An in-memory MachineTranslator for unit tests: the pairs it is given, a translation that
// marks the text with its direction ("[sr>en] …"), a count of the calls, and a switch that
// makes it fail as an engine that is missing or hangs would.
#pragma once

#include "domain/knowledge/machine_translator.hpp"

namespace cps::knowledge::testing {

class FakeMachineTranslator final : public MachineTranslator {
 public:
  explicit FakeMachineTranslator(std::vector<LanguagePair> pairs) : pairs_(std::move(pairs)) {}

  std::vector<LanguagePair> pairs() const override { return pairs_; }
  std::string engine(const LanguagePair& pair) const override { return "fake " + pair.from + "-" + pair.to; }
  Result<std::string> translate(const LanguagePair& pair, std::string_view text) override;

  enum class Health { working, broken };
  Health health = Health::working;
  int calls = 0;

 private:
  std::vector<LanguagePair> pairs_;
};

}  // namespace cps::knowledge::testing
