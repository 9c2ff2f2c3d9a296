# Sourced by contract.sh: the report subcommand, the page's report of a tool
# as text. Expected figures are computed here, independently of the program.
report_has() {  # description, text expected in the report's lines, permalink
  local description=$1 want=$2 link=$3 out
  out=$("$cli" report "$link")
  check "$description" grep -qF -- "$want" <<<"$out"
}
sig3() {  # a number with 3 significant figures, as the app prints it (1 <= |x| < 1000 and 0.001...)
  python3 -c 'import sys,math; v=float(sys.argv[1]); e=math.floor(math.log10(abs(float("%.3g"%v)))); print("%.*f"%(max(0,2-e),v))' "$1"
}

# Workup: Fieser n, n, 3n mL per n g LiAlH4; H2 at most 4 per LiAlH4, at the
# 37.95 g/mol the tool states (docs/MODELS.md).
m_lah=37.95
for n in 2.5 0.4; do
  link="https://example.org/diazepane/?tool=workup&workup.mode=g&workup.lah_g=$n#results"
  report_has "report workup $n g: 1st water" "1st addition: water: $(sig3 "$n") mL" "$link"
  report_has "report workup $n g: NaOH" "2nd addition: 15 % aq. NaOH: $(sig3 "$n") mL" "$link"
  report_has "report workup $n g: 3n water" "3rd addition: water: $(sig3 "$(python3 -c "print(3*$n)")") mL" "$link"
  report_has "report workup $n g: step 4 of the checklist" "4. [ ] Add $(sig3 "$(python3 -c "print(3*$n)")") mL water." "$link"
  report_has "report workup $n g: H2 upper bound" \
    "H2 released, upper bound: $(sig3 "$(python3 -c "print(4*$n/$m_lah)")") mol" "$link"
done
report_has "report workup in mg" "3rd addition: water: $(sig3 1.5) mL" "tool=workup&workup.mode=mg&workup.lah_mg=500"
check "report workup: the page's title first" bash -c "\"$cli\" report tool=workup | head -1 | grep -qx 'LiAlH4 workup (Fieser n-n-3n)'"
check "report is plain ASCII" bash -c "! \"$cli\" report tool=cyclization | LC_ALL=C grep -q '[^ -~]'"

# Alkylation: for kappa = 0.5 the two N react independently; with x equiv each
# N has reacted with probability x/2 (unreacted (1-p)^2, mono 2p(1-p), bis p^2).
p=0.3
link="tool=alkylation&alkylation.kappa=0.5&alkylation.equiv=$(python3 -c "print(2*$p)")"
report_has "report alkylation: unreacted (1-p)^2" "Unreacted diamine: $(sig3 "$(python3 -c "print(100*(1-$p)**2)")") %" "$link"
report_has "report alkylation: mono 2p(1-p)" "Mono product: $(sig3 "$(python3 -c "print(100*2*$p*(1-$p))")") %" "$link"
report_has "report alkylation: bis p^2" "Bis product: $(sig3 "$(python3 -c "print(100*$p*$p)")") %" "$link"
# kappa = 2: the Frost-Schwemer equations integrated here (dD = -D, dM = D - kM per unit k1*E*dt).
mono_k2=$(python3 -c '
d, m, k, used, h = 1.0, 0.0, 2.0, 0.0, 1e-5
while used < 1.0:
    rate = d + k * m
    d, m, used = d - d * h, m + (d - k * m) * h, used + rate * h
print(100 * m)')
report_has "report alkylation kappa 2: mono from the rate equations" "Mono product: $(sig3 "$mono_k2") %" \
  "tool=alkylation&alkylation.kappa=2&alkylation.equiv=1"

# Cyclization: the precursor-only limit (EM/2C0) ln(1 + 2C0/EM), C0/EM and the
# solvent per mmol (1/C0 mL); the ring yield is the engine's, as `cyclization` prints it.
link="tool=cyclization&cyclization.mode=batch&cyclization.em=0.05&cyclization.c0=0.02"
report_has "report cyclization: closed-form limit" \
  "Precursor-only limit (closed form): $(sig3 "$(python3 -c 'import math; print(100*0.05/0.04*math.log(1+0.04/0.05))')") %" "$link"
report_has "report cyclization: C0/EM" "C0 / EM: $(sig3 0.4)" "$link"
report_has "report cyclization: solvent per mmol" "Solvent per mmol: $(sig3 50) mL" "$link"
ring=$("$cli" cyclization --c0 0.02 --em 0.05 | python3 -c 'import json,sys; print(100*json.load(sys.stdin)["ring_yield"])')
report_has "report cyclization: ring yield as the engine gives it" "Ring yield: $(sig3 "$ring") %" "$link"

# Route: 10 g of C12H15NO ketone, 1.5 equiv NaN3, 70 % lactam, 2 equiv LiAlH4.
read -r ketone_mmol azide_g lah_g <<<"$(python3 -c '
ketone = 10 / (12*12.011 + 15*1.008 + 14.007 + 15.999) * 1000
print(ketone, 1.5 * ketone * (22.990 + 3*14.007) / 1000, 2 * 0.7 * ketone * 37.95 / 1000)')"
link="tool=route&route.ketone_formula=C12H15NO&route.in_mmol=0&route.amount=10&route.method=h2so4&route.azide_equiv=1.5&route.lactam_yield=70&route.lah_equiv=2"
report_has "report route: ketone mmol" "Ketone: $(sig3 10) g = $(sig3 "$ketone_mmol") mmol" "$link"
report_has "report route: NaN3 grams" "NaN3: $(sig3 "$azide_g") g" "$link"
report_has "report route: LiAlH4 grams" "LiAlH4: $(sig3 "$lah_g") g" "$link"
report_has "report route: its Fieser workup" "$(sig3 "$lah_g") mL water, $(sig3 "$lah_g") mL 15 % NaOH" "$link"

# --lines: the page mirror's TSV, six fields a line.
check "report --lines: key, label, value, kind, flags, detail" bash -c \
  "\"$cli\" report --lines 'tool=workup&workup.lah_g=2.5' | awk -F'\t' 'NF!=6{bad=1} \$1==\"water_last_ml\"{seen=(\$3==\"7.50 mL\" && \$4==\"result\")} END{exit bad||!seen}'"

# What the page would refuse exits 2 naming it; a model's refusal names its field after the report.
check "report unknown key exits 2 naming it" exits_2_naming workup.lah_kg report "tool=workup&workup.lah_kg=1"
check "report bad choice exits 2 naming it" exits_2_naming workup.mode report "tool=workup&workup.mode=litres"
check "report malformed escape exits 2 naming it" exits_2_naming workup.lah_g report "tool=workup&workup.lah_g=%zz"
check "report unknown tool exits 2 naming tool" exits_2_naming tool report "tool=kitchen"
check "report without tool= exits 2 naming tool" exits_2_naming tool report "workup.lah_g=2.5"
check "report without a permalink exits 2" exits_2_naming permalink report
check "report unknown option exits 2" exits_2_naming json report --json tool=workup
check "report negative mass exits 2 naming lah_g" exits_2_naming lah_g report "tool=workup&workup.lah_g=-3"
check "report negative mass: the report says so, with no results" bash -c \
  "out=\$(\"$cli\" report 'tool=workup&workup.lah_g=-3' 2>/dev/null); grep -q '^- Input problem: ' <<<\"\$out\" && ! grep -q 'addition' <<<\"\$out\""
