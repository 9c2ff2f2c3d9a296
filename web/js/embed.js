// Embeds tell the page around them how tall their content is, so it can fit
// the iframe (see embed-example.html). Two forms of the same message: ours,
// and the LTI one that Canvas and other LMSs already act on.
import { onMessage } from './bridge.js';
import { dzb, embedded } from './page.js';

export function installEmbed() {
  dzb.contentHeight = 0;
  onMessage('content-height', ([record]) => {
    const height = Number(record[0]);
    dzb.contentHeight = height;
    if (!embedded || window.parent === window) return;
    window.parent.postMessage({ type: 'diazepane-bench:resize', height: height }, '*');
    window.parent.postMessage({ subject: 'lti.frameResize', height: height }, '*');
  });
}
