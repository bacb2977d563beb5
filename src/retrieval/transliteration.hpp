// Transliterated queries: Greek, Bulgarian and Macedonian typed in Latin letters ("anaptyxi
// promitheuton", "klaster") meet texts in their own script ("ανάπτυξη προμηθευτών", "кластер").
// Serbian needs no more: its analysis already reads Cyrillic as Latin.
//
// Both sides meet on a loose Latin key of a stem. A text's Greek and Cyrillic index terms get
// transliteration_key() in the index; a query's Latin word is written in each script the way
// people's romanisations read backwards, stemmed by that language's stemmer and keyed the same
// way. The key forgets what romanisations confuse (η ι υ ει οι → i, ω → o, ευ → ev or ef, ъ → a,
// ч ц → c, doubled letters), and Greeklish "x" is read as ξ and as χ, so "anaptyxi" and
// "anaptiksi" both meet "ανάπτυξη", and "epixeiriseis" meets "επιχειρήσεις".
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "retrieval/analyzer.hpp"
#include "retrieval/thesaurus.hpp"

namespace cps::retrieval {

// The languages whose script a Latin query word is written in, in this order.
inline constexpr std::string_view kTransliteratedLanguages[] = {"el", "bg", "mk"};

// The index key of an analysed term holding Greek or Cyrillic letters: "zt_" and its loose
// Latin form; empty for a Latin term or when the loose form has fewer than four letters (too many
// would meet by chance).
std::string transliteration_key(std::string_view term);
// True for a transliteration_key(). Keys are another spelling of a word the field already
// counts: document lengths leave them out, so that a Greek or Cyrillic text is not made longer
// (and ranked lower) than the same text in Latin letters.
inline bool is_transliteration_key(std::string_view term) { return term.starts_with("zt_"); }

// `latin_word` (folded: a-z and digits) written in the script of `language` (el, bg or mk) as its
// usual romanisations read backwards ("anaptyxi" → "αναπτυξι", "klaster" → "кластер"); empty
// for another language or a word with letters outside a-z.
std::string to_script(std::string_view latin_word, std::string_view language);

// The transliteration keys of a Latin word: for each of kTransliteratedLanguages, the word in
// that script, stemmed there, keyed. Distinct, in that order; empty for a word that is not
// plain Latin letters or that a language reads as a stop word.
std::vector<std::string> transliteration_keys(std::string_view latin_word, const Analyzer& analyzer);

// Concepts named in `text` by Latin words that spell one of the concept's Greek terms
// ("anaptyxi promitheuton" → supplier development; Bulgarian and Macedonian words in Latin
// letters are too often Croatian, Serbian or Slovenian words too), matched on loose keys as
// Thesaurus::match matches analysed terms: longest first, no overlaps. Positions are those of
// the analyzer's tokens of `text`. The keyed terms of a thesaurus are made once (per thesaurus
// text) and kept.
std::vector<ConceptMatch> match_transliterated(std::string_view text, const Analyzer& analyzer,
                                               const Thesaurus& thesaurus);

}  // namespace cps::retrieval
