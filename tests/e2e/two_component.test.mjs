// The Cyclization tool's two components (diamine + dihalide): the choice, a
// first visit that starts on it, old links that keep one precursor, and
// "Which way to add it" on screen and in the mirror, against the CLI.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import {
  startBrowser, openApp, typeInto, clickWidget, waitForMirror, mirrorValue, artifactsDir, cli, sig3, widgetRect,
} from './helpers.mjs';

let env;
before(async () => { env = await startBrowser(); });
after(async () => { await env.close(); });

const kTwo = 'Two components (diamine + dihalide)';
const kOne = 'One precursor (AB)';

test('a first visit starts on two components; a link without the key, or an embed, keeps one precursor', async () => {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto(env.baseUrl);
  await page.waitForFunction(() => window.dzb && window.dzb.ready, null, { timeout: 30000 });
  // The app saves what it shows: the saved state says two components.
  await page.waitForFunction(() => Object.keys(localStorage).some(
    (k) => (localStorage.getItem(k) || '').includes('cyclization.two_component=1')), null, { timeout: 10000 });
  await context.close();

  for (const query of ['tool=cyclization&cyclization.c0=0.05', 'tool=cyclization&embed=1']) {
    const linked = await env.browser.newContext({ viewport: { width: 1280, height: 800 } });
    const opened = await openApp(linked, env.baseUrl, query);
    await waitForMirror(opened.page, 'two_component', kOne);
    const c0 = query.includes('c0') ? 0.05 : 0.1;
    const ab = cli('cyclization', '--c0', c0, '--em', 0.05);
    await waitForMirror(opened.page, 'ring_yield', `${sig3(100 * ab.ring_yield)} %`);
    assert.equal(await mirrorValue(opened.page, 'strategy.both'), null, 'no comparison for one precursor');
    assert.deepEqual(opened.problems, []);
    await linked.close();
  }
});

test('switching to two components gives the engine\'s two-component answer; the pump compares every way to add it', async () => {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 800 } });
  const { page, problems } = await openApp(context, env.baseUrl, 'tool=cyclization');
  await waitForMirror(page, 'two_component', kOne);
  await clickWidget(page, 'cyclization.two_component.0');
  await waitForMirror(page, 'two_component', kTwo);
  const batch = cli('cyclization', '--two-component', '--c0', 0.1, '--em', 0.05);
  await waitForMirror(page, 'ring_yield', `${sig3(100 * batch.ring_yield)} %`);
  assert.match(await mirrorValue(page, 'pathway'), /open 1:1 adduct/);

  // The seed's protocol by syringe pump: dihalide into the diamine, 5 mmol into 100 mL over 8 h.
  await clickWidget(page, 'cyclization.mode.1');
  await typeInto(page, 'field.k_intra', '1e-3');
  const args = ['--two-component', '--total', 0.05, '--em', 0.05, '--k-intra', 1e-3, '--addition-h', 8];
  const seed = cli('cyclization', ...args, '--feed', 'dihalide');
  await waitForMirror(page, 'ring_yield', `${sig3(100 * seed.ring_yield)} %`);
  // Every strategy side by side, as the CLI gives them, once the scan of addition times is done.
  await page.waitForFunction(() => !document.querySelector('#mirror [data-key="strategy_pending"]'), null,
    { timeout: 30000 });
  for (const [key, value] of Object.entries(seed.strategies)) {
    const shown = await mirrorValue(page, `strategy.${key}`);
    assert.ok(shown.startsWith(`${sig3(100 * value.ring_yield)} % ring`), `${key}: ${shown}`);
  }
  assert.match(await mirrorValue(page, 'strategy.both'), /for 90(\.0)? %: (add over [0-9.]+ h|none up to)/);
  assert.match(await mirrorValue(page, 'strategy_winner'), /^Both together, two syringes gives the most ring/);
  // On screen too: one bar per strategy.
  for (const key of Object.keys(seed.strategies)) {
    const rect = await widgetRect(page, `report.strategy.${key}`);
    assert.ok(rect && rect.width > 100, `${key} drawn`);
  }
  // Both together: two syringes in the plan, the CLI's ring yield.
  await clickWidget(page, 'cyclization.feed.2');
  const both = cli('cyclization', ...args, '--feed', 'both');
  await waitForMirror(page, 'ring_yield', `${sig3(100 * both.ring_yield)} %`);
  assert.match(await mirrorValue(page, 'step3'), /syringe 2/);
  await page.locator('#canvas').screenshot({ path: join(artifactsDir, 'cyclization-two-component.png') });
  assert.deepEqual(problems, []);
  await context.close();
});

