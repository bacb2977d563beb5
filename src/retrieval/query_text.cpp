#include "retrieval/query_text.hpp"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include "core/text.hpp"

namespace cps::retrieval {

std::string normalise_query_text(std::string_view text) {
  if (!text::is_valid_utf8(text)) return {};
  UErrorCode status = U_ZERO_ERROR;
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), int32_t(text.size())));
  const icu::Normalizer2* folding = icu::Normalizer2::getNFKCCasefoldInstance(status);
  if (U_SUCCESS(status)) {
    u = folding->normalize(u, status);
  } else {
    u.foldCase();
  }
  icu::UnicodeString spaced;
  bool space = false;
  for (int32_t i = 0; i < u.length();) {
    UChar32 c = u.char32At(i);
    i += U16_LENGTH(c);
    if (u_isUWhiteSpace(c) || u_iscntrl(c)) {
      space = !spaced.isEmpty();
      continue;
    }
    if (space) spaced.append(u' ');
    space = false;
    spaced.append(c);
  }
  std::string out;
  spaced.toUTF8String(out);
  return out;
}

bool may_identify_someone(std::string_view text) {
  std::size_t digits = 0;
  for (char c : text) {
    digits = (c >= '0' && c <= '9') ? digits + 1 : 0;
    if (digits >= 6) return true;
  }
  for (std::size_t at = text.find('@'); at != std::string_view::npos; at = text.find('@', at + 1)) {
    auto end = text.find_first_of(" \t\r\n", at);
    auto after = text.substr(at + 1, end == std::string_view::npos ? std::string_view::npos : end - at - 1);
    if (at > 0 && text[at - 1] != ' ' && after.find('.') != std::string_view::npos && !after.ends_with('.')) return true;
  }
  return false;
}

}  // namespace cps::retrieval
