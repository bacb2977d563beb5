#include "retrieval/fold.hpp"

#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <memory>

#include "core/text.hpp"

namespace cps::retrieval {

namespace {

// ICU transliterators are not safe to share between threads; each thread builds its own.
const icu::Transliterator* folder() {
  thread_local std::unique_ptr<icu::Transliterator> t = [] {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::Transliterator> made(icu::Transliterator::createInstance(
        "Any-Latin; Latin-ASCII; Lower", UTRANS_FORWARD, status));
    if (U_FAILURE(status)) made.reset();
    return made;
  }();
  return t.get();
}

}  // namespace

std::string fold(std::string_view utf8) {
  if (!text::is_valid_utf8(utf8)) return {};
  icu::UnicodeString s =
      icu::UnicodeString::fromUTF8(icu::StringPiece(utf8.data(), int32_t(utf8.size())));
  if (const auto* t = folder()) {
    t->transliterate(s);
  } else {
    s.toLower();
  }
  std::string out;
  s.toUTF8String(out);
  return out;
}

}  // namespace cps::retrieval
