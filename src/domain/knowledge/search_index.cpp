#include "domain/knowledge/search_index.hpp"

#include <algorithm>
#include <limits>
#include <map>

namespace cps::knowledge {

double field_weight_of(std::string_view field) {
  if (field == "title") return retrieval::field_weight::title;
  if (field == "summary") return retrieval::field_weight::summary;
  if (field == "lessons") return retrieval::field_weight::lessons;
  if (field == "transferability") return retrieval::field_weight::transferability;
  if (field == "results") return retrieval::field_weight::results;
  if (field == "attachment") return retrieval::field_weight::attachments;
  return retrieval::field_weight::body;
}

namespace {

constexpr const char* kFacetNames[] = {"area",       "kind",     "country", "region", "timeframe",
                                       "instrument", "language", "status",  "sector"};
constexpr std::uint32_t kNone = std::numeric_limits<std::uint32_t>::max();

}  // namespace

SearchIndex::Code SearchIndex::Dictionary::intern(const std::string& name) {
  auto [it, added] = codes.emplace(name, Code(names.size()));
  if (added) names.push_back(name);
  return it->second;
}

std::optional<SearchIndex::Code> SearchIndex::Dictionary::find(const std::string& name) const {
  auto it = codes.find(name);
  if (it == codes.end()) return std::nullopt;
  return it->second;
}

struct SearchIndex::CompiledFilter {
  bool nothing = false;  // a value no item has: nothing matches
  std::vector<bool> statuses;
  std::optional<Code> draft, in_review;
  bool all_unpublished = false;
  std::int64_t unpublished_author = 0;
  std::vector<Code> unpublished_areas;
  std::array<std::optional<Code>, facet_count> required;
  std::optional<std::int64_t> author;
};

Status SearchIndex::refresh(KnowledgeRepository& repository) {
  auto version = repository.search_version();
  if (!version) return std::unexpected(version.error());
  auto current = [&] {
    std::shared_lock reading(mutex_);
    return loaded_ && version_ >= *version;
  };
  if (current()) return {};
  std::lock_guard one_at_a_time(refreshing_);
  if (current()) return {};  // another search took the changes in meanwhile
  // Searches wait while changes are taken in: they are few after the first load.
  std::unique_lock writing(mutex_);
  std::set<std::int64_t> received;
  auto changes = repository.search_changes(loaded_ ? std::optional(version_) : std::nullopt,
                                           [&](SearchEntry&& entry) {
                                             received.insert(entry.id.value());
                                             apply(std::move(entry));
                                           });
  if (!changes) return std::unexpected(changes.error());
  for (auto id : changes->changed)
    if (!received.contains(id.value())) drop(id);
  version_ = changes->version;
  loaded_ = true;
  return {};
}

void SearchIndex::apply(SearchEntry&& entry) {
  ++generation_;
  auto [it, added] = slot_of_.emplace(entry.id.value(), retrieval::InvertedIndex::OwnerId(items_.size()));
  if (added) items_.emplace_back();
  StoredItem& item = items_[it->second];
  item.id = entry.id;
  item.live = true;
  item.author = entry.author ? entry.author->value() : 0;
  item.updated_at = entry.updated_at;
  item.title_key = std::move(entry.title_key);
  item.values.clear();
  auto codes = [&](Facet f, const std::vector<std::string>& names) {
    for (const auto& n : names) {
      Value v{std::uint8_t(f), dictionaries_[f].intern(n)};
      if (std::none_of(item.values.begin(), item.values.end(), [&](const Value& x) { return x.facet == v.facet && x.code == v.code; }))
        item.values.push_back(v);
    }
  };
  codes(area, entry.areas);
  codes(country, entry.countries);
  codes(region, entry.regions);
  codes(sector, entry.sectors);
  codes(language, entry.languages);
  codes(kind, {entry.kind});
  codes(timeframe, {entry.timeframe});
  codes(status, {entry.status});
  item.status = dictionaries_[status].intern(entry.status);
  codes(instrument, entry.instrument.empty() ? std::vector<std::string>{} : std::vector<std::string>{entry.instrument});

  // One document per language, its fields in the order given.
  std::vector<retrieval::InvertedIndex::DocumentInput> documents;
  std::set<std::string_view> concepts;
  for (const auto& f : entry.fields) {
    auto d = std::find_if(documents.begin(), documents.end(), [&](const auto& x) { return x.language == f.language; });
    if (d == documents.end()) {
      documents.push_back({f.language, {}});
      d = documents.end() - 1;
    }
    d->fields.push_back({f.terms, field_weight_of(f.field)});
    retrieval::for_each_term(f.terms, [&](std::string_view term) {
      if (term.starts_with("zc_")) concepts.insert(term);
    });
  }
  item.concepts = std::uint32_t(concepts.size());
  index_.replace(it->second, documents);
}

void SearchIndex::drop(ItemId id) {
  ++generation_;
  auto it = slot_of_.find(id.value());
  if (it == slot_of_.end()) return;
  items_[it->second].live = false;
  index_.replace(it->second, {});
}

SearchIndex::CompiledFilter SearchIndex::compile(const ItemFilter& f) const {
  CompiledFilter out;
  out.statuses.assign(dictionaries_[status].names.size(), false);
  for (auto s : f.statuses)
    if (auto c = dictionaries_[status].find(std::string(to_string(s)))) out.statuses[*c] = true;
  out.draft = dictionaries_[status].find(std::string(to_string(ItemStatus::draft)));
  out.in_review = dictionaries_[status].find(std::string(to_string(ItemStatus::in_review)));
  out.all_unpublished = f.all_unpublished;
  out.unpublished_author = f.unpublished_author ? f.unpublished_author->value() : 0;
  for (const auto& a : f.unpublished_areas)
    if (auto c = dictionaries_[area].find(a)) out.unpublished_areas.push_back(*c);
  auto require = [&](Facet facet, const std::optional<std::string>& value) {
    if (!value) return;
    out.required[facet] = dictionaries_[facet].find(*value);
    if (!out.required[facet]) out.nothing = true;
  };
  auto named = [](const auto& v) { return v ? std::optional<std::string>(std::string(to_string(*v))) : std::nullopt; };
  require(area, f.area);
  require(country, f.country);
  require(region, f.region);
  require(sector, f.sector);
  require(language, f.language);
  require(kind, named(f.kind));
  require(timeframe, named(f.timeframe));
  require(instrument, named(f.instrument));
  require(status, named(f.status));
  if (f.author) out.author = f.author->value();
  return out;
}

bool SearchIndex::allows(const CompiledFilter& f, const StoredItem& item) const {
  if (f.nothing || !item.live) return false;
  const Code s = item.status;
  if (s >= f.statuses.size() || !f.statuses[s]) return false;
  if (!f.all_unpublished && (s == f.draft || s == f.in_review)) {
    bool own = f.unpublished_author != 0 && item.author == f.unpublished_author;
    bool reviews = std::any_of(item.values.begin(), item.values.end(), [&](const Value& v) {
      return v.facet == area &&
             std::find(f.unpublished_areas.begin(), f.unpublished_areas.end(), v.code) != f.unpublished_areas.end();
    });
    if (!own && !reviews) return false;
  }
  for (std::size_t facet = 0; facet < facet_count; ++facet) {
    if (!f.required[facet]) continue;
    const Code wanted = *f.required[facet];
    if (std::none_of(item.values.begin(), item.values.end(), [&](const Value& v) { return v.facet == facet && v.code == wanted; }))
      return false;
  }
  return !f.author || item.author == *f.author;
}

Ranking SearchIndex::rank(const retrieval::Query& query, const ItemFilter& filter, SearchOrder order,
                          std::string_view preferred_language, std::size_t wanted) const {
  std::shared_lock reading(mutex_);
  Ranking out;
  const CompiledFilter compiled = compile(filter);
  const std::vector<std::string> terms = retrieval::RankingPlan::terms_of(query);
  out.stats.documents = index_.live_documents();
  out.stats.average_length = index_.average_length();
  const std::size_t width = terms.size();

  // Term at a time, into one column of frequencies per term indexed by document, so that
  // both passes run through memory in document order. The same pass counts each term's
  // live documents (the filter narrows the matches, not the statistics).
  const std::size_t slots = index_.document_slots();
  std::vector<float> columns(width * slots, 0.0f);
  enum : std::uint8_t { unseen, counted, refused, dead };
  std::vector<std::uint8_t> state(slots, unseen);
  std::vector<std::int8_t> allowed(items_.size(), -1);
  for (std::size_t k = 0; k < width; ++k) {
    float* column = columns.data() + k * slots;
    std::size_t df = 0;
    for (const auto& p : index_.postings(terms[k])) {
      auto& st = state[p.document];
      if (st == unseen) {
        const auto& d = index_.document(p.document);
        if (!d.live) {
          st = dead;
        } else {
          auto& cached = allowed[d.owner];
          if (cached < 0) cached = allows(compiled, items_[d.owner]) ? 1 : 0;
          st = cached == 1 ? counted : refused;
        }
      }
      if (st == dead) continue;
      ++df;
      if (st == counted) column[p.document] = p.frequency;
    }
    out.stats.document_frequency[terms[k]] = df;
  }
  const retrieval::RankingPlan plan(query, out.stats);

  // Which of the terms are the query's concept tokens.
  std::vector<std::pair<std::size_t, std::size_t>> concept_terms;  // (concept, term)
  for (std::size_t c = 0; c < query.concepts.size() && c < 64; ++c) {
    auto token = retrieval::concept_token(query.concepts[c]);
    concept_terms.emplace_back(c, std::size_t(std::find(terms.begin(), terms.end(), token) - terms.begin()));
  }
  std::vector<std::uint32_t> entry_of(items_.size(), kNone);
  std::vector<double> f(width), most_phrases;
  const std::uint16_t preferred = index_.language_code(preferred_language);
  out.items.reserve(std::size_t(std::count(state.begin(), state.end(), counted)));
  for (std::size_t document = 0; document < slots; ++document) {
    if (state[document] != counted) continue;
    for (std::size_t k = 0; k < width; ++k) f[k] = columns[k * slots + document];
    const auto& d = index_.document(retrieval::InvertedIndex::DocumentId(document));
    double score = plan.score(f, d.length);
    // A phrase occurs in a document at most as often as its rarest word.
    double bound = score;
    if (!plan.phrase_terms().empty()) {
      most_phrases.clear();
      for (const auto& words : plan.phrase_terms()) {
        double most = words.empty() ? 0.0 : std::numeric_limits<double>::max();
        for (auto w : words) most = std::min(most, f[w]);
        most_phrases.push_back(most);
      }
      bound = plan.score(f, d.length, most_phrases);
    }
    if (bound <= 0) continue;
    std::uint64_t concepts = 0;
    for (const auto& [c, t] : concept_terms)
      if (t < width && f[t] > 0) concepts |= std::uint64_t(1) << c;
    auto& entry = entry_of[d.owner];
    if (entry == kNone) {
      entry = std::uint32_t(out.items.size());
      out.items.push_back({items_[d.owner].id, score, bound, concepts, d.owner, d.language});
      continue;
    }
    RankedItem& item = out.items[entry];
    item.concepts |= concepts;
    if (score > item.score || (score == item.score && d.language == preferred)) {
      item.score = score;
      item.language = d.language;
    }
    item.bound = std::max({item.bound, bound, item.score});
  }
  for (std::uint16_t c = 0; c < index_.languages(); ++c) out.languages.push_back(index_.language_name(c));

  // Facets over every match.
  std::array<std::vector<std::size_t>, facet_count> counts;
  for (std::size_t f = 0; f < facet_count; ++f) counts[f].assign(dictionaries_[f].names.size(), 0);
  for (const auto& r : out.items) {
    const StoredItem& item = items_[r.slot];
    for (const Value& v : item.values) ++counts[v.facet][v.code];
  }
  for (std::size_t f = 0; f < facet_count; ++f) {
    auto& named = out.facets[kFacetNames[f]];
    for (std::size_t c = 0; c < counts[f].size(); ++c)
      if (counts[f][c] > 0) named[dictionaries_[f].names[c]] = counts[f][c];
  }

  // Only what the page needs is put in order. With phrases, that is every item whose bound
  // reaches the `wanted`-th best score without phrases (at least `wanted` items score that
  // much, so no other can enter the page), in order, followed by the others.
  const auto first = out.items.begin();
  auto middle = first + std::ptrdiff_t(std::min(wanted, out.items.size()));
  const bool partitioned =
      order == SearchOrder::relevance && !query.phrases.empty() && wanted > 0 && wanted < out.items.size();
  if (partitioned) {
    std::vector<double> scores;
    scores.reserve(out.items.size());
    for (const auto& r : out.items) scores.push_back(r.score);
    std::nth_element(scores.begin(), scores.begin() + std::ptrdiff_t(wanted - 1), scores.end(), std::greater<>());
    const double reach = scores[wanted - 1];
    middle = std::partition(first, out.items.end(), [&](const RankedItem& r) { return r.bound >= reach; });
  }
  auto put_in_order = [&](auto before) {
    if (partitioned)
      std::sort(first, middle, before);
    else
      std::partial_sort(first, middle, out.items.end(), before);
  };
  switch (order) {
    case SearchOrder::relevance:
      put_in_order([](const RankedItem& a, const RankedItem& b) {
        return a.bound != b.bound ? a.bound > b.bound : a.id.value() < b.id.value();
      });
      break;
    case SearchOrder::date:
      put_in_order([&](const RankedItem& a, const RankedItem& b) {
        const auto &x = items_[a.slot], &y = items_[b.slot];
        return x.updated_at != y.updated_at ? x.updated_at > y.updated_at : a.id.value() > b.id.value();
      });
      break;
    case SearchOrder::title:
      put_in_order([&](const RankedItem& a, const RankedItem& b) {
        const auto &x = items_[a.slot], &y = items_[b.slot];
        return x.title_key != y.title_key ? x.title_key < y.title_key : a.id.value() < b.id.value();
      });
      break;
  }
  return out;
}

std::vector<std::pair<double, ItemId>> SearchIndex::related(const std::set<std::string>& concept_tokens,
                                                            const ItemFilter& filter, ItemId except,
                                                            std::size_t limit) const {
  std::shared_lock reading(mutex_);
  const CompiledFilter compiled = compile(filter);
  std::vector<std::uint32_t> shared(items_.size(), 0), last(items_.size(), kNone);
  std::vector<retrieval::InvertedIndex::OwnerId> touched;
  std::uint32_t k = 0;
  for (const auto& token : concept_tokens) {
    for (const auto& p : index_.postings(token)) {
      const auto& d = index_.document(p.document);
      if (!d.live || last[d.owner] == k) continue;  // a concept counts once per item
      last[d.owner] = k;
      if (shared[d.owner]++ == 0) touched.push_back(d.owner);
    }
    ++k;
  }
  std::vector<std::pair<double, ItemId>> out;
  for (auto owner : touched) {
    const StoredItem& item = items_[owner];
    if (item.id == except || !allows(compiled, item)) continue;
    double n = double(shared[owner]);
    out.emplace_back(n / (double(concept_tokens.size()) + double(item.concepts) - n), item.id);
  }
  std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) {
    return a.first != b.first ? a.first > b.first : a.second.value() < b.second.value();
  });
  if (out.size() > limit) out.resize(limit);
  return out;
}

