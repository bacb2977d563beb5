// Times the economic complexity of regions and sectors (analytics::compute_complexity) on a
// synthetic 300 × 600 matrix and on the employment dataset of a database, and writes each
// input and its results as raw float64 files so that bench/complexity_numpy.py can time a
// numpy implementation on the very same numbers and compare the results.
//   complexity_bench --out DIR [--runs N] [--regions R --sectors S]
//                    [--database URL --dataset CODE]
// Prints one JSON object per line: {"case": ..., "median_ms": ..., "min_ms": ..., ...}.
#include <fmt/format.h>
#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <map>
#include <numbers>
#include <random>
#include <string>
#include <vector>

#include "analytics/complexity.hpp"
#include "domain/reference/reference_service.hpp"
#include "domain/statistics/statistics_service.hpp"
#include "storage/database.hpp"
#include "storage/database_url.hpp"
#include "storage/reference_repository_sql.hpp"
#include "storage/complexity_store_sql.hpp"
#include "storage/statistics_repository_sql.hpp"

namespace {

namespace fs = std::filesystem;
using namespace cps;
using Clock = std::chrono::steady_clock;

struct Options {
  fs::path out;
  int runs = 21;
  Eigen::Index regions = 300, sectors = 600;
  std::string database, dataset = "employment-nace";
};

// Uniform numbers in (0, 1) and standard normals from mt19937_64, whose output the C++
// standard fixes, so that the matrix is the same with any standard library.
class Random {
 public:
  explicit Random(std::uint64_t seed) : engine_(seed) {}
  double uniform() { return (double(engine_() >> 11) + 0.5) * 0x1.0p-53; }
  double normal() {
    double u = uniform(), v = uniform();
    return std::sqrt(-2.0 * std::log(u)) * std::cos(2.0 * std::numbers::pi * v);
  }

 private:
  std::mt19937_64 engine_;
};

// Employment of regions in sectors with a nested structure: each region has a capability
// and each sector a requirement in [0, 1]; a region employs people mostly in sectors whose
// requirement is below its capability. Sizes of regions and sectors and the noise are
// lognormal. Every row and column then has a revealed comparative advantage somewhere, and
// the ranking of regions differs from their size, so the network is connected and ECI has
// a spread.
Eigen::MatrixXd synthetic_employment(Eigen::Index regions, Eigen::Index sectors) {
  Random random(20240601);
  Eigen::VectorXd capability(regions), region_size(regions);
  Eigen::VectorXd requirement(sectors), sector_size(sectors);
  for (Eigen::Index r = 0; r < regions; ++r) {
    capability(r) = random.uniform();
    region_size(r) = std::exp(5.0 + 1.0 * random.normal());
  }
  for (Eigen::Index s = 0; s < sectors; ++s) {
    requirement(s) = random.uniform();
    sector_size(s) = std::exp(1.2 * random.normal());
  }
  Eigen::MatrixXd x(regions, sectors);
  for (Eigen::Index r = 0; r < regions; ++r)
    for (Eigen::Index s = 0; s < sectors; ++s) {
      double fit = 1.0 / (1.0 + std::exp(-12.0 * (capability(r) - requirement(s))));
      x(r, s) = region_size(r) * sector_size(s) * (0.05 + fit) * std::exp(0.6 * random.normal());
    }
  return x;
}

// Row-major float64, the layout numpy.fromfile(...).reshape(rows, cols) reads.
void write_matrix(const fs::path& file, const Eigen::MatrixXd& m) {
  Eigen::Matrix<double, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor> row_major = m;
  std::ofstream out(file, std::ios::binary);
  out.write(reinterpret_cast<const char*>(row_major.data()),
            std::streamsize(row_major.size() * sizeof(double)));
}

void write_results(const fs::path& dir, const std::string& name, const analytics::Complexity& c) {
  write_matrix(dir / (name + ".cpp.eci.f64"), c.eci);
  write_matrix(dir / (name + ".cpp.pci.f64"), c.pci);
  write_matrix(dir / (name + ".cpp.density.f64"), c.density);
  write_matrix(dir / (name + ".cpp.cog.f64"), c.cog);
}

long peak_rss_kib() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return usage.ru_maxrss;
}

struct Timing {
  double median_ms = 0, min_ms = 0;
};

// Runs `work` once to warm up, then `runs` times.
template <class Work>
Timing time_runs(int runs, Work&& work) {
  work();
  std::vector<double> ms;
  for (int i = 0; i < runs; ++i) {
    auto start = Clock::now();
    work();
    ms.push_back(std::chrono::duration<double, std::milli>(Clock::now() - start).count());
  }
  std::sort(ms.begin(), ms.end());
  return {ms[ms.size() / 2], ms.front()};
}

