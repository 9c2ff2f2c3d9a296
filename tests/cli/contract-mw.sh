# Sourced by contract.sh: the mw subcommand.
check "mw Na2SO4·10H2O" json_has "$("$cli" mw "Na2SO4·10H2O")" molar_mass 322.186
check "mw keeps the formula as given" python3 -c 'import json,sys; d=json.loads(sys.argv[1]); sys.exit(0 if d["formula"]=="(CH3)3COH" and d["hill"]=="C4H10O" else 1)' "$("$cli" mw "(CH3)3COH")"
check "mw of a reagent key" json_has "$("$cli" mw boc2o)" molar_mass 218.249
check "mw unknown element exits 2 naming formula" exits_2_naming formula mw "Xx2"
check "mw hostile length exits 2" exits_2_naming formula mw "$(printf 'C%.0s' $(seq 1 10000))"
check "mw counts atoms" json_has "$("$cli" mw "(CH3)3COH")" atoms_H 10
check "mw of a reagent name" json_has "$("$cli" mw "Sodium azide")" molar_mass 65.011
check "mw mixture exits 2 naming formula" exits_2_naming formula mw ppa
check "mw count 10^12 exits 2" exits_2_naming formula mw "C1000000000000"
check "mw 200 nested brackets exits 2" exits_2_naming formula mw "$(printf '(%.0s' $(seq 1 200))H$(printf ')%.0s' $(seq 1 200))"
check "mw unbalanced exits 2" exits_2_naming formula mw "(CH3"
check "mw empty exits 2" exits_2_naming formula mw ""
