#include "retrieval/cognate.hpp"

#include "retrieval/fold.hpp"

namespace cps::retrieval {

namespace {

bool vowel(char c) {
  return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
}

}  // namespace

std::string cognate_key(std::string_view word) {
  std::string folded = fold(word);
  std::string letters;
  for (char c : folded) {
    if (c >= '0' && c <= '9') return {};
    if (c >= 'a' && c <= 'z') letters += c;
  }
  std::string even;
  for (std::size_t i = 0; i < letters.size(); ++i) {
    char c = letters[i];
    char next = i + 1 < letters.size() ? letters[i + 1] : '\0';
    if ((c == 'p' || c == 't' || c == 'c' || c == 'k') && next == 'h') {
      even += c == 'p' ? 'f' : c == 't' ? 't' : 'h';
      ++i;
      continue;
    }
    switch (c) {
      case 'c':
      case 'q':
        even += 'k';
        break;
      case 'y':
        even += 'i';
        break;
      case 'w':
        even += 'v';
        break;
      case 'x':
        even += "ks";
        break;
      default:
        even += c;
        break;
    }
  }
  std::string out;
  for (std::size_t i = 0; i < even.size(); ++i) {
    char c = even[i];
    if (c == 'v' && i > 0 && (even[i - 1] == 'a' || even[i - 1] == 'e') &&
        (i + 1 == even.size() || !vowel(even[i + 1]))) {
      c = 'u';
    }
    if (!out.empty() && out.back() == c) continue;
    out += c;
  }
  if (out.size() < 6) return {};
  return "zk_" + out.substr(0, 5);
}

}  // namespace cps::retrieval
