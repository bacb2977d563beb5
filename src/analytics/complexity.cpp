#include "analytics/complexity.hpp"

#include <Eigen/Eigenvalues>
#include <bit>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <limits>
#include <optional>
#include <vector>

namespace cps::analytics {

namespace {

// Population standard deviation (ddof = 0), as numpy's default.
double population_sd(const Eigen::VectorXd& v) {
  double mean = v.mean();
  return std::sqrt((v.array() - mean).square().mean());
}

double correlation(const Eigen::VectorXd& a, const Eigen::VectorXd& b) {
  Eigen::ArrayXd da = a.array() - a.mean();
  Eigen::ArrayXd db = b.array() - b.mean();
  return (da * db).sum() / std::sqrt(da.square().sum() * db.square().sum());
}

// Solves (T − σI) y = b in place for the symmetric tridiagonal T with diagonal d and
// sub-diagonal e, by Gaussian elimination with partial pivoting (as LAPACK's dgtsv). A zero
// pivot, which a shift at an eigenvalue can make, is replaced by a tiny one: inverse
// iteration only needs the direction of y.
void solve_shifted_tridiagonal(const Eigen::VectorXd& d, const Eigen::VectorXd& e, double sigma,
                               Eigen::VectorXd& b) {
  const Eigen::Index n = d.size();
  const double tiny = std::numeric_limits<double>::epsilon() *
                      std::max(d.cwiseAbs().maxCoeff() + std::abs(sigma), 1e-300);
  Eigen::VectorXd diag = d.array() - sigma, upper = e, lower = e;
  Eigen::VectorXd upper2 = Eigen::VectorXd::Zero(n);  // fill-in from row interchanges
  for (Eigen::Index i = 0; i + 1 < n; ++i) {
    if (std::abs(diag(i)) >= std::abs(lower(i))) {
      if (diag(i) == 0) diag(i) = tiny;
      double factor = lower(i) / diag(i);
      diag(i + 1) -= factor * upper(i);
      b(i + 1) -= factor * b(i);
    } else {
      double factor = diag(i) / lower(i);
      diag(i) = lower(i);
      double next = diag(i + 1);
      diag(i + 1) = upper(i) - factor * next;
      if (i + 2 < n) {
        upper2(i) = upper(i + 1);
        upper(i + 1) = -factor * upper2(i);
      }
      upper(i) = next;
      std::swap(b(i), b(i + 1));
      b(i + 1) -= factor * b(i);
    }
  }
  if (diag(n - 1) == 0) diag(n - 1) = tiny;
  for (Eigen::Index i = n - 1; i >= 0; --i) {
    double sum = b(i);
    if (i + 1 < n) sum -= upper(i) * b(i + 1);
    if (i + 2 < n) sum -= upper2(i) * b(i + 2);
    b(i) = sum / diag(i);
  }
}

struct Eigenpair {
  double value = 0;
  Eigen::VectorXd vector;  // unit length
};

// The eigenpair of the second largest eigenvalue of a symmetric matrix given by its lower
// triangle, or none when the eigenvalues cannot be computed. Only this one eigenvector is
// needed, so the eigenvalues come from the tridiagonal form alone and the vector from
// inverse iteration on it, instead of accumulating all n eigenvectors.
std::optional<Eigenpair> second_eigenpair(const Eigen::MatrixXd& lower) {
  const Eigen::Index n = lower.rows();
  Eigen::Tridiagonalization<Eigen::MatrixXd> tridiagonal(lower);
  Eigen::VectorXd d = tridiagonal.diagonal();
  Eigen::VectorXd e = tridiagonal.subDiagonal();
  Eigen::SelfAdjointEigenSolver<Eigen::MatrixXd> values;
  values.computeFromTridiagonal(d, e, Eigen::EigenvaluesOnly);
  if (values.info() != Eigen::Success) return std::nullopt;
  // Eigenvalues come in increasing order: the second largest is next to last.
  Eigenpair out;
  out.value = values.eigenvalues()(n - 2);
  // The shift is the computed eigenvalue itself, so each step multiplies the wanted
  // direction by about 1/ε against the others; three steps leave nothing of them.
  Eigen::VectorXd y = Eigen::VectorXd::LinSpaced(n, 1.0, 2.0);
  for (int step = 0; step < 3; ++step) {
    solve_shifted_tridiagonal(d, e, out.value, y);
    if (!y.allFinite() || y.norm() == 0) return std::nullopt;
    y.normalize();
  }
  out.vector = tridiagonal.matrixQ() * y;
  out.vector.normalize();
  return out;
}

// The eigenvector of Mpp = D_p⁻¹ Mᵀ D_c⁻¹ M for its second largest eigenvalue, normalised,
// or none when the solver fails. Mpp is similar to the symmetric S = AᵀA with
// A = D_c^-½ M D_p^-½, so its eigenvalues are real and its eigenvectors are D_p^-½ times
// those of S. With fewer locations than products the smaller A Aᵀ has the same non-zero
// eigenvalues, and Aᵀw is an eigenvector of S for each eigenvector w of A Aᵀ; the product
// side is solved directly when it is the smaller one or the second eigenvalue is zero.
std::optional<Eigen::VectorXd> second_eigenvector(const Eigen::MatrixXd& mcp,
                                                  const Eigen::VectorXd& diversity,
                                                  const Eigen::VectorXd& ubiquity) {
  const Eigen::Index nc = mcp.rows(), np = mcp.cols();
  Eigen::VectorXd inv_sqrt_u = ubiquity.array().rsqrt();
  Eigen::MatrixXd a =
      diversity.array().rsqrt().matrix().asDiagonal() * mcp * inv_sqrt_u.asDiagonal();
  Eigen::VectorXd v;
  if (nc < np) {
    // Only the lower triangle is computed; nothing else is read.
    Eigen::MatrixXd t = Eigen::MatrixXd::Zero(nc, nc);
    t.selfadjointView<Eigen::Lower>().rankUpdate(a);
    // The largest eigenvalue is 1 (its eigenvector of Mpp is constant).
    if (auto pair = second_eigenpair(t); pair && pair->value > 1e-9)
      v = a.transpose() * pair->vector;
  }
  if (v.size() == 0) {
    Eigen::MatrixXd s = Eigen::MatrixXd::Zero(np, np);
    s.selfadjointView<Eigen::Lower>().rankUpdate(a.transpose());
    auto pair = second_eigenpair(s);
    if (!pair) return std::nullopt;
    v = std::move(pair->vector);
  }
  Eigen::VectorXd kp = inv_sqrt_u.asDiagonal() * v;
  kp.normalize();
  return kp;
}

// Ones in a 0/1 matrix, one bit per row, column by column.
struct ColumnBits {
  Eigen::Index words = 0;
  std::vector<std::uint64_t> bits;
  const std::uint64_t* column(Eigen::Index j) const { return bits.data() + j * words; }
};

ColumnBits column_bits(const Eigen::MatrixXd& m) {
  ColumnBits out;
  out.words = (m.rows() + 63) / 64;
  out.bits.assign(std::size_t(m.cols() * out.words), 0);
  for (Eigen::Index j = 0; j < m.cols(); ++j)
    for (Eigen::Index i = 0; i < m.rows(); ++i)
      if (m(i, j) != 0) out.bits[std::size_t(j * out.words + i / 64)] |= 1ULL << (i % 64);
  return out;
}

// Rows where both columns have a one. Built twice on x86-64, with and without the
// popcount instruction, and chosen when the program loads.
#if defined(__x86_64__)
__attribute__((target_clones("popcnt", "default")))
#endif
int common_ones(const std::uint64_t* a, const std::uint64_t* b, Eigen::Index words) {
  int n = 0;
  for (Eigen::Index w = 0; w < words; ++w) n += std::popcount(a[w] & b[w]);
  return n;
}

// sum[r] = Σ_k matrix[columns[k] * stride + r] for r < rows: some columns of a slice of a
// column-major matrix, added up in the order given (so every build gives the same sums).
// The hot loop of density and COG: blocks of 32 (then 4) rows stay in registers while the
// columns stream past. Built twice on x86-64, with and without AVX2, and chosen when the program
// loads.
#if defined(__x86_64__)
__attribute__((target_clones("avx2", "default")))
#endif
void add_columns(const double* matrix, Eigen::Index stride, Eigen::Index rows,
                 const Eigen::Index* columns, Eigen::Index count, double* sum) {
  using Lanes = double __attribute__((vector_size(32)));
  constexpr Eigen::Index kBlock = 32, kLanes = 4;
  Eigen::Index r = 0;
  for (; r + kBlock <= rows; r += kBlock) {
    Lanes block[kBlock / kLanes] = {};
    for (Eigen::Index k = 0; k < count; ++k) {
      const double* column = matrix + columns[k] * stride + r;
#pragma GCC unroll 8
      for (Eigen::Index l = 0; l < kBlock / kLanes; ++l) {
        Lanes v;
        std::memcpy(&v, column + l * kLanes, sizeof v);
        block[l] += v;
      }
    }
    std::memcpy(sum + r, block, sizeof block);
  }
  for (; r + kLanes <= rows; r += kLanes) {
    Lanes lanes = {};
    for (Eigen::Index k = 0; k < count; ++k) {
      Lanes v;
      std::memcpy(&v, matrix + columns[k] * stride + r, sizeof v);
      lanes += v;
    }
    std::memcpy(sum + r, &lanes, sizeof lanes);
  }
  for (; r < rows; ++r) {
    double s = 0;
    for (Eigen::Index k = 0; k < count; ++k) s += matrix[columns[k] * stride + r];
    sum[r] = s;
  }
}

}  // namespace

Result<Complexity> compute_complexity(const Eigen::MatrixXd& x, const ComplexityOptions& options) {
  const Eigen::Index nc = x.rows(), np = x.cols();
  if (nc < 2 || np < 2)
    return fail(ErrorKind::unprocessable, "Complexity needs at least two regions and two sectors.");
  if (!x.allFinite() || (x.array() < 0).any())
    return fail(ErrorKind::unprocessable,
                "Complexity needs values that are numbers and not negative.");
  Eigen::VectorXd location_total = x.rowwise().sum();
  Eigen::RowVectorXd product_total = x.colwise().sum();
  double total = x.sum();
  if ((location_total.array() <= 0).any() || (product_total.array() <= 0).any())
    return fail(ErrorKind::unprocessable,
                "Every region and every sector needs some value for complexity.");

  Complexity out;
  out.rca =
      (x.array().colwise() / location_total.array()).rowwise() / (product_total.array() / total);
  out.mcp = (out.rca.array() >= options.rca_threshold).cast<double>();
  out.diversity = out.mcp.rowwise().sum();
  out.ubiquity = out.mcp.colwise().sum().transpose();
  if ((out.diversity.array() == 0).any() || (out.ubiquity.array() == 0).any())
    return fail(ErrorKind::unprocessable,
                "Some region has no sector with a comparative advantage, or some sector has none "
                "anywhere.");

  auto kp = second_eigenvector(out.mcp, out.diversity, out.ubiquity);
  if (!kp) return fail(ErrorKind::unprocessable, "The complexity network has no solution.");
  Eigen::VectorXd kc = (out.mcp * *kp).cwiseQuotient(out.diversity);
  double corr = correlation(out.diversity, kc);
  if (!std::isfinite(corr) || corr == 0)
    return fail(ErrorKind::unprocessable, "The regions do not differ in complexity.");
  double sign = corr > 0 ? 1.0 : -1.0;
  Eigen::VectorXd eci_raw = sign * kc;
  Eigen::VectorXd pci_raw = sign * *kp;
  double eci_mean = eci_raw.mean(), eci_sd = population_sd(eci_raw);
  if (!(eci_sd > 0))
    return fail(ErrorKind::unprocessable, "The regions do not differ in complexity.");
  out.eci = (eci_raw.array() - eci_mean) / eci_sd;
  out.pci = (pci_raw.array() - eci_mean) / eci_sd;

  // Proximity: co-occurrence over the larger ubiquity (the minimum of both conditional
  // probabilities), counted exactly on bit sets. The diagonal stays 1, as in the
  // reference: a sector's own presence counts towards its density.
  ColumnBits present = column_bits(out.mcp);
  out.proximity.resize(np, np);
  for (Eigen::Index q = 0; q < np; ++q)
    for (Eigen::Index p = q; p < np; ++p)
      out.proximity(p, q) = out.proximity(q, p) =
          common_ones(present.column(p), present.column(q), present.words) /
          std::max(out.ubiquity(p), out.ubiquity(q));
  // Every sector is present somewhere, so the diagonal makes these sums at least 1.
  Eigen::VectorXd proximity_sum = out.proximity.colwise().sum().transpose();

  // Density = Σ_i M_ci φ_ij / Σ_i φ_ij. COG of an absent sector q is Σ over the absent p of
  // φ_pq g_p with g = s·kp / Σ_j φ_pj: all p (one product h = φ g) less the present ones.
  // With M 0/1 and φ symmetric, both sums over present sectors add up columns of
  // [φ; φ diag(g)], one column per present sector of the region. They go through that
  // matrix a slice of rows at a time, small enough to stay in the processor's cache while
  // every region uses it.
  Eigen::VectorXd gain = pci_raw.cwiseQuotient(proximity_sum);
  Eigen::VectorXd gain_all = out.proximity * gain;
  Eigen::MatrixXd stacked(2 * np, np);
  stacked.topRows(np) = out.proximity;
  stacked.bottomRows(np) = out.proximity * gain.asDiagonal();
  std::vector<Eigen::Index> first(std::size_t(nc) + 1), present_sectors;
  for (Eigen::Index c = 0; c < nc; ++c) {
    first[std::size_t(c)] = Eigen::Index(present_sectors.size());
    for (Eigen::Index i = 0; i < np; ++i)
      if (out.mcp(c, i) != 0) present_sectors.push_back(i);
  }
  first[std::size_t(nc)] = Eigen::Index(present_sectors.size());
  constexpr Eigen::Index kSliceRows = 64;
  Eigen::MatrixXd sums(2 * np, nc);
  for (Eigen::Index r = 0; r < 2 * np; r += kSliceRows)
    for (Eigen::Index c = 0; c < nc; ++c) {
      auto from = first[std::size_t(c)], to = first[std::size_t(c) + 1];
      add_columns(stacked.data() + r, 2 * np, std::min(kSliceRows, 2 * np - r),
                  present_sectors.data() + from, to - from, sums.col(c).data() + r);
    }
  Eigen::ArrayXXd absent = 1.0 - out.mcp.array();
  out.density = sums.topRows(np).transpose().array().rowwise() / proximity_sum.transpose().array();
  out.cog = absent *
            (gain_all.transpose().replicate(nc, 1) - sums.bottomRows(np).transpose()).array() /
            eci_sd;
  Eigen::VectorXd coi_raw =
      ((out.density.array() * absent).rowwise() * pci_raw.transpose().array()).rowwise().sum();

  double coi_sd = population_sd(coi_raw);
  out.coi = coi_sd > 0 ? Eigen::VectorXd((coi_raw.array() - coi_raw.mean()) / coi_sd)
                       : Eigen::VectorXd::Zero(nc);
  return out;
}

}  // namespace cps::analytics
