// A screen-reader user operates the page through its accessible form: real
// text boxes, sliders, tabs and buttons beside the canvas, found by role and
// name as assistive technology finds them, driven by DOM focus and keys only
// (no canvas coordinates), with the results read from the mirror's text.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  startBrowser, openApp, waitForMirror, mirrorValue, clickWidget, widgetRect, dragSlider, typeInto, cli, sig3,
} from './helpers.mjs';

let env;
before(async () => { env = await startBrowser(); });
after(async () => { await env.close(); });

async function openPage() {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 800 } });
  const opened = await openApp(context, env.baseUrl);
  return { context, ...opened };
}

test('the LiAlH4 mass is a labelled text box: filling it gives the new water volumes', async () => {
  const { context, page, problems } = await openPage();
  const mass = page.getByRole('textbox', { name: 'Mass of LiAlH4 (g)' });
  assert.match(await mass.inputValue(), /^[0-9.]+$/);
  await mass.fill('3');
  await waitForMirror(page, 'water_first_ml', '3.00 mL');
  await waitForMirror(page, 'water_last_ml', '9.00 mL');
  // A bad entry is named next to the box, as on the canvas, and nothing is lost.
  await mass.fill('3,5');
  await page.waitForFunction(() => document.querySelector('#controls input[aria-invalid="true"]'));
  const message = await page.evaluate(() => {
    const box = document.querySelector('#controls input[aria-invalid="true"]');
    return document.getElementById(box.getAttribute('aria-describedby')).textContent;
  });
  assert.match(message, /decimal point/);
  assert.equal(await mass.inputValue(), '3,5');
  // The checklist's steps are checkboxes named by their step; a tick reaches
  // the app (and its permalink).
  const step = page.getByRole('checkbox', { name: /^2\. Add 3\.00 mL water/ });
  await step.focus();
  await page.keyboard.press('Space');
  await page.waitForFunction(() => /workup\.steps=01/.test(location.search));
  assert.deepEqual(problems, []);
  await context.close();
});

test('the κ slider moves with the arrow keys, and the distribution follows', async () => {
  const { context, page, problems } = await openPage();
  await page.getByRole('tab', { name: 'Mono/bis alkylation' }).focus();
  await page.keyboard.press('Enter');
  const slider = page.getByRole('slider', { name: 'κ' });
  await slider.waitFor({ state: 'attached' });
  const before = await mirrorValue(page, 'mono');
  const kappaBefore = await mirrorValue(page, 'input.kappa');
  await slider.focus();
  await page.keyboard.press('ArrowRight');
  await page.waitForFunction((k) => {
    const node = document.querySelector('#mirror [data-key="input.kappa"] dd');
    return node && node.textContent !== k;
  }, kappaBefore);
  await page.waitForFunction((m) => {
    const node = document.querySelector('#mirror [data-key="mono"] dd');
    return node && node.textContent !== m;
  }, before);
  assert.match(await slider.getAttribute('aria-valuetext'), /^κ = /);
  // The focus stays on the slider while the app redraws.
  assert.equal(await page.evaluate(() => document.activeElement.getAttribute('type')), 'range');
  assert.deepEqual(problems, []);
  await context.close();
});

test('tools are a tab list: a tab picked there is the tool shown, and selected', async () => {
  const { context, page, problems } = await openPage();
  const tabs = page.getByRole('tablist', { name: 'Tools' }).getByRole('tab');
  // The form is built after the first frame (app-later.js): wait for it, as a
  // screen reader would, before counting (counted at once it was sometimes 0).
  await tabs.nth(4).waitFor();
  assert.equal(await tabs.count(), 5);
  const cyclization = page.getByRole('tab', { name: 'Cyclization' });
  await cyclization.focus();
  await page.keyboard.press('Enter');
  await waitForMirror(page, 'mode', 'batch (all at once)');
  await page.waitForFunction(() =>
    [...document.querySelectorAll('#controls [role=tab]')].some((t) =>
      t.textContent === 'Cyclization' && t.getAttribute('aria-selected') === 'true'));
  // The tool's own controls follow the tab list, in the canvas' order.
  const order = await page.evaluate(() => [...document.querySelectorAll('#controls > *')].map((g) =>
    g.getAttribute('role') || g.dataset.group));
  assert.deepEqual(order, ['header', 'tablist', 'content']);
  // Segments are toggle buttons that say which one is on.
  assert.equal(await page.getByRole('button', { name: 'Batch' }).getAttribute('aria-pressed'), 'true');
  await page.getByRole('button', { name: 'Syringe pump' }).focus();
  await page.keyboard.press('Enter');
  await waitForMirror(page, 'mode', 'syringe-pump addition');
  await page.waitForFunction(() => [...document.querySelectorAll('#controls [aria-pressed="true"]')]
    .some((b) => b.textContent === 'Syringe pump'));
  assert.deepEqual(problems, []);
  await context.close();
});

