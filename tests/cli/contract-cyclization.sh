# Sourced by contract.sh: the cyclization subcommand (uses $cli, check, json_has, exits_2_naming).

# The split at the completion time: ring_at_completion + cyclic_oligomers + linear_oligomers
# (open chains up to N) + long_chains + precursor_left = 1; ring_yield + oligomer_yield = 1 once the
# precursor has reacted (within its 1e-9 left).
sums_to_one() {  # json
  python3 -c 'import json,sys; d=json.loads(sys.argv[1]); k=("ring_at_completion","cyclic_oligomers","linear_oligomers","long_chains","precursor_left"); s=sum(d[x] for x in k); sys.exit(0 if abs(s-1)<=1e-6 and all(d[x]>=0 for x in k) and abs(d["ring_yield"]+d["oligomer_yield"]-1)<=1e-6 and d["ring_at_completion"]<=d["ring_yield"]<=d["ring_at_completion"]+d["precursor_left"] else 1)' "$1"
}
names_model() {  # json
  python3 -c 'import json,sys; d=json.loads(sys.argv[1]); a=d["assumptions"]; sys.exit(0 if d["model"]=="cyclization-engine" and isinstance(a,list) and len(a)>=3 and all(isinstance(x,str) and x for x in a) else 1)' "$1"
}
for c0 in 0.001 0.05 0.1 1 5; do
  out=$("$cli" cyclization --c0 $c0 --em 0.05)
  check "cyclization batch --c0 $c0: fractions sum to 1" sums_to_one "$out"
done
check "cyclization batch names its model and assumptions" names_model "$out"

# Batch limit: with --no-chain-ends, Y = (EM / 2 C0) ln(1 + 2 C0 / EM); C0 = EM gives ln(3)/2.
out=$("$cli" cyclization --c0 0.05 --em 0.05 --no-chain-ends)
check "cyclization --no-chain-ends --c0 0.05 --em 0.05 gives ln(3)/2" python3 -c 'import json,sys; d=json.loads(sys.argv[1]); sys.exit(0 if abs(d["ring_yield"]-0.5493061443340549)<1e-6 and d["model"]=="cyclization-closed-form-limit" else 1)' "$out"
out=$("$cli" cyclization --c0 0.05 --em 0.05)
check "cyclization batch: ring_yield is the first key" python3 -c 'import json,sys; sys.exit(0 if list(json.loads(sys.argv[1]))[0]=="ring_yield" else 1)' "$out"
check "cyclization batch: closed form reported as the limit" json_has "$out" closed_form_ring_yield 0.5493061443340549
check "cyclization batch: chain ends lower the ring below the closed form" python3 -c 'import json,sys; d=json.loads(sys.argv[1]); sys.exit(0 if d["ring_yield"]<d["closed_form_ring_yield"]-0.01 else 1)' "$out"
check "cyclization batch: 20 mL solvent per mmol at 0.05 M" json_has "$out" solvent_ml_per_mmol 20
# The old defaults (C0 0.1 M, EM 0.05 M): the split sums to 100 %, ring below 40.2 %; the split is
# taken at the completion time (k_intra t = 2.107, 1 % precursor left), and the ring yield
# does not depend on N (--max-chain) while the line between open and longer chains does.
out=$("$cli" cyclization --c0 0.1 --em 0.05)
check "cyclization --c0 0.1 --em 0.05 sums to 1 with ring below the closed form" python3 -c 'import json,sys; d=json.loads(sys.argv[1]); sys.exit(0 if d["ring_yield"]<0.4023 else 1)' "$out"
check "cyclization --c0 0.1 --em 0.05 split sums to 1" sums_to_one "$out"
check "cyclization batch split at the completion time: 1 % precursor left" python3 -c 'import json,sys; d=json.loads(sys.argv[1]); sys.exit(0 if abs(d["precursor_left"]-0.01)<1e-6 and abs(d["completion_k_intra_time"]-2.107)<2e-3 and d["max_chain_length"]==20 else 1)' "$out"
out40=$("$cli" cyclization --c0 0.1 --em 0.05 --max-chain 40)
check "cyclization ring yield does not depend on --max-chain" python3 -c 'import json,sys; a=json.loads(sys.argv[1]); b=json.loads(sys.argv[2]); sys.exit(0 if abs(a["ring_yield"]-b["ring_yield"])<1e-6 and abs(a["cyclic_oligomers"]-b["cyclic_oligomers"])<1e-4 and abs(a["linear_oligomers"]+a["long_chains"]-b["linear_oligomers"]-b["long_chains"])<1e-4 and a["long_chains"]>b["long_chains"] else 1)' "$out" "$out40"
# Batch completion in the limit: k t = ln((100 + 2 c0) / (1 + 2 c0)), c0 = 1 -> ln(34) / 1e-3 s.
check "cyclization batch completion_h with --k-intra (limit)" python3 -c 'import json,sys,math; d=json.loads(sys.argv[1]); sys.exit(0 if abs(d["completion_h"]-math.log(34)/1e-3/3600)<1e-6 else 1)' "$("$cli" cyclization --c0 0.05 --em 0.05 --k-intra 1e-3 --no-chain-ends)"

