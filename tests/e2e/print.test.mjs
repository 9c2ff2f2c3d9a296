// The bench card: the Print button prints the current tool's report (tool,
// date, permalink, inputs, steps with tick boxes, warnings, sources, plot),
// and a stale result is stale on the card as in the mirror and the clipboard.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import {
  startBrowser, openApp, typeInto, clickWidget, tapWidget, selectTab, waitForMirror, waitForClipboard, waitForSettled,
  artifactsDir,
} from './helpers.mjs';

let env;
before(async () => { env = await startBrowser(); });
after(async () => { await env.close(); });

async function freshApp(options = {}) {
  const context = await env.browser.newContext({ viewport: { width: 1400, height: 900 }, ...options });
  const opened = await openApp(context, env.baseUrl);
  // The print dialog is the browser's; here each call is only counted.
  await opened.page.evaluate(() => { window.print = () => { window.dzb.printDialogs = (window.dzb.printDialogs || 0) + 1; }; });
  return { context, ...opened };
}

// Presses Print as a person does and waits for the print dialog call.
async function printCard(page) {
  const before = await page.evaluate(() => window.dzb.printDialogs || 0);
  await clickWidget(page, 'app.print');
  await page.waitForFunction((n) => (window.dzb.printDialogs || 0) > n, before, { timeout: 10000 });
  await page.emulateMedia({ media: 'print' });
}

async function cardText(page) {
  return page.evaluate(() => {
    const card = document.getElementById('card');
    return getComputedStyle(card).display === 'none' ? '' : card.innerText;
  });
}

async function checkPdf(page, name) {
  const pdf = await page.pdf({ path: join(artifactsDir, name), format: 'A4', printBackground: true });
  assert.equal(pdf.subarray(0, 4).toString('latin1'), '%PDF');
  assert.ok(pdf.length > 20000, `a printed page, not an empty one (${pdf.length} bytes)`);
}

// The card's plot image and its number of distinct colours (a blank grab has one).
function plotImage(page) {
  return page.evaluate(async () => {
    const img = document.querySelector('#card img');
    if (!img) return null;
    await img.decode();
    const c = document.createElement('canvas');
    c.width = img.naturalWidth;
    c.height = img.naturalHeight;
    const g = c.getContext('2d');
    g.drawImage(img, 0, 0);
    const data = g.getImageData(0, 0, c.width, c.height).data;
    const colours = new Set();
    for (let i = 0; i < data.length; i += 16) colours.add((data[i] << 16) | (data[i + 1] << 8) | data[i + 2]);
    return { width: img.naturalWidth, height: img.naturalHeight, colours: colours.size };
  });
}

test('Print makes a Workup card with tool, date, permalink, inputs, ticked steps, safety and source', async () => {
  const { context, page, problems } = await freshApp();
  await typeInto(page, 'field.lah_g', '2.5');
  await waitForMirror(page, 'input.lah_g', '2.5');
  await waitForMirror(page, 'water_last_ml', '7.50 mL');
  await clickWidget(page, 'workup.step2');
  await page.waitForFunction(() => document.querySelector('#mirror [data-key="step2"]')?.hasAttribute('data-done'));
  await waitForSettled(page);
  // On screen the card is not shown.
  assert.equal(await cardText(page), '');
  await printCard(page);
  const text = await cardText(page);
  // Formulas as chemists write them on paper (the mirror and the clipboard keep ASCII).
  assert.match(text, /Diazepane Bench: LiAlH₄ workup \(Fieser n-n-3n\)/);
  assert.match(text, new RegExp(String(new Date().getFullYear())));
  assert.match(text, /https?:\/\/\S+\?\S*tool=workup/, 'the permalink of these inputs');
  assert.doesNotMatch(text, /test-hooks/);
  // This tool's inputs only: short enough to type, no display settings.
  assert.match(text, /\?tool=workup&workup\.mode=g&workup\.lah_g=2\.5&/);
  assert.doesNotMatch(text, /theme=|scale=|keypad=|alkylation\.|cyclization\./);
  // ... and it opens these inputs again, in a browser that has never seen them.
  const link = text.match(/https?:\/\/\S+\?tool=workup\S*/)[0];
  const other = await env.browser.newContext({ viewport: { width: 1400, height: 900 } });
  const { page: reopened } = await openApp(other, env.baseUrl, link.split('?')[1]);
  await waitForMirror(reopened, 'water_last_ml', '7.50 mL');
  await other.close();
  assert.match(text, /LiAlH₄ mass \(g\): 2\.5/);
  assert.match(text, /☐ Cool to 0 °C/);
  assert.match(text, /☑ Add 2\.50 mL water\n/);
  assert.match(text, /☐ Add 2\.50 mL 15 % aqueous NaOH/);
  assert.match(text, /Safety\n[\s\S]*hydrogen/i);
  assert.match(text, /Reagents for Organic Synthesis, Vol\. 1/);
  assert.doesNotMatch(text, /Text size|On-screen keypad|Dark theme/, 'no UI settings on the card');
  assert.doesNotMatch(text, /stale/i);
  await page.screenshot({ path: join(artifactsDir, 'card-workup.png'), fullPage: true });
  await checkPdf(page, 'card-workup.pdf');
  assert.deepEqual(problems, []);
  await context.close();
});

