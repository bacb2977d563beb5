// The port to a machine translation engine: which language pairs it has, and the translation
// of a plain text from one language into another. The knowledge service asks it for the
// titles and summaries readers request; the engine itself (a program on the machine) lives
// outside the domain.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/error.hpp"

namespace cps::knowledge {

// A direction an engine translates in, by the platform's content language codes (ISO 639-1).
struct LanguagePair {
  std::string from;
  std::string to;
  bool operator==(const LanguagePair&) const = default;
};

class MachineTranslator {
 public:
  virtual ~MachineTranslator() = default;
  // The directions it translates in; empty when the engine is not there.
  virtual std::vector<LanguagePair> pairs() const = 0;
  // What made a translation in `pair`, kept with it ("apertium hbs-eng").
  virtual std::string engine(const LanguagePair& pair) const = 0;
  // `text` (plain text, one paragraph or a few) in pair.to. Fails with kind unavailable when
  // the engine cannot be run, takes too long or answers nothing, and with invalid when the
  // pair is not one of pairs() or the text is longer than it takes.
  virtual Result<std::string> translate(const LanguagePair& pair, std::string_view text) = 0;

  bool translates(const LanguagePair& pair) const;
};

}  // namespace cps::knowledge
