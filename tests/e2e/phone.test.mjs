// Lab tablets and phones: finger scrolling with a fling, swipes that start on
// a slider, the phone layout, the keypad beside (never over) its field,
// tooltips that go away after a tap, text from insertText, and a lost WebGL
// context. Touch comes as CDP touch events on the real canvas.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import {
  startBrowser, openApp, tapWidget, widgetRect, waitForMirror, mirrorValue, waitForSettled, selectTab, clickWidget,
  artifactsDir,
} from './helpers.mjs';

let env;
before(async () => { env = await startBrowser(); });
after(async () => { await env.close(); });

const tablet = { viewport: { width: 820, height: 1180 }, deviceScaleFactor: 2, hasTouch: true, isMobile: true };
const phone = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, hasTouch: true, isMobile: true };

// A finger moving from `from` to `to` in `steps` moves, `stepMs` apart,
// resting `restMs` before it lifts.
async function touchDrag(page, from, to, { steps = 12, stepMs = 30, restMs = 0 } = {}) {
  const cdp = await page.context().newCDPSession(page);
  const point = (x, y) => [{ x, y, radiusX: 8, radiusY: 8, force: 1, id: 1 }];
  // Each event carries the time the finger made it (the DOM event's
  // timeStamp, which the app's fling reads), so a loaded test machine that
  // sends them late does not turn a flick into a rest.
  const start = Date.now() / 1000;
  let at = start;
  const send = (type, touchPoints) => cdp.send('Input.dispatchTouchEvent', { type, touchPoints, timestamp: at });
  await send('touchStart', point(from.x, from.y));
  for (let i = 1; i <= steps; i++) {
    await page.waitForTimeout(stepMs);
    at += stepMs / 1000;
    const x = from.x + ((to.x - from.x) * i) / steps;
    const y = from.y + ((to.y - from.y) * i) / steps;
    await send('touchMove', point(x, y));
  }
  if (restMs) await page.waitForTimeout(restMs);
  at += (restMs || 1) / 1000;
  await send('touchEnd', []);
  await cdp.detach();
}

// The widget's top in CSS px, as drawn (no scrolling to it first).
const topOf = (page, name) => page.evaluate((n) => window.dzb.widgets[n]?.y, name);

// Opens a tool on a phone: through the tool list, as a person would.
async function choosePhoneTool(page, tool) {
  await tapWidget(page, 'app.tool_select');
  await tapWidget(page, `tab.${tool}`);
  await page.waitForFunction((t) => [...document.querySelectorAll('#mirror [data-tool]')]
    .some((s) => s.dataset.tool === t), tool, { timeout: 10000 });
  await waitForSettled(page);
}

test('a finger drag on a label area scrolls the panel, and a fling keeps it moving', async () => {
  const context = await env.browser.newContext(tablet);
  const { page, problems } = await openApp(context, env.baseUrl);
  await selectTab(page, 'cyclization');
  // The column's left padding, beside the labels: no widget there. The panel
  // starts at its top (results first on a tablet), with 1,000 px and more to scroll.
  const start = { x: 14, y: 900 };
  const before = await topOf(page, 'field.em');
  await touchDrag(page, start, { x: start.x, y: start.y - 200 }, { steps: 10, stepMs: 40, restMs: 600 });
  await waitForSettled(page);
  const afterDrag = await topOf(page, 'field.em');
  const scrolled = before - afterDrag;
  // The finger rested before lifting: no fling, the panel is where the finger left it.
  assert.ok(scrolled > 190 && scrolled < 210, `a 200 px drag scrolled ${scrolled} px`);

  // A quick flick further up, released while moving: the panel goes on after the finger lifts.
  await touchDrag(page, { x: start.x, y: 800 }, { x: start.x, y: 550 }, { steps: 4, stepMs: 5 });
  await waitForSettled(page);
  const flung = afterDrag - (await topOf(page, 'field.em')) - 250;
  assert.ok(flung > 40, `the fling carried the panel ${flung} px beyond the finger's 250 px`);
  assert.deepEqual(problems, []);
  await context.close();
});