# Syringe pump, fixed-volume limit: the Riccati solution (independent RK4: 0.89303293436).
out=$("$cli" cyclization --syringe --total 0.1 --em 0.05 --k-intra 1e-3 --addition-h 8 --no-chain-ends)
check "cyclization --syringe --no-chain-ends ring_yield is the Riccati value" python3 -c 'import json,sys; d=json.loads(sys.argv[1]); sys.exit(0 if abs(d["ring_yield"]-0.89303293436)<1e-6 else 1)' "$out"
# C_ss = 2F / (k + sqrt(k^2 + 8 k_inter F)), F = 0.1 M / 8 h, k_inter = 1e-3 / 0.05.
check "cyclization --syringe steady_state_molar (limit)" python3 -c 'import json,sys,math; d=json.loads(sys.argv[1]); F=0.1/8/3600; k=1e-3; ki=k/0.05; css=2*F/(k+math.sqrt(k*k+8*ki*F)); sys.exit(0 if abs(d["steady_state_molar"]-css)<1e-6*css else 1)' "$out"
out=$("$cli" cyclization --syringe --total 0.1 --em 0.05 --k-intra 1e-3 --addition-h 8)
check "cyclization --syringe keys in contract order" python3 -c 'import json,sys; sys.exit(0 if list(json.loads(sys.argv[1]))[:3]==["ring_yield","steady_state_molar","steady_state_yield"] else 1)' "$out"
check "cyclization --syringe fractions sum to 1" sums_to_one "$out"
check "cyclization --syringe names its model" names_model "$out"
check "cyclization --syringe beats batch" python3 -c 'import json,sys; d=json.loads(sys.argv[1]); sys.exit(0 if d["ring_yield"]>d["batch_ring_yield"] else 1)' "$out"
# No steady state: a short feed (k_intra t_add = 0.36) or a growing volume -> null.
is_null() {  # json key
  python3 -c 'import json,sys; d=json.loads(sys.argv[1]); sys.exit(0 if sys.argv[2] in d and d[sys.argv[2]] is None else 1)' "$@"
}
out=$("$cli" cyclization --syringe --total 0.05 --em 0.05 --k-intra 1e-3 --addition-h 0.1)
check "cyclization --syringe short feed: steady_state_molar is null" is_null "$out" steady_state_molar
check "cyclization --syringe short feed: steady_state_yield is null" is_null "$out" steady_state_yield
check "cyclization --syringe short feed: fractions sum to 1" sums_to_one "$out"
out=$("$cli" cyclization --syringe --total 0.05 --em 0.05 --k-intra 1e-3 --addition-h 8 --start-volume-fraction 0.1)
check "cyclization --syringe growing volume: steady state is null" is_null "$out" steady_state_molar
check "cyclization --syringe growing volume sums to 1" sums_to_one "$out"
# Growing volume, chain ends: [L_1] peaks early (~0.41 C_total at k t 0.5) and
# is ~0.175 C_total when the feed stops; the peak is the maximum, not the end.
out=$("$cli" cyclization --syringe --total 0.05 --em 0.05 --k-intra 1e-3 --addition-h 1 --start-volume-fraction 0.1)
check "cyclization --syringe peak_precursor_molar is the maximum of the feed" python3 -c 'import json,sys; d=json.loads(sys.argv[1]); sys.exit(0 if abs(d["peak_precursor_molar"]/0.05-0.408)<0.002 and abs(d["end_of_feed_precursor_molar"]/0.05-0.175)<0.002 and abs(d["peak_precursor_h"]*3.6-0.5)<0.05 else 1)' "$out"
# k_intra as a half-life: ln 2 / k.
check "cyclization --half-life-h equals --k-intra ln2/t" python3 -c 'import json,sys; a=json.loads(sys.argv[1]); b=json.loads(sys.argv[2]); sys.exit(0 if abs(a["ring_yield"]-b["ring_yield"])<1e-9 else 1)' \
  "$("$cli" cyclization --syringe --total 0.05 --em 0.05 --half-life-h "$(python3 -c 'import math; print(math.log(2)/1e-5/3600)')" --addition-h 8)" \
  "$("$cli" cyclization --syringe --total 0.05 --em 0.05 --k-intra 1e-5 --addition-h 8)"

