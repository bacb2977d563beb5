// Importing and reading datasets. Imports check every row against the reference regions:
// codes of the programme area are kept, codes of the other European NUTS regions are kept as
// reference data (compared in the European scope, never partners), other codes of other
// countries are counted as outside, and anything else (an older NUTS vintage, a typo) is
// reported by line and column.
#pragma once

#include <functional>
#include <istream>
#include <map>
#include <memory>
#include <span>
#include <string>
#include <vector>

#include "analytics/cluster_mapping.hpp"
#include "analytics/complexity.hpp"
#include "analytics/similarity.hpp"
#include "core/error.hpp"
#include "domain/accounts/accounts.hpp"
#include "domain/reference/reference_service.hpp"
#include "domain/statistics/complexity_store.hpp"
#include "domain/statistics/statistics_repository.hpp"
#include "readers/readers.hpp"

namespace cps::statistics {

enum class InvalidRows { refuse_file, skip };

struct ImportRequest {
  Dataset dataset;  // code, title, unit, source, licence
  std::string file_name;
  std::string sector_dimension;  // the dimension holding sectors ("nace_r2"); "" for none
  // Only rows with these dimension values (e.g. age=Y_GE15, unit=THS); the dimensions not
  // selected and not the sector make up each row's breakdown.
  std::map<std::string, std::string> select;
  InvalidRows invalid_rows = InvalidRows::refuse_file;
  NegativeValues negative_values = NegativeValues::refused;
};

// Selections typed as dimension=value (one per entry; empty entries skipped) into a map.
// Fails (invalid, naming "select") for an entry without a dimension or a value.
Result<std::map<std::string, std::string>> parse_selections(const std::vector<std::string>& texts);

struct ImportReport {
  DatasetVersion version;
  std::vector<Issue> issues;     // problems found (the rows were left out, or nothing stored)
  std::size_t outside_area = 0;  // rows of no known region (other countries' codes, extra-regio)
  std::size_t reference = 0;     // rows of European regions outside the programme area, kept
  std::size_t not_selected = 0;
  std::size_t renamed = 0;     // rows under an older NUTS code, stored under the 2021 code
  std::size_t superseded = 0;  // rows under an older code the file also has under the new one
};

// One region's clusters in one year: every sector with its figures and stars, compared
// with all regions of the same level that have data.
// The cluster figures of one region in one sector, as the European Cluster Observatory
// counts them: what a region's view and a sector's view both show for each row.
struct ClusterFigures {
  double employment = 0;
  double share = 0;
  double lq = 0;
  bool size = false, specialisation = false, focus = false;
  int stars = 0;
  std::optional<double> cagr;  // yearly growth since the dataset's first year
};

// What every view of the clusters states about the figures it compares.
struct ClusterComparison {
  Dataset dataset;
  int year = 0;
  int first_year = 0;
  std::size_t regions_compared = 0;
  analytics::ClusterThresholds thresholds;
  Scope scope = Scope::programme;
};

struct SectorCluster : ClusterFigures {
  std::string sector;
  std::optional<double> growth;  // absolute, since first_year
};

struct RegionClusters : ClusterComparison {
  std::string region;
  std::vector<SectorCluster> sectors;  // by stars, then location quotient
};

// Values of one year by region (rows) and sector (columns), NaN where missing.
struct SectorMatrix {
  Dataset dataset;
  DatasetVersion version;
  int year = 0;
  Scope scope = Scope::programme;
  std::vector<std::string> regions;
  std::vector<std::string> sectors;
  Eigen::MatrixXd values;
};


// Which indicators structural benchmarking compares regions by.
// employment: people in employment per 100 inhabitants.
enum class Indicators : unsigned { structure = 1, prosperity = 2, size = 4, employment = 8, all = 15 };

struct SimilarRegion {
  std::string region;
  double distance = 0;
  std::size_t compared = 0;  // indicators known for both regions
  bool in_programme_area = true;  // false: a European region, for comparison only
};

struct SimilarRegions {
  std::string region;
  Scope scope = Scope::programme;
  int year = 0;
  std::vector<std::string> indicators;  // names of the indicators used
  std::size_t regions_compared = 0;
  std::vector<SimilarRegion> nearest;  // nearest first
};

// One figure for every NUTS 2 region that has it, for maps: gdp (GDP per inhabitant), jobs
// (people in employment, thousands), employment-rate (people in employment per 100
// inhabitants), eci (economic complexity) or lq:<sector> (location quotient of a sector).
struct IndicatorMap {
  std::string indicator;
  Scope scope = Scope::programme;
  int year = 0;
  std::string source;
  std::map<std::string, double> values;  // region code → value
};

// One region's figures in one sector, for the sector's view.
struct RegionInSector : ClusterFigures {
  std::string region;
};

// Where a sector is strongest and most specialised among the regions of one level, and
// which sectors it is most related to (proximity: how often regions specialise in both).
struct SectorProfile : ClusterComparison {
  std::string sector;
  double employment = 0;  // over the regions compared
  std::vector<RegionInSector> regions;  // most jobs first
  std::optional<double> pci;            // none when the complexity network is degenerate
  std::optional<double> ubiquity;
  std::vector<std::pair<std::string, double>> related;  // other sectors, most related first
};

// The sectors of a dataset as a network: proximity between every pair, with each sector's
// complexity, ubiquity and jobs over the regions of one level.
struct SectorNetwork {
  Dataset dataset;
  int year = 0;
  int level = 2;
  Scope scope = Scope::programme;
  std::vector<std::string> sectors;
  Eigen::VectorXd employment;
  Eigen::VectorXd pci;
  Eigen::VectorXd ubiquity;
  Eigen::MatrixXd proximity;
};

// A region's figure over the years of a dataset.
struct Series {
  std::string dataset;  // code
  std::string source;
  std::vector<std::pair<int, double>> points;  // year, value; years without a value left out
};

struct RegionTrend {
  std::optional<Series> jobs;  // people in employment, thousands
  std::optional<Series> gdp;   // GDP per inhabitant, euro
};

// A region's place among the regions of its country and level in one indicator.
struct CountryRank {
  std::string indicator;  // as in IndicatorMap
  int year = 0;
  double value = 0;
  int rank = 0;  // 1 = highest
  int of = 0;
};

// What a recomputation did: how many results it kept, and which year and level of which
// dataset it could not compute (too few regions, a degenerate network) and why.
struct RecomputeReport {
  struct LeftOut {
    std::string dataset;
    int year = 0;
    int level = 0;
    Scope scope = Scope::programme;
    std::string reason;  // English message id
  };
  std::size_t computed = 0;
  std::vector<LeftOut> left_out;
};

using ImportProgress = std::function<void(std::size_t done, std::size_t total, const char* step)>;

inline constexpr Scope kEveryScope[] = {Scope::programme, Scope::europe};

class StatisticsService {
 public:
  static constexpr std::size_t kMaxIssues = 200;

