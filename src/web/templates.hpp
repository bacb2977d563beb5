// Mustache templates, compiled once per UI language: {{#t}}English{{/t}} is replaced by the
// HTML-escaped translation before compiling, so rendering costs no lookups.
#pragma once

#include <filesystem>
#include <kainjow/mustache.hpp>
#include <map>
#include <string>
#include <vector>

#include "core/error.hpp"
#include "i18n/catalogue.hpp"

namespace cps::web {

using Data = kainjow::mustache::data;
using Object = kainjow::mustache::object;
using List = kainjow::mustache::list;

class Templates {
 public:
  // Loads every *.mustache below dir. Fails (internal) when a template does not compile.
  static Result<Templates> load(const std::filesystem::path& dir, const i18n::Catalogue& catalogue);

  Result<std::string> render(i18n::Language language, const std::string& name,
                             const Data& data) const;

  // The message ids found in a template source, white space folded.
  static std::vector<std::string> message_ids(std::string_view source);

 private:
  uint64_t generation_ = 0;
  // name → translated source, per language
  std::vector<std::map<std::string, std::string>> sources_;
};

}  // namespace cps::web