# Inverse problems round-trip through the engine.
c0=$("$cli" cyclization --target-yield 0.9 --em 0.05 | python3 -c 'import json,sys; print(repr(json.load(sys.stdin)["c0_molar"]))')
check "cyclization --target-yield 0.9 round-trips" python3 -c 'import json,sys; sys.exit(0 if abs(json.loads(sys.argv[1])["ring_yield"]-0.9)<1e-7 else 1)' "$("$cli" cyclization --c0 "$c0" --em 0.05)"
hours=$("$cli" cyclization --syringe --target-yield 0.95 --total 0.1 --em 0.05 --k-intra 1e-3 | python3 -c 'import json,sys; print(repr(json.load(sys.stdin)["addition_h"]))')
check "cyclization --syringe --target-yield 0.95 round-trips" python3 -c 'import json,sys; sys.exit(0 if abs(json.loads(sys.argv[1])["ring_yield"]-0.95)<1e-7 else 1)' "$("$cli" cyclization --syringe --total 0.1 --em 0.05 --k-intra 1e-3 --addition-h "$hours")"
check "cyclization target below batch yield needs no pump" json_has "$("$cli" cyclization --syringe --target-yield 0.2 --total 0.1 --em 0.05 --k-intra 1e-3)" addition_h 0

# Presets: the 7-ring preset is EM 0.05 M; N-tosyl x10 makes it 0.5 M; the 12-ring 1e-3 M.
check "cyclization --ring-size 7 uses EM 0.05" json_has "$("$cli" cyclization --c0 0.05 --ring-size 7)" em_molar 0.05
check "cyclization --ring-size 7 --tosyl multiplies EM by 10" json_has "$("$cli" cyclization --c0 0.05 --ring-size 7 --tosyl)" em_molar 0.5
check "cyclization --gem-dialkyl-factor 3" json_has "$("$cli" cyclization --c0 0.05 --ring-size 7 --gem-dialkyl-factor 3)" em_molar 0.15
# Where the EM came from: "input", or the preset with its citation; illustrative factors listed.
check "cyclization --em: em_source input, no illustrative factors" python3 -c 'import json,sys; d=json.loads(sys.argv[1]); sys.exit(0 if d["em_source"]=="input" and d["illustrative_factors"]==[] else 1)' "$("$cli" cyclization --c0 0.05 --em 0.05)"
check "cyclization --ring-size 7 --tosyl: preset citation, N-tosyl x10 listed as illustrative" python3 -c 'import json,sys; d=json.loads(sys.argv[1]); s=d["em_source"]; sys.exit(0 if s.startswith("7-ring preset") and "Illuminati" in s and "N-tosyl factor 10 (illustrative" in s and d["illustrative_factors"]==["N-tosyl ×10"] else 1)' "$("$cli" cyclization --c0 0.05 --ring-size 7 --tosyl)"
check "cyclization a factor given is input, not illustrative" python3 -c 'import json,sys; d=json.loads(sys.argv[1]); sys.exit(0 if "gem-dialkyl factor 3 (input)" in d["em_source"] and d["illustrative_factors"]==[] else 1)' "$("$cli" cyclization --c0 0.05 --ring-size 7 --gem-dialkyl-factor 3)"
check "cyclization --ring-size 12: the preset is labelled illustrative" python3 -c 'import json,sys; d=json.loads(sys.argv[1]); sys.exit(0 if d["em_source"].startswith("12-ring preset (illustrative)") else 1)' "$("$cli" cyclization --c0 0.05 --ring-size 12)"
check "cyclization syringe and inverse carry em_source too" python3 -c 'import json,sys; sys.exit(0 if all("em_source" in json.loads(a) and "illustrative_factors" in json.loads(a) for a in sys.argv[1:]) else 1)' "$("$cli" cyclization --syringe --total 0.05 --em 0.05 --k-intra 1e-5 --addition-h 8)" "$("$cli" cyclization --target-yield 0.9 --em 0.05)"
check "cyclization assumptions: A2 + B2 is an upper bound" python3 -c 'import json,sys; d=json.loads(sys.argv[1]); a=d["assumptions"][0]; sys.exit(0 if "A2 + B2" in a and "upper bound" in a else 1)' "$("$cli" cyclization --c0 0.05 --em 0.05)"
check "cyclization --ring-size 12 uses EM 1e-3" json_has "$("$cli" cyclization --c0 0.05 --ring-size 12)" em_molar 0.001
check "cyclization dimer EM on the large-ring line (14 atoms: 0.01 M)" json_has "$("$cli" cyclization --c0 0.05 --em 0.05)" dimer_em_molar 0.01
check "cyclization --ring-size 3: the dimer (piperazine, 6 atoms) takes the 6-ring preset EM" json_has "$("$cli" cyclization --c0 0.05 --ring-size 3)" dimer_em_molar 42.5
check "cyclization --em2 overrides the dimer EM" json_has "$("$cli" cyclization --c0 0.05 --em 0.05 --em2 0.003)" dimer_em_molar 0.003

