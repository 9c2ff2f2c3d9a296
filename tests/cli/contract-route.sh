# Sourced by contract.sh: the route subcommand (Schmidt -> lactam -> LiAlH4 -> Fieser).
# 10 g ketone = 52.838 mmol; NaN3 1.5 equiv = 5.1526 g in 14 portions over 120 min (120/13 min apart);
# 40 mL H2SO4; LiAlH4 2 equiv on 70 % lactam = 2.8073 g.
out=$("$cli" route --ketone-g 10)
check "route default NaN3 grams" python3 -c "import json,sys; d=json.loads(sys.argv[1]); sys.exit(0 if abs(d['azide_g']-5.1526)<1e-3 and d['portions']==14 and abs(d['interval_min']-120/13)<1e-9 else 1)" "$out"
check "route default acid mL" json_has "$out" acid_ml 40
check "route LiAlH4 and Fieser" python3 -c "import json,sys; d=json.loads(sys.argv[1]); sys.exit(0 if abs(d['lah_g']-2.8073)<1e-3 and d['water_last_ml']==3*d['lah_g'] else 1)" "$out"
check "route product formula" python3 -c "import json,sys; d=json.loads(sys.argv[1]); sys.exit(0 if d['amine']=='C12H18N2' and d['lactam']=='C12H16N2O' else 1)" "$out"
check "route no tetrazole warning at 1.5 equiv" json_has "$out" tetrazole_risk 0
check "route tetrazole warning at 2.5 equiv" json_has "$("$cli" route --ketone-mmol 20 --azide-equiv 2.5 --portions 24)" tetrazole_risk 1
check "route TMSN3 volume" python3 -c "import json,sys; d=json.loads(sys.argv[1]); sys.exit(0 if abs(d['azide_ml']-1.9910)<1e-3 and abs(d['acid_ml']-2.6545)<1e-3 else 1)" "$("$cli" route --ketone-mmol 10 --method tmsn3-tfoh)"
check "route LiAlH4 solution" json_has "$("$cli" route --ketone-mmol 10 --lah-molarity 2.0)" lah_solution_ml 7
check "route needs an amount" exits_2_naming ketone_amount route
check "route yield above 1 exits 2" exits_2_naming lactam_yield route --ketone-g 10 --lactam-yield 70
check "route fractional portions exits 2" exits_2_naming portions route --ketone-g 10 --portions 2.5
check "route unknown method exits 2" exits_2_naming method route --ketone-g 10 --method hcl
check "route bad ketone formula exits 2" exits_2_naming ketone_formula route --ketone-g 10 --ketone-formula C6H12
# The gates: all at once exits 2 naming the field; 13 portions is the least at the defaults
# (79.257 mmol NaN3 × (69.2 + 320) kJ/mol over 73.6 g acid × 1.39 J/(g K) = 301.5 K;
# 301.5 / 25 K (0 °C to room temperature) -> 13).
check "route one portion exits 2 naming portions" exits_2_naming portions route --ketone-g 10 --portions 1
check "route twelve portions exits 2 naming portions" exits_2_naming portions route --ketone-g 10 --portions 12
check "route zero addition time exits 2 naming addition_min" exits_2_naming addition_min route --ketone-g 10 --addition-min 0
check "route thirteen portions pass, min_portions 13" json_has "$("$cli" route --ketone-g 10 --portions 13)" min_portions 13
check "route TfOH all taken by the basic N exits 2" exits_2_naming tfoh_equiv route --ketone-mmol 10 --method tmsn3-tfoh --tfoh-equiv 1
check "route scale_warning null at bench scale" python3 -c "import json,sys; d=json.loads(sys.argv[1]); sys.exit(0 if 'scale_warning' in d and d['scale_warning'] is None else 1)" "$out"
# Scale: a caution from 0.1 mol azide (20 g: 0.16 mol); above 0.5 mol no schedule at all (30 kg once gave 14 x 1.1 kg).
check "route scale_warning a caution string at 20 g" python3 -c "import json,sys; d=json.loads(sys.argv[1]); w=d['scale_warning']; sys.exit(0 if isinstance(w,str) and w.startswith('Large for the bench') and d['portions']==14 else 1)" "$("$cli" route --ketone-g 20)"
check "route 30 kg exits 2 naming ketone_amount" exits_2_naming ketone_amount route --ketone-g 30000
check "route 64 g (0.51 mol azide) exits 2 naming ketone_amount" exits_2_naming ketone_amount route --ketone-g 64
check "route above bench scale: the message asks for a process-safety assessment" python3 -c "import subprocess,sys; r=subprocess.run([sys.argv[1],'route','--ketone-g','30000'],capture_output=True,text=True); m=r.stderr; sys.exit(0 if r.returncode==2 and r.stdout=='' and 'no addition schedule is given' in m and 'MTSR, TMRad' in m and 'Stoessel' in m else 1)" "$cli"
# The acid must stay a stirrable slurry: at least 2 mL/g.
check "route --acid-ml-per-g 0.5 exits 2 naming acid_ml_per_g" exits_2_naming acid_ml_per_g route --ketone-g 10 --acid-ml-per-g 0.5 --portions 100 --addition-min 600
# MsOH at its defaults: the portions follow the method's least number (15 + 1), no longer refused.
check "route --method msoh at defaults: 16 portions" python3 -c "import json,sys; d=json.loads(sys.argv[1]); sys.exit(0 if d['portions']==16 and d['min_portions']==15 and d['interval_min']==8 else 1)" "$("$cli" route --ketone-g 10 --method msoh)"
check "route --azide-equiv 3 at defaults: 26 portions over 125 min" python3 -c "import json,sys; d=json.loads(sys.argv[1]); sys.exit(0 if d['portions']==26 and d['interval_min']==5 else 1)" "$("$cli" route --ketone-g 10 --azide-equiv 3)"
# TMSN3/TfOH: parts and interval gated; free TfOH at least one per TMSN3; ice only where counted.
check "route tmsn3 one part exits 2 naming portions" exits_2_naming portions route --ketone-g 10 --method tmsn3-tfoh --portions 1 --addition-min 0
check "route tmsn3 zero time exits 2 naming addition_min" exits_2_naming addition_min route --ketone-g 10 --method tmsn3-tfoh --portions 16 --addition-min 0
# TMSN3 parts scale with the amount: at least 10, at most 5 mmol each (79.3 mmol: 16).
check "route tmsn3 10 parts for 79 mmol exits 2 naming portions" exits_2_naming portions route --ketone-g 10 --method tmsn3-tfoh --portions 10 --addition-min 60
check "route tmsn3 --tfoh-equiv 1.01 exits 2 naming tfoh_equiv" exits_2_naming tfoh_equiv route --ketone-g 10 --method tmsn3-tfoh --tfoh-equiv 1.01
check "route tmsn3 --tfoh-equiv 2.49 exits 2 naming tfoh_equiv" exits_2_naming tfoh_equiv route --ketone-g 10 --method tmsn3-tfoh --tfoh-equiv 2.49
out_tms=$("$cli" route --ketone-g 10 --method tmsn3-tfoh --tfoh-equiv 2.5)
check "route tmsn3 schedule: 17 parts, ice and heat gate null" python3 -c "import json,sys; d=json.loads(sys.argv[1]); sys.exit(0 if d['portions']==17 and d['min_portions']==16 and d['portion_rise_k'] is None and d['ice_min_g'] is None and abs(d['portion_ml']*17-d['azide_ml'])<1e-9 and abs(d['tfoh_free_equiv']-1.5)<1e-12 and 'HFIP' in d['steps'][0] and 'dichloromethane' in d['steps'][0] else 1)" "$out_tms"
check "route tmsn3 10 mmol ketone: the floor of 10 parts" python3 -c "import json,sys; d=json.loads(sys.argv[1]); sys.exit(0 if d['min_portions']==10 and d['portions']==11 else 1)" "$("$cli" route --ketone-mmol 10 --method tmsn3-tfoh)"
# Azide: above 5 equiv (what Sha 2008 used) refused at azide_equiv; 2-5 equiv a caution with the excess HN3 mass.
check "route --azide-equiv 5.01 exits 2 naming azide_equiv" exits_2_naming azide_equiv route --ketone-g 10 --azide-equiv 5.01 --portions 60 --addition-min 300
check "route --ketone-g 18.9 --azide-equiv 5: default portions and time pass the gate (42, 205 min)" python3 -c "import json,sys; d=json.loads(sys.argv[1]); sys.exit(0 if d['portions']==42 and d['min_portions']==41 and abs(d['interval_min']-5)<1e-9 and d['scale_warning'] else 1)" "$("$cli" route --ketone-g 18.9 --azide-equiv 5)"
# Published procedures: the paper's conditions with a verdict on each, exit 0.
out_sha=$("$cli" route --preset sha2008)
check "route --preset sha2008: verdicts, and the plan the gates accept" python3 -c "import json,sys; d=json.loads(sys.argv[1]); p=d['preset']; v={c['condition']:c['verdict'] for c in p['conditions']}; sys.exit(0 if v=={'ketone':'accepted','acid':'accepted','azide':'accepted','cosolvent':'changed','addition':'changed','temperature':'accepted','quench_ice':'accepted','base':'changed','extraction':'changed','recrystallisation':'not_modelled','yield':'accepted'} and d['portions']==77 and d['min_portions']==76 and abs(d['interval_min']-5)<1e-9 and abs(d['azide_mmol']-499.32)<0.01 and p['heat_model']['min_portions_with_cosolvent']==34 and 'Acta Cryst. 2008, E64, o569' in p['citation'] else 1)" "$out_sha"
check "route --preset sha2008 --lah-equiv 3: the reduction's options still apply" python3 -c "import json,sys; d=json.loads(sys.argv[1]); sys.exit(0 if abs(d['lah_mmol']-3*d['lactam_mmol'])<1e-9 and abs(d['lactam_mmol']-0.65*d['ketone_mmol'])<1e-9 else 1)" "$("$cli" route --preset sha2008 --lah-equiv 3)"
check "route --preset sha2009 exits 2 naming preset" exits_2_naming preset route --preset sha2009
check "route --preset sha2008 --azide-equiv 2 exits 2 naming preset" exits_2_naming preset route --preset sha2008 --azide-equiv 2
check "route --preset sha2008 --ketone-g 5 exits 2 naming preset" exits_2_naming preset route --preset sha2008 --ketone-g 5
check "route --azide-equiv 2.5: an excess_azide caution with the HN3 mass" python3 -c "import json,sys; d=json.loads(sys.argv[1]); c=[x for x in d['cautions'] if x['key']=='excess_azide']; sys.exit(0 if len(c)==1 and c[0]['field']=='azide_equiv' and '1.3 g of HN3 (30 mmol)' in c[0]['text'] else 1)" "$("$cli" route --ketone-mmol 20 --azide-equiv 2.5 --portions 24)"
check "route defaults: no cautions" python3 -c "import json,sys; d=json.loads(sys.argv[1]); sys.exit(0 if d['cautions']==[] else 1)" "$out"
# Only the ketone reacts: an N-Boc piperidone gets a caution (not a refusal); an uncounted basic N under TfOH too.
out_boc=$("$cli" route --ketone-g 5 --ketone-formula C10H17NO3 --method tmsn3-tfoh --basic-n-equiv 0 --tfoh-equiv 1.5)
check "route N-Boc-4-piperidone: other_oxygen and basic_n cautions" python3 -c "import json,sys; d=json.loads(sys.argv[1]); k=[x['key'] for x in d['cautions']]; t=' '.join(x['text'] for x in d['cautions']); sys.exit(0 if k==['other_oxygen','basic_n'] and 'Boc' in t and 'TfOH/LiAlH4' in t else 1)" "$out_boc"
check "route assumptions: only the ketone reacts" python3 -c "import json,sys; d=json.loads(sys.argv[1]); sys.exit(0 if any(a.startswith('Only the ketone reacts') for a in d['assumptions']) else 1)" "$out"
check "route h2so4 keeps its ice amount" python3 -c "import json,sys; d=json.loads(sys.argv[1]); sys.exit(0 if abs(d['ice_min_g']-456.13)<0.01 else 1)" "$out"
check "route azide destruction: 1995 edition, nitrosamine warning" python3 -c "import json,sys; d=json.loads(sys.argv[1]); s=d['steps'][3]; sys.exit(0 if 'N-nitrosamines' in s else 1)" "$out"
check "route model and assumptions" python3 -c "import json,sys; d=json.loads(sys.argv[1]); a=d['assumptions']; sys.exit(0 if d['model']=='schmidt-route-stoichiometry' and isinstance(a,list) and a and all(isinstance(x,str) for x in a) else 1)" "$out"
check "route NaNO2 for the azide (1.5 g/g)" python3 -c "import json,sys; d=json.loads(sys.argv[1]); sys.exit(0 if abs(d['nitrite_g']-1.5*d['azide_g'])<1e-9 and len(d['steps'])==4 else 1)" "$out"
# --help lists every option from its declaration (app/route_inputs.hpp): flag, label, unit.
route_help=$("$cli" --help)
check "route --help: the declared options with label and unit" python3 -c "import sys; h=sys.argv[1]; sys.exit(0 if all(s in h for s in ['--basic-n-equiv E', 'Basic amine N per ketone (equiv)', '--ketone-mmol MMOL', '--method h2so4|msoh|tmsn3-tfoh', '--lactam-yield FRACTION', 'Number of portions;']) else 1)" "$route_help"
check "route --help per command (CLI11) ends with the same lines" bash -c "\"$cli\" route --help | grep -q -- '--reduction-yield FRACTION'"
check "route --method tmsn3 (the permalink's old name) is the TMSN3 method" json_has "$("$cli" route --ketone-mmol 10 --method tmsn3)" min_portions 10
