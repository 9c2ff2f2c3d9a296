// What each drawn frame reports: its CPU time (the last 2,000, for
// scripts/bench) and the wasm memory high-water mark; the first one hides the
// loading screen. Tests wait on ready, framesRendered and settling.
import { onMessage, whenWaiting } from './bridge.js';
import { loadDeferredScripts } from './deferred.js';
import { canvas, dzb } from './page.js';

function firstFrame() {
  dzb.ready = true;
  dzb.firstFrameMs = performance.now();  // since navigation start
  document.getElementById('loading').hidden = true;
  canvas.focus();
  // Idle time after the first frame: what the first frame did not need. A
  // page that stays busy (a drag, a slow machine) gets it within 2 s anyway,
  // and a message that needs it fetches it at once (whenWaiting).
  whenWaiting(loadDeferredScripts);
  if (window.requestIdleCallback) window.requestIdleCallback(loadDeferredScripts, { timeout: 2000 });
  else setTimeout(loadDeferredScripts, 500);
}

export function installFrames() {
  Object.assign(dzb, { framesRendered: 0, framesDrawn: 0, ready: false, frameCpuMs: [], memoryBytes: 0, settling: true });
  onMessage('frame', ([record]) => {
    dzb.framesRendered += 1;
    // A frame that looked exactly like the last one is not drawn again (the
    // canvas keeps showing it): framesDrawn counts the ones that were.
    if (record.drawn === '1') dzb.framesDrawn += 1;
    dzb.settling = record.settling === '1';
    dzb.frameCpuMs.push(Number(record.cpuMs));
    if (dzb.frameCpuMs.length > 2000) dzb.frameCpuMs.splice(0, 1000);
    dzb.memoryBytes = Math.max(dzb.memoryBytes, Number(record.memoryBytes) || 0);
    if (!dzb.ready) firstFrame();
  }, ['cpuMs', 'memoryBytes', 'settling', 'drawn']);
  // No frame after one that wanted more: the layout has settled after all.
  onMessage('settled', () => { dzb.settling = false; });
}