test('Cyclization by keys alone: two components, the dihalide excess, and both fed together, with every way to add it read out', async () => {
  const { context, page, problems } = await openPage();
  await page.getByRole('tab', { name: 'Cyclization' }).focus();
  await page.keyboard.press('Enter');
  // A test page opens as a link without the key: one precursor, pressed.
  const two = page.getByRole('button', { name: 'Two components (diamine + dihalide)' });
  const one = page.getByRole('button', { name: 'One precursor (AB)' });
  await two.waitFor({ state: 'attached' });
  assert.equal(await one.getAttribute('aria-pressed'), 'true');
  assert.equal(await two.getAttribute('aria-pressed'), 'false');
  await two.focus();
  await page.keyboard.press('Space');
  await waitForMirror(page, 'two_component', 'Two components (diamine + dihalide)');
  await page.waitForFunction(() => [...document.querySelectorAll('#controls [aria-pressed="true"]')]
    .some((b) => b.textContent === 'Two components (diamine + dihalide)'));
  // The two-component field appears as a labelled text box; an excess reaches the engine.
  const excess = page.getByRole('textbox', { name: 'Dihalide per diamine (equiv)' });
  await excess.fill('1.2');
  const batch = cli('cyclization', '--two-component', '--c0', 0.1, '--em', 0.05, '--dihalide-equiv', 1.2);
  await waitForMirror(page, 'ring_yield', `${sig3(100 * batch.ring_yield)} %`);
  // The pump, then the second syringe, by keys.
  await page.getByRole('button', { name: 'Syringe pump' }).focus();
  await page.keyboard.press('Enter');
  await page.getByRole('textbox', { name: 'Ring-closure rate constant k_intra (1/s)' }).fill('1e-3');
  const both = page.getByRole('button', { name: 'Both together' });
  await both.waitFor({ state: 'attached' });
  await both.focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => [...document.querySelectorAll('#controls [aria-pressed="true"]')]
    .some((b) => b.textContent === 'Both together'));
  const fed = cli('cyclization', '--two-component', '--total', 0.05, '--em', 0.05, '--dihalide-equiv', 1.2,
    '--k-intra', 1e-3, '--addition-h', 8, '--feed', 'both');
  await waitForMirror(page, 'ring_yield', `${sig3(100 * fed.ring_yield)} %`);
  // Every way to add it is read out in the mirror, as the CLI gives it.
  await page.waitForFunction(() => !document.querySelector('#mirror [data-key="strategy_pending"]'), null,
    { timeout: 30000 });
  for (const [key, value] of Object.entries(fed.strategies)) {
    assert.ok((await mirrorValue(page, `strategy.${key}`)).startsWith(`${sig3(100 * value.ring_yield)} % ring`), key);
  }
  assert.match(await mirrorValue(page, 'strategy_winner'), /gives the most ring/);
  assert.deepEqual(problems, []);
  await context.close();
});

test('a 30-step slider drag is announced once, after it settles, with the results that changed', async () => {
  const { context, page, problems } = await openPage();
  await clickWidget(page, 'tab.alkylation');
  await waitForMirror(page, 'mono', /%$/);
  await page.waitForTimeout(1000);  // the tool's first results are not news
  await page.evaluate(() => {
    window.announcements = [];
    new MutationObserver(() => window.announcements.push(document.getElementById('announce').textContent))
      .observe(document.getElementById('announce'), { childList: true, characterData: true, subtree: true });
  });
  const rect = await widgetRect(page, 'alkylation.kappa_slider');
  await dragSlider(page, rect, 30, 60, 30);
  await page.waitForFunction(() => window.announcements.length > 0, null, { timeout: 5000 });
  await page.waitForTimeout(1500);
  const said = await page.evaluate(() => window.announcements);
  assert.equal(said.length, 1, `announcements: ${JSON.stringify(said)}`);
  assert.match(said[0], /Mono product: [0-9.]+ %/);
  assert.doesNotMatch(said[0], /input\.|_|κ = [0-9.]+ *$/);
  assert.deepEqual(problems, []);
  await context.close();
});

// The name of the widget whose form control has the page's focus.
const focusedControl = (page) => page.evaluate(() => {
  const element = document.activeElement;
  return element && element.id.startsWith('control-') ? element.id : null;
});
const controlId = (name) => 'control-' + name.replace(/[^A-Za-z0-9_-]/g, '-');
const focusedWidgets = (page) =>
  page.evaluate(() => Object.entries(window.dzb.widgets).filter(([, r]) => r.focused).map(([name]) => name));

