// A lab tablet: touch only, devicePixelRatio 2, gloves. Taps work the first
// time, a tapped field raises the soft keyboard, and the on-screen keypad
// types without it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startBrowser, openApp, tapWidget, widgetRect, waitForMirror, mirrorValue, artifactsDir } from './helpers.mjs';
import { join } from 'node:path';

let env;
before(async () => { env = await startBrowser(); });
after(async () => { await env.close(); });

const tablet = { viewport: { width: 820, height: 1180 }, deviceScaleFactor: 2, hasTouch: true, isMobile: true };

test('on a tablet, taps switch tabs and modes the first time, and the canvas is sharp', async () => {
  const context = await env.browser.newContext(tablet);
  const { page, problems } = await openApp(context, env.baseUrl);
  const size = await page.evaluate(() => [canvas.width, canvas.height]);
  assert.deepEqual(size, [1640, 2360]);
  await tapWidget(page, 'tab.cyclization');
  await waitForMirror(page, 'mode', 'batch (all at once)');
  await tapWidget(page, 'cyclization.mode.1');
  await waitForMirror(page, 'mode', 'syringe-pump addition');
  await tapWidget(page, 'tab.workup');
  await tapWidget(page, 'workup.mode.1');
  await waitForMirror(page, 'mode', 'mass (mg)');
  // Touch targets: every tagged control is at least 44 CSS px high (results
  // and messages are text, not controls).
  const small = await page.evaluate(() => Object.entries(window.dzb.widgets)
    .filter(([name, r]) => !/^(error|result|report|stale|label)\./.test(name) && !name.endsWith('.area') &&
                         !/pathway(\.(box|label)\.\w+)?$/.test(name) && r.height < 44)
    .map(([name, r]) => `${name}: ${r.height}`));
  assert.deepEqual(small, []);
  await page.screenshot({ path: join(artifactsDir, 'tablet.png') });
  assert.deepEqual(problems, []);
  await context.close();
});

test('tapping a field raises the soft keyboard, and its typing reaches the field', async () => {
  const context = await env.browser.newContext(tablet);
  const { page } = await openApp(context, env.baseUrl);
  await tapWidget(page, 'field.lah_g');
  await page.waitForFunction(() => document.activeElement && document.activeElement.id === 'soft-keyboard');
  assert.equal(await page.evaluate(() => document.activeElement.getAttribute('inputmode')), 'decimal');
  // The field's text is selected on activation: typing replaces it.
  await page.keyboard.type('2.5');
  await waitForMirror(page, 'water_last_ml', '7.50 mL');
  await page.keyboard.press('Backspace');
  await page.keyboard.type('75');
  await waitForMirror(page, 'water_last_ml', '8.25 mL');
  await context.close();
});

test('the on-screen keypad types into the tapped field, no soft keyboard', async () => {
  const context = await env.browser.newContext(tablet);
  const { page } = await openApp(context, env.baseUrl);
  await tapWidget(page, 'app.keypad');
  await waitForMirror(page, 'keypad', 'on');
  await tapWidget(page, 'field.lah_g');
  await page.waitForFunction(() => window.dzb.widgets['keypad.0']);
  assert.notEqual(await page.evaluate(() => document.activeElement.id), 'soft-keyboard');
  const keys = { 7: 0, 8: 1, 9: 2, back: 3, 4: 4, 5: 5, 6: 6, minus: 7, 1: 8, 2: 9, 3: 10, e: 11, 0: 12, dot: 13, clear: 14, done: 15 };
  for (const key of ['clear', 2, 'dot', 5]) await tapWidget(page, `keypad.${keys[key]}`);
  await waitForMirror(page, 'water_last_ml', '7.50 mL');
  await tapWidget(page, `keypad.${keys.back}`);
  await tapWidget(page, `keypad.${keys[0]}`);
  await waitForMirror(page, 'input.lah_g', '2.0');
  await page.screenshot({ path: join(artifactsDir, 'tablet-keypad.png') });
  await tapWidget(page, `keypad.${keys.done}`);
  await page.waitForFunction(() => !window.dzb.widgets['keypad.0']);
  assert.equal(await mirrorValue(page, 'water_last_ml'), '6.00 mL');
  await context.close();
});

test('the text size control scales the interface and is remembered', async () => {
  const context = await env.browser.newContext(tablet);
  const { page } = await openApp(context, env.baseUrl);
  const before = await page.evaluate(() => window.dzb.widgets['field.lah_g'].height);
  // A person taps A+ twice at the same spot, without looking for where it
  // went: the button must still be under the finger once the text has grown.
  const larger = await widgetRect(page, 'app.larger');
  const spot = [larger.x + larger.width / 2, larger.y + larger.height / 2];
  await page.touchscreen.tap(...spot);
  await waitForMirror(page, 'ui_scale', '115 %');
  await page.waitForTimeout(250);
  await page.touchscreen.tap(...spot);
  await waitForMirror(page, 'ui_scale', '130 %');
  await page.waitForFunction((h) => window.dzb.widgets['field.lah_g'].height > h * 1.2, before);
  await page.reload();
  await page.waitForFunction(() => window.dzb && window.dzb.ready);
  await waitForMirror(page, 'ui_scale', '130 %');
  await context.close();
});
