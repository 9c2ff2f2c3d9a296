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
  // SDL sets the canvas size on every window resize, which blanks it even at
  // the same size; the app then draws the next frame even if it looks the same.
  let resized = false;
  window.addEventListener('resize', () => { resized = true; });
  onQuestion('canvas-resized', () => {
    const answer = resized ? '1' : '';
    resized = false;
    return answer;
  });
  // Asked every frame; answered "1" once per restoration.
  onQuestion('context-restored', () => {
    const answer = restored ? '1' : '';
    restored = false;
    return answer;
  });
}
