// Offline support. Every file of one build is cached together under that
// build's version, so a page never runs an old .js with a new .wasm: a new
// version is installed whole beside the old one and takes over only when
// every tab of the old one is closed (or the user accepts the reload).
//
// The worker answers only for the app's own files. A navigation to the app's
// page (its folder or index.html, under any query) gets the cached page; any
// other address on the site (a course page, embed-example.html, a mistyped
// path) goes to the network untouched, so its own content or 404 comes back.
'use strict';
const VERSION = '@DZB_VERSION@';
const CACHE = 'diazepane-bench-' + VERSION;
const FILES = ['./', 'index.html', 'app.js?v=' + VERSION, 'app-later.js?v=' + VERSION, 'style.css?v=' + VERSION,
  'diazepane-bench.js?v=' + VERSION, 'diazepane-bench.wasm?v=' + VERSION, 'qrcode.js?v=' + VERSION,
  'icons/icon.svg',
  'icons/apple-touch-icon.png', 'icons/icon-192.png', 'manifest.webmanifest'];

self.addEventListener('install', (event) => {
  // addAll fails as a whole if any file fails: no half-installed version.
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(FILES)));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(caches.keys().then((keys) =>
    Promise.all(keys.filter((key) => key.startsWith('diazepane-bench-') && key !== CACHE)
      .map((key) => caches.delete(key)))));
});

self.addEventListener('message', (event) => {
  if (event.data === 'take-over') self.skipWaiting();
});

// The cache key for a request, or '' when the network should answer it.
function cacheKey(request, url) {
  const scopePath = new URL(self.registration.scope).pathname;
  if (!url.pathname.startsWith(scopePath)) return '';
  const path = url.pathname.slice(scopePath.length);
  if (request.mode === 'navigate') {
    // The page itself under any query (permalinks, embeds) is the cached index.html.
    return path === '' || path === 'index.html' ? 'index.html' : '';
  }
  const key = path + url.search;
  return FILES.includes(key) ? key : '';
}

self.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  if (event.request.method !== 'GET' || url.origin !== location.origin) return;
  const key = cacheKey(event.request, url);
  if (!key) return;  // not one of ours: the browser fetches it as if there were no worker
  event.respondWith(caches.open(CACHE).then((cache) =>
    cache.match(key).then((hit) => hit || fetch(event.request))));
});
