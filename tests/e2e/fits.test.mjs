// "From my results": fits of EM and κ to measured results, entered through
// the canvas, checked against the CLI's fit-em / fit-kappa, used by the tools
// and carried by the permalink.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import {
  startBrowser, openApp, typeInto, clickWidget, waitForMirror, mirrorValue, waitForSettled, widgetRect, selectTab,
  artifactsDir, cli, sig3,
} from './helpers.mjs';

let env;
before(async () => { env = await startBrowser(); });
after(async () => { await env.close(); });

const desktop = { viewport: { width: 1366, height: 768 } };
const phone = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, deviceScaleFactor: 2 };

async function openTool(tool, options = desktop, query = '') {
  const context = await env.browser.newContext(options);
  const opened = await openApp(context, env.baseUrl, query);
  if (!query) await selectTab(opened.page, tool);
  await waitForMirror(opened.page, 'fit.section', /^(open|closed)$/);
  return { context, ...opened };
}

async function openSection(page, tool) {
  if ((await mirrorValue(page, 'fit.section')) !== 'open') await clickWidget(page, `${tool}.fit_section`);
  await waitForMirror(page, 'fit.section', 'open');
}

// The app draws nothing while nothing changes, fits included.
async function assertIdle(page) {
  await waitForSettled(page);
  const frames = await page.evaluate(() => window.dzb.framesRendered);
  await page.waitForTimeout(1000);
  assert.equal(await page.evaluate(() => window.dzb.framesRendered), frames, 'no frames while idle');
}

const pct = (fraction) => `${sig3(100 * fraction)} %`;

test('cyclization: two batch runs give the CLI\'s EM; "Use fitted EM" sets the tool\'s EM; the permalink brings both back', async () => {
  const { context, page, problems } = await openTool('cyclization');
  await openSection(page, 'cyclization');
  await typeInto(page, 'field.fit_c0_1', '0.05');
  await typeInto(page, 'field.fit_value_1', '47.7');
  await typeInto(page, 'field.fit_c0_2', '0.1');
  await typeInto(page, 'field.fit_value_2', '31.1');
  const fit = cli('fit-em', '--point', '0.05:0.477', '--point', '0.1:0.311');
  assert.ok(fit.determined && fit.consistent);
  await waitForMirror(page, 'fit.em', `${sig3(fit.em_molar)} mol/L`);
  const [lo, hi] = fit.em_range_molar;
  assert.equal(await mirrorValue(page, 'fit.em_range'), `${sig3(lo)}–${sig3(hi)} mol/L`);
  assert.equal(await mirrorValue(page, 'fit.em_verdict'), 'Determined: one EM explains all 2 runs within ±3 %');
  assert.match(await mirrorValue(page, 'fit.em_residual'), /^[0-9.]+ % rms, largest [0-9.]+ % \(percentage points\)$/);
  assert.equal(await mirrorValue(page, 'fit.run_2'),
    `measured 31.1 %, model ${pct(fit.points[1].fitted_ring_yield)}`);
  assert.equal(await mirrorValue(page, 'fit.em_use'), 'Available');

  await clickWidget(page, 'cyclization.fit_use_em');
  await waitForMirror(page, 'fit.em_use', /^In use/);
  const em = await mirrorValue(page, 'input.em');
  assert.ok(Math.abs(Number(em) / fit.em_molar - 1) < 0.005, `EM field ${em} vs fit ${fit.em_molar}`);
  const ring = cli('cyclization', '--c0', 0.1, '--em', em).ring_yield;
  await waitForMirror(page, 'ring_yield', pct(ring));
  await widgetRect(page, 'cyclization.concentration_curve.area');
  await page.screenshot({ path: join(artifactsDir, 'fits-cyclization-desktop.png') });
  await widgetRect(page, 'cyclization.fit_use_em');
  await page.screenshot({ path: join(artifactsDir, 'fits-cyclization-desktop-2.png') });
  await assertIdle(page);

  // The address bar is the permalink: a new browser (no storage) opening it
  // gets the runs, the fit and the EM in use.
  await page.waitForFunction((value) => location.search.includes(`cyclization.em=${value}&`), em);
  const link = new URL(page.url());
  assert.ok(link.search.includes('cyclization.fit_value_2=31.1'), link.search);
  const query = link.search.slice(1).split('&').filter((p) => p !== 'test-hooks').join('&');
  const shared = await openTool('cyclization', desktop, query);
  await waitForMirror(shared.page, 'input.em', em);
  await waitForMirror(shared.page, 'fit.section', 'open');
  for (const [key, value] of [['input.fit.c0_1', '0.05'], ['input.fit.value_1', '47.7'], ['input.fit.c0_2', '0.1'],
    ['input.fit.value_2', '31.1']]) {
    assert.equal(await mirrorValue(shared.page, key), value, key);
  }
  await waitForMirror(shared.page, 'fit.em', `${sig3(fit.em_molar)} mol/L`);
  await waitForMirror(shared.page, 'ring_yield', pct(ring));
  assert.match(await mirrorValue(shared.page, 'fit.em_use'), /^In use/);
  assert.deepEqual(shared.problems, []);
  await shared.context.close();
  assert.deepEqual(problems, []);
  await context.close();
});

