# Sourced by contract.sh: the cyclization subcommand (uses $cli, check, json_has, exits_2_naming).

# Batch: Y = (EM / 2 C0) ln(1 + 2 C0 / EM); C0 = EM gives ln(3) / 2.
out=$("$cli" cyclization --c0 0.05 --em 0.05)
check "cyclization --c0 0.05 --em 0.05 gives ln(3)/2" json_has "$out" ring_yield 0.5493061443340549
check "cyclization batch: ring_yield is the first key" python3 -c 'import json,sys; sys.exit(0 if list(json.loads(sys.argv[1]))[0]=="ring_yield" else 1)' "$out"
check "cyclization batch: 20 mL solvent per mmol at 0.05 M" json_has "$out" solvent_ml_per_mmol 20
# C0 = EM / 2: 2 C0 / EM = 1, Y = ln 2.
check "cyclization --c0 0.025 --em 0.05 gives ln 2" json_has "$("$cli" cyclization --c0 0.025 --em 0.05)" ring_yield 0.6931471805599453
# Batch completion: k t = ln((100 + 2 c0) / (1 + 2 c0)), c0 = C0 / EM = 1 -> ln(34) / 1e-3 s.
check "cyclization batch completion_h with --k-intra" json_has "$("$cli" cyclization --c0 0.05 --em 0.05 --k-intra 1e-3)" completion_h "$(python3 -c 'import math; print(math.log(34)/1e-3/3600)')"

# Syringe pump: checked against an independent RK4 integration (0.89303293436).
out=$("$cli" cyclization --syringe --total 0.1 --em 0.05 --k-intra 1e-3 --addition-h 8)
check "cyclization --syringe ring_yield" python3 -c 'import json,sys; d=json.loads(sys.argv[1]); sys.exit(0 if abs(d["ring_yield"]-0.89303293436)<1e-9 else 1)' "$out"
check "cyclization --syringe keys in contract order" python3 -c 'import json,sys; sys.exit(0 if list(json.loads(sys.argv[1]))[:2]==["ring_yield","steady_state_molar"] else 1)' "$out"
# C_ss = 2F / (k + sqrt(k^2 + 8 k_inter F)), F = 0.1 M / 8 h, k_inter = 1e-3 / 0.05.
check "cyclization --syringe steady_state_molar" json_has "$out" steady_state_molar "$(python3 -c 'import math; F=0.1/8/3600; k=1e-3; ki=k/0.05; print(2*F/(k+math.sqrt(k*k+8*ki*F)))')"
check "cyclization --syringe beats batch" python3 -c 'import json,sys; d=json.loads(sys.argv[1]); sys.exit(0 if d["ring_yield"]>d["batch_ring_yield"] else 1)' "$out"

# Inverse problems round-trip.
c0=$("$cli" cyclization --target-yield 0.9 --em 0.05 | python3 -c 'import json,sys; print(repr(json.load(sys.stdin)["c0_molar"]))')
check "cyclization --target-yield 0.9 round-trips" json_has "$("$cli" cyclization --c0 "$c0" --em 0.05)" ring_yield 0.9
hours=$("$cli" cyclization --syringe --target-yield 0.95 --total 0.1 --em 0.05 --k-intra 1e-3 | python3 -c 'import json,sys; print(repr(json.load(sys.stdin)["addition_h"]))')
check "cyclization --syringe --target-yield 0.95 round-trips" json_has "$("$cli" cyclization --syringe --total 0.1 --em 0.05 --k-intra 1e-3 --addition-h "$hours")" ring_yield 0.95
check "cyclization target below batch yield needs no pump" json_has "$("$cli" cyclization --syringe --target-yield 0.3 --total 0.1 --em 0.05 --k-intra 1e-3)" addition_h 0

# Presets: the 7-ring preset is EM 0.05 M; N-tosyl x10 makes it 0.5 M.
check "cyclization --ring-size 7 uses EM 0.05" json_has "$("$cli" cyclization --c0 0.05 --ring-size 7)" ring_yield 0.5493061443340549
check "cyclization --ring-size 7 --tosyl multiplies EM by 10" json_has "$("$cli" cyclization --c0 0.05 --ring-size 7 --tosyl)" em_molar 0.5
check "cyclization --gem-dialkyl-factor 3" json_has "$("$cli" cyclization --c0 0.05 --ring-size 7 --gem-dialkyl-factor 3)" em_molar 0.15
out=$("$cli" cyclization --c0 0.05 --em 0.05 --ring-chain)
check "cyclization --ring-chain fractions sum to 1" python3 -c 'import json,sys; d=json.loads(sys.argv[1]); s=sum(d["ring_chain_"+k] for k in ("cyclic_monomer","cyclic_oligomers","linear_oligomers","precursor_left")); sys.exit(0 if abs(s-1)<1e-7 and d["ring_chain_cyclic_monomer"]<d["ring_yield"] else 1)' "$out"

# Bad input: exit 2, one line naming the field.
check "cyclization negative c0 names c0" exits_2_naming c0 cyclization --c0 -1 --em 0.05
check "cyclization c0 above 20 M names c0" exits_2_naming c0 cyclization --c0 30 --em 0.05
check "cyclization NaN c0 names c0" exits_2_naming c0 cyclization --c0 nan --em 0.05
check "cyclization EM 0 names em" exits_2_naming em cyclization --c0 0.05 --em 0
check "cyclization missing EM names em" exits_2_naming em cyclization --c0 0.05
check "cyclization k_intra 0 names k_intra" exits_2_naming k_intra cyclization --syringe --total 0.1 --em 0.05 --k-intra 0 --addition-h 8
check "cyclization negative addition time names addition_h" exits_2_naming addition_h cyclization --syringe --total 0.1 --em 0.05 --k-intra 1e-3 --addition-h -8
check "cyclization zero total names total" exits_2_naming total cyclization --syringe --total 0 --em 0.05 --k-intra 1e-3 --addition-h 8
check "cyclization target yield 1 names target_yield" exits_2_naming target_yield cyclization --target-yield 1 --em 0.05
check "cyclization target yield 0 names target_yield" exits_2_naming target_yield cyclization --syringe --target-yield 0 --total 0.1 --em 0.05 --k-intra 1e-3
check "cyclization unknown ring size names ring_size" exits_2_naming ring_size cyclization --c0 0.05 --ring-size 8
check "cyclization --addition-h without --syringe exits 2" exits_2_naming addition-h cyclization --c0 0.05 --em 0.05 --addition-h 3
