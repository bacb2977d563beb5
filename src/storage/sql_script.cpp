#include "storage/sql_script.hpp"

#include "core/text.hpp"

namespace cps::storage {

std::vector<std::string> split_sql_script(std::string_view script) {
  std::vector<std::string> statements;
  std::string current;
  auto flush = [&] {
    std::string s = text::trim(current);
    if (!s.empty()) statements.push_back(std::move(s));
    current.clear();
  };
  size_t i = 0;
  while (i < script.size()) {
    char c = script[i];
    if (c == '-' && i + 1 < script.size() && script[i + 1] == '-') {
      while (i < script.size() && script[i] != '\n') ++i;
      continue;
    }
    if (c == '\'' || c == '"') {
      size_t start = i++;
      while (i < script.size()) {
        if (script[i] == c) {
          if (i + 1 < script.size() && script[i + 1] == c) {
            i += 2;
            continue;
          }
          break;
        }
        ++i;
      }
      i = std::min(i + 1, script.size());
      current.append(script.substr(start, i - start));
      continue;
    }
    if (c == ';') {
      flush();
      ++i;
      continue;
    }
    current += c;
    ++i;
  }
  flush();
  return statements;
}

}  // namespace cps::storage
