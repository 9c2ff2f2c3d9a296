// What every module of the page shares: the build's stamps, the address's
// switches, the canvas, and window.dzb, the object the app and the tests see.
export const version = '@DZB_VERSION@';  // stamped at build time; one set of files per version
export const wasmBytes = Number('@DZB_WASM_BYTES@') || 0;  // the .wasm's own size, for the progress bar

export const params = new URLSearchParams(location.search);
// An embed (?embed=1, in a course page's iframe) neither reads nor writes
// storage: the full app's saved work on the same site stays as it was, and an
// embed starts from its own address every time.
export const embedded = params.has('embed') && (params.get('embed') === '1' || params.get('embed') === '');
export const canvas = document.getElementById('canvas');

// The tests and scripts/bench read the fields below (widgets, ready,
// framesRendered, settling, errors, …); the modules add their own. The
// scripts loaded after the first frame (later.js) find the same object.
export const dzb = window.dzb || (window.dzb = {
  testHooks: params.has('test-hooks'),
  embedded: embedded,
  offlineFile: !!window.dzbOfflineFile,
  widgets: {},
  errors: [],
});

// Shows the failure card instead of the app.
export function fail(message) {
  dzb.errors.push(message);
  document.getElementById('loading').hidden = true;
  document.getElementById('failure-text').textContent = message;
  document.getElementById('failure').hidden = false;
}

// A new element with optional text and class.
export function el(tag, text, className) {
  const node = document.createElement(tag);
  if (text) node.textContent = text;
  if (className) node.className = className;
  return node;
}
