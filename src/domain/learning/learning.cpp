// The score of a recommendation, need keys, and the NACE section of a division.
#include "domain/learning/learning.hpp"

#include <algorithm>

#include "domain/learning/learning_service.hpp"
#include "i18n/catalogue.hpp"

namespace cps::learning {

using i18n::N_;

double score(const Components& c, const Weights& w) {
  auto unit = [](double v) { return std::clamp(v, 0.0, 1.0); };
  return w.relevance * unit(c.relevance) + w.evidence * unit(c.evidence) + w.similarity * unit(c.similarity) +
         w.transferability * unit(c.transferability) + w.language * unit(c.language);
}

char section_of_division(std::string_view division) {
  if (division.size() != 2 || division[0] < '0' || division[0] > '9' || division[1] < '0' || division[1] > '9')
    return 0;
  int d = (division[0] - '0') * 10 + (division[1] - '0');
  // NACE Rev. 2: the first division of each section, A to U.
  static constexpr std::pair<int, char> kFirst[] = {{1, 'A'},  {5, 'B'},  {10, 'C'}, {35, 'D'}, {36, 'E'},
                                                    {41, 'F'}, {45, 'G'}, {49, 'H'}, {55, 'I'}, {58, 'J'},
                                                    {64, 'K'}, {68, 'L'}, {69, 'M'}, {77, 'N'}, {84, 'O'},
                                                    {85, 'P'}, {86, 'Q'}, {90, 'R'}, {94, 'S'}, {97, 'T'},
                                                    {99, 'U'}};
  if (d < 1 || d > 99) return 0;
  char section = 0;
  for (auto [first, letter] : kFirst)
    if (d >= first) section = letter;
  return section;
}

std::string need_key(NeedKind kind, std::string_view code) {
  return std::string(name_of(kind, kNeedKindNames)) + ":" + std::string(code);
}

Result<std::pair<NeedKind, std::string>> parse_need_key(std::string_view key) {
  auto colon = key.find(':');
  if (colon == std::string_view::npos || colon + 1 >= key.size() || key.size() > 40)
    return fail(ErrorKind::invalid, N_("A need is written like criterion:WG4.2, area:WG4 or sector:C."), "need");
  auto kind = parse_name(key.substr(0, colon), kNeedKindNames);
  if (!kind)
    return fail(ErrorKind::invalid, N_("A need is written like criterion:WG4.2, area:WG4 or sector:C."), "need");
  return std::pair{*kind, std::string(key.substr(colon + 1))};
}

}  // namespace cps::learning
