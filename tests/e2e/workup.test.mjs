// The Workup tool in Debian's Chromium, driven through the canvas as a person
// would: click the field, type, read the result from the DOM text mirror.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { startBrowser, openApp, typeInto, clickWidget, waitForMirror, mirrorValue, artifactsDir, waitForClipboard, cli, sig3, waitForSettled } from './helpers.mjs';
import { decodePng, distinctColours, meanBrightness } from './png.mjs';

let env;
before(async () => { env = await startBrowser(); });
after(async () => { await env.close(); });

async function freshApp(options = {}) {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 800 }, ...options });
  return { context, ...(await openApp(context, env.baseUrl)) };
}

test('the page loads without console errors and draws its first frame', async () => {
  const { context, page, problems } = await freshApp();
  const shot = await page.locator('#canvas').screenshot({ path: join(artifactsDir, 'workup-light.png') });
  const image = decodePng(shot);
  assert.ok(distinctColours(image) > 20, 'the canvas holds a drawn interface, not a blank fill');
  assert.equal(await page.title(), 'Diazepane Bench — the numbers behind 1,4-diazepane synthesis');
  assert.equal(await page.locator('#loading').isHidden(), true, 'the loading screen is gone');
  assert.deepEqual(problems, []);
  await context.close();
});

test('typing an amount of LiAlH4 changes the three additions', async () => {
  const { context, page, problems } = await freshApp();
  await typeInto(page, 'field.lah_g', '2.5');
  await waitForMirror(page, 'water_first_ml', '2.50 mL');
  assert.equal(await mirrorValue(page, 'naoh_15pct_ml'), '2.50 mL');
  assert.equal(await mirrorValue(page, 'water_last_ml'), '7.50 mL');
  assert.equal(await mirrorValue(page, 'h2_l_25c_max'), '6.45 L');
  await typeInto(page, 'field.lah_g', '0.040');
  await waitForMirror(page, 'water_last_ml', '0.120 mL (120 µL)');
  assert.deepEqual(problems, []);
  await context.close();
});

test('the least water is 2 H2O per LiAlH4, and the hydrogen warning reads in plain digits', async () => {
  const { context, page, problems } = await freshApp();
  await typeInto(page, 'field.lah_g', '100');
  await waitForMirror(page, 'lah_g', '100 g');
  // LiAlH4 + 2 H2O -> LiAlO2 + 4 H2: 2 × 18.015 / 37.95 / 0.997 mL per g.
  const least = cli('workup', '--lah-g', 100).water_stoichiometric_ml;
  assert.ok(Math.abs(least - 100 * 2 * 18.015 / 37.95 / 0.997) < 1e-9);
  assert.equal(await mirrorValue(page, 'water_stoichiometric_ml'), `${sig3(least)} mL`);
  // 100 g gives 257.9 L of hydrogen at most: "258 L" (as in the results), never "2.58e+02 L".
  assert.match(await mirrorValue(page, 'warning1'), /^Up to 258 L of hydrogen comes off/);
  assert.doesNotMatch(await page.locator('#mirror').textContent(), /e\+0/);
  assert.deepEqual(problems, []);
  await context.close();
});

test('every input mode converts to grams of LiAlH4', async () => {
  const { context, page } = await freshApp();
  await clickWidget(page, 'workup.mode.3');  // Solution: 10 mL of the 2.4 M THF preset
  await waitForMirror(page, 'lah_g', '0.911 g');
  assert.equal(await mirrorValue(page, 'conversion'), '10.0 mL × 2.40 mol/L = 24.0 mmol = 0.911 g LiAlH4');
  await typeInto(page, 'field.solution_ml', '25');
  await waitForMirror(page, 'lah_mmol', '60.0 mmol');
  await clickWidget(page, 'workup.mode.4');  // equivalents × substrate
  await typeInto(page, 'field.equiv', '1.5');
  await typeInto(page, 'field.substrate_mmol', '20');
  await waitForMirror(page, 'lah_g', '1.14 g');
  await clickWidget(page, 'workup.mode.2');  // mmol
  await typeInto(page, 'field.lah_mmol', '100');
  await waitForMirror(page, 'water_first_ml', '3.80 mL');
  await clickWidget(page, 'workup.mode.1');  // mg
  await typeInto(page, 'field.lah_mg', '250');
  await waitForMirror(page, 'water_last_ml', '0.750 mL (750 µL)');
  await context.close();
});

