// Mono- versus bis-alkylation of a symmetric diamine such as 1,4-diazepane.
//
// Consecutive competitive second-order reactions, perfect mixing, electrophile
// B fully consumed:  A + B -> P (k1),  P + B -> Q (k2),  kappa = k2 / k1.
// With a = [A]/[A]0 (unreacted diamine) the closed form (Frost & Schwemer,
// J. Am. Chem. Soc. 1952, 74, 1268) is
//   P = (a^kappa - a) / (1 - kappa)   (kappa != 1),   P = -a ln a   (kappa = 1),
//   Q = 1 - a - P,   equivalents of B consumed per A:  x = P + 2 Q.
// Two equal, independent amine sites give kappa = 0.5 (the statistical case,
// 25/50/25 at x = 1). Poor mixing lowers the mono selectivity below these
// numbers (Bałdyga & Bourne, Turbulent Mixing and Chemical Reactions, 1999).
#pragma once

#include <vector>

#include "chem/model_card.hpp"
#include "chem/number_input.hpp"
#include "chem/outcome.hpp"

namespace chem {

inline constexpr double kMinKappa = 0.001;
inline constexpr double kMaxKappa = 100;
inline constexpr double kStatisticalKappa = 0.5;
inline constexpr QuantityRule kKappaRule{"kappa", "Rate ratio κ = k2/k1", "", kMaxKappa};
inline constexpr QuantityRule kEquivRule{"equiv", "Equivalents of electrophile", "", 2, true};

struct AlkylationDistribution {
  double unreacted = 0;  // a: diamine left, fraction of diamine charged
  double mono = 0;       // P
  double bis = 0;        // Q
};

// The product distribution after x equivalents (0 <= x <= 2) of electrophile
// per diamine have reacted completely, for kappa in [0.001, 100].
Outcome<AlkylationDistribution> alkylation_distribution(double equivalents, double kappa);
// The same, with the solver started from `log_unreacted` (ln a of a
// neighbouring point, on a curve) and the answer's ln a written back: a few
// Newton steps a point instead of a search from scratch.
Outcome<AlkylationDistribution> alkylation_distribution_from(double equivalents, double kappa,
                                                             double& log_unreacted);

const ModelCard& alkylation_model();

// The closed form at a given unreacted fraction a, written through
// u = ln a so that tiny a (small kappa, x near 2) neither underflows nor loses
// digits near kappa = 1. Exposed for tests.
AlkylationDistribution distribution_at_log_unreacted(double log_unreacted, double kappa);

struct DistributionCurve {
  std::vector<double> equivalents, unreacted, mono, bis;
};

// `points` samples of x from 0 to 2 (for the plot).
Outcome<DistributionCurve> distribution_curve(double kappa, int points);

}  // namespace chem
