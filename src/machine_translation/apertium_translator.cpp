#include "machine_translation/apertium_translator.hpp"

#include <algorithm>
#include <set>
#include <sstream>

#include "core/text.hpp"

namespace cps::machine_translation {

std::vector<Route> platform_routes() {
  return {{{"sr", "en"}, {"Cyrl-Latn", "hbs-eng"}}, {{"hr", "en"}, {"hbs-eng"}}, {{"mk", "en"}, {"mkd-eng"}}};
}

ApertiumTranslator::ApertiumTranslator(ApertiumSettings settings) : settings_(std::move(settings)) {
  ProcessLimits quick{std::chrono::seconds(5), 64 * 1024};
  auto version = run_bounded({settings_.program, "-V"}, "", quick);
  if (version) version_ = std::string(text::trim(*version));
  auto listed = run_bounded({settings_.program, "-l"}, "", quick);
  if (!listed) return;
  std::set<std::string> modes;
  std::istringstream lines(*listed);
  for (std::string line; std::getline(lines, line);)
    if (auto mode = text::trim(line); !mode.empty()) modes.insert(std::string(mode));
  for (auto& r : platform_routes())
    if (std::all_of(r.modes.begin(), r.modes.end(), [&](const std::string& m) { return modes.count(m) > 0; }))
      routes_.push_back(std::move(r));
}

const Route* ApertiumTranslator::route(const knowledge::LanguagePair& pair) const {
  auto found = std::find_if(routes_.begin(), routes_.end(), [&](const Route& r) { return r.pair == pair; });
  return found == routes_.end() ? nullptr : &*found;
}

std::vector<knowledge::LanguagePair> ApertiumTranslator::pairs() const {
  std::vector<knowledge::LanguagePair> out;
  for (const auto& r : routes_) out.push_back(r.pair);
  return out;
}

std::string ApertiumTranslator::engine(const knowledge::LanguagePair& pair) const {
  const Route* r = route(pair);
  std::string out = version_.empty() ? "Apertium" : version_;
  if (!r) return out;
  for (std::size_t i = 0; i < r->modes.size(); ++i) out += (i ? ", " : " ") + r->modes[i];
  return out;
}

Result<std::string> ApertiumTranslator::translate(const knowledge::LanguagePair& pair, std::string_view text) {
  const Route* r = route(pair);
  if (!r) return fail(ErrorKind::invalid, "No machine translation into this language is available for this item.", "language");
  if (text.size() > settings_.max_input)
    return fail(ErrorKind::invalid, "This text is too long for a machine translation.", {},
                std::to_string(text.size()) + " bytes");
  std::string current(text);
  // The time limit is the text's, whatever number of modes its direction runs through.
  auto deadline = std::chrono::steady_clock::now() + settings_.limits.time;
  for (const auto& mode : r->modes) {
    ProcessLimits limits = settings_.limits;
    limits.time = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
    if (limits.time.count() <= 0)
      return fail(ErrorKind::unavailable, "The machine translation did not answer. Try again later.", {},
                  "no time left for " + mode);
    // -u: an unknown word is left as it was written, without Apertium's asterisk; the label
    // beside the text already says that it may contain errors.
    auto out = run_bounded({settings_.program, "-u", "-f", "txt", mode}, current, limits);
    if (!out) return std::unexpected(out.error());
    current = std::move(*out);
  }
  auto trimmed = text::trim(current);
  if (trimmed.empty() && !text::trim(text).empty())
    return fail(ErrorKind::unavailable, "The machine translation did not answer. Try again later.", {},
                "empty output from " + engine(pair));
  return std::string(trimmed);
}

}  // namespace cps::machine_translation
