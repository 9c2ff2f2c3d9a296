// Tablets (iPadOS Safari under memory pressure) can take the WebGL context
// away. preventDefault asks for it back; once restored, the app rebuilds its
// GL objects and font texture and draws again with its state intact.
import { onQuestion } from './bridge.js';
import { canvas, dzb } from './page.js';

export function installContextLoss() {
  let restored = false;
  dzb.contextLost = false;
  canvas.addEventListener('webglcontextlost', (event) => {
    event.preventDefault();
    dzb.contextLost = true;
  });
  canvas.addEventListener('webglcontextrestored', () => {
    dzb.contextLost = false;
    restored = true;
  });
  // The app does not draw a frame that looks like the last one, trusting the
  // canvas to keep its image. After a resize (SDL sets the canvas size, which
  // blanks it in some browsers even at the same size) or a page shown again
  // (a browser may drop a background tab's canvas), it draws anyway.
  let dirty = false;
  const markDirty = () => { dirty = true; };
  window.addEventListener('resize', markDirty);
  window.addEventListener('pageshow', markDirty);
  document.addEventListener('visibilitychange', () => { if (!document.hidden) markDirty(); });
  onQuestion('canvas-dirty', () => {
    const answer = dirty ? '1' : '';
    dirty = false;
    return answer;
  });
  // Asked every frame; answered "1" once per restoration.
  onQuestion('context-restored', () => {
    const answer = restored ? '1' : '';
    restored = false;
    return answer;
  });
}