test('cyclization: a ring yield of 100 % only bounds EM from below, and there is nothing to use', async () => {
  const { context, page, problems } = await openTool('cyclization');
  await openSection(page, 'cyclization');
  await typeInto(page, 'field.fit_c0_1', '0.05');
  await typeInto(page, 'field.fit_value_1', '100');
  const fit = cli('fit-em', '--point', '0.05:1');
  assert.equal(fit.em_molar, null);
  assert.equal(fit.em_range_molar[1], null);
  await waitForMirror(page, 'fit.em_verdict', `Only a lower bound: EM ≥ ${sig3(fit.em_range_molar[0])} mol/L`);
  assert.equal(await mirrorValue(page, 'fit.em'), 'not determined');
  assert.equal(await mirrorValue(page, 'fit.em_range'), `≥ ${sig3(fit.em_range_molar[0])} mol/L`);
  assert.match(await mirrorValue(page, 'fit.em_use'), /^Not available/);
  // The button is there but does nothing.
  const em = await mirrorValue(page, 'input.em');
  await clickWidget(page, 'cyclization.fit_use_em');
  await waitForSettled(page);
  assert.equal(await mirrorValue(page, 'input.em'), em);
  assert.deepEqual(problems, []);
  await context.close();
});

test('cyclization: one syringe-pump run gives k_intra, its half-life and the addition time for the target', async () => {
  const { context, page, problems } = await openTool('cyclization');
  await openSection(page, 'cyclization');
  await typeInto(page, 'field.fit_pump_total', '0.05');
  await typeInto(page, 'field.fit_pump_addition_h', '8');
  await typeInto(page, 'field.fit_pump_yield', '60');
  // At the tool's EM (0.05 M) and target (90 %).
  const fit = cli('fit-kintra', '--total', 0.05, '--em', 0.05, '--addition-h', 8, '--yield', 0.6, '--target-yield', 0.9);
  assert.ok(fit.determined);
  await waitForMirror(page, 'fit.k_intra', `${sig3(fit.k_intra_per_s)} 1/s`);
  assert.equal(await mirrorValue(page, 'fit.half_life_h'), `${sig3(fit.half_life_h)} h`);
  assert.equal(await mirrorValue(page, 'fit.batch_ring_yield'), pct(fit.batch_ring_yield));
  assert.equal(await mirrorValue(page, 'fit.addition_h'), `${sig3(fit.addition_h_for_target)} h`);
  const [lo, hi] = fit.addition_h_for_target_range;
  assert.equal(await mirrorValue(page, 'fit.addition_range_h'), `${sig3(lo)}–${sig3(hi)} h`);
  await clickWidget(page, 'cyclization.fit_use_k');
  await waitForMirror(page, 'fit.k_intra_use', /^In use/);
  // The tool's syringe-pump mode now runs on it: at the run's own conditions
  // (5 mmol in 100 mL over 8 h) it gives the run's yield back.
  await clickWidget(page, 'cyclization.mode.1');
  await waitForMirror(page, 'mode', 'syringe-pump addition');
  const k = await mirrorValue(page, 'input.k_intra');
  assert.ok(Math.abs(Number(k) / fit.k_intra_per_s - 1) < 0.005, `${k} vs ${fit.k_intra_per_s}`);
  const pump = ['--syringe', '--total', 0.05, '--em', 0.05, '--k-intra', k];
  await waitForMirror(page, 'ring_yield', pct(cli('cyclization', ...pump, '--addition-h', 8).ring_yield));
  await waitForMirror(page, 'recommended_addition_h', `${sig3(cli('cyclization', ...pump, '--target-yield', 0.9).addition_h)} h`);
  assert.equal(await mirrorValue(page, 'fit.k_intra_extrapolation'), null);
  await widgetRect(page, 'cyclization.addition_curve.area');
  await page.screenshot({ path: join(artifactsDir, 'fits-syringe-desktop.png') });
  await widgetRect(page, 'cyclization.fit_use_k');
  await page.screenshot({ path: join(artifactsDir, 'fits-syringe-desktop-2.png') });
  // Ten times the run's addition time: said to be beyond the run.
  await typeInto(page, 'field.addition_h', '80');
  await waitForMirror(page, 'fit.k_intra_extrapolation', /^Your k_intra comes from one run/);
  // Dragging the EM slider (which the k_intra fit uses) keeps the drag cheap:
  // the fit waits for the release, then refits at the new EM.
  assert.equal(await mirrorValue(page, 'fit.k_intra_em'), '0.0500 mol/L');
  const slider = await widgetRect(page, 'cyclization.em_slider');
  const y = slider.y + slider.height / 2;
  await page.mouse.move(slider.x + slider.width * 0.5, y);
  await page.mouse.down();
  for (let i = 1; i <= 5; i++) await page.mouse.move(slider.x + slider.width * (0.5 + 0.04 * i), y);
  await page.waitForFunction(() => document.querySelector('#mirror [data-key="input.em"] dd')?.textContent !== '0.05');
  await waitForSettled(page);
  assert.equal(await mirrorValue(page, 'fit.k_intra_em'), '0.0500 mol/L', 'held during the drag');
  await page.mouse.up();
  const dragged = await mirrorValue(page, 'input.em');
  await waitForMirror(page, 'fit.k_intra_em', `${sig3(Number(dragged))} mol/L`);
  const refit = cli('fit-kintra', '--total', 0.05, '--em', dragged, '--addition-h', 8, '--yield', 0.6);
  await waitForMirror(page, 'fit.k_intra', refit.k_intra_per_s === null ? 'not determined' : `${sig3(refit.k_intra_per_s)} 1/s`);
  assert.deepEqual(problems, []);
  await context.close();
});

