// The Cyclization tool, driven through the canvas; numbers checked against
// the command-line front end of the same models.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import {
  startBrowser, openApp, typeInto, clickWidget, tapWidget, waitForMirror, mirrorValue, artifactsDir, cli, sig3,
  downloadText,
} from './helpers.mjs';

let env;
before(async () => { env = await startBrowser(); });
after(async () => { await env.close(); });

async function cyclizationTab(options = {}) {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 800 }, ...options });
  const opened = await openApp(context, env.baseUrl);
  await clickWidget(opened.page, 'tab.cyclization');
  await waitForMirror(opened.page, 'mode', 'batch (all at once)');
  return { context, ...opened };
}

test('batch: concentration and EM set through the UI give the closed-form ring yield', async () => {
  const { context, page, problems } = await cyclizationTab();
  await typeInto(page, 'field.c0', '0.05');
  await typeInto(page, 'field.em', '0.05');
  // Y = (EM / 2 C0) ln(1 + 2 C0 / EM) = ln(3) / 2 at C0 = EM.
  await waitForMirror(page, 'ring_yield', `${sig3(100 * Math.log(3) / 2)} %`);
  assert.equal(await mirrorValue(page, 'ring_yield'), `${sig3(100 * cli('cyclization', '--c0', 0.05, '--em', 0.05).ring_yield)} %`);
  const target = cli('cyclization', '--target-yield', 0.9, '--em', 0.05);
  assert.equal(await mirrorValue(page, 'concentration_for_target'), `${sig3(target.c0_molar)} mol/L`);
  await typeInto(page, 'field.target_yield', '99');
  await waitForMirror(page, 'concentration_for_target',
    `${sig3(cli('cyclization', '--target-yield', 0.99, '--em', 0.05).c0_molar)} mol/L`);
  await page.locator('#canvas').screenshot({ path: join(artifactsDir, 'cyclization-batch.png') });
  assert.deepEqual(problems, []);
  await context.close();
});

test('ring-size presets set the effective molarity; a 5-ring closes almost completely', async () => {
  const { context, page } = await cyclizationTab();
  await clickWidget(page, 'cyclization.ring.1');  // 5-membered
  await waitForMirror(page, 'input.em', '2.5e+03');
  await waitForMirror(page, 'ring_yield', '100 %');
  await clickWidget(page, 'cyclization.ring.3');  // back to 7
  await waitForMirror(page, 'input.em', '0.05');
  await clickWidget(page, 'cyclization.tosyl');
  await waitForMirror(page, 'input.em', '0.5');
  await context.close();
});

test('bad input is named at its field and the last result stays, marked stale', async () => {
  const { context, page } = await cyclizationTab();
  await waitForMirror(page, 'ring_yield', /%$/);
  const before = await mirrorValue(page, 'ring_yield');
  // Typed key by key: "50" passes through a valid "5" first, which becomes
  // the last valid result.
  const atFive = `${sig3(100 * cli('cyclization', '--c0', 5, '--em', 0.05).ring_yield)} %`;
  for (const [field, text, message, stale, restore] of [
    ['field.em', '0', 'Effective molarity (EM) must be greater than zero', before, '0.05'],
    ['field.c0', '-1', 'Precursor concentration cannot be negative', before, '0.1'],
    ['field.c0', '50', "Precursor concentration above 20 mol/L is outside this tool's range", atFive, '0.1'],
    ['field.target_yield', '100', 'Target ring yield must be below 100 %', before, '90'],
  ]) {
    await typeInto(page, field, text);
    await waitForMirror(page, 'error', message);
    assert.equal(await mirrorValue(page, 'stale'), 'stale: showing the last valid input');
    assert.equal(await mirrorValue(page, 'ring_yield'), stale);
    await typeInto(page, field, restore);
    await waitForMirror(page, 'ring_yield', before);
  }
  await context.close();
});

test('syringe pump: the recommended addition time for a target yield', async () => {
  const { context, page, problems } = await cyclizationTab();
  await clickWidget(page, 'cyclization.mode.1');
  await waitForMirror(page, 'mode', 'syringe-pump addition');
  // Defaults: 5 mmol into 100 mL (C_total 0.05 M), EM 0.05 M, k_intra 1e-3 /s, 8 h.
  const plan = cli('cyclization', '--syringe', '--target-yield', 0.9, '--total', 0.05, '--em', 0.05, '--k-intra', 1e-3);
  await waitForMirror(page, 'recommended_addition_h', `${sig3(plan.addition_h)} h`);
  const run = cli('cyclization', '--syringe', '--total', 0.05, '--em', 0.05, '--k-intra', 1e-3, '--addition-h', 8);
  assert.equal(await mirrorValue(page, 'ring_yield'), `${sig3(100 * run.ring_yield)} %`);
  assert.equal(await mirrorValue(page, 'steady_state_molar'), `${sig3(run.steady_state_molar)} mol/L`);
  await typeInto(page, 'field.addition_h', '1');
  const oneHour = cli('cyclization', '--syringe', '--total', 0.05, '--em', 0.05, '--k-intra', 1e-3, '--addition-h', 1);
  await waitForMirror(page, 'ring_yield', `${sig3(100 * oneHour.ring_yield)} %`);
  await page.locator('#canvas').screenshot({ path: join(artifactsDir, 'cyclization-syringe.png') });
  assert.deepEqual(problems, []);
  await context.close();
});

test('a tap on the plot pins a readout of every curve at that x', async () => {
  const { context, page } = await cyclizationTab({ hasTouch: true });
  const area = await page.evaluate(() => window.dzb.widgets['cyclization.concentration_curve.area']);
  assert.ok(area, 'the concentration plot is on screen');
  await tapWidget(page, 'cyclization.concentration_curve.area');
  await waitForMirror(page, 'cyclization.concentration_curve.readout',
    /^Concentration C0 \(mol\/L\): [0-9.]+ mol\/L; Ring: [0-9.]+ %; Oligomer: [0-9.]+ %$/);
  const readout = await mirrorValue(page, 'cyclization.concentration_curve.readout');
  const [, c0, ring, oligomer] = readout.match(/: ([0-9.]+) mol\/L; Ring: ([0-9.]+) %; Oligomer: ([0-9.]+) %/).map(Number);
  assert.ok(Math.abs(ring + oligomer - 100) < 0.2, readout);
  const expected = 100 * cli('cyclization', '--c0', c0, '--em', 0.05).ring_yield;
  assert.ok(Math.abs(ring - expected) < 0.5, `${ring} vs ${expected} at ${c0} M`);
  await context.close();
});

test('the plotted curve downloads as CSV that matches the model', async () => {
  const { context, page } = await cyclizationTab({ acceptDownloads: true });
  const { name, text } = await downloadText(page, 'cyclization.concentration_curve.csv');
  assert.equal(name, 'cyclization.concentration_curve.csv');
  const rows = text.trim().split('\n');
  assert.equal(rows[0], 'Concentration C0 (mol/L),Ring,Oligomer');
  assert.equal(rows.length, 201);
  for (const row of [rows[1], rows[100], rows[200]]) {
    const [c0, ring, oligomer] = row.split(',').map(Number);
    const model = cli('cyclization', '--c0', c0, '--em', 0.05).ring_yield;
    assert.ok(Math.abs(ring - model) < 1e-8, `${row} vs ${model}`);
    assert.ok(Math.abs(ring + oligomer - 1) < 1e-9);  // the CSV carries 10 significant digits
  }
  const png = await downloadText(page, 'cyclization.concentration_curve.png');
  assert.equal(png.name, 'cyclization.concentration_curve.png');
  await context.close();
});