test('the Alkylation card carries the mono-Boc steps and the plot as an image', async () => {
  const { context, page, problems } = await freshApp();
  await selectTab(page, 'alkylation');
  await waitForMirror(page, 'mono', /%$/);
  await printCard(page);
  const text = await cardText(page);
  assert.match(text, /Diazepane Bench: Mono- versus bis-alkylation of a diamine/);
  assert.match(text, /☐ Weigh out [^\n]*Boc₂O/);
  assert.doesNotMatch(text, /Boc2O|K2CO3|k2\/k1/, 'every formula typeset on the card');
  assert.match(text, /Safety\n[\s\S]*H[A-Z]/);
  assert.match(text, /Sources\n/);
  const image = await plotImage(page);
  assert.ok(image, 'the card has an image of the plot');
  assert.ok(image.width > 100 && image.height > 100, JSON.stringify(image));
  assert.ok(image.colours > 5, `the plot, not an empty buffer: ${JSON.stringify(image)}`);
  await page.screenshot({ path: join(artifactsDir, 'card-alkylation.png'), fullPage: true });
  await checkPdf(page, 'card-alkylation.pdf');
  // Back on screen, the app still takes typing (printing did not disturb its canvas).
  await page.emulateMedia({ media: 'screen' });
  await typeInto(page, 'field.kappa', '2');
  await waitForMirror(page, 'input.kappa', '2');
  assert.doesNotMatch(text, /stale/i);
  assert.deepEqual(problems, []);
  await context.close();
});

test("a Print pressed before the card's module arrives still gets the plot, not a blank grab", async () => {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 800 } });
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await context.route(/app-later\.js/, async (route) => { await held; await route.continue(); });
  const { page, problems } = await openApp(context, env.baseUrl);
  await page.evaluate(() => { window.print = () => { window.dzb.printDialogs = (window.dzb.printDialogs || 0) + 1; }; });
  await selectTab(page, 'alkylation');
  await waitForMirror(page, 'mono', /%$/);
  await clickWidget(page, 'app.print');
  await page.waitForTimeout(300);
  assert.equal(await page.evaluate(() => window.dzb.printDialogs || 0), 0, 'no card yet: its module is held back');
  release();
  await page.waitForFunction(() => (window.dzb.printDialogs || 0) > 0, null, { timeout: 10000 });
  const image = await plotImage(page);
  assert.ok(image && image.colours > 5, `the plot, not an empty buffer: ${JSON.stringify(image)}`);
  assert.deepEqual(problems, []);
  await context.close();
});

test('a bad κ leaves the Alkylation card with the last valid steps and plot, marked stale', async () => {
  const { context, page } = await freshApp();
  await selectTab(page, 'alkylation');
  await waitForMirror(page, 'mono', /%$/);
  await typeInto(page, 'field.kappa', '-1');
  await waitForMirror(page, 'input.kappa', '-1');
  await waitForMirror(page, 'stale', 'stale: showing the last valid input');
  await printCard(page);
  const text = await cardText(page);
  assert.match(text, /☐ Weigh out [^\n]* stale\n/);
  assert.match(text, /☐ Expect [^\n]* stale\n/);
  await page.screenshot({ path: join(artifactsDir, 'card-alkylation-stale.png'), fullPage: true });
  // The plot is on the card only when it was in view; then it is marked stale too.
  if (/\nPlot/.test(text)) assert.match(text, /Plot \(stale: showing the last valid input\)/);
  await context.close();
});

