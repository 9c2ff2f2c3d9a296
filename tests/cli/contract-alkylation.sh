# Sourced by contract.sh: the alkylation and monoboc subcommands.
check "alkylation --equiv 1.0 --kappa 0.5 gives 25/50/25" json_has "$("$cli" alkylation --equiv 1.0 --kappa 0.5)" mono 0.5
check "alkylation bis 0.25" json_has "$("$cli" alkylation --equiv 1.0 --kappa 0.5)" bis 0.25
check "alkylation default kappa is statistical" json_has "$("$cli" alkylation --equiv 1.0)" unreacted 0.25
check "monoboc --diamine-equiv 4" json_has "$("$cli" monoboc --diamine-equiv 4 --kappa 0.5)" mono_yield 0.875
check "monoboc diamine_left" json_has "$("$cli" monoboc --diamine-equiv 4)" diamine_left 0.765625
check "monoboc with scale" json_has "$("$cli" monoboc --diamine-equiv 4 --boc-mmol 10)" boc2o_g 2.1825
check "alkylation equiv 3 exits 2 naming equiv" exits_2_naming equiv alkylation --equiv 3
check "alkylation kappa 0 exits 2 naming kappa" exits_2_naming kappa alkylation --equiv 1 --kappa 0
check "monoboc N 0.5 exits 2 naming diamine_equiv" exits_2_naming diamine_equiv monoboc --diamine-equiv 0.5
