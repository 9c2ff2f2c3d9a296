// The Route tool and the Troubleshooting guide in the browser.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { startBrowser, openApp, typeInto, clickWidget, waitForMirror, mirrorValue, artifactsDir, cli, sig3, repoRoot } from './helpers.mjs';

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
  assert.equal(await mirrorValue(page, 'portions'), '14 × 368 mg at 0 °C, one every 9.23 min');
  const lahG = mmol * 0.7 * 2 / 1000 * 37.95;
  assert.match(await mirrorValue(page, 'lah'), new RegExp(`^${sig3(lahG)} g = `));
  // Twice the azide carries twice the heat: the gate asks for 25 portions (603 K / 25 K).
  await typeInto(page, 'field.portions', '25');
  await typeInto(page, 'field.azide_equiv', '3');
  await waitForMirror(page, 'tetrazole_warning', /^Azide above about 2 equiv: the excess HN3 can trap the nitrilium ion as a tetrazole/);
  await page.locator('#canvas').screenshot({ path: join(artifactsDir, 'route.png') });
  // One tap carries the LiAlH4 amount into the Workup tool.
  await clickWidget(page, 'route.open_workup');
  await waitForMirror(page, 'lah_g', `${sig3(lahG)} g`);
  assert.equal(await mirrorValue(page, 'water_last_ml'), `${sig3(3 * Number(sig3(lahG)))} mL`);
  assert.deepEqual(problems, []);
  await context.close();
});

