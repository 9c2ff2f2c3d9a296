// The keyboard on the canvas: Tab order (header, tool tabs, the tool),
// sliders that step with the arrows, Page Up/Down and Home/End, and text
// that comes without key presses (IME, dictation, a character picker).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import {
  startBrowser, openApp, waitForMirror, mirrorValue, pressAndSettle, widgetRect, artifactsDir, clickWidget,
} from './helpers.mjs';
import { decodePng } from './png.mjs';

let env;
before(async () => { env = await startBrowser(); });
after(async () => { await env.close(); });

// A fresh page on the Alkylation tool, the keyboard on the canvas and nothing focused yet.
async function alkylationByKeyboard() {
  const context = await env.browser.newContext({ viewport: { width: 1400, height: 900 } });
  const opened = await openApp(context, env.baseUrl, 'tool=alkylation');
  await waitForMirror(opened.page, 'mono', /%$/);
  await opened.page.locator('#canvas').focus();
  return { context, ...opened };
}

// The tagged widgets that have the keyboard focus (none when an untagged one has it).
const focused = (page) =>
  page.evaluate(() => Object.entries(window.dzb.widgets).filter(([, r]) => r.focused).map(([name]) => name));

async function tabUntil(page, name, limit = 60) {
  const seen = [];
  for (let i = 0; i < limit; i++) {
    await pressAndSettle(page, 'Tab');
    const now = await focused(page);
    seen.push(now.join(',') || '-');
    if (now.includes(name)) return seen;
  }
  throw new Error(`${name} never took the focus in ${limit} presses of Tab: ${seen.join(' ')}`);
}

// Presses each key in turn and waits for the text it should leave in the field.
async function pressExpecting(page, mirrorKey, steps) {
  for (const [key, text] of steps) {
    await pressAndSettle(page, key);
    await waitForMirror(page, mirrorKey, text);
  }
}

test('Tab goes through the header, then the tool tabs, then the tool', async () => {
  const { context, page, problems } = await alkylationByKeyboard();
  const seen = (await tabUntil(page, 'alkylation.kappa_slider')).filter((name) => name !== '-');
  const kind = (name) => (name.startsWith('app.') ? 'header' : name.startsWith('tab.') ? 'tabs' : 'tool');
  // Runs of the same kind, in the order they were met.
  const runs = seen.map(kind).filter((k, i, all) => i === 0 || all[i - 1] !== k);
  assert.deepEqual(runs, ['header', 'tabs', 'tool'], `focus went ${seen.join(' ')}`);
  assert.deepEqual(seen.filter((name) => name.startsWith('tab.')),
    ['tab.workup', 'tab.alkylation', 'tab.cyclization', 'tab.route', 'tab.guide']);
  assert.equal(seen[0], 'app.keypad');
  assert.deepEqual(problems, []);
  await context.close();
});

test('a focused slider steps with the arrows, Page Up/Down and Home/End', async () => {
  const { context, page, problems } = await alkylationByKeyboard();
  await tabUntil(page, 'alkylation.kappa_slider');
  assert.equal(await mirrorValue(page, 'input.kappa'), '0.5');
  // κ runs from 0.001 to 100 on a log scale: a step is a hundredth of its
  // five decades, a page a tenth (half a decade).
  await pressExpecting(page, 'input.kappa', [['ArrowRight', '0.561']]);
  assert.deepEqual(await focused(page), ['alkylation.kappa_slider'], 'the arrow moved the focus too');
  await pressExpecting(page, 'input.kappa', [
    ['ArrowLeft', '0.5'], ['End', '100'], ['ArrowUp', '100'], ['Home', '0.001'], ['PageUp', '0.00316'],
    ['ArrowDown', '0.00282'],
  ]);
  assert.deepEqual(await focused(page), ['alkylation.kappa_slider'], 'a key moved the focus off the slider');
  await page.locator('#canvas').screenshot({ path: join(artifactsDir, 'keyboard-slider-focus.png') });
  // The linear equivalents slider, 0 to 2: steps of 0.02, pages of 0.2.
  await tabUntil(page, 'alkylation.equiv_slider');
  await pressExpecting(page, 'input.equiv', [['ArrowRight', '1.02'], ['PageDown', '0.82'], ['End', '2.00']]);
  await waitForMirror(page, 'bis', '100 %');
  assert.deepEqual(await focused(page), ['alkylation.equiv_slider']);
  assert.deepEqual(problems, []);
  await context.close();
});

test('the focus ring is a solid band, not a hairline', async () => {
  const { context, page } = await alkylationByKeyboard();
  await tabUntil(page, 'alkylation.kappa_slider');
  // A row of pixels from 10 px left of the slider up to its border: the ring
  // is what differs strongly from the background at the far end.
  const rect = await widgetRect(page, 'alkylation.kappa_slider');
  const strip = decodePng(await page.screenshot({
    clip: { x: Math.round(rect.x) - 10, y: Math.round(rect.y + rect.height / 2), width: 10, height: 1 },
  }));
  const pixel = (x) => [...strip.pixels.subarray(x * strip.channels, x * strip.channels + 3)];
  const background = pixel(0);
  const differences = [...Array(10).keys()].map((x) =>
    Math.max(...pixel(x).map((value, channel) => Math.abs(value - background[channel]))));
  const strongest = Math.max(...differences);
  const solid = differences.filter((d) => d >= 0.6 * strongest).length;
  assert.ok(strongest >= 100, `no ring beside the slider: ${differences}`);
  assert.ok(solid >= 3, `the ring is ${solid} px of solid colour: ${differences}`);
  await context.close();
});

test('with a mouse and a hardware keyboard, text from an IME or insertText reaches the clicked field, in order with the keys', async () => {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 820 } });
  const { page, problems } = await openApp(context, env.baseUrl);
  await clickWidget(page, 'field.lah_g');
  await page.waitForFunction(() => window.dzb.editing && document.activeElement.id === 'soft-keyboard');
  // Keys and text interleaved, typed without waiting: they must arrive in this order.
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Backspace');
  await page.keyboard.insertText('2');
  await page.keyboard.type('.5');
  await waitForMirror(page, 'water_last_ml', '7.50 mL');
  await page.keyboard.press('Control+A');
  await page.keyboard.insertText('3');
  await waitForMirror(page, 'water_last_ml', '9.00 mL');
  // An IME composes in the hidden input, then commits: only the committed text arrives.
  const cdp = await context.newCDPSession(page);
  await cdp.send('Input.imeSetComposition', { text: '½', selectionStart: 1, selectionEnd: 1 });
  await cdp.send('Input.insertText', { text: '½' });
  await waitForMirror(page, 'input.lah_g', '3½');
  // Escape ends the edit and the canvas has the keyboard again.
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => !window.dzb.editing && document.activeElement.id === 'canvas');
  assert.deepEqual(problems, []);
  await context.close();
});
