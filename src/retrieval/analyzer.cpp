#include "retrieval/analyzer.hpp"

#include <unicode/brkiter.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/utext.h>

#include <memory>

#include "core/text.hpp"
#include "retrieval/stemmers.hpp"
#include "retrieval/stop_words.hpp"

namespace cps::retrieval {

namespace {

// A word as segmented, before folding: its bytes in the text.
struct Word {
  std::size_t begin = 0, end = 0;
};

bool is_word_character(UChar32 c) {
  if (u_isalnum(c)) return true;
  auto type = u_charType(c);
  return type == U_NON_SPACING_MARK || type == U_COMBINING_SPACING_MARK || type == U_ENCLOSING_MARK;
}

// ICU break iterators are not safe to share between threads; each thread clones its own.
icu::BreakIterator* word_breaker() {
  thread_local std::unique_ptr<icu::BreakIterator> breaker = [] {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::BreakIterator> made(
        icu::BreakIterator::createWordInstance(icu::Locale::getRoot(), status));
    if (U_FAILURE(status)) made.reset();
    return made;
  }();
  return breaker.get();
}

// Splits a run of text into runs of letters and digits (marks stay with their letter).
void split_runs(std::string_view text, std::size_t from, std::size_t to, std::vector<Word>& out) {
  std::size_t i = from;
  std::size_t start = to;  // "to" means: not inside a run
  while (i < to) {
    std::size_t at = i;
    UChar32 c = 0;
    U8_NEXT(text.data(), i, to, c);
    bool inside = c >= 0 && is_word_character(c);
    if (inside && start == to) start = at;
    if (!inside && start != to) {
      out.push_back({start, at});
      start = to;
    }
  }
  if (start != to) out.push_back({start, to});
}

// Words of the text by ICU word segmentation (Unicode UAX #29 with ICU's dictionaries).
std::vector<Word> segment(std::string_view text) {
  std::vector<Word> words;
  auto* breaker = word_breaker();
  if (breaker == nullptr) {
    split_runs(text, 0, text.size(), words);
    return words;
  }
  UErrorCode status = U_ZERO_ERROR;
  UText* ut = utext_openUTF8(nullptr, text.data(), int64_t(text.size()), &status);
  if (U_FAILURE(status)) {
    split_runs(text, 0, text.size(), words);
    return words;
  }
  breaker->setText(ut, status);
  int32_t begin = breaker->first();
  for (int32_t end = breaker->next(); end != icu::BreakIterator::DONE;
       begin = end, end = breaker->next()) {
    if (breaker->getRuleStatus() >= UBRK_WORD_NONE_LIMIT) {
      split_runs(text, std::size_t(begin), std::size_t(end), words);
    }
  }
  // The iterator keeps a pointer to the UText: detach it before closing.
  breaker->setText(icu::UnicodeString());
  utext_close(ut);
  return words;
}

icu::UnicodeString serbian_to_latin(const icu::UnicodeString& in) {
  icu::UnicodeString out;
  for (int32_t i = 0; i < in.length();) {
    UChar32 c = in.char32At(i);
    i += U16_LENGTH(c);
    const char16_t* latin = nullptr;
    switch (c) {
      case u'а':
        latin = u"a";
        break;
      case u'б':
        latin = u"b";
        break;
      case u'в':
        latin = u"v";
        break;
      case u'г':
        latin = u"g";
        break;
      case u'д':
        latin = u"d";
        break;
      case u'ђ':
        latin = u"đ";
        break;
      case u'е':
        latin = u"e";
        break;
      case u'ж':
        latin = u"ž";
        break;
      case u'з':
        latin = u"z";
        break;
      case u'и':
        latin = u"i";
        break;
      case u'ј':
        latin = u"j";
        break;
      case u'к':
        latin = u"k";
        break;
      case u'л':
        latin = u"l";
        break;
      case u'љ':
        latin = u"lj";
        break;
      case u'м':
        latin = u"m";
        break;
      case u'н':
        latin = u"n";
        break;
      case u'њ':
        latin = u"nj";
        break;
      case u'о':
        latin = u"o";
        break;
      case u'п':
        latin = u"p";
        break;
      case u'р':
        latin = u"r";
        break;
      case u'с':
        latin = u"s";
        break;
      case u'т':
        latin = u"t";
        break;
      case u'ћ':
        latin = u"ć";
        break;
      case u'у':
        latin = u"u";
        break;
      case u'ф':
        latin = u"f";
        break;
      case u'х':
        latin = u"h";
        break;
      case u'ц':
        latin = u"c";
        break;
      case u'ч':
        latin = u"č";
        break;
      case u'џ':
        latin = u"dž";
        break;
      case u'ш':
        latin = u"š";
        break;
      default:
        break;
    }
    if (latin != nullptr) {
      out.append(icu::UnicodeString(latin));
    } else {
      out.append(c);
    }
  }
  return out;
}

// Case folding plus the language's own spelling variants; diacritics are kept (Snowball
// needs them).
icu::UnicodeString case_fold(std::string_view word, std::string_view language) {
  UErrorCode status = U_ZERO_ERROR;
  icu::UnicodeString u =
      icu::UnicodeString::fromUTF8(icu::StringPiece(word.data(), int32_t(word.size())));
  const icu::Normalizer2* folding = icu::Normalizer2::getNFKCCasefoldInstance(status);
  if (U_SUCCESS(status)) {
    u = folding->normalize(u, status);
  } else {
    u.foldCase();
  }
  if (language == "sr" || language == "hr") u = serbian_to_latin(u);
  if (language == "ro") {
    // Cedilla letters are the legacy spelling of comma-below ones.
    u.findAndReplace(u"ş", u"ș");
    u.findAndReplace(u"ţ", u"ț");
  }
  if (language == "el") {
    // The Greek stemmer takes a letter with dialytika for another letter: «δυϊκή» and
    // «δυική» (as often typed) would stem apart. The dialytika goes, the stress mark stays.
    u.findAndReplace(u"ϊ", u"ι");
    u.findAndReplace(u"ϋ", u"υ");
    u.findAndReplace(u"ΐ", u"ί");
    u.findAndReplace(u"ΰ", u"ύ");
  }
  return u;
}

bool allowed_letter(UChar32 c) {
  if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) return true;
  if (!u_isalpha(c)) return false;
  UErrorCode status = U_ZERO_ERROR;
  auto script = uscript_getScript(c, &status);
  return script == USCRIPT_GREEK || script == USCRIPT_CYRILLIC;
}

// Removes diacritics and keeps only what an index term may hold: a-z, 0-9 and Greek and
// Cyrillic letters.
std::string strip(const icu::UnicodeString& in) {
  UErrorCode status = U_ZERO_ERROR;
  icu::UnicodeString decomposed = in;
  if (const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status); U_SUCCESS(status)) {
    decomposed = nfd->normalize(in, status);
  }
  icu::UnicodeString out;
  for (int32_t i = 0; i < decomposed.length();) {
    UChar32 c = decomposed.char32At(i);
    i += U16_LENGTH(c);
    switch (c) {
      case u'đ':
      case u'ð':
        out.append(u'd');
        continue;
      case u'ł':
        out.append(u'l');
        continue;
      case u'ø':
        out.append(u'o');
        continue;
      case u'ı':
        out.append(u'i');
        continue;
      case u'æ':
        out.append(u"ae");
        continue;
      case u'œ':
        out.append(u"oe");
        continue;
      case u'ß':
        out.append(u"ss");
        continue;
      case u'þ':
        out.append(u"th");
        continue;
      case u'ς':
        out.append(u'σ');
        continue;
      default:
        break;
    }
    if (allowed_letter(c)) out.append(c);
  }
  std::string utf8;
  out.toUTF8String(utf8);
  return utf8;
}