test('two components: a dihalide excess outside 0.5–2, or the 3-ring preset, is refused at its field, the last answer kept', async () => {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 800 } });
  const { page, problems } = await openApp(context, env.baseUrl, 'tool=cyclization&cyclization.two_component=1');
  await waitForMirror(page, 'two_component', kTwo);
  const before = await mirrorValue(page, 'ring_yield');
  await typeInto(page, 'field.dihalide_equiv', '3');
  await waitForMirror(page, 'error', /Dihalide per diamine/);
  assert.equal(await mirrorValue(page, 'ring_yield'), before);
  await waitForMirror(page, 'stale', /stale/);
  await typeInto(page, 'field.dihalide_equiv', '1.2');
  const excess = cli('cyclization', '--two-component', '--c0', 0.1, '--em', 0.05, '--dihalide-equiv', 1.2);
  await waitForMirror(page, 'ring_yield', `${sig3(100 * excess.ring_yield)} %`);
  // A diamine and a dihalide cannot close a 3-membered ring: the preset is refused where it was chosen.
  await clickWidget(page, 'cyclization.ring.0');
  await waitForMirror(page, 'error', /at least 4 atoms/);
  await widgetRect(page, 'error.ring_size');
  assert.equal(await mirrorValue(page, 'ring_yield'), `${sig3(100 * excess.ring_yield)} %`);
  await clickWidget(page, 'cyclization.ring.3');  // back to 7: the error goes
  await page.waitForFunction(() => !document.querySelector('#mirror [data-key="error"]'), null, { timeout: 10000 });
  assert.deepEqual(problems, []);
  await context.close();
});

test('the pathway diagram: boxes and labels stay apart and inside it, at desktop, tablet and phone sizes', async () => {
  const parts = ['box.start', 'box.0', 'box.1', 'label.0', 'label.1'].map((p) => `cyclization.pathway.${p}`);
  const overlap = (a, b) => a.x < b.x + b.width - 1 && b.x < a.x + a.width - 1 &&
                            a.y < b.y + b.height - 1 && b.y < a.y + a.height - 1;
  for (const [width, height, scale] of [[1280, 800, 1], [820, 1180, 2], [390, 844, 3]]) {
    const context = await env.browser.newContext({ viewport: { width, height }, deviceScaleFactor: scale });
    for (const two of ['1', '0']) {
      const { page } = await openApp(context, env.baseUrl,
                                      `tool=cyclization&cyclization.two_component=${two}&cyclization.mode=syringe`);
      // The diagram's geometry follows from the inputs alone, and every item is
      // tagged where it is laid out, in view or not: no scrolling, and no wait
      // for the slider-rest runs (waiting for them cost 47 of this test's 63 s).
      await waitForMirror(page, 'ring_yield', /%/);
      const widgets = await page.evaluate(() => window.dzb.widgets);
      const frame = widgets['cyclization.pathway'];
      const where = `${width} px, two_component=${two}`;
      for (const name of parts) {
        const r = widgets[name];
        assert.ok(r, `${name} is drawn (${where})`);
        assert.ok(r.x >= frame.x - 1 && r.x + r.width <= frame.x + frame.width + 1 &&
                  r.y >= frame.y - 1 && r.y + r.height <= frame.y + frame.height + 1,
                  `${name} ${JSON.stringify(r)} inside the diagram ${JSON.stringify(frame)} (${where})`);
      }
      for (let i = 0; i < parts.length; ++i) {
        for (let j = i + 1; j < parts.length; ++j) {
          assert.ok(!overlap(widgets[parts[i]], widgets[parts[j]]), `${parts[i]} clear of ${parts[j]} (${where})`);
        }
      }
      await page.close();
    }
    await context.close();
  }
});