test('after an invalid input the mirror, the copied protocol and the card all say stale', async () => {
  const { context, page } = await freshApp({ permissions: ['clipboard-read', 'clipboard-write'] });
  await typeInto(page, 'field.lah_g', '2.5');
  await waitForMirror(page, 'input.lah_g', '2.5');
  await waitForMirror(page, 'water_last_ml', '7.50 mL');
  await typeInto(page, 'field.lah_g', '-3');
  await waitForMirror(page, 'input.lah_g', '-3');
  await waitForMirror(page, 'stale', 'stale: showing the last valid input');
  // Mirror: every result, step and warning is marked, and still the last valid amounts.
  const marks = await page.evaluate(() => [...document.querySelectorAll('#mirror [data-tool="workup"] > div')]
    .filter((g) => ['result', 'step', 'warning'].includes(g.dataset.kind))
    .map((g) => [g.dataset.key, g.hasAttribute('data-stale')]));
  assert.ok(marks.length > 10);
  assert.deepEqual(marks.filter(([, stale]) => !stale), []);
  await waitForMirror(page, 'water_last_ml', '7.50 mL');
  // Clipboard.
  await clickWidget(page, 'workup.copy');
  const copied = await waitForClipboard(page, /^LiAlH4 workup[\s\S]*Sources:/);
  assert.match(copied, /STALE: stale: showing the last valid input/);
  assert.match(copied, /\[ \] Add 7\.50 mL water\..*\[STALE\]/);
  assert.match(copied, /LiAlH4 mass \(g\): -3\n/);
  assert.match(copied, /^[\x00-\x7f]*$/, 'plain ASCII');
  // Card.
  await printCard(page);
  const text = await cardText(page);
  assert.match(text, /LiAlH₄ mass \(g\): -3/);
  assert.match(text, /☐ Add 7\.50 mL water stale\n/);
  assert.match(text, /Results\n[\s\S]*3rd addition: water: 7\.50 mL stale\n/);
  assert.match(text, /Safety\n[^\n]*hydrogen[^\n]* stale\n/);
  await context.close();
});

test('on a phone Print is in the header menu', async () => {
  const phone = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, hasTouch: true, isMobile: true };
  const { context, page } = await freshApp(phone);
  await tapWidget(page, 'app.menu');
  await tapWidget(page, 'app.print');
  await page.waitForFunction(() => window.dzb.printDialogs === 1, null, { timeout: 10000 });
  await page.waitForFunction(() => !window.dzb.widgets['app.print']);  // the menu closed
  await page.emulateMedia({ media: 'print' });
  assert.match(await cardText(page), /Diazepane Bench: LiAlH₄ workup/);
  await context.close();
});

test('the accessible form has a Print button that prints the card', async () => {
  const { context, page } = await freshApp();
  // A screen-reader user presses the form's button (keyboard, no canvas).
  const button = page.getByRole('button', { name: 'Print', exact: true });
  await button.focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => window.dzb.printDialogs === 1, null, { timeout: 10000 });
  await page.emulateMedia({ media: 'print' });
  assert.match(await cardText(page), /Diazepane Bench: LiAlH₄ workup/);
  await context.close();
});

// A scanner (zbarimg, Debian's zbar-tools) reads the card's QR code back: it
// must give exactly the permalink printed beside it.
function scanQr(pngPath) {
  const run = spawnSync('zbarimg', ['--quiet', '--raw', pngPath], { encoding: 'utf8' });
  if (run.error) throw new Error(`zbarimg could not run (${run.error.message}): install zbar-tools`);
  return run.stdout.trim();
}

test('the card carries the permalink as a QR code that a scanner reads back', async () => {
  const { context, page, problems } = await freshApp({ deviceScaleFactor: 2 });
  await selectTab(page, 'alkylation');
  await typeInto(page, 'field.kappa', '2');
  await waitForMirror(page, 'input.kappa', '2');
  await waitForSettled(page);
  // Loaded after the first frame, not with it.
  await page.waitForFunction(() => typeof window.qrcode === 'function', null, { timeout: 10000 });
  await printCard(page);
  const text = await cardText(page);
  const link = text.match(/https?:\/\/\S+\?tool=alkylation\S*/)[0];
  assert.match(link, /alkylation\.kappa=2(&|$)/);
  const qr = page.locator('#card svg.card-qr');
  assert.equal(await qr.count(), 1);
  const box = await qr.boundingBox();
  assert.ok(box.width > 90 && Math.abs(box.width - box.height) < 1, `a square about 3 cm wide: ${JSON.stringify(box)}`);
  const shot = join(artifactsDir, 'card-qr.png');
  await qr.screenshot({ path: shot });
  assert.equal(scanQr(shot), link);
  assert.deepEqual(problems, []);
  await context.close();
});
