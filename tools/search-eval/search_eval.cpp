// In-memory evaluation of search analysis and ranking: indexes every language version of the
// knowledge items of a corpus with index_terms() and ranks all items for each query with bm25()
// (an item scores its best language version). Two kinds of query file:
// - a case file (data/knowledge/search-cases.tsv): expected items per case; prints recall@k and
//   MRR overall, per query language and for cross-lingual cases. The database backends run the
//   same case file.
// - a graded query file (data/knowledge/holdout/queries.tsv): items graded 0–2 per query, a kind
//   and a development/hold-out split; prints recall@10, MRR and nDCG@10 per split and kind,
//   lists unjudged items of the top 10 for judging (--pool) and checks floors (--floor).
//
//   search_eval [--data DIR] [--corpus demo|holdout|mixed] [--cases FILE | --queries FILE]
//               [--split dev|holdout] [--pool] [--floor SPLIT.KIND.METRIC=MIN]...
//               [--concept-weight W] [--cognate-weight W] [--coordination A]
//               [--dictionaries DIR | --no-dictionaries] [--wordnet DIR | --no-wordnet]
//               [--translation-weight W] [--related-weight W] [--verbose]
// Query words outside the thesaurus are translated with the bilingual dictionaries installed
// in DIR (default /usr/share/dictd) and, in English, widened with WordNet (default
// /usr/share/wordnet); a missing directory leaves that source out, and the header says so.
#include <fmt/core.h>
#include <fmt/ranges.h>

#include <algorithm>
#include <boost/json.hpp>
#include <cmath>
#include <cstdlib>
#include <fstream>
#include <map>
#include <optional>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "retrieval/analyzer.hpp"
#include "retrieval/dictionaries.hpp"
#include "retrieval/query.hpp"
#include "retrieval/ranking.hpp"
#include "retrieval/snippet.hpp"
#include "retrieval/thesaurus.hpp"
#include "retrieval/wordnet.hpp"

namespace {

using namespace cps::retrieval;

// Which items are indexed: the demo knowledge base, the evaluation set written apart from the
// thesaurus (data/knowledge/holdout), or both — the realistic case, where the set's answers
// compete with every demo item.
enum class Corpus { demo, holdout, mixed };

// Whether a run lists the queries whose answers were not all found, besides the figures.
enum class Detail { figures, misses };

struct Document {
  std::string slug;
  std::string language;
  std::vector<std::string> fields;  // index terms, in the order of `weights`
};

struct Case {
  std::string id, language, query, note;
  std::vector<std::string> expected;
  std::size_t k = 10;
  bool cross_lingual = false;
};

struct Tally {
  std::size_t cases = 0;
  double recall = 0, reciprocal_rank = 0;
  void add(double r, double rr) {
    ++cases;
    recall += r;
    reciprocal_rank += rr;
  }
};

const std::vector<std::pair<std::string, double>> weights = {
    {"title", field_weight::title},     {"summary", field_weight::summary},
    {"body", field_weight::body},       {"results", field_weight::results},
    {"lessons", field_weight::lessons}, {"transferability", field_weight::transferability}};

std::string read(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    fmt::print(stderr, "cannot read {}\n", path);
    std::exit(2);
  }
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

std::vector<std::string> split(const std::string& s, char by) {
  std::vector<std::string> out;
  std::string part;
  std::istringstream in(s);
  while (std::getline(in, part, by)) out.push_back(part);
  if (!s.empty() && s.back() == by) out.emplace_back();
  return out;
}

std::string trim(std::string s) {
  while (!s.empty() && (s.back() == ' ' || s.back() == '\r')) s.pop_back();
  while (!s.empty() && s.front() == ' ') s.erase(s.begin());
  return s;
}

// The lines of a tab-separated file after its header, without blank and comment lines.
std::vector<std::vector<std::string>> rows_of(const std::string& path) {
  std::vector<std::vector<std::string>> rows;
  std::istringstream lines(read(path));
  std::string line;
  bool header = true;
  while (std::getline(lines, line)) {
    if (header) {
      header = false;
      continue;
    }
    if (trim(line).empty() || line.starts_with("#")) continue;
    rows.push_back(split(line, '\t'));
  }
  return rows;
}

// The indexed collection: one document per language version of each item.
struct Collection {
  std::vector<Document> documents;
  std::vector<std::vector<ScoredField>> fields;  // per document, views into documents[i].fields
  TermStats stats;
  std::map<std::string, std::set<std::string>> item_languages;
  std::map<std::string, std::string> title;  // of the original language version

