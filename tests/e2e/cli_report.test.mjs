// One report per tool: the page's text mirror and "Copy protocol" render the
// same report that `diazepane-bench report '<permalink>'` prints, for the
// same permalink. Each side builds it on its own (the page in the browser,
// the CLI natively), so equality here means they cannot drift apart.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  startBrowser, openApp, clickWidget, waitForMirror, waitForSettled, waitForClipboard, cliText,
} from './helpers.mjs';

let env;
before(async () => { env = await startBrowser(); });
after(async () => { await env.close(); });

// A permalink per tool, with an input that differs from the default (so a
// report of the defaults would not pass) and the mirror entry that shows it.
const permalinks = [
  { tool: 'workup', query: 'tool=workup&workup.mode=g&workup.lah_g=2.5', input: ['input.lah_g', '2.5'] },
  { tool: 'alkylation', query: 'tool=alkylation&alkylation.kappa=2&alkylation.equiv=1.2', input: ['input.kappa', '2'] },
  {
    tool: 'cyclization', query: 'tool=cyclization&cyclization.mode=batch&cyclization.em=0.05&cyclization.c0=0.02',
    input: ['input.c0', '0.02'],
  },
  { tool: 'route', query: 'tool=route&route.amount=12&route.azide_equiv=1.3', input: ['input.azide_equiv', '1.3'] },
];

// The tool's mirror section as the CLI's --lines fields: key, label, value,
// kind, flags, detail. Left out: whether the "From my results" header is open
// ("fit.section"), a state of the screen, not of the report (a CLI has no
// sections to open).
async function mirrorLines(page, tool) {
  return page.evaluate((t) => [...document.querySelectorAll(`#mirror [data-tool="${t}"] > div`)]
    .filter((group) => group.dataset.key !== 'fit.section').map((group) => {
    const flags = ['stale', 'done'].filter((flag) => flag in group.dataset).join(' ');
    const [label, value] = [...group.children].map((node) => node.textContent);
    return [group.dataset.key, label, value, group.dataset.kind, flags, group.dataset.detail || ''];
  }), tool);
}

function cliLines(query) {
  const run = cliText('report', '--lines', query);
  assert.equal(run.status, 0, `diazepane-bench report --lines '${query}': ${run.stderr}`);
  return run.stdout.split('\n').filter((line) => line).map((line) => line.split('\t'));
}

async function openSettled(query, input, options = {}) {
  const context = await env.browser.newContext({ viewport: { width: 1400, height: 900 }, ...options });
  const { page, problems } = await openApp(context, env.baseUrl, query);
  await waitForMirror(page, ...input);
  await waitForSettled(page);  // the cyclization curve is built over a few frames
  return { context, page, problems };
}

for (const { tool, query, input } of permalinks) {
  test(`${tool}: the page's mirror holds the lines of diazepane-bench report --lines`, async () => {
    const { context, page, problems } = await openSettled(query, input);
    const expected = cliLines(query);
    assert.ok(expected.length > 10, `a whole report (${expected.length} lines)`);
    assert.ok(expected.some(([key, , value]) => key === input[0] && value === input[1]), 'the CLI read the permalink');
    assert.deepEqual(await mirrorLines(page, tool), expected);
    assert.deepEqual(problems, []);
    await context.close();
  });
}

test('workup: "Copy protocol" copies what diazepane-bench report prints', async () => {
  const { query, input } = permalinks[0];
  const { context, page } = await openSettled(query, input, { permissions: ['clipboard-read', 'clipboard-write'] });
  await clickWidget(page, 'workup.copy');
  const copied = await waitForClipboard(page, /^LiAlH4 workup[\s\S]*Sources:/);
  const run = cliText('report', query);
  assert.equal(run.status, 0, run.stderr);
  assert.match(run.stdout, /Add 7\.50 mL water/, 'the CLI read lah_g=2.5 (3n = 7.50 mL)');
  assert.equal(copied.replace(/\n$/, ''), run.stdout.replace(/\n$/, ''));
  await context.close();
});
