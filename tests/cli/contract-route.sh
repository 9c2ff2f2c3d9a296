# Sourced by contract.sh: the route subcommand (Schmidt -> lactam -> LiAlH4 -> Fieser).
# 10 g ketone = 52.838 mmol; NaN3 1.5 equiv = 5.1526 g in 6 portions 12 min apart;
# 40 mL H2SO4; LiAlH4 2 equiv on 70 % lactam = 2.8073 g.
out=$("$cli" route --ketone-g 10)
check "route default NaN3 grams" python3 -c "import json,sys; d=json.loads(sys.argv[1]); sys.exit(0 if abs(d['azide_g']-5.1526)<1e-3 and d['portions']==6 and abs(d['interval_min']-12)<1e-9 else 1)" "$out"
check "route default acid mL" json_has "$out" acid_ml 40
check "route LiAlH4 and Fieser" python3 -c "import json,sys; d=json.loads(sys.argv[1]); sys.exit(0 if abs(d['lah_g']-2.8073)<1e-3 and d['water_last_ml']==3*d['lah_g'] else 1)" "$out"
check "route product formula" python3 -c "import json,sys; d=json.loads(sys.argv[1]); sys.exit(0 if d['amine']=='C12H18N2' and d['lactam']=='C12H16N2O' else 1)" "$out"
check "route no tetrazole warning at 1.5 equiv" json_has "$out" tetrazole_risk 0
check "route tetrazole warning at 2.5 equiv" json_has "$("$cli" route --ketone-mmol 20 --azide-equiv 2.5)" tetrazole_risk 1
check "route TMSN3 volume" python3 -c "import json,sys; d=json.loads(sys.argv[1]); sys.exit(0 if abs(d['azide_ml']-1.9910)<1e-3 and abs(d['acid_ml']-2.6545)<1e-3 else 1)" "$("$cli" route --ketone-mmol 10 --method tmsn3-tfoh)"
check "route LiAlH4 solution" json_has "$("$cli" route --ketone-mmol 10 --lah-molarity 2.0)" lah_solution_ml 7
check "route needs an amount" exits_2_naming ketone_amount route
check "route yield above 1 exits 2" exits_2_naming lactam_yield route --ketone-g 10 --lactam-yield 70
check "route fractional portions exits 2" exits_2_naming portions route --ketone-g 10 --portions 2.5
check "route unknown method exits 2" exits_2_naming method route --ketone-g 10 --method hcl
check "route bad ketone formula exits 2" exits_2_naming ketone_formula route --ketone-g 10 --ketone-formula C6H12
