// The Schmidt planner's safety gates: portions, interval, scale, and the
// quench and azide-destruction amounts, each checked against a hand calculation.
#include <doctest/doctest.h>

#include <string>

#include "chem/schmidt_route.hpp"

using doctest::Approx;

namespace {
bool contains(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}
}  // namespace

TEST_CASE("the least number of portions follows from the heat of one portion") {
  // 10 g ketone = 52.838 mmol; 1.5 equiv NaN3 = 79.257 mmol; 40 mL H2SO4 = 73.6 g.
  // Heat per mol azide: HN3 from NaN3 + H2SO4 (NBS ΔfH: (264.0 - 1125.5) - (21.7 - 814.0)
  // = -69.2 kJ/mol) plus the Schmidt reaction (-320 kJ/mol): 389.2 kJ/mol.
  CHECK(chem::kAzideHeatKjPerMol == Approx(389.2));
  // All the azide at once: 79.257e-3 mol × 389.2 kJ/mol / (73.6 g × 1.39 J/(g K)) = 301.5 K;
  // allowed 25 K (0 °C to room temperature): 301.5 / 25 = 12.06, so 13 portions.
  CHECK(chem::kMaxPortionRiseK == 25);
  CHECK(chem::min_azide_portions(79.257, 73.6) == 13);
  // MsOH is lighter: 40 mL × 1.48 = 59.2 g -> 374.9 K -> 15 portions.
  CHECK(chem::min_azide_portions(79.257, 59.2) == 15);
  // Twice the acid halves the rise: 150.8 K -> 7 portions.
  CHECK(chem::min_azide_portions(79.257, 147.2) == 7);
  // Never fewer than 2, however much acid.
  CHECK(chem::min_azide_portions(1, 1e6) == 2);
  chem::RouteInput in;  // the default plan: 14 portions over 120 min passes the gate
  const auto r = chem::plan_route(in).value();
  CHECK(r.min_portions == 13);
  CHECK(r.portion_rise_k == Approx(21.537).epsilon(1e-4));  // 301.5 K / 14
  CHECK(r.portion_rise_k <= chem::kMaxPortionRiseK);
}

TEST_CASE("all at once is refused at the field, with the reason and the least safe number") {
  chem::RouteInput in;
  in.portions = 1;
  auto error = chem::plan_route(in).error();
  CHECK(error.field == "portions");
  CHECK(contains(error.message, "One portion is all the azide at once"));
  CHECK(contains(error.message, "302 K"));  // 301.5 K to three figures
  CHECK(contains(error.message, "room temperature (25 °C)"));
  CHECK(contains(error.message, "37 °C"));
  CHECK(contains(error.message, "at least 13 portions"));
  in.portions = 12;  // one short of the minimum: 25.1 K per portion
  error = chem::plan_route(in).error();
  CHECK(error.field == "portions");
  CHECK(contains(error.message, "Too few portions"));
  CHECK(contains(error.message, "25.1 K"));
  in.portions = 13;
  CHECK(chem::plan_route(in).ok());
  in.method = chem::SchmidtMethod::nan3_msoh;  // 15 needed with MsOH
  CHECK(chem::plan_route(in).error().field == "portions");
  in.portions = 15;
  CHECK(chem::plan_route(in).ok());
}

TEST_CASE("a zero or too short interval is all at once too") {
  chem::RouteInput in;
  in.addition_min = 0;
  auto error = chem::plan_route(in).error();
  CHECK(error.field == "addition_min");
  CHECK(error.message ==
        "14 portions over 0 min is all at once: leave at least 5 min between portions, 65 min in all");
  in.addition_min = 64;  // 4.9 min apart
  CHECK(chem::plan_route(in).error().field == "addition_min");
  in.addition_min = 65;
  CHECK(chem::plan_route(in).ok());
}

