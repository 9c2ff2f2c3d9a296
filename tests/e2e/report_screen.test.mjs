// The screen renders the one report per tool: every result, step and warning
// the mirror (and so the clipboard and the card) carries is drawn on the
// canvas from that entry (tagged "report.<key>"), and while an input is
// refused every one of them is drawn stale ("stale.<key>") exactly when the
// mirror says stale. The fit panels' own reports ("fit.*") are not checked.
// The tool's folded sections are opened first.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startBrowser, openApp, typeInto, waitForMirror, waitForSettled } from './helpers.mjs';

let env;
before(async () => { env = await startBrowser(); });
after(async () => { await env.close(); });

const drawnKinds = new Set(['result', 'step', 'warning']);

// The tool's report as the page's mirror has it, and what the canvas tagged.
async function reportAndScreen(page, tool) {
  await waitForSettled(page);
  return page.evaluate((t) => {
    const entries = [...document.querySelectorAll(`#mirror [data-tool="${t}"] [data-key]`)].map((group) => ({
      key: group.dataset.key,
      kind: group.dataset.kind,
      stale: 'stale' in group.dataset,
    }));
    return { entries, widgets: Object.keys(window.dzb.widgets) };
  }, tool);
}

// Every drawn kind of entry is on screen, stale there exactly when stale in the
// mirror; `independent` entries answer a field of their own and never go stale
// with the tool (the route's molar-mass calculator).
function assertScreenShowsReport({ entries, widgets }, { expectStale, independent = [] }) {
  const onScreen = new Set(widgets);
  const checked = entries.filter((e) => drawnKinds.has(e.kind) && !e.key.startsWith('fit.'));
  assert.ok(checked.length >= 5, `too few report entries to check: ${JSON.stringify(entries)}`);
  const missing = checked.filter((e) => !onScreen.has(`report.${e.key}`)).map((e) => e.key);
  assert.deepEqual(missing, [], 'report entries the screen does not draw');
  const staleDisagrees = checked.filter((e) => e.stale !== onScreen.has(`stale.${e.key}`)).map((e) => e.key);
  assert.deepEqual(staleDisagrees, [], 'entries stale in the mirror but not on screen, or the other way round');
  const notStale = checked.filter((e) => e.stale !== (expectStale && !independent.includes(e.key))).map((e) => e.key);
  assert.deepEqual(notStale, [], expectStale ? 'outputs not marked stale' : 'outputs marked stale');
}

// Every folded section of the tool, opened by the link (`open=`), as a person
// would open them to read everything: folded, their entries are in the
// mirror but not drawn (first_look.test.mjs checks the folding itself).
const sections = {
  workup: 'workup.model,workup.sources',
  alkylation: 'alkylation.model,alkylation.sources',
  cyclization: 'cyclization.details,cyclization.bench,cyclization.model,cyclization.sources',
  route: 'route.model,route.sources',
};

const scenarios = [
  { tool: 'workup', query: 'tool=workup&workup.mode=g&workup.lah_g=2.5', ready: 'water_last_ml',
    bad: ['field.lah_g', '-1'] },
  { tool: 'alkylation', query: 'tool=alkylation', ready: 'mono', bad: ['field.kappa', '1e-9'] },
  { tool: 'cyclization', query: 'tool=cyclization&cyclization.mode=batch', ready: 'ring_yield',
    bad: ['field.c0', '50'] },
  { tool: 'cyclization', query: 'tool=cyclization&cyclization.mode=syringe', ready: 'ring_yield',
    bad: ['field.addition_h', '-2'] },
  { tool: 'route', query: 'tool=route', ready: 'amine', bad: ['field.azide_equiv', '5'], independent: ['calculator'] },
  { tool: 'route', query: 'tool=route&route.method=tmsn3&route.portions=20', ready: 'amine', bad: ['field.lah_equiv', '0'],
    independent: ['calculator'] },
  // The guide has no input to refuse: its cards and their count, drawn from its report.
  { tool: 'guide', query: 'tool=guide', ready: 'cards_shown' },
];

for (const { tool, query, ready, bad, independent } of scenarios) {
  test(`${query}: the screen draws every result, step and warning of the report, stale with it`, async () => {
    const context = await env.browser.newContext({ viewport: { width: 1400, height: 900 } });
    const open = sections[tool] ? `&open=${sections[tool]}` : '';
    const { page, problems } = await openApp(context, env.baseUrl, query + open);
    await waitForMirror(page, ready, /\S/);
    assertScreenShowsReport(await reportAndScreen(page, tool), { expectStale: false });
    if (!bad) {
      await context.close();
      return;
    }
    const [field, text] = bad;
    await typeInto(page, field, text);
    await waitForMirror(page, `input.${field.slice('field.'.length)}`, text);
    await waitForMirror(page, 'stale', 'stale: showing the last valid input');
    assertScreenShowsReport(await reportAndScreen(page, tool), { expectStale: true, independent });
    assert.deepEqual(problems, []);
    await context.close();
  });
}
