// In-memory evaluation of search analysis and ranking: indexes every language version of the
// demo knowledge items with index_terms(), ranks all items for each case of a case file with
// bm25() (an item scores its best language version) and prints recall@k and MRR overall, per
// query language and for cross-lingual cases. The database backends run the same case file.
//
//   search_eval [--data DIR] [--cases FILE] [--concept-weight W] [--cognate-weight W] [--verbose]
#include <fmt/core.h>
#include <fmt/ranges.h>

#include <algorithm>
#include <boost/json.hpp>
#include <cstdlib>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "retrieval/analyzer.hpp"
#include "retrieval/query.hpp"
#include "retrieval/ranking.hpp"
#include "retrieval/snippet.hpp"
#include "retrieval/thesaurus.hpp"

namespace {

using namespace cps::retrieval;

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

}  // namespace

int main(int argc, char** argv) {
  std::string data = CPS_SOURCE_DATA_DIR;
  std::string cases_file;
  bool verbose = false;
  Bm25Parameters parameters;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--data" && i + 1 < argc) {
      data = argv[++i];
    } else if (a == "--cases" && i + 1 < argc) {
      cases_file = argv[++i];
    } else if (a == "--concept-weight" && i + 1 < argc) {
      parameters.concept_weight = std::atof(argv[++i]);
    } else if (a == "--cognate-weight" && i + 1 < argc) {
      parameters.cognate_weight = std::atof(argv[++i]);
    } else if (a == "--verbose") {
      verbose = true;
    } else {
      fmt::print(stderr,
                 "usage: search_eval [--data DIR] [--cases FILE] [--concept-weight W] "
                 "[--cognate-weight W] [--verbose]\n");
      return 2;
    }
  }
  if (cases_file.empty()) cases_file = data + "/knowledge/search-cases.tsv";

  const Analyzer analyzer;
  auto thesaurus = Thesaurus::load(data + "/knowledge/thesaurus.json", analyzer);
  if (!thesaurus) {
    fmt::print(stderr, "{}: {}\n", thesaurus.error().message, thesaurus.error().detail);
    return 2;
  }

  // Items: one document per language version.
  auto root = boost::json::parse(read(data + "/demo/knowledge.json"));
  std::vector<Document> documents;
  std::map<std::string, std::set<std::string>> item_languages;
  std::map<std::string, std::string> original_language;
  for (const auto& item : root.at("items").as_array()) {
    std::string slug(item.at("slug").as_string());
    original_language[slug] = std::string(item.at("original_language").as_string());
    for (const auto& [language, text] : item.at("texts").as_object()) {
      Document d{slug, std::string(language), {}};
      for (const auto& [field, weight] : weights) {
        const auto* value = text.as_object().if_contains(field);
        std::string_view s = value && value->is_string() ? std::string_view(value->get_string())
                                                         : std::string_view{};
        d.fields.push_back(index_terms(s, d.language, analyzer, *thesaurus));
      }
      item_languages[slug].insert(d.language);
      documents.push_back(std::move(d));
    }
  }
  auto scored = [&](const Document& d) {
    std::vector<ScoredField> fields;
    for (std::size_t i = 0; i < weights.size(); ++i)
      fields.push_back({d.fields[i], weights[i].second});
    return fields;
  };
  std::vector<std::vector<ScoredField>> all;
  for (const auto& d : documents) all.push_back(scored(d));
  const TermStats stats = term_stats(all);

  // Cases.
  std::vector<Case> cases;
  std::istringstream lines(read(cases_file));
  std::string line;
  bool header = true;
  while (std::getline(lines, line)) {
    if (header) {
      header = false;
      continue;
    }
    if (trim(line).empty() || line.starts_with("#")) continue;
    auto cols = split(line, '\t');
    if (cols.size() < 5) {
      fmt::print(stderr, "bad case line: {}\n", line);
      return 2;
    }
    Case c{trim(cols[0]), trim(cols[1]), cols[2], cols.size() > 5 ? cols[5] : "", {}, 10, false};
    for (auto& s : split(cols[3], ',')) {
      s = trim(s);
      if (s.empty()) continue;
      if (!item_languages.contains(s)) {
        fmt::print(stderr, "case {}: unknown item {}\n", c.id, s);
        return 2;
      }
      c.expected.push_back(s);
    }
    c.k = std::size_t(std::atoi(cols[4].c_str()));
    // Cross-lingual: no expected item has a version in the query's language.
    c.cross_lingual = std::none_of(c.expected.begin(), c.expected.end(), [&](const std::string& s) {
      return item_languages[s].contains(c.language);
    });
    cases.push_back(std::move(c));
  }

  Tally overall, cross;
  std::map<std::string, Tally> by_language;
  std::size_t cross_pairs = 0;
  for (const auto& c : cases) {
    auto query = parse_query(c.query, c.language, analyzer, *thesaurus);
    if (!query) {
      fmt::print(stderr, "case {}: {}\n", c.id, query.error().message);
      return 2;
    }
    std::map<std::string, double> best;
    for (std::size_t i = 0; i < documents.size(); ++i) {
      double s = bm25(all[i], *query, stats, parameters);
      auto& b = best[documents[i].slug];
      b = std::max(b, s);
    }
    std::vector<std::pair<double, std::string>> ranking;
    for (const auto& [slug, s] : best) {
      if (s > 0) ranking.emplace_back(-s, slug);
    }
    std::sort(ranking.begin(), ranking.end());
    std::size_t found = 0, first = 0;
    std::vector<std::string> misses;
    for (const auto& e : c.expected) {
      std::size_t rank = 0;
      for (std::size_t r = 0; r < ranking.size(); ++r) {
        if (ranking[r].second == e) rank = r + 1;
      }
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
    if (c.cross_lingual) cross.add(recall, rr), ++cross_pairs;
    if (verbose && recall < 1.0) {
      std::string concepts;
      for (const auto& id : query->concepts) concepts += id + " ";
      std::string top;
      for (std::size_t r = 0; r < std::min<std::size_t>(3, ranking.size()); ++r)
        top += ranking[r].second + " ";
      fmt::print("MISS {} [{}{}] «{}» missing {} | concepts: {}| top: {}\n", c.id, c.language,
                 c.cross_lingual ? ", cross" : "", c.query, fmt::join(misses, " "), concepts, top);
    }
  }

  auto row = [](const std::string& name, const Tally& t) {
    if (t.cases == 0) return;
    fmt::print("| {:<14} | {:>5} | {:>9.3f} | {:>5.3f} |\n", name, t.cases,
               t.recall / double(t.cases), t.reciprocal_rank / double(t.cases));
  };
  fmt::print("{} items, {} language versions, {} concepts, {} cases\n\n", item_languages.size(),
             documents.size(), thesaurus->size(), cases.size());
  fmt::print("| {:<14} | {:>5} | {:>9} | {:>5} |\n", "cases", "n", "recall@k", "MRR");
  fmt::print("|{:-<16}|{:->7}|{:->11}|{:->7}|\n", "", ":", ":", ":");
  row("overall", overall);
  row("cross-lingual", cross);
  for (const auto& [language, t] : by_language) row("query " + language, t);
  return 0;
}
