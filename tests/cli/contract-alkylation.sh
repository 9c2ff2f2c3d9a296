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
check "monoboc --boc-mmol abc exits 2 naming boc_mmol" exits_2_naming boc_mmol monoboc --diamine-equiv 4 --boc-mmol abc
check "monoboc --boc-mmol 0 exits 2 naming boc_mmol" exits_2_naming boc_mmol monoboc --diamine-equiv 4 --boc-mmol 0
check "alkylation unknown option exits 2 naming it" exits_2_naming "unknown option --diamine-equiv" alkylation --equiv 1 --diamine-equiv 4
check "monoboc unknown option exits 2 naming it" exits_2_naming "unknown option --equiv" monoboc --diamine-equiv 4 --equiv 1
# --help lists each option with its declaration's flag, label and unit (app/alkylation_inputs.hpp).
check "alkylation --help: the declared options with label and unit" help_lists alkylation \
  "--equiv E" "Equivalents of electrophile (equiv); 0..2 per diamine" "--kappa X" "Rate ratio κ = k2/k1; default: 0.5"
check "monoboc --help: the declared options with label and unit" help_lists monoboc \
  "--diamine-equiv E" "Diamine excess (equiv)" "--kappa X" "Rate ratio κ = k2/k1" \
  "--boc-mmol MMOL" "Boc2O amount (mmol); adds the amounts to weigh out"
check "monoboc --help per command (CLI11) ends with the same lines" bash -c "\"$cli\" monoboc --help | tail -1 | grep -q -- '--boc-mmol MMOL .*Boc2O amount (mmol)'"
