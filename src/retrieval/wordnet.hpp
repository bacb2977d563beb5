// English synonyms and broader words from an installed WordNet 3.0 database (Debian
// wordnet-base, /usr/share/wordnet), to widen an English query that describes a thing in
// everyday words ("car makers") towards the words texts use ("automobile manufacturer").
// Read at start from where the package put it, never copied.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace cps::retrieval {

class WordNet {
 public:
  // Reads index.noun, index.verb, index.adj and data.* of `directory` with the exception lists
  // (noun.exc, verb.exc, adj.exc). A missing directory gives an empty WordNet.
  static WordNet load(const std::filesystem::path& directory);

  // Words related to an English word as typed: the other words of the synsets of its most
  // frequent senses (at most two), then the words of the broader synset (hypernym) of its
  // first sense; lemmas of several words with spaces. At most `limit`, the word's own lemma
  // left out.
  std::vector<std::string> related(std::string_view word, std::size_t limit = 4) const;

  bool empty() const { return index_.empty(); }
  std::size_t lemmas() const { return index_.size(); }
  std::size_t memory() const;

 private:
  struct Sense {
    std::uint8_t part;     // 0 noun, 1 verb, 2 adjective
    std::uint32_t offset;  // in data_[part]
  };
  std::vector<std::string> base_forms(std::string_view lower) const;
  std::vector<std::string> synset_words(std::uint8_t part, std::uint32_t offset, std::uint32_t* hypernym) const;

  std::unordered_map<std::string, std::vector<Sense>> index_;   // lemma → senses, most frequent first
  std::unordered_map<std::string, std::string> exceptions_;     // irregular form → lemma
  std::vector<std::string> data_;                               // data.noun, data.verb, data.adj
};

}  // namespace cps::retrieval
