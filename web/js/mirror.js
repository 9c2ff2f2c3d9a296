// The text mirror: each tool's report as a definition list beside the
// canvas, for screen readers, the printed card and the tests. The app posts
// a "mirror" message per tool: its first record names the tool, and each
// further record is one report entry (fields below). Kind and flags ride
// along as data attributes for the card.
import { onMessage } from './bridge.js';
import { dzb } from './page.js';

export const mirror = document.getElementById('mirror');
const entryFields = ['key', 'label', 'value', 'kind', 'flags', 'detail', 'cardLabel', 'cardValue', 'cardDetail'];

function setFlag(group, name, on) {
  if (on && !(name in group.dataset)) group.dataset[name] = '';
  if (!on && name in group.dataset) delete group.dataset[name];
}

function newGroup(slot, key) {
  const group = document.createElement('div');
  group.dataset.slot = slot;
  group.dataset.key = key;
  group.append(document.createElement('dt'), document.createElement('dd'));
  return group;
}

function fillGroup(group, entry) {
  const { label, value, kind, flags, detail } = entry;
  if (group.dataset.kind !== (kind || 'result')) group.dataset.kind = kind || 'result';
  setFlag(group, 'stale', flags.includes('stale'));
  // Formulas as chemists write them (LiAlH₄), for the printed card only.
  for (const name of ['cardLabel', 'cardValue', 'cardDetail']) {
    const text = entry[name];
    if (text && group.dataset[name] !== text) group.dataset[name] = text;
    if (!text && name in group.dataset) delete group.dataset[name];
  }
  setFlag(group, 'done', flags.includes('done'));
  const [term, description] = group.children;
  if (term.textContent !== label) term.textContent = label;
  if (description.textContent !== value) description.textContent = value;
  // A step's how and why, heard after its title (tests read the first dd).
  let more = group.children[2];
  if (detail) {
    if (group.dataset.detail !== detail) group.dataset.detail = detail;
    if (!more) more = group.appendChild(document.createElement('dd'));
    if (more.textContent !== detail) more.textContent = detail;
  } else {
    if (more) more.remove();
    if ('detail' in group.dataset) delete group.dataset.detail;
  }
}

function publish(tool, entries) {
  let section = mirror.querySelector('[data-tool="' + tool + '"]');
  if (!entries.length) {
    if (section) section.remove();  // the tool is no longer shown
    return;
  }
  if (!section) {
    section = document.createElement('dl');
    section.dataset.tool = tool;
    mirror.appendChild(section);
  }
  // Updated in place, entry by entry: typing or a drag changes a few values,
  // and rebuilding every node would cost each frame its DOM work.
  const existing = new Map();
  for (const group of section.children) existing.set(group.dataset.slot, group);
  const seen = new Map();
  entries.forEach((entry, index) => {
    const occurrence = (seen.get(entry.key) || 0) + 1;  // a key may repeat (conversion lines)
    seen.set(entry.key, occurrence);
    const slot = entry.key + '#' + occurrence;
    const group = existing.get(slot) || newGroup(slot, entry.key);
    existing.delete(slot);
    fillGroup(group, entry);
    if (section.children[index] !== group) section.insertBefore(group, section.children[index] || null);
  });
  for (const group of existing.values()) group.remove();
  // The live region (announce.js) arrives with later.js: nothing is said
  // before a person has changed anything anyway.
  if (dzb.scheduleAnnouncement) dzb.scheduleAnnouncement(mirror, tool);
}

export function installMirror() {
  onMessage('mirror', ([head, ...entries]) => {
    const named = entries.map((fields) => Object.fromEntries(entryFields.map((name, i) => [name, fields[i] || ''])));
    publish(head[0], named);
  });
}
