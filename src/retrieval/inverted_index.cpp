#include "retrieval/inverted_index.hpp"

#include <algorithm>
#include <limits>

#include "retrieval/ranking.hpp"
#include "retrieval/transliteration.hpp"

namespace cps::retrieval {

void InvertedIndex::replace(OwnerId owner, const std::vector<DocumentInput>& documents) {
  if (owner >= documents_of_.size()) documents_of_.resize(std::size_t(owner) + 1);
  for (DocumentId d : documents_of_[owner]) {
    documents_[d].live = false;
    total_length_ -= documents_[d].length;
    --live_;
    ++dead_;
  }
  documents_of_[owner].clear();

  std::unordered_map<std::string_view, float> counts;
  for (const auto& input : documents) {
    counts.clear();
    double length = 0;
    for (const auto& field : input.fields) {
      for_each_term(field.terms, [&](std::string_view term) {
        counts[term] += float(field.weight);
        if (!is_transliteration_key(term)) length += field.weight;
      });
    }
    if (counts.empty()) continue;
    auto id = DocumentId(documents_.size());
    auto language = std::find(languages_.begin(), languages_.end(), input.language);
    if (language == languages_.end()) language = languages_.insert(languages_.end(), input.language);
    documents_.push_back({owner, float(length), std::uint16_t(language - languages_.begin()), true});
    documents_of_[owner].push_back(id);
    total_length_ += length;
    ++live_;
    for (const auto& [term, frequency] : counts) {
      auto it = postings_.find(term);
      if (it == postings_.end()) it = postings_.emplace(std::string(term), std::vector<Posting>{}).first;
      it->second.push_back({id, frequency});
    }
  }
  compact_if_worth_it();
}

std::span<const InvertedIndex::Posting> InvertedIndex::postings(std::string_view term) const {
  auto it = postings_.find(term);
  if (it == postings_.end()) return {};
  return it->second;
}

std::uint16_t InvertedIndex::language_code(std::string_view language) const {
  auto it = std::find(languages_.begin(), languages_.end(), language);
  return it == languages_.end() ? std::numeric_limits<std::uint16_t>::max() : std::uint16_t(it - languages_.begin());
}

std::size_t InvertedIndex::posting_count() const {
  std::size_t n = 0;
  for (const auto& [term, list] : postings_) n += list.size();
  return n;
}

void InvertedIndex::compact_if_worth_it() {
  if (dead_ < 1000 || dead_ * 4 < live_) return;
  for (auto it = postings_.begin(); it != postings_.end();) {
    std::erase_if(it->second, [&](const Posting& p) { return !documents_[p.document].live; });
    it = it->second.empty() ? postings_.erase(it) : std::next(it);
  }
  dead_ = 0;
}

}  // namespace cps::retrieval
