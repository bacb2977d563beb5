// Knowledge search at scale: generates N items in ten languages from the sentences of the demo
// items, stores them through KnowledgeService::create, loads the search index, then times
// KnowledgeService::search for a fixed list of queries against a raw full-text query for the
// same analysed terms on the same database (an FTS5 table through the SQLite C API, or a
// GIN-indexed tsvector through libpq, both built over the stored index terms in this run).
//   knowledge_bench --database URL [--items N] [--runs R] [--seed S]
// A sqlite:// file is recreated; for a postgresql:// server a fresh database is created on it
// and dropped at the end. Progress goes to stderr; one JSON object with every figure to stdout.
#include <fmt/format.h>
#include <libpq-fe.h>
#include <sqlite3.h>
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <algorithm>
#include <boost/json.hpp>
#include <chrono>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <random>
#include <set>
#include <sstream>

#include "domain/accounts/account_service.hpp"
#include "domain/knowledge/knowledge_service.hpp"
#include "domain/reference/reference_service.hpp"
#include "retrieval/analyzer.hpp"
#include "retrieval/dictionaries.hpp"
#include "retrieval/query.hpp"
#include "retrieval/ranking.hpp"
#include "retrieval/thesaurus.hpp"
#include "retrieval/wordnet.hpp"
#include "storage/database.hpp"
#include "storage/knowledge_repository_sql.hpp"
#include "storage/migrations.hpp"
#include "storage/reference_repository_sql.hpp"