TEST_CASE("too little acid names the acid: below a stirrable slurry, or too little for any portions") {
  chem::RouteInput in;
  in.acid_ml_per_g = 0.5;  // accepted before; a paste, not a slurry
  in.portions = 100;
  in.addition_min = 600;
  auto error = chem::plan_route(in).error();
  CHECK(error.field == "acid_ml_per_g");
  CHECK(contains(error.message, "cannot be stirred"));
  CHECK(contains(error.message, "at least 2 mL/g"));
  in.acid_ml_per_g = 1.99;
  CHECK(chem::plan_route(in).error().field == "acid_ml_per_g");
  in.acid_ml_per_g = 2;  // 603 K in all: 25 portions
  CHECK(chem::plan_route(in).value().min_portions == 25);
  // Even 100 portions too few: cyclobutanone (70 g/mol), 3 equiv azide at
  // 2 mL/g H2SO4 is 3260 K in all, 131 portions.
  in.ketone_formula = "C4H6O";
  in.azide_equiv = 3;
  in.ketone_amount = 2;
  error = chem::plan_route(in).error();
  CHECK(error.field == "acid_ml_per_g");
  CHECK(contains(error.message, "Use more acid"));
}

TEST_CASE("scale: a caution from 0.1 mol azide, no schedule above 0.5 mol") {
  chem::RouteInput in;  // 79.3 mmol azide
  CHECK_FALSE(chem::plan_route(in).value().scale_warning.has_value());
  in.ketone_amount = 12.6;  // 99.9 mmol azide
  CHECK_FALSE(chem::plan_route(in).value().scale_warning.has_value());
  in.ketone_amount = 12.7;  // 100.7 mmol azide: the caution band
  auto r = chem::plan_route(in).value();
  REQUIRE(r.scale_warning.has_value());
  CHECK(contains(*r.scale_warning, "Large for the bench: 0.101 mol azide can give up to 4.3 g of HN3"));
  CHECK(contains(*r.scale_warning, "blast shield"));
  CHECK(contains(*r.scale_warning, "not regulations"));
  in.ketone_amount = 63;  // 499.3 mmol azide: still planned, with the caution
  r = chem::plan_route(in).value();
  CHECK(r.scale_warning.has_value());
  CHECK(r.schedule.size() == 14);
  in.ketone_amount = 64;  // 507.2 mmol azide: refused at the amount, no schedule
  auto error = chem::plan_route(in).error();
  CHECK(error.field == "ketone_amount");
  CHECK(contains(error.message, "Above bench scale (0.51 mol azide"));
  CHECK(contains(error.message, "no addition schedule is given"));
  CHECK(contains(error.message, "process-safety assessment"));
  CHECK(contains(error.message, "MTSR, TMRad"));
  CHECK(contains(error.message, "Stoessel, Thermal Safety of Chemical Processes, Wiley-VCH 2008"));
  in.ketone_amount = 30000;  // 30 kg: 238 mol azide, once a 14 x 1.1 kg schedule
  error = chem::plan_route(in).error();
  CHECK(error.field == "ketone_amount");
  CHECK(contains(error.message, "240 mol azide, up to 10 kg of HN3"));
  // The same line for TMSN3, and in mmol.
  in.method = chem::SchmidtMethod::tmsn3_tfoh;
  in.amount_in_mmol = true;
  in.ketone_amount = 400;  // 600 mmol TMSN3
  CHECK(chem::plan_route(in).error().field == "ketone_amount");
}

TEST_CASE("quench, neutralisation and azide destruction amounts, by hand") {
  chem::RouteInput in;
  const auto r = chem::plan_route(in).value();
  // 735.46 mmol H2SO4 -> 1470.9 mmol NaOH = 58.832 g.
  CHECK(r.naoh_mmol == Approx(1470.92).epsilon(1e-4));
  CHECK(r.naoh_g == Approx(58.832).epsilon(1e-4));
  // 0.73546 × 95.3 + 1.47092 × 55.8 = 152.17 kJ, melting 456.1 g ice.
  CHECK(r.quench_heat_kj == Approx(152.17).epsilon(1e-4));
  CHECK(r.ice_min_g == Approx(456.13).epsilon(1e-4));
  // 5.1526 g NaN3 × 1.5 = 7.7289 g NaNO2; 5 %: 19 g water per g azide.
  CHECK(r.nitrite_g == Approx(7.7289).epsilon(1e-4));
  CHECK(r.azide_waste_water_ml == Approx(98.193).epsilon(1e-4));
  REQUIRE(r.steps.size() == 4);
  CHECK(r.steps[0].title == "Quench onto ice");
  CHECK(contains(r.steps[0].detail, "460 g"));
  CHECK_FALSE(contains(r.steps[0].detail, "heat of dilution"));  // counted for H2SO4
  CHECK(contains(r.steps[1].detail, "59 g NaOH"));
  CHECK(contains(r.steps[2].hazard, "dichloromethane"));
  CHECK(contains(r.steps[3].detail, "7.7 g NaNO2"));
  CHECK(contains(r.steps[3].hazard, "Nitrite first"));
  CHECK(
      contains(r.steps[3].source, "Prudent Practices in the Laboratory: Handling and Disposal of Chemicals"));
  CHECK(contains(r.steps[3].source, "1995 edition"));
  CHECK(contains(r.steps[3].hazard, "N-nitrosamines"));
  for (const auto& step : r.steps) CHECK_FALSE(step.source.empty());
}