int bench_matrix(const Options& options, const std::string& name, const Eigen::MatrixXd& values,
                 const std::string& extra) {
  long baseline = peak_rss_kib();
  auto first = analytics::compute_complexity(values);
  if (!first) {
    fmt::print(stderr, "complexity_bench: {}: {}\n", name, first.error().message);
    return 1;
  }
  write_matrix(options.out / (name + ".values.f64"), values);
  write_results(options.out, name, *first);
  Timing t = time_runs(options.runs, [&] {
    auto c = analytics::compute_complexity(values);
    if (!c) std::abort();
  });
  fmt::print(
      "{{\"case\": \"{}\", \"implementation\": \"cpp\", \"regions\": {}, \"sectors\": {}, "
      "\"runs\": {}, \"median_ms\": {:.4f}, \"min_ms\": {:.4f}, \"baseline_rss_kib\": {}, "
      "\"peak_rss_kib\": {}, \"file\": \"{}\"{}}}\n",
      name, values.rows(), values.cols(), options.runs, t.median_ms, t.min_ms, baseline,
      peak_rss_kib(), (options.out / (name + ".values.f64")).string(), extra);
  return 0;
}

// The regions × sectors matrix StatisticsService::complexity analyses: its own selection of
// year, level-2 regions and sectors, filled from the same stored observations (missing
// figures as 0). The service's ECI must come out of it unchanged.
int bench_dataset(const Options& options) {
  auto url = storage::parse_database_url(options.database);
  if (!url) return fmt::print(stderr, "complexity_bench: {}\n", url.error().message), 1;
  auto db = storage::Database::open(*url, 1);
  if (!db) return fmt::print(stderr, "complexity_bench: {}\n", db.error().message), 1;
  storage::SqlReferenceRepository reference_repository(**db);
  reference::ReferenceService reference(reference_repository);
  storage::SqlStatisticsRepository statistics_repository(**db);
  storage::SqlComplexityStore store(**db);
  statistics::StatisticsService service(statistics_repository, store, reference);
  auto dataset = statistics_repository.dataset_by_code(options.dataset);
  if (!dataset || !*dataset)
    return fmt::print(stderr, "complexity_bench: no dataset {}\n", options.dataset), 1;
  const std::int64_t id = (*dataset)->id;

  auto product = service.complexity(id, std::nullopt, 2);
  if (!product) return fmt::print(stderr, "complexity_bench: {}\n", product.error().message), 1;
  std::map<std::string, Eigen::Index> row, column;
  for (std::size_t i = 0; i < product->regions.size(); ++i)
    row[product->regions[i]] = Eigen::Index(i);
  for (std::size_t j = 0; j < product->sectors.size(); ++j)
    column[product->sectors[j]] = Eigen::Index(j);
  statistics::ObservationQuery q;
  q.year = product->year;
  q.limit = 10000;
  Eigen::MatrixXd values =
      Eigen::MatrixXd::Zero(Eigen::Index(row.size()), Eigen::Index(column.size()));
  for (std::size_t offset = 0;; offset += q.limit) {
    q.offset = offset;
    auto page = service.observations(id, std::nullopt, q);
    if (!page) return fmt::print(stderr, "complexity_bench: {}\n", page.error().message), 1;
    for (const auto& o : *page) {
      auto r = row.find(o.region);
      auto c = column.find(o.sector);
      if (r != row.end() && c != column.end() && o.value) values(r->second, c->second) = *o.value;
    }
    if (page->size() < q.limit) break;
  }
  auto again = analytics::compute_complexity(values);
  bool same = again && again->eci == product->result.eci && again->cog == product->result.cog;
  if (!same) {
    fmt::print(stderr, "complexity_bench: the matrix is not the one the service analyses\n");
    return 1;
  }
  Timing service_time = time_runs(options.runs, [&] {
    auto c = service.complexity(id, std::nullopt, 2);
    if (!c) std::abort();
  });
  return bench_matrix(options, "real", values,
                      fmt::format(", \"year\": {}, \"service_median_ms\": {:.4f}, "
                                  "\"service_min_ms\": {:.4f}",
                                  product->year, service_time.median_ms, service_time.min_ms));
}

}  // namespace

int main(int argc, char** argv) {
  Options options;
  std::vector<std::string> args(argv + 1, argv + argc);
  for (std::size_t i = 0; i + 1 < args.size(); i += 2) {
    const std::string& flag = args[i];
    const std::string& value = args[i + 1];
    if (flag == "--out")
      options.out = value;
    else if (flag == "--runs")
      options.runs = std::stoi(value);
    else if (flag == "--regions")
      options.regions = std::stol(value);
    else if (flag == "--sectors")
      options.sectors = std::stol(value);
    else if (flag == "--database")
      options.database = value;
    else if (flag == "--dataset")
      options.dataset = value;
    else
      return fmt::print(stderr, "complexity_bench: unknown option {}\n", flag), 2;
  }
  if (options.out.empty() || args.size() % 2 != 0 || options.runs < 1) {
    fmt::print(stderr,
               "usage: complexity_bench --out DIR [--runs N] [--regions R --sectors S] "
               "[--database URL --dataset CODE]\n");
    return 2;
  }
  fs::create_directories(options.out);
  // One case per process, so that each peak resident size is that case's alone.
  if (!options.database.empty()) return bench_dataset(options);
  return bench_matrix(options, "synthetic", synthetic_employment(options.regions, options.sectors),
                      "");
}