namespace {

namespace fs = std::filesystem;
namespace json = boost::json;
using namespace cps;
using knowledge::ItemInput;
using knowledge::ItemText;
using Clock = std::chrono::steady_clock;

const fs::path kShare = CPS_BENCH_SHARE_DIR;

// The ten languages of the generated items (those with the most demo text).
constexpr std::string_view kLanguages[] = {"en", "ro", "hu", "el", "sq",
                                           "it", "bg", "sr", "hr", "mk"};
constexpr const char* kFields[] = {"summary", "body", "results", "lessons", "transferability"};

[[noreturn]] void die(const std::string& what) {
  std::cerr << "knowledge_bench: " << what << "\n";
  std::exit(1);
}

template <class T>
T checked(Result<T> r, const std::string& what) {
  if (!r) die(what + ": " + r.error().message + " " + r.error().detail);
  if constexpr (!std::is_void_v<T>) return std::move(*r);
}

// The process's resident memory (VmRSS of /proc/self/status), 0 where it cannot be read: the
// growth across loading the search index is what the index holds.
std::size_t resident_bytes() {
  std::ifstream status("/proc/self/status");
  std::string line;
  while (std::getline(status, line)) {
    if (line.rfind("VmRSS:", 0) == 0) return std::size_t(std::stoull(line.substr(6))) * 1024;
  }
  return 0;
}

double ms_since(Clock::time_point start) {
  return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

std::size_t code_points(std::string_view s) {
  return std::size_t(std::count_if(
      s.begin(), s.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

std::size_t words(std::string_view s) {
  std::size_t n = 0;
  bool in = false;
  for (char c : s) {
    bool space = c == ' ' || c == '\n' || c == '\t';
    n += !space && !in;
    in = !space;
  }
  return n;
}

// Sentences of a Markdown text: paragraphs split at ". ", "! " and "? ".
std::vector<std::string> sentences(std::string_view text) {
  std::vector<std::string> out;
  std::string current;
  for (std::size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    current += c == '\n' ? ' ' : c;
    bool end = (c == '.' || c == '!' || c == '?') &&
               (i + 1 == text.size() || text[i + 1] == ' ' || text[i + 1] == '\n');
    bool paragraph = c == '\n' && i + 1 < text.size() && text[i + 1] == '\n';
    if (end || paragraph || i + 1 == text.size()) {
      auto first = current.find_first_not_of(' ');
      if (first != std::string::npos && words(current) >= 3) out.push_back(current.substr(first));
      current.clear();
    }
  }
  return out;
}

// What the generator recombines, per language, and the metadata of every demo item.
struct Pools {
  struct Language {
    std::vector<std::string> titles;
    std::map<std::string, std::vector<std::string>> sentences;  // field → sentences
  };
  std::map<std::string, Language, std::less<>> languages;
  std::vector<std::pair<std::vector<std::string>, std::vector<std::string>>>
      places;  // countries, regions
  std::vector<std::string> funding_sources;
  std::vector<std::vector<std::string>> target_groups;
};

Pools load_pools(const fs::path& file) {
  std::ifstream in(file);
  std::stringstream buffer;
  buffer << in.rdbuf();
  json::value root = json::parse(buffer.str());
  auto text = [](const json::object& o, std::string_view key) {
    auto* v = o.if_contains(key);
    return v && v->is_string() ? std::string(v->as_string()) : std::string();
  };
  auto strings = [](const json::object& o, std::string_view key) {
    std::vector<std::string> out;
    if (auto* v = o.if_contains(key); v && v->is_array())
      for (const auto& x : v->as_array())
        if (x.is_string()) out.emplace_back(x.as_string());
    return out;
  };
  Pools pools;
  for (const auto& value : root.at("items").as_array()) {
    const auto& o = value.as_object();
    pools.places.emplace_back(strings(o, "countries"), strings(o, "regions"));
    if (auto f = text(o, "funding_source"); !f.empty()) pools.funding_sources.push_back(f);
    pools.target_groups.push_back(strings(o, "target_groups"));
    for (const auto& [language, t] : o.at("texts").as_object()) {
      if (std::find(std::begin(kLanguages), std::end(kLanguages), language) == std::end(kLanguages))
        continue;
      auto& pool = pools.languages[std::string(language)];
      const auto& to = t.as_object();
      pool.titles.push_back(text(to, "title"));
      for (const char* field : kFields)
        for (auto& s : sentences(text(to, field))) pool.sentences[field].push_back(std::move(s));
    }
  }
  for (auto language : kLanguages)
    if (!pools.languages.contains(language))
      die("the demo items have no text in " + std::string(language));
  return pools;
}

// Generates item `n` of the run; the same seed and n give the same item.
class Generator {
 public:
  Generator(const Pools& pools, std::uint64_t seed) : pools_(pools), seed_(seed) {}

  ItemInput item(std::size_t n) {
    rng_.seed(seed_ * 1000003 + n);
    ItemInput in;
    in.slug = "bench-item-" + std::to_string(n);
    in.kind = knowledge::kAllKinds[pick(std::size(knowledge::kAllKinds))];
    in.timeframe = knowledge::kAllTimeframes[pick(std::size(knowledge::kAllTimeframes))];
    if (pick(5) != 0)
      in.instrument = knowledge::kAllInstruments[pick(std::size(knowledge::kAllInstruments))];
    std::size_t first_area = pick(6);
    in.areas.push_back("WG" + std::to_string(first_area + 1));
    if (pick(3) == 0) {
      std::size_t second = (first_area + 1 + pick(5)) % 6;
      in.areas.push_back("WG" + std::to_string(second + 1));
    }
    const auto& [countries, regions] = pools_.places[pick(pools_.places.size())];
    in.countries = countries;
    in.regions = regions;
    in.start_year = 2000 + int(pick(25));
    if (pick(2) == 0) in.end_year = *in.start_year + int(pick(8));
    if (!pools_.funding_sources.empty())
      in.funding_source = pools_.funding_sources[pick(pools_.funding_sources.size())];
    in.target_groups = pools_.target_groups[pick(pools_.target_groups.size())];
    std::string_view language = kLanguages[pick(std::size(kLanguages))];
    in.original_language = std::string(language);
    in.texts.push_back(text(language, knowledge::Translation::original));
    // About one item in seven has a second language version, like the demo items.
    if (pick(7) == 0) {
      std::string_view other = kLanguages[pick(std::size(kLanguages))];
      if (other != language) in.texts.push_back(text(other, knowledge::Translation::human));
    }
    return in;
  }

 private:
  std::size_t pick(std::size_t n) {
    return std::uniform_int_distribution<std::size_t>(0, n - 1)(rng_);
  }

  // Sentences of `field` until `target` words, or `limit` code points, are reached.
  std::string fill(const Pools::Language& pool, const char* field, std::size_t target,
                   std::size_t limit) {
    const auto& from =
        pool.sentences.at(field).empty() ? pool.sentences.at("body") : pool.sentences.at(field);
    std::string out;
    std::size_t count = 0;
    for (int guard = 0; count < target && guard < 200; ++guard) {
      const std::string& s = from[pick(from.size())];
      if (code_points(out) + code_points(s) + 1 > limit) {
        if (out.empty()) continue;
        break;
      }
      out += (out.empty() ? "" : " ") + s;
      count += words(s);
    }
    return out;
  }

  ItemText text(std::string_view language, knowledge::Translation translation) {
    const auto& pool = pools_.languages.find(language)->second;
    ItemText t;
    t.language = std::string(language);
    t.translation = translation;
    static const char* kVariants[] = {"", " — phase ", " ", " (edition ", " – call "};
    std::size_t variant = pick(std::size(kVariants));
    t.title = pool.titles[pick(pool.titles.size())];
    if (variant == 2)
      t.title += " " + std::to_string(2000 + pick(30));
    else if (variant == 3)
      t.title += kVariants[variant] + std::to_string(1 + pick(40)) + ")";
    else if (variant != 0)
      t.title += kVariants[variant] + std::to_string(1 + pick(12));
    if (code_points(t.title) > 190) t.title = pool.titles.front().substr(0, 120);
    // 150–400 words over the whole text: a summary, a body and, often, the other fields.
    std::size_t total = 150 + pick(251);
    t.summary = fill(pool, "summary", 25 + pick(30), 560);
    std::size_t left = total > words(t.summary) ? total - words(t.summary) : 60;
    bool extras = pick(4) != 0;
    t.body = fill(pool, "body", extras ? left * 3 / 5 : left, 18000);
    if (extras) {
      t.results = fill(pool, "results", left / 6, 4500);
      t.lessons = fill(pool, "lessons", left / 6, 4500);
      if (pick(2) == 0) t.transferability = fill(pool, "transferability", left / 10, 4500);
    }
    return t;
  }

  const Pools& pools_;
  std::uint64_t seed_;
  std::mt19937_64 rng_;
};

struct BenchQuery {
  const char* kind;  // rare, common, cross-lingual
  const char* language;
  const char* text;
};

// Rare: words of few demo sentences (a name, a place, a specific instrument); common: words
// of most items; cross-lingual: concepts of the thesaurus asked in another language than most
// items that hold them, and a language no item is written in (de).
constexpr BenchQuery kQueries[] = {
    {"rare", "en", "Vojvodina"},
    {"rare", "en", "matchmaking"},
    {"rare", "en", "\"partner search\""},
    {"rare", "ro", "Timișoara"},
    {"rare", "ro", "ADR Nord-Est"},
    {"rare", "hu", "Pannon"},
    {"rare", "el", "Αττική"},
    {"rare", "it", "distretto tecnologico"},
    {"rare", "sq", "Swisscontact"},
    {"rare", "bg", "Пловдив"},
    {"rare", "sr", "Novi Sad"},
    {"rare", "mk", "Скопје"},
    {"rare", "hr", "Inovacijski"},
    {"common", "en", "cluster"},
    {"common", "en", "innovation"},
    {"common", "en", "SMEs"},
    {"common", "en", "cluster organisations"},
    {"common", "en", "regional development"},
    {"common", "ro", "cluster"},
    {"common", "ro", "inovare"},
    {"common", "hu", "klaszter"},
    {"common", "el", "συστάδα"},
    {"common", "it", "imprese"},
    {"common", "bg", "клъстер"},
    {"common", "sq", "klaster"},
    {"common", "en", "cluster policy support"},
    {"cross-lingual", "en", "innovation voucher"},
    {"cross-lingual", "de", "Innovationsgutschein"},
    {"cross-lingual", "de", "Clusterpolitik"},
    {"cross-lingual", "de", "Technologietransfer"},
    {"cross-lingual", "ro", "voucher de inovare"},
    {"cross-lingual", "hu", "innovációs utalvány"},
    {"cross-lingual", "el", "μεταφορά τεχνολογίας"},
    {"cross-lingual", "it", "trasferimento tecnologico"},
    {"cross-lingual", "sr", "klaster menadžer"},
    {"cross-lingual", "mk", "паметна специјализација"},
    {"cross-lingual", "en", "smart specialisation"},
    {"cross-lingual", "sq", "specializim i zgjuar"},
    {"cross-lingual", "bg", "технологичен трансфер"},
    {"cross-lingual", "en", "digital transformation"},
};

// The terms the service asks the index for: words, phrase words, concepts and cognates.
std::vector<std::string> analysed_terms(const retrieval::Query& q) {
  std::set<std::string> wanted(q.terms.begin(), q.terms.end());
  for (const auto& phrase : q.phrases) wanted.insert(phrase.begin(), phrase.end());
  for (const auto& c : q.concepts) wanted.insert(retrieval::concept_token(c));
  wanted.insert(q.cognates.begin(), q.cognates.end());
  return {wanted.begin(), wanted.end()};
}

// The raw full-text query on its own connection, prepared once.
class RawQuery {
 public:
  virtual ~RawQuery() = default;
  // Runs the query for `terms`; returns the number of rows.
  virtual std::size_t run(const std::vector<std::string>& terms) = 0;
};

class RawFts5 final : public RawQuery {
 public:
  explicit RawFts5(const std::string& file) {
    if (sqlite3_open_v2(file.c_str(), &db_, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK)
      die("cannot open " + file);
    const char* sql =
        "SELECT rowid, bm25(reference_fts) FROM reference_fts WHERE reference_fts MATCH ?1 "
        "ORDER BY bm25(reference_fts) LIMIT 20";
    if (sqlite3_prepare_v2(db_, sql, -1, &stmt_, nullptr) != SQLITE_OK) die(sqlite3_errmsg(db_));
  }
  ~RawFts5() override {
    sqlite3_finalize(stmt_);
    sqlite3_close(db_);
  }
  std::size_t run(const std::vector<std::string>& terms) override {
    std::string match;
    for (const auto& t : terms) match += (match.empty() ? "\"" : " OR \"") + t + "\"";
    sqlite3_bind_text(stmt_, 1, match.c_str(), int(match.size()), SQLITE_TRANSIENT);
    std::size_t n = 0;
    while (sqlite3_step(stmt_) == SQLITE_ROW) {
      volatile double rank = sqlite3_column_double(stmt_, 1);
      (void)rank;
      ++n;
    }
    sqlite3_reset(stmt_);
    return n;
  }

 private:
  sqlite3* db_ = nullptr;
  sqlite3_stmt* stmt_ = nullptr;
};

class RawTsvector final : public RawQuery {
 public:
  explicit RawTsvector(const std::string& conninfo) : conn_(PQconnectdb(conninfo.c_str())) {
    if (PQstatus(conn_) != CONNECTION_OK) die(PQerrorMessage(conn_));
    PGresult* r =
        PQprepare(conn_, "raw",
                  "SELECT id, ts_rank(lexemes, q) AS r FROM knowledge_index, CAST($1 AS tsquery) q "
                  "WHERE lexemes @@ q ORDER BY r DESC LIMIT 20",
                  1, nullptr);
    if (PQresultStatus(r) != PGRES_COMMAND_OK) die(PQerrorMessage(conn_));
    PQclear(r);
  }
  ~RawTsvector() override { PQfinish(conn_); }
  std::size_t run(const std::vector<std::string>& terms) override {
    std::string query;
    for (const auto& t : terms) query += (query.empty() ? "'" : " | '") + t + "'";
    const char* values[] = {query.c_str()};
    PGresult* r = PQexecPrepared(conn_, "raw", 1, values, nullptr, nullptr, 0);
    if (PQresultStatus(r) != PGRES_TUPLES_OK) die(PQerrorMessage(conn_));
    std::size_t n = std::size_t(PQntuples(r));
    PQclear(r);
    return n;
  }

 private:
  PGconn* conn_;
};

double percentile(std::vector<double> v, double p) {
  if (v.empty()) return 0;
  std::sort(v.begin(), v.end());
  // Nearest rank.
  std::size_t rank = std::size_t(std::ceil(p / 100.0 * double(v.size())));
  return v[std::min(v.size() - 1, rank == 0 ? 0 : rank - 1)];
}

json::object summary(const std::vector<double>& v) {
  return json::object{{"runs", v.size()},
                      {"p50_ms", percentile(v, 50)},
                      {"p95_ms", percentile(v, 95)},
                      {"max_ms", v.empty() ? 0.0 : *std::max_element(v.begin(), v.end())}};
}

}  // namespace

int main(int argc, char** argv) {
  std::string url;
  std::size_t count = 100000, runs = 20;
  std::uint64_t seed = 1;
  bool keep = false, search_only = false;
  std::string results_file;
  CLI::App app{"Knowledge search benchmark"};
  app.add_option("--database", url,
                 "sqlite:///file (recreated) or postgresql:// server (a fresh database is made)")
      ->required();
  app.add_option("--items", count, "items to generate and index");
  app.add_option("--runs", runs, "timed runs of each query (after one warm-up)");
  app.add_option("--seed", seed, "generator seed");
  app.add_flag("--keep", keep, "keep the PostgreSQL database");
  app.add_flag("--search-only", search_only,
               "time searches on an SQLite file indexed by an earlier run");
  app.add_option("--results", results_file,
                 "write each query's total and first page (ids and scores) here");
  CLI11_PARSE(app, argc, argv);

  auto parsed = checked(storage::parse_database_url(url), "database URL");
  std::string dropped_name;
  std::string admin_url;
  if (search_only && parsed.dialect != storage::Dialect::sqlite)
    die("--search-only needs an SQLite file");
  if (parsed.dialect == storage::Dialect::sqlite) {
    if (!search_only)
      for (const char* suffix : {"", "-wal", "-shm"}) fs::remove(parsed.sqlite_path + suffix);
  } else {
    dropped_name = "cps_knowledge_bench_" + std::to_string(::getpid());
    admin_url = url;
    auto admin = checked(storage::Database::open(parsed, 1), "PostgreSQL");
    checked(admin->with_session([&](soci::session& s) { s << "CREATE DATABASE " + dropped_name; }),
            "create database");
    url = url.substr(0, url.rfind('/') + 1) + dropped_name;
    parsed = checked(storage::parse_database_url(url), "database URL");
  }
  auto db = checked(storage::Database::open(parsed, 2), "open");
  checked(storage::Migrator(*db, kShare / "migrations").apply(), "migrate");

  storage::SqlReferenceRepository reference_repository(*db);
  reference::ReferenceService reference(reference_repository);
  retrieval::Analyzer analyzer;
  auto thesaurus = checked(
      retrieval::Thesaurus::load(kShare / "knowledge" / "thesaurus.json", analyzer), "thesaurus");
  storage::SqlKnowledgeRepository repository(*db);
  knowledge::KnowledgeService service(repository, reference, analyzer, thesaurus);
  // The server's query sources, where installed: dictionaries and WordNet (default folders).
  auto sources_start = Clock::now();
  const auto dictionaries = retrieval::Dictionaries::load("/usr/share/dictd");
  const auto wordnet = retrieval::WordNet::load("/usr/share/wordnet");
  const double sources_ms = ms_since(sources_start);
  service.widen_queries_with({.dictionaries = &dictionaries, .wordnet = &wordnet});
  const accounts::Principal author = accounts::AccountService::command_line();

  Pools pools = load_pools(kShare / "demo" / "knowledge.json");
  Generator generator(pools, seed);

  // Analysis alone, on a sample: how much of an item's indexing time is the analyzer's.
  const std::size_t sample = std::min<std::size_t>(count, 2000);
  std::size_t generated_words = 0, versions = 0;
  auto analysis_start = Clock::now();
  for (std::size_t n = 0; n < sample; ++n) {
    auto input = generator.item(n);
    for (const auto& t : input.texts)
      generated_words += words(t.title) + words(t.summary) + words(t.body) + words(t.results) +
                         words(t.lessons) + words(t.transferability);
    versions += input.texts.size();
    auto index = service.index_of(input);
    volatile std::size_t fields = index.size();
    (void)fields;
  }
  double analysis_ms = ms_since(analysis_start);

  if (search_only) count = 0;
  std::cerr << "knowledge_bench: indexing " << count << " items into " << parsed.redacted << "\n";
  auto index_start = Clock::now();
  double generation_ms = 0;
  for (std::size_t n = 0; n < count; ++n) {
    auto g = Clock::now();
    auto input = generator.item(n);
    generation_ms += ms_since(g);
    checked(service.create(author, std::move(input)), "item " + std::to_string(n));
    if ((n + 1) % 5000 == 0 || n + 1 == count) {
      double s = ms_since(index_start) / 1000;
      std::cerr << "  " << (n + 1) << " items, " << s << " s, " << double(n + 1) / s
                << " items/s\n";
    }
  }
  double index_ms = ms_since(index_start) - generation_ms;

  // Search as a visitor, who sees published items: publishing goes straight to the table,
  // before the service has loaded its index (which then reads the statuses as they are).
  checked(db->with_session(
              [](soci::session& s) { s << "UPDATE knowledge_items SET status = 'published'"; }),
          "publish");
  // The reference: the database's own full-text index over the same index terms, built in
  // this run (the product does not keep one).
  std::cerr << "knowledge_bench: building the reference full-text index\n";
  auto reference_start = Clock::now();
  checked(db->with_session([&](soci::session& s) {
    if (parsed.dialect == storage::Dialect::sqlite) {
      s << "DROP TABLE IF EXISTS reference_fts";
      s << "CREATE VIRTUAL TABLE reference_fts USING fts5 (terms, content = 'knowledge_index', "
           "content_rowid = 'id', tokenize = \"unicode61 remove_diacritics 0 tokenchars '_'\")";
      s << "INSERT INTO reference_fts (reference_fts) VALUES ('rebuild')";
      s << "PRAGMA wal_checkpoint(TRUNCATE)";
    } else {
      // The terms as lexemes, verbatim: to_tsvector('simple', …) would split 'zc_cluster' at '_'.
      s << "ALTER TABLE knowledge_index DROP COLUMN IF EXISTS lexemes";
      s << "ALTER TABLE knowledge_index ADD COLUMN lexemes tsvector GENERATED ALWAYS AS "
           "(array_to_tsvector(string_to_array(terms, ' '))) STORED";
      s << "CREATE INDEX reference_lexemes ON knowledge_index USING GIN (lexemes)";
    }
    s << "ANALYZE";
  }),
          "reference index");
  double reference_ms = ms_since(reference_start);

  std::cerr << "knowledge_bench: loading the search index\n";
  const std::size_t rss_before = resident_bytes();
  auto load_start = Clock::now();
  auto loaded = checked(service.prepare_search(), "search index");
  double load_ms = ms_since(load_start);
  const std::size_t rss_after = resident_bytes();
  json::object sizes{{"items", loaded.items},
                     {"documents", loaded.documents},
                     {"distinct_terms", loaded.terms},
                     {"postings", loaded.postings},
                     {"load_seconds", load_ms / 1000},
                     {"reference_build_seconds", reference_ms / 1000},
                     {"index_resident_bytes", rss_after > rss_before ? rss_after - rss_before : 0},
                     {"dictionary_directions", dictionaries.directions().size()},
                     {"dictionaries_bytes", dictionaries.memory()},
                     {"wordnet_bytes", wordnet.memory()},
                     {"sources_load_seconds", sources_ms / 1000}};
  checked(db->with_session([&](soci::session& s) {
    long long rows = 0;
    s << "SELECT COUNT(*) FROM knowledge_index", soci::into(rows);
    sizes["index_rows"] = rows;
  }),
          "index rows");

  std::unique_ptr<RawQuery> raw;
  if (parsed.dialect == storage::Dialect::sqlite)
    raw = std::make_unique<RawFts5>(parsed.sqlite_path);
  else
    raw = std::make_unique<RawTsvector>(parsed.connect);

  std::cerr << "knowledge_bench: " << std::size(kQueries) << " queries × " << runs << " runs\n";
  const accounts::Principal visitor;
  std::map<std::string, std::vector<double>> service_times, raw_times;
  json::array per_query;
  std::ofstream results(results_file.empty() ? "/dev/null" : results_file);
  for (const auto& q : kQueries) {
    knowledge::SearchRequest request;
    request.q = q.text;
    request.language = q.language;
    auto parsed_query =
        checked(retrieval::parse_query(q.text, q.language, analyzer, thesaurus), "query");
    auto terms = analysed_terms(parsed_query);
    // Warm-up, and the figures of the query.
    auto first = checked(service.search(visitor, request), std::string("search ") + q.text);
    std::size_t raw_rows = raw->run(terms);
    results << q.language << " " << q.text << " total " << first.total << "\n";
    for (const auto& hit : first.hits)
      results << "  " << hit.item.id.value() << " " << hit.language << " "
              << fmt::format("{:.12g}", hit.score) << "\n";
    std::vector<double> own, plain;
    for (std::size_t r = 0; r < runs; ++r) {
      auto t = Clock::now();
      auto result = service.search(visitor, request);
      own.push_back(ms_since(t));
      if (!result) die("search failed");
      t = Clock::now();
      raw->run(terms);
      plain.push_back(ms_since(t));
    }
    for (const auto& key : {std::string(q.kind), std::string("all")}) {
      service_times[key].insert(service_times[key].end(), own.begin(), own.end());
      raw_times[key].insert(raw_times[key].end(), plain.begin(), plain.end());
    }
    std::string term_list;
    for (const auto& t : terms) term_list += (term_list.empty() ? "" : " ") + t;
    per_query.push_back(json::object{{"kind", q.kind},
                                     {"language", q.language},
                                     {"q", q.text},
                                     {"terms", term_list},
                                     {"total", first.total},
                                     {"raw_rows", raw_rows},
                                     {"service", summary(own)},
                                     {"raw", summary(plain)}});
    std::cerr << "  " << q.language << " " << q.text << ": " << first.total << " matches, p50 "
              << percentile(own, 50) << " ms (raw " << percentile(plain, 50) << " ms)\n";
  }
  raw.reset();

  json::object classes;
  for (const auto& [kind, times] : service_times) {
    auto own = summary(times), plain = summary(raw_times[kind]);
    double ratio50 = own["p50_ms"].as_double() / std::max(plain["p50_ms"].as_double(), 1e-9);
    double ratio95 = own["p95_ms"].as_double() / std::max(plain["p95_ms"].as_double(), 1e-9);
    classes[kind] = json::object{
        {"service", own}, {"raw", plain}, {"ratio_p50", ratio50}, {"ratio_p95", ratio95}};
  }

  long long database_bytes = 0;
  if (parsed.dialect == storage::Dialect::sqlite) {
    db.reset();
    for (const char* suffix : {"", "-wal"})
      if (fs::exists(parsed.sqlite_path + suffix))
        database_bytes += (long long)fs::file_size(parsed.sqlite_path + suffix);
  } else {
    checked(db->with_session([&](soci::session& s) {
      s << "SELECT pg_database_size(current_database())", soci::into(database_bytes);
    }),
            "size");
    db.reset();
    if (!keep) {
      auto admin = checked(storage::Database::open(*storage::parse_database_url(admin_url), 1),
                           "PostgreSQL");
      checked(admin->with_session([&](soci::session& s) { s << "DROP DATABASE " + dropped_name; }),
              "drop database");
    }
  }

  json::object out{
      {"backend", parsed.dialect == storage::Dialect::sqlite ? "sqlite" : "postgresql"},
      {"items", count},
      {"runs", runs},
      {"seed", seed},
      {"languages", std::size(kLanguages)},
      {"index_seconds", index_ms / 1000},
      {"items_per_second", double(count) / (index_ms / 1000)},
      {"analysis_items_per_second", double(sample) / (analysis_ms / 1000)},
      {"sample_words_per_version", versions > 0 ? double(generated_words) / double(versions) : 0.0},
      {"sample_versions_per_item", sample > 0 ? double(versions) / double(sample) : 0.0},
      {"database_bytes", database_bytes},
      {"index", sizes},
      {"classes", classes},
      {"queries", per_query},
  };
  std::cout << json::serialize(out) << "\n";
  return 0;
}
