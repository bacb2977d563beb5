#include "search/ranking.hpp"

#include <algorithm>
#include <cmath>
#include <set>
#include <unordered_map>

#include "search/cognate.hpp"

namespace cps::search {

namespace {

std::vector<std::string_view> split(std::string_view terms) {
  std::vector<std::string_view> out;
  while (!terms.empty()) {
    auto space = terms.find(' ');
    auto word = terms.substr(0, space);
    if (!word.empty()) out.push_back(word);
    terms = space == std::string_view::npos ? std::string_view{} : terms.substr(space + 1);
  }
  return out;
}

double idf(const TermStats& stats, std::string_view term) {
  auto it = stats.document_frequency.find(std::string(term));
  double df = it == stats.document_frequency.end() ? 0.0 : double(it->second);
  double n = double(std::max<std::size_t>(stats.documents, 1));
  df = std::min(df, n);
  return std::log(1.0 + (n - df + 0.5) / (df + 0.5));
}

std::size_t occurrences(const std::vector<std::string_view>& words,
                        const std::vector<std::string>& phrase) {
  if (phrase.empty() || words.size() < phrase.size()) return 0;
  std::size_t n = 0;
  for (std::size_t i = 0; i + phrase.size() <= words.size(); ++i) {
    bool equal = true;
    for (std::size_t k = 0; k < phrase.size() && equal; ++k) equal = words[i + k] == phrase[k];
    n += equal;
  }
  return n;
}

}  // namespace

std::string concept_token(std::string_view concept_id) {
  std::string out = "zc_";
  for (char c : concept_id) {
    if (c >= 'A' && c <= 'Z') c = char(c - 'A' + 'a');
    bool plain = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    out += plain ? c : '_';
  }
  return out;
}

std::string index_terms(std::string_view text, std::string_view language, const Analyzer& analyzer,
                        const Thesaurus& thesaurus) {
  auto tokens = analyzer.analyze(text, language);
  const auto& languages = thesaurus.languages();
  bool known = std::find(languages.begin(), languages.end(), language) != languages.end();
  auto matches =
      known ? thesaurus.match(tokens, language) : thesaurus.match_any_language(text, analyzer);
  std::string out;
  for (const auto& t : tokens) {
    if (!out.empty()) out += ' ';
    out += t.term;
  }
  for (const auto& m : matches) {
    if (!out.empty()) out += ' ';
    out += concept_token(m.concept_id);
  }
  for (const auto& t : tokens) {
    auto key = cognate_key(text.substr(t.begin, t.end - t.begin));
    if (key.empty()) continue;
    if (!out.empty()) out += ' ';
    out += key;
  }
  return out;
}

double weighted_length(const std::vector<ScoredField>& fields) {
  double length = 0;
  for (const auto& f : fields) length += f.weight * double(split(f.terms).size());
  return length;
}

TermStats term_stats(const std::vector<std::vector<ScoredField>>& documents) {
  TermStats stats;
  double total = 0;
  for (const auto& fields : documents) {
    std::set<std::string_view> seen;
    for (const auto& f : fields) {
      for (auto w : split(f.terms)) seen.insert(w);
    }
    for (auto w : seen) ++stats.document_frequency[std::string(w)];
    total += weighted_length(fields);
    ++stats.documents;
  }
  stats.average_length = stats.documents == 0 ? 0 : total / double(stats.documents);
  return stats;
}

double bm25(const std::vector<ScoredField>& fields, const Query& query, const TermStats& stats) {
  return bm25(fields, query, stats, Bm25Parameters{});
}

double bm25(const std::vector<ScoredField>& fields, const Query& query, const TermStats& stats,
            const Bm25Parameters& p) {
  // Only the terms the query looks up are counted; a field's other words count for its length.
  std::vector<std::string_view> wanted;
  auto want = [&](std::string_view t) {
    if (std::find(wanted.begin(), wanted.end(), t) == wanted.end()) wanted.push_back(t);
  };
  std::vector<std::string> tokens;
  tokens.reserve(query.concepts.size());
  for (const auto& c : query.concepts) tokens.push_back(concept_token(c));
  for (const auto& t : tokens) want(t);
  for (const auto& terms : query.concept_terms)
    for (const auto& t : terms) want(t);
  for (const auto& t : query.terms) want(t);
  for (const auto& c : query.cognates) want(c);
  std::unordered_map<std::string_view, std::size_t> index_of;
  constexpr std::size_t kLinear = 8;  // up to this many, a scan beats hashing every word
  if (wanted.size() > kLinear)
    for (std::size_t k = 0; k < wanted.size(); ++k) index_of.emplace(wanted[k], k);
  auto position = [&](std::string_view w) -> std::size_t {
    if (wanted.size() <= kLinear) {
      for (std::size_t k = 0; k < wanted.size(); ++k)
        if (wanted[k] == w) return k;
      return wanted.size();
    }
    auto it = index_of.find(w);
    return it == index_of.end() ? wanted.size() : it->second;
  };

  // Words are kept only when phrases need their order.
  const bool phrases = !query.phrases.empty();
  std::vector<std::vector<std::string_view>> words(phrases ? fields.size() : 0);
  std::vector<std::vector<std::size_t>> counts(fields.size(),
                                               std::vector<std::size_t>(wanted.size(), 0));
  double length = 0;
  for (std::size_t i = 0; i < fields.size(); ++i) {
    std::size_t n = 0;
    std::string_view rest = fields[i].terms;
    while (!rest.empty()) {
      auto space = rest.find(' ');
      auto word = rest.substr(0, space);
      rest = space == std::string_view::npos ? std::string_view{} : rest.substr(space + 1);
      if (word.empty()) continue;
      ++n;
      if (phrases) words[i].push_back(word);
      if (auto k = position(word); k < wanted.size()) ++counts[i][k];
    }
    length += fields[i].weight * double(n);
  }
  const double average = stats.average_length > 0 ? stats.average_length : std::max(length, 1.0);
  const double norm = p.k1 * (1.0 - p.b + p.b * length / average);
  auto saturate = [&](double tf) { return tf * (p.k1 + 1.0) / (tf + norm); };

  auto term_score = [&](const std::string& term) {
    double tf = 0;
    std::size_t k = position(term);
    for (std::size_t i = 0; i < fields.size() && k < wanted.size(); ++i) {
      if (counts[i][k] > 0) tf += fields[i].weight * double(counts[i][k]);
    }
    return tf > 0 ? idf(stats, term) * saturate(tf) : 0.0;
  };

  // Each distinct query term, concept and cognate counts once. A concept and the query words
  // that name it are alternatives: the better of the two counts.
  double score = 0;
  std::set<std::string> seen;
  for (std::size_t c = 0; c < query.concepts.size(); ++c) {
    auto token = concept_token(query.concepts[c]);
    if (!seen.insert(token).second) continue;
    double words = 0;
    if (c < query.concept_terms.size()) {
      for (const auto& t : query.concept_terms[c]) {
        if (seen.insert(t).second) words += term_score(t);
      }
    }
    score += std::max(p.concept_weight * term_score(token), words);
  }
  for (const auto& t : query.terms) {
    if (seen.insert(t).second) score += term_score(t);
  }
  for (const auto& c : query.cognates) {
    if (seen.insert(c).second) score += p.cognate_weight * term_score(c);
  }
  for (const auto& phrase : query.phrases) {
    double tf = 0;
    for (std::size_t i = 0; i < fields.size(); ++i) {
      tf += fields[i].weight * double(occurrences(words[i], phrase));
    }
    if (tf <= 0) continue;
    double rarest = 0;
    for (const auto& t : phrase) rarest = std::max(rarest, idf(stats, t));
    score += p.phrase_weight * rarest * saturate(tf);
  }
  return score;
}

}  // namespace cps::search
