// Cognate keys: a language-neutral, script-neutral form of a word that lets related words of
// different languages meet when the thesaurus has no concept for them ("geothermal",
// "geotermikus", "геотермална" → "zk_geote").
#pragma once

#include <string>
#include <string_view>

namespace cps::retrieval {

// The word transliterated to Latin and folded, with spelling variants of the region evened out
// (ph→f, th→t, ch→h, c q→k, y→i, w→v, x→ks, "av"/"ev" before a consonant → "au"/"eu",
// doubled letters single), cut to its first five letters and written "zk_" + letters. Words of
// fewer than six letters, and words with digits, have no key (empty): too many meet by chance.
std::string cognate_key(std::string_view word);

}  // namespace cps::retrieval
