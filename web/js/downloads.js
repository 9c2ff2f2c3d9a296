// Files the app offers (CSV, PNG, the offline page) and links it opens.
import { onMessage } from './bridge.js';
import { dzb } from './page.js';

function download(href, name) {
  const link = document.createElement('a');
  link.href = href;
  link.download = name;
  document.body.appendChild(link);
  link.click();
  link.remove();
}

// Bytes from the app, offered as a download. Called with the bytes
// themselves (src/platform/page_bridge.cpp), not through a message.
function saveFile(name, mime, bytes) {
  const url = URL.createObjectURL(new Blob([bytes], { type: mime }));
  download(url, name);
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}

// Plot images: the app hands over RGBA pixels (rows top to bottom) and the
// browser encodes them as a compressed PNG, so the wasm needs no encoder.
function savePng(name, pixels, width, height) {
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const image = new ImageData(new Uint8ClampedArray(pixels.buffer, pixels.byteOffset, pixels.length), width, height);
  canvas.getContext('2d').putImageData(image, 0, 0);
  canvas.toBlob((blob) => {
    if (blob) saveFile(name, 'image/png', blob);
  }, 'image/png');
}

export function installDownloads() {
  dzb.saveFile = saveFile;
  dzb.savePng = savePng;
  onMessage('open-url', ([record]) => window.open(record[0], '_blank', 'noopener'));
  // "Download for offline use": the single-file page built beside this one.
  onMessage('offline-copy', () => download('diazepane-bench-offline.html', 'diazepane-bench-offline.html'));
}
