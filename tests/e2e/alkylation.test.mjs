// The Alkylation tool through the canvas, checked against the CLI.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import {
  startBrowser, openApp, typeInto, clickWidget, tapWidget, waitForMirror, mirrorValue, artifactsDir, cli, sig3,
  downloadText, widgetRect,
} from './helpers.mjs';

let env;
before(async () => { env = await startBrowser(); });
after(async () => { await env.close(); });

async function alkylationTab(options = {}) {
  const context = await env.browser.newContext({ viewport: { width: 1400, height: 900 }, ...options });
  const opened = await openApp(context, env.baseUrl);
  await clickWidget(opened.page, 'tab.alkylation');
  await waitForMirror(opened.page, 'mono', /%$/);
  return { context, ...opened };
}

const pct = (fraction) => `${sig3(100 * fraction)} %`;

test('the statistical case reads 25/50/25 at 1.0 equiv', async () => {
  const { context, page, problems } = await alkylationTab();
  assert.equal(await mirrorValue(page, 'unreacted'), '25.0 %');
  assert.equal(await mirrorValue(page, 'mono'), '50.0 %');
  assert.equal(await mirrorValue(page, 'bis'), '25.0 %');
  await page.locator('#canvas').screenshot({ path: join(artifactsDir, 'alkylation.png') });
  assert.deepEqual(problems, []);
  await context.close();
});

test('changing kappa and the equivalents through the UI moves the fractions as the model says', async () => {
  const { context, page } = await alkylationTab();
  await clickWidget(page, 'alkylation.kappa_preset.1');  // product more nucleophilic, kappa 2
  await waitForMirror(page, 'input.kappa', '2');
  let expected = cli('alkylation', '--equiv', 1, '--kappa', 2);
  await waitForMirror(page, 'mono', pct(expected.mono));
  assert.equal(await mirrorValue(page, 'bis'), pct(expected.bis));
  await typeInto(page, 'field.equiv', '0.6');
  await typeInto(page, 'field.kappa', '0.05');
  expected = cli('alkylation', '--equiv', 0.6, '--kappa', 0.05);
  await waitForMirror(page, 'mono', pct(expected.mono));
  assert.equal(await mirrorValue(page, 'unreacted'), pct(expected.unreacted));
  // Dragging the equivalents slider to its right end: everything reacts twice.
  const slider = await widgetRect(page, 'alkylation.equiv_slider');
  await page.mouse.move(slider.x + slider.width / 2, slider.y + slider.height / 2);
  await page.mouse.down();
  await page.mouse.move(slider.x + slider.width + 50, slider.y + slider.height / 2, { steps: 8 });
  await page.mouse.up();
  await waitForMirror(page, 'input.equiv', '2.00');
  await waitForMirror(page, 'bis', '100 %');
  await context.close();
});

test('the excess-diamine planner: amounts and yields for mono-Boc', async () => {
  const { context, page } = await alkylationTab();
  const expected = cli('monoboc', '--diamine-equiv', 4, '--boc-mmol', 10);
  assert.equal(await mirrorValue(page, 'mono_yield'), pct(expected.mono_yield));
  assert.equal(await mirrorValue(page, 'boc2o'), `${sig3(expected.boc2o_g)} g (${sig3(expected.boc2o_ml)} mL)`);
  await typeInto(page, 'field.diamine_equiv', '10');
  const ten = cli('monoboc', '--diamine-equiv', 10);
  await waitForMirror(page, 'mono_yield', pct(ten.mono_yield));
  assert.equal(await mirrorValue(page, 'mono_to_bis'), `${sig3(ten.mono_to_bis)} : 1`);
  await typeInto(page, 'field.diamine_equiv', '0.5');
  await waitForMirror(page, 'error', 'Diamine excess must be at least 1 equiv (1 equiv electrophile per diamine)');
  assert.equal(await mirrorValue(page, 'stale'), 'stale: showing the last valid input');
  await context.close();
});

test('the mono-Boc planner lines (weigh out, expect) keep the last committed amounts, marked stale, for bad input', async () => {
  const { context, page } = await alkylationTab();
  await waitForMirror(page, 'planner_weigh_out', /^Weigh out /);
  const weighOut = await mirrorValue(page, 'planner_weigh_out');
  const expect = await mirrorValue(page, 'planner_expect');
  assert.match(expect, /^Expect /);
  assert.equal(await mirrorValue(page, 'planner_stale'), null);
  for (const text of ['abc', '0.5', '1e9']) {
    await typeInto(page, 'field.diamine_equiv', text);
    // The whole text first: "1" on the way to "1e9" is a valid input of its own.
    await waitForMirror(page, 'input.diamine_equiv', text);
    await waitForMirror(page, 'error', /./);
    await waitForMirror(page, 'planner_stale', 'stale: showing the last valid input');
    assert.equal(await mirrorValue(page, 'planner_weigh_out'), weighOut);
    assert.equal(await mirrorValue(page, 'planner_expect'), expect);
    await typeInto(page, 'field.diamine_equiv', '4');
    await waitForMirror(page, 'planner_stale', null);
  }
  await typeInto(page, 'field.electrophile_mmol', 'x');
  await waitForMirror(page, 'planner_stale', 'stale: showing the last valid input');
  assert.equal(await mirrorValue(page, 'planner_weigh_out'), weighOut);
  await context.close();
});

