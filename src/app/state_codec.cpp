#include "app/state_codec.hpp"

#include <array>
#include <cctype>
#include <cstdio>

#include "app/route_preset.hpp"

namespace app {
namespace {

StateField text_field(const std::string& key, TextField& field) {
  return {key, [&field] { return field.str(); },
          [&field](const std::string& value) {
            if (value.size() >= TextField::kCapacity) return false;
            for (unsigned char c : value) {
              if (c < 0x20 || c == 0x7F) return false;  // no control characters in a field
            }
            field.set(value);
            return true;
          }};
}

// A declared input: its permalink key, and the key older links used.
StateField text_field(const InputSpec& spec, TextField& field) {
  StateField state_field = text_field(std::string(spec.permalink), field);
  state_field.alias = std::string(spec.permalink_alias);
  return state_field;
}

// A declared choice: written by its name, read by its name or alias.
template <typename Enum>
StateField choice_field(const InputSpec& spec, Enum& target) {
  return {std::string(spec.permalink),
          [&target, &spec] { return std::string(spec.choices[static_cast<size_t>(target)].name); },
          [&target, &spec](const std::string& value) {
            const int index = find_choice(spec, value);
            if (index < 0) return false;
            target = static_cast<Enum>(index);
            return true;
          },
          nullptr, std::string(spec.permalink_alias)};
}

template <typename Enum, size_t N>
StateField choice_field(const std::string& key, Enum& target, const std::array<const char*, N>& names) {
  return {key, [&target, names] { return std::string(names[static_cast<size_t>(target)]); },
          [&target, names](const std::string& value) {
            for (size_t i = 0; i < N; ++i) {
              if (value == names[i]) {
                target = static_cast<Enum>(i);
                return true;
              }
            }
            return false;
          }};
}

StateField flag_field(const std::string& key, bool& target) {
  return {key, [&target] { return std::string(target ? "1" : "0"); },
          [&target](const std::string& value) {
            if (value != "0" && value != "1") return false;
            target = value == "1";
            return true;
          }};
}

// The open sections: test names, comma-separated; left out while none is open.
StateField open_sections_field(std::string& list) {
  StateField field{"open", [&list] { return list; },
                   [&list](const std::string& value) {
                     if (value.size() > 400) return false;
                     for (char c : value) {
                       if (!((c >= 'a' && c <= 'z') || c == '_' || c == '.' || c == ',')) return false;
                     }
                     list = value;
                     return true;
                   }};
  field.omit = [&list] { return list.empty(); };
  return field;
}

constexpr std::array<const char*, 5> kToolNames{"workup", "alkylation", "cyclization", "route", "guide"};
constexpr std::array<const char*, 2> kThemeNames{"light", "dark"};

void add_workup(std::vector<StateField>& fields, WorkupInputs& w) {
  namespace in = workup_input;
  fields.push_back(choice_field(in::kMode, w.mode));
  for (const auto& [spec, field] : {std::pair{&in::kMassG, &w.mass_g},
                                    {&in::kMassMg, &w.mass_mg},
                                    {&in::kMillimoles, &w.millimoles},
                                    {&in::kSolutionMl, &w.solution_ml}})
    fields.push_back(text_field(*spec, *field));
  fields.push_back(choice_field(in::kSolutionPreset, w.solution_preset));
  for (const auto& [spec, field] : {std::pair{&in::kMolarity, &w.custom_molarity},
                                    {&in::kEquivalents, &w.equivalents},
                                    {&in::kSubstrateMmol, &w.substrate_mmol}})
    fields.push_back(text_field(*spec, *field));
  // The checklist's ticks: not an input.
  fields.push_back({"workup.steps",
                    [&w] {
                      std::string bits;
                      for (bool done : w.steps_done) bits += done ? '1' : '0';
                      return bits;
                    },
                    [&w](const std::string& value) {
                      if (value.size() != w.steps_done.size()) return false;
                      if (value.find_first_not_of("01") != std::string::npos) return false;
                      for (size_t i = 0; i < value.size(); ++i) w.steps_done[i] = value[i] == '1';
                      return true;
                    }});
}

void add_alkylation(std::vector<StateField>& fields, AlkylationInputs& a) {
  namespace in = alkylation_input;
  AlkylationFitInputs& f = a.fit;
  for (const auto& [spec, field] : {std::pair{&in::kKappa, &a.kappa},
                                    {&in::kEquiv, &a.equivalents},
                                    {&in::kDiamineEquiv, &a.diamine_equiv},
                                    {&in::kElectrophileMmol, &a.electrophile_mmol},
                                    {&in::kAlkylationYield, &a.alkylation_yield_pct},
                                    {&in::kDeprotectionYield, &a.deprotection_yield_pct},
                                    {&in::kFitEquiv, &f.equivalents}})
    fields.push_back(text_field(*spec, *field));
  fields.push_back(choice_field(in::kFitUnit, f.unit));
  for (const auto& [spec, field] : {std::pair{&in::kFitSm, &f.sm},
                                    {&in::kFitMono, &f.mono},
                                    {&in::kFitBis, &f.bis},
                                    {&in::kFitRfSm, &f.rf_sm},
                                    {&in::kFitRfMono, &f.rf_mono},
                                    {&in::kFitRfBis, &f.rf_bis},
                                    {&in::kFitError, &f.error_pct}})
    fields.push_back(text_field(*spec, *field));
}

void add_route(std::vector<StateField>& fields, RouteInputs& r) {
  namespace in = route_input;
  // First: a preset loads the paper's plan into the step's fields, and the
  // fields that follow in a link (a plan edited after loading) override it.
  // "?tool=route&route.preset=sha2008" alone opens the paper's plan.
  StateField preset = choice_field(in::kPreset, r.preset);
  preset.set = [&r](const std::string& value) {
    const int index = find_choice(route_input::kPreset, value);
    if (index < 0) return false;
    load_route_preset(r, static_cast<size_t>(index));
    return true;
  };
  fields.push_back(preset);
  fields.push_back(text_field(in::kKetoneFormula, r.ketone_formula));
  fields.push_back(choice_field(in::kAmountInMmol, r.amount_in_mmol));
  fields.push_back(text_field(in::kKetoneAmount, r.ketone_amount));
  fields.push_back(choice_field(in::kMethod, r.method));
  for (const auto& [spec, field] : {std::pair{&in::kAzideEquiv, &r.azide_equiv},
                                    {&in::kPortions, &r.portions},
                                    {&in::kAdditionMin, &r.addition_min},
                                    {&in::kAcidMlPerG, &r.acid_ml_per_g},
                                    {&in::kTfohEquiv, &r.tfoh_equiv},
                                    {&in::kBasicNEquiv, &r.basic_n_equiv},
                                    {&in::kLactamYield, &r.lactam_yield_pct},
                                    {&in::kLahEquiv, &r.lah_equiv}})
    fields.push_back(text_field(*spec, *field));
  fields.push_back(choice_field(in::kLahForm, r.lah_form));  // "custom" molarity is not offered here
  fields.push_back(text_field(in::kReductionYield, r.reduction_yield_pct));
  fields.push_back(text_field(in::kCalculatorFormula, r.calculator_formula));
}

// "From my results": the rows shown, then each row's C0, measure and value
// (rows beyond those shown are left out of links).
void add_cyclization_fit(std::vector<StateField>& fields, CyclizationFitInputs& f) {
  namespace in = cyclization_input;
  fields.push_back({std::string(in::kFitRuns.permalink), [&f] { return std::to_string(f.batch_runs); },
                    [&f](const std::string& value) {
                      if (value.size() != 1 || value[0] < '1' || value[0] > '0' + kMaxBatchRuns) return false;
                      f.batch_runs = value[0] - '0';
                      return true;
                    }});
  for (int row = 0; row < kMaxBatchRuns; ++row) {
    const auto hidden = [&f, row] { return row >= f.batch_runs; };
    BatchRun& run = f.batch[row];
    for (StateField field : {text_field(in::kFitC0, run.c0_molar), choice_field(in::kFitMeasure, run.measure),
                             text_field(in::kFitValue, run.value)}) {
      field.key = in::row_name(field.key, row);  // "cyclization.fit_c0_2"
      field.omit = hidden;
      fields.push_back(field);
    }
  }
  for (const auto& [spec, field] : {std::pair{&in::kFitError, &f.error_pct},
                                    {&in::kFitPumpTotal, &f.pump_total_molar},
                                    {&in::kFitPumpAdditionH, &f.pump_addition_h},
                                    {&in::kFitPumpYield, &f.pump_yield_pct}})
    fields.push_back(text_field(*spec, *field));
}

void add_cyclization(std::vector<StateField>& fields, CyclizationInputs& c) {
  namespace in = cyclization_input;
  fields.push_back(choice_field(in::kTwoComponent, c.components));
  fields.push_back(choice_field(in::kMode, c.mode));
  // The ring size itself, one of the declared presets.
  fields.push_back({std::string(in::kRingSize.permalink), [&c] { return std::to_string(c.ring_size); },
                    [&c](const std::string& value) {
                      const int index = find_choice(in::kRingSize, value);
                      if (index < 0) return false;
                      c.ring_size = std::stoi(std::string(in::kRingSize.choices[index].name));
                      return true;
                    }});
  fields.push_back(choice_field(in::kTosyl, c.n_tosyl));
  fields.push_back(choice_field(in::kGem, c.gem_dialkyl));
  for (const auto& [spec, field] : {std::pair{&in::kEm, &c.em_molar},
                                    {&in::kLargeRingEm, &c.large_ring_em_molar},
                                    {&in::kC0, &c.c0_molar},
                                    {&in::kAmountMmol, &c.amount_mmol},
                                    {&in::kFinalVolumeMl, &c.final_volume_ml},
                                    {&in::kStartVolumeMl, &c.start_volume_ml}})
    fields.push_back(text_field(*spec, *field));
  fields.push_back(choice_field(in::kKEntry, c.k_entry));
  for (const auto& [spec, field] : {std::pair{&in::kKIntra, &c.k_intra_per_s},
                                    {&in::kHalfLife, &c.half_life_h},
                                    {&in::kAdditionH, &c.addition_h},
                                    {&in::kTargetYield, &c.target_yield_pct},
                                    {&in::kDihalideEquiv, &c.dihalide_equiv}})
    fields.push_back(text_field(*spec, *field));
  fields.push_back(choice_field(in::kFeed, c.feed));
  add_cyclization_fit(fields, c.fit);
}

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

}  // namespace

std::string tool_key(Tool tool) { return kToolNames[static_cast<size_t>(tool)]; }

std::vector<StateField> state_fields(AppState& state) {
  std::vector<StateField> fields;
  fields.push_back(choice_field("tool", state.tool, kToolNames));
  fields.push_back(choice_field("theme", state.theme, kThemeNames));
  fields.push_back(flag_field("keypad", state.keypad_on));
  fields.push_back({"scale", [&state] { return std::to_string(state.ui_scale_percent); },
                    [&state](const std::string& value) {
                      for (int percent : kUiScalePercents) {
                        if (value == std::to_string(percent)) {
                          state.ui_scale_percent = percent;
                          return true;
                        }
                      }
                      return false;
                    }});
  add_workup(fields, state.workup);
  add_alkylation(fields, state.alkylation);
  add_cyclization(fields, state.cyclization);
  add_route(fields, state.route);
  fields.push_back(text_field("guide.search", state.guide_search));
  fields.push_back(open_sections_field(state.open_sections));
  return fields;
}

std::string percent_encode(std::string_view text) {
  std::string out;
  for (unsigned char c : text) {
    if (std::isalnum(c) || c == '-' || c == '_' || c == '.' || c == '~') {
      out += static_cast<char>(c);
    } else {
      char buffer[4];
      std::snprintf(buffer, sizeof buffer, "%%%02X", c);
      out += buffer;
    }
  }
  return out;
}

bool percent_decode(std::string_view text, std::string& out) {
  out.clear();
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '+') {
      out += ' ';
    } else if (text[i] == '%') {
      const int high = i + 1 < text.size() ? hex_value(text[i + 1]) : -1;
      const int low = i + 2 < text.size() ? hex_value(text[i + 2]) : -1;
      if (high < 0 || low < 0 || (high == 0 && low == 0)) return false;
      out += static_cast<char>(high * 16 + low);
      i += 2;
    } else {
      out += text[i];
    }
  }
  return true;
}

