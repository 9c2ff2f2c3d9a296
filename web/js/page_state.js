// The inputs outlive the page: the address bar stays a permalink, and
// localStorage keeps a copy for the next visit (never in an embed).
import { onMessage, onQuestion } from './bridge.js';
import { dzb, embedded } from './page.js';

const storageKey = 'diazepane-bench.state';
const addressKey = 'diazepane-bench.address';  // the state last written to the address bar
// A reload must bring back exactly what this tab showed. The address bar
// follows changes with a delay (see persist), and a reload can even take the
// address from before a replaceState that the old page made while unloading:
// so this tab also keeps its latest state in sessionStorage, and a reload
// takes that. Otherwise an address that is exactly what this page last wrote
// is its own echo, not a link someone shared: the newer stored state wins.
// Anything else is a link, and the link wins.
const tabStateKey = 'diazepane-bench.tab-state';

function readStorage(storage, key) {
  try {
    return storage.getItem(key) || '';
  } catch (e) {
    return '';  // storage blocked (private mode, sandboxed iframe): start from defaults
  }
}

function writeStorage(storage, key, value) {
  try { storage.setItem(key, value); } catch (e) { /* storage blocked: nothing to keep */ }
}

function isReload() {
  const entry = performance.getEntriesByType && performance.getEntriesByType('navigation')[0];
  return !!entry && entry.type === 'reload';
}

function initialQuery() {
  if (embedded) return location.search;
  const tabState = readStorage(sessionStorage, tabStateKey);
  if (isReload() && tabState) return '?' + tabState;
  const own = location.search.slice(1).split('&').filter((p) => p !== 'test-hooks' && p !== 'embed=1').join('&');
  if (own && own === readStorage(localStorage, addressKey) && readStorage(localStorage, storageKey)) return '';
  return location.search;
}

// localStorage takes every change at once. The address bar follows at most
// every 150 ms while a slider is dragged (browsers throttle history updates
// and each costs time in the frame), so it can lag a reload by a moment:
// initialQuery() never takes that lag for a link.
let pendingAddress = null;
let addressTimer = 0;

// Writes the latest state into the address bar now (the card prints it).
function writeAddress() {
  addressTimer = 0;
  if (!pendingAddress) return;
  const { query, embed } = pendingAddress;
  pendingAddress = null;
  const extra = (embed ? '&embed=1' : '') + (dzb.testHooks ? '&test-hooks' : '');
  try {
    history.replaceState(null, '', location.pathname + '?' + query + extra);
    if (!embedded) localStorage.setItem(addressKey, query);
  } catch (e) { /* sandboxed or storage blocked */ }
}

function persist(query, embed) {
  if (!embedded) {
    writeStorage(localStorage, storageKey, query);
    writeStorage(sessionStorage, tabStateKey, query);
  }
  pendingAddress = { query, embed };
  if (!addressTimer) addressTimer = setTimeout(writeAddress, 150);
}

export function installPageState() {
  dzb.writeAddress = writeAddress;  // for the card (a module loaded later)
  const query = initialQuery();
  const stored = embedded ? '' : readStorage(localStorage, storageKey);
  // The page without query or fragment; for the offline file that is its file:// path.
  const address = location.href.split(/[?#]/)[0];
  const prefersDark = !!(window.matchMedia && matchMedia('(prefers-color-scheme: dark)').matches);
  onQuestion('initial-query', () => query);
  onQuestion('stored-state', () => stored);
  onQuestion('page-address', () => address);
  onQuestion('prefers-dark', () => (prefersDark ? '1' : ''));
  onQuestion('test-hooks', () => (dzb.testHooks ? '1' : ''));
  onMessage('state', ([record]) => persist(record.query, record.embed === '1'), ['query', 'embed']);
}
