// Search over the knowledge base: the query is parsed safely and analysed, the database finds
// the items holding any of its terms or concepts (FTS5 or tsvector), and BM25F ranks them here,
// the same way on every database.
#include <algorithm>
#include <cmath>
#include <set>

#include "domain/knowledge/knowledge_service.hpp"
#include "search/query.hpp"
#include "search/ranking.hpp"
#include "search/snippet.hpp"

namespace cps::knowledge {

namespace {

// At most this many items are ranked for one query; beyond it the database's own order
// decides which are left out (documented in the benchmarks).
constexpr std::size_t kMaxCandidates = 2000;

double weight_of(std::string_view field) {
  if (field == "title") return search::field_weight::title;
  if (field == "summary") return search::field_weight::summary;
  if (field == "lessons") return search::field_weight::lessons;
  if (field == "transferability") return search::field_weight::transferability;
  if (field == "attachment") return search::field_weight::attachments;
  return search::field_weight::body;
}

}  // namespace

Result<SearchResult> KnowledgeService::search(const accounts::Principal& who, const SearchRequest& request) {
  if (request.page == 0 || request.page > 1000) return fail(ErrorKind::invalid, "This page does not exist.", "page");
  if (request.per_page == 0 || request.per_page > 100)
    return fail(ErrorKind::invalid, "The limit must be a whole number from 1 to 100.", "limit");
  return run_search(who, request);
}

Result<SearchResult> KnowledgeService::download(const accounts::Principal& who, SearchRequest request) {
  request.page = 1;
  request.per_page = kMaxDownload;
  return run_search(who, request);
}

Result<SearchResult> KnowledgeService::run_search(const accounts::Principal& who, const SearchRequest& request) {
  if (request.sort != "relevance" && request.sort != "date" && request.sort != "title")
    return fail(ErrorKind::invalid, "Choose an order from the list.", "sort");
  auto query = search::parse_query(request.q, request.language, analyzer_, thesaurus_);
  if (!query) return std::unexpected(query.error());

  ItemFilter filter = request.facets;
  ItemFilter allowed = visible_to(who);
  filter.statuses = allowed.statuses;
  filter.all_unpublished = allowed.all_unpublished;
  filter.unpublished_author = allowed.unpublished_author;
  filter.unpublished_areas = allowed.unpublished_areas;
  const std::size_t offset = (request.page - 1) * request.per_page;

  SearchResult out;
  if (query->empty()) {
    auto listed = repository_.list(filter, request.sort == "title" ? "title" : "date", request.per_page, offset);
    if (!listed) return std::unexpected(listed.error());
    auto facets = repository_.facets(filter, std::nullopt);
    if (!facets) return std::unexpected(facets.error());
    out.total = listed->second;
    out.facets = std::move(*facets);
    for (auto& item : listed->first) {
      SearchHit hit;
      hit.language = item.text(request.language).language;
      hit.item = std::move(item);
      out.hits.push_back(std::move(hit));
    }
    return out;
  }

  // Every term the query can match: its words, its phrases' words and its concepts.
  std::set<std::string> wanted(query->terms.begin(), query->terms.end());
  for (const auto& phrase : query->phrases) wanted.insert(phrase.begin(), phrase.end());
  for (const auto& c : query->concepts) wanted.insert(search::concept_token(c));
  wanted.insert(query->cognates.begin(), query->cognates.end());
  std::vector<std::string> terms(wanted.begin(), wanted.end());
  auto candidates = repository_.candidates(filter, terms, kMaxCandidates);
  if (!candidates) return std::unexpected(candidates.error());
  auto stored = repository_.statistics(terms);
  if (!stored) return std::unexpected(stored.error());
  search::TermStats stats;
  stats.documents = stored->documents;
  stats.document_frequency = stored->document_frequency;

  // One scored document per language version. The store keeps the plain length of versions;
  // BM25F normalises by the weighted one, so the average is scaled by the weighted-to-plain
  // ratio of the versions being ranked (field proportions hardly differ between items).
  struct Version {
    std::size_t candidate;
    std::string language;
    std::vector<search::ScoredField> fields;
  };
  std::vector<Version> versions;
  double weighted = 0, plain = 0;
  for (std::size_t i = 0; i < candidates->size(); ++i) {
    const auto first = std::ptrdiff_t(versions.size());  // this candidate's versions start here
    for (const auto& f : (*candidates)[i].fields) {
      auto v = std::find_if(versions.begin() + first, versions.end(),
                            [&](const Version& x) { return x.language == f.language; });
      if (v == versions.end()) {
        versions.push_back({i, f.language, {}});
        v = versions.end() - 1;
      }
      double w = weight_of(f.field);
      v->fields.push_back({f.terms, w});
      double n = double(std::count(f.terms.begin(), f.terms.end(), ' ') + 1);
      weighted += w * n;
      plain += n;
    }
  }
  stats.average_length = plain > 0 ? stored->average_length * weighted / plain : stored->average_length;

  struct Scored {
    std::size_t candidate;
    double score;
    std::string language;
  };
  std::vector<Scored> scored;
  // A candidate's versions are consecutive, so its entry, when it has one, is the last.
  for (const auto& v : versions) {
    double s = search::bm25(v.fields, *query, stats);
    if (s <= 0) continue;
    if (scored.empty() || scored.back().candidate != v.candidate)
      scored.push_back({v.candidate, s, v.language});
    else if (s > scored.back().score || (s == scored.back().score && v.language == request.language))
      scored.back() = {v.candidate, s, v.language};
  }
  std::vector<ItemId> matched;
  for (const auto& s : scored) matched.push_back((*candidates)[s.candidate].id);
  out.total = scored.size();
  out.ranked = true;
  auto facets = repository_.facets(filter, matched);
  if (!facets) return std::unexpected(facets.error());
  out.facets = std::move(*facets);

  if (request.sort == "relevance") {
    std::sort(scored.begin(), scored.end(), [&](const Scored& a, const Scored& b) {
      if (a.score != b.score) return a.score > b.score;
      return (*candidates)[a.candidate].id.value() < (*candidates)[b.candidate].id.value();
    });
  } else {
    // Date and title orders need the items; fetched for every match (capped above).
    std::vector<ItemId> ids;
    for (const auto& s : scored) ids.push_back((*candidates)[s.candidate].id);
    auto all = repository_.items(ids);
    if (!all) return std::unexpected(all.error());
    std::map<std::int64_t, std::pair<Seconds, std::string>> keys;
    for (const auto& item : *all) keys[item.id.value()] = {item.updated_at, item.text(item.content.original_language).title};
    std::sort(scored.begin(), scored.end(), [&](const Scored& a, const Scored& b) {
      const auto& ka = keys[(*candidates)[a.candidate].id.value()];
      const auto& kb = keys[(*candidates)[b.candidate].id.value()];
      return request.sort == "date" ? ka.first > kb.first : ka.second < kb.second;
    });
  }
  if (offset >= scored.size()) return out;
  std::vector<Scored> page(scored.begin() + std::ptrdiff_t(offset),
                           scored.begin() + std::ptrdiff_t(std::min(scored.size(), offset + request.per_page)));
  std::vector<ItemId> ids;
  for (const auto& s : page) ids.push_back((*candidates)[s.candidate].id);
  auto items = repository_.items(ids);
  if (!items) return std::unexpected(items.error());
  for (std::size_t i = 0; i < page.size() && i < items->size(); ++i) {
    SearchHit hit;
    hit.item = std::move((*items)[i]);
    hit.score = page[i].score;
    hit.language = page[i].language;
    const ItemText& t = hit.item.text(hit.language);
    // The extract comes from the summary when it matches, else from the description.
    std::string from_summary = search::snippet(t.summary, t.language, *query, analyzer_, thesaurus_, 260);
    hit.snippet_html = from_summary.find("<mark>") != std::string::npos || t.body.empty()
                           ? from_summary
                           : search::snippet(t.body, t.language, *query, analyzer_, thesaurus_, 260);
    const auto& fields = (*candidates)[page[i].candidate].fields;
    for (const auto& c : query->concepts) {
      std::string token = search::concept_token(c);
      bool held = std::any_of(fields.begin(), fields.end(), [&](const IndexedField& f) {
        return (" " + f.terms + " ").find(" " + token + " ") != std::string::npos;
      });
      if (held) hit.concepts.push_back(thesaurus_.label(c, request.language));
    }
    out.hits.push_back(std::move(hit));
  }
  return out;
}

Result<std::vector<KnowledgeItem>> KnowledgeService::related(const accounts::Principal& who,
                                                             const KnowledgeItem& item, std::size_t limit) {
  auto concepts_of = [](const std::vector<IndexedField>& fields) {
    std::set<std::string> out;
    for (const auto& f : fields) {
      std::size_t start = 0;
      while (start < f.terms.size()) {
        std::size_t end = f.terms.find(' ', start);
        if (end == std::string::npos) end = f.terms.size();
        std::string_view term(f.terms.data() + start, end - start);
        if (term.starts_with("zc_")) out.emplace(term);
        start = end + 1;
      }
    }
    return out;
  };
  std::set<std::string> own = concepts_of(index_of(item.content));
  if (own.empty()) return std::vector<KnowledgeItem>{};
  ItemFilter filter = visible_to(who);
  filter.statuses = {ItemStatus::published};
  auto candidates = repository_.candidates(filter, std::vector<std::string>(own.begin(), own.end()), 300);
  if (!candidates) return std::unexpected(candidates.error());
  std::vector<std::pair<double, ItemId>> scored;
  for (const auto& c : *candidates) {
    if (c.id == item.id) continue;
    std::set<std::string> theirs = concepts_of(c.fields);
    std::size_t shared = 0;
    for (const auto& t : theirs) shared += own.count(t);
    if (shared == 0) continue;
    double jaccard = double(shared) / double(own.size() + theirs.size() - shared);
    scored.emplace_back(jaccard, c.id);
  }
  std::sort(scored.begin(), scored.end(), [](const auto& a, const auto& b) {
    return a.first != b.first ? a.first > b.first : a.second.value() < b.second.value();
  });
  if (scored.size() > limit) scored.resize(limit);
  std::vector<ItemId> ids;
  for (const auto& [score, id] : scored) ids.push_back(id);
  return repository_.items(ids);
}

}  // namespace cps::knowledge
