// Small embeds and short screens: the first result and the tool's main plot
// (or the start of its steps) are in view without scrolling, whether the
// results come first (a narrow or short embed) or sit beside the inputs.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { startBrowser, openApp, clickWidget, settledWidgets, widgetsNotInView, artifactsDir } from './helpers.mjs';

let env;
before(async () => { env = await startBrowser(); });
after(async () => { await env.close(); });

// For each tool: its first result and, where it has one, its plot or diagram.
const tools = {
  workup: ['report.water_first_ml'],
  alkylation: ['report.unreacted', 'alkylation.fractions.area'],
  cyclization: ['report.ring_yield', 'cyclization.concentration_curve.area'],
  route: ['report.azide'],
};

test('in 600×450 and 900×600 iframes every tool shows its first result and its plot or diagram', async () => {
  const context = await env.browser.newContext({ viewport: { width: 1000, height: 1100 } });
  const page = await context.newPage();
  await page.goto(env.baseUrl + 'embed-example.html');  // a page of the same site
  const sizes = [[600, 450], [900, 600]];
  const failures = [];
  for (const tool of Object.keys(tools)) {
    // A course page with the tool twice: a small box and a medium one.
    const html = sizes.map(([width, height], i) =>
      `<iframe id="f${i}" src="${env.baseUrl}?test-hooks&tool=${tool}&embed=1" width="${width}" height="${height}" ` +
      `style="border:0;display:block" title="${tool}"></iframe>`).join('\n');
    await page.setContent('<!doctype html><title>course page</title><body style="margin:0">' + html + '</body>');
    for (let i = 0; i < sizes.length; i++) {
      const frame = await (await page.$(`#f${i}`)).contentFrame();
      const missing = await widgetsNotInView(frame, tools[tool]);
      const size = sizes[i].join('x');
      if (missing.length) failures.push(`${tool} ${size}: ${missing.join(', ')}`);
      await page.locator(`#f${i}`).screenshot({ path: join(artifactsDir, `compact-${tool}-${size}.png`) });
    }
  }
  assert.deepEqual(failures, []);
  await context.close();
});

test('at 1366×768 the alkylation distribution plot is wholly in view', async () => {
  const context = await env.browser.newContext({ viewport: { width: 1366, height: 768 } });
  const { page } = await openApp(context, env.baseUrl);
  await clickWidget(page, 'tab.alkylation');
  assert.deepEqual(await widgetsNotInView(page.mainFrame(), tools.alkylation), []);
  await page.locator('#canvas').screenshot({ path: join(artifactsDir, 'compact-alkylation-1366x768.png') });
  await context.close();
});

test('at 1366×768 the Workup safety notes are in view beside the steps, with no scrolling', async () => {
  const context = await env.browser.newContext({ viewport: { width: 1366, height: 768 } });
  const { page } = await openApp(context, env.baseUrl);
  assert.deepEqual(await widgetsNotInView(page.mainFrame(), ['workup.safety', 'workup.step2']), []);
  const widgets = await settledWidgets(page.mainFrame());
  assert.ok(widgets['workup.safety'].y < widgets['workup.step2'].y, 'the safety notes come before the steps');
  await page.locator('#canvas').screenshot({ path: join(artifactsDir, 'compact-workup-1366x768.png') });
  await context.close();
});

test('a tall window keeps the inputs first', async () => {
  // Tall enough for the whole one-column tool (about 3,700 px with the fit section).
  const context = await env.browser.newContext({ viewport: { width: 600, height: 5000 } });
  const { page } = await openApp(context, env.baseUrl, 'tool=alkylation&embed=1');
  const widgets = await settledWidgets(page.mainFrame());
  assert.ok(widgets['field.kappa'].y < widgets['report.unreacted'].y, 'inputs above the results');
  await context.close();
});