# Bad input: exit 2, one line naming the field.
check "cyclization negative c0 names c0" exits_2_naming c0 cyclization --c0 -1 --em 0.05
check "cyclization c0 above 20 M names c0" exits_2_naming c0 cyclization --c0 30 --em 0.05
check "cyclization NaN c0 names c0" exits_2_naming c0 cyclization --c0 nan --em 0.05
check "cyclization EM 0 names em" exits_2_naming em cyclization --c0 0.05 --em 0
check "cyclization missing EM names em" exits_2_naming em cyclization --c0 0.05
check "cyclization k_intra 0 names k_intra" exits_2_naming k_intra cyclization --syringe --total 0.1 --em 0.05 --k-intra 0 --addition-h 8
check "cyclization missing k_intra names k_intra" exits_2_naming k_intra cyclization --syringe --total 0.1 --em 0.05 --addition-h 8
check "cyclization negative addition time names addition_h" exits_2_naming addition_h cyclization --syringe --total 0.1 --em 0.05 --k-intra 1e-3 --addition-h -8
check "cyclization zero total names total" exits_2_naming total cyclization --syringe --total 0 --em 0.05 --k-intra 1e-3 --addition-h 8
check "cyclization start volume 0 names start_volume_fraction" exits_2_naming start_volume_fraction cyclization --syringe --total 0.1 --em 0.05 --k-intra 1e-3 --addition-h 8 --start-volume-fraction 0
check "cyclization target yield 1 names target_yield" exits_2_naming target_yield cyclization --target-yield 1 --em 0.05
check "cyclization target yield 0 names target_yield" exits_2_naming target_yield cyclization --syringe --target-yield 0 --total 0.1 --em 0.05 --k-intra 1e-3
check "cyclization unknown ring size names ring_size" exits_2_naming ring_size cyclization --c0 0.05 --ring-size 8
check "cyclization bad --em2 names em_2" exits_2_naming em_2 cyclization --c0 0.05 --em 0.05 --em2 -1
check "cyclization --addition-h without --syringe exits 2" exits_2_naming addition-h cyclization --c0 0.05 --em 0.05 --addition-h 3
check "cyclization --total without --syringe: option --total needs --syringe" bash -c "\"$cli\" cyclization --c0 0.05 --em 0.05 --total 1 2>&1 >/dev/null | grep -q -- 'option --total needs --syringe'"
check "cyclization --c0 with --syringe: does not apply here" bash -c "\"$cli\" cyclization --syringe --c0 0.05 --total 0.1 --em 0.05 --k-intra 1e-3 --addition-h 8 2>&1 >/dev/null | grep -q -- 'option --c0 does not apply here'"

check "cyclization --help: the declared options with label and unit" help_has_options cyclization \
  "--syringe" "Mode; a switch" "--c0 M" "Precursor concentration (mol/L)" \
  "--total M" "Total precursor concentration (mol/L)" "--k-intra PER_S" "Ring-closure rate constant k_intra (1/s)" \
  "--half-life-h H" "Ring-closure half-life (h)" "--addition-h H" "Addition time (h)" \
  "--start-volume-fraction X" "Starting volume / final volume" "--target-yield FRACTION" "Target ring yield as a fraction" \
  "--em M" "Effective molarity (EM) (mol/L)" "--ring-size N" "Ring size" \
  "--tosyl" "N-tosyl (Richman–Atkins) ×10, illustrative" "--tosyl-factor X" "N-tosyl EM factor" \
  "--gem-dialkyl" "gem-dialkyl (Thorpe–Ingold) ×10, illustrative" "--gem-dialkyl-factor X" "gem-dialkyl EM factor" \
  "--large-ring-em M" "Large-ring EM anchor (mol/L)" "--em2 M" "EM of the cyclic oligomer (mol/L)" \
  "--max-chain N" "Longest chain tracked" "--no-chain-ends" "Precursor meets only precursor, oligomers inert" \
  "--two-component" "Two components (diamine + dihalide)" "--dihalide-equiv E" "Dihalide per diamine (equiv)" \
  "--feed dihalide|diamine|both" "What the syringe pump adds"
