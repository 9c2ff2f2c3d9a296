// The first look: on every laptop, desktop and landscape-tablet size, each
// tool shows its primary inputs, its headline result and its main plot (or
// the start of its steps) together at scroll 0; on a phone the headline is
// in view and the primary slider one short scroll away. Details fold into
// named sections that open by mouse, touch and the accessible form, are
// remembered after a reload, and stay in the mirror while folded.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import {
  startBrowser, openApp, selectTab, clickWidget, tapWidget, widgetRect, waitForSettled, mirrorValue, dragSlider,
  settledWidgets, widgetsNotInView, artifactsDir,
} from './helpers.mjs';

let env;
before(async () => { env = await startBrowser(); });
after(async () => { await env.close(); });

// For each tool: the primary inputs, the headline result(s), and the main
// plot or the start of the step list.
const firstLook = {
  workup: ['workup.mode.0', 'workup.mode.2', 'field.lah_g', 'report.water_first_ml', 'report.water_last_ml',
    'report.step1'],
  alkylation: ['field.kappa', 'alkylation.kappa_slider', 'field.equiv', 'alkylation.equiv_slider',
    'report.unreacted', 'report.mono', 'report.bis', 'alkylation.fractions.area'],
  cyclization: ['cyclization.mode.0', 'cyclization.mode.1', 'field.em', 'cyclization.em_slider', 'field.c0',
    'cyclization.c0_slider', 'report.ring_yield', 'report.oligomer_yield', 'cyclization.concentration_curve.area'],
  route: ['field.ketone_amount', 'route.method.0', 'route.method.2', 'field.azide_equiv', 'field.portions',
    'report.azide', 'report.acid'],
};
const pumpLook = ['cyclization.mode.1', 'field.em', 'cyclization.em_slider', 'field.addition_h',
  'cyclization.addition_slider', 'report.ring_yield', 'cyclization.addition_curve.area'];

const notInView = (page, names) => widgetsNotInView(page.mainFrame(), names);

const sizes = [
  { name: '1280x720', viewport: { width: 1280, height: 720 } },
  { name: '1366x768', viewport: { width: 1366, height: 768 } },
  { name: '1920x1080', viewport: { width: 1920, height: 1080 } },
  { name: 'ipad-landscape', viewport: { width: 1180, height: 820 }, deviceScaleFactor: 2, hasTouch: true, isMobile: true },
];

test('every tool shows its primary inputs, headline and main plot together at scroll 0, at four screen sizes', async () => {
  const failures = [];
  for (const size of sizes) {
    const { name, ...options } = size;
    const context = await env.browser.newContext(options);
    const { page, problems } = await openApp(context, env.baseUrl);
    for (const tool of Object.keys(firstLook)) {
      await selectTab(page, tool);
      const missing = await notInView(page, firstLook[tool]);
      if (missing.length) failures.push(`${tool} ${name}: ${missing.join(', ')}`);
      if (name === '1366x768') await page.screenshot({ path: join(artifactsDir, `first-look-${tool}-${name}.png`) });
    }
    // With a syringe pump, the addition time and its curve take C0's place.
    await clickWidget(page, 'tab.cyclization');
    await clickWidget(page, 'cyclization.mode.1');
    await page.waitForFunction(() => window.dzb.widgets['cyclization.addition_curve.area'], null, { timeout: 20000 });
    const missing = await notInView(page, pumpLook);
    if (missing.length) failures.push(`cyclization (pump) ${name}: ${missing.join(', ')}`);
    assert.deepEqual(problems, [], name);
    await context.close();
  }
  assert.deepEqual(failures, []);
});

test('one text-size step up (A+, 115 %) keeps every tool\'s primary inputs on a 1366×768 screen', async () => {
  const context = await env.browser.newContext({ viewport: { width: 1366, height: 768 } });
  const { page } = await openApp(context, env.baseUrl);
  await clickWidget(page, 'app.larger');
  await page.waitForFunction(() => new URLSearchParams(location.search).get('scale') === '115', null, { timeout: 10000 });
  const primary = {
    workup: ['workup.mode.0', 'field.lah_g', 'report.water_first_ml'],
    alkylation: ['field.kappa', 'alkylation.kappa_slider', 'field.equiv', 'alkylation.equiv_slider', 'report.mono'],
    cyclization: ['cyclization.mode.0', 'field.em', 'cyclization.em_slider', 'field.c0', 'cyclization.c0_slider',
      'report.ring_yield'],
    route: ['field.ketone_amount', 'route.method.0', 'field.azide_equiv', 'field.portions', 'report.azide'],
  };
  const failures = [];
  for (const [tool, names] of Object.entries(primary)) {
    await selectTab(page, tool);
    const missing = await notInView(page, names);
    if (missing.length) failures.push(`${tool}: ${missing.join(', ')}`);
    await page.screenshot({ path: join(artifactsDir, `first-look-${tool}-1366x768-115.png`) });
  }
  assert.deepEqual(failures, []);
  await context.close();
});

