#include "retrieval/transliteration.hpp"

#include <unicode/utf8.h>

#include <algorithm>
#include <map>
#include <memory>
#include <mutex>
#include <span>
#include <unordered_map>

namespace cps::retrieval {

namespace {

std::u32string code_points(std::string_view utf8) {
  std::u32string out;
  for (std::size_t i = 0; i < utf8.size();) {
    UChar32 c = 0;
    U8_NEXT(utf8.data(), i, utf8.size(), c);
    if (c < 0) return {};
    out += char32_t(c);
  }
  return out;
}

void append_utf8(std::string& out, char32_t c) {
  char buffer[4];
  std::size_t length = 0;
  UBool error = false;
  U8_APPEND(buffer, length, 4, UChar32(c), error);
  if (!error) out.append(buffer, length);
}

bool is_greek(char32_t c) { return c >= 0x370 && c <= 0x3ff; }
bool is_cyrillic(char32_t c) { return c >= 0x400 && c <= 0x4ff; }

// Greek and Cyrillic letters in Latin, as the region's romanisations most often spell them,
// each letter pair that romanisations spell as one sound first.
struct Spelling {
  std::u32string_view from;
  std::string_view to;
};
constexpr Spelling kGreekPairs[] = {{U"ου", "u"}, {U"ει", "i"}, {U"οι", "i"}, {U"υι", "i"},
                                    {U"αι", "e"}, {U"ευ", "ev"}, {U"αυ", "av"}};
constexpr Spelling kGreekLetters[] = {
    {U"α", "a"}, {U"β", "v"}, {U"γ", "g"}, {U"δ", "d"},  {U"ε", "e"}, {U"ζ", "z"}, {U"η", "i"},  {U"θ", "th"},
    {U"ι", "i"}, {U"κ", "k"}, {U"λ", "l"}, {U"μ", "m"},  {U"ν", "n"}, {U"ξ", "ks"}, {U"ο", "o"}, {U"π", "p"},
    {U"ρ", "r"}, {U"σ", "s"}, {U"ς", "s"}, {U"τ", "t"},  {U"υ", "i"}, {U"φ", "f"}, {U"χ", "h"},  {U"ψ", "ps"},
    {U"ω", "o"}};
// Letters romanisations confuse share a spelling: ч ц ћ → c, ж з ѕ џ → z, ш → s, ъ → a; щ is
// ш and т ("sht"), as Macedonian writes it.
constexpr Spelling kCyrillicLetters[] = {
    {U"а", "a"}, {U"б", "b"}, {U"в", "v"}, {U"г", "g"}, {U"ѓ", "g"}, {U"д", "d"}, {U"ђ", "d"}, {U"е", "e"},
    {U"ё", "e"}, {U"є", "e"}, {U"э", "e"}, {U"ж", "z"}, {U"з", "z"}, {U"ѕ", "z"}, {U"џ", "z"}, {U"и", "i"},
    {U"і", "i"}, {U"ї", "i"}, {U"ы", "i"}, {U"й", "i"}, {U"ј", "i"}, {U"к", "k"}, {U"ќ", "k"}, {U"л", "l"},
    {U"љ", "l"}, {U"м", "m"}, {U"н", "n"}, {U"њ", "n"}, {U"о", "o"}, {U"п", "p"}, {U"р", "r"}, {U"с", "s"},
    {U"т", "t"}, {U"у", "u"}, {U"ф", "f"}, {U"х", "h"}, {U"ц", "c"}, {U"ч", "c"}, {U"ћ", "c"}, {U"ш", "s"},
    {U"щ", "st"}, {U"ъ", "a"}, {U"ь", ""},  {U"ю", "u"}, {U"я", "a"}};

// Latin back into each script, longest spelling first within each table.
struct Reading {
  std::string_view from;
  std::u32string_view to;
};
constexpr Reading kToGreek[] = {
    {"th", U"θ"}, {"ch", U"χ"}, {"kh", U"χ"}, {"ps", U"ψ"}, {"ks", U"ξ"}, {"ph", U"φ"}, {"ou", U"ου"},
    {"eu", U"ευ"}, {"au", U"αυ"}, {"a", U"α"}, {"b", U"β"}, {"c", U"κ"}, {"d", U"δ"}, {"e", U"ε"},
    {"f", U"φ"}, {"g", U"γ"}, {"h", U"χ"}, {"i", U"ι"}, {"j", U"ι"}, {"k", U"κ"}, {"l", U"λ"}, {"m", U"μ"},
    {"n", U"ν"}, {"o", U"ο"}, {"p", U"π"}, {"q", U"κ"}, {"r", U"ρ"}, {"s", U"σ"}, {"t", U"τ"}, {"u", U"ου"},
    {"v", U"β"}, {"w", U"ω"}, {"x", U"ξ"}, {"y", U"υ"}, {"z", U"ζ"}};
constexpr Reading kToCyrillic[] = {
    {"sht", U"щ"}, {"dzh", U"џ"}, {"zh", U"ж"}, {"sh", U"ш"}, {"ch", U"ч"}, {"ts", U"ц"}, {"tz", U"ц"},
    {"dz", U"ѕ"},  {"gj", U"ѓ"},  {"kj", U"ќ"}, {"lj", U"љ"}, {"nj", U"њ"}, {"yu", U"ю"}, {"ju", U"ю"},
    {"ya", U"я"},  {"ja", U"я"},  {"a", U"а"},  {"b", U"б"},  {"c", U"ц"},  {"d", U"д"},  {"e", U"е"},
    {"f", U"ф"},   {"g", U"г"},   {"h", U"х"},  {"i", U"и"},  {"j", U"й"},  {"k", U"к"},  {"l", U"л"},
    {"m", U"м"},   {"n", U"н"},   {"o", U"о"},  {"p", U"п"},  {"q", U"к"},  {"r", U"р"},  {"s", U"с"},
    {"t", U"т"},   {"u", U"у"},   {"v", U"в"},  {"w", U"в"},  {"x", U"кс"}, {"y", U"й"},  {"z", U"з"}};

// The loose Latin form of an analysed term in any script: Greek and Cyrillic romanised as
// above, then "ch" as "h" for the Latin spellings of χ, and doubled letters single.
std::string loose(std::string_view term) {
  const std::u32string s = code_points(term);
  std::string latin;
  for (std::size_t i = 0; i < s.size();) {
    bool done = false;
    if (is_greek(s[i])) {
      for (const auto& p : kGreekPairs) {
        if (s.compare(i, p.from.size(), p.from) == 0) {
          latin += p.to;
          i += p.from.size();
          done = true;
          break;
        }
      }
      if (done) continue;
      for (const auto& l : kGreekLetters) {
        if (s[i] == l.from.front()) {
          latin += l.to;
          done = true;
          break;
        }
      }
    } else if (is_cyrillic(s[i])) {
      for (const auto& l : kCyrillicLetters) {
        if (s[i] == l.from.front()) {
          latin += l.to;
          done = true;
          break;
        }
      }
    } else if (s[i] < 0x80) {
      latin += char(s[i]);
    }
    ++i;
  }
  std::string out;
  for (std::size_t i = 0; i < latin.size(); ++i) {
    char c = latin[i];
    if (c == 'c' && i + 1 < latin.size() && latin[i + 1] == 'h') {
      c = 'h';
      ++i;
    }
    // ευ and αυ read "ef", "af" before a voiceless consonant, and are typed so.
    if (c == 'f' && !out.empty() && (out.back() == 'e' || out.back() == 'a')) c = 'v';
    if (!out.empty() && out.back() == c) continue;
    out += c;
  }
  return out;
}

bool latin_vowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

// The key's letters of a term: loose(), and for a Greek term without the vowels and the final
// s or n of its ending. The Greek stemmer takes off an ending only as it is spelt ("-ών", not
// "-ον" as a Latin "on" reads back), so a stem read back from Latin letters may keep what the
// text's stem lost; both lose it here alike ("promitheuton" and «προμηθευτών» → promithevt).
std::string key_letters(std::string_view term) {
  std::string key = loose(term);
  const std::u32string s = code_points(term);
  if (std::none_of(s.begin(), s.end(), is_greek)) return key;
  while (key.size() > 4) {
    const char last = key.back();
    const bool vowel = latin_vowel(last);
    const bool ending_consonant = (last == 's' || last == 'n') && latin_vowel(key[key.size() - 2]);
    if (!vowel && !ending_consonant) break;
    key.pop_back();
  }
  return key;
}

// The spellings of a Latin word to read in a script: Greeklish types χ as "x" as often as ξ.
std::vector<std::string> readings(std::string_view latin_word, std::string_view language) {
  std::vector<std::string> out{std::string(latin_word)};
  if (language == "el" && latin_word.find('x') != std::string_view::npos) {
    std::string chi(latin_word);
    std::replace(chi.begin(), chi.end(), 'x', 'h');
    out.push_back(std::move(chi));
  }
  return out;
}

bool plain_latin(std::string_view word) {
  return !word.empty() && std::all_of(word.begin(), word.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
  });
}

bool has_letters(std::string_view word) {
  return std::any_of(word.begin(), word.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

// The languages whose terms Latin words name concepts by. Greek only: Bulgarian and Macedonian
// words spelt in Latin letters are often words of Croatian, Serbian or Slovenian as well, which
// the thesaurus names in their own right; read as Cyrillic they added concepts of their
// own to native queries of those languages (development half: native→other-language MRR 0.494 →
// 0.465). Their texts are still found by the words' keys.
constexpr std::string_view kConceptLanguages[] = {"el"};

// One keyed term of a concept: the loose keys of its analysed words.
struct KeyedEntry {
  std::vector<std::string> keys;
  std::string concept_id;
};
// First key → entries, longest first.
using KeyedTerms = std::unordered_map<std::string, std::vector<KeyedEntry>>;

KeyedTerms keyed_terms(const Thesaurus& thesaurus, const Analyzer& analyzer) {
  KeyedTerms out;
  for (const auto& c : thesaurus.concepts()) {
    for (auto language : kConceptLanguages) {
      auto terms = c.terms.find(std::string(language));
      if (terms == c.terms.end()) continue;
      for (const auto& term : terms->second) {
        std::vector<std::string> keys;
        for (const auto& t : analyzer.terms(term, language)) keys.push_back(key_letters(t));
        if (keys.empty() || std::any_of(keys.begin(), keys.end(), [](auto& k) { return k.empty(); })) continue;
        // A one-word term needs a key long enough not to meet other words by chance.
        if (keys.size() == 1 && keys.front().size() < 4) continue;
        auto& entries = out[keys.front()];
        bool known = std::any_of(entries.begin(), entries.end(),
                                 [&](const KeyedEntry& e) { return e.keys == keys && e.concept_id == c.id; });
        if (!known) entries.push_back({std::move(keys), c.id});
      }
    }
  }
  for (auto& [first, entries] : out)
    std::stable_sort(entries.begin(), entries.end(),
                     [](const KeyedEntry& a, const KeyedEntry& b) { return a.keys.size() > b.keys.size(); });
  return out;
}

// The keyed terms of a thesaurus, made on first use and kept for its text (fingerprint).
const KeyedTerms& keyed_terms_of(const Thesaurus& thesaurus, const Analyzer& analyzer) {
  static std::mutex mutex;
  static std::map<std::string, std::unique_ptr<KeyedTerms>> made;
  std::lock_guard lock(mutex);
  auto& slot = made[thesaurus.fingerprint()];
  if (!slot) slot = std::make_unique<KeyedTerms>(keyed_terms(thesaurus, analyzer));
  return *slot;
}


// Words between two words of a match may only be dropped stop words, at most this many.
constexpr std::size_t kMaxGap = 2;

}  // namespace

std::string transliteration_key(std::string_view term) {
  const std::u32string s = code_points(term);
  if (std::none_of(s.begin(), s.end(), [](char32_t c) { return is_greek(c) || is_cyrillic(c); })) return {};
  std::string key = key_letters(term);
  if (key.size() < 4) return {};
  return "zt_" + key;
}

std::string to_script(std::string_view latin_word, std::string_view language) {
  if (!plain_latin(latin_word)) return {};
  std::span<const Reading> table;
  if (language == "el") {
    table = kToGreek;
  } else if (language == "bg" || language == "mk") {
    table = kToCyrillic;
  } else {
    return {};
  }
  std::string out;
  for (std::size_t i = 0; i < latin_word.size();) {
    if (latin_word[i] >= '0' && latin_word[i] <= '9') {
      out += latin_word[i++];
      continue;
    }
    for (const auto& r : table) {
      if (latin_word.substr(i, r.from.size()) == r.from) {
        for (char32_t c : r.to) append_utf8(out, c);
        i += r.from.size();
        break;
      }
    }
  }
  return out;
}

std::vector<std::string> transliteration_keys(std::string_view latin_word, const Analyzer& analyzer) {
  std::vector<std::string> out;
  if (!plain_latin(latin_word) || !has_letters(latin_word)) return out;
  for (auto language : kTransliteratedLanguages) {
    for (const auto& reading : readings(latin_word, language)) {
      auto stems = analyzer.terms(to_script(reading, language), language);
      if (stems.size() != 1) continue;
      auto key = transliteration_key(stems.front());
      if (!key.empty() && std::find(out.begin(), out.end(), key) == out.end()) out.push_back(std::move(key));
    }
  }
  return out;
}

std::vector<ConceptMatch> match_transliterated(std::string_view text, const Analyzer& analyzer,
                                               const Thesaurus& thesaurus) {
  std::vector<ConceptMatch> chosen;
  const auto& keyed = keyed_terms_of(thesaurus, analyzer);
  if (keyed.empty()) return chosen;
  // Latin words only: a word in Greek or Cyrillic meets the thesaurus as it is.
  const auto words = analyzer.analyze(text, "", Stemming::fold_only);
  std::vector<ConceptMatch> all;
  // One pass per language and reading (el with "x" as ξ, then as χ).
  for (auto language : kConceptLanguages) {
    for (int variant = 0; variant < (language == "el" ? 2 : 1); ++variant) {
      std::vector<std::pair<std::size_t, std::string>> keys;  // position, key
      for (const auto& w : words) {
        if (!plain_latin(w.term) || !has_letters(w.term)) continue;
        auto spellings = readings(w.term, language);
        const auto& spelling = spellings[std::min<std::size_t>(std::size_t(variant), spellings.size() - 1)];
        auto stems = analyzer.terms(to_script(spelling, language), language);
        if (stems.size() == 1) keys.emplace_back(w.position, key_letters(stems.front()));
      }
      for (std::size_t i = 0; i < keys.size();) {
        std::size_t length = 0;
        if (auto candidates = keyed.find(keys[i].second); candidates != keyed.end()) {
          for (const auto& e : candidates->second) {
            if (i + e.keys.size() > keys.size()) continue;
            bool equal = true;
            for (std::size_t k = 1; k < e.keys.size() && equal; ++k)
              equal = keys[i + k].second == e.keys[k] && keys[i + k].first - keys[i + k - 1].first <= kMaxGap + 1;
            if (!equal) continue;
            if (length != 0 && e.keys.size() < length) break;
            length = e.keys.size();
            all.push_back({e.concept_id, keys[i].first, keys[i + length - 1].first});
          }
        }
        i += length == 0 ? 1 : length;
      }
    }
  }
  std::stable_sort(all.begin(), all.end(), [](const ConceptMatch& a, const ConceptMatch& b) {
    return a.last - a.first > b.last - b.first;
  });
  for (auto& m : all) {
    bool clash = std::any_of(chosen.begin(), chosen.end(), [&](const ConceptMatch& k) {
      bool overlaps = m.first <= k.last && k.first <= m.last;
      bool same_span = m.first == k.first && m.last == k.last;
      return (overlaps && !same_span) || (same_span && k.concept_id == m.concept_id);
    });
    if (!clash) chosen.push_back(std::move(m));
  }
  std::sort(chosen.begin(), chosen.end(), [](const ConceptMatch& a, const ConceptMatch& b) { return a.first < b.first; });
  return chosen;
}

}  // namespace cps::retrieval
