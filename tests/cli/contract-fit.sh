# Sourced by contract.sh: fit-em, fit-kintra, fit-kappa (uses $cli, check, json_has, exits_2_naming, has_model).

# json_eval JSON EXPR: exits 0 when the Python expression over d (the parsed JSON) is true.
json_eval() {
  python3 -c 'import json,sys,math; d=json.loads(sys.argv[1]); sys.exit(0 if eval(sys.argv[2]) else 1)' "$1" "$2"
}
key_of() {  # json key: prints the value exactly (repr)
  python3 -c 'import json,sys; print(repr(json.loads(sys.argv[1])[sys.argv[2]]))' "$1" "$2"
}

# EM: a batch yield from the engine comes back to its EM.
y=$(key_of "$("$cli" cyclization --c0 0.05 --em 0.05)" ring_yield)
out=$("$cli" fit-em --point "0.05:$y")
check "fit-em round-trips the engine's batch yield (1 %)" json_eval "$out" 'abs(d["em_molar"]/0.05-1)<0.01 and d["determined"] and d["consistent"]'
check "fit-em range holds the true EM" json_eval "$out" 'd["em_range_molar"][0]<=0.05<=d["em_range_molar"][1]'
check "fit-em reports per-point residuals" json_eval "$out" 'len(d["points"])==1 and abs(d["points"][0]["residual"])<1e-6 and d["rms_residual"]<1e-6'
check "fit-em model" has_model "$out" em-fit-cyclization-engine
y2=$(key_of "$("$cli" cyclization --c0 0.2 --em 0.05)" ring_yield)
out=$("$cli" fit-em --point "0.05:$y" --point "0.2:$y2" --error 0.02)
check "fit-em two points of one EM: consistent" json_eval "$out" 'abs(d["em_molar"]/0.05-1)<0.01 and d["consistent"] and len(d["points"])==2 and d["error_abs"]==0.02'
check "fit-em --point-ratio 0.05:1 is --point 0.05:0.5" json_eval "$("$cli" fit-em --point-ratio 0.05:1)" 'abs(d["em_molar"]-'"$(key_of "$("$cli" fit-em --point 0.05:0.5)" em_molar)"')<1e-12'
# Two components: the seed's batch yields fit a true EM with --two-component; the AB fit
# of the same runs gives an effective EM, biased low, and says so.
t1=$(key_of "$("$cli" cyclization --two-component --c0 0.01 --em 0.05)" ring_yield)
t2=$(key_of "$("$cli" cyclization --two-component --c0 0.05 --em 0.05)" ring_yield)
out=$("$cli" fit-em --two-component --point "0.01:$t1" --point "0.05:$t2")
check "fit-em --two-component recovers the two-component EM (1 %)" json_eval "$out" 'abs(d["em_molar"]/0.05-1)<0.01 and d["consistent"] and d["two_component"] is True and d["dihalide_equiv"]==1'
out=$("$cli" fit-em --point "0.01:$t1" --point "0.05:$t2")
check "fit-em without --two-component: the same runs give an EM biased low" json_eval "$out" 'd["em_molar"]<0.025 and d["two_component"] is False'
check "fit-em --dihalide-equiv without --two-component exits 2 naming dihalide_equiv" exits_2_naming dihalide_equiv fit-em --point 0.05:0.3 --dihalide-equiv 1.2
check "fit-em --two-component --dihalide-equiv 3 exits 2 naming dihalide_equiv" exits_2_naming dihalide_equiv fit-em --two-component --point 0.05:0.3 --dihalide-equiv 3
# Undetermined: a yield within error of 100 % only bounds EM from below; exit 0.
out=$("$cli" fit-em --point 0.05:1.0)
check "fit-em yield 1.0: determined false, em_molar null, range [lo, null]" json_eval "$out" 'd["determined"] is False and d["em_molar"] is None and d["em_range_molar"][0]>0 and d["em_range_molar"][1] is None and d["consistent"]'
out=$("$cli" fit-em --point 0.05:0.0)
check "fit-em yield 0: range [null, hi]" json_eval "$out" 'd["em_molar"] is None and d["em_range_molar"][0] is None and d["em_range_molar"][1]>0'
# Contradictory points: inconsistent, no range, the least-squares EM.
out=$("$cli" fit-em --point 0.05:0.3 --point 0.05:0.8)
check "fit-em contradictory points: consistent false, range null, best fit given" json_eval "$out" 'd["consistent"] is False and d["em_range_molar"] is None and d["em_molar"]>0 and d["max_abs_residual"]>0.03'

