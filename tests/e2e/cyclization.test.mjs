// The Cyclization tool, driven through the canvas; numbers checked against
// the command-line front end of the same models.
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

async function cyclizationTab(options = {}) {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 800 }, ...options });
  const opened = await openApp(context, env.baseUrl);
  await clickWidget(opened.page, 'tab.cyclization');
  await waitForMirror(opened.page, 'mode', 'batch (all at once)');
  return { context, ...opened };
}

// A downloaded CSV: plain ASCII, its "# " comment lines, then the header and data rows.
function csvParts(text) {
  assert.match(text, /^[\x00-\x7f]*$/, 'ASCII only');
  const lines = text.trim().split('\n');
  const comments = lines.filter((line) => line.startsWith('#'));
  assert.ok(comments.every((line, i) => line.startsWith('# ') && lines[i] === line), comments.join('\n'));
  return { comments, rows: lines.slice(comments.length) };
}

// Mirror percentages back to numbers, including format_sig's "1.00×10⁻⁷ %".
function percentOf(text) {
  const match = text.match(/^([0-9.]+)(?:×10([⁻⁰¹²³⁴⁵⁶⁷⁸⁹]+))? %$/);
  assert.ok(match, `a percentage: ${text}`);
  const exponent = match[2] ? Number([...match[2]].map((c) => '-0123456789'['⁻⁰¹²³⁴⁵⁶⁷⁸⁹'.indexOf(c)]).join('')) : 0;
  return Number(match[1]) * 10 ** exponent;
}

test('batch: concentration and EM set through the UI give the engine\'s ring yield, the closed form as its limit', async () => {
  const { context, page, problems } = await cyclizationTab();
  await typeInto(page, 'field.c0', '0.05');
  await typeInto(page, 'field.em', '0.05');
  // Precursor meeting only precursor: Y = (EM / 2 C0) ln(1 + 2 C0 / EM) = ln(3) / 2 at C0 = EM.
  await waitForMirror(page, 'closed_form_ring_yield', `${sig3(100 * Math.log(3) / 2)} %`);
  const engine = cli('cyclization', '--c0', 0.05, '--em', 0.05);
  assert.equal(await mirrorValue(page, 'ring_yield'), `${sig3(100 * engine.ring_yield)} %`);
  assert.ok(engine.ring_yield < Math.log(3) / 2);
  const target = cli('cyclization', '--target-yield', 0.9, '--em', 0.05);
  await waitForMirror(page, 'concentration_for_target',
    `${sig3(target.c0_molar)} mol/L (${sig3(1 / target.c0_molar)} mL per mmol)`);
  await typeInto(page, 'field.target_yield', '99');
  const strict = cli('cyclization', '--target-yield', 0.99, '--em', 0.05);
  await waitForMirror(page, 'concentration_for_target',
    `${sig3(strict.c0_molar)} mol/L (${sig3(1 / strict.c0_molar)} mL per mmol)`);
  await page.locator('#canvas').screenshot({ path: join(artifactsDir, 'cyclization-batch.png') });
  assert.deepEqual(problems, []);
  await context.close();
});

