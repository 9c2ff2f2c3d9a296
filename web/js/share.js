// Copying. "Copy link" and "Embed this" copy the text and also show it,
// selected, in a small panel, so it can be copied by hand where the clipboard
// is blocked (an iframe without clipboard-write, a locked-down browser).
import { onMessage, onQuestion } from './bridge.js';
import { canvas, dzb } from './page.js';

// Copies through the Clipboard API, else through a selected text area and
// the older copy command. Resolves to whether the text reached the clipboard.
function writeClipboard(text, selectedArea) {
  const fallback = () => {
    const area = selectedArea || document.createElement('textarea');
    if (!selectedArea) {
      area.value = text;
      area.style.position = 'fixed';
      area.style.opacity = '0';
      document.body.appendChild(area);
    }
    // Safari's select() also moves the focus: not when the keys went back to
    // the canvas while the clipboard was answering.
    if (!selectedArea || selectedArea.parentNode.contains(document.activeElement)) area.select();
    let copied = false;
    try { copied = document.execCommand('copy'); } catch (e) { /* nothing more to try */ }
    if (!selectedArea) {
      area.remove();
      canvas.focus();
    }
    return copied;
  };
  if (navigator.clipboard && navigator.clipboard.writeText) {
    return navigator.clipboard.writeText(text).then(() => true, fallback);
  }
  return Promise.resolve(fallback());
}

function share({ title, text, dark }) {
  const panel = document.getElementById('share');
  const shareText = document.getElementById('share-text');
  const status = document.getElementById('share-status');
  panel.classList.toggle('dark', dark === '1');
  document.getElementById('share-title').textContent = title;
  shareText.value = text;
  status.textContent = 'Copying…';
  panel.hidden = false;
  shareText.focus({ preventScroll: true });
  shareText.select();
  const attempt = (dzb.shareAttempt = (dzb.shareAttempt || 0) + 1);
  dzb.copyStatus = 'pending';
  writeClipboard(text, shareText).then((copied) => {
    if (attempt !== dzb.shareAttempt) return;  // a newer share took over
    dzb.copyStatus = copied ? 'copied' : 'blocked';
    status.textContent = copied ? '✓ Copied'
      : 'The browser did not allow copying here. The text is selected: press Ctrl+C (⌘C on a Mac) to copy it.';
    // Select it again for Ctrl+C, unless the keys went back to the canvas
    // meanwhile (a click on a field while the clipboard was answering).
    if (!panel.contains(document.activeElement)) return;
    shareText.focus({ preventScroll: true });
    shareText.select();
  });
}

export function installShare() {
  const panel = document.getElementById('share');
  const close = () => {
    panel.hidden = true;
    canvas.focus({ preventScroll: true });
  };
  document.getElementById('share-close').addEventListener('click', close);
  // A click or a tap on the canvas takes the keys back from the panel's text,
  // which stays open until closed (SDL's own handlers keep the browser from
  // moving the focus on a press): typing into a field then reaches the field.
  canvas.addEventListener('pointerdown', () => {
    if (panel.contains(document.activeElement)) canvas.focus({ preventScroll: true });
  }, { capture: true, passive: true });
  panel.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') close();
  });
  dzb.copyStatus = 'pending';
  onMessage('copy', ([record]) => writeClipboard(record[0], null));
  onMessage('share', ([record]) => share(record), ['title', 'text', 'dark']);
  onQuestion('copy-status', () => dzb.copyStatus);
}