# k_intra: a syringe-pump yield comes back to its k_intra; the advice reproduces a target.
y=$(key_of "$("$cli" cyclization --syringe --total 0.1 --em 0.05 --k-intra 1e-4 --addition-h 8)" ring_yield)
out=$("$cli" fit-kintra --total 0.1 --em 0.05 --addition-h 8 --yield "$y" --target-yield 0.8)
check "fit-kintra round-trips the engine's syringe-pump yield (1 %)" json_eval "$out" 'abs(d["k_intra_per_s"]/1e-4-1)<0.01 and d["determined"]'
check "fit-kintra half-life is ln2/k" json_eval "$out" 'abs(d["half_life_h"]-math.log(2)/d["k_intra_per_s"]/3600)<1e-9*d["half_life_h"]'
check "fit-kintra range holds the true k and the half-life range is its mirror" json_eval "$out" 'd["k_intra_range_per_s"][0]<=1e-4<=d["k_intra_range_per_s"][1] and abs(d["half_life_range_h"][0]-math.log(2)/d["k_intra_range_per_s"][1]/3600)<1e-6'
check "fit-kintra model" has_model "$out" k-intra-fit-cyclization-engine
k=$(key_of "$out" k_intra_per_s)
hours=$(key_of "$out" addition_h_for_target)
check "fit-kintra --target-yield: the addition time gives the target" json_eval "$("$cli" cyclization --syringe --total 0.1 --em 0.05 --k-intra "$k" --addition-h "$hours")" 'abs(d["ring_yield"]-0.8)<1e-5'
check "fit-kintra --target-yield range: longest at the slow end" json_eval "$out" 'd["addition_h_for_target_range"][0]<d["addition_h_for_target"]<d["addition_h_for_target_range"][1]'
out=$("$cli" fit-kintra --total 0.1 --em 0.05 --addition-h 8 --yield 0.99)
check "fit-kintra yield 0.99: determined false, only a lower bound" json_eval "$out" 'd["determined"] is False and d["k_intra_per_s"] is None and d["k_intra_range_per_s"][0]>0 and d["k_intra_range_per_s"][1] is None'
out=$("$cli" fit-kintra --total 0.1 --em 0.05 --addition-h 8 --yield 0.31)
check "fit-kintra at the batch yield: only an upper bound" json_eval "$out" 'd["determined"] is False and d["k_intra_range_per_s"][0] is None and d["k_intra_range_per_s"][1]>0'
out=$("$cli" fit-kintra --total 0.1 --em 0.05 --addition-h 8 --yield 0.1)
check "fit-kintra below the batch yield: inconsistent" json_eval "$out" 'd["consistent"] is False and d["k_intra_range_per_s"] is None'

# κ: 25/50/25 at 1 equiv is the statistical 0.5; response factors divide the areas.
out=$("$cli" fit-kappa --equiv 1 --sm 25 --mono 50 --bis 25)
check "fit-kappa 25/50/25 at 1 equiv gives 0.5" json_eval "$out" 'abs(d["kappa"]-0.5)<1e-6 and d["determined"] and d["consistent"] and d["conversion"]==1'
check "fit-kappa range holds 0.5" json_eval "$out" 'd["kappa_range"][0]<0.5<d["kappa_range"][1]'
check "fit-kappa model" has_model "$out" kappa-fit-frost-schwemer
check "fit-kappa response factors" json_eval "$("$cli" fit-kappa --equiv 1 --sm 50 --mono 50 --bis 75 --rf-sm 2 --rf-bis 3)" 'abs(d["kappa"]-0.5)<1e-6'
out=$("$cli" fit-kappa --equiv 0.2 --sm 0.9 --mono 0.1 --bis 0)
check "fit-kappa no bis at low conversion: determined false, only an upper bound" json_eval "$out" 'd["determined"] is False and d["kappa"] is None and d["kappa_range"][0] is None and d["kappa_range"][1]>0'
check "fit-kappa reports the conversion" json_eval "$out" 'abs(d["conversion"]-0.5)<1e-12 and abs(d["consumed_equiv"]-0.1)<1e-12'
out=$("$cli" fit-kappa --equiv 0.5 --sm 0.2 --mono 0.3 --bis 0.5)
check "fit-kappa more electrophile in the products than charged: inconsistent" json_eval "$out" 'd["consistent"] is False and d["kappa_range"] is None'

