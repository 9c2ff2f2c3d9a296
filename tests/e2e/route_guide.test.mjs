// The Route tool and the Troubleshooting guide in the browser.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { startBrowser, openApp, typeInto, clickWidget, waitForMirror, mirrorValue, artifactsDir, cli, sig3 } from './helpers.mjs';

let env;
before(async () => { env = await startBrowser(); });
after(async () => { await env.close(); });

async function openTab(tab, options = {}) {
  const context = await env.browser.newContext({ viewport: { width: 1400, height: 900 }, ...options });
  const opened = await openApp(context, env.baseUrl);
  await clickWidget(opened.page, `tab.${tab}`);
  return { context, ...opened };
}

test('the route from 10 g of piperidone: azide, portions, lactam, LiAlH4, product', async () => {
  const { context, page, problems } = await openTab('route');
  await waitForMirror(page, 'azide', /^5\.15 g/);
  const ketone = cli('mw', 'C12H15NO').molar_mass;
  const mmol = 10 / ketone * 1000;
  assert.equal(await mirrorValue(page, 'ketone'), `10.0 g = ${sig3(mmol)} mmol (C12H15NO)`);
  assert.equal(await mirrorValue(page, 'portions'), '6 × 859 mg, every 12.0 min');
  const lahG = mmol * 0.7 * 2 / 1000 * 37.95;
  assert.match(await mirrorValue(page, 'lah'), new RegExp(`^${sig3(lahG)} g = `));
  await typeInto(page, 'field.azide_equiv', '3');
  await waitForMirror(page, 'tetrazole_warning', 'Azide above 2 equiv invites tetrazole formation');
  await page.locator('#canvas').screenshot({ path: join(artifactsDir, 'route.png') });
  // One tap carries the LiAlH4 amount into the Workup tool.
  await clickWidget(page, 'route.open_workup');
  await waitForMirror(page, 'lah_g', `${sig3(lahG)} g`);
  assert.equal(await mirrorValue(page, 'water_last_ml'), `${sig3(3 * Number(sig3(lahG)))} mL`);
  assert.deepEqual(problems, []);
  await context.close();
});

test('any ketone by formula, and the molar-mass calculator', async () => {
  const { context, page } = await openTab('route');
  await typeInto(page, 'field.ketone_formula', 'C6H10O');
  await waitForMirror(page, 'lactam', /\(C6H11NO\)$/);
  assert.match(await mirrorValue(page, 'amine'), /\(C6H13N\)$/);
  await typeInto(page, 'field.calculator_formula', 'KNaC4H4O6*4H2O');
  await waitForMirror(page, 'calculator', `${cli('mw', 'KNaC4H4O6*4H2O').molar_mass.toPrecision(6)} g/mol (C4H12KNaO10)`);
  await typeInto(page, 'field.calculator_formula', 'Qx2');
  await waitForMirror(page, 'calculator_error', "Unknown element 'Qx' at position 1");
  await typeInto(page, 'field.ketone_formula', 'C6H12');
  await waitForMirror(page, 'error', 'A ketone has at least one oxygen atom');
  await context.close();
});

test('search the guide, follow a card into its tool with the scenario set', async () => {
  const { context, page, problems } = await openTab('guide');
  await waitForMirror(page, 'cards_shown', '4');
  await typeInto(page, 'field.guide_search', 'gummy');
  await waitForMirror(page, 'cards_shown', '1');
  await page.locator('#canvas').screenshot({ path: join(artifactsDir, 'guide.png') });
  await clickWidget(page, 'guide.cyclization_gum');
  await waitForMirror(page, 'input.c0', '0.5');
  const expected = cli('cyclization', '--c0', 0.5, '--em', 0.05).ring_yield;
  assert.equal(await mirrorValue(page, 'ring_yield'), `${sig3(100 * expected)} %`);
  await clickWidget(page, 'tab.guide');
  await typeInto(page, 'field.guide_search', 'emulsion');
  await waitForMirror(page, 'cards_shown', '1');
  await clickWidget(page, 'guide.workup_emulsion');
  await waitForMirror(page, 'water_last_ml', '15.0 mL');
  assert.deepEqual(problems, []);
  await context.close();
});
