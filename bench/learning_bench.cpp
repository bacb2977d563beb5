// The learning engine's speed: recommendations for a region's needs on a demo database (made
// by `clusterpolisee demo`), then again once the knowledge base holds `--items` published
// items, each against the reference of the same run — one plain full-text search of the
// knowledge base for the need's words, the request a reader would otherwise make. Prints JSON.
#include <CLI/CLI.hpp>
#include <algorithm>
#include <chrono>
#include <iostream>
#include <random>

#include <boost/json.hpp>

#include "app/application.hpp"
#include "app/config.hpp"
#include "domain/accounts/account_service.hpp"

namespace {

using namespace cps;
namespace json = boost::json;
using Clock = std::chrono::steady_clock;

template <class T>
T checked(Result<T> r, const std::string& what) {
  if (!r) {
    std::cerr << "learning_bench: " << what << ": " << r.error().message << "\n";
    std::exit(1);
  }
  return std::move(*r);
}

void checked(Status r, const std::string& what) {
  if (!r) {
    std::cerr << "learning_bench: " << what << ": " << r.error().message << "\n";
    std::exit(1);
  }
}

double ms_since(Clock::time_point start) {
  return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

double percentile(std::vector<double> v, double p) {
  std::sort(v.begin(), v.end());
  return v[std::min(v.size() - 1, std::size_t(p * double(v.size() - 1) + 0.5))];
}

json::object summary(const std::vector<double>& v) {
  return json::object{{"p50_ms", percentile(v, 0.5)}, {"p95_ms", percentile(v, 0.95)},
                      {"max_ms", *std::max_element(v.begin(), v.end())}};
}

struct Timing {
  std::vector<double> engine, reference;
  std::size_t needs = 0, recommendations = 0;
};

// Each run: the engine's recommendations for every need of the region, then for reference a
// full-text search (page 1 of 10) for each need's title.
Timing time_region(app::Services& s, const std::string& region, std::size_t runs) {
  accounts::Principal visitor;
  learning::LearningRequest request;
  request.region = RegionCode(region);
  request.language = "en";
  Timing t;
  for (std::size_t run = 0; run <= runs; ++run) {
    auto start = Clock::now();
    auto found = checked(s.learning.recommendations(visitor, request), "recommendations");
    double engine = ms_since(start);
    start = Clock::now();
    for (const auto& need : found.needs) {
      knowledge::SearchRequest search;
      search.q = need.title;
      search.language = "en";
      search.per_page = 10;
      auto hits = s.knowledge.search(visitor, search);
      (void)hits;
    }
    double reference = ms_since(start);
    if (run == 0) {  // the warm-up
      t.needs = found.needs.size();
      for (const auto& n : found.needs) t.recommendations += n.recommendations.size();
      continue;
    }
    t.engine.push_back(engine);
    t.reference.push_back(reference);
  }
  return t;
}

json::object report(const Timing& t) {
  return json::object{{"needs", t.needs},
                      {"recommendations", t.recommendations},
                      {"engine", summary(t.engine)},
                      {"reference", summary(t.reference)},
                      {"ratio_p50", percentile(t.engine, 0.5) / std::max(1e-9, percentile(t.reference, 0.5))}};
}

}  // namespace

int main(int argc, char** argv) {
  std::string url, data_dir, region = "RO21";
  std::size_t items = 10000, runs = 30;
  CLI::App cli{"Learning engine benchmark"};
  cli.add_option("--database", url, "a demo database (clusterpolisee demo); items are added to it")->required();
  cli.add_option("--data-dir", data_dir, "the data folder of that database")->required();
  cli.add_option("--region", region, "the region whose needs are asked for");
  cli.add_option("--items", items, "published items the knowledge base holds in the second part");
  cli.add_option("--runs", runs, "timed runs (after one warm-up)");
  CLI11_PARSE(cli, argc, argv);

  app::SettingSources sources;
  sources.flags = {{"database", url}, {"data-dir", data_dir}, {"log-level", "warn"}};
  auto config = checked(app::load_config(sources), "configuration");
  auto services = checked(app::open_services(config), "services");
  auto& s = *services;
  checked(s.knowledge.prepare_search(), "search index");

  accounts::Principal visitor;
  knowledge::ItemFilter published;
  published.status = knowledge::ItemStatus::published;
  auto demo = checked(s.knowledge.list(visitor, published, "date", 500, 0), "demo items");
  std::size_t demo_items = demo.second;
  json::object out{{"region", region}, {"demo_items", demo_items}};
  out["demo"] = report(time_region(s, region, runs));

  // More published items: copies of the demo items under other slugs, spread over the
  // regions and areas of the demo items (deterministic), published straight in the table.
  std::mt19937_64 random(1);
  std::vector<std::string> regions, areas;
  for (const auto& i : demo.first) {
    for (const auto& r : i.content.regions) regions.push_back(r);
    for (const auto& a : i.content.areas) areas.push_back(a);
  }
  const auto author = accounts::AccountService::command_line();
  auto added_start = Clock::now();
  for (std::size_t n = demo_items; n < items; ++n) {
    auto input = demo.first[n % demo.first.size()].content;
    input.slug += "-" + std::to_string(n);
    if (!regions.empty()) input.regions = {regions[random() % regions.size()]};
    input.countries = {input.regions.empty() ? std::string("RO") : input.regions[0].substr(0, 2)};
    input.areas = {areas[random() % areas.size()]};
    input.contact_person.reset();
    input.contact_organisation.reset();
    for (auto& t : input.texts) t.title += " " + std::to_string(n);
    checked(s.knowledge.create(author, std::move(input)), "item " + std::to_string(n));
  }
  double added_ms = ms_since(added_start);
  checked(services.db->with_session([](soci::session& session) {
    session << "UPDATE knowledge_items SET status = 'published'";
  }),
          "publish");
  checked(s.knowledge.prepare_search(), "search index");
  auto all = checked(s.knowledge.list(visitor, published, "date", 1, 0), "items");
  out["items"] = all.second;
  out["items_added_seconds"] = added_ms / 1000;
  out["scaled"] = report(time_region(s, region, runs));
  std::cout << json::serialize(out) << "\n";
  return 0;
}
