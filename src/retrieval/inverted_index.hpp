// An inverted index held in memory: for each index term, the documents holding it with the
// term's weighted frequency (Σ field weight × occurrences), and each document's weighted
// length — what BM25F needs, so a query reads only the postings of its own terms and never
// the documents' text. A document is one language version of an owner (a knowledge item);
// owners are small numbers the caller hands out.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace cps::retrieval {

class InvertedIndex {
 public:
  using DocumentId = std::uint32_t;
  using OwnerId = std::uint32_t;

  struct Posting {
    DocumentId document;
    float frequency;
  };
  // Kept small: a query reads one for each posting it visits.
  struct Document {
    OwnerId owner;
    float length = 0;         // Σ field weight × number of terms
    std::uint16_t language;   // language_name(language)
    bool live = true;
  };
  struct Field {
    std::string_view terms;  // index_terms() output, space-separated
    double weight = 1.0;
  };
  struct DocumentInput {
    std::string language;
    std::vector<Field> fields;
  };

  // Replaces every document of `owner` (none to remove it).
  void replace(OwnerId owner, const std::vector<DocumentInput>& documents);

  // Postings of `term`, in the order documents were added; they may name documents that are
  // no longer live (check document(p.document).live).
  std::span<const Posting> postings(std::string_view term) const;
  const Document& document(DocumentId id) const { return documents_[id]; }
  const std::string& language_name(std::uint16_t code) const { return languages_[code]; }
  std::uint16_t languages() const { return std::uint16_t(languages_.size()); }
  // The code of `language`, or one that no document has.
  std::uint16_t language_code(std::string_view language) const;
  std::size_t document_slots() const { return documents_.size(); }
  std::size_t live_documents() const { return live_; }
  double average_length() const { return live_ == 0 ? 0.0 : total_length_ / double(live_); }
  std::size_t terms() const { return postings_.size(); }
  std::size_t posting_count() const;

 private:
  struct Hash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  // Drops the postings of documents that are no longer live once they are a quarter of all.
  void compact_if_worth_it();

  std::unordered_map<std::string, std::vector<Posting>, Hash, std::equal_to<>> postings_;
  std::vector<Document> documents_;
  std::vector<std::string> languages_;
  std::vector<std::vector<DocumentId>> documents_of_;  // by owner
  std::size_t live_ = 0, dead_ = 0;
  double total_length_ = 0;
};

}  // namespace cps::retrieval
