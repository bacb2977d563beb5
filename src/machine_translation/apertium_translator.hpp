// The knowledge base's machine translation engine: Apertium, the installed `apertium`
// program (Debian packages apertium-hbs-eng and apertium-mkd-eng), run once per text. It
// offers the directions below whose modes `apertium -l` lists; none when the program is
// missing, so that the platform then simply offers no machine translation.
#pragma once

#include <string>
#include <vector>

#include "domain/knowledge/machine_translator.hpp"
#include "machine_translation/bounded_process.hpp"

namespace cps::machine_translation {

// A direction of the platform's languages and the Apertium modes that make it, in order.
struct Route {
  knowledge::LanguagePair pair;
  std::vector<std::string> modes;
};

// The directions into English: the one language of the five UI languages that Debian's
// Apertium pairs reach from the region's languages. Serbian may be written in Cyrillic,
// which hbs-eng does not read: Cyrl-Latn (from the same package) goes first.
// Croatian is read by the same Serbo-Croatian analyser.
std::vector<Route> platform_routes();

struct ApertiumSettings {
  std::string program = "apertium";  // looked up on PATH
  ProcessLimits limits{};  // per text, through every mode of its direction
  std::size_t max_input = 8 * 1024;  // bytes of one text; a title and summary are far below
};

class ApertiumTranslator final : public knowledge::MachineTranslator {
 public:
  // Asks the program for its version and directions (`-V`, `-l`) and keeps the routes whose
  // modes are all installed.
  explicit ApertiumTranslator(ApertiumSettings settings = {});

  std::vector<knowledge::LanguagePair> pairs() const override;
  std::string engine(const knowledge::LanguagePair& pair) const override;
  Result<std::string> translate(const knowledge::LanguagePair& pair, std::string_view text) override;

  // "Apertium 3.8.3", or empty when the program did not answer.
  const std::string& version() const { return version_; }

 private:
  const Route* route(const knowledge::LanguagePair& pair) const;

  ApertiumSettings settings_;
  std::string version_;
  std::vector<Route> routes_;
};

}  // namespace cps::machine_translation
