#include "chem/competitive_alkylation.hpp"

#include <cmath>

namespace chem {
namespace {

Outcome<double> checked_kappa(double kappa) {
  auto checked = check_quantity(kappa, kKappaRule);
  if (!checked.ok()) return checked.error();
  if (kappa < kMinKappa) return InputError{"kappa", "Rate ratio κ below 0.001 is outside this tool's range"};
  return kappa;
}

double consumed(double log_unreacted, double kappa) {
  const AlkylationDistribution d = distribution_at_log_unreacted(log_unreacted, kappa);
  return d.mono + 2 * d.bis;
}

// d(consumed)/du with u = ln a: x = 2 - 2a - P, dP/du = (kappa a^kappa - a)/(1 - kappa),
// written as a (h - a^(kappa-1)) with h = -expm1(t)/(kappa-1) near kappa = 1.
double consumed_slope(double u, double kappa) {
  const double a = std::exp(u);
  const double delta = kappa - 1;
  const double t = delta * u;
  double mono_slope;
  if (std::fabs(t) < 1) {
    const double h = -u * (t == 0 ? 1 : std::expm1(t) / t);
    mono_slope = a * (h - std::exp(t));
  } else {
    mono_slope = (kappa * std::exp(kappa * u) - a) / (1 - kappa);
  }
  return -2 * a - mono_slope;
}

}  // namespace

AlkylationDistribution distribution_at_log_unreacted(double u, double kappa) {
  const double a = std::exp(u);
  const double delta = kappa - 1;
  const double t = delta * u;
  double mono;
  if (std::fabs(t) < 1) {
    // P = -a u · expm1(t)/t: no cancellation as kappa -> 1, exact -a ln a at kappa = 1.
    const double ratio = t == 0 ? 1 : std::expm1(t) / t;
    mono = -a * u * ratio;
  } else {
    // Far from kappa = 1 the two powers differ by a factor e or more: no cancellation.
    mono = (std::exp(kappa * u) - a) / (1 - kappa);
  }
  if (mono < 0) mono = 0;
  double bis = 1 - a - mono;
  if (bis < 0) bis = 0;
  return {a, mono, bis};
}

Outcome<AlkylationDistribution> alkylation_distribution(double equivalents, double kappa) {
  double log_unreacted = 1;  // no guess: the solver starts mid-bracket
  return alkylation_distribution_from(equivalents, kappa, log_unreacted);
}

Outcome<AlkylationDistribution> alkylation_distribution_from(double equivalents, double kappa,
                                                             double& log_unreacted) {
  auto checked = checked_kappa(kappa);
  if (!checked.ok()) return checked.error();
  auto x = check_quantity(equivalents, kEquivRule);
  if (!x.ok()) return x.error();
  if (equivalents == 0) return AlkylationDistribution{1, 0, 0};
  if (equivalents == 2) return AlkylationDistribution{0, 0, 1};
  // x(u) falls from 2 (u -> -inf) to 0 (u = 0): bracket in u = ln a, then
  // Newton steps that fall back to bisection when they leave the bracket.
  double low = -1;
  while (consumed(low, kappa) < equivalents && low > -1e7) low *= 2;
  double high = 0;
  // A neighbouring point's answer is a few Newton steps from this one.
  double u = log_unreacted > low && log_unreacted < high ? log_unreacted : 0.5 * (low + high);
  for (int i = 0; i < 200; ++i) {
    const double residual = consumed(u, kappa) - equivalents;
    if (residual > 0) {
      low = u;
    } else {
      high = u;
    }
    if (residual == 0 || high - low <= 1e-15 * (1 + std::fabs(u))) break;
    const double slope = consumed_slope(u, kappa);
    double next = slope != 0 ? u - residual / slope : 0.5 * (low + high);
    if (!(next > low && next < high)) next = 0.5 * (low + high);
    if (std::fabs(next - u) <= 1e-15 * (1 + std::fabs(u))) {
      u = next;
      break;
    }
    u = next;
  }
  log_unreacted = u;
  return distribution_at_log_unreacted(u, kappa);
}

Outcome<DistributionCurve> distribution_curve(double kappa, int points) {
  auto checked = checked_kappa(kappa);
  if (!checked.ok()) return checked.error();
  if (points < 2 || points > 100000) return InputError{"points", "A curve needs 2 to 100000 points"};
  DistributionCurve curve;
  double log_unreacted = 1;  // each point starts from the one before
  for (int i = 0; i < points; ++i) {
    const double x = 2.0 * i / (points - 1);
    const AlkylationDistribution d = alkylation_distribution_from(x, kappa, log_unreacted).value();
    curve.equivalents.push_back(x);
    curve.unreacted.push_back(d.unreacted);
    curve.mono.push_back(d.mono);
    curve.bis.push_back(d.bis);
  }
  return curve;
}

const ModelCard& alkylation_model() {
  static const ModelCard card{
      "competitive-consecutive-frost-schwemer",
      {
          "A + B -> P (k1), P + B -> Q (k2), kappa = k2/k1 per molecule: k1 counts both NH of the diamine, "
          "k2 the "
          "one left on P; two equal independent sites give kappa = 0.5 (per-site ratio 2 kappa).",
          "Closed form of Frost and Schwemer, J. Am. Chem. Soc. 1952, 74, 1268; the electrophile is used up.",
          "Perfect mixing: poor mixing lowers the mono selectivity below these numbers.",
          "The amines stay free: HX released by an alkyl halide must be taken up by a base, or it protonates "
          "an "
          "amine and the model no longer applies.",
      }};
  return card;
}

}  // namespace chem
