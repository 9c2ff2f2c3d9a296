// Minifies the page's scripts in the assembled site, in place: app.js and
// Emscripten's runtime (diazepane-bench.js), the first paint, and what is
// fetched after it (app-later.js, and qrcode.js, the bench card's QR encoder). Emscripten 3.1.6 here
// has no Closure Compiler, and its own pass only strips whitespace; terser
// (Debian's node-terser) renames locals and the runtime's top-level names,
// about 10 KB gzip of the first paint. `Module` keeps its name: app.js hands
// the runtime its settings through it.
'use strict';
const fs = require('fs');
const path = require('path');

function loadTerser() {
  try {
    return require('terser');
  } catch (error) {
    return require('/usr/share/nodejs/terser');  // Debian's place, when NODE_PATH is not set
  }
}

async function main() {
  const site = process.argv[2];
  if (!site) throw new Error('usage: minify_js.cjs <site dir>');
  const { minify } = loadTerser();
  const jobs = [
    ['app.js', { compress: { passes: 2 }, mangle: true }],
    ['app-later.js', { compress: { passes: 2 }, mangle: true }],  // fetched after the first frame
    ['diazepane-bench.js', { compress: { passes: 2 }, mangle: { reserved: ['Module'] }, toplevel: true }],
    // Loaded after the first frame, for the card; its global `qrcode` keeps its name.
    ['qrcode.js', { compress: { passes: 2 }, mangle: true }],
  ];
  for (const [name, options] of jobs) {
    const file = path.join(site, name);
    const source = fs.readFileSync(file, 'utf8');
    const result = await minify(source, { ...options, ecma: 2020, format: { comments: false } });
    fs.writeFileSync(file, result.code);
    console.log(`${name}: ${source.length} -> ${result.code.length} bytes`);
  }
}

main().catch((error) => {
  console.error(error.message || error);
  process.exit(1);
});