  // Adds every item of a knowledge JSON file ({"items": [...]}, the demo's shape).
  void add_items(const std::string& path, const Analyzer& analyzer, const Thesaurus& thesaurus) {
    auto root = boost::json::parse(read(path));
    for (const auto& item : root.at("items").as_array()) {
      std::string slug(item.at("slug").as_string());
      std::string original(item.at("original_language").as_string());
      for (const auto& [language, text] : item.at("texts").as_object()) {
        Document d{slug, std::string(language), {}};
        for (const auto& [field, weight] : weights) {
          const auto* value = text.as_object().if_contains(field);
          std::string_view s = value && value->is_string() ? std::string_view(value->get_string())
                                                           : std::string_view{};
          d.fields.push_back(index_terms(s, d.language, analyzer, thesaurus));
        }
        if (d.language == original) {
          title[slug] = std::string(text.at("title").as_string());
        }
        item_languages[slug].insert(d.language);
        documents.push_back(std::move(d));
      }
    }
  }

  // Call once every file is added.
  void finish() {
    fields.clear();
    for (const auto& d : documents) {
      std::vector<ScoredField> f;
      for (std::size_t i = 0; i < weights.size(); ++i)
        f.push_back({d.fields[i], weights[i].second});
      fields.push_back(std::move(f));
    }
    stats = term_stats(fields);
  }