  StatisticsService(StatisticsRepository& repository, ComplexityStore& store,
                    reference::ReferenceService& reference);

  // Imports a file of any format as a new version, in one transaction. Only platform
  // administrators (and the command line) import. With InvalidRows::refuse_file, any issue
  // fails the import with kind unprocessable and stores nothing; the issues (at most
  // kMaxIssues) come back in `issues` either way. `progress` gets steps "read", "check",
  // "store"; for "read" done and total are bytes.
  Result<ImportReport> import_dataset(const accounts::Principal& who, FileFormat format,
                                      std::istream& in, std::size_t size,
                                      const ImportRequest& request, std::vector<Issue>& issues,
                                      const ImportProgress& progress = {});

  // The NUTS code changes imports apply. Only platform administrators change them: the new
  // code must be a NUTS 2 region of the programme area, the old one no current code.
  Result<std::vector<RegionCodeChange>> code_changes(const accounts::Principal& who);
  Status add_code_change(const accounts::Principal& who, RegionCodeChange change);
  Status remove_code_change(const accounts::Principal& who, std::string_view old_code);

  // What the administration page of datasets shows: every dataset with its versions, and the
  // NUTS code changes. Only for those who may import.
  struct Overview {
    std::vector<std::pair<Dataset, std::vector<DatasetVersion>>> datasets;
    std::vector<RegionCodeChange> code_changes;
  };
  Result<Overview> overview(const accounts::Principal& who);

  Result<std::vector<Dataset>> datasets();
  Result<Dataset> dataset(std::int64_t id);
  Result<std::vector<DatasetVersion>> versions(std::int64_t dataset);
  // Observations of a dataset's current version (or `version`), filtered, in pages.
  // The cluster mapping of a region (European Cluster Observatory method) from a dataset of
  // employment by sector; the latest year when `year` is not given.
  Result<RegionClusters> region_clusters(std::string_view region, std::int64_t dataset,
                                         std::optional<int> year,
                                         const analytics::ClusterThresholds& thresholds = {});