test('bad input shows its message, keeps the last result marked stale, never NaN', async () => {
  const { context, page, problems } = await freshApp();
  await typeInto(page, 'field.lah_g', '2.5');
  await waitForMirror(page, 'water_last_ml', '7.50 mL');
  // The result kept for bad input is the one the user had before editing
  // (2.5 g), not that of a valid keystroke on the way ("1" on the way to "1,5").
  const cases = [
    ['1,5', 'Use a decimal point: 1.5, not 1,5', '7.50 mL'],
    ['abc', '"abc" is not a number; enter the LiAlH4 mass in g', '7.50 mL'],
    ['-3', 'LiAlH4 mass cannot be negative', '7.50 mL'],
    ['0', 'LiAlH4 mass must be greater than zero', '7.50 mL'],
    ['nan', 'LiAlH4 mass must be a finite number', '7.50 mL'],
    ['inf', 'LiAlH4 mass must be a finite number', '7.50 mL'],
    ['1e9', "LiAlH4 mass above 10000 g is outside this tool's range", '7.50 mL'],
    ['', 'Enter the LiAlH4 mass in g', '7.50 mL'],
  ];
  for (const [text, message, lastValidWater] of cases) {
    await typeInto(page, 'field.lah_g', '2.5');
    await waitForMirror(page, 'water_last_ml', '7.50 mL');
    await typeInto(page, 'field.lah_g', text);
    await waitForMirror(page, 'error', message);
    assert.equal(await mirrorValue(page, 'input.lah_g'), text, 'what was typed stays in the field');
    assert.equal(await mirrorValue(page, 'stale'), 'stale: showing the last valid input');
    assert.equal(await mirrorValue(page, 'water_last_ml'), lastValidWater, 'the last valid result stays');
    const mirrorText = await page.locator('#mirror').textContent();
    assert.doesNotMatch(mirrorText, /\bnan\b|\binf\b/i);
  }
  // The error is drawn next to the field, where the test hook places it.
  const errorRect = await page.evaluate(() => window.dzb.widgets['error.lah_g']);
  const fieldRect = await page.evaluate(() => window.dzb.widgets['field.lah_g']);
  assert.ok(errorRect && errorRect.y > fieldRect.y && errorRect.y - fieldRect.y < 120);
  await page.locator('#canvas').screenshot({ path: join(artifactsDir, 'workup-error.png') });
  await typeInto(page, 'field.lah_g', '4');
  await waitForMirror(page, 'water_last_ml', '12.0 mL');
  assert.equal(await mirrorValue(page, 'stale'), null);
  assert.equal(await mirrorValue(page, 'error'), null);
  assert.deepEqual(problems, []);
  await context.close();
});

test('the bench checklist and the copied protocol show the last committed amounts, marked stale, for bad input', async () => {
  const { context, page } = await freshApp();
  await typeInto(page, 'field.lah_g', '2.5');
  await waitForMirror(page, 'step2', 'Add 2.50 mL water');
  assert.equal(await mirrorValue(page, 'checklist_stale'), null);
  for (const text of ['2,0', '2x', '1e9']) {
    await typeInto(page, 'field.lah_g', text);
    // The whole text first: "2" on the way to "2,0" is a valid input of its own.
    await waitForMirror(page, 'input.lah_g', text);
    await waitForMirror(page, 'error', /./);
    await waitForMirror(page, 'checklist_stale', 'stale: showing the last valid input');
    // The checklist carries the amounts the results show: the last committed ones.
    assert.equal(await mirrorValue(page, 'water_first_ml'), '2.50 mL');
    assert.equal(await mirrorValue(page, 'step2'), 'Add 2.50 mL water');
    assert.equal(await mirrorValue(page, 'step3'), 'Add 2.50 mL 15 % aqueous NaOH');
    assert.equal(await mirrorValue(page, 'step4'), 'Add 7.50 mL water');
    assert.match(await mirrorValue(page, 'protocol_stale'), /^stale/);
    await typeInto(page, 'field.lah_g', '2.5');
    await waitForMirror(page, 'checklist_stale', null);
  }
  await context.close();
});