  // Items with a score above 0, best first (ties by slug).
  std::vector<std::string> rank(const Query& query, const Bm25Parameters& parameters) const {
    std::map<std::string, double> best;
    for (std::size_t i = 0; i < documents.size(); ++i) {
      double s = bm25(fields[i], query, stats, parameters);
      auto& b = best[documents[i].slug];
      b = std::max(b, s);
    }
    std::vector<std::pair<double, std::string>> scored;
    for (const auto& [slug, s] : best) {
      if (s > 0) scored.emplace_back(-s, slug);
    }
    std::sort(scored.begin(), scored.end());
    std::vector<std::string> ranking;
    for (auto& [s, slug] : scored) ranking.push_back(std::move(slug));
    return ranking;
  }
};

// 1-based rank of `slug` in `ranking`, 0 when it is not ranked.
std::size_t rank_of(const std::vector<std::string>& ranking, const std::string& slug) {
  auto it = std::find(ranking.begin(), ranking.end(), slug);
  return it == ranking.end() ? 0 : std::size_t(it - ranking.begin()) + 1;
}

std::string concepts_of(const Query& query) {
  std::string concepts;
  for (const auto& id : query.concepts) concepts += id + " ";
  std::size_t alternatives = 0;
  for (const auto& w : query.words) alternatives += w.terms.size();
  if (alternatives > 0) concepts += fmt::format("(+{} alternatives) ", alternatives);
  return concepts;
}

std::string top_of(const std::vector<std::string>& ranking, std::size_t n) {
  std::string top;
  for (std::size_t r = 0; r < std::min(n, ranking.size()); ++r) top += ranking[r] + " ";
  return top;
}

// ---- Case file (search-cases.tsv) ----

int run_cases(const std::string& cases_file, const Collection& collection, const Analyzer& analyzer,
              const Thesaurus& thesaurus, const QuerySources& sources, const Bm25Parameters& parameters,
              Detail detail) {
  std::vector<Case> cases;
  for (const auto& cols : rows_of(cases_file)) {
    if (cols.size() < 5) {
      fmt::print(stderr, "bad case line: {}\n", fmt::join(cols, "\t"));
      return 2;
    }
    Case c{trim(cols[0]), trim(cols[1]), cols[2], cols.size() > 5 ? cols[5] : "", {}, 10, false};
    for (auto& s : split(cols[3], ',')) {
      s = trim(s);
      if (s.empty()) continue;
      if (!collection.item_languages.contains(s)) {
        fmt::print(stderr, "case {}: unknown item {}\n", c.id, s);
        return 2;
      }
      c.expected.push_back(s);
    }
    c.k = std::size_t(std::atoi(cols[4].c_str()));
    // Cross-lingual: no expected item has a version in the query's language.
    c.cross_lingual = std::none_of(c.expected.begin(), c.expected.end(), [&](const std::string& s) {
      return collection.item_languages.at(s).contains(c.language);
    });
    cases.push_back(std::move(c));
  }

  Tally overall, cross;
  std::map<std::string, Tally> by_language;
  for (const auto& c : cases) {
    auto query = parse_query(c.query, c.language, analyzer, thesaurus, sources);
    if (!query) {
      fmt::print(stderr, "case {}: {}\n", c.id, query.error().message);
      return 2;
    }
    const auto ranking = collection.rank(*query, parameters);
    std::size_t found = 0, first = 0;
    std::vector<std::string> misses;
    for (const auto& e : c.expected) {
      std::size_t rank = rank_of(ranking, e);
      if (rank != 0 && rank <= c.k) {
        ++found;
      } else {
        misses.push_back(
            fmt::format("{}@{}", e, rank == 0 ? std::string("-") : std::to_string(rank)));
      }
      if (rank != 0 && (first == 0 || rank < first)) first = rank;
    }
    double recall = c.expected.empty() ? 1.0 : double(found) / double(c.expected.size());
    double rr = first == 0 ? 0.0 : 1.0 / double(first);
    overall.add(recall, rr);
    by_language[c.language].add(recall, rr);
    if (c.cross_lingual) cross.add(recall, rr);
    if (detail == Detail::misses && recall < 1.0) {
      fmt::print("MISS {} [{}{}] «{}» missing {} | concepts: {}| top: {}\n", c.id, c.language,
                 c.cross_lingual ? ", cross" : "", c.query, fmt::join(misses, " "),
                 concepts_of(*query), top_of(ranking, 3));
    }
  }

  auto row = [](const std::string& name, const Tally& t) {
    if (t.cases == 0) return;
    fmt::print("| {:<14} | {:>5} | {:>9.3f} | {:>5.3f} |\n", name, t.cases,
               t.recall / double(t.cases), t.reciprocal_rank / double(t.cases));
  };
  fmt::print("{} items, {} language versions, {} concepts, {} cases\n\n",
             collection.item_languages.size(), collection.documents.size(), thesaurus.size(),
             cases.size());
  fmt::print("| {:<14} | {:>5} | {:>9} | {:>5} |\n", "cases", "n", "recall@k", "MRR");
  fmt::print("|{:-<16}|{:->7}|{:->11}|{:->7}|\n", "", ":", ":", ":");
  row("overall", overall);
  row("cross-lingual", cross);
  for (const auto& [language, t] : by_language) row("query " + language, t);
  return 0;
}

// ---- Graded query file (holdout/queries.tsv) ----

// Judged items of a query and their grades: 2 answers it, 1 answers it in part, 0 judged not
// relevant (recorded so that pooling does not list it again).
struct GradedQuery {
  std::string id, language, kind, split, query;
  std::map<std::string, int> grades;
};

// Averages over queries. recall@10 and MRR count the items that answer the query (grade 2);
// "recall@10 ≥1" counts every relevant item (grade 1 or 2); nDCG@10 uses gain 2^grade − 1.
struct GradedTally {
  std::size_t queries = 0;
  double recall = 0, recall_any = 0, reciprocal_rank = 0, ndcg = 0;
  void add(const GradedTally& t) {
    queries += t.queries;
    recall += t.recall;
    recall_any += t.recall_any;
    reciprocal_rank += t.reciprocal_rank;
    ndcg += t.ndcg;
  }
  double mean(double sum) const { return queries == 0 ? 0 : sum / double(queries); }
  std::optional<double> metric(const std::string& name) const {
    if (name == "recall") return mean(recall);
    if (name == "recall1") return mean(recall_any);
    if (name == "mrr") return mean(reciprocal_rank);
    if (name == "ndcg") return mean(ndcg);
    return std::nullopt;
  }
};

constexpr std::size_t cutoff = 10;

GradedTally score_query(const GradedQuery& q, const std::vector<std::string>& ranking,
                        const Collection& collection) {
  GradedTally t;
  t.queries = 1;
  std::size_t answers = 0, relevant = 0, answers_found = 0, relevant_found = 0, first = 0;
  std::vector<int> ideal;
  for (const auto& [slug, grade] : q.grades) {
    if (!collection.item_languages.contains(slug) || grade == 0) continue;
    ideal.push_back(grade);
    std::size_t rank = rank_of(ranking, slug);
    bool in_top = rank != 0 && rank <= cutoff;
    ++relevant;
    relevant_found += in_top;
    if (grade == 2) {
      ++answers;
      answers_found += in_top;
      if (rank != 0 && (first == 0 || rank < first)) first = rank;
    }
  }
  auto gain = [](int grade) { return std::pow(2.0, grade) - 1.0; };
  double dcg = 0, idcg = 0;
  for (std::size_t r = 0; r < std::min(cutoff, ranking.size()); ++r) {
    auto it = q.grades.find(ranking[r]);
    if (it != q.grades.end()) dcg += gain(it->second) / std::log2(double(r) + 2.0);
  }
  std::sort(ideal.rbegin(), ideal.rend());
  for (std::size_t r = 0; r < std::min(cutoff, ideal.size()); ++r)
    idcg += gain(ideal[r]) / std::log2(double(r) + 2.0);
  t.recall = answers == 0 ? 1.0 : double(answers_found) / double(answers);
  t.recall_any = relevant == 0 ? 1.0 : double(relevant_found) / double(relevant);
  t.reciprocal_rank = first == 0 ? 0.0 : 1.0 / double(first);
  t.ndcg = idcg == 0 ? 1.0 : dcg / idcg;
  return t;
}

struct GradedOptions {
  std::optional<std::string> only_split;
  bool pool = false;
  Detail detail = Detail::figures;
  std::vector<std::pair<std::string, double>> floors;  // "split.kind.metric", minimum
};

const std::vector<std::string> kinds = {"english", "paraphrase", "native_cross"};
const std::vector<std::string> splits = {"dev", "holdout"};

// `known_items`: every item a judgment may name; `set_items`: the items of the evaluation set,
// which were judged against every query when it was written (an item not listed is grade 0),
// so pooling lists only the others.
int run_graded(const std::string& queries_file, const std::set<std::string>& known_items,
               const std::set<std::string>& set_items, const Collection& collection,
               const std::string& corpus_name, const Analyzer& analyzer, const Thesaurus& thesaurus,
               const QuerySources& sources, const Bm25Parameters& parameters, const GradedOptions& options) {
  std::vector<GradedQuery> queries;
  for (const auto& cols : rows_of(queries_file)) {
    if (cols.size() < 6) {
      fmt::print(stderr, "bad query line: {}\n", fmt::join(cols, "\t"));
      return 2;
    }
    GradedQuery q{trim(cols[0]), trim(cols[1]), trim(cols[2]), trim(cols[3]), cols[4], {}};
    if (std::find(kinds.begin(), kinds.end(), q.kind) == kinds.end() ||
        std::find(splits.begin(), splits.end(), q.split) == splits.end()) {
      fmt::print(stderr, "query {}: unknown kind {} or split {}\n", q.id, q.kind, q.split);
      return 2;
    }
    for (const auto& judgment : split(cols[5], ' ')) {
      if (trim(judgment).empty()) continue;
      auto colon = judgment.rfind(':');
      std::string slug = judgment.substr(0, colon);
      int grade = colon == std::string::npos ? -1 : std::atoi(judgment.c_str() + colon + 1);
      if (!known_items.contains(slug) || grade < 0 || grade > 2) {
        fmt::print(stderr, "query {}: bad judgment {}\n", q.id, judgment);
        return 2;
      }
      q.grades[slug] = grade;
    }
    if (!options.only_split || *options.only_split == q.split) queries.push_back(std::move(q));
  }

  std::map<std::pair<std::string, std::string>, GradedTally> tallies;  // (split, kind)
  for (const auto& q : queries) {
    auto query = parse_query(q.query, q.language, analyzer, thesaurus, sources);
    if (!query) {
      fmt::print(stderr, "query {}: {}\n", q.id, query.error().message);
      return 2;
    }
    const auto ranking = collection.rank(*query, parameters);
    const auto t = score_query(q, ranking, collection);
    tallies[{q.split, q.kind}].add(t);
    if (options.detail == Detail::misses && t.recall < 1.0) {
      std::vector<std::string> misses;
      for (const auto& [slug, grade] : q.grades) {
        if (grade != 2 || !collection.item_languages.contains(slug)) continue;
        std::size_t rank = rank_of(ranking, slug);
        if (rank == 0 || rank > cutoff)
          misses.push_back(fmt::format("{}@{}", slug, rank == 0 ? "-" : std::to_string(rank)));
      }
      fmt::print("MISS {} [{}, {}, {}] «{}» missing {} | concepts: {}| top: {}\n", q.id, q.language,
                 q.kind, q.split, q.query, fmt::join(misses, " "), concepts_of(*query),
                 top_of(ranking, 3));
    }
    if (options.pool) {
      for (std::size_t r = 0; r < std::min(cutoff, ranking.size()); ++r) {
        if (q.grades.contains(ranking[r]) || set_items.contains(ranking[r])) continue;
        auto title = collection.title.contains(ranking[r]) ? collection.title.at(ranking[r]) : "";
        fmt::print("POOL {} «{}» {:>2} {} — {}\n", q.id, q.query, r + 1, ranking[r], title);
      }
    }
  }

  fmt::print("{} items, {} language versions, {} concepts, {} queries, corpus {}\n\n",
             collection.item_languages.size(), collection.documents.size(), thesaurus.size(),
             queries.size(), corpus_name);
  fmt::print("| {:<7} | {:<12} | {:>3} | {:>9} | {:>12} | {:>5} | {:>7} |\n", "split", "kind", "n",
             "recall@10", "recall@10 ≥1", "MRR", "nDCG@10");
  fmt::print("|{:-<9}|{:-<14}|{:->5}|{:->11}|{:->14}|{:->7}|{:->9}|\n", "", "", ":", ":", ":", ":",
             ":");
  std::map<std::string, GradedTally> rows;  // "split.kind", with "all" for either
  for (const auto& [key, t] : tallies) {
    const auto& [s, k] = key;
    rows[s + "." + k].add(t);
    rows[s + ".all"].add(t);
    rows["all." + k].add(t);
    rows["all.all"].add(t);
  }
  for (const std::string s : {"dev", "holdout", "all"}) {
    for (const std::string k : {"english", "paraphrase", "native_cross", "all"}) {
      auto it = rows.find(s + "." + k);
      if (it == rows.end()) continue;
      const auto& t = it->second;
      fmt::print("| {:<7} | {:<12} | {:>3} | {:>9.3f} | {:>12.3f} | {:>5.3f} | {:>7.3f} |\n", s, k,
                 t.queries, t.mean(t.recall), t.mean(t.recall_any), t.mean(t.reciprocal_rank),
                 t.mean(t.ndcg));
    }
  }

  int status = 0;
  for (const auto& [name, minimum] : options.floors) {
    auto dot = name.rfind('.');
    auto it = rows.find(name.substr(0, dot));
    auto value = it == rows.end() || dot == std::string::npos
                     ? std::nullopt
                     : it->second.metric(name.substr(dot + 1));
    if (!value) {
      fmt::print(stderr,
                 "floor {}: no such figure (split.kind.metric, metric one of recall, "
                 "recall1, mrr, ndcg)\n",
                 name);
      return 2;
    }
    if (*value < minimum) {
      fmt::print(stderr, "BELOW FLOOR {}: {:.3f} < {:.3f}\n", name, *value, minimum);
      status = 1;
    }
  }
  return status;
}

}  // namespace