  // RCA, ECI, PCI, proximity, density, COI and COG (py-ecomplexity conventions) of the
  // regions of `level` in the scope, in a dataset of employment by sector; the latest year by
  // default. Served from the results kept for the dataset's current version and the scope;
  // computed and kept the first time they are asked for.
  Result<RegionalComplexity> complexity(std::int64_t dataset, std::optional<int> year, int level = 2,
                                        Scope scope = Scope::programme);
  // Computes and keeps the complexity of every year and NUTS level of the current version of
  // every dataset with sectors, in each of the scopes, replacing what was kept there.
  // Administrators and the command line.
  Result<RecomputeReport> recompute(const accounts::Principal& who, const ImportProgress& progress = {},
                                    std::span<const Scope> scopes = kEveryScope);

  // The k regions of the same level most alike in the chosen indicators: sector shares of
  // employment (structure), GDP per inhabitant (prosperity), jobs on a log scale (size), as
  // the datasets employment-nace and gdp-per-inhabitant hold them for their latest year;
  // among the regions of the programme area, or of all Europe (where `region` may also be a
  // European region outside the programme area).
  Result<SimilarRegions> similar_regions(std::string_view region, std::size_t k,
                                         unsigned indicators = unsigned(Indicators::all),
                                         Scope scope = Scope::programme);

  // Fails (invalid, naming "indicator") for an indicator it does not know, or "year" for a
  // year without figures.
  Result<IndicatorMap> indicator_map(std::string_view indicator, std::optional<int> year,
                                     Scope scope = Scope::programme);
  // The European regions outside the programme area that imports keep figures of, by code.
  Result<std::map<std::string, EuropeanRegion>> european_regions();
  // The sectors a dataset of employment by sector has, for choosing an indicator.
  Result<std::vector<std::string>> sectors();

  Result<std::vector<ObservationRecord>> observations(std::int64_t dataset,
                                                      std::optional<std::int64_t> version,
                                                      ObservationQuery query);
  // The same rows with how many the filters match over every page, for a paged list.
  Result<ObservationPage> observation_page(std::int64_t dataset, std::optional<std::int64_t> version,
                                           ObservationQuery query);

  // Where a sector of the employment dataset is strongest and most specialised among the
  // NUTS 2 regions, with its complexity and its most related sectors; the latest year by
  // default.
  Result<SectorProfile> sector_profile(std::string_view sector, std::optional<int> year,
                                       const analytics::ClusterThresholds& thresholds = {},
                                       Scope scope = Scope::programme);
  // Proximity between the sectors of a dataset of employment by sector (py-ecomplexity's
  // symmetric proximity), with each sector's PCI, ubiquity and jobs.
  Result<SectorNetwork> sector_network(std::int64_t dataset, std::optional<int> year, int level = 2,
                                       Scope scope = Scope::programme);
  // Jobs and GDP per inhabitant of a region over the years the datasets hold.
  Result<RegionTrend> region_trend(std::string_view region);
  // People in employment (15 and over, where they live) per 100 inhabitants, by region, in
  // the latest year (or `year`) the employment and both GDP datasets have: the population is
  // GDP in million euro divided by GDP per inhabitant. Empty when a dataset is missing.
  // Only the regions of the scope.
  Result<IndicatorMap> employment_rate(std::optional<int> year, Scope scope = Scope::programme);
  // The region's rank in its country (same level) in GDP per inhabitant, jobs, employment
  // rate and ECI, for the indicators that have figures for it.
  Result<std::vector<CountryRank>> country_ranks(std::string_view region);

 private:
  // The id of the dataset with this code; none when there is no such dataset.
  Result<std::optional<std::int64_t>> dataset_id(std::string_view code);
  // The current version of a dataset and the year asked for (its last year by default).
  Result<std::pair<DatasetVersion, int>> version_and_year(std::int64_t dataset, std::optional<int> year);
  Result<RegionalComplexity> compute_complexity(std::int64_t dataset, int year, int level, Scope scope);
  Status require_dataset_manager(const accounts::Principal& who) const;
  // The level of every region of the scope, by code.
  Result<std::map<std::string, int>> levels_in(Scope scope);
  Result<SectorMatrix> sector_matrix(std::int64_t dataset, std::optional<int> year, int level,
                                     Scope scope = Scope::programme);
  // The figure of each region in the observations `query` selects; rows without a value are
  // left out. Reads up to a million rows, whatever query.limit says.
  Result<std::map<std::string, double>> figures_by_region(ObservationQuery query);

  StatisticsRepository& repository_;
  ComplexityStore& store_;
  reference::ReferenceService& reference_;
  // Sector matrices already read, by dataset version, year, level and scope: a version's rows
  // never change (an import makes a new version), and structural benchmarking reads the same
  // matrix for every region it is asked about.
  struct MatrixCache;
  std::shared_ptr<MatrixCache> matrices_;
};

}  // namespace cps::statistics