test('a custom molarity of zero is refused at its field', async () => {
  const { context, page } = await freshApp();
  await clickWidget(page, 'workup.mode.3');
  await clickWidget(page, 'workup.preset');
  await clickWidget(page, 'workup.preset.4');  // "Custom molarity"
  await waitForMirror(page, 'input.molarity', '1.0');
  await typeInto(page, 'field.molarity', '0');
  await waitForMirror(page, 'error', 'Molarity must be greater than zero');
  await context.close();
});

test('the Copy button puts a plain-text protocol on the clipboard', async () => {
  const { context, page } = await freshApp({ permissions: ['clipboard-read', 'clipboard-write'] });
  await typeInto(page, 'field.lah_g', '2.5');
  await waitForMirror(page, 'water_last_ml', '7.50 mL');
  await clickWidget(page, 'workup.copy');
  // The tool's report as text: the same lines as the mirror and the print card.
  const text = await waitForClipboard(page, /^LiAlH4 workup[\s\S]*Sources:/);
  assert.match(text, /^LiAlH4 workup \(Fieser n-n-3n\)\n/);
  assert.match(text, /- LiAlH4 mass \(g\): 2\.5\n/);
  assert.match(text, /- LiAlH4 amount: 65\.9 mmol\n/);
  assert.match(text, /2\. \[ \] Add 2\.50 mL water\./);
  assert.match(text, /3\. \[ \] Add 2\.50 mL 15 % aqueous NaOH\./);
  assert.match(text, /4\. \[ \] Add 7\.50 mL water\./);
  assert.match(text, /Safety:\n- Up to 6\.45 L of hydrogen/);
  assert.match(text, /^[\x00-\x7f]*$/, 'plain ASCII, for pasting anywhere');
  assert.match(text, /Fieser, M\. Fieser, Reagents for Organic Synthesis, Vol\. 1/);
  await context.close();
});

test('bench checklist steps can be ticked off', async () => {
  const { context, page } = await freshApp();
  await clickWidget(page, 'workup.step2');
  await page.waitForFunction(() => document.querySelector('#mirror [data-key="step2"] dt')?.textContent === 'Step 2 (done)');
  await clickWidget(page, 'workup.clear_ticks');
  await page.waitForFunction(() => document.querySelector('#mirror [data-key="step2"] dt')?.textContent === 'Step 2');
  await context.close();
});

test('the dark theme draws a dark page', async () => {
  const { context, page } = await freshApp();
  const light = meanBrightness(decodePng(await page.locator('#canvas').screenshot()));
  const framesBefore = await page.evaluate(() => window.dzb.framesRendered);
  await clickWidget(page, 'app.theme');
  await page.waitForFunction((n) => window.dzb.framesRendered > n, framesBefore);
  await waitForSettled(page);
  const shot = await page.locator('#canvas').screenshot({ path: join(artifactsDir, 'workup-dark.png') });
  const dark = meanBrightness(decodePng(shot));
  assert.ok(light > 180 && dark < 80, `light ${light.toFixed(0)}, dark ${dark.toFixed(0)}`);
  await context.close();
});

test('a sharp page at devicePixelRatio 2', async () => {
  const { context, page } = await freshApp({ deviceScaleFactor: 2, viewport: { width: 900, height: 700 } });
  const size = await page.evaluate(() => [canvas.width, canvas.height, canvas.clientWidth, canvas.clientHeight]);
  assert.deepEqual(size, [1800, 1400, 900, 700], 'the canvas has one pixel per device pixel');
  await page.locator('#canvas').screenshot({ path: join(artifactsDir, 'workup-dpr2.png') });
  await typeInto(page, 'field.lah_g', '3');
  await waitForMirror(page, 'water_last_ml', '9.00 mL');
  await context.close();
});