test('alkylation: 25/50/25 at 1.0 equiv gives κ = 0.5; "Use fitted κ" moves κ, the distribution and the planner', async () => {
  const { context, page, problems } = await openTool('alkylation');
  await openSection(page, 'alkylation');
  await typeInto(page, 'field.kappa', '2');
  await typeInto(page, 'field.fit_sm', '25');
  await typeInto(page, 'field.fit_mono', '50');
  await typeInto(page, 'field.fit_bis', '25');
  const fit = cli('fit-kappa', '--equiv', 1, '--sm', 25, '--mono', 50, '--bis', 25);
  assert.ok(Math.abs(fit.kappa - 0.5) < 1e-3);
  await waitForMirror(page, 'fit.kappa', sig3(fit.kappa));
  assert.equal(await mirrorValue(page, 'fit.conversion'), '100 %');
  assert.match(await mirrorValue(page, 'fit.kappa_verdict'), /^Determined/);
  await clickWidget(page, 'alkylation.fit_use_kappa');
  await waitForMirror(page, 'input.kappa', '0.5');
  await waitForMirror(page, 'mono', '50.0 %');

  // Not statistical, and not all the electrophile used: 30/40/30 at 1.2 equiv.
  await typeInto(page, 'field.fit_equiv', '1.2');
  await typeInto(page, 'field.fit_sm', '30');
  await typeInto(page, 'field.fit_mono', '40');
  await typeInto(page, 'field.fit_bis', '30');
  const other = cli('fit-kappa', '--equiv', 1.2, '--sm', 30, '--mono', 40, '--bis', 30);
  await waitForMirror(page, 'fit.kappa', sig3(other.kappa));
  assert.equal(await mirrorValue(page, 'fit.conversion'), pct(other.conversion));
  assert.equal(await mirrorValue(page, 'fit.consumed_equiv'), `${sig3(other.consumed_equiv)} equiv`);
  await clickWidget(page, 'alkylation.fit_use_kappa');
  await waitForMirror(page, 'fit.kappa_use', /^In use/);
  const kappa = await mirrorValue(page, 'input.kappa');
  await waitForMirror(page, 'mono', pct(cli('alkylation', '--equiv', 1, '--kappa', kappa).mono));
  await waitForMirror(page, 'mono_yield', pct(cli('monoboc', '--diamine-equiv', 4, '--kappa', kappa).mono_yield));
  await widgetRect(page, 'alkylation.fractions.area');
  await page.screenshot({ path: join(artifactsDir, 'fits-alkylation-desktop.png') });
  await widgetRect(page, 'alkylation.fit_use_kappa');
  await page.screenshot({ path: join(artifactsDir, 'fits-alkylation-desktop-2.png') });
  await assertIdle(page);
  assert.deepEqual(problems, []);
  await context.close();
});

