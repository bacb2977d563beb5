// The framework's rules: texts by language, which criteria mean the same across versions, and
// the checks a framework passes before it is stored.
#include "domain/assessment/framework.hpp"

#include <algorithm>
#include <set>

#include "core/text.hpp"
#include "i18n/catalogue.hpp"
#include "i18n/languages.hpp"

namespace cps::assessment {

using i18n::N_;

namespace {

bool code_character(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' ||
         c == '-' || c == '_';
}

std::vector<CriterionText> by_language(std::vector<CriterionText> texts) {
  std::sort(texts.begin(), texts.end(),
            [](const CriterionText& a, const CriterionText& b) { return a.language < b.language; });
  return texts;
}

}  // namespace

bool is_criterion_code(std::string_view code) {
  return !code.empty() && code.size() <= 32 &&
         std::all_of(code.begin(), code.end(), code_character);
}

const CriterionText& Criterion::text(std::string_view language) const {
  static const CriterionText kNone{};
  for (const auto& t : texts)
    if (t.language == language) return t;
  for (const auto& t : texts)
    if (t.language == "en") return t;
  return texts.empty() ? kNone : texts.front();
}

bool same_meaning(const Criterion& a, const Criterion& b) {
  return a.area == b.area && a.weight == b.weight && a.justification == b.justification &&
         by_language(a.texts) == by_language(b.texts);
}

const Criterion* Framework::criterion(std::string_view code) const {
  for (const auto& c : criteria)
    if (c.code == code) return &c;
  return nullptr;
}

std::vector<const Criterion*> Framework::criteria_of(const AreaCode& area) const {
  std::vector<const Criterion*> out;
  for (const auto& c : criteria)
    if (c.area == area) out.push_back(&c);
  std::stable_sort(out.begin(), out.end(), [](const Criterion* x, const Criterion* y) {
    return x->position < y->position;
  });
  return out;
}

std::vector<std::string> comparable_criteria(const Framework& a, const Framework& b) {
  std::vector<std::string> out;
  for (const auto& c : a.criteria)
    if (const auto* other = b.criterion(c.code); other && same_meaning(c, *other))
      out.push_back(c.code);
  return out;
}

Status check_framework(const Framework& framework, const std::vector<AreaCode>& areas) {
  if (!(framework.divergence >= 0.5 && framework.divergence <= 4))
    return fail(ErrorKind::unprocessable, N_("The divergence threshold is a number from 0.5 to 4."),
                "divergence");
  std::set<std::string> codes;
  for (std::size_t i = 0; i < framework.criteria.size(); ++i) {
    const auto& c = framework.criteria[i];
    std::string where = "criteria[" + std::to_string(i) + "].";
    if (!is_criterion_code(c.code))
      return fail(ErrorKind::unprocessable,
                  N_("A criterion code is made of letters, digits, dots, hyphens and underscores."),
                  where + "code");
    if (!codes.insert(c.code).second)
      return fail(ErrorKind::unprocessable, N_("Each criterion code may appear only once."),
                  where + "code");
    if (std::find(areas.begin(), areas.end(), c.area) == areas.end())
      return fail(ErrorKind::unprocessable, N_("Choose a thematic area from the list."),
                  where + "area");
    if (!(c.weight >= 0.5 && c.weight <= 3))
      return fail(ErrorKind::unprocessable, N_("A weight is a number from 0.5 to 3."),
                  where + "weight");
    std::set<std::string> languages;
    for (const auto& t : c.texts) {
      if (!i18n::parse_language(t.language))
        return fail(ErrorKind::unprocessable,
                    N_("Texts may be written only in the platform's languages."),
                    where + "texts." + t.language);
      if (!languages.insert(t.language).second)
        return fail(ErrorKind::unprocessable, N_("Each language may have only one text."),
                    where + "texts." + t.language);
    }
    auto english = std::find_if(c.texts.begin(), c.texts.end(),
                                [](const CriterionText& t) { return t.language == "en"; });
    if (english == c.texts.end() || text::trim(english->title).empty())
      return fail(ErrorKind::unprocessable, N_("Every criterion needs an English title."),
                  where + "texts.en.title");
    for (auto [name, value] :
         {std::pair{"level_1", &english->level_1}, std::pair{"level_3", &english->level_3},
          std::pair{"level_5", &english->level_5}})
      if (text::trim(*value).empty())
        return fail(ErrorKind::unprocessable, N_("Describe levels 1, 3 and 5 in English."),
                    where + "texts.en." + name);
  }
  for (const auto& area : areas)
    if (std::none_of(framework.criteria.begin(), framework.criteria.end(),
                     [&](const Criterion& c) { return c.area == area; }))
      return fail(ErrorKind::unprocessable, N_("Every thematic area needs at least one criterion."),
                  "criteria");
  return {};
}

}  // namespace cps::assessment
