#include "retrieval/ranking.hpp"

#include <algorithm>
#include <cmath>
#include <set>
#include <unordered_map>

#include "retrieval/cognate.hpp"
#include "retrieval/transliteration.hpp"

namespace cps::retrieval {

namespace {

std::vector<std::string_view> split(std::string_view terms) {
  std::vector<std::string_view> out;
  for_each_term(terms, [&](std::string_view t) { out.push_back(t); });
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
  for (const auto& t : tokens) {
    auto key = transliteration_key(t.term);
    if (key.empty()) continue;
    if (!out.empty()) out += ' ';
    out += key;
  }
  return out;
}

double weighted_length(const std::vector<ScoredField>& fields) {
  double length = 0;
  for (const auto& f : fields)
    for_each_term(f.terms, [&](std::string_view t) { length += is_transliteration_key(t) ? 0.0 : f.weight; });
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

std::vector<std::string> RankingPlan::terms_of(const Query& query) {
  std::vector<std::string> out;
  auto add = [&](const std::string& t) {
    if (out.size() < max_terms && std::find(out.begin(), out.end(), t) == out.end()) out.push_back(t);
  };
  for (const auto& c : query.concepts) add(concept_token(c));
  for (const auto& terms : query.concept_terms)
    for (const auto& t : terms) add(t);
  for (const auto& t : query.terms) add(t);
  for (const auto& c : query.cognates) add(c);
  for (const auto& phrase : query.phrases)
    for (const auto& t : phrase) add(t);
  // Alternatives come last, word by word: a long query's last words may go without theirs
  // (taking every word's first alternative before any second one was tried and did worse).
  for (const auto& word : query.words)
    for (const auto& t : word.terms) add(t);
  return out;
}

RankingPlan::RankingPlan(const Query& query, const TermStats& stats, const Bm25Parameters& parameters)
    : parameters_(parameters), terms_(terms_of(query)), average_length_(stats.average_length) {
  for (const auto& t : terms_) idf_.push_back(idf(stats, t));
  auto position = [&](const std::string& t) {
    return std::size_t(std::find(terms_.begin(), terms_.end(), t) - terms_.begin());
  };
  std::set<std::string> seen;
  for (std::size_t c = 0; c < query.concepts.size(); ++c) {
    auto token = concept_token(query.concepts[c]);
    if (!seen.insert(token).second) continue;
    Part part{Part::Kind::concept_or_words, position(token), {}};
    if (c < query.concept_terms.size()) {
      for (const auto& t : query.concept_terms[c])
        if (seen.insert(t).second) part.words.push_back(position(t));
    }
    parts_.push_back(std::move(part));
  }
  for (const auto& t : query.terms)
    if (seen.insert(t).second) parts_.push_back({Part::Kind::term, position(t), {}});
  for (const auto& c : query.cognates)
    if (seen.insert(c).second) parts_.push_back({Part::Kind::cognate, position(c), {}});
  for (const auto& word : query.words) {
    Part part{Part::Kind::alternatives, 0, {}, {}, {}};
    for (const auto& t : word.own)
      if (auto k = position(t); k < terms_.size()) part.words.push_back(k);
    for (std::size_t i = 0; i < word.terms.size(); ++i) {
      auto k = position(word.terms[i]);
      if (k >= terms_.size()) continue;
      part.alternatives.push_back(k);
      part.weights.push_back(i < word.weights.size() ? word.weights[i] : 0.0);
    }
    if (part.words.empty() && part.alternatives.empty()) continue;
    parts_.push_back(std::move(part));
  }
  units_ = std::size_t(std::count_if(parts_.begin(), parts_.end(),
                                     [](const Part& p) { return p.kind == Part::Kind::concept_or_words; }));
  for (const auto& phrase : query.phrases) {
    std::vector<std::size_t> words;
    double rarest = 0;
    for (const auto& t : phrase) {
      words.push_back(position(t));
      rarest = std::max(rarest, idf(stats, t));
    }
    if (std::any_of(words.begin(), words.end(), [&](std::size_t w) { return w >= terms_.size(); })) continue;
    phrase_terms_.push_back(std::move(words));
    phrase_idf_.push_back(rarest);
    if (!phrase.empty()) phrase_bound_ += parameters_.phrase_weight * rarest * (parameters_.k1 + 1.0);
  }
}

double RankingPlan::saturated(double tf, double norm) const {
  return tf * (parameters_.k1 + 1.0) / (tf + norm);
}

double RankingPlan::score(std::span<const double> frequencies, double length, std::span<const double> phrases) const {
  const auto& p = parameters_;
  const double average = average_length_ > 0 ? average_length_ : std::max(length, 1.0);
  const double norm = p.k1 * (1.0 - p.b + p.b * length / average);
  auto term_score = [&](std::size_t k) {
    double tf = k < frequencies.size() ? frequencies[k] : 0.0;
    return tf > 0 ? idf_[k] * saturated(tf, norm) : 0.0;
  };
  double score = 0;
  std::size_t matched = 0;
  for (const auto& part : parts_) {
    switch (part.kind) {
      case Part::Kind::term:
        score += term_score(part.term);
        break;
      case Part::Kind::cognate:
        score += p.cognate_weight * term_score(part.term);
        break;
      case Part::Kind::concept_or_words: {
        double words = 0;
        for (auto w : part.words) words += term_score(w);
        const double s = std::max(p.concept_weight * term_score(part.term), words);
        score += s;
        matched += s > 0;
        break;
      }
      case Part::Kind::alternatives: {
        // The word's own terms are term parts already; an alternative counts only where the
        // word is missing, the best one alone.
        bool own = std::any_of(part.words.begin(), part.words.end(),
                               [&](std::size_t w) { return w < frequencies.size() && frequencies[w] > 0; });
        double best = 0;
        if (!own) {
          for (std::size_t i = 0; i < part.alternatives.size(); ++i)
            best = std::max(best, part.weights[i] * term_score(part.alternatives[i]));
        }
        score += best;
        break;
      }
    }
  }
  // Smoothed by one, so that a document sharing only cognate keys with the query keeps a score.
  if (p.coordination > 0 && units_ > 1 && matched < units_)
    score *= std::pow(double(matched + 1) / double(units_ + 1), p.coordination);
  for (std::size_t j = 0; j < phrases.size() && j < phrase_idf_.size(); ++j) {
    if (phrases[j] <= 0 || phrase_terms_[j].empty()) continue;
    score += p.phrase_weight * phrase_idf_[j] * saturated(phrases[j], norm);
  }
  return score;
}

double bm25(const std::vector<ScoredField>& fields, const Query& query, const TermStats& stats) {
  return bm25(fields, RankingPlan(query, stats));
}

double bm25(const std::vector<ScoredField>& fields, const Query& query, const TermStats& stats,
            const Bm25Parameters& parameters) {
  return bm25(fields, RankingPlan(query, stats, parameters));
}

double bm25(const std::vector<ScoredField>& fields, const RankingPlan& plan) {
  const auto& wanted = plan.terms();
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
  const auto& phrase_terms = plan.phrase_terms();
  std::vector<double> frequencies(wanted.size(), 0.0), phrases(phrase_terms.size(), 0.0);
  double length = 0;
  std::vector<std::string_view> words;
  for (const auto& field : fields) {
    std::size_t n = 0;
    words.clear();
    for_each_term(field.terms, [&](std::string_view word) {
      n += !is_transliteration_key(word);
      if (!phrase_terms.empty()) words.push_back(word);
      if (auto k = position(word); k < wanted.size()) frequencies[k] += field.weight;
    });
    length += field.weight * double(n);
    for (std::size_t j = 0; j < phrase_terms.size(); ++j) {
      std::vector<std::string> phrase;
      for (auto k : phrase_terms[j]) phrase.push_back(wanted[k]);
      phrases[j] += field.weight * double(occurrences(words, phrase));
    }
  }
  return plan.score(frequencies, length, phrases);
}

}  // namespace cps::retrieval