std::vector<double> SearchIndex::document_shares(const std::vector<std::string>& terms) const {
  std::shared_lock reading(mutex_);
  // Over published items only: what an item is said to be about must not move with drafts
  // and items in review that most readers never see (nor with who restored which of them).
  const auto published = dictionaries_[status].find(std::string(to_string(ItemStatus::published)));
  auto counts = [&](const StoredItem& item) { return item.live && published && item.status == *published; };
  std::lock_guard counting(shares_mutex_);
  if (shares_.generation != generation_) {
    shares_.generation = generation_;
    shares_.holding.clear();
    shares_.published = double(std::count_if(items_.begin(), items_.end(), counts));
  }
  std::vector<double> out;
  std::vector<std::uint32_t> seen;
  std::uint32_t round = 0;
  for (const auto& term : terms) {
    auto known = shares_.holding.find(term);
    if (known == shares_.holding.end()) {
      if (seen.empty()) seen.assign(items_.size(), 0);
      ++round;
      std::size_t holding = 0;
      for (const auto& p : index_.postings(term)) {
        const auto& d = index_.document(p.document);
        // A concept counts once per item, whichever of its language versions names it.
        if (!d.live || seen[d.owner] == round || !counts(items_[d.owner])) continue;
        seen[d.owner] = round;
        ++holding;
      }
      known = shares_.holding.emplace(term, holding).first;
    }
    out.push_back(shares_.published > 0 ? double(known->second) / shares_.published : 0.0);
  }
  return out;
}

SearchIndex::Size SearchIndex::size() const {
  std::shared_lock reading(mutex_);
  Size s;
  for (const auto& item : items_) s.items += item.live;
  s.documents = index_.live_documents();
  s.terms = index_.terms();
  s.postings = index_.posting_count();
  return s;
}

}  // namespace cps::knowledge
