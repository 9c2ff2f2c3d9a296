// The page's end of the channel to the app (src/platform/page_bridge.cpp).
// The app posts a message, a kind and a body of records, with
// window.dzb.post(kind, body); it asks a question with window.dzb.ask(kind)
// and gets a string back ('' for nothing). Each module registers the kinds it
// handles here, so this file is the one place the two sides meet.
// docs/PAGE_MESSAGES.md lists every kind.
//
// The registrations live on window.dzb, so the modules loaded after the first
// frame (later.js, a bundle of its own) register with the same bridge; a
// message posted before its module is there waits for it.
import { readNamedRecords, readRecords } from './records.js';
import { dzb } from './page.js';

const bridge = dzb.bridge || (dzb.bridge = { handlers: new Map(), answers: new Map(), waiting: [], onWaiting: null });
const kMaxWaiting = 16;  // a few presses before later.js arrives; never a growing queue
// Messages that carry a whole state (the form's controls, the focused one):
// only the newest waits, so frames drawn before later.js arrives neither fill
// the queue nor leave an old form behind.
const kNewestOnly = new Set(['controls', 'keyboard-focus']);

// `handler(records)` receives the body as objects named by `fields`, or as
// arrays of fields when `fields` is omitted.
export function onMessage(kind, handler, fields) {
  bridge.handlers.set(kind, (body) => handler(fields ? readNamedRecords(body, fields) : readRecords(body)));
  const waiting = bridge.waiting.filter((message) => message.kind === kind);
  bridge.waiting = bridge.waiting.filter((message) => message.kind !== kind);
  for (const message of waiting) dzb.post(message.kind, message.body);
}

// `callback()` runs when a message has to wait: the module that handles it is
// fetched now, not in some later idle time (a press must not wait on a busy
// page's idle periods).
export function whenWaiting(callback) {
  bridge.onWaiting = callback;
}

// `answer()` returns the string the app receives for the question `kind`.
export function onQuestion(kind, answer) {
  bridge.answers.set(kind, answer);
}

dzb.post = function (kind, body) {
  const handler = bridge.handlers.get(kind);
  if (handler) handler(body);
  else {
    if (kNewestOnly.has(kind)) bridge.waiting = bridge.waiting.filter((message) => message.kind !== kind);
    if (bridge.waiting.length < kMaxWaiting) bridge.waiting.push({ kind, body });
    if (bridge.onWaiting) bridge.onWaiting();
  }
};

// A question whose module is not there yet has no answer ('').
dzb.ask = function (kind) {
  const answer = bridge.answers.get(kind);
  return answer ? String(answer() || '') : '';
};