std::string encode_state(AppState& state, bool only_current_tool) {
  const std::string prefix = tool_key(state.tool) + ".";
  std::string query;
  for (const auto& field : state_fields(state)) {
    const bool per_tool = field.key.find('.') != std::string::npos;
    if (only_current_tool && per_tool && field.key.rfind(prefix, 0) != 0) continue;
    // An embed keeps the look it was made with (theme, text size); the keypad
    // is a choice of the person at the bench, not of the page.
    // Nor does it carry the sections the author had open.
    if (only_current_tool && (field.key == "keypad" || field.key == "open")) continue;
    if (field.omit && field.omit()) continue;
    query += (query.empty() ? "" : "&") + field.key + "=" + percent_encode(field.get());
  }
  return query;
}

std::vector<std::string> describe_changes(AppState& before, AppState& after) {
  std::vector<std::string> changes;
  const std::vector<StateField> old_fields = state_fields(before);
  const std::vector<StateField> new_fields = state_fields(after);
  for (size_t i = 0; i < old_fields.size() && i < new_fields.size(); ++i) {
    const std::string& key = new_fields[i].key;
    const size_t dot = key.find('.');
    if (dot == std::string::npos) continue;  // the tool in view, theme, text size: not inputs
    if (key == "workup.steps") continue;     // checklist ticks, not an input
    const std::string was = old_fields[i].get(), now = new_fields[i].get();
    if (was != now) changes.push_back(key.substr(dot + 1) + " set to " + now + " (was " + was + ")");
  }
  return changes;
}

