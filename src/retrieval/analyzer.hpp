// Language-aware analysis of text into index terms: the one place that decides what counts as
// "the same word" for search, so documents, queries, the thesaurus and snippets agree.
#pragma once

#include <cstddef>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace cps::retrieval {

// One analysed word: its index term, where it is in the text (0-based token position), and
// its byte span in the original UTF-8 text (for highlighting).
struct Token {
  std::string term;
  std::string word;  // the folded word before stemming (diacritics removed, stop words kept out)
  std::size_t position = 0;
  std::size_t begin = 0, end = 0;
};

// How far analysis goes after folding.
enum class Stemming { stem, fold_only };

// Moves whenever analysis changes the terms a text gives (folding, stemmers, stop words,
// cognate keys, transliteration keys), so that stored index terms made by an older analysis are
// made again.
inline constexpr int analysis_version = 4;

// Turns text of a language (ISO 639-1 code; unknown codes get folding without stemming) into
// index terms:
//  - ICU word segmentation; a word is further split at characters that are neither letters nor
//    digits (apostrophes, dots), so "dell'Emilia" gives "dell" and "emilia";
//  - folding: NFKC case folding (final sigma included), Serbian and Croatian Cyrillic to Latin,
//    then diacritics removed (ş ș s alike, Greek accents, ő ö o), Bulgarian and Macedonian
//    stay Cyrillic;
//  - stop words dropped (a small list per language; a word typed in capitals such as "IT" is
//    kept as an abbreviation);
//  - stemming: Snowball (libstemmer) for en ro hu el de it sr, and the Serbian stemmer for hr;
//    a light suffix stripper for sq bg sl mk sk (see stemmers.hpp).
// Positions count every word, stop words included, so gaps show where words were dropped.
// Invalid UTF-8 gives no tokens. Thread-safe: stemmers and ICU objects are per thread.
class Analyzer {
 public:
  Analyzer();
  std::vector<Token> analyze(std::string_view text, std::string_view language) const;
  std::vector<Token> analyze(std::string_view text, std::string_view language,
                             Stemming stemming) const;
  // Terms only (no positions), for queries.
  std::vector<std::string> terms(std::string_view text, std::string_view language) const;
  std::vector<std::string> terms(std::string_view text, std::string_view language,
                                 Stemming stemming) const;
  // True when the language has a stemmer (Snowball or light).
  static bool stems(std::string_view language);

 private:
  std::map<std::string, std::set<std::string, std::less<>>, std::less<>> stop_words_;
};

}  // namespace cps::retrieval