test('a tap on the plot reads every curve at that x', async () => {
  const { context, page } = await alkylationTab({ hasTouch: true });
  await tapWidget(page, 'alkylation.fractions.area');
  await waitForMirror(page, 'alkylation.fractions.readout', /^Equivalents of electrophile: [0-9.]+ equiv; Unreacted: [0-9.]+ %; Mono: [0-9.]+ %; Bis: [0-9.]+ %$/);
  const text = await mirrorValue(page, 'alkylation.fractions.readout');
  const [x, unreacted, mono, bis] = text.match(/[0-9.]+/g).map(Number);
  const model = cli('alkylation', '--equiv', x, '--kappa', 0.5);
  // The readout interpolates a 201-point curve and rounds to 3 figures.
  assert.ok(Math.abs(mono - 100 * model.mono) < 0.3, `${text} vs ${JSON.stringify(model)}`);
  assert.ok(Math.abs(unreacted - 100 * model.unreacted) < 0.3);
  assert.ok(Math.abs(bis - 100 * model.bis) < 0.3);
  await context.close();
});

test('the distribution curve downloads as CSV whose rows match the CLI', async () => {
  const { context, page } = await alkylationTab({ acceptDownloads: true });
  // The κ on screen is the κ in the file: set it, read it back from the mirror.
  await typeInto(page, 'field.kappa', '4');
  await waitForMirror(page, 'input.kappa', '4');
  const kappa = await mirrorValue(page, 'input.kappa');
  const { name, text } = await downloadText(page, 'alkylation.fractions.csv');
  assert.equal(name, 'alkylation.fractions.csv');
  // Plain ASCII, "# " comment lines first, then the header with units.
  assert.match(text, /^[\x00-\x7f]*$/, 'ASCII only');
  const lines = text.trim().split('\n');
  const comments = lines.filter((line) => line.startsWith('#'));
  const rows = lines.slice(comments.length);
  assert.ok(comments.every((line) => line.startsWith('# ')), comments.join('\n'));
  assert.equal(comments[0], '# Diazepane Bench - Alkylation');
  const parameter = (pattern) => {
    const match = comments.map((line) => line.match(pattern)).find(Boolean);
    assert.ok(match, `${pattern} in\n${comments.join('\n')}`);
    return Number(match[1]);
  };
  assert.equal(parameter(/^# kappa \(k2\/k1 per molecule\) = ([0-9.e+-]+)$/), Number(kappa));
  assert.equal(parameter(/^# equiv electrophile \(marked on the plot\) = ([0-9.e+-]+) equiv$/),
    Number(await mirrorValue(page, 'input.equiv')));
  assert.ok(comments.some((line) => line.startsWith('# source: Closed form: A. A. Frost, W. C. Schwemer')));
  assert.equal(rows[0], 'equiv electrophile [-],unreacted [0-1],mono [0-1],bis [0-1]');
  // The header and the plotted 201 points, 0.01 equiv apart.
  assert.equal(rows.length, 202);
  for (const row of [rows[1], rows[57], rows[101], rows[167], rows[201]]) {
    const [x, unreacted, mono, bis] = row.split(',').map(Number);
    const model = cli('alkylation', '--equiv', x, '--kappa', kappa);
    assert.ok(Math.abs(unreacted - model.unreacted) < 1e-9, row);
    assert.ok(Math.abs(mono - model.mono) < 1e-9, row);
    assert.ok(Math.abs(bis - model.bis) < 1e-9, row);
  }
  await context.close();
});

test('the route diagram compares direct alkylation with protection', async () => {
  const { context, page } = await alkylationTab();
  const expected = cli('monoboc', '--diamine-equiv', 4);
  await waitForMirror(page, 'protection_overall', pct(expected.mono_yield * 0.9 * 0.95));
  assert.equal(await mirrorValue(page, 'direct_one_to_one'), '50.0 %');
  await typeInto(page, 'field.alkylation_yield', '70');
  await waitForMirror(page, 'protection_overall', pct(expected.mono_yield * 0.7 * 0.95));
  await context.close();
});

test('the mono-Boc workup names the di-Boc share from the model and offers mono-protonation', async () => {
  const { context, page, problems } = await alkylationTab();
  await typeInto(page, 'field.diamine_equiv', '4');
  const model = cli('monoboc', '--diamine-equiv', 4);
  assert.equal(model.bis_yield, 0.125);
  await waitForMirror(page, 'monoboc_workup', new RegExp(`^Workup: ${sig3(100 * model.bis_yield)} % of the Boc2O ends as di-Boc`));
  const text = await mirrorValue(page, 'monoboc_workup');
  assert.match(text, /acid\/base extraction/);
  assert.match(text, /partly lost to water/);
  assert.doesNotMatch(text, /washes out/);
  assert.match(await mirrorValue(page, 'mono_protonation'), /1 equiv of HCl.*J\. Mex\. Chem\. Soc\. 2017/);
  assert.match(await mirrorValue(page, 'acid_byproduct'), /HBr/);
  assert.match(await mirrorValue(page, 'kappa_note'), /κ = 0\.5; κ = 2 means each remaining site is 4 times/);
  await typeInto(page, 'field.diamine_equiv', '2');  // x = 1/2: 25 % of the Boc2O in di-Boc
  await waitForMirror(page, 'monoboc_workup', /^Workup: 25\.0 % of the Boc2O/);
  assert.deepEqual(problems, []);
  await context.close();
});
