// Soft keyboards: a canvas never raises one, so a tap on a text field focuses
// a hidden input inside the touch handler (the only place a mobile browser
// allows it), and what is typed there is handed to the app. Also the first
// finger's samples for the app's fling, and pasting into a field.
import { onMessage, onQuestion } from './bridge.js';
import { canvas, dzb } from './page.js';

const softInput = document.createElement('input');
let softPending = '';

// A widget's rectangle (CSS px from the canvas' corner) from its record:
// name, x, y, width, height, clipTop, clipBottom, focused ("1" or "").
export function rectOf(fields) {
  const [x, y, width, height, clipTop, clipBottom] = fields.slice(1, 7).map(Number);
  const rect = { x, y, width, height, clipTop, clipBottom };
  if (fields[7] === '1') rect.focused = true;
  return rect;
}

function fieldAt(x, y) {
  return dzb.textFields.find((f) => x >= f.x && x <= f.x + f.width && y >= f.y && y <= f.y + f.height);
}

// Pasted text goes into the field being edited as one line.
function pastedText(dataTransfer) {
  const text = (dataTransfer && dataTransfer.getData('text/plain')) || '';
  return text.replace(/\s+/g, ' ').trim();
}

// A key that is not text goes on to the canvas as SDL expects it (SDL still
// reads the deprecated keyCode, which a constructed event lacks).
function forwardKey(event) {
  const copy = new KeyboardEvent(event.type, {
    key: event.key, code: event.code, location: event.location, repeat: event.repeat, ctrlKey: event.ctrlKey,
    shiftKey: event.shiftKey, altKey: event.altKey, metaKey: event.metaKey, bubbles: true, cancelable: true,
  });
  for (const name of ['keyCode', 'which', 'charCode']) Object.defineProperty(copy, name, { value: event[name] });
  canvas.dispatchEvent(copy);
}

function isText(event) {
  return [...event.key].length === 1 && !event.ctrlKey && !event.metaKey;
}

// Text as SDL reads it from a hardware keyboard: one keypress per character,
// its code point in charCode (SDL_TEXTINPUT), into the same queue as the keys.
function sendText(text) {
  for (const character of text) {
    const press = new KeyboardEvent('keypress', { key: character, bubbles: true, cancelable: true });
    const code = character.codePointAt(0);
    for (const name of ['keyCode', 'which', 'charCode']) Object.defineProperty(press, name, { value: code });
    canvas.dispatchEvent(press);
  }
}

// A key pressed and released, for edits that come without keys (dictation
// deleting a word, an IME's enter).
function sendKey(key, keyCode) {
  for (const type of ['keydown', 'keyup']) {
    const event = new KeyboardEvent(type, { key, code: key, bubbles: true, cancelable: true });
    for (const name of ['keyCode', 'which']) Object.defineProperty(event, name, { value: keyCode });
    Object.defineProperty(event, 'charCode', { value: 0 });
    canvas.dispatchEvent(event);
  }
}

// With a mouse and a hardware keyboard, the hidden input holds the focus
// while a field is edited: text that comes without key presses (an IME,
// dictation, a character picker, insertText) only ever reaches an editable
// element, never a canvas. Everything it receives, keys and text alike, goes
// on to the canvas as SDL's own keyboard events, at once and in order: one
// queue. (An earlier try sent the keys to SDL and the text through the
// soft-keyboard channel, which the app reads once a frame: two queues, so
// "Ctrl+A, Backspace, 2.5" could reach a field as "2.5, Ctrl+A, Backspace".
// The monkey test caught it.) On touch screens the tap handler focuses the
// input instead, and its text takes the soft-keyboard channel, where the
// keys of a soft keyboard arrive too.
let pointerType = 'mouse';
const typingOnDesktop = () => pointerType !== 'touch';

function takeTypingFocus() {
  if (typingOnDesktop() && dzb.editing && !dzb.keypadOn && document.activeElement === canvas) {
    softInput.focus({ preventScroll: true });
  }
}

// The first finger's press, moves and lift with the events' own times (ms)
// for the fling's speed: the times SDL gives are those of its handlers, which
// a slow frame delays and then runs in a burst. Read by the app as numbers
// (src/platform/page_bridge.cpp), not as records.
function recordTouchSamples() {
  dzb.touchSamples = [];
  const touchKinds = { touchstart: 0, touchmove: 1, touchend: 2, touchcancel: 2 };
  let fingerId = null;
  for (const type of Object.keys(touchKinds)) {
    canvas.addEventListener(type, (event) => {
      const touch = [...event.changedTouches].find((t) => (type === 'touchstart' ? fingerId === null : t.identifier === fingerId));
      if (!touch) return;
      if (type === 'touchstart') fingerId = touch.identifier;
      if (touchKinds[type] === 2) fingerId = null;
      const box = canvas.getBoundingClientRect();
      dzb.touchSamples.push([touchKinds[type], event.timeStamp, touch.clientY - box.top]);
      if (dzb.touchSamples.length > 64) dzb.touchSamples.splice(0, dzb.touchSamples.length - 64);
    }, { capture: true, passive: true });
  }
}