test('focus follows both ways: a form control focuses its widget in view, and Tab on the canvas moves the page focus', async () => {
  // A narrow window, where the checklist starts below the fold.
  const context = await env.browser.newContext({ viewport: { width: 390, height: 844 } });
  const { page, problems } = await openApp(context, env.baseUrl);
  await waitForMirror(page, 'water_first_ml', /mL$/);
  const stepName = 'workup.step6';
  await page.waitForFunction((n) => window.dzb.widgets[n], stepName);
  const before = await page.evaluate((n) => window.dzb.widgets[n], stepName);
  assert.ok(before.y + before.height > before.clipBottom, `step 6 starts out of view: ${JSON.stringify(before)}`);
  // A screen reader's cursor (or Tab in the form) lands on the step's checkbox:
  // the canvas focuses the same checkbox and scrolls it into view.
  await page.getByRole('checkbox', { name: /^6\. / }).focus();
  await page.waitForFunction((n) => {
    const r = window.dzb.widgets[n];
    return r && r.focused && r.y >= r.clipTop - 1 && r.y + r.height <= r.clipBottom + 1 && r.y + r.height <= innerHeight;
  }, stepName, { timeout: 10000 });
  await context.close();

  // The other way: keyboard navigation on the canvas takes the page's focus
  // along, so a screen reader says where it is; from there the form's Tab
  // moves the canvas' focus.
  const desktop = await openPage();
  await waitForMirror(desktop.page, 'water_first_ml', /mL$/);
  await desktop.page.locator('#canvas').focus();
  await desktop.page.keyboard.press('Tab');
  await desktop.page.waitForFunction(() => document.activeElement && document.activeElement.id.startsWith('control-'));
  const [first] = await focusedWidgets(desktop.page);
  assert.equal(await focusedControl(desktop.page), controlId(first), `canvas focus on ${first}`);
  await desktop.page.keyboard.press('Tab');
  const second = await focusedControl(desktop.page);
  assert.notEqual(second, controlId(first));
  await desktop.page.waitForFunction((id) => Object.entries(window.dzb.widgets)
    .some(([name, r]) => r.focused && 'control-' + name.replace(/[^A-Za-z0-9_-]/g, '-') === id), second,
  { timeout: 10000 });
  // A click on a field of the canvas takes the keys back from the form: to
  // the canvas, or while the field is edited, to the hidden input that hands
  // its keys and text to the canvas (soft_keyboard.js).
  await typeInto(desktop.page, 'field.lah_g', '2.5');
  await waitForMirror(desktop.page, 'input.lah_g', '2.5');
  assert.ok(['canvas', 'soft-keyboard'].includes(await desktop.page.evaluate(() => document.activeElement.id)));
  assert.deepEqual(problems, []);
  assert.deepEqual(desktop.problems, []);
  await desktop.context.close();
});

test('every button of the canvas is in the form: the LiAlH4 solution list, the fit section and its runs, the plot legend', async () => {
  const { context, page, problems } = await openPage();
  // Pressed as a screen-reader user does: focus, then Enter.
  const press = async (locator) => { await locator.focus(); await page.keyboard.press('Enter'); };
  // The solution list is chosen without opening it: each choice is a toggle.
  await press(page.getByRole('button', { name: 'Solution', exact: true }));
  const custom = page.getByRole('button', { name: 'Custom molarity' });
  await press(custom);
  await page.waitForFunction(() => /workup\.preset=4/.test(location.search));
  assert.equal(await custom.getAttribute('aria-pressed'), 'true');
  await waitForMirror(page, 'input.molarity', '1.0');
  const clear = page.getByRole('button', { name: 'Clear ticks' });
  assert.equal(await clear.count(), 1);

  await press(page.getByRole('tab', { name: /Cyclization/ }));
  // The fit section is a disclosure: closed at first, open once pressed.
  const section = page.getByRole('button', { name: 'From my results: fit EM and k_intra' });
  assert.equal(await section.getAttribute('aria-expanded'), 'false');
  await press(section);
  await page.waitForFunction(() => document.querySelector('#controls button[aria-expanded="true"]'));
  await waitForMirror(page, 'fit.section', 'open');
  const removeButtons = page.getByRole('button', { name: /^Remove run \d$/ });
  assert.equal(await removeButtons.count(), 2);
  await press(page.getByRole('button', { name: 'Add a run' }));
  await page.waitForFunction(() => [...document.querySelectorAll('#controls button')].filter((b) => /^Remove run/.test(b.textContent)).length === 3);
  await press(page.getByRole('button', { name: 'Remove run 1' }));
  await page.waitForFunction(() => [...document.querySelectorAll('#controls button')].filter((b) => /^Remove run/.test(b.textContent)).length === 2);

  // A plot's legend entries are toggles: pressed shows the curve.
  const oligomer = page.getByRole('button', { name: 'Show Oligomer' }).first();
  assert.equal(await oligomer.getAttribute('aria-pressed'), 'true');
  await press(oligomer);
  await page.waitForFunction(() => [...document.querySelectorAll('#controls button')]
    .some((b) => b.textContent === 'Show Oligomer' && b.getAttribute('aria-pressed') === 'false'));
  assert.deepEqual(problems, []);
  await context.close();
});
