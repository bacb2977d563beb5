// Stemming for analysis: Snowball (libstemmer) where the Debian libstemmer has the language,
// a light inflectional suffix stripper where it has none. Words arrive case-folded; the
// Snowball stemmers get them with their diacritics, the light ones get them folded.
#pragma once

#include <string>
#include <string_view>

namespace cps::retrieval {

// The libstemmer algorithm name for a language ("romanian"), or empty when there is none.
// Croatian uses the Serbian stemmer: the two standard languages share their inflection.
std::string_view snowball_algorithm(std::string_view language);

// Stems with Snowball, one stemmer per language per thread. The word is returned unchanged
// when the language has no Snowball algorithm.
std::string snowball_stem(std::string_view word, std::string_view language);

// Evens out what Snowball leaves inconsistent, on the folded stem (no diacritics):
//  - ro: a final "ar" or "er" goes ("inovării" → inovar → inov like "inovare";
//    "clusterelor" → clust like "cluster");
//  - hu: a final "s" after a vowel goes, so the adjective "innovációs" meets "innováció";
//  - el: trailing vowels and a final "ικ" go ("καινοτομίας" → καινοτομι → καινοτομ).
// Each rule keeps at least four letters.
std::string even_out_stem(std::string stem, std::string_view language);

// Light stemmer for sq bg sl mk sk: removes the longest suffix of a short list of inflectional
// endings (case, number, definite article, adjective agreement) when at least four letters
// remain, up to three times (endings stack: plural + article). It conflates inflected forms with
// the base forms the thesaurus lists; it does not attempt derivation. Returns the word unchanged
// for other languages.
std::string light_stem(std::string_view folded_word, std::string_view language);

bool has_light_stemmer(std::string_view language);

}  // namespace cps::retrieval
