// Search over the knowledge base: the query is parsed safely and analysed, then the in-memory
// index (search_index.hpp) ranks every item holding any of its terms or concepts
// by BM25F, the same way on every database.
#include <algorithm>
#include <cmath>
#include <map>
#include <queue>
#include <set>

#include "domain/knowledge/knowledge_service.hpp"
#include "retrieval/query.hpp"
#include "retrieval/ranking.hpp"
#include "retrieval/snippet.hpp"

namespace cps::knowledge {

namespace {

// Phrases are checked against the items' stored terms for at most this many items a query;
// past them the bound (phrases counted as often as their rarest word) orders the rest.
constexpr std::size_t kMaxPhraseChecks = 2000;

}  // namespace

Result<SearchResult> KnowledgeService::search(const accounts::Principal& who, const SearchRequest& request) {
  if (request.page == 0 || request.page > 1000) return fail(ErrorKind::invalid, "This page does not exist.", "page");
  if (request.per_page == 0 || request.per_page > 100)
    return fail(ErrorKind::invalid, "The limit must be a whole number from 1 to 100.", "limit");
  auto found = run_search(who, request);
  const ItemFilter& f = request.facets;
  const bool unfiltered = !f.area && !f.country && !f.region && !f.language && !f.sector && !f.kind && !f.timeframe &&
                          !f.instrument && !f.status && !f.author;
  if (found && found->ranked && gaps_ && request.reported && request.page == 1 && unfiltered) {
    // The report is a help to the thesaurus' keepers; a failure to count does not fail the search.
    (void)gaps_->record(request.q, request.language, found->total);
  }
  return found;
}

Result<SearchResult> KnowledgeService::download(const accounts::Principal& who, SearchRequest request) {
  request.page = 1;
  request.per_page = kMaxDownload;
  // Files hold the items' fields, not extracts or accounts made for reading.
  request.extracts = Extracts::none;
  return run_search(who, request);
}

Result<SearchResult> KnowledgeService::run_search(const accounts::Principal& who, const SearchRequest& request) {
  if (request.sort != "relevance" && request.sort != "date" && request.sort != "title")
    return fail(ErrorKind::invalid, "Choose an order from the list.", "sort");
  if (request.dropped.size() > kMaxDropped ||
      std::any_of(request.dropped.begin(), request.dropped.end(), [&](const std::string& id) { return !thesaurus_.find(id); }))
    return fail(ErrorKind::invalid, "Choose a value from the list.", "drop");
  auto query = retrieval::parse_query(request.q, request.language, analyzer_, thesaurus_, query_sources_, request.dropped);
  if (!query) return std::unexpected(query.error());

  ItemFilter filter = request.facets;
  ItemFilter allowed = visible_to(who);
  filter.statuses = allowed.statuses;
  filter.all_unpublished = allowed.all_unpublished;
  filter.unpublished_author = allowed.unpublished_author;
  filter.unpublished_areas = allowed.unpublished_areas;
  const std::size_t offset = (request.page - 1) * request.per_page;

  SearchResult out;
  describe_expansions(*query, request, out);
  if (query->empty()) {
    auto listed = repository_.list(filter, request.sort == "title" ? "title" : "date", request.per_page, offset);
    if (!listed) return std::unexpected(listed.error());
    auto facets = repository_.facets(filter);
    if (!facets) return std::unexpected(facets.error());
    out.total = listed->second;
    out.facets = std::move(*facets);
    if (request.extracts == Extracts::shown) {
      if (auto ready = index_.refresh(repository_); !ready) return std::unexpected(ready.error());
    }
    for (auto& item : listed->first) {
      SearchHit hit;
      hit.language = item.text(request.language).language;
      hit.item = std::move(item);
      if (request.extracts == Extracts::shown) {
        hit.about = about_refreshed(hit.item, request.language, hit.language, {});
      }
      out.hits.push_back(std::move(hit));
    }
    return out;
  }

  if (auto ready = index_.refresh(repository_); !ready) return std::unexpected(ready.error());
  const SearchOrder order = request.sort == "date"    ? SearchOrder::date
                            : request.sort == "title" ? SearchOrder::title
                                                      : SearchOrder::relevance;
  Ranking ranking = index_.rank(*query, filter, order, request.language, offset + request.per_page);
  auto& ranked = ranking.items;
  out.total = ranked.size();
  out.ranked = true;
  out.facets = std::move(ranking.facets);
  const std::size_t wanted = std::min(ranked.size(), offset + request.per_page);
  if (order == SearchOrder::relevance && !query->phrases.empty()) {
    auto checked = check_phrases(*query, ranking, wanted, request.language);
    if (!checked) return std::unexpected(checked.error());
  }
  if (offset >= ranked.size()) return out;

  std::vector<ItemId> ids;
  for (std::size_t i = offset; i < wanted; ++i) ids.push_back(ranked[i].id);
  auto items = repository_.items(ids);
  if (!items) return std::unexpected(items.error());
  for (std::size_t i = 0; i < items->size() && offset + i < wanted; ++i) {
    const RankedItem& r = ranked[offset + i];
    SearchHit hit;
    hit.item = std::move((*items)[i]);
    hit.score = r.score;
    hit.language = ranking.languages[r.language];
    // The extract comes from the summary when it matches, else from the description.
    if (request.extracts == Extracts::shown) {
      const ItemText& t = hit.item.text(hit.language);
      std::string from_summary = retrieval::snippet(t.summary, t.language, *query, analyzer_, thesaurus_, 260);
      hit.snippet_html = from_summary.find("<mark>") != std::string::npos || t.body.empty()
                             ? from_summary
                             : retrieval::snippet(t.body, t.language, *query, analyzer_, thesaurus_, 260);
    }
    for (std::size_t c = 0; c < query->concepts.size() && c < 64; ++c) {
      if (r.concepts & (std::uint64_t(1) << c)) hit.concepts.push_back(thesaurus_.label(query->concepts[c], request.language));
    }
    if (request.extracts == Extracts::shown) {
      hit.about = about_refreshed(hit.item, request.language, hit.language, query->concepts);
    }
    out.hits.push_back(std::move(hit));
  }
  return out;
}

Result<void> KnowledgeService::check_phrases(const retrieval::Query& query, Ranking& ranking, std::size_t wanted,
                                             std::string_view preferred_language) {
  auto& ranked = ranking.items;
  const retrieval::RankingPlan plan(query, ranking.stats);
  // The `wanted` best exact scores so far, smallest on top.
  std::priority_queue<double, std::vector<double>, std::greater<>> best;
  std::size_t examined = 0, checks = 0;
  while (examined < ranked.size()) {
    if (best.size() >= wanted && wanted > 0 && ranked[examined].bound < best.top()) break;
    if (ranked[examined].bound == ranked[examined].score || checks >= kMaxPhraseChecks) {
      best.push(ranked[examined].score);
      if (best.size() > wanted) best.pop();
      ++examined;
      continue;
    }
    // The next items whose phrases are not yet counted, read together.
    std::vector<ItemId> ids;
    for (std::size_t i = examined; i < ranked.size() && ids.size() < 100 && checks + ids.size() < kMaxPhraseChecks; ++i)
      if (ranked[i].bound != ranked[i].score) ids.push_back(ranked[i].id);
    auto stored = repository_.indexed_fields(ids);
    if (!stored) return std::unexpected(stored.error());
    checks += ids.size();
    std::map<std::int64_t, const IndexedItem*> by_id;
    for (auto id : ids) by_id[id.value()] = nullptr;
    for (const auto& s : *stored) by_id[s.id.value()] = &s;
    for (std::size_t i = examined; i < ranked.size(); ++i) {
      RankedItem& r = ranked[i];
      auto it = by_id.find(r.id.value());
      if (it == by_id.end()) continue;
      r.bound = r.score;
      if (!it->second) continue;  // deleted since it was ranked
      std::map<std::string, std::vector<retrieval::ScoredField>> versions;
      for (const auto& f : it->second->fields) versions[f.language].push_back({f.terms, field_weight_of(f.field)});
      for (const auto& [language, fields] : versions) {
        double s = retrieval::bm25(fields, plan);
        if (s > r.score || (s == r.score && language == preferred_language)) {
          r.score = s;
          auto known = std::find(ranking.languages.begin(), ranking.languages.end(), language);
          if (known == ranking.languages.end()) known = ranking.languages.insert(known, language);
          r.language = std::uint16_t(known - ranking.languages.begin());
        }
      }
      r.bound = r.score;
    }
  }
  // Everything examined is exact; what follows cannot reach the page.
  std::sort(ranked.begin(), ranked.begin() + std::ptrdiff_t(examined), [](const RankedItem& a, const RankedItem& b) {
    return a.score != b.score ? a.score > b.score : a.id.value() < b.id.value();
  });
  return {};
}

Result<SearchIndex::Size> KnowledgeService::prepare_search() {
  if (auto ready = index_.refresh(repository_); !ready) return std::unexpected(ready.error());
  return index_.size();
}

std::string KnowledgeService::analysis() const {
  return "analysis " + std::to_string(retrieval::analysis_version) + ", thesaurus " + thesaurus_.fingerprint();
}

Result<std::size_t> KnowledgeService::reindex(const Progress& progress) {
  auto ids = repository_.item_ids();
  if (!ids) return std::unexpected(ids.error());
  std::size_t done = 0;
  constexpr std::size_t kBatch = 200;
  for (std::size_t start = 0; start < ids->size(); start += kBatch) {
    std::vector<ItemId> batch(ids->begin() + std::ptrdiff_t(start),
                              ids->begin() + std::ptrdiff_t(std::min(ids->size(), start + kBatch)));
    auto items = repository_.items(batch);
    if (!items) return std::unexpected(items.error());
    for (const auto& item : *items) {
      auto files = repository_.attachments(item.id);
      if (!files) return std::unexpected(files.error());
      auto index = index_of(item.content);
      for (auto& f : attachment_index(item, *files)) index.push_back(std::move(f));
      // An item deleted since the list was read is simply not there any more.
      if (auto replaced = repository_.replace_index(item.id, index);
          !replaced && replaced.error().kind != ErrorKind::not_found)
        return std::unexpected(replaced.error());
    }
    done += batch.size();
    if (progress) progress(done, ids->size());
  }
  if (auto marked = repository_.set_index_analysis(analysis()); !marked) return std::unexpected(marked.error());
  return ids->size();
}

Result<std::size_t> KnowledgeService::reindex_if_stale(const Progress& progress) {
  auto stored = repository_.index_analysis();
  if (!stored) return std::unexpected(stored.error());
  if (*stored == analysis()) return 0;
  return reindex(progress);
}

Result<std::vector<KnowledgeItem>> KnowledgeService::related(const accounts::Principal& who,
                                                             const KnowledgeItem& item, std::size_t limit) {
  std::set<std::string> own;
  for (const auto& f : index_of(item.content))
    retrieval::for_each_term(f.terms, [&](std::string_view term) {
      if (term.starts_with("zc_")) own.emplace(term);
    });
  if (own.empty()) return std::vector<KnowledgeItem>{};
  if (auto ready = index_.refresh(repository_); !ready) return std::unexpected(ready.error());
  ItemFilter filter = visible_to(who);
  filter.statuses = {ItemStatus::published};
  std::vector<ItemId> ids;
  for (const auto& [score, id] : index_.related(own, filter, item.id, limit)) ids.push_back(id);
  return repository_.items(ids);
}

}  // namespace cps::knowledge