test('a vertical swipe that starts on a slider scrolls and leaves its value; a sideways drag sets it', async () => {
  const context = await env.browser.newContext(tablet);
  const { page } = await openApp(context, env.baseUrl);
  await selectTab(page, 'cyclization');
  const before = await mirrorValue(page, 'input.em');
  const slider = await widgetRect(page, 'cyclization.em_slider');
  const top = await topOf(page, 'cyclization.em_slider');
  const centre = { x: slider.x + slider.width * 0.8, y: slider.y + slider.height / 2 };
  await touchDrag(page, centre, { x: centre.x + 8, y: centre.y - 200 });
  await waitForSettled(page);
  assert.equal(await mirrorValue(page, 'input.em'), before, 'the swipe changed EM');
  assert.ok(top - (await topOf(page, 'cyclization.em_slider')) > 150, 'the swipe did not scroll');

  const again = await widgetRect(page, 'cyclization.em_slider');
  const left = { x: again.x + again.width * 0.3, y: again.y + again.height / 2 };
  await touchDrag(page, left, { x: left.x + again.width * 0.4, y: left.y + 6 });
  await waitForSettled(page);
  assert.notEqual(await mirrorValue(page, 'input.em'), before, 'a sideways drag left EM unchanged');
  await context.close();
});

test('on a 390 px phone every header action and every tool is reachable, and nothing sticks out', async () => {
  const context = await env.browser.newContext(phone);
  const { page, problems } = await openApp(context, env.baseUrl);
  await tapWidget(page, 'app.menu');
  for (const action of ['app.smaller', 'app.larger', 'app.keypad', 'app.copy_link', 'app.embed', 'app.print', 'app.offline_copy',
    'app.theme']) {
    const rect = await widgetRect(page, action);
    assert.ok(rect.x >= 0 && rect.x + rect.width <= 390, `${action} lies outside the screen: ${JSON.stringify(rect)}`);
  }
  await tapWidget(page, 'app.theme');
  await page.waitForFunction(() => !window.dzb.widgets['app.theme']);  // the menu closed
  for (const tool of ['alkylation', 'cyclization', 'route', 'guide', 'workup']) {
    await choosePhoneTool(page, tool);
    const outside = await page.evaluate(() => Object.entries(window.dzb.widgets)
      .filter(([, r]) => r.x < -0.5 || r.x + r.width > 390.5)
      .map(([name, r]) => `${name}: ${Math.round(r.x)}..${Math.round(r.x + r.width)}`));
    assert.deepEqual(outside, [], `${tool}: widgets outside 0..390 px`);
    // Every field's label wraps inside its column (one ran past it, cut off).
    const cut = await page.evaluate(() => Object.entries(window.dzb.widgets)
      .filter(([name]) => /^label\.[^.]+$/.test(name))
      .filter(([name, r]) => { const room = window.dzb.widgets[`${name}.room`]; return !room || r.x + r.width > room.x + room.width + 0.5; })
      .map(([name, r]) => `${name}: ends at ${Math.round(r.x + r.width)}`));
    assert.deepEqual(cut, [], `${tool}: field labels past their column`);
    await page.screenshot({ path: join(artifactsDir, `phone-${tool}-dark.png`) });
  }
  assert.deepEqual(problems, []);
  await context.close();
});

test('on a phone the keypad never covers the field being typed into, and echoes the value', async () => {
  const context = await env.browser.newContext(phone);
  const { page } = await openApp(context, env.baseUrl);
  await tapWidget(page, 'app.menu');
  await tapWidget(page, 'app.keypad');
  await waitForMirror(page, 'keypad', 'on');
  await choosePhoneTool(page, 'cyclization');
  for (const field of ['field.em', 'field.c0']) {
    await tapWidget(page, field);
    await page.waitForFunction(() => window.dzb.widgets['keypad.window']);
    await tapWidget(page, 'keypad.14');  // Clear
    await tapWidget(page, 'keypad.12');  // 0
    await tapWidget(page, 'keypad.13');  // .
    await tapWidget(page, 'keypad.10');  // 3
    await waitForSettled(page);
    const [pad, box] = await page.evaluate((f) => [window.dzb.widgets['keypad.window'], window.dzb.widgets[f]], field);
    const overlap = box.y < pad.y + pad.height && box.y + box.height > pad.y;
    assert.ok(!overlap, `${field} at y ${box.y}..${box.y + box.height} is under the keypad at ${pad.y}..${pad.y + pad.height}`);
    assert.ok(box.y >= 0 && box.y + box.height <= 844, `${field} is off screen`);
    await page.screenshot({ path: join(artifactsDir, `phone-keypad-${field}.png`) });
    await tapWidget(page, 'keypad.15');  // Done
    await page.waitForFunction(() => !window.dzb.widgets['keypad.window']);
  }
  await waitForMirror(page, 'input.c0', '0.3');
  await waitForMirror(page, 'input.em', '0.3');
  await context.close();
});