DecodeReport decode_state(AppState& state, std::string_view query) {
  DecodeReport report;
  if (!query.empty() && query.front() == '?') query.remove_prefix(1);
  if (query.size() > kMaxQueryBytes) {
    report.rejected.push_back("the whole state (" + std::to_string(query.size()) + " bytes, too long)");
    return report;
  }
  std::vector<StateField> fields = state_fields(state);
  while (!query.empty()) {
    const size_t end = query.find('&');
    const std::string_view pair = query.substr(0, end);
    query = end == std::string_view::npos ? std::string_view() : query.substr(end + 1);
    if (pair.empty()) continue;
    const size_t equals = pair.find('=');
    std::string key, value;
    auto shown = [](const std::string& k) { return k.size() > 40 ? k.substr(0, 40) + "…" : k; };
    if (!percent_decode(pair.substr(0, equals), key)) {
      report.rejected.push_back("a malformed parameter");
      continue;
    }
    if (!percent_decode(equals == std::string_view::npos ? "" : pair.substr(equals + 1), value)) {
      report.rejected.push_back(shown(key));  // name the key whose value is malformed
      continue;
    }
    if (key == "embed") {
      report.embed = value == "1" || value.empty();
      continue;
    }
    if (key == "test-hooks") continue;  // read by the page shell
    bool known = false;
    for (auto& field : fields) {
      if (!field.matches(key)) continue;
      known = true;
      if (field.set(value)) {
        ++report.applied;
      } else {
        report.rejected.push_back(shown(key));
      }
      break;
    }
    if (!known) report.rejected.push_back(shown(key));
  }
  return report;
}

}  // namespace app
