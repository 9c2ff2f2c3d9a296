// Benchmark of the model work a panel does per frame while a slider moves:
// prints figures (median of repeated runs), never pass/fail. Built natively
// and for WebAssembly; scripts/bench runs both.
#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <functional>
#include <vector>

#include "app/alkylation_state.hpp"
#include "app/cyclization_state.hpp"
#include "chem/cyclization.hpp"
#include "chem/cyclization_engine.hpp"
#include "chem/fits.hpp"

namespace {

// Median wall time of `repeats` runs of `work`, in microseconds.
double median_us(int repeats, const std::function<void()>& work) {
  std::vector<double> times;
  for (int i = 0; i < repeats; ++i) {
    const auto start = std::chrono::steady_clock::now();
    work();
    const auto end = std::chrono::steady_clock::now();
    times.push_back(std::chrono::duration<double, std::micro>(end - start).count());
  }
  std::nth_element(times.begin(), times.begin() + times.size() / 2, times.end());
  return times[times.size() / 2];
}

volatile double g_sink = 0;  // keeps the optimiser from dropping the work

}  // namespace

int main() {
  std::printf("%-58s %12s\n", "work", "median (µs)");
  std::printf("%-58s %12.1f\n", "alkylation: 400-point distribution curve (0-2 equiv)",
              median_us(50, [&] { g_sink = g_sink + chem::distribution_curve(0.5, 400).value().mono[200]; }));
  std::printf("%-58s %12.1f\n", "alkylation: 400-point excess curve (1-10 equiv)",
              median_us(50, [&] { g_sink = g_sink + chem::excess_curve(0.5, 400).value().mono_yield[200]; }));
  app::AlkylationInputs alkylation;
  std::printf("%-58s %12.1f\n", "alkylation panel: everything per frame", median_us(50, [&] {
                g_sink = g_sink + app::evaluate_alkylation(alkylation, nullptr).distribution.mono;
              }));
  const chem::SlowAdditionInput slow{0.05, 0.05, 1e-3, 8};
  std::printf("%-58s %12.1f\n", "cyclization: 200-point slow-addition curve (closed form)",
              median_us(200, [&] {
                auto curve = chem::slow_addition_yield_curve(slow, 0.01, 800, 200);
                g_sink = g_sink + curve.value().back().ring_yield;
              }));
  std::printf("%-58s %12.1f\n", "cyclization: 200 slow-addition points, DP5(4) integrated",
              median_us(20, [&] {
                double sum = 0;
                for (int i = 0; i < 200; ++i) {
                  chem::SlowAdditionInput input = slow;
                  input.addition_hours = 0.01 * std::pow(8e4, i / 199.0);
                  sum += chem::slow_addition_integrated(input).value().ring_yield;
                }
                g_sink = g_sink + sum;
              }));
  std::printf("%-58s %12.1f\n", "cyclization: 200-point batch curve", median_us(200, [&] {
                g_sink = g_sink + chem::batch_yield_curve(0.05, 1e-4, 1, 200).value().back().ring_yield;
              }));
  std::printf("%-58s %12.1f\n", "cyclization engine: one batch run (20-mers, tol 1e-9)", median_us(20, [&] {
                chem::EngineInput in;
                in.total_molar = 0.1;
                in.em_molar = 0.05;
                in.relative_tolerance = 1e-9;
                g_sink = g_sink + chem::run_cyclization_engine(in).value().ring_yield;
              }));
  std::printf("%-58s %12.1f\n", "cyclization engine: one 8 h syringe run with its course", median_us(20, [&] {
                chem::EngineInput in;
                in.total_molar = 0.05;
                in.em_molar = 0.05;
                in.k_intra_per_s = 1e-5;
                in.addition_hours = 8;
                in.relative_tolerance = 1e-9;
                in.course_points = 120;
                g_sink = g_sink + chem::run_cyclization_engine(in).value().ring_yield;
              }));
  // Fits, as a fit panel would refit them when an input changes.
  std::printf("%-58s %12.1f\n", "fit: EM from one batch yield", median_us(10, [&] {
                g_sink = g_sink + chem::fit_em({{0.05, 0.45}}).value().value.value_or(0);
              }));
  std::printf(
      "%-58s %12.1f\n", "fit: EM from three batch yields (least squares)", median_us(5, [&] {
        g_sink = g_sink + chem::fit_em({{0.01, 0.8}, {0.05, 0.46}, {0.2, 0.17}}).value().value.value_or(0);
      }));
  std::printf("%-58s %12.1f\n", "fit: EM, yield within error of 100 % (a bound)", median_us(10, [&] {
                g_sink = g_sink + chem::fit_em({{0.05, 0.99}}).value().range.lo.value_or(0);
              }));
  std::printf("%-58s %12.1f\n", "fit: k_intra from one 8 h syringe-pump yield", median_us(10, [&] {
                g_sink = g_sink + chem::fit_k_intra(0.1, 0.05, 8, 0.6).value().value.value_or(0);
              }));
  std::printf("%-58s %12.1f\n", "fit: k_intra, yield 0.97 (long additions simulated)", median_us(5, [&] {
                g_sink = g_sink + chem::fit_k_intra(0.1, 0.05, 8, 0.97).value().value.value_or(0);
              }));
  std::printf("%-58s %12.1f\n", "fit: addition time for 80 % at a fitted k_intra", median_us(10, [&] {
                chem::EngineInput in;
                in.total_molar = 0.1;
                in.em_molar = 0.05;
                in.k_intra_per_s = 1e-4;
                g_sink = g_sink + chem::recommend_addition_hours(in, 0.8).value().addition_hours;
              }));
  std::printf("%-58s %12.1f\n", "fit: kappa from one composition", median_us(50, [&] {
                g_sink = g_sink + chem::fit_kappa(1.0, 0.3, 0.45, 0.25).value().value.value_or(0);
              }));
  // Panel work per frame, with the panel's budget of curve runs per frame
  // (the curve completes over the next frames): from an empty cache (first frame, or a slider that
  // changes everything), and while one slider is dragged (a new value every
  // frame, the rest cached).
  constexpr int kRunsPerFrame = app::kCyclizationCurveRunsPerFrame;
  for (auto mode : {app::CyclizationMode::batch, app::CyclizationMode::syringe_pump}) {
    const bool batch = mode == app::CyclizationMode::batch;
    app::CyclizationInputs inputs;
    inputs.mode = mode;
    std::printf("%-58s %12.1f\n",
                batch ? "cyclization panel, batch: empty cache" : "cyclization panel, syringe: empty cache",
                median_us(10, [&] {
                  app::CyclizationCache cache;
                  g_sink =
                      g_sink + app::evaluate_cyclization(inputs, nullptr, cache, kRunsPerFrame).ring_yield();
                }));
    app::CyclizationCache cache;
    int frame = 0;
    app::TextField& dragged = batch ? inputs.c0_molar : inputs.addition_h;
    std::printf(
        "%-58s %12.1f\n",
        batch ? "cyclization panel, batch: C0 slider dragged" : "cyclization panel, syringe: time dragged",
        median_us(20, [&] {
          dragged.set(std::to_string((batch ? 0.05 : 4.0) * (1 + 0.01 * (++frame))));
          g_sink = g_sink + app::evaluate_cyclization(inputs, nullptr, cache, kRunsPerFrame).ring_yield();
        }));
    std::printf(
        "%-58s %12.1f\n",
        batch ? "cyclization panel, batch: EM slider dragged" : "cyclization panel, syringe: EM dragged",
        median_us(10, [&] {
          inputs.em_molar.set(std::to_string(0.05 * (1 + 0.01 * (++frame))));
          g_sink = g_sink + app::evaluate_cyclization(inputs, nullptr, cache, kRunsPerFrame).ring_yield();
        }));
  }
  return 0;
}
