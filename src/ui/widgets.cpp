#include "ui/widgets.hpp"

#include <algorithm>
#include <cmath>
#include <cstdarg>
#include <cstdio>
#include <cstdlib>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "imgui.h"
#include "imgui_internal.h"
#include "ui/plot.hpp"
#include "ui/theme.hpp"
#include "ui/touch_scroll.hpp"
#include "ui/typeset.hpp"

namespace ui {

void heading(UiContext& ctx, const char* text) {
  ImGui::PushFont(ctx.fonts.heading);
  // Wrapped: a long heading on a phone would otherwise run past the column's edge.
  wrapped_text_unformatted(text);
  ImGui::PopFont();
}

namespace {

bool ends_in_digit(const std::string& word) {
  return !word.empty() && word.back() >= '0' && word.back() <= '9';
}

// A unit or percent sign that belongs with the number before it ("2.58 L", "37.1 %"),
// also when punctuation follows it ("0.0372 mol/L,").
bool is_unit(std::string word) {
  while (!word.empty() &&
         (word.back() == ',' || word.back() == ';' || word.back() == '.' || word.back() == ')'))
    word.pop_back();
  return !word.empty() && word.size() <= 5 && !(word[0] >= '0' && word[0] <= '9') && word != "and" &&
         word != "or" && word != "of" && word != "to" && word != "in" && word != "at";
}

std::string wrap_uncached(const std::string& raw_text, float width) {
  const std::string text = typeset_chemistry(raw_text);
  const float space = ImGui::CalcTextSize(" ").x;
  std::string out;
  out.reserve(text.size() + 8);
  size_t paragraph_start = 0;
  while (paragraph_start <= text.size()) {
    size_t paragraph_end = text.find('\n', paragraph_start);
    if (paragraph_end == std::string::npos) paragraph_end = text.size();
    // Words of the paragraph, each glued to a unit that follows a number.
    std::vector<std::string> words;
    size_t pos = paragraph_start;
    while (pos < paragraph_end) {
      size_t end = text.find(' ', pos);
      if (end == std::string::npos || end > paragraph_end) end = paragraph_end;
      std::string word = text.substr(pos, end - pos);
      if (!words.empty() && ends_in_digit(words.back()) && is_unit(word)) {
        words.back() += " " + word;
      } else {
        words.push_back(std::move(word));
      }
      pos = end + 1;
    }
    float line_width = 0;
    for (size_t i = 0; i < words.size(); ++i) {
      const float word_width = ImGui::CalcTextSize(words[i].c_str()).x;
      if (i > 0 && line_width + space + word_width > width) {
        out += '\n';
        line_width = 0;
      } else if (i > 0) {
        out += ' ';
        line_width += space;
      }
      out += words[i];
      line_width += word_width;
    }
    if (paragraph_end >= text.size()) break;
    out += '\n';
    paragraph_start = paragraph_end + 1;
  }
  return out;
}

}  // namespace

std::string wrap_to_width(const std::string& text, float width) {
  // Most wrapped text (explanations, guide cards) is the same frame after
  // frame while a slider moves: measuring it word by word again each frame
  // cost a tenth of a frame. The font size is part of the key (A− / A+).
  struct Key {
    std::string text;
    float width, font_size;
    const ImFont* font;
    bool operator==(const Key& o) const {
      return width == o.width && font_size == o.font_size && font == o.font && text == o.text;
    }
  };
  struct KeyHash {
    size_t operator()(const Key& k) const {
      return std::hash<std::string>()(k.text) ^ std::hash<float>()(k.width) * 31 ^
             std::hash<float>()(k.font_size);
    }
  };
  static std::unordered_map<Key, std::string, KeyHash> cache;
  Key key{text, width, ImGui::GetFontSize() * ImGui::GetIO().FontGlobalScale, ImGui::GetFont()};
  if (auto found = cache.find(key); found != cache.end()) return found->second;
  if (cache.size() > 1024) cache.clear();  // values that changed leave entries nobody asks for again
  std::string out = wrap_uncached(text, width);
  cache.emplace(std::move(key), out);
  return out;
}

void wrapped_text_unformatted(const std::string& text) {
  const std::string out = wrap_to_width(text, ImGui::GetContentRegionAvail().x);
  ImGui::TextUnformatted(out.c_str(), out.c_str() + out.size());
}

bool same_line_if_fits(float next_width, float gap) {
  const float right_edge = ImGui::GetWindowPos().x + ImGui::GetContentRegionMax().x;
  if (ImGui::GetItemRectMax().x + gap + next_width > right_edge) return false;
  ImGui::SameLine(0, gap);
  return true;
}

bool wrapped_checkbox(UiContext& ctx, const char* test_name, const std::string& label, bool* value) {
  const float label_width =
      ImGui::GetContentRegionAvail().x - ImGui::GetFrameHeight() - ImGui::GetStyle().ItemInnerSpacing.x;
  const std::string shown = wrap_to_width(label, label_width) + "###" + test_name;
  bool changed = false;
  if (auto checked = ctx.form.take_command(test_name)) {
    changed = *value != (*checked == "1");
    *value = *checked == "1";
  }
  changed |= ImGui::Checkbox(shown.c_str(), value);
  ctx.tag_last_item(test_name);
  ctx.form.control("checkbox", test_name, label, "", *value ? "1" : "");
  return changed;
}

void wrapped_text(const char* format, ...) {
  va_list args, count_args;
  va_start(args, format);
  va_copy(count_args, args);
  const int length = std::vsnprintf(nullptr, 0, format, count_args);
  va_end(count_args);
  std::string text(length > 0 ? static_cast<size_t>(length) : 0, '\0');
  if (length > 0) std::vsnprintf(text.data(), text.size() + 1, format, args);
  va_end(args);
  wrapped_text_unformatted(text);
}

void muted_text(const std::string& text) {
  ImGui::PushStyleColor(ImGuiCol_Text, palette().text_muted);
  wrapped_text("%s", text.c_str());
  ImGui::PopStyleColor();
}

void bar_row(const std::string& label, std::optional<float> fraction, const std::string& value, int colour,
             bool stale) {
  ImGui::BeginGroup();
  wrapped_text_unformatted(label);
  const float width = ImGui::GetContentRegionAvail().x;
  const float height = ImGui::GetTextLineHeight() * 0.9f;
  const ImVec2 at = ImGui::GetCursorScreenPos();
  ImDrawList* draw = ImGui::GetWindowDrawList();
  draw->AddRectFilled(at, ImVec2(at.x + width, at.y + height), ImGui::GetColorU32(ImGuiCol_FrameBg), 3);
  if (fraction) {
    const float filled = width * std::clamp(*fraction, 0.0f, 1.0f);
    draw->AddRectFilled(at, ImVec2(at.x + filled, at.y + height), series_colour(colour, stale ? 0.4f : 1.0f),
                        3);
  }
  ImGui::Dummy(ImVec2(width, height));
  if (stale) ImGui::PushStyleColor(ImGuiCol_Text, palette().text_muted);
  wrapped_text_unformatted(value);
  if (stale) ImGui::PopStyleColor();
  ImGui::EndGroup();
  ImGui::Spacing();
}

void warning_text(chem::WarningLevel level, const std::string& text) {
  const ImVec4 colour = level == chem::WarningLevel::danger    ? palette().error
                        : level == chem::WarningLevel::caution ? palette().caution
                                                               : palette().text_muted;
  const char* mark = level == chem::WarningLevel::note ? "•" : "⚠";
  ImGui::PushStyleColor(ImGuiCol_Text, colour);
  ImGui::TextUnformatted(mark);
  ImGui::SameLine();
  wrapped_text("%s", text.c_str());
  ImGui::PopStyleColor();
}

void field_error(UiContext& ctx, const char* field, const std::optional<chem::InputError>& error) {
  if (!error || error->field != field) return;
  ImGui::PushStyleColor(ImGuiCol_Text, palette().error);
  wrapped_text("⚠ %s", error->message.c_str());
  ImGui::PopStyleColor();
  ctx.tag_last_item((std::string("error.") + field).c_str());
}

bool number_field(UiContext& ctx, const char* field, const char* label, app::TextField& value,
                  const char* unit, const std::optional<chem::InputError>& error, float width_px,
                  bool message_below) {
  const bool has_error = error && error->field == field;
  const std::string test_name = std::string("field.") + field;
  // Typed into the accessible form: the same as typed here.
  const std::optional<std::string> typed = ctx.form.take_command(test_name);
  if (typed) value.set(*typed);
  // Wrapped: a long label ("EM of strain-free large rings, at 14 ring atoms")
  // ran past a phone's column.
  ImGui::PushTextWrapPos(0.0f);
  ImGui::TextUnformatted(typeset_chemistry(label).c_str());
  ImGui::PopTextWrapPos();
  // For tests: the label and the room its column gives it.
  ctx.tags.tag_last_item_for_tests("label." + std::string(field));
  const ImRect room = ImGui::GetCurrentWindowRead()->InnerClipRect;
  ctx.tags.tag_rect(("label." + std::string(field) + ".room").c_str(), room.Min.x, room.Min.y,
                    room.GetWidth(), room.GetHeight());
  ImGui::PushID(field);
  ImGui::SetNextItemWidth(width_px);
  ImGui::PushStyleColor(ImGuiCol_Border, has_error ? palette().error : palette().field_border);
  // No character filter: ImGui's numeric filters turn "," into "." and drop
  // letters, so "1,500" would silently become 1.5. Every character reaches
  // our parser instead, which says what is wrong.
  const bool changed =
      ImGui::InputText("##value", value.text.data(), value.text.size(), ImGuiInputTextFlags_AutoSelectAll);
  ImGui::PopStyleColor();
  ctx.tag_last_item(test_name.c_str());
  ctx.text_fields.add_last_item(value, label);
  ctx.form.set_last_field_label(label);
  ctx.form.control("textbox", test_name, unit && *unit ? std::string(label) + " (" + unit + ")" : label,
                   value.str(), has_error ? error->message : "");
  if (unit && *unit) {
    ImGui::SameLine();
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(unit);
  }
  if (message_below) field_error(ctx, field, error);
  ImGui::PopID();
  return changed || typed.has_value();
}

bool number_field(UiContext& ctx, const app::InputSpec& spec, app::TextField& value,
                  const std::optional<chem::InputError>& error, float width_px, bool message_below,
                  bool variant) {
  // Declarations are string literals: their views end in NUL.
  const std::string label(spec.label_for(variant)), unit(spec.unit_for(variant));
  return number_field(ctx, spec.key.data(), label.c_str(), value, unit.c_str(), error, width_px,
                      message_below);
}

void number_field_with_slider(UiContext& ctx, const app::InputSpec& spec, app::TextField& value,
                              const std::optional<chem::InputError>& error, const SliderLook& slider,
                              bool variant) {
  // Narrower than a slider alone is hard to set by finger.
  const float slider_min_width_px = 200.0f * ui_scale();
  number_field(ctx, spec, value, error, 140.0f * ui_scale(), /*message_below=*/false, variant);
  same_line_if_fits(slider_min_width_px, ImGui::GetStyle().ItemSpacing.x * 2);
  slider_for(ctx, slider.test_name, value, slider.min, slider.max, slider.log_scale, slider.format,
             slider.text_format, slider.stale_value);
  field_error(ctx, spec.key.data(), error);
}

void draw_focus_ring() {
  const ImGuiContext& g = *GImGui;
  ImGuiWindow* window = g.NavWindow;
  if (!window || g.NavId == 0 || g.NavDisableHighlight || !g.NavIdIsAlive || !window->Active) return;
  // Just outside ImGui's own ring (2 px, blurred across pixel edges) and
  // touching it, in the theme's NavHighlight colour: one band about 4 px wide.
  // A whole-pixel offset keeps the added band crisp.
  const float thickness = std::max(3.0f, std::round(3.0f * ui_scale()));
  const float offset = 2.0f + thickness;
  ImRect rect = ImGui::WindowRectRelToAbs(window, window->NavRectRel[g.NavLayer]);
  rect.Expand(offset);
  ImDrawList* draw_list = window->DrawList;
  draw_list->PushClipRect(window->ClipRect.Min, window->ClipRect.Max);
  draw_list->AddRect(rect.Min, rect.Max, ImGui::GetColorU32(ImGuiCol_NavHighlight),
                     g.Style.FrameRounding + offset, 0, thickness);
  draw_list->PopClipRect();
}

app::EditState edit_state() {
  const ImGuiIO& io = ImGui::GetIO();
  app::EditState edit;
  edit.typing = io.WantTextInput;
  // A click or a newly focused field starts an edit: what is on screen then
  // is what the user had.
  edit.edit_just_started = io.MouseClicked[0] || GImGui->ActiveIdIsJustActivated;
  edit.drag_in_progress = pointer_drag_in_progress();
  edit.drag_in_motion = pointer_drag_in_motion();
  return edit;
}

void big_result(UiContext& ctx, const char* label, const std::string& value, bool stale) {
  ImGui::AlignTextToFramePadding();
  const float width = ImGui::GetContentRegionAvail().x;
  const float value_x = width * 0.55f;
  const float gap = ImGui::GetStyle().ItemSpacing.x * 2;
  ImGui::PushFont(ctx.fonts.large);
  const float value_width = ImGui::CalcTextSize(value.c_str()).x;
  ImGui::PopFont();
  // The value in its own column; a label too long for its column wraps
  // within it (a phone: "2nd addition: 15 % aq. NaOH" over two lines, its
  // value level with the others). Under the label only when the value itself
  // has no room beside it, so the two never run into each other; in the
  // body font, wrapped, when even a row of its own is too narrow for it.
  const bool fits_beside = value_x + value_width <= width;
  const std::string shown_label = typeset_chemistry(label);
  if (fits_beside && ImGui::CalcTextSize(shown_label.c_str()).x + gap >= value_x) {
    ImGui::TextUnformatted(wrap_to_width(label, value_x - gap).c_str());
  } else {
    ImGui::TextUnformatted(shown_label.c_str());
  }
  ImGui::PushFont(ctx.fonts.large);
  if (fits_beside) ImGui::SameLine(value_x);
  if (value_width > width) ImGui::PopFont();
  if (stale) ImGui::PushStyleColor(ImGuiCol_Text, palette().text_muted);
  if (value_width > width) {
    wrapped_text_unformatted(value);
  } else {
    ImGui::TextUnformatted(value.c_str());
  }
  ctx.tag_last_item((std::string("result.") + label).c_str());  // where tests look for "the first result"
  if (stale) ImGui::PopStyleColor();
  if (value_width <= width) ImGui::PopFont();
}

namespace {

// 1, 2 or 5 times a power of ten, near `step`: keyboard steps land on round numbers.
float nice_step(float step) {
  const float power = std::pow(10.0f, std::floor(std::log10(step)));
  const float mantissa = step / power;
  return power * (mantissa < 1.5f ? 1.0f : mantissa < 3.5f ? 2.0f : mantissa < 7.5f ? 5.0f : 10.0f);
}

// The keys a focused slider answers to, as an HTML range input does: without
// Enter or Space first. While the slider has the focus it owns them, so Dear
// ImGui's navigation neither moves the focus away (arrows) nor scrolls the
// window (Page Up/Down, Home/End) on the same press. Returns the new value,
// or nothing when no key was pressed.
constexpr ImGuiKey kSliderKeys[] = {ImGuiKey_LeftArrow, ImGuiKey_DownArrow, ImGuiKey_RightArrow,
                                    ImGuiKey_UpArrow,   ImGuiKey_PageDown,  ImGuiKey_PageUp,
                                    ImGuiKey_Home,      ImGuiKey_End};
// The same keys by their DOM names, as the accessible form's slider sends them.
constexpr const char* kSliderKeyNames[] = {"ArrowLeft", "ArrowDown", "ArrowRight", "ArrowUp",
                                           "PageDown",  "PageUp",    "Home",       "End"};

template <typename Pressed>
std::optional<float> stepped_value(float value, float min, float max, bool log_scale, Pressed pressed) {
  if (pressed(ImGuiKey_Home)) return min;
  if (pressed(ImGuiKey_End)) return max;
  // Steps are taken along the track: in log space on a log scale.
  const float span = log_scale ? std::log(max / min) : max - min;
  const float small = log_scale ? span / 100 : nice_step(span / 100);
  const float big = log_scale ? span / 10 : nice_step(span / 10);
  float delta = 0;
  if (pressed(ImGuiKey_LeftArrow) || pressed(ImGuiKey_DownArrow)) delta -= small;
  if (pressed(ImGuiKey_RightArrow) || pressed(ImGuiKey_UpArrow)) delta += small;
  if (pressed(ImGuiKey_PageDown)) delta -= big;
  if (pressed(ImGuiKey_PageUp)) delta += big;
  if (delta == 0) return std::nullopt;
  const float position = std::clamp((log_scale ? std::log(value / min) : value - min) + delta, 0.0f, span);
  return std::clamp(log_scale ? min * std::exp(position) : min + position, min, max);
}

std::optional<float> keyboard_value(float value, float min, float max, bool log_scale) {
  // Active: a drag, or ImGui's own keyboard tweaking after Space.
  if (!ImGui::IsItemFocused() || ImGui::IsItemActive()) return std::nullopt;
  const ImGuiID id = ImGui::GetItemID();
  for (ImGuiKey key : kSliderKeys) ImGui::SetKeyOwner(key, id);
  return stepped_value(value, min, max, log_scale,
                       [id](ImGuiKey key) { return ImGui::IsKeyPressed(key, id, ImGuiInputFlags_Repeat); });
}

// A key pressed on the form's slider ("key:ArrowRight"): the same steps as on the canvas.
std::optional<float> form_key_value(const std::string& key_name, float value, float min, float max,
                                    bool log_scale) {
  ImGuiKey key = ImGuiKey_None;
  for (size_t i = 0; i < std::size(kSliderKeys); ++i)
    if (key_name == kSliderKeyNames[i]) key = kSliderKeys[i];
  if (key == ImGuiKey_None) return std::nullopt;
  return stepped_value(value, min, max, log_scale, [key](ImGuiKey asked) { return asked == key; });
}

}  // namespace

// A slider under a text field: dragging writes the field, typing moves the
// slider. The text stays the source of truth (bad text is kept and named).
void slider_for(UiContext& ctx, const char* test_name, app::TextField& field, float min, float max,
                bool log_scale, const char* format, const char* text_format,
                std::optional<double> stale_value) {
  float value = static_cast<float>(stale_value ? *stale_value : std::atof(field.str().c_str()));
  if (!(value >= min)) value = min;
  if (value > max) value = max;
  ImGui::SetNextItemWidth(-1);
  ImGui::PushID(test_name);
  // A touch lands at once (the value jumps to the finger), but a swipe that
  // turns out to be a scroll must leave the value as it was: keep the text
  // from before the touch until the gesture is known.
  static std::string text_before_touch;
  const std::string text_before = field.str();
  // ImGui centres the value text, where the handle can sit on it: draw it
  // ourselves on the half of the track away from the handle.
  ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(0, 0, 0, 0));
  // No text entry of its own (Ctrl+click, or Tab, which would open one on
  // arrival and take the arrow keys): the field above is where values are typed.
  ImGuiSliderFlags flags = ImGuiSliderFlags_NoInput;
  if (log_scale) flags |= ImGuiSliderFlags_Logarithmic | ImGuiSliderFlags_NoRoundToFormat;
  const bool moved = ImGui::SliderFloat("##slider", &value, min, max, format, flags);
  ImGui::PopStyleColor();
  bool moved_by_key = false;
  if (const std::optional<float> stepped = keyboard_value(value, min, max, log_scale)) {
    moved_by_key = *stepped != value;
    value = *stepped;
  }
  // Moved in the accessible form: a position from 0 to 1000 along the track.
  bool moved_in_form = false;
  if (auto position = ctx.form.take_command(test_name); position && position->rfind("key:", 0) == 0) {
    if (auto stepped = form_key_value(position->substr(4), value, min, max, log_scale)) {
      value = *stepped;
      moved_in_form = true;
    }
  } else if (position) {
    const float fraction = std::clamp(static_cast<float>(std::atof(position->c_str())) / 1000.0f, 0.0f, 1.0f);
    value = log_scale ? min * std::pow(max / min, fraction) : min + (max - min) * fraction;
    moved_in_form = true;
  }
  if (moved || moved_by_key || moved_in_form) {
    char text[32];
    if (!text_format) text_format = log_scale ? "%.3g" : "%.2f";
    std::snprintf(text, sizeof text, text_format, value);
    field.set(text);
  }
  {
    const float position =
        log_scale ? std::log(value / min) / std::log(max / min) : (value - min) / (max - min);
    char shown[64];
    std::snprintf(shown, sizeof shown, format, value);
    ctx.form.control("slider", test_name, ctx.form.last_field_label(), shown,
                     std::to_string(static_cast<int>(std::lround(position * 1000))));
    const ImVec2 frame_min = ImGui::GetItemRectMin(), frame_max = ImGui::GetItemRectMax();
    const ImVec2 text_size = ImGui::CalcTextSize(shown);
    const float pad = ImGui::GetStyle().FramePadding.x;
    const float x = position > 0.5f ? frame_min.x + pad : frame_max.x - pad - text_size.x;
    ImGui::GetWindowDrawList()->AddText(ImVec2(x, (frame_min.y + frame_max.y - text_size.y) / 2),
                                        ImGui::GetColorU32(ImGuiCol_Text), shown);
  }
  if (ImGui::IsItemActivated()) text_before_touch = text_before;
  if (touch_scroll_slider_cancelled()) field.set(text_before_touch);
  ImGui::PopID();
  ctx.tag_last_item(test_name);
}

}  // namespace ui