test('malformed entries: a message at the field, the text kept, the last fit kept (stale), nothing lost', async () => {
  const { context, page, problems } = await openTool('cyclization');
  await openSection(page, 'cyclization');
  await typeInto(page, 'field.fit_c0_1', '0.05');
  await typeInto(page, 'field.fit_value_1', '47.7');
  // "47" on the way to "47.7" is an input of its own, with a fit of its own:
  // the fit to keep is that of the whole text, once the app has settled.
  await waitForMirror(page, 'input.fit.value_1', '47.7');
  await waitForMirror(page, 'fit.em', /mol\/L$/);
  await waitForSettled(page);
  const em = await mirrorValue(page, 'fit.em');
  await typeInto(page, 'field.fit_c0_2', '0.1');
  await typeInto(page, 'field.fit_value_2', 'abc');
  await waitForMirror(page, 'fit.error.fit_value_2', '"abc" is not a number; enter the Ring yield in %');
  const message = await widgetRect(page, 'error.fit_value_2');
  await page.screenshot({ path: join(artifactsDir, 'fits-malformed.png') });
  const field = await widgetRect(page, 'field.fit_value_2');
  assert.ok(message.y > field.y && message.y - field.y < 200, 'the message is under its field');
  assert.equal(await mirrorValue(page, 'input.fit.value_2'), 'abc');
  assert.equal(await mirrorValue(page, 'input.fit.c0_1'), '0.05');
  assert.equal(await mirrorValue(page, 'fit.em'), em);
  assert.equal(await mirrorValue(page, 'fit.em_stale'), 'Stale: this fit is for the last readable input. Fix the marked field.');
  assert.match(await mirrorValue(page, 'fit.em_use'), /^Not available: fix the marked field/);
  // The bad text is saved too, to be corrected later.
  await page.waitForFunction(() => location.search.includes('cyclization.fit_value_2=abc'));
  // A decimal comma and a bad ratio, each named.
  await typeInto(page, 'field.fit_value_2', '31,1');
  await waitForMirror(page, 'fit.error.fit_value_2', 'Use a decimal point: 31.1, not 31,1');
  await clickWidget(page, 'cyclization.fit_measure_2.1');
  await waitForMirror(page, 'input.fit.measure_2', 'ring : oligomer');
  await typeInto(page, 'field.fit_value_2', '0:0');
  await waitForMirror(page, 'fit.error.fit_value_2', /^A ratio of 0 : 0 says nothing/);
  await typeInto(page, 'field.fit_value_2', '1:2');  // ring 33.3 %
  // The verdict may already read "Determined" from the first run: wait for
  // the ratio's message to go, which only "1:2" does.
  await waitForMirror(page, 'fit.error.fit_value_2', null);
  await waitForMirror(page, 'fit.error', null);
  await waitForMirror(page, 'fit.em_verdict', /^(Determined|Inconsistent)/);
  assert.equal(await mirrorValue(page, 'fit.error'), null);
  // Alkylation: a bad response factor in LC-area mode.
  await selectTab(page, 'alkylation');
  await openSection(page, 'alkylation');
  await clickWidget(page, 'alkylation.fit_unit.1');
  await typeInto(page, 'field.fit_sm', '1200');
  await typeInto(page, 'field.fit_mono', '2400');
  await typeInto(page, 'field.fit_bis', '1200');
  await waitForMirror(page, 'fit.kappa', /^0\.5/);
  await typeInto(page, 'field.fit_rf_mono', 'x');
  await waitForMirror(page, 'fit.error.fit_rf_mono', '"x" is not a number; enter the Mono response factor');
  await widgetRect(page, 'error.fit_rf_mono');
  assert.equal(await mirrorValue(page, 'input.fit.rf_mono'), 'x');
  assert.deepEqual(problems, []);
  await context.close();
});

