// The "From my results" fits render their reports too: every result and
// warning of a fit's report ("fit.*") in the mirror is drawn on the canvas
// from that entry ("report.<key>"), stale there ("stale.<key>") exactly when
// the mirror says stale; with one fit input unreadable, all of them are.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { startBrowser, openApp, typeInto, waitForMirror, waitForSettled, widgetRect, artifactsDir } from './helpers.mjs';

let env;
before(async () => { env = await startBrowser(); });
after(async () => { await env.close(); });

const drawnKinds = new Set(['result', 'step', 'warning']);
// The section's open/closed state answers the header, not the fit's inputs.
const independent = ['fit.section'];

// The fit entries of the tool's report as the mirror has them, and what the canvas tagged.
async function fitReportAndScreen(page, tool) {
  await waitForSettled(page);
  return page.evaluate((t) => {
    const entries = [...document.querySelectorAll(`#mirror [data-tool="${t}"] [data-key^="fit."]`)].map((group) => ({
      key: group.dataset.key,
      kind: group.dataset.kind,
      stale: 'stale' in group.dataset,
    }));
    return { entries, widgets: Object.keys(window.dzb.widgets) };
  }, tool);
}

function assertScreenShowsFit({ entries, widgets }, { expectStale, atLeast }) {
  const onScreen = new Set(widgets);
  const checked = entries.filter((e) => drawnKinds.has(e.kind));
  assert.ok(checked.length >= atLeast, `too few fit entries to check: ${JSON.stringify(entries)}`);
  const missing = checked.filter((e) => !onScreen.has(`report.${e.key}`)).map((e) => e.key);
  assert.deepEqual(missing, [], 'fit report entries the screen does not draw');
  const staleDisagrees = checked.filter((e) => e.stale !== onScreen.has(`stale.${e.key}`)).map((e) => e.key);
  assert.deepEqual(staleDisagrees, [], 'entries stale in the mirror but not on screen, or the other way round');
  const wrong = checked.filter((e) => e.stale !== (expectStale && !independent.includes(e.key))).map((e) => e.key);
  assert.deepEqual(wrong, [], expectStale ? 'fit outputs not marked stale' : 'fit outputs marked stale');
}

const batchRuns = 'cyclization.fit_runs=2&cyclization.fit_c0_1=0.05&cyclization.fit_value_1=47.7'
  + '&cyclization.fit_c0_2=0.1&cyclization.fit_value_2=31.1';
const pumpRun = 'cyclization.fit_pump_total=0.05&cyclization.fit_pump_addition_h=8&cyclization.fit_pump_yield=60';
const scenarios = [
  { name: 'EM from batch runs', tool: 'cyclization', query: `tool=cyclization&cyclization.mode=batch&${batchRuns}`,
    ready: ['fit.em', /mol\/L$/], stale: 'fit.em_stale', bad: ['fit_value_2', 'abc'], atLeast: 7,
    shots: ['cyclization.fit_section', 'cyclization.fit_use_em'] },
  { name: 'k_intra from a syringe-pump run', tool: 'cyclization',
    query: `tool=cyclization&cyclization.mode=syringe&${pumpRun}`, ready: ['fit.k_intra', /1\/s$/],
    stale: 'fit.k_intra_stale', bad: ['fit_pump_yield', '6o'], atLeast: 10,
    shots: ['cyclization.fit_section', 'cyclization.fit_use_k'] },
  { name: 'κ from mol %', tool: 'alkylation',
    query: 'tool=alkylation&alkylation.fit_equiv=1.2&alkylation.fit_sm=30&alkylation.fit_mono=40&alkylation.fit_bis=25',
    ready: ['fit.kappa', /^\d/], stale: 'fit.kappa_stale', bad: ['fit_mono', '4x'], atLeast: 9,
    shots: ['alkylation.fit_section', 'alkylation.fit_use_kappa'] },
  { name: 'κ from LC areas', tool: 'alkylation',
    query: 'tool=alkylation&alkylation.fit_unit=areas&alkylation.fit_sm=30&alkylation.fit_mono=80'
      + '&alkylation.fit_bis=20&alkylation.fit_rf_mono=2',
    ready: ['fit.kappa', /^\d/], stale: 'fit.kappa_stale', bad: ['fit_rf_mono', 'x'], atLeast: 8,
    shots: ['alkylation.fit_section', 'alkylation.fit_use_kappa'] },
];

const viewports = [
  { label: 'desktop', options: { viewport: { width: 1400, height: 900 } } },
  { label: 'phone', options: { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true } },
];

for (const { name, tool, query, ready, stale, bad, atLeast, shots } of scenarios) {
  for (const { label, options } of viewports) {
    test(`${name} (${label}): the screen draws every result and warning of the fit's report, stale with it`, async () => {
      const context = await env.browser.newContext(options);
      const { page, problems } = await openApp(context, env.baseUrl, query);
      await waitForMirror(page, 'fit.section', 'open');
      await waitForMirror(page, ...ready);
      assertScreenShowsFit(await fitReportAndScreen(page, tool), { expectStale: false, atLeast });
      const slug = `${name.replace('κ', 'kappa').replace(/[^a-z]+/gi, '-').toLowerCase()}-${label}`;
      for (const [i, widget] of shots.entries()) {
        await widgetRect(page, widget);
        await page.screenshot({ path: join(artifactsDir, `report-fits-${slug}-${i + 1}.png`) });
      }
      const [field, text] = bad;
      await typeInto(page, `field.${field}`, text);
      await waitForMirror(page, `input.fit.${field.slice('fit_'.length)}`, text);
      await waitForMirror(page, stale, /^Stale/);
      assertScreenShowsFit(await fitReportAndScreen(page, tool), { expectStale: true, atLeast });
      await widgetRect(page, shots.at(-1));
      await page.screenshot({ path: join(artifactsDir, `report-fits-${slug}-stale.png`) });
      assert.deepEqual(problems, []);
      await context.close();
    });
  }
}
