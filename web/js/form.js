// The accessible form: the controls on the canvas as real, visually hidden
// form elements, in the canvas' order (header, tools, the tool's content).
// A screen reader operates them; what is done there goes back to the app as
// commands, and the app's results come back through the mirror. Elements are
// kept and updated in place, so focus and typing survive.
import { onMessage, onQuestion } from './bridge.js';
import { writeRecords } from './records.js';
import { canvas } from './page.js';

const controls = document.createElement('form');
const controlSections = {};
const controlElements = new Map();
const sliderKeys = new Set(['ArrowLeft', 'ArrowDown', 'ArrowRight', 'ArrowUp', 'PageDown', 'PageUp', 'Home', 'End']);
// What was done in the form since the app last asked: [name, value] pairs.
let commands = [];
let focusFromApp = false;

const command = (name, value) => commands.push([name, value]);

function makeField(kind, name, id, wrap) {
  const label = document.createElement('label');
  label.htmlFor = id;
  const input = document.createElement('input');
  input.type = kind === 'textbox' ? 'text' : kind === 'slider' ? 'range' : 'checkbox';
  if (kind === 'slider') Object.assign(input, { min: 0, max: 1000, step: 10 });
  if (kind === 'textbox') input.setAttribute('inputmode', 'decimal');
  const message = document.createElement('span');
  message.id = id + '-message';
  input.setAttribute('aria-describedby', message.id);
  wrap.append(label, input, message);
  input.addEventListener(kind === 'checkbox' ? 'change' : 'input', () =>
    command(name, kind === 'checkbox' ? (input.checked ? '1' : '0') : input.value));
  // A slider's keys step as on the canvas (in log space on a log scale), not
  // by the range element's even steps.
  if (kind === 'slider') {
    input.addEventListener('keydown', (event) => {
      if (!sliderKeys.has(event.key) || event.altKey || event.ctrlKey || event.metaKey) return;
      event.preventDefault();
      command(name, 'key:' + event.key);
    });
  }
  return input;
}

function makeControl(kind, name) {
  const id = 'control-' + name.replace(/[^A-Za-z0-9_-]/g, '-');
  const wrap = document.createElement('div');
  let input;
  if (kind === 'textbox' || kind === 'slider' || kind === 'checkbox') {
    input = makeField(kind, name, id, wrap);
  } else {
    input = document.createElement('button');
    input.type = 'button';
    if (kind === 'tab') input.setAttribute('role', 'tab');
    input.addEventListener('click', () => command(name, 'press'));
    wrap.appendChild(input);
  }
  input.id = id;
  // Focus follows: the widget on the canvas takes the focus with it.
  input.addEventListener('focus', () => {
    if (!focusFromApp) command('focus', name);
  });
  return { kind, wrap, input };
}

function update(control, { kind, label, value, state }) {
  const { input, wrap } = control;
  const focused = document.activeElement === input;
  if (kind === 'textbox' || kind === 'slider' || kind === 'checkbox') {
    wrap.querySelector('label').textContent = label;
    const message = wrap.querySelector('span');
    if (kind === 'textbox') {
      if (!focused && input.value !== value) input.value = value;
      input.setAttribute('aria-invalid', state ? 'true' : 'false');
      if (message.textContent !== state) message.textContent = state;
    } else if (kind === 'slider') {
      if (!focused || input.value !== state) input.value = state;
      input.setAttribute('aria-valuetext', value);
    } else {
      input.checked = state === '1';
    }
  } else {
    if (input.textContent !== label) input.textContent = label;
    input.disabled = state === 'disabled';
    if (kind === 'tab') input.setAttribute('aria-selected', state === '1' ? 'true' : 'false');
    if (kind === 'toggle') input.setAttribute('aria-pressed', state === '1' ? 'true' : 'false');
    if (kind === 'disclosure') input.setAttribute('aria-expanded', state === '1' ? 'true' : 'false');
  }
}

function publish(records) {
  const seen = new Set();
  const order = { header: [], tabs: [], content: [] };
  for (const record of records) {
    const { kind, name } = record;
    let control = controlElements.get(name);
    if (!control || control.kind !== kind) {
      if (control) control.wrap.remove();
      control = makeControl(kind, name);
      controlElements.set(name, control);
    }
    seen.add(name);
    (order[record.section] || order.content).push(control.wrap);
    update(control, record);
  }
  for (const [name, control] of controlElements) {
    if (!seen.has(name)) {
      control.wrap.remove();
      controlElements.delete(name);
    }
  }
  // Order as on the canvas; an element already in place is not moved (a
  // moved element would lose the focus).
  for (const [section, wraps] of Object.entries(order)) {
    const group = controlSections[section];
    wraps.forEach((wrap, index) => {
      if (group.children[index] !== wrap) group.insertBefore(wrap, group.children[index] || null);
    });
  }
}

// Keyboard navigation on the canvas moved to control `name`: the page's
// focus goes to its element, so a screen reader says what it is, and the
// form's keys (typing, arrows on a slider, Tab) take over from there.
//
// From a control of the form too: the form's own focus moves tell the app
// (and are not echoed back), so a move coming from the app is newer. When the
// form arrives after the first frame, its queued focus may be a Tab behind
// the canvas; staying there, it took the next keys (the keyboard test's "3"
// and Enter went to the mode before the field).
function followKeyboardFocus(name) {
  const control = controlElements.get(name);
  const active = document.activeElement;
  if (!control || !(active === canvas || controls.contains(active)) || active === control.input) return;
  focusFromApp = true;
  control.input.focus({ preventScroll: true });
  focusFromApp = false;
}

export function installForm() {
  controls.id = 'controls';
  controls.className = 'visually-hidden';
  controls.setAttribute('aria-label', 'Controls');
  controls.addEventListener('submit', (event) => event.preventDefault());
  for (const [section, label] of [['header', 'Page'], ['tabs', 'Tools'], ['content', 'Inputs']]) {
    const group = document.createElement('div');
    group.setAttribute(section === 'tabs' ? 'role' : 'data-group', section === 'tabs' ? 'tablist' : section);
    group.setAttribute('aria-label', label);
    controls.appendChild(group);
    controlSections[section] = group;
  }
  const mirror = document.getElementById('mirror');
  mirror.parentNode.insertBefore(controls, mirror);
  // A click or a tap on the canvas takes the keys back from the form (SDL's
  // own handlers keep the browser from moving the focus on a press).
  canvas.addEventListener('pointerdown', () => {
    if (controls.contains(document.activeElement)) canvas.focus({ preventScroll: true });
  }, { capture: true, passive: true });
  onMessage('controls', publish, ['section', 'kind', 'name', 'label', 'value', 'state']);
  onMessage('keyboard-focus', ([record]) => followKeyboardFocus(record[0]));
  // Asked every frame: an idle app wakes for waiting commands.
  onQuestion('commands-waiting', () => (commands.length ? '1' : ''));
  onQuestion('commands', () => {
    const taken = commands;
    commands = [];
    return writeRecords(taken);
  });
}
