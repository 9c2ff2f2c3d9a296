// "Export PNG" on a plot, as a person on a HiDPI screen uses it: the file is
// at the device pixel ratio, compressed, and carries the legend (and the
// parameters) under the plot.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startBrowser, openApp, clickWidget, widgetRect, artifactsDir } from './helpers.mjs';
import { decodePng } from './png.mjs';

let env;
before(async () => { env = await startBrowser(); });
after(async () => { await env.close(); });

const kScale = 2;
// The alkylation plot's series: Unreacted, Mono, Bis (Okabe-Ito sky blue, bluish green, vermillion).
const kSeriesColours = { Unreacted: [0x56, 0xb4, 0xe9], Mono: [0x00, 0x9e, 0x73], Bis: [0xd5, 0x5e, 0x00] };

async function exportPlot(theme, tool = 'alkylation', plot = 'alkylation.fractions') {
  const context = await env.browser.newContext({
    viewport: { width: 1280, height: 800 }, deviceScaleFactor: kScale, acceptDownloads: true,
  });
  const { page, problems } = await openApp(context, env.baseUrl, `theme=${theme}`);
  await clickWidget(page, `tab.${tool}`);
  const area = await widgetRect(page, `${plot}.area`);
  const [download] = await Promise.all([page.waitForEvent('download'), clickWidget(page, `${plot}.png`)]);
  assert.equal(download.suggestedFilename(), `${plot}.png`);
  const bytes = readFileSync(await download.path());
  writeFileSync(join(artifactsDir, `export-${plot}-${theme}.png`), bytes);
  // The screen after the export: the legend and parameters were drawn for the image only.
  await page.waitForTimeout(200);
  await page.locator('#canvas').screenshot({ path: join(artifactsDir, `export-${plot}-${theme}-screen.png`) });
  assert.deepEqual(problems, []);
  await context.close();
  return { bytes, area };
}

// Pixels of exactly this colour in rows [top, bottom) of the image.
function countColour(image, [r, g, b], top, bottom) {
  let count = 0;
  for (let y = top; y < bottom; y++) {
    for (let x = 0; x < image.width; x++) {
      const i = (y * image.width + x) * image.channels;
      if (image.pixels[i] === r && image.pixels[i + 1] === g && image.pixels[i + 2] === b) count++;
    }
  }
  return count;
}

for (const theme of ['light', 'dark']) {
  test(`Export PNG (${theme}): device pixels, deflate-compressed, the legend's colours under the plot`, async () => {
    const { bytes, area } = await exportPlot(theme);
    assert.deepEqual([...bytes.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'PNG signature');
    const image = decodePng(bytes);
    // The whole plot, at 2 device pixels per CSS pixel.
    assert.ok(Math.abs(image.width - kScale * area.width) <= 1, `width ${image.width} vs 2 × ${area.width}`);
    const plotRows = Math.round(kScale * area.height);
    // Under it a strip: a legend line and at least one line of parameters.
    assert.ok(image.height >= plotRows + kScale * 40, `height ${image.height} vs plot ${plotRows}`);
    // Stored (uncompressed) deflate would be larger than the raw pixels.
    const raw = image.width * image.height * 4;
    assert.ok(bytes.length < raw * 0.25, `${bytes.length} bytes for ${raw} bytes of pixels`);
    for (const [name, colour] of Object.entries(kSeriesColours)) {
      // A legend swatch is 14 × 14 CSS px of flat colour, at 2 × 2 device pixels each.
      const inStrip = countColour(image, colour, plotRows, image.height);
      assert.ok(inStrip >= 0.8 * 14 * 14 * kScale * kScale, `${name}: ${inStrip} pixels of its colour in the legend`);
    }
  });
}

test('Export PNG of a plot with more parameters: every parameter line fits under the plot', async () => {
  const { bytes, area } = await exportPlot('light', 'cyclization', 'cyclization.concentration_curve');
  const image = decodePng(bytes);
  assert.ok(Math.abs(image.width - kScale * area.width) <= 1, `width ${image.width} vs 2 × ${area.width}`);
  // Mode, ring size, EM, large-ring EM and C0 need more lines than the alkylation plot's two.
  assert.ok(image.height >= Math.round(kScale * area.height) + kScale * 70, `height ${image.height}`);
  assert.ok(bytes.length < image.width * image.height, `${bytes.length} bytes`);
});