test('a tooltip shown to a mouse does not stay after a tap', async () => {
  // 700 px, the narrowest with tabs: they are cut short, and Dear ImGui offers their full names as tooltips.
  const context = await env.browser.newContext({ viewport: { width: 700, height: 900 }, hasTouch: true });
  const { page } = await openApp(context, env.baseUrl);
  const tab = await widgetRect(page, 'tab.alkylation');  // "Mono/bis alkyl…"
  await page.mouse.move(tab.x + tab.width / 2, tab.y + tab.height / 2);
  await page.waitForFunction(() => window.dzb.widgets['imgui.tooltip'], null, { timeout: 5000 });
  await page.mouse.move(700, 880);
  await page.waitForFunction(() => !window.dzb.widgets['imgui.tooltip']);
  await page.touchscreen.tap(tab.x + tab.width / 2, tab.y + tab.height / 2);
  await waitForMirror(page, 'input.kappa', /./);
  await page.waitForTimeout(1000);
  await waitForSettled(page);
  assert.equal(await page.evaluate(() => !!window.dzb.widgets['imgui.tooltip']), false, 'a tooltip stayed after the tap');
  await context.close();
});

test('every tagged control is at least 44 × 44 CSS px', async () => {
  const context = await env.browser.newContext(tablet);
  const { page } = await openApp(context, env.baseUrl);
  const small = [];
  for (const tool of ['workup', 'alkylation', 'cyclization', 'route', 'guide']) {
    await selectTab(page, tool);
    small.push(...await page.evaluate(() => Object.entries(window.dzb.widgets)
      // Not controls: results, a field's label, the diagrams and their parts.
      .filter(([name]) => !/^(error|result|report|stale|keypad|label)\.|\.area$|\.(marker|marker_label|guide_label\d+)(\.\w+)?$|pathway(\.(box|label)\.\w+)?$|route$|^imgui\./.test(name))
      .filter(([, r]) => r.height < 44 || r.width < 44)
      .map(([name, r]) => `${name}: ${Math.round(r.width)}×${Math.round(r.height)}`)));
  }
  assert.deepEqual(small, []);
  await context.close();
});

test('on a tablet, text inserted without key presses (IME, dictation, insertText) reaches the tapped field', async () => {
  const context = await env.browser.newContext(tablet);
  const { page } = await openApp(context, env.baseUrl);
  await tapWidget(page, 'field.lah_g');
  await page.waitForFunction(() => window.dzb.editing && document.activeElement.id === 'soft-keyboard');
  await page.keyboard.insertText('3');
  await waitForMirror(page, 'water_last_ml', '9.00 mL');
  await page.keyboard.insertText('½');
  await waitForMirror(page, 'input.lah_g', '3½');
  await context.close();
});

test('a lost WebGL context is restored with the state intact, and the app draws again', async () => {
  const context = await env.browser.newContext(tablet);
  const { page, problems } = await openApp(context, env.baseUrl);
  await selectTab(page, 'alkylation');
  const before = await mirrorValue(page, 'mono');
  await page.evaluate(() => { window.loseContext = document.getElementById('canvas').getContext('webgl2').getExtension('WEBGL_lose_context'); window.loseContext.loseContext(); });
  await page.waitForFunction(() => window.dzb.contextLost);
  // Counted before the restore: the app may draw again before this test looks.
  const frames = await page.evaluate(() => window.dzb.framesRendered);
  await page.evaluate(() => window.loseContext.restoreContext());
  await page.waitForFunction(() => !window.dzb.contextLost);
  await page.waitForFunction((n) => window.dzb.framesRendered > n, frames, { timeout: 10000 });
  await waitForSettled(page);
  assert.equal(await mirrorValue(page, 'mono'), before);
  // Drawn for real: the canvas is not blank (the plot and text have many colours).
  const shot = await page.locator('#canvas').screenshot();
  assert.ok(shot.length > 20000, `the canvas looks blank after the restore (${shot.length} bytes of PNG)`);
  await tapWidget(page, 'tab.workup');
  await waitForMirror(page, 'water_last_ml', /mL$/);
  assert.deepEqual(problems, []);
  await context.close();
});