# Second review. EM: runs that barely agree are marginal; a drift with C0 points at A2 + B2 (true EM 0.05).
out=$("$cli" fit-em --point 0.002:0.8613035743 --point 0.01:0.5696977389 --point 0.05:0.2512529511)
check "fit-em A2+B2 yields: marginal, drift rises, single-run EMs, the message says why" json_eval "$out" 'd["consistent"] and d["marginal"] is True and d["em_drift_with_c0"]=="rises" and [round(p["single_run_em_molar"],4) for p in d["points"]]==[0.0125,0.0137,0.018] and "barely agree" in d["message"] and "A2 + B2" in d["message"]'
check "fit-em clean runs: not marginal, value_kind fit" json_eval "$("$cli" fit-em --point 0.05:0.477 --point 0.1:0.311)" 'd["marginal"] is False and d["em_drift_with_c0"] is None and d["value_kind"]=="fit"'
check "fit-em contradictory points: value_kind least_squares_compromise" json_eval "$("$cli" fit-em --point 0.05:0.3 --point 0.05:0.8)" 'd["value_kind"]=="least_squares_compromise" and d["em_molar"]>0'
check "fit-em undetermined: value_kind null" json_eval "$("$cli" fit-em --point 0.05:1.0)" 'd["value_kind"] is None'
check "fit-em assumptions: A2 + B2 gives an effective EM, biased low" json_eval "$out" 'any("effective EM, biased low" in a for a in d["assumptions"])'
# A C0 so low the EM it needs is below the engine's floor: exit 0 and why (was exit 2 "did not converge").
check "fit-em --point 1e-9:1 exits 0 and names the model's floor" json_eval "$("$cli" fit-em --point 1e-9:1)" '"least EM this model simulates" in d["message"] and d["consistent"]'
check "fit-em --point 1e-9:0.5 exits 0, inconsistent, no value" json_eval "$("$cli" fit-em --point 1e-9:0.5)" 'd["consistent"] is False and d["em_molar"] is None and d["message"].startswith("The data need an EM below")'
# k_intra: the range is at the EM given exactly; a one-sided k_intra gives a one-sided time; an unreachable target keeps the fit.
out=$("$cli" fit-kintra --total 0.1 --em 0.05 --addition-h 8 --yield 0.31 --target-yield 0.8)
check "fit-kintra upper bound only: addition_h_for_target null, kind at_least, the reason" json_eval "$out" 'd["addition_h_for_target"] is None and d["addition_h_for_target_kind"]=="at_least" and d["addition_h_for_target_range"][1] is None and "at least" in d["addition_h_for_target_reason"]'
check "fit-kintra message and assumptions: at EM = 0.05 mol/L exactly" json_eval "$out" '"at EM = 0.05 mol/L exactly" in d["message"] and any("at EM = 0.05 mol/L exactly" in a for a in d["assumptions"])'
out=$("$cli" fit-kintra --total 0.5 --em 0.05 --addition-h 8 --yield 0.3 --target-yield 0.999)
check "fit-kintra unreachable target: exit 0, the fit kept, addition_h_for_target null with a reason" json_eval "$out" 'd["k_intra_per_s"]>0 and d["addition_h_for_target"] is None and d["addition_h_for_target_kind"]=="none" and d["addition_h_for_target_reason"].startswith("No addition time for 99.9 % ring")'
check "fit-kintra determined: kind time, reason null" json_eval "$("$cli" fit-kintra --total 0.1 --em 0.05 --addition-h 8 --yield 0.6 --target-yield 0.8)" 'd["addition_h_for_target_kind"]=="time" and d["addition_h_for_target"]>0 and d["addition_h_for_target_reason"] is None'
# κ: the charge carries the error too; the composition's own κ is labelled; low conversion explained.
check "fit-kappa 1.07 equiv in the products, 1.00 charged: consistent within 3 % of the charge" json_eval "$("$cli" fit-kappa --equiv 1 --sm 0.215 --mono 0.5 --bis 0.285)" 'd["consistent"] and d["value_kind"]=="fit" and d["kappa_range"][0]<0.5<d["kappa_range"][1]'
check "fit-kappa more in the products than charged: value_kind composition_only" json_eval "$("$cli" fit-kappa --equiv 0.5 --sm 0.2 --mono 0.3 --bis 0.5)" 'd["value_kind"]=="composition_only" and d["consistent"] is False'
check "fit-kappa 21 % used, no bis: run to full conversion; a missing product named" json_eval "$("$cli" fit-kappa --equiv 1 --sm 0.8 --mono 0.19 --bis 0.01)" '"full conversion" in d["message"] and "more electrophile" not in d["message"] and "precipitated HX or quaternary salt" in d["message"]'