check "cyclization --help per command (CLI11) ends with the same lines" bash -c "\"$cli\" cyclization --help | grep -q -- '--no-chain-ends  *Precursor meets only precursor'"

# Two components (A2 + B2): the split sums to 1 in diamine units; every strategy at the same
# conditions; the seed's protocol (dihalide into diamine) barely beats batch, both together do
# better, the pre-formed adduct best (an independent equal-reactivity model: 0.25 / 0.29 / 0.50 / 0.93).
two_sums_to_one() {  # json
  python3 -c 'import json,sys; d=json.loads(sys.argv[1]); k=("ring_at_completion","cyclic_oligomers","linear_oligomers","long_chains","diamine_left"); s=sum(d[x] for x in k); sys.exit(0 if abs(s-1)<=1e-6 and all(d[x]>=0 for x in k) and d["ring_at_completion"]<=d["ring_yield"] and d["model"]=="cyclization-engine-two-component" else 1)' "$1"
}
for c0 in 0.0005 0.01 0.05 0.5; do
  out=$("$cli" cyclization --two-component --c0 $c0 --em 0.05)
  check "cyclization --two-component --c0 $c0: the split sums to 1" two_sums_to_one "$out"
done
out=$("$cli" cyclization --two-component --c0 0.05 --em 0.05)
check "cyclization --two-component batch: fed strategies are null, batch is the answer" python3 -c 'import json,sys; d=json.loads(sys.argv[1]); s=d["strategies"]; sys.exit(0 if list(s)==["batch","dihalide_into_diamine","diamine_into_dihalide","both","preformed_ab"] and s["dihalide_into_diamine"] is None and s["both"] is None and s["batch"]["ring_yield"]==d["ring_yield"] and abs(d["ring_yield"]-0.25)<0.01 and s["preformed_ab"]["ring_yield"]>0.45 else 1)' "$out"
out=$("$cli" cyclization --two-component --feed dihalide --total 0.05 --em 0.05 --k-intra 1e-3 --addition-h 8)
check "cyclization --two-component --feed dihalide: the split sums to 1" two_sums_to_one "$out"
check "cyclization --two-component, 8 h at 0.05 M: batch < dihalide into diamine < both < pre-formed adduct" python3 -c 'import json,sys; d=json.loads(sys.argv[1]); s={k:v["ring_yield"] for k,v in d["strategies"].items()}; sys.exit(0 if abs(s["dihalide_into_diamine"]-0.29)<0.01 and abs(s["both"]-0.50)<0.015 and abs(s["preformed_ab"]-0.93)<0.01 and s["batch"]<s["dihalide_into_diamine"]<s["both"]<s["preformed_ab"] and d["ring_yield"]==s["dihalide_into_diamine"] and abs(s["diamine_into_dihalide"]-s["dihalide_into_diamine"])<1e-8 else 1)' "$out"
out=$("$cli" cyclization --two-component --feed both --total 0.05 --em 0.05 --half-life-h 0.2 --addition-h 8)
check "cyclization --two-component --feed both takes the half-life" python3 -c 'import json,sys; d=json.loads(sys.argv[1]); sys.exit(0 if d["feed"]=="both" and d["ring_yield"]==d["strategies"]["both"]["ring_yield"] else 1)' "$out"
check "cyclization --two-component unknown --feed names feed" exits_2_naming feed cyclization --two-component --feed sideways --total 0.05 --em 0.05 --k-intra 1e-3 --addition-h 8
check "cyclization --two-component --dihalide-equiv 3 names dihalide_equiv" exits_2_naming dihalide_equiv cyclization --two-component --c0 0.05 --em 0.05 --dihalide-equiv 3
check "cyclization --two-component --dihalide-equiv 0.3 names dihalide_equiv" exits_2_naming dihalide_equiv cyclization --two-component --c0 0.05 --em 0.05 --dihalide-equiv 0.3
check "cyclization --two-component --ring-size 3 names ring_size (a 4-ring at the fewest)" exits_2_naming ring_size cyclization --two-component --c0 0.05 --ring-size 3
check "cyclization --two-component pump without k_intra names k_intra" exits_2_naming k_intra cyclization --two-component --feed both --total 0.05 --em 0.05 --addition-h 8
check "cyclization --feed without --two-component does not apply" exits_2_naming feed cyclization --c0 0.05 --em 0.05 --feed both