test('at 1366×768 a drag on the C0 slider moves the big number and the curve\'s marker together, with no scrolling', async () => {
  const context = await env.browser.newContext({ viewport: { width: 1366, height: 768 } });
  const { page } = await openApp(context, env.baseUrl, 'tool=cyclization');
  await waitForSettled(page);
  const before = { ring: await mirrorValue(page, 'ring_yield'), marker: await mirrorValue(page, 'yield_plot_marker') };
  const marker = 'cyclization.concentration_curve.marker_label.line';
  const markerBefore = (await settledWidgets(page.mainFrame()))[marker];
  const slider = await widgetRect(page, 'cyclization.c0_slider');
  await dragSlider(page, slider, 6, 10);
  await waitForSettled(page);
  const widgets = await settledWidgets(page.mainFrame());
  assert.notEqual(await mirrorValue(page, 'ring_yield'), before.ring, 'the ring yield did not move');
  assert.notEqual(await mirrorValue(page, 'yield_plot_marker'), before.marker, 'the marker label did not move');
  assert.ok(Math.abs(widgets[marker].x - markerBefore.x) > 20, 'the marker did not move along the curve');
  assert.deepEqual(await notInView(page, ['report.ring_yield', marker, 'cyclization.c0_slider']), []);
  await context.close();
});

test('on a 390 px phone the headline is in view at scroll 0 and the primary slider within one screen', async () => {
  const phone = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, hasTouch: true, isMobile: true };
  const context = await env.browser.newContext(phone);
  const primary = { workup: ['report.water_first_ml', 'field.lah_g'], alkylation: ['report.unreacted', 'alkylation.equiv_slider'],
    cyclization: ['report.ring_yield', 'cyclization.c0_slider'], route: ['report.azide', 'field.azide_equiv'] };
  const failures = [];
  for (const [tool, [headline, control]] of Object.entries(primary)) {
    const { page } = await openApp(context, env.baseUrl, `tool=${tool}`);
    const widgets = await settledWidgets(page.mainFrame());
    const missing = await notInView(page, [headline]);
    if (missing.length) failures.push(`${tool}: headline ${missing}`);
    const r = widgets[control];
    if (!r || r.y + r.height > 2 * 844) failures.push(`${tool}: ${control} at ${r && Math.round(r.y)} px, more than a screen below`);
    await page.close();
  }
  assert.deepEqual(failures, []);
  await context.close();
});

// The form's control for a widget: its id is the widget's name, made an id.
const controlId = (name) => 'control-' + name.replace(/[^A-Za-z0-9_-]/g, '-');
test('on a phone the plot\'s labels stay in the frame, apart, and readable where a line runs through them', async () => {
  const phone = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, hasTouch: true, isMobile: true };
  const context = await env.browser.newContext(phone);
  // C0 from 0.1 M (the marker's label sat on the "90 % ring" line) to the far ends of the axis.
  for (const c0 of ['0.1', '0.01', '0.0006', '0.9']) {
    const { page } = await openApp(context, env.baseUrl, `tool=cyclization&cyclization.c0=${c0}`);
    const widgets = await settledWidgets(page.mainFrame());
    const id = 'cyclization.concentration_curve';
    const frame = widgets[`${id}.area`];
    const labels = Object.keys(widgets).filter((n) => n.startsWith(`${id}.`) && /_label\d*$/.test(n));
    assert.ok(labels.includes(`${id}.marker_label`) && labels.includes(`${id}.guide_label0`), `C0 ${c0}: ${labels}`);
    const lines = Object.keys(widgets).filter((n) => n.startsWith(`${id}.`) && n.endsWith('.line'))
      .map((n) => widgets[n].x + 1);
    assert.equal(lines.length, 2, `C0 ${c0}: the marker and the target guide`);
    for (const label of labels) {
      const r = widgets[label];
      assert.ok(r.x >= frame.x && r.x + r.width <= frame.x + frame.width + 1, `C0 ${c0}: ${label} leaves the plot`);
      for (const other of labels) {
        if (other === label) continue;
        const o = widgets[other];
        const apart = r.x + r.width <= o.x || o.x + o.width <= r.x || r.y + r.height <= o.y || o.y + o.height <= r.y;
        assert.ok(apart, `C0 ${c0}: ${label} overlaps ${other}`);
      }
      // A label a line runs through has a backing, so the line passes behind the text.
      const crossed = lines.some((x) => x > r.x + 2 && x < r.x + r.width - 2);
      if (crossed) assert.ok(widgets[`${label}.backed`], `C0 ${c0}: a line runs through ${label} with no backing`);
    }
    await page.close();
  }
  await context.close();
});