TEST_CASE("TMSN3/TfOH: the basic N takes one equiv, HN3 is named, the reference is honest") {
  chem::RouteInput in;
  in.method = chem::SchmidtMethod::tmsn3_tfoh;
  in.amount_in_mmol = true;
  in.ketone_amount = 10;
  auto r = chem::plan_route(in).value();
  CHECK(r.tfoh_free_equiv == Approx(2));
  CHECK(r.naoh_g == Approx(30e-3 * 39.997));  // one NaOH per TfOH
  CHECK(r.quench_heat_kj == Approx(30e-3 * 55.8));
  REQUIRE(r.steps.size() == 5);
  CHECK(contains(r.steps[0].detail, "protonate the basic ring N"));
  CHECK(contains(r.steps[0].detail, "HFIP"));
  CHECK(contains(r.steps[0].hazard, "HN3"));
  CHECK(contains(r.steps[0].hazard, "Not dichloromethane"));
  CHECK(contains(r.steps[0].hazard, "diazidomethane"));
  CHECK(contains(r.steps[0].hazard, "Org. Process Res. Dev. 2008, 12, 1285"));
  CHECK(contains(r.steps[0].source, "J. Org. Chem. 2016, 81, 1593"));
  CHECK(contains(r.steps[0].source, "could not be verified"));
  // No ice amount where TfOH's heat of dilution is not counted.
  CHECK(r.ice_min_g == 0);
  CHECK(contains(r.steps[1].detail, "No amount is given"));
  CHECK_FALSE(contains(r.steps[1].detail, " g of crushed ice"));
  // TMSN3 + TfOH -> HN3 + TMSOTf: free TfOH at least one per TMSN3 (1.5 equiv).
  in.tfoh_equiv = 2.5;  // exactly enough
  CHECK(chem::plan_route(in).value().tfoh_free_equiv == Approx(1.5));
  in.tfoh_equiv = 2.01;  // 1.01 left for 1.5 TMSN3: refused
  auto error = chem::plan_route(in).error();
  CHECK(error.field == "tfoh_equiv");
  CHECK(contains(error.message, "TMSN3 + TfOH → HN3 + TMSOTf takes one TfOH per TMSN3"));
  CHECK(contains(error.message, "needs at least 2.5 equiv TfOH (1.01 equiv left for it now)"));
  in.tfoh_equiv = 1.01;  // the review's case: 0.01 equiv left
  CHECK(chem::plan_route(in).error().field == "tfoh_equiv");
  in.tfoh_equiv = 1;
  CHECK(chem::plan_route(in).error().field == "tfoh_equiv");
  in.basic_n_equiv = 0;  // an N-Boc piperidone: no basic N, 1.5 equiv TfOH do
  in.tfoh_equiv = 1.5;
  CHECK(chem::plan_route(in).value().tfoh_free_equiv == Approx(1.5));
}

