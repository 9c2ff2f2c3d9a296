# Sourced by contract.sh: the mw subcommand.
check "mw Na2SO4·10H2O" json_has "$("$cli" mw "Na2SO4·10H2O")" molar_mass 322.186
check "mw keeps the formula as given" python3 -c 'import json,sys; d=json.loads(sys.argv[1]); sys.exit(0 if d["formula"]=="(CH3)3COH" and d["hill"]=="C4H10O" else 1)' "$("$cli" mw "(CH3)3COH")"
check "mw of a reagent key" json_has "$("$cli" mw boc2o)" molar_mass 218.249
check "mw unknown element exits 2 naming formula" exits_2_naming formula mw "Xx2"
check "mw hostile length exits 2" exits_2_naming formula mw "$(printf 'C%.0s' $(seq 1 10000))"
