// Loads the WebAssembly with an honest progress bar and starts the app.
import { onMessage } from './bridge.js';
import { canvas, dzb, fail, version, wasmBytes } from './page.js';

function webgl2Available() {
  try {
    return !!document.createElement('canvas').getContext('webgl2');
  } catch (e) {
    return false;
  }
}

function formatKilobytes(bytes) { return Math.round(bytes / 1024) + ' KB'; }

// Fetches the .wasm as a stream that moves the bar as bytes arrive, and hands
// it on as a Response, so the browser compiles while it downloads.
async function fetchWasm(url) {
  const progress = document.getElementById('loading-progress');
  const loadingText = document.getElementById('loading-text');
  const response = await fetch(url);
  if (!response.ok) throw new Error('The app file ' + url + ' could not be loaded (HTTP ' + response.status + ').');
  // The reader sees decoded bytes, so the size to expect is the .wasm's own,
  // stamped at build time; a compressed response's Content-Length is not it.
  const total = wasmBytes;
  if (total) progress.max = total;
  if (!response.body || typeof ReadableStream === 'undefined') {
    return new Response(await response.arrayBuffer(), { headers: { 'Content-Type': 'application/wasm' } });
  }
  const reader = response.body.getReader();
  let received = 0;
  let shownAt = 0;
  const counted = new ReadableStream({
    async pull(controller) {
      const { done, value } = await reader.read();
      if (done) {
        loadingText.textContent = 'Starting…';
        controller.close();
        return;
      }
      received += value.length;
      controller.enqueue(value);
      const now = performance.now();
      if (now - shownAt < 100) return;  // the bar moves ten times a second, not per chunk
      shownAt = now;
      if (total) progress.value = Math.min(received, total);
      loadingText.textContent = 'Loading… ' + formatKilobytes(received) + (total ? ' of ' + formatKilobytes(total) : '');
    },
  });
  return new Response(counted, { headers: { 'Content-Type': 'application/wasm' } });
}

async function instantiate(responsePromise, imports) {
  const response = await responsePromise;
  if (WebAssembly.instantiateStreaming) return WebAssembly.instantiateStreaming(response, imports);
  return WebAssembly.instantiate(await response.arrayBuffer(), imports);
}

// The single-file offline page carries the .wasm as base64 in a data block
// (scripts/tools/single_file.py): no fetch, which file:// would refuse.
function inlineWasm() {
  const binary = atob(document.getElementById('dzb-wasm').textContent.trim());
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return Promise.resolve(new Response(bytes, { headers: { 'Content-Type': 'application/wasm' } }));
}

export function startApp() {
  onMessage('fail', ([record]) => fail(record[0]));
  // Both downloads start at once; the runtime script waits for the
  // WebAssembly through instantiateWasm.
  const wasmResponse = dzb.offlineFile ? inlineWasm() : fetchWasm('diazepane-bench.wasm?v=' + version);
  wasmResponse.catch(() => { /* reported by instantiate below */ });
  if (!webgl2Available()) {
    fail('This browser or device does not offer WebGL 2, which the calculators need to draw.');
    return;
  }
  // `Module` keeps its name through minification (scripts/tools/minify_js.cjs).
  window.Module = {
    canvas: canvas,
    print: (text) => console.log(text),
    printErr: (text) => console.warn(text),
    onAbort: (what) => fail('The app stopped unexpectedly: ' + what),
    instantiateWasm(imports, receiveInstance) {
      instantiate(wasmResponse, imports).then(
        (result) => receiveInstance(result.instance, result.module),
        (error) => fail(error.message || String(error)));
      return {};  // asynchronous: the runtime waits for receiveInstance
    },
  };
  if (dzb.offlineFile) return;  // the runtime is the next inline script
  const script = document.createElement('script');
  script.src = 'diazepane-bench.js?v=' + version;
  script.onerror = () => fail('The app script could not be loaded.');
  document.body.appendChild(script);
}