test('the Sha 2008 preset: the paper\'s conditions, the verdict on each (CH2Cl2 refused), and the plan', async () => {
  const { context, page, problems } = await openTab('route');
  await waitForMirror(page, 'azide', /^5\.15 g/);
  await clickWidget(page, 'route.preset.1');
  await waitForMirror(page, 'preset', /Acta Cryst\. 2008, E64, o569/);
  // The screen says what the CLI says, condition by condition.
  const sha = cli('route', '--preset', 'sha2008');
  const verdictWords = { accepted: 'Accepted', changed: 'Changed', not_modelled: 'Kept, not modelled' };
  for (const c of sha.preset.conditions) {
    assert.equal(await mirrorValue(page, `preset.${c.condition}`),
      `${verdictWords[c.verdict]}. Paper: ${c.paper}. Plan: ${c.plan}. ${c.why}`, c.condition);
  }
  assert.match(await mirrorValue(page, 'preset.cosolvent'), /^Changed\. Paper: CH2Cl2, 80\.0 mL\. Plan: none: the acid alone \(the planner's own\)\. .*diazidomethane/);
  assert.match(await mirrorValue(page, 'preset.extraction'), /^Changed\. Paper: CH2Cl2\. Plan: ethyl acetate or 2-MeTHF/);
  // The plan: the paper's 5 equiv NaN3 in the acid alone, 77 portions 5 min apart.
  assert.equal(await mirrorValue(page, 'input.azide_equiv'), '5');
  assert.match(await mirrorValue(page, 'portions'), /^77 × 422 mg at 0 °C, one every 5\.00 min$/);
  assert.match(await mirrorValue(page, 'scale_warning'), /^Large for the bench: 0\.499 mol azide/);
  assert.match(page.url(), /route\.preset=sha2008/);
  await page.locator('#canvas').screenshot({ path: join(artifactsDir, 'route-sha2008.png') });
  // A field changed after loading is said; "The planner's own" puts its defaults back.
  await typeInto(page, 'field.portions', '90');
  await waitForMirror(page, 'preset', /changed since it was loaded/);
  await clickWidget(page, 'route.preset.0');
  await waitForMirror(page, 'azide', /^5\.15 g/);
  assert.equal(await mirrorValue(page, 'preset'), null);
  assert.equal(await mirrorValue(page, 'input.portions'), '14');
  assert.deepEqual(problems, []);
  // A link with the preset alone opens the paper's plan.
  const linked = await openApp(context, env.baseUrl, 'tool=route&route.preset=sha2008');
  await waitForMirror(linked.page, 'preset', /^Q\.-K\. Sha.*the plan keeps 6 of the paper's 11 conditions, changes 4[^]*not modelled\.$/);
  assert.equal(await mirrorValue(linked.page, 'input.portions'), '77');
  await context.close();
});

test('any ketone by formula, and the molar-mass calculator', async () => {
  const { context, page } = await openTab('route');
  await typeInto(page, 'field.portions', '24');  // 10 g cyclohexanone is twice the moles: 24 portions
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

// The CLI's refusal for the same input: exit 2 and "route: <field>: <message>".
function cliRefusal(...args) {
  const binary = process.env.DZB_CLI || join(repoRoot, 'build', 'native', 'diazepane-bench');
  const run = spawnSync(binary, ['route', ...args.map(String)], { encoding: 'utf8' });
  assert.equal(run.status, 2);
  const [, field, message] = run.stderr.trim().match(/^route: (\w+): (.*)$/);
  return { field, message };
}

test('all the azide at once is refused at the portions field, and the interval too', async () => {
  const { context, page, problems } = await openTab('route');
  await waitForMirror(page, 'portions', '14 × 368 mg at 0 °C, one every 9.23 min');
  assert.equal(await mirrorValue(page, 'min_portions'), '13; one portion at once: +22 K');
  await typeInto(page, 'field.portions', '1');
  const once = cliRefusal('--ketone-g', 10, '--portions', 1);
  assert.equal(once.field, 'portions');
  assert.match(once.message, /^One portion is all the azide at once/);
  await waitForMirror(page, 'error', once.message);
  assert.equal(await mirrorValue(page, 'stale'), 'stale: showing the last valid input');
  // The screen reader hears it at the field: the portions box is marked
  // invalid and carries the message (internal keys are never read aloud).
  const label = await page.locator('#mirror [data-key="error"] dt').first().textContent();
  assert.equal(label, 'Input problem');
  const portions = page.getByRole('textbox', { name: 'NaN3 added in (portions)' });
  assert.equal(await portions.getAttribute('aria-invalid'), 'true');
  assert.equal(await page.locator(`#${await portions.getAttribute('aria-describedby')}`).textContent(), once.message);
  // The message is drawn under the portions field, not somewhere else.
  const errorRect = await page.evaluate(() => window.dzb.widgets['error.portions']);
  const fieldRect = await page.evaluate(() => window.dzb.widgets['field.portions']);
  assert.ok(errorRect && errorRect.y > fieldRect.y && errorRect.y - fieldRect.y < 120);
  await page.locator('#canvas').screenshot({ path: join(artifactsDir, 'route-gate.png') });
  // Twelve is still one short at the defaults.
  await typeInto(page, 'field.portions', '12');
  await waitForMirror(page, 'error', cliRefusal('--ketone-g', 10, '--portions', 12).message);
  await typeInto(page, 'field.portions', '13');
  await waitForMirror(page, 'portions', /^13 × 396 mg at 0 °C, one every 10\.0 min$/);
  assert.equal(await mirrorValue(page, 'error'), null);
  // A zero addition time is all at once too, and is named at its own field.
  await typeInto(page, 'field.addition_min', '0');
  const zero = cliRefusal('--ketone-g', 10, '--portions', 13, '--addition-min', 0);
  assert.equal(zero.field, 'addition_min');
  await waitForMirror(page, 'error', zero.message);
  const zeroRect = await page.evaluate(() => window.dzb.widgets['error.addition_min']);
  assert.ok(zeroRect);
  assert.deepEqual(problems, []);
  await context.close();
});

test('a large batch gets a caution, above bench scale no schedule at all; the steps after the reaction come with sources', async () => {
  const { context, page, problems } = await openTab('route');
  await waitForMirror(page, 'portions', '14 × 368 mg at 0 °C, one every 9.23 min');
  assert.equal(await mirrorValue(page, 'scale_warning'), null);
  assert.equal(await mirrorValue(page, 'step4'), 'Destroy the azide in the aqueous waste');
  // Each step carries its how, its hazard (a warning of its own) and its source.
  assert.match(await page.locator('#mirror [data-key="step4"] dd').nth(1).textContent(), /Add 7\.7 g NaNO2/);
  assert.match(await mirrorValue(page, 'step4_hazard'), /Nitrite first/);
  assert.match(await mirrorValue(page, 'step4_source'), /Prudent Practices.*1995/);
  // 20 g: a caution beside the plan.
  await typeInto(page, 'field.ketone_amount', '20');
  const caution = cli('route', '--ketone-g', 20).scale_warning;
  assert.match(caution, /^Large for the bench/);
  await waitForMirror(page, 'scale_warning', caution);
  // 100 g: refused at the amount field, as the CLI refuses it.
  await typeInto(page, 'field.ketone_amount', '100');
  const refusal = cliRefusal('--ketone-g', 100);
  assert.equal(refusal.field, 'ketone_amount');
  assert.match(refusal.message, /^Above bench scale.*process-safety assessment/);
  await waitForMirror(page, 'error', refusal.message);
  assert.ok(await page.evaluate(() => window.dzb.widgets['error.ketone_amount']), 'the message is not at the field');
  await page.locator('#canvas').screenshot({ path: join(artifactsDir, 'route-scale.png') });
  await typeInto(page, 'field.ketone_amount', '10');
  await waitForMirror(page, 'azide', /^5\.15 g/);
  assert.equal(await mirrorValue(page, 'scale_warning'), null);
  assert.equal(await mirrorValue(page, 'error'), null);
  assert.deepEqual(problems, []);
  await context.close();
});

test('search the guide, follow a card into its tool with the scenario set', async () => {
  const { context, page, problems } = await openTab('guide');
  await waitForMirror(page, 'cards_shown', /^4 cards of [0-9]+$/);
  await typeInto(page, 'field.guide_search', 'gummy');
  await waitForMirror(page, 'cards_shown', /^1 card of [0-9]+$/);
  await page.locator('#canvas').screenshot({ path: join(artifactsDir, 'guide.png') });
  await clickWidget(page, 'guide.cyclization_gum');
  await waitForMirror(page, 'input.c0', '0.5');
  // The gummy solid is the seed's two-component reaction: the card opens it so.
  await waitForMirror(page, 'two_component', 'Two components (diamine + dihalide)');
  const expected = cli('cyclization', '--two-component', '--c0', 0.5, '--em', 0.05).ring_yield;
  assert.equal(await mirrorValue(page, 'ring_yield'), `${sig3(100 * expected)} %`);
  await clickWidget(page, 'tab.guide');
  await typeInto(page, 'field.guide_search', 'emulsion');
  await waitForMirror(page, 'cards_shown', /^1 card of [0-9]+$/);
  await clickWidget(page, 'guide.workup_emulsion');
  await waitForMirror(page, 'water_last_ml', '15.0 mL');
  assert.deepEqual(problems, []);
  await context.close();
});