# Bad input: exit 2, one line naming the field.
check "fit-em without a point names point" exits_2_naming point fit-em
check "fit-em malformed point names point" exits_2_naming point fit-em --point 0.05
check "fit-em c0 0 names c0" exits_2_naming c0 fit-em --point 0:0.5
check "fit-em yield 1.5 names ring_yield" exits_2_naming ring_yield fit-em --point 0.05:1.5
check "fit-em error 0 names error" exits_2_naming error fit-em --point 0.05:0.5 --error 0
check "fit-em unknown option exits 2" exits_2_naming c0-molar fit-em --point 0.05:0.5 --c0-molar 1
check "fit-kintra total 0 names total" exits_2_naming total fit-kintra --total 0 --em 0.05 --addition-h 8 --yield 0.5
check "fit-kintra missing yield names ring_yield" exits_2_naming ring_yield fit-kintra --total 0.1 --em 0.05 --addition-h 8
check "fit-kintra NaN em names em" exits_2_naming em fit-kintra --total 0.1 --em nan --addition-h 8 --yield 0.5
check "fit-kappa negative mono names mono" exits_2_naming mono fit-kappa --equiv 1 --sm 1 --mono -1 --bis 1
check "fit-kappa all zero names composition" exits_2_naming composition fit-kappa --equiv 1 --sm 0 --mono 0 --bis 0
check "fit-kappa rf 0 names rf_bis" exits_2_naming rf_bis fit-kappa --equiv 1 --sm 1 --mono 1 --bis 1 --rf-bis 0
check "fit-kappa equiv 0 names equiv" exits_2_naming equiv fit-kappa --equiv 0 --sm 1 --mono 1 --bis 1

check "fit-em --help: the declared options with label and unit" help_has_options fit-em \
  "--point TEXT" "Batch run: C0 and ring yield" "--point-ratio TEXT" "Batch run: C0 and ring : oligomer ratio" \
  "--error X" "Measurement error (absolute, as a fraction)" "--ring-size N" "Ring size" \
  "--large-ring-em M" "Large-ring EM anchor (mol/L)"
check "fit-kintra --help: the declared options with label and unit" help_has_options fit-kintra \
  "--total M" "Total precursor concentration (mol/L)" "--em M" "Effective molarity (EM) (mol/L)" \
  "--addition-h H" "Addition time (h)" "--yield X" "Ring yield (a fraction 0–1)" \
  "--error X" "Measurement error (absolute, as a fraction)" "--target-yield FRACTION" "Target ring yield as a fraction" \
  "--start-volume-fraction X" "Starting volume / final volume" "--ring-size N" "Ring size" \
  "--large-ring-em M" "Large-ring EM anchor (mol/L)"
check "fit-kappa --help: the declared options with label and unit" help_has_options fit-kappa \
  "--equiv E" "Equivalents of electrophile charged (equiv)" "--sm FRACTION" "SM; an LC area or a fraction" \
  "--mono FRACTION" "Mono; an LC area or a fraction" "--bis FRACTION" "Bis; an LC area or a fraction" \
  "--rf-sm X" "SM response factor" "--rf-mono X" "Mono response factor" "--rf-bis X" "Bis response factor" \
  "--error FRACTION" "Measurement error; absolute, as a fraction"
check "fit-em, fit-kintra, fit-kappa --help per command (CLI11) end with the same lines" bash -c "\"$cli\" fit-em --help | grep -q -- '--point TEXT  *Batch run' && \"$cli\" fit-kintra --help | grep -q -- '--yield X  *Ring yield' && \"$cli\" fit-kappa --help | grep -q -- '--rf-bis X  *Bis response factor'"