const isOpen = (page, name) => page.evaluate((id) => {
  const control = document.getElementById(id);
  return control ? control.getAttribute('aria-expanded') === 'true' : null;
}, controlId(name));

test('a folded section opens by mouse, touch and the accessible form, is remembered after a reload, and the mirror carries it folded', async () => {
  const context = await env.browser.newContext({ viewport: { width: 1366, height: 768 }, hasTouch: true });
  const { page, problems } = await openApp(context, env.baseUrl, 'tool=cyclization');
  await waitForSettled(page);
  // Folded: the breakdown is not drawn, but the mirror (and so the card and the clipboard) has it.
  let widgets = await settledWidgets(page.mainFrame());
  assert.equal(widgets['report.precursor_left'], undefined, 'the Details section starts folded');
  assert.match(await mirrorValue(page, 'precursor_left'), /%/);
  assert.equal(await isOpen(page, 'cyclization.details'), false);
  // ...and so does the bench card.
  await page.evaluate(() => { window.print = () => { window.dzb.printDialogs = (window.dzb.printDialogs || 0) + 1; }; });
  await clickWidget(page, 'app.print');
  await page.waitForFunction(() => window.dzb.printDialogs > 0, null, { timeout: 10000 });
  await page.emulateMedia({ media: 'print' });
  const card = await page.evaluate(() => document.getElementById('card').innerText);
  assert.match(card, /Precursor left: 1\.00 %/);
  assert.match(card, /Illuminati/, 'the card lists the sources');
  await page.emulateMedia({ media: 'screen' });
  const becomes = (name, open) => page.waitForFunction(([id, want]) =>
    document.getElementById(id)?.getAttribute('aria-expanded') === want, [controlId(name), String(open)],
  { timeout: 10000 });
  // By mouse: Details opens, closes, and opens again.
  await clickWidget(page, 'cyclization.details');
  await page.waitForFunction(() => window.dzb.widgets['report.precursor_left'], null, { timeout: 10000 });
  assert.equal(await isOpen(page, 'cyclization.details'), true);
  await clickWidget(page, 'cyclization.details');
  await becomes('cyclization.details', false);
  await clickWidget(page, 'cyclization.details');
  await becomes('cyclization.details', true);
  // By touch: the model opens, closes, and opens again.
  for (const open of [true, false, true]) {
    await tapWidget(page, 'cyclization.model');
    await becomes('cyclization.model', open);
  }
  // By the accessible form: Sources opens, Details closes.
  for (const name of ['cyclization.sources', 'cyclization.details']) {
    await page.locator(`#${controlId(name)}`).focus();
    await page.keyboard.press('Enter');
  }
  await page.waitForFunction(() => window.dzb.widgets['report.source'] && !window.dzb.widgets['report.precursor_left'],
    null, { timeout: 10000 });
  // Remembered: a reload opens the same sections.
  await waitForSettled(page);
  await page.waitForTimeout(300);
  await page.reload();
  await page.waitForFunction(() => window.dzb && window.dzb.ready, null, { timeout: 30000 });
  await waitForSettled(page);
  widgets = await settledWidgets(page.mainFrame());
  assert.deepEqual({ model: await isOpen(page, 'cyclization.model'), sources: await isOpen(page, 'cyclization.sources'),
    details: await isOpen(page, 'cyclization.details') }, { model: true, sources: true, details: false });
  assert.deepEqual(problems, []);
  await page.close();
  // An embed neither takes them from the app nor keeps its own.
  const { page: embed } = await openApp(context, env.baseUrl, 'tool=cyclization&embed=1');
  await waitForSettled(embed);
  assert.equal(await isOpen(embed, 'cyclization.model'), false, 'the embed opened a section the app had open');
  await context.close();
});
