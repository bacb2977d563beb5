// What an item is about and what a query was widened with: the accounts a search page and an
// item page give a reader in their own language, from the thesaurus and the item's facts.
#include <algorithm>
#include <cmath>
#include <map>

#include "core/text.hpp"
#include "domain/knowledge/knowledge_service.hpp"
#include "retrieval/ranking.hpp"

namespace cps::knowledge {

std::vector<std::string> dropped_concepts(std::string_view list) {
  std::vector<std::string> out;
  while (!list.empty()) {
    auto comma = list.find(',');
    std::string id(text::trim(list.substr(0, comma)));
    if (!id.empty() && std::find(out.begin(), out.end(), id) == out.end()) out.push_back(std::move(id));
    list = comma == std::string_view::npos ? std::string_view{} : list.substr(comma + 1);
  }
  return out;
}

Result<About> KnowledgeService::about(const KnowledgeItem& item, std::string_view language,
                                      std::string_view shown_language, const std::vector<std::string>& matched) {
  if (auto ready = index_.refresh(repository_); !ready) return std::unexpected(ready.error());
  return about_refreshed(item, language, shown_language, matched);
}

std::map<std::string, double> KnowledgeService::named_concepts(const KnowledgeItem& item) {
  {
    std::lock_guard lock(concepts_mutex_);
    auto cached = concepts_cache_.find(item.id.value());
    if (cached != concepts_cache_.end() && cached->second.revision == item.revision) return cached->second.weight;
  }
  // Concepts of the original text, weighted as search weighs the fields they are named in.
  const ItemText& text = item.text(item.content.original_language);
  const auto& languages = thesaurus_.languages();
  const bool known = std::find(languages.begin(), languages.end(), text.language) != languages.end();
  std::map<std::string, double> weight;
  for (const auto& [field, field_weight] : {std::pair<std::string_view, double>{text.title, retrieval::field_weight::title},
                                            {text.summary, retrieval::field_weight::summary},
                                            {text.body, retrieval::field_weight::body}}) {
    auto found = known ? thesaurus_.match(analyzer_.analyze(field, text.language), text.language)
                       : thesaurus_.match_any_language(field, analyzer_);
    for (const auto& m : found) weight[m.concept_id] += field_weight;
  }
  std::lock_guard lock(concepts_mutex_);
  if (concepts_cache_.size() >= kConceptCacheItems) concepts_cache_.clear();
  concepts_cache_[item.id.value()] = NamedConcepts{item.revision, weight};
  return weight;
}

About KnowledgeService::about_refreshed(const KnowledgeItem& item, std::string_view language,
                                        std::string_view shown_language, const std::vector<std::string>& matched) {
  const ItemInput& c = item.content;
  About out;
  out.instrument = c.instrument;
  out.areas = c.areas;
  out.countries = c.countries;
  out.regions = c.regions;
  for (const auto& t : c.texts) {
    if (t.language == language && t.language != shown_language &&
        (t.translation == Translation::original || t.translation == Translation::human))
      out.translation = t.language;
  }

  std::map<std::string, double> weight = named_concepts(item);
  if (weight.empty()) return out;
  // A concept most items name (cluster, SME) says little about this one: weigh by rarity.
  std::vector<std::string> ids, tokens;
  for (const auto& [id, w] : weight) {
    ids.push_back(id);
    tokens.push_back(retrieval::concept_token(id));
  }
  const auto shares = index_.document_shares(tokens);
  std::vector<std::pair<double, std::size_t>> ranked;
  for (std::size_t i = 0; i < ids.size(); ++i) {
    const double rarity = std::log(1.0 + 1.0 / std::max(shares[i], 0.01));
    ranked.emplace_back(weight[ids[i]] * rarity, i);
  }
  std::sort(ranked.begin(), ranked.end(), [&](const auto& a, const auto& b) {
    return a.first != b.first ? a.first > b.first : ids[a.second] < ids[b.second];
  });
  for (std::size_t k = 0; k < ranked.size() && out.concepts.size() < kAboutConcepts; ++k) {
    const std::string& id = ids[ranked[k].second];
    out.concepts.push_back({id, thesaurus_.label(id, language),
                            std::find(matched.begin(), matched.end(), id) != matched.end()});
  }
  return out;
}

void KnowledgeService::describe_expansions(const retrieval::Query& query, const SearchRequest& request,
                                           SearchResult& out) const {
  auto described = [&](const std::string& id) {
    SearchExpansion e;
    e.concept_id = id;
    e.label = thesaurus_.label(id, request.language);
    if (const auto* concept_ = thesaurus_.find(id)) {
      for (const auto& [language, terms] : concept_->terms) {
        if (language == request.language || terms.empty() || e.terms.size() >= kExpansionTerms) continue;
        e.terms.emplace_back(language, terms.front());
      }
    }
    return e;
  };
  for (const auto& x : query.expansions) {
    SearchExpansion e = described(x.concept_id);
    e.words = x.words;
    e.transliterated = x.transliterated;
    out.expansions.push_back(std::move(e));
  }
  for (const auto& id : request.dropped) out.dropped.push_back(described(id));
}

}  // namespace cps::knowledge