bool typed_in_capitals(std::string_view word) {
  icu::UnicodeString u =
      icu::UnicodeString::fromUTF8(icu::StringPiece(word.data(), int32_t(word.size())));
  if (u.countChar32() < 2) return false;
  for (int32_t i = 0; i < u.length();) {
    UChar32 c = u.char32At(i);
    i += U16_LENGTH(c);
    if (u_isalpha(c) && !u_isupper(c)) return false;
  }
  return true;
}

}  // namespace

Analyzer::Analyzer() {
  for (std::string_view language :
       {"en", "ro", "sq", "hu", "el", "bg", "sl", "hr", "sr", "sk", "de", "it", "mk"}) {
    auto& set = stop_words_[std::string(language)];
    std::string_view list = stop_words(language);
    while (!list.empty()) {
      auto space = list.find(' ');
      auto word = list.substr(0, space);
      if (!word.empty()) set.insert(strip(case_fold(word, language)));
      list = space == std::string_view::npos ? std::string_view{} : list.substr(space + 1);
    }
  }
}

bool Analyzer::stems(std::string_view language) {
  return !snowball_algorithm(language).empty() || has_light_stemmer(language);
}

std::vector<Token> Analyzer::analyze(std::string_view text, std::string_view language) const {
  return analyze(text, language, Stemming::stem);
}

std::vector<Token> Analyzer::analyze(std::string_view text, std::string_view language,
                                     Stemming stemming) const {
  std::vector<Token> tokens;
  if (!text::is_valid_utf8(text)) return tokens;
  const auto stops = stop_words_.find(language);
  const bool snowball = !snowball_algorithm(language).empty();
  std::size_t position = 0;
  for (const Word& w : segment(text)) {
    std::string_view raw = text.substr(w.begin, w.end - w.begin);
    icu::UnicodeString folded = case_fold(raw, language);
    std::string term = strip(folded);
    const std::size_t at = position++;
    if (term.empty()) continue;
    if (stops != stop_words_.end() && stops->second.contains(term) && !typed_in_capitals(raw)) {
      continue;
    }
    std::string word = term;
    if (stemming == Stemming::stem) {
      if (snowball) {
        std::string with_diacritics;
        folded.toUTF8String(with_diacritics);
        std::string stem =
            strip(icu::UnicodeString::fromUTF8(snowball_stem(with_diacritics, language)));
        if (!stem.empty()) term = even_out_stem(std::move(stem), language);
      } else {
        term = light_stem(term, language);
      }
    }
    tokens.push_back({std::move(term), std::move(word), at, w.begin, w.end});
  }
  return tokens;
}

std::vector<std::string> Analyzer::terms(std::string_view text, std::string_view language) const {
  return terms(text, language, Stemming::stem);
}

std::vector<std::string> Analyzer::terms(std::string_view text, std::string_view language,
                                         Stemming stemming) const {
  std::vector<std::string> out;
  for (auto& t : analyze(text, language, stemming)) out.push_back(std::move(t.term));
  return out;
}

}  // namespace cps::retrieval