// A tap (a finger that did not move: one that moved was scrolling) on a
// field raises the keyboard, unless the on-screen keypad is on.
function raiseKeyboardOnTap() {
  let touchStart = null;
  canvas.addEventListener('touchstart', (event) => {
    const touch = event.changedTouches[0];
    touchStart = touch ? { x: touch.clientX, y: touch.clientY } : null;
  }, { passive: true });
  canvas.addEventListener('touchend', (event) => {
    const touch = event.changedTouches[0];
    const box = canvas.getBoundingClientRect();
    const moved = touch && touchStart && Math.hypot(touch.clientX - touchStart.x, touch.clientY - touchStart.y) > 10;
    const field = touch && !moved && fieldAt(touch.clientX - box.left, touch.clientY - box.top);
    if (!field || dzb.keypadOn) return;
    // Over the field, so the browser keeps the field in view above the keyboard.
    Object.assign(softInput.style, { left: box.left + field.x + 'px', top: box.top + field.y + 'px',
      width: field.width + 'px', height: field.height + 'px' });
    softInput.focus({ preventScroll: true });
  });
}

function listenToSoftInput() {
  softInput.addEventListener('beforeinput', (event) => {
    // An IME composes in the input itself (it cannot be cancelled); the
    // finished text arrives with compositionend.
    if (event.inputType === 'insertCompositionText') return;
    if (typingOnDesktop()) {
      if (event.inputType === 'deleteContentBackward') sendKey('Backspace', 8);
      else if (event.inputType === 'insertLineBreak') sendKey('Enter', 13);
      else sendText(event.data || pastedText(event.dataTransfer));
      event.preventDefault();
      return;
    }
    if (event.inputType === 'deleteContentBackward') softPending += '\b';
    else if (event.inputType === 'insertLineBreak') softPending += '\n';
    else if (event.data) softPending += event.data;
    else if (event.dataTransfer) softPending += pastedText(event.dataTransfer);
    event.preventDefault();  // the hidden input stays empty; the app holds the text
  });
  softInput.addEventListener('compositionend', (event) => {
    if (event.data && typingOnDesktop()) sendText(event.data);
    else if (event.data) softPending += event.data;
    softInput.value = '';
  });
  softInput.addEventListener('keydown', (event) => {
    if (event.isComposing || event.keyCode === 229) return;  // the IME has it
    if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'v') return;  // the paste event brings it
    if (typingOnDesktop()) {
      forwardKey(event);
      if (isText(event)) sendText(event.key);
      event.preventDefault();
      return;
    }
    // Hardware keys while the hidden input has focus (tablet with a keyboard).
    if (event.key === 'Backspace') { softPending += '\b'; event.preventDefault(); }
    else if (event.key === 'Enter') { softPending += '\n'; event.preventDefault(); }
    else if (!isText(event)) { forwardKey(event); event.preventDefault(); }
  });
  softInput.addEventListener('keyup', (event) => {
    if (event.isComposing || event.keyCode === 229) return;
    if (typingOnDesktop()) { forwardKey(event); return; }
    if (isText(event)) return;
    if (event.key !== 'Backspace' && event.key !== 'Enter') forwardKey(event);
  });
}

export function installSoftKeyboard() {
  Object.assign(softInput, { type: 'text', autocomplete: 'off', spellcheck: false, id: 'soft-keyboard' });
  softInput.setAttribute('inputmode', 'decimal');
  softInput.setAttribute('autocapitalize', 'off');
  softInput.setAttribute('aria-hidden', 'true');
  softInput.tabIndex = -1;
  softInput.className = 'soft-keyboard';
  document.body.appendChild(softInput);
  dzb.textFields = [];
  dzb.editing = false;
  dzb.keypadOn = false;
  // While a field is edited the hidden input has the focus (see
  // takeTypingFocus); once no field is, the canvas has it back.
  canvas.addEventListener('pointerdown', (event) => { pointerType = event.pointerType; }, { capture: true });
  onMessage('text-fields', ([state, ...fields]) => {
    dzb.editing = !!state && state[0] === '1';
    dzb.keypadOn = !!state && state[1] === '1';
    dzb.textFields = fields.map(rectOf);
    if (!dzb.editing && document.activeElement === softInput) {
      softInput.blur();
      canvas.focus({ preventScroll: true });
    }
    takeTypingFocus();
  });
  // "\b" is backspace, "\n" is enter.
  onQuestion('soft-input', () => {
    const text = softPending;
    softPending = '';
    return text;
  });
  recordTouchSamples();
  raiseKeyboardOnTap();
  listenToSoftInput();
  // Ctrl+V or the context menu's Paste over the canvas: SDL reads no system
  // clipboard on the web, so the text takes the soft keyboard's way in.
  document.addEventListener('paste', (event) => {
    if (!dzb.editing || event.target === softInput) return;
    softPending += pastedText(event.clipboardData);
    event.preventDefault();
  });
}
