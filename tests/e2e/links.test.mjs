// Links from one tool to another say what they changed and can be undone;
// the Workup checklist's ticks do not outlive the amounts they were made for.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startBrowser, openApp, typeInto, clickWidget, waitForMirror, mirrorValue } from './helpers.mjs';

let env;
before(async () => { env = await startBrowser(); });
after(async () => { await env.close(); });

const stepLabel = (page, n) =>
  page.evaluate((k) => document.querySelector(`#mirror [data-key="${k}"] dt`)?.textContent, 'step' + n);

test('a guide link says what it changed, and Undo puts the typed value back', async () => {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 800 } });
  const { page, problems } = await openApp(context, env.baseUrl);
  await clickWidget(page, 'tab.cyclization');
  await typeInto(page, 'field.c0', '0.01');
  await waitForMirror(page, 'input.c0', '0.01');
  await clickWidget(page, 'tab.guide');
  await clickWidget(page, 'guide.cyclization_gum');
  await waitForMirror(page, 'input.c0', '0.5');
  await waitForMirror(page, 'link_change', /^From the guide: two_component set to 1 \(was 0\); c0 set to 0\.5 \(was 0\.01\)/);
  await clickWidget(page, 'app.undo_link');
  await waitForMirror(page, 'input.c0', '0.01');
  // The notice goes with the undo.
  await page.waitForFunction(() => !document.querySelector('#mirror [data-key="link_change"]'));
  assert.equal(await mirrorValue(page, 'mode'), 'batch (all at once)');
  assert.deepEqual(problems, []);
  await context.close();
});

test('"Open in the Workup tool" clears checklist ticks made for another amount, and says so', async () => {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 800 } });
  const { page } = await openApp(context, env.baseUrl);
  await clickWidget(page, 'workup.step1');
  await clickWidget(page, 'workup.step2');
  await page.waitForFunction(() => document.querySelector('#mirror [data-key="step2"] dt')?.textContent === 'Step 2 (done)');
  const before = await mirrorValue(page, 'lah_g');
  await clickWidget(page, 'tab.route');
  await clickWidget(page, 'route.open_workup');
  await page.waitForFunction((old) => {
    const node = document.querySelector('#mirror [data-key="lah_g"] dd');
    return node && node.textContent !== old;
  }, before);
  await waitForMirror(page, 'link_change', /^From the route: lah_g set to .* \(was 1\.0\)/);
  await page.waitForFunction(() => document.querySelector('#mirror [data-key="step2"] dt')?.textContent === 'Step 2');
  assert.equal(await stepLabel(page, 1), 'Step 1');
  // Ticks made for the new amount stay while it holds (a reload included).
  await clickWidget(page, 'workup.step1');
  await page.waitForFunction(() => document.querySelector('#mirror [data-key="step1"] dt')?.textContent === 'Step 1 (done)');
  await page.waitForTimeout(300);
  await page.reload();
  await page.waitForFunction(() => window.dzb && window.dzb.ready);
  await page.waitForFunction(() => document.querySelector('#mirror [data-key="step1"] dt')?.textContent === 'Step 1 (done)');
  await context.close();
});

test('typing a new LiAlH4 mass clears the ticks', async () => {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 800 } });
  const { page } = await openApp(context, env.baseUrl);
  await clickWidget(page, 'workup.step1');
  await page.waitForFunction(() => document.querySelector('#mirror [data-key="step1"] dt')?.textContent === 'Step 1 (done)');
  await typeInto(page, 'field.lah_g', '2');
  await waitForMirror(page, 'water_last_ml', '6.00 mL');
  await page.waitForFunction(() => document.querySelector('#mirror [data-key="step1"] dt')?.textContent === 'Step 1');
  await context.close();
});
