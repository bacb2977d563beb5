#include "retrieval/stemmers.hpp"

#include <libstemmer.h>

#include <array>
#include <map>
#include <memory>
#include <span>

namespace cps::retrieval {

namespace {

struct StemmerDeleter {
  void operator()(sb_stemmer* s) const { sb_stemmer_delete(s); }
};
using StemmerPtr = std::unique_ptr<sb_stemmer, StemmerDeleter>;

// Code points in UTF-8 (the input is valid: it comes from ICU).
std::size_t letters(std::string_view s) {
  std::size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

constexpr std::size_t min_stem = 4;

// Endings longest first within a language, written folded (no diacritics).
constexpr std::string_view sq_endings[] = {
    "shmerise", "shmeri", "ave", "eve", "ive", "ise", "ite", "ete", "one", "ore", "ja", "je",
    "it",       "ut",     "in",  "un",  "et",  "at",  "es",  "en",  "se",  "te",  "ve", "ne",
    "ra",       "ri",     "ia",  "ie",  "i",   "e",   "a",   "u",   "t",   "n",   "s"};
constexpr std::string_view sl_endings[] = {
    "ega", "emu", "imi", "ami", "ih", "im", "ov", "ev", "om", "em",  "ah",
    "mi",  "ja",  "ju",  "ji",  "je", "ni", "na", "no", "ne", "ski", "ska",
    "sko", "ske", "ega", "a",   "e",  "i",  "o",  "u",  "ih", "em",  "om"};
constexpr std::string_view sk_endings[] = {
    "ovych", "ovym", "eho", "emu", "ych", "ymi", "ami", "ach", "iach", "ov", "om",
    "ym",    "ia",   "ie",  "ii",  "iu",  "ej",  "ou",  "ho",  "mi",   "ny", "na",
    "ne",    "ni",   "no",  "a",   "e",   "i",   "o",   "u",   "y",    "m"};
constexpr std::string_view bg_endings[] = {"ията", "ите", "ият", "ата", "ото", "ове", "еве", "ища",
                                           "ия",   "та",  "то",  "те",  "ът",  "ят",  "ен",  "на",
                                           "но",   "ни",  "ия",  "ва",  "ви",  "во",  "ки",  "ци",
                                           "и",    "а",   "я",   "о",   "е",   "у"};
constexpr std::string_view mk_endings[] = {"ијата", "ите", "ата", "ото", "иот", "ови", "еви", "иња",
                                           "ија",   "от",  "та",  "то",  "те",  "ов",  "ва",  "во",
                                           "ве",    "он",  "на",  "но",  "не",  "ни",  "ен",  "ки",
                                           "ци",    "ии",  "иј",  "и",   "а",   "о",   "е",   "у"};

std::span<const std::string_view> endings_of(std::string_view language) {
  if (language == "sq") return sq_endings;
  if (language == "sl") return sl_endings;
  if (language == "sk") return sk_endings;
  if (language == "bg") return bg_endings;
  if (language == "mk") return mk_endings;
  return {};
}

}  // namespace

std::string_view snowball_algorithm(std::string_view language) {
  static const std::map<std::string_view, std::string_view> algorithms = {
      {"en", "english"}, {"ro", "romanian"}, {"hu", "hungarian"}, {"el", "greek"},
      {"de", "german"},  {"it", "italian"},  {"sr", "serbian"},   {"hr", "serbian"}};
  auto it = algorithms.find(language);
  return it == algorithms.end() ? std::string_view{} : it->second;
}

std::string snowball_stem(std::string_view word, std::string_view language) {
  auto algorithm = snowball_algorithm(language);
  if (algorithm.empty()) return std::string(word);
  thread_local std::map<std::string, StemmerPtr, std::less<>> stemmers;
  auto it = stemmers.find(algorithm);
  if (it == stemmers.end()) {
    it = stemmers
             .emplace(std::string(algorithm),
                      StemmerPtr(sb_stemmer_new(std::string(algorithm).c_str(), "UTF_8")))
             .first;
  }
  if (!it->second) return std::string(word);
  const sb_symbol* out = sb_stemmer_stem(
      it->second.get(), reinterpret_cast<const sb_symbol*>(word.data()), int(word.size()));
  if (out == nullptr) return std::string(word);  // out of memory: index the word itself
  return std::string(reinterpret_cast<const char*>(out),
                     std::size_t(sb_stemmer_length(it->second.get())));
}

std::string even_out_stem(std::string stem, std::string_view language) {
  auto drop = [&](std::string_view ending) {
    if (stem.ends_with(ending) && letters(stem) - letters(ending) >= min_stem) {
      stem.resize(stem.size() - ending.size());
      return true;
    }
    return false;
  };
  if (language == "ro") {
    if (!drop("ar")) drop("er");
  } else if (language == "hu") {
    static constexpr std::array<std::string_view, 5> vowel_s = {"as", "es", "is", "os", "us"};
    for (auto e : vowel_s) {
      if (stem.ends_with(e) && letters(stem) > min_stem + 1) {
        stem.pop_back();
        break;
      }
    }
  } else if (language == "el") {
    static constexpr std::array<std::string_view, 7> vowels = {"ι", "α", "ε", "ο", "η", "υ", "ω"};
    bool dropped = true;
    while (dropped) {
      dropped = false;
      for (auto v : vowels) dropped = dropped || drop(v);
    }
    drop("ικ");
  }
  return stem;
}

std::string light_stem(std::string_view folded_word, std::string_view language) {
  auto endings = endings_of(language);
  std::string stem(folded_word);
  // Repeated until nothing more goes, so that a base form and its inflected forms end on the
  // same stem ("kupona" → kupon → kupo, like "kupon" → kupo).
  for (int pass = 0; pass < 3; ++pass) {
    std::string_view best;
    for (auto e : endings) {
      if (stem.ends_with(e) && e.size() > best.size() && letters(stem) - letters(e) >= min_stem) {
        best = e;
      }
    }
    if (best.empty()) break;
    stem.resize(stem.size() - best.size());
  }
  return stem;
}

bool has_light_stemmer(std::string_view language) {
  return !endings_of(language).empty();
}

}  // namespace cps::retrieval
