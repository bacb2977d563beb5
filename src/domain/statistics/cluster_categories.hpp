// Cluster categories of the NACE Rev. 2 divisions: which traded cluster (as the European
// Cluster Observatory and the U.S. Cluster Mapping name them: Automotive, Food Processing and
// Manufacturing …) each division mainly belongs to. Regional employment is published by NACE
// section, so a sector page lists the categories of the divisions inside its sections. The
// table ships with the program and administrators load or edit it; divisions without a row
// are local services that form no traded cluster.
#pragma once

#include <istream>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.hpp"
#include "domain/accounts/accounts.hpp"
#include "domain/statistics/statistics.hpp"
#include "readers/eurostat_tsv.hpp"

namespace cps::statistics {

struct ClusterCategory {
  std::string division;  // two digits, e.g. "29"
  char section = 'A';    // the NACE section the division is in, A–U
  std::string category;  // e.g. "Automotive"
};

// The NACE sections a sector code of the data stands for: "C" → C; "B-E" → B, C, D, E;
// "M_N" → M, N. Empty for codes that are no sections (TOTAL).
std::vector<char> sections_of(std::string_view sector);

// Reads `nace_division,section,category` lines (header required). Problems are reported by
// line and column; the rows come back only when there is none.
Result<std::vector<ClusterCategory>> read_cluster_categories(std::istream& in,
                                                             std::vector<Issue>& issues);

// Checks one row: a two-digit division, a section letter A–U, a category of 1–120 characters.
Status check_cluster_category(const ClusterCategory& row);

class ClusterCategoryRepository {
 public:
  virtual ~ClusterCategoryRepository() = default;
  virtual Result<std::vector<ClusterCategory>> all() = 0;  // by division
  // Replaces the whole table in one transaction.
  virtual Status replace_all(const std::vector<ClusterCategory>& rows) = 0;
  virtual Status put(const ClusterCategory& row) = 0;            // adds or changes a division's row
  virtual Result<bool> remove(const std::string& division) = 0;  // false when there was none
};

class ClusterCategoryService {
 public:
  explicit ClusterCategoryService(ClusterCategoryRepository& repository)
      : repository_(repository) {}

  Result<std::vector<ClusterCategory>> categories() { return repository_.all(); }
  // The categories of the divisions inside a sector of the data, by category.
  Result<std::vector<ClusterCategory>> categories_of_sector(std::string_view sector);

  // Administrators (and the command line) load, change and remove rows. A file with any
  // problem is refused whole; the problems come back in `issues`.
  Result<std::size_t> load(const accounts::Principal& who, std::istream& in,
                           std::vector<Issue>& issues);
  Status put(const accounts::Principal& who, const ClusterCategory& row);
  Status remove(const accounts::Principal& who, const std::string& division);

 private:
  ClusterCategoryRepository& repository_;
};

}  // namespace cps::statistics