TEST_CASE("TMSN3/TfOH: parts and interval are gated too, not ignored") {
  chem::RouteInput in;  // 10 g: 79.3 mmol TMSN3, 5 mmol a part at most: 16 parts
  in.method = chem::SchmidtMethod::tmsn3_tfoh;
  in.portions = 1;
  in.addition_min = 0;
  auto error = chem::plan_route(in).error();
  CHECK(error.field == "portions");
  CHECK(contains(error.message, "One part is all the TMSN3 at once"));
  CHECK(contains(error.message, "at least 10 parts and at most 5 mmol HN3 (220 mg) per part"));
  CHECK(contains(error.message, "79.3 mmol TMSN3 needs at least 16 parts"));
  in.portions = 15;
  CHECK(chem::plan_route(in).error().field == "portions");
  in.portions = 16;
  error = chem::plan_route(in).error();
  CHECK(error.field == "addition_min");
  CHECK(error.message ==
        "16 parts over 0 min is all at once: leave at least 5 min between parts, 75 min in all");
  in.addition_min = 75;
  const auto r = chem::plan_route(in).value();
  CHECK(r.min_portions == 16);
  CHECK(r.portion_rise_k == 0);
  REQUIRE(r.schedule.size() == 16);
  CHECK(r.schedule[15].time_min == Approx(75));
  CHECK(r.portion_ml * 16 == Approx(r.azide_ml));
  CHECK(r.azide_mmol / 16 <= chem::kMaxTmsn3MmolPerPart);
  CHECK(r.schedule[0].volume_ml == Approx(r.portion_ml));
  CHECK(contains(r.steps[0].detail, "16 parts of"));
}

TEST_CASE("TMSN3 parts scale with the amount: at least 10, at most 5 mmol each") {
  CHECK(chem::min_tmsn3_parts(15) == 10);    // 10 mmol ketone: ten parts of 1.5 mmol
  CHECK(chem::min_tmsn3_parts(50) == 10);    // exactly 5 mmol each
  CHECK(chem::min_tmsn3_parts(50.1) == 11);  // a little more: one more part
  CHECK(chem::min_tmsn3_parts(79.26) == 16);
  CHECK(chem::min_tmsn3_parts(500) == 100);  // the bench line: the most parts the input allows
  chem::RouteInput in;
  in.method = chem::SchmidtMethod::tmsn3_tfoh;
  in.amount_in_mmol = true;
  in.ketone_amount = 10;
  in.portions = 10;
  in.addition_min = 45;
  CHECK(chem::plan_route(in).value().min_portions == 10);
  in.ketone_amount = 300;  // 450 mmol TMSN3: 90 parts
  in.portions = 89;
  in.addition_min = 600;
  CHECK(chem::plan_route(in).error().field == "portions");
  in.portions = 90;
  CHECK(chem::plan_route(in).value().min_portions == 90);
}

TEST_CASE(
    "azide: above 2 equiv a caution with the excess HN3, above 5 equiv (more than the literature used) "
    "refused at azide_equiv") {
  chem::RouteInput in;  // 10 g 1-benzyl-4-piperidone, 52.8 mmol
  in.portions = 40;
  in.addition_min = 200;
  auto r = chem::plan_route(in).value();
  CHECK(r.cautions.empty());
  in.azide_equiv = 2.5;  // 1.5 equiv beyond the ketone: 79.3 mmol HN3, 3.4 g
  r = chem::plan_route(in).value();
  CHECK(r.tetrazole_risk);
  REQUIRE(r.cautions.size() == 1);
  CHECK(r.cautions[0].key == "excess_azide");
  CHECK(r.cautions[0].field == "azide_equiv");
  CHECK(contains(r.cautions[0].text, "1.5 equiv beyond the ketone is up to 3.4 g of HN3 (79.3 mmol)"));
  CHECK(contains(r.cautions[0].text, "Sha et al. 2008"));
  CHECK(contains(r.cautions[0].text, "5.0 equiv"));
  CHECK(contains(r.cautions[0].text, "planner's default, 1.5 equiv, is its own choice"));
  in.azide_equiv = 5;  // the line itself, what Sha 2008 used, is allowed; the portions scale with it
  in.portions = 45;    // 264.2 mmol: 1005 K over the acid, at least 41 portions
  in.addition_min = 220;
  CHECK(chem::plan_route(in).value().min_portions == 41);
  in.azide_equiv = 5.01;
  auto error = chem::plan_route(in).error();
  CHECK(error.field == "azide_equiv");
  in.azide_equiv = 6;  // refused before at 3 equiv
  error = chem::plan_route(in).error();
  CHECK(error.field == "azide_equiv");
  CHECK(contains(error.message, "More than 5 equiv azide is refused"));
  CHECK(contains(error.message, "Sha et al. 2008: 5.0 equiv"));
  CHECK(contains(error.message, "11 g of HN3 (264 mmol)"));
  CHECK(contains(error.message, "must be destroyed"));
  CHECK(contains(error.message, "tetrazole"));
}