int main(int argc, char** argv) {
  std::string data = CPS_SOURCE_DATA_DIR;
  std::string cases_file, queries_file;
  std::optional<Corpus> corpus;
  GradedOptions graded;
  Detail detail = Detail::figures;
  Bm25Parameters parameters;
  QuerySources sources;
  std::string dictionaries_dir = "/usr/share/dictd", wordnet_dir = "/usr/share/wordnet";
  auto usage = [] {
    fmt::print(stderr,
               "usage: search_eval [--data DIR] [--corpus demo|holdout|mixed] [--cases FILE | "
               "--queries FILE] [--split dev|holdout] [--pool] [--floor SPLIT.KIND.METRIC=MIN]... "
               "[--concept-weight W] [--cognate-weight W] [--coordination A] [--dictionaries DIR | "
               "--no-dictionaries] [--wordnet DIR | --no-wordnet] [--translation-weight W] "
               "[--related-weight W] [--verbose]\n");
    return 2;
  };
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    bool has_value = i + 1 < argc;
    if (a == "--data" && has_value) {
      data = argv[++i];
    } else if (a == "--cases" && has_value) {
      cases_file = argv[++i];
    } else if (a == "--queries" && has_value) {
      queries_file = argv[++i];
    } else if (a == "--corpus" && has_value) {
      std::string c = argv[++i];
      if (c == "demo")
        corpus = Corpus::demo;
      else if (c == "holdout")
        corpus = Corpus::holdout;
      else if (c == "mixed")
        corpus = Corpus::mixed;
      else
        return usage();
    } else if (a == "--split" && has_value) {
      graded.only_split = argv[++i];
      if (*graded.only_split != "dev" && *graded.only_split != "holdout") return usage();
    } else if (a == "--pool") {
      graded.pool = true;
    } else if (a == "--floor" && has_value) {
      std::string f = argv[++i];
      auto eq = f.find('=');
      if (eq == std::string::npos) return usage();
      graded.floors.emplace_back(f.substr(0, eq), std::atof(f.c_str() + eq + 1));
    } else if (a == "--concept-weight" && has_value) {
      parameters.concept_weight = std::atof(argv[++i]);
    } else if (a == "--cognate-weight" && has_value) {
      parameters.cognate_weight = std::atof(argv[++i]);
    } else if (a == "--coordination" && has_value) {
      parameters.coordination = std::atof(argv[++i]);
    } else if (a == "--dictionaries" && has_value) {
      dictionaries_dir = argv[++i];
    } else if (a == "--no-dictionaries") {
      dictionaries_dir.clear();
    } else if (a == "--wordnet" && has_value) {
      wordnet_dir = argv[++i];
    } else if (a == "--no-wordnet") {
      wordnet_dir.clear();
    } else if (a == "--translation-weight" && has_value) {
      sources.translation_weight = std::atof(argv[++i]);
    } else if (a == "--related-weight" && has_value) {
      sources.related_weight = std::atof(argv[++i]);
    } else if (a == "--verbose") {
      detail = Detail::misses;
    } else {
      return usage();
    }
  }
  // Splits, pooling and floors belong to graded query files; a case file has none of them.
  const bool graded_options = graded.only_split || graded.pool || !graded.floors.empty();
  if (!cases_file.empty() && (!queries_file.empty() || graded_options)) return usage();
  // Without a query file, the demo corpus runs the search cases and the others the graded
  // evaluation set, which is written for them.
  const Corpus chosen = corpus.value_or(Corpus::demo);
  if (cases_file.empty() && queries_file.empty()) {
    if (chosen == Corpus::demo && !graded_options)
      cases_file = data + "/knowledge/search-cases.tsv";
    else
      queries_file = data + "/knowledge/holdout/queries.tsv";
  }
  graded.detail = detail;

  const Analyzer analyzer;
  auto thesaurus = Thesaurus::load(data + "/knowledge/thesaurus.json", analyzer);
  if (!thesaurus) {
    fmt::print(stderr, "{}: {}\n", thesaurus.error().message, thesaurus.error().detail);
    return 2;
  }

  const Dictionaries dictionaries =
      dictionaries_dir.empty() ? Dictionaries{} : Dictionaries::load(dictionaries_dir);
  const WordNet wordnet = wordnet_dir.empty() ? WordNet{} : WordNet::load(wordnet_dir);
  sources.dictionaries = &dictionaries;
  sources.wordnet = &wordnet;
  fmt::print("sources: {} dictionary directions{} ({} MiB), WordNet {}\n", dictionaries.directions().size(),
             dictionaries_dir.empty() ? " (left out)" : " from " + dictionaries_dir, dictionaries.memory() >> 20,
             wordnet.empty() ? std::string("absent or left out") : fmt::format("{} lemmas", wordnet.lemmas()));
  for (const auto& p : dictionaries.problems()) fmt::print(stderr, "dictionaries: {}\n", p);

  const std::string demo_file = data + "/demo/knowledge.json";
  const std::string holdout_file = data + "/knowledge/holdout/practices.json";
  Collection collection;
  if (chosen != Corpus::holdout) collection.add_items(demo_file, analyzer, *thesaurus);
  if (chosen != Corpus::demo) collection.add_items(holdout_file, analyzer, *thesaurus);
  collection.finish();

  if (!cases_file.empty())
    return run_cases(cases_file, collection, analyzer, *thesaurus, sources, parameters, detail);

  // Judgments may name items of either file; those outside the chosen corpus do not count.
  auto slugs_of = [](const std::string& file) {
    std::set<std::string> slugs;
    const auto root = boost::json::parse(read(file));
    for (const auto& item : root.at("items").as_array())
      slugs.insert(std::string(item.at("slug").as_string()));
    return slugs;
  };
  const auto set_items = slugs_of(holdout_file);
  auto known_items = slugs_of(demo_file);
  known_items.insert(set_items.begin(), set_items.end());
  const char* names[] = {"demo", "holdout", "mixed"};
  return run_graded(queries_file, known_items, set_items, collection, names[int(chosen)], analyzer,
                    *thesaurus, sources, parameters, graded);
}
