// Offline support. Every file of one build is cached together under that
// build's version, so a page never runs an old .js with a new .wasm: a new
// version is installed whole beside the old one and takes over only when
// every tab of the old one is closed (or the user accepts the reload).
'use strict';
const VERSION = '@DZB_VERSION@';
const CACHE = 'diazepane-bench-' + VERSION;
const FILES = ['./', 'index.html', 'app.js?v=' + VERSION, 'style.css?v=' + VERSION,
  'diazepane-bench.js?v=' + VERSION, 'diazepane-bench.wasm?v=' + VERSION, 'icons/icon.svg',
  'manifest.webmanifest'];

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

self.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  if (event.request.method !== 'GET' || url.origin !== location.origin) return;
  // The page itself under any query (permalinks) is the cached index.html.
  const scopePath = new URL(self.registration.scope).pathname;
  const key = event.request.mode === 'navigate' ? 'index.html' : url.pathname.slice(scopePath.length) + url.search;
  event.respondWith(caches.open(CACHE).then((cache) =>
    cache.match(key || 'index.html').then((hit) => hit || fetch(event.request))));
});
