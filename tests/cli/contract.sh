#!/usr/bin/env bash
# The CLI contract of DESIGN.md: one JSON object on stdout; bad input exits 2
# with one line on stderr naming the field.
set -u
cli=$1
failures=0
check() {  # description, command..., expects stdout to contain $expect
  local description=$1; shift
  if "$@"; then echo "ok   $description"; else echo "FAIL $description"; failures=$((failures + 1)); fi
}
json_has() {  # json key expected-value (python float compare, 1e-9 relative)
  python3 -c 'import json,sys; d=json.loads(sys.argv[1]); v=float(sys.argv[3]); sys.exit(0 if abs(d[sys.argv[2]]-v)<=1e-9*max(1,abs(v)) else 1)' "$@"
}
exits_2_naming() {  # field, args...
  local field=$1; shift
  local err status
  err=$("$cli" "$@" 2>&1 >/dev/null); status=$?
  [ $status -eq 2 ] && [ "$(printf '%s\n' "$err" | wc -l)" -eq 1 ] && [[ "$err" == *"$field"* ]]
}

has_model() {  # json expected-model-name: "model" a string, "assumptions" a non-empty list of strings
  python3 -c 'import json,sys; d=json.loads(sys.argv[1]); a=d.get("assumptions"); sys.exit(0 if d.get("model")==sys.argv[2] and isinstance(a,list) and a and all(isinstance(x,str) and x for x in a) else 1)' "$@"
}

out=$("$cli" workup --lah-g 2.5)
check "workup --lah-g 2.5 gives n-n-3n" json_has "$out" water_last_ml 7.5
check "workup keys" json_has "$out" naoh_15pct_ml 2.5
check "workup H2 litres" python3 -c "import json,sys; d=json.loads(sys.argv[1]); sys.exit(0 if abs(d['h2_l_25c_max']/2.5-2.579)<0.001 else 1)" "$out"
check "workup --solution-ml 10 --molarity 2.4" json_has "$("$cli" workup --solution-ml 10 --molarity 2.4)" lah_g 0.9108
check "workup --lah-mg 250" json_has "$("$cli" workup --lah-mg 250)" water_first_ml 0.25
check "workup --lah-mmol 100" json_has "$("$cli" workup --lah-mmol 100)" lah_g 3.795
check "negative mass exits 2 naming lah_g" exits_2_naming lah_g workup --lah-g -1
check "text exits 2 naming lah_g" exits_2_naming lah_g workup --lah-g abc
check "molarity 0 exits 2 naming molarity" exits_2_naming molarity workup --solution-ml 10 --molarity 0
check "two modes at once exit 2" exits_2_naming lah workup --lah-g 1 --lah-mg 3
check "unknown option exits 2" exits_2_naming lah-kg workup --lah-kg 1
check "workup least water: 2 H2O per LiAlH4" python3 -c "import json,sys; d=json.loads(sys.argv[1]); sys.exit(0 if abs(d['water_stoichiometric_ml']-2.5*2*18.015/37.95/0.997)<1e-9 and abs(d['glauber_salt_min_g']-2.5*0.2*322.19/37.95)<1e-9 else 1)" "$out"
check "workup model" has_model "$out" fieser-n-n-3n
check "two modes at once: the message lists every way" bash -c "\"$cli\" workup --lah-g 1 --lah-mg 3 2>&1 | grep -qx 'workup: lah: give the LiAlH4 amount exactly one way: --lah-g, --lah-mg, --lah-mmol, --solution-ml with --molarity, or --equiv with --substrate-mmol'"
check "workup --solution-ml without --molarity exits 2 naming molarity" exits_2_naming molarity workup --solution-ml 10
check "workup --lah-g '2.5 g' (its own unit) reads as 2.5" json_has "$("$cli" workup --lah-g '2.5 g')" water_last_ml 7.5
# --help lists each option with its declaration's flag, label and unit (app/*_inputs.hpp): the
# pairs are "--flag PLACEHOLDER" and the text its line holds, within the command's entry.
help_lists() {  # command, then flag and text, flag and text, ...
  "$cli" --help | python3 -c '
import re, sys
lines, command, pairs = sys.stdin.read().splitlines(), sys.argv[1], sys.argv[2:]
start = [i for i, l in enumerate(lines) if l.startswith("  " + command + " ")]
entry = []
for line in lines[start[0] + 1:] if start else []:
    if not line.strip() or re.match(r"^  \S", line): break
    entry.append(line.strip())
sys.exit(0 if start and all(any(l.startswith(f + " ") and t in l for l in entry) for f, t in zip(pairs[::2], pairs[1::2])) else 1)
' "$@"
}
# help_has_options COMMAND FLAG LABEL [FLAG LABEL ...]: under COMMAND in `diazepane-bench --help`,
# a line "--FLAG  LABEL..." each (the flag with its value, none after a switch; the label, or the
# noun the messages use, with the unit); the usage above "Options:" names no option (none
# described twice). For the commands whose options all come from declarations.
help_has_options() {
  python3 -c '
import re, sys
h, command, pairs = sys.argv[1], sys.argv[2], sys.argv[3:]
m = re.search(r"^  " + re.escape(command) + r" .*?(?=^  \S|^\S|^$|\Z)", h, re.M | re.S)
ok = m is not None and " --" not in m.group(0).split("Options:")[0] and all(
    re.search(r"^ {8}" + re.escape(f) + r" {2,}" + re.escape(l), m.group(0), re.M)
    for f, l in zip(pairs[::2], pairs[1::2]))
sys.exit(0 if ok else 1)' "$("$cli" --help)" "$@"
}
check "workup --help: the declared options with label and unit" help_lists workup \
  "--lah-g G" "LiAlH4 mass (g)" "--lah-mg MG" "LiAlH4 mass (mg)" "--lah-mmol MMOL" "LiAlH4 amount (mmol)" \
  "--solution-ml ML" "Solution volume (mL); with --molarity" "--molarity M" "Molarity (mol/L); with --solution-ml" \
  "--equiv E" "Equivalents of LiAlH4 (equiv); with --substrate-mmol" "--substrate-mmol MMOL" "Substrate amount (mmol); with --equiv"
check "workup --help per command (CLI11) ends with the same lines" bash -c "\"$cli\" workup --help | tail -1 | grep -q -- '--substrate-mmol MMOL .*Substrate amount (mmol)'"
check "alkylation model" has_model "$("$cli" alkylation --equiv 1)" competitive-consecutive-frost-schwemer
check "monoboc model" has_model "$("$cli" monoboc --diamine-equiv 4)" excess-diamine-frost-schwemer
check "route model" has_model "$("$cli" route --ketone-g 10)" schmidt-route-stoichiometry
check "mw model" has_model "$("$cli" mw NaN3)" formula-molar-mass
check "unknown command exits 2" bash -c "\"$cli\" frobnicate 2>/dev/null; [ \$? -eq 2 ]"
for extra in "$(dirname "$0")"/contract-*.sh; do
  [ -f "$extra" ] && source "$extra"
done
echo "cli contract: $failures failed"
[ $failures -eq 0 ]
