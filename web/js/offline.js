// Offline use. After the first visit the service worker (sw.js) serves the
// page; a new version waits until it is complete, then offers a reload, and
// nothing is swapped under a running page.
import { onQuestion } from './bridge.js';
import { dzb } from './page.js';

// Whether the header offers "Download for offline use" (asked in the first
// frame): the offline file itself has no file beside it to offer.
export function answerOfflineCopy() {
  onQuestion('offers-offline-copy', () => (!dzb.offlineFile && location.protocol !== 'file:' ? '1' : ''));
}

export function registerServiceWorker() {
  if (!('serviceWorker' in navigator) || location.protocol === 'file:') return;
  navigator.serviceWorker.register('sw.js').then((registration) => {
    registration.addEventListener('updatefound', () => {
      const worker = registration.installing;
      worker.addEventListener('statechange', () => {
        if (worker.state !== 'installed' || !navigator.serviceWorker.controller) return;
        document.getElementById('update').hidden = false;
        document.getElementById('update-reload').onclick = () => worker.postMessage('take-over');
      });
    });
  }).catch(() => { /* no offline support here (e.g. private mode): the page still works */ });
  let reloading = false;
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (dzb.hadController && !reloading) { reloading = true; location.reload(); }
  });
  dzb.hadController = !!navigator.serviceWorker.controller;
}
