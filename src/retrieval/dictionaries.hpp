// Bilingual dictionaries read from installed dictd files (FreeDict, as Debian installs them in
// /usr/share/dictd), used to translate the query words the thesaurus has no concept for. The
// files stay where the packages put them: they are read when the server starts, never copied.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "retrieval/analyzer.hpp"

namespace cps::retrieval {

// One translation of a query word: an index term of the target language.
struct Translation {
  std::string language;
  std::string term;
};

class Dictionaries {
 public:
  // One direction of a dictionary file: a file "freedict-hun-eng" gives hu → en as written and
  // en → hu read backwards (each one-word translation pointing to its headword).
  struct Direction {
    std::string from, to, file;
    bool reversed = false;
    std::size_t headwords = 0;
  };

  // Reads every freedict-XXX-YYY.index with its .dict.dz (dictzip, read as gzip) in `directory`
  // whose two languages are languages of the platform. A missing directory gives no
  // dictionaries; a file that cannot be read is left out and named in problems().
  static Dictionaries load(const std::filesystem::path& directory);

  // Translations of one word as typed, from `language` into the other languages: the
  // dictionaries' headwords the word is a form of (English: by its regular endings, so
  // "companies" finds "company"; other languages: the headwords that stem like the word),
  // each of their one-word translations analysed in its language, at most `per_language` per
  // target language; through English when no dictionary goes straight from `language` to the
  // target. Terms equal to the word's own are left out.
  std::vector<Translation> translate(std::string_view word, std::string_view language, const Analyzer& analyzer,
                                     std::size_t per_language = 3) const;

  bool empty() const { return directions_.empty(); }
  const std::vector<Direction>& directions() const { return directions_; }
  const std::vector<std::string>& problems() const { return problems_; }
  // Bytes held for the lookups (keys, translations and their tables).
  std::size_t memory() const;

 private:
  struct Entry {
    std::uint32_t key;           // offset in text_ of the lower-case headword, '\0'-terminated
    std::uint32_t translations;  // offset in text_ of its translations, '\t'-separated, '\0'-terminated
  };
  struct Table {
    Direction direction;
    std::string text;
    std::vector<Entry> entries;  // sorted by key
    std::string_view key(const Entry& e) const { return text.c_str() + e.key; }
  };
  // One-word translations of the headwords of `table` the word (`lower`, stemmed `stem`) is a
  // form of.
  std::vector<std::string> lookup(const Table& table, std::string_view lower, std::string_view stem,
                                  const Analyzer& analyzer) const;

  std::vector<Table> tables_;
  std::vector<Direction> directions_;
  std::vector<std::string> problems_;
};

// The folded lower case of a word (NFKC case folding, ICU), as dictionaries compare headwords.
std::string lower_case(std::string_view word);

}  // namespace cps::retrieval