test('batch: at every concentration the mirror\'s fractions sum to 100 %', async () => {
  const { context, page, problems } = await cyclizationTab();
  for (const c0 of [0.002, 0.05, 0.3, 2]) {
    await typeInto(page, 'field.c0', String(c0));
    const model = cli('cyclization', '--c0', c0, '--em', 0.05);
    await waitForMirror(page, 'ring_yield', `${sig3(100 * model.ring_yield)} %`);
    const parts = [];
    // The flask at the completion time the screen states: five parts, 100 % in all.
    for (const key of ['ring_at_completion', 'cyclic_oligomers', 'linear_oligomers', 'long_chains', 'precursor_left']) {
      parts.push(percentOf(await mirrorValue(page, key)));
    }
    const sum = parts.reduce((a, b) => a + b, 0);
    // Each part is shown to 3 significant figures: the sum is 100 % within their rounding.
    assert.ok(Math.abs(sum - 100) < 0.15, `${c0} M: ${parts.join(' + ')} = ${sum}`);
    assert.equal(await mirrorValue(page, 'cyclic_oligomers'), `${sig3(100 * model.cyclic_oligomers)} %`);
    assert.equal(await mirrorValue(page, 'linear_oligomers'), `${sig3(100 * model.linear_oligomers)} %`);
  }
  // The large-ring EM sets the cyclic dimer's and larger rings' EMs (14 atoms: the anchor itself).
  await typeInto(page, 'field.large_ring_em', '0.1');
  const easy = cli('cyclization', '--c0', 2, '--em', 0.05, '--large-ring-em', 0.1);
  await waitForMirror(page, 'dimer_em', '0.100 mol/L');
  await waitForMirror(page, 'cyclic_oligomers', `${sig3(100 * easy.cyclic_oligomers)} %`);
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
  // "50" passes through a valid "5" on the way, but what stays on screen for
  // the refused "50" is what the user had before editing (0.1 M), never a
  // passing keystroke's result: that is the same however fast the keys come.
  for (const [field, text, message, stale, restore] of [
    ['field.em', '0', 'Effective molarity (EM) must be greater than zero', before, '0.05'],
    ['field.c0', '-1', 'Precursor concentration cannot be negative', before, '0.1'],
    ['field.c0', '50', "Precursor concentration above 20 mol/L is outside this tool's range", before, '0.1'],
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

test('the pathway diagram and the yield plot keep the last committed C0 (never a clamp), marked stale', async () => {
  const { context, page } = await cyclizationTab();
  await typeInto(page, 'field.c0', '0.02');
  await waitForMirror(page, 'yield_plot_marker', 'C0 = 0.0200 M');
  await waitForMirror(page, 'pathway', /^ring [0-9.]+ %, dimer and oligomers [0-9.]+ %$/);
  const pathway = await mirrorValue(page, 'pathway');
  assert.equal(await mirrorValue(page, 'pathway_stale'), null);
  assert.equal(await mirrorValue(page, 'yield_plot_stale'), null);
  const c0Slider = page.getByRole('slider', { name: 'Precursor concentration C0' });
  for (const text of ['50', '1e9', 'abc']) {
    await typeInto(page, 'field.c0', text);
    // The whole text first: a keystroke on the way ("5" of "50", an empty
    // field) has errors and stale marks of its own.
    await waitForMirror(page, 'input.c0', text);
    await waitForMirror(page, 'error', /./);
    await waitForMirror(page, 'pathway_stale', 'stale: showing the last valid input');
    assert.equal(await mirrorValue(page, 'yield_plot_stale'), 'stale: showing the last valid input');
    assert.equal(await mirrorValue(page, 'pathway'), pathway);
    assert.equal(await mirrorValue(page, 'yield_plot_marker'), 'C0 = 0.0200 M');
    // The slider under the field shows the same C0, not its 1 M end stop.
    assert.equal(await c0Slider.getAttribute('aria-valuetext'), 'C0 = 0.02 M');
    await typeInto(page, 'field.c0', '0.02');
    await waitForMirror(page, 'pathway_stale', null);
  }
  await context.close();
});

test('syringe pump: the recommended addition time, steady state only where one forms, k_intra x0.1 and x10', async () => {
  const { context, page, problems } = await cyclizationTab();
  await clickWidget(page, 'cyclization.mode.1');
  await waitForMirror(page, 'mode', 'syringe-pump addition');
  // Defaults: 5 mmol into 100 mL (C_total 0.05 M), fixed volume, EM 0.05 M, k_intra 1e-5 /s, 8 h.
  const pump = ['--syringe', '--total', 0.05, '--em', 0.05];
  const run = cli('cyclization', ...pump, '--k-intra', 1e-5, '--addition-h', 8);
  await waitForMirror(page, 'ring_yield', `${sig3(100 * run.ring_yield)} %`);
  // k_intra t_add = 0.29: no steady state, and the mirror says so.
  assert.equal(run.steady_state_molar, null);
  assert.equal(await mirrorValue(page, 'steady_state'), 'not reached during the feed (the feed is too short: ' +
    'k_intra·t_add = 0.288; at a fixed volume the precursor concentration settles (within 5 % over the last ' +
    '80 % of the feed) only after about 12–15 ring-closure lifetimes)');
  const low = cli('cyclization', ...pump, '--k-intra', 1e-6, '--addition-h', 8);
  const high = cli('cyclization', ...pump, '--k-intra', 1e-4, '--addition-h', 8);
  // Shown to 3 figures (half a unit: 0.05 %), computed at curve accuracy (1e-5).
  assert.ok(Math.abs(percentOf(await mirrorValue(page, 'ring_yield_k_low')) - 100 * low.ring_yield) < 0.06);
  assert.ok(Math.abs(percentOf(await mirrorValue(page, 'ring_yield_k_high')) - 100 * high.ring_yield) < 0.06);
  const plan = cli('cyclization', ...pump, '--target-yield', 0.9, '--k-intra', 1e-5);
  await waitForMirror(page, 'recommended_addition_h', `${sig3(plan.addition_h)} h`);
  // A fast closure reaches a steady state during 8 h: its figures appear.
  await typeInto(page, 'field.k_intra', '1e-3');
  const fast = cli('cyclization', ...pump, '--k-intra', 1e-3, '--addition-h', 8);
  await waitForMirror(page, 'ring_yield', `${sig3(100 * fast.ring_yield)} %`);
  await waitForMirror(page, 'steady_state_molar', `${sig3(fast.steady_state_molar)} mol/L`);
  // Starting with 10 mL of the 100 mL: the volume grows, no steady state.
  await typeInto(page, 'field.start_volume_ml', '10');
  const growing = cli('cyclization', ...pump, '--k-intra', 1e-3, '--addition-h', 8, '--start-volume-fraction', 0.1);
  await waitForMirror(page, 'ring_yield', `${sig3(100 * growing.ring_yield)} %`);
  assert.equal(await mirrorValue(page, 'steady_state'),
    'not reached during the feed (the volume grows with the feed, so the precursor concentration falls with it)');
  await page.locator('#canvas').screenshot({ path: join(artifactsDir, 'cyclization-syringe.png') });
  assert.deepEqual(problems, []);
  await context.close();
});

test('syringe pump: a concentration-time plot of precursor, ring and oligomer', async () => {
  const { context, page, problems } = await cyclizationTab({ hasTouch: true, acceptDownloads: true });
  await clickWidget(page, 'cyclization.mode.1');
  await waitForMirror(page, 'mode', 'syringe-pump addition');
  await waitForMirror(page, 'ring_yield', /%$/);
  const area = await widgetRect(page, 'cyclization.course.area');
  assert.ok(area && area.width > 100 && area.height > 100, 'the time plot is on screen');
  const { text } = await downloadText(page, 'cyclization.course.csv');
  const { comments, rows } = csvParts(text);
  assert.equal(rows[0], 'time [h],precursor [mol/L],ring [mol/L],oligomer [mol/L]');
  for (const line of ['# mode = syringe pump', '# precursor amount = 5 mmol', '# final volume = 100 mL',
    '# C_total (amount / final volume) = 0.05 mol/L', '# k_intra = 1e-05 1/s', '# addition time = 8 h']) {
    assert.ok(comments.includes(line), `${line} in\n${comments.join('\n')}`);
  }
  const last = rows[rows.length - 1].split(',').map(Number);
  const run = cli('cyclization', '--syringe', '--total', 0.05, '--em', 0.05, '--k-intra', 1e-5, '--addition-h', 8);
  // The plot runs to just past 99 % conversion: at most 1 % of the 0.05 M is
  // precursor, the ring is nearly all formed, and every unit is accounted for.
  assert.ok(last[0] >= run.completion_h && last[0] < 1.3 * run.completion_h, `${last[0]} h vs ${run.completion_h} h`);
  assert.ok(last[1] <= 0.01 * 0.05, rows[rows.length - 1]);
  assert.ok(last[2] <= 0.05 * run.ring_yield && last[2] > 0.97 * 0.05 * run.ring_yield, rows[rows.length - 1]);
  assert.ok(Math.abs(last[1] + last[2] + last[3] - 0.05) < 1e-8, rows[rows.length - 1]);
  await tapWidget(page, 'cyclization.course.area');
  await waitForMirror(page, 'cyclization.course.readout', /^Time \(h\): [0-9.]+ h; Precursor: .* mol\/L; Ring: .* mol\/L; Oligomer: .* mol\/L$/);
  assert.deepEqual(problems, []);
  await context.close();
});

test('k_intra as a half-life gives the same answer', async () => {
  const { context, page } = await cyclizationTab();
  await clickWidget(page, 'cyclization.mode.1');
  await waitForMirror(page, 'mode', 'syringe-pump addition');
  await waitForMirror(page, 'ring_yield', /%$/);
  const before = await mirrorValue(page, 'ring_yield');
  await clickWidget(page, 'cyclization.k_entry.1');
  await waitForMirror(page, 'input.half_life_h', '19.3');
  assert.equal(await mirrorValue(page, 'k_intra_half_life'), '19.3 h');
  await waitForMirror(page, 'ring_yield', before);
  await typeInto(page, 'field.half_life_h', '1');
  const hour = cli('cyclization', '--syringe', '--total', 0.05, '--em', 0.05, '--half-life-h', 1, '--addition-h', 8);
  await waitForMirror(page, 'ring_yield', `${sig3(100 * hour.ring_yield)} %`);
  await context.close();
});

test('a tap on the plot pins a readout of every curve at that x', async () => {
  const { context, page } = await cyclizationTab({ hasTouch: true });
  // The curve is computed a few engine runs per frame: it appears once complete.
  const area = await widgetRect(page, 'cyclization.concentration_curve.area');
  assert.ok(area.width > 100, 'the concentration plot is on screen');
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
  const { comments, rows } = csvParts(text);
  // The parameters are those on screen, with their units.
  const parameter = (pattern) => {
    const match = comments.map((line) => line.match(pattern)).find(Boolean);
    assert.ok(match, `${pattern} in\n${comments.join('\n')}`);
    return match[1];
  };
  assert.equal(comments[0], '# Diazepane Bench - Cyclization');
  assert.equal(parameter(/^# mode = (.*)$/), 'batch');
  assert.equal(parameter(/^# ring size = (\d+)$/), await mirrorValue(page, 'ring_size'));
  assert.equal(Number(parameter(/^# EM \(k_intra\/k_inter\) = ([0-9.e+-]+) mol\/L$/)),
    Number(await mirrorValue(page, 'input.em')));
  assert.equal(Number(parameter(/^# large-ring EM at 14 ring atoms = ([0-9.e+-]+) mol\/L$/)),
    Number(await mirrorValue(page, 'input.large_ring_em')));
  assert.equal(Number(parameter(/^# C0 \(marked on the plot\) = ([0-9.e+-]+) mol\/L$/)),
    Number(await mirrorValue(page, 'input.c0')));
  assert.match(parameter(/^# source: (.*)$/), /^G\. Illuminati, L\. Mandolini, Acc\. Chem\. Res\. 1981/);
  assert.equal(rows[0], 'C0 [mol/L],ring fraction [0-1],oligomer fraction [0-1]');
  assert.equal(rows.length, 33);
  for (const row of [rows[1], rows[16], rows[32]]) {
    const [c0, ring, oligomer] = row.split(',').map(Number);
    // The plotted curve runs the engine with 8 chain lengths at a 1e-6
    // tolerance (cheap enough to redraw while a slider moves): within 1e-4 of
    // the full run.
    const model = cli('cyclization', '--c0', c0, '--em', 0.05).ring_yield;
    assert.ok(Math.abs(ring - model) < 1e-4, `${row} vs ${model}`);
    assert.ok(Math.abs(ring + oligomer - 1) < 1e-8);  // the rest is precursor left, 1e-9
  }
  const png = await downloadText(page, 'cyclization.concentration_curve.png');
  assert.equal(png.name, 'cyclization.concentration_curve.png');
  await context.close();
});
