#include "retrieval/wordnet.hpp"

#include <algorithm>
#include <fstream>
#include <sstream>

namespace cps::retrieval {

namespace {

constexpr const char* kParts[] = {"noun", "verb", "adj"};
// Senses whose synsets give synonyms: the most frequent ones; later senses are rarely meant.
constexpr std::size_t kSenses = 2;

std::string read_file(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  if (!in) return {};
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

std::string lower_ascii(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = char(c - 'A' + 'a');
  return out;
}

}  // namespace

WordNet WordNet::load(const std::filesystem::path& directory) {
  WordNet w;
  std::error_code ec;
  if (!std::filesystem::is_directory(directory, ec)) return w;
  for (std::uint8_t part = 0; part < 3; ++part) {
    w.data_.push_back(read_file(directory / (std::string("data.") + kParts[part])));
    std::istringstream index(read_file(directory / (std::string("index.") + kParts[part])));
    std::string line;
    while (std::getline(index, line)) {
      if (line.empty() || line.front() == ' ') continue;  // the licence at the top
      // lemma pos synset_cnt p_cnt [ptr_symbol...] sense_cnt tagsense_cnt synset_offset...
      std::istringstream f(line);
      std::string lemma, pos;
      std::size_t synsets = 0, pointers = 0;
      f >> lemma >> pos >> synsets >> pointers;
      std::string skip;
      for (std::size_t i = 0; i < pointers + 2; ++i) f >> skip;
      auto& senses = w.index_[lemma];
      for (std::size_t i = 0; i < synsets && i < kSenses; ++i) {
        std::uint32_t offset = 0;
        if (f >> offset) senses.push_back({part, offset});
      }
    }
    std::istringstream exc(read_file(directory / (std::string(kParts[part]) + ".exc")));
    while (std::getline(exc, line)) {
      std::istringstream f(line);
      std::string form, lemma;
      if (f >> form >> lemma) w.exceptions_.emplace(form, lemma);
    }
  }
  if (w.data_[0].empty()) w.index_.clear();
  return w;
}

std::size_t WordNet::memory() const {
  std::size_t bytes = 0;
  for (const auto& d : data_) bytes += d.capacity();
  for (const auto& [lemma, senses] : index_) bytes += sizeof(lemma) + lemma.capacity() + 32 + senses.capacity() * sizeof(Sense);
  for (const auto& [form, lemma] : exceptions_) bytes += 2 * sizeof(form) + form.capacity() + lemma.capacity() + 16;
  return bytes;
}

// The lemmas a form may be of, by WordNet's own rules ("morphy"): exceptions, then the
// regular endings of nouns, verbs and adjectives.
std::vector<std::string> WordNet::base_forms(std::string_view lower) const {
  std::vector<std::string> out;
  auto add = [&](std::string s) {
    if (index_.contains(s) && std::find(out.begin(), out.end(), s) == out.end()) out.push_back(std::move(s));
  };
  add(std::string(lower));
  if (auto it = exceptions_.find(std::string(lower)); it != exceptions_.end()) add(it->second);
  static const std::pair<std::string_view, std::string_view> endings[] = {
      {"ies", "y"}, {"ses", "s"}, {"xes", "x"}, {"zes", "z"}, {"ches", "ch"}, {"shes", "sh"}, {"men", "man"},
      {"s", ""},    {"es", "e"},  {"es", ""},   {"ed", "e"},  {"ed", ""},    {"ing", "e"},   {"ing", ""},
      {"er", ""},   {"est", ""},  {"er", "e"},  {"est", "e"}};
  for (const auto& [ending, replacement] : endings) {
    if (lower.size() > ending.size() + 2 && lower.ends_with(ending))
      add(std::string(lower.substr(0, lower.size() - ending.size())) + std::string(replacement));
  }
  return out;
}

// The words of one synset (underscores as spaces, WordNet's "(a)" markers dropped); the
// offset of its first hypernym in `hypernym` when asked.
std::vector<std::string> WordNet::synset_words(std::uint8_t part, std::uint32_t offset, std::uint32_t* hypernym) const {
  std::vector<std::string> out;
  const std::string& data = data_[part];
  if (offset >= data.size()) return out;
  auto end = data.find('\n', offset);
  std::istringstream f(data.substr(offset, end == std::string::npos ? std::string::npos : end - offset));
  std::string synset, lexfile, type, count_hex;
  f >> synset >> lexfile >> type >> count_hex;
  std::size_t words = std::size_t(std::stoul(count_hex.empty() ? "0" : count_hex, nullptr, 16));
  for (std::size_t i = 0; i < words; ++i) {
    std::string word, lex_id;
    if (!(f >> word >> lex_id)) return out;
    if (auto paren = word.find('('); paren != std::string::npos) word.resize(paren);
    std::replace(word.begin(), word.end(), '_', ' ');
    out.push_back(lower_ascii(word));
  }
  std::size_t pointers = 0;
  f >> pointers;
  for (std::size_t i = 0; i < pointers && hypernym != nullptr; ++i) {
    std::string symbol, target, pos, source_target;
    if (!(f >> symbol >> target >> pos >> source_target)) break;
    if (symbol == "@") {
      *hypernym = std::uint32_t(std::stoul(target));
      break;
    }
  }
  return out;
}

std::vector<std::string> WordNet::related(std::string_view word, std::size_t limit) const {
  std::vector<std::string> out;
  if (index_.empty()) return out;
  const auto lemmas = base_forms(lower_ascii(word));
  if (lemmas.empty()) return out;
  auto add = [&](const std::string& w) {
    if (out.size() < limit && std::find(lemmas.begin(), lemmas.end(), w) == lemmas.end() &&
        std::find(out.begin(), out.end(), w) == out.end())
      out.push_back(w);
  };
  const auto& senses = index_.at(lemmas.front());
  for (std::size_t s = 0; s < senses.size(); ++s) {
    constexpr std::uint32_t none = 0xFFFFFFFF;
    std::uint32_t hypernym = none;
    for (const auto& w : synset_words(senses[s].part, senses[s].offset, s == 0 ? &hypernym : nullptr)) add(w);
    if (s == 0 && hypernym != none) {
      for (const auto& w : synset_words(senses[s].part, hypernym, nullptr)) add(w);
    }
  }
  return out;
}

}  // namespace cps::retrieval