test('phone: a shared link opens the sections with its runs; they wrap into the narrow column, targets finger-sized', async () => {
  const runs = 'cyclization.fit_runs=2&cyclization.fit_c0_1=0.05&cyclization.fit_value_1=47.7&'
    + 'cyclization.fit_c0_2=0.1&cyclization.fit_value_2=31.1';
  const { context, page, problems } = await openTool('cyclization', phone, `tool=cyclization&${runs}`);
  await waitForMirror(page, 'fit.section', 'open');
  await waitForMirror(page, 'fit.em', `${sig3(cli('fit-em', '--point', '0.05:0.477', '--point', '0.1:0.311').em_molar)} mol/L`);
  for (const name of ['field.fit_c0_1', 'field.fit_value_1', 'cyclization.fit_measure_1.1', 'cyclization.fit_remove_1',
    'cyclization.fit_add', 'cyclization.fit_use_em', 'cyclization.fit_section']) {
    const rect = await widgetRect(page, name);
    assert.ok(rect.height >= 44, `${name} is ${rect.height} px high`);
    assert.ok(rect.x >= 0 && rect.x + rect.width <= 390, `${name} fits the width: ${JSON.stringify(rect)}`);
  }
  await widgetRect(page, 'field.fit_value_2');
  await page.screenshot({ path: join(artifactsDir, 'fits-cyclization-phone.png') });
  await widgetRect(page, 'cyclization.fit_use_em');
  await page.screenshot({ path: join(artifactsDir, 'fits-cyclization-phone-2.png') });
  await assertIdle(page);
  assert.deepEqual(problems, []);
  await context.close();

  const alkylation = await openTool('alkylation', phone,
    'tool=alkylation&alkylation.fit_equiv=1.2&alkylation.fit_sm=30&alkylation.fit_mono=40&alkylation.fit_bis=30');
  await waitForMirror(alkylation.page, 'fit.section', 'open');
  await waitForMirror(alkylation.page, 'fit.kappa', sig3(cli('fit-kappa', '--equiv', 1.2, '--sm', 30, '--mono', 40,
    '--bis', 30).kappa));
  await widgetRect(alkylation.page, 'alkylation.fit_use_kappa');
  await alkylation.page.screenshot({ path: join(artifactsDir, 'fits-alkylation-phone.png') });
  assert.deepEqual(alkylation.problems, []);
  await alkylation.context.close();
});