TEST_CASE("other O atoms and an uncounted basic N are cautions, not refusals") {
  chem::RouteInput in;
  in.ketone_formula = "C10H17NO3";  // N-Boc-4-piperidone
  in.ketone_amount = 5;
  in.portions = 20;
  in.addition_min = 120;
  auto r = chem::plan_route(in).value();
  REQUIRE(r.cautions.size() == 1);
  CHECK(r.cautions[0].key == "other_oxygen");
  CHECK(r.cautions[0].field == "ketone_formula");
  CHECK(contains(r.cautions[0].text, "This formula has 2 O atoms besides the ketone's"));
  CHECK(contains(r.cautions[0].text, "does not survive conc. H2SO4/LiAlH4 as drawn"));
  CHECK(r.amine.hill == "C10H20N2O2");  // the plan's formula still assumes the Boc survives, and says so
  // TMSN3/TfOH with basic N set to 0 for a formula with N: a second caution.
  in.method = chem::SchmidtMethod::tmsn3_tfoh;
  in.basic_n_equiv = 0;
  in.tfoh_equiv = 1.5;
  r = chem::plan_route(in).value();
  REQUIRE(r.cautions.size() == 2);
  CHECK(contains(r.cautions[0].text, "does not survive TfOH/LiAlH4"));
  CHECK(r.cautions[1].key == "basic_n");
  CHECK(r.cautions[1].field == "basic_n_equiv");
  CHECK(contains(r.cautions[1].text, "a basic amine N takes 1 equiv TfOH"));
  // 1-benzyl-4-piperidone: one O, basic N counted: no caution.
  in = chem::RouteInput{};
  in.method = chem::SchmidtMethod::tmsn3_tfoh;
  in.portions = 17;
  CHECK(chem::plan_route(in).value().cautions.empty());
  // The assumption is on the model card.
  bool stated = false;
  for (const auto& a : chem::route_model().assumptions)
    stated = stated || contains(a, "Only the ketone reacts");
  CHECK(stated);
}

TEST_CASE("the portions a plan starts with follow the method's least number") {
  chem::RouteInput in;
  CHECK(chem::default_portions(in) == 14);  // 13 + 1: the default H2SO4 plan
  in.method = chem::SchmidtMethod::nan3_msoh;
  CHECK(chem::default_portions(in) == 16);  // 15 + 1: MsOH was refused at 14
  in.portions = chem::default_portions(in);
  CHECK(chem::plan_route(in).ok());
  in.method = chem::SchmidtMethod::tmsn3_tfoh;
  CHECK(chem::default_portions(in) == 17);  // 79 mmol TMSN3: 16 parts of at most 5 mmol, + 1
  in.amount_in_mmol = true;
  in.ketone_amount = 10;  // 15 mmol: the floor of 10 parts, + 1
  CHECK(chem::default_portions(in) == 11);
  in.amount_in_mmol = false;
  in.ketone_amount = 10;
  in.method = chem::SchmidtMethod::nan3_h2so4;
  in.azide_equiv = 3;  // 603 K: 25 portions, 26 to start with, 125 min at 5 min apart
  CHECK(chem::default_portions(in) == 26);
  CHECK(chem::default_addition_min(26) == 125);
  CHECK(chem::default_addition_min(14) == 120);
  in.ketone_formula = "Qq";  // unreadable: the default number
  CHECK(chem::default_portions(in) == 14);
}

TEST_CASE("the route model card names its assumptions") {
  const auto& card = chem::route_model();
  CHECK(card.name == "schmidt-route-stoichiometry");
  CHECK(card.assumptions.size() >= 4);
}
