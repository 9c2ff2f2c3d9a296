// What the first frame does not need is fetched after it, in idle time: the
// bench card, copying and downloads (later.js) and the card's QR encoder.
// The offline single file carries both inline, so they are there already.
import { dzb, version } from './page.js';

function loadScript(id, file) {
  if (document.getElementById(id)) return;
  const script = document.createElement('script');
  script.id = id;
  script.src = file + '?v=' + version;
  document.head.appendChild(script);
}

export function loadDeferredScripts() {
  if (!dzb.laterInstalled) loadScript('dzb-later', 'app-later.js');
  if (typeof window.qrcode !== 'function') loadScript('dzb-qrcode', 'qrcode.js');
}
