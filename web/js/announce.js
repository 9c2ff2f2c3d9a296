// The live region: once input has settled (0.8 s without a change, and no
// finger or button held on the page), it says the results that changed, once; not the inputs (the user just set them),
// not a whole tool that was switched to, and never a key.
import { dzb } from './page.js';

const announced = new Map();  // tool -> Map(key -> value) last said (or seen)
const changedTools = new Set();
let announceTimer = 0;
// Pointers held down: a slider still held is not settled, however long a
// frame takes (a slow frame under load once read as a pause mid-drag).
const heldPointers = new Set();

function resultsOf(mirror, tool) {
  const section = mirror.querySelector('[data-tool="' + tool + '"]');
  const results = new Map();
  if (!section) return results;
  for (const group of section.children) {
    const key = group.dataset.key;
    if (!key || group.dataset.kind === 'input' || key === 'ui_scale' || key === 'keypad') continue;
    results.set(key, [group.querySelector('dt').textContent, group.querySelector('dd').textContent]);
  }
  return results;
}

function sayWhatChanged(mirror) {
  announceTimer = 0;
  if (heldPointers.size) return;  // said on release (see installAnnouncements)
  const phrases = [];
  for (const tool of changedTools) {
    const results = resultsOf(mirror, tool);
    const before = announced.get(tool);
    if (before) {
      for (const [key, [label, value]] of results) {
        if (before.get(key) !== value) phrases.push(label + ': ' + value);
      }
    }
    announced.set(tool, new Map([...results].map(([key, [, value]]) => [key, value])));
  }
  changedTools.clear();
  // A long list is not heard to its end: the first few, then a count.
  if (!phrases.length) return;
  const shown = phrases.slice(0, 6);
  if (phrases.length > 6) shown.push('and ' + (phrases.length - 6) + ' more');
  document.getElementById('announce').textContent = shown.join('. ') + '.';
}

// The mirror's section for `tool` changed: announce it once input settles.
function scheduleAnnouncement(mirror, tool) {
  changedTools.add(tool);
  clearTimeout(announceTimer);
  announceTimer = setTimeout(() => sayWhatChanged(mirror), 800);
}

// Installed after the first frame (later.js): what the mirror shows now is
// what was there before any input, so it is the baseline, not news.
export function installAnnouncements() {
  const mirror = document.getElementById('mirror');
  for (const section of mirror.querySelectorAll('[data-tool]')) {
    const results = resultsOf(mirror, section.dataset.tool);
    announced.set(section.dataset.tool, new Map([...results].map(([key, [, value]]) => [key, value])));
  }
  dzb.scheduleAnnouncement = scheduleAnnouncement;
  const release = (event) => {
    heldPointers.delete(event.pointerId);
    if (!heldPointers.size && changedTools.size) scheduleAnnouncement(mirror, [...changedTools][0]);
  };
  addEventListener('pointerdown', (event) => heldPointers.add(event.pointerId), true);
  addEventListener('pointerup', release, true);
  addEventListener('pointercancel', release, true);
  // A button released outside the window sends no pointerup here.
  addEventListener('pointermove', (event) => { if (!event.buttons && heldPointers.has(event.pointerId)) release(event); }, true);
  addEventListener('blur', () => { heldPointers.clear(); if (changedTools.size) scheduleAnnouncement(mirror, [...changedTools][0]); });
}
