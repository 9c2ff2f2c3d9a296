// A teacher's view: the app embedded in a course page on the same site, the
// "Copy link" and "Embed this" panel, an embed's own controls, the resize
// messages to the host page, and the service worker leaving other pages alone.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  startBrowser, openApp, typeInto, clickWidget, waitForMirror, mirrorValue, waitForClipboard, cli, sig3, artifactsDir,
} from './helpers.mjs';

let env;
before(async () => { env = await startBrowser(); });
after(async () => { await env.close(); });

const newContext = (options = {}) =>
  env.browser.newContext({ viewport: { width: 1280, height: 800 }, ...options });

const storedEntries = (page) => page.evaluate(() => JSON.stringify(Object.entries(localStorage).sort()));

// Clicks a widget of the app inside an iframe, through the iframe's place on the page.
async function clickInFrame(page, frame, iframeSelector, name) {
  await frame.waitForFunction((n) => window.dzb && window.dzb.widgets[n] && !window.dzb.settling, name,
    { timeout: 15000 });
  const rect = await frame.evaluate((n) => window.dzb.widgets[n], name);
  const box = await page.locator(iframeSelector).boundingBox();
  const border = await page.locator(iframeSelector).evaluate((f) => f.clientLeft);
  await page.mouse.click(box.x + border + rect.x + rect.width / 2, box.y + border + rect.y + rect.height / 2);
}

test('after a visit, other pages of the site are themselves: the example page, and a 404', async () => {
  const context = await newContext();
  const { page } = await openApp(context, env.baseUrl);
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => true));
  await page.reload();
  await page.waitForFunction(() => window.dzb && window.dzb.ready);
  assert.ok(await page.evaluate(() => !!navigator.serviceWorker.controller), 'the worker controls the site now');

  const example = await page.goto(env.baseUrl + 'embed-example.html');
  assert.equal(example.status(), 200);
  assert.equal(await page.title(), 'Diazepane Bench embedded in a course page');
  assert.equal(await page.locator('h1').textContent(), 'Week 6: reducing the lactam');

  const missing = await page.goto(env.baseUrl + 'no-such-page.html');
  assert.equal(missing.status(), 404);
  const missingFolder = await page.goto(env.baseUrl + 'course/week6/?tool=workup');
  assert.equal(missingFolder.status(), 404);

  // The app's own page, under any query, still comes from the worker.
  const app = await page.goto(env.baseUrl + 'index.html?tool=alkylation');
  assert.ok(app.fromServiceWorker(), 'the page is served by the worker');
  await page.waitForFunction(() => window.dzb && window.dzb.ready);
  await waitForMirror(page, 'mono', /%$/);
  await context.close();
});

test('loading and using an embed leaves the full app\'s saved state byte-identical', async () => {
  const context = await newContext();
  const { page } = await openApp(context, env.baseUrl);
  await clickWidget(page, 'tab.alkylation');
  await typeInto(page, 'field.equiv', '0.7');
  await waitForMirror(page, 'input.equiv', '0.7');
  await page.waitForFunction(() => (localStorage.getItem('diazepane-bench.address') || '').includes('alkylation.equiv=0.7'));
  const before = await storedEntries(page);
  assert.match(before, /alkylation\.equiv=0\.7/);

  // A course page with an embedded Workup tool at 2.5 g, then a student changes it.
  const course = await context.newPage();
  await course.goto(env.baseUrl + 'embed-example.html');
  const frame = course.frames()[1];
  await frame.waitForFunction(() => window.dzb && window.dzb.ready, null, { timeout: 30000 });
  await frame.waitForFunction(() => document.querySelector('#mirror [data-key="water_last_ml"] dd')?.textContent === '7.50 mL');
  // And the same embed opened on its own, with the test hook, edited by typing.
  const { page: embed } = await openApp(context, env.baseUrl, 'tool=workup&workup.mode=g&workup.lah_g=2.5&embed=1');
  await typeInto(embed, 'field.lah_g', '4');
  await waitForMirror(embed, 'water_last_ml', '12.0 mL');
  await embed.waitForFunction(() => location.search.includes('workup.lah_g=4'));
  await embed.waitForTimeout(400);  // past any delayed write

  assert.equal(await storedEntries(page), before);
  // The full app, reopened at its bare address, is where the student left it.
  await page.goto(env.baseUrl + '?test-hooks');
  await page.waitForFunction(() => window.dzb && window.dzb.ready);
  await waitForMirror(page, 'input.equiv', '0.7');
  await context.close();
});

test('"Copy link" confirms, and shows the link selected in a panel', async () => {
  const context = await newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
  const { page } = await openApp(context, env.baseUrl);
  await typeInto(page, 'field.lah_g', '3');
  await waitForMirror(page, 'water_last_ml', '9.00 mL');
  await clickWidget(page, 'app.copy_link');
  const link = await waitForClipboard(page, /workup\.lah_g=3/);
  await page.locator('#share').waitFor({ state: 'visible' });
  assert.equal(await page.locator('#share-text').inputValue(), link);
  assert.equal(await page.locator('#share-status').textContent(), '✓ Copied');
  await waitForMirror(page, 'copied', 'Link to these inputs');
  // The confirmation goes away by itself; the panel closes with Escape.
  await page.waitForFunction(() => !document.querySelector('#mirror [data-key="copied"]'), null, { timeout: 5000 });
  await page.keyboard.press('Escape');
  await page.locator('#share').waitFor({ state: 'hidden' });
  await context.close();
});

test('with the link panel open, a click on a field takes the keys back to the field', async () => {
  const context = await newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
  const { page } = await openApp(context, env.baseUrl);
  await clickWidget(page, 'app.copy_link');
  await page.locator('#share').waitFor({ state: 'visible' });
  await page.waitForFunction(() => window.dzb.copyStatus === 'copied', null, { timeout: 10000 });
  assert.equal(await page.evaluate(() => document.activeElement.id), 'share-text');
  await typeInto(page, 'field.lah_g', '4');
  await waitForMirror(page, 'water_last_ml', '12.0 mL');
  assert.equal(await page.locator('#share').isVisible(), true, 'the panel stays until closed');
  await context.close();
});

test('the first frame comes without app-later.js, and a press made before it arrives is kept', async () => {
  const context = await newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await context.route(/app-later\.js/, async (route) => { await held; await route.continue(); });
  const { page, problems } = await openApp(context, env.baseUrl);
  // Drawn and working while the deferred script is still held back.
  await typeInto(page, 'field.lah_g', '3');
  await waitForMirror(page, 'water_last_ml', '9.00 mL');
  assert.equal(await page.evaluate(() => !!window.dzb.laterInstalled), false);
  await clickWidget(page, 'app.copy_link');
  await page.waitForTimeout(300);
  assert.equal(await page.locator('#share').isVisible(), false, 'no panel yet: its module has not arrived');
  release();
  await page.locator('#share').waitFor({ state: 'visible' });
  assert.match(await page.locator('#share-text').inputValue(), /workup\.lah_g=3/);
  assert.ok(await page.evaluate(() => window.dzb.laterInstalled));
  assert.deepEqual(problems, []);
  await context.close();
});

test('with the clipboard blocked, the link is still there to select and copy by hand', async () => {
  const context = await newContext();
  await context.addInitScript(() => {
    // A locked-down browser: both ways of copying are refused.
    Object.defineProperty(navigator, 'clipboard', {
      value: { writeText: () => Promise.reject(new DOMException('blocked', 'NotAllowedError')) },
    });
    document.execCommand = () => false;
  });
  const { page, problems } = await openApp(context, env.baseUrl);
  await clickWidget(page, 'app.embed');
  await page.locator('#share').waitFor({ state: 'visible' });
  await page.waitForFunction(() => window.dzb.copyStatus === 'blocked');
  assert.match(await page.locator('#share-status').textContent(), /did not allow copying.*Ctrl\+C/);
  const selection = await page.locator('#share-text').evaluate((area) =>
    [area.value, document.activeElement === area, area.selectionStart, area.selectionEnd]);
  assert.match(selection[0], /^<iframe /);
  assert.deepEqual(selection.slice(1), [true, 0, selection[0].length], 'all of it selected, ready for Ctrl+C');
  assert.equal(await mirrorValue(page, 'copied'), null, 'no "Copied" claim');
  await page.locator('#share-close').click();
  await page.locator('#share').waitFor({ state: 'hidden' });
  assert.deepEqual(problems, []);
  await context.close();
});

test('the "Embed this" snippet carries clipboard-write, a title, lazy loading, the theme and the text size', async () => {
  const context = await newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
  const { page } = await openApp(context, env.baseUrl);
  await typeInto(page, 'field.lah_g', '0.5');
  await waitForMirror(page, 'water_last_ml', '1.50 mL');
  await clickWidget(page, 'app.theme');
  await clickWidget(page, 'app.larger');
  await waitForMirror(page, 'ui_scale', '115 %');
  await clickWidget(page, 'app.embed');
  const snippet = await waitForClipboard(page, /^<iframe/);
  const attributes = await page.evaluate((html) => {
    const frame = new DOMParser().parseFromString(html, 'text/html').querySelector('iframe');
    return Object.fromEntries([...frame.attributes].map((a) => [a.name, a.value]));
  }, snippet);
  assert.equal(attributes.allow, 'clipboard-write');
  assert.equal(attributes.loading, 'lazy');
  assert.equal(attributes.title, 'Diazepane Bench: LiAlH4 workup (Fieser n-n-3n)');
  const src = new URL(attributes.src);
  assert.equal(src.origin + src.pathname, env.baseUrl);
  assert.equal(src.searchParams.get('tool'), 'workup');
  assert.equal(src.searchParams.get('workup.lah_g'), '0.5');
  assert.equal(src.searchParams.get('theme'), 'dark');
  assert.equal(src.searchParams.get('scale'), '115');
  assert.equal(src.searchParams.get('embed'), '1');
  assert.ok(![...src.searchParams.keys()].some((k) => k.startsWith('cyclization.') || k === 'keypad'), src.search);

  // The snippet, pasted into a page, shows that tool with those inputs and that text size.
  const course = await context.newPage();
  await course.setContent('<!doctype html><title>course</title>' + snippet);
  await course.waitForFunction(() => document.querySelector('iframe'));
  const inner = await (await course.$('iframe')).contentFrame();
  await inner.waitForFunction(() => window.dzb && window.dzb.ready, null, { timeout: 30000 });
  await inner.waitForFunction(() => document.querySelector('#mirror [data-key="water_last_ml"] dd')?.textContent === '1.50 mL');
  assert.equal(await inner.locator('#mirror [data-key="ui_scale"] dd').textContent(), '115 %');
  await context.close();
});

test('an embed has a text-size control and opens the full app with its inputs', async () => {
  const context = await newContext({ viewport: { width: 600, height: 450 } });
  const { page } = await openApp(context, env.baseUrl, 'tool=cyclization&cyclization.c0=0.05&cyclization.em=0.05&embed=1');
  const expected = cli('cyclization', '--c0', 0.05, '--em', 0.05);
  await waitForMirror(page, 'ring_yield', `${sig3(expected.ring_yield * 100)} %`);
  await waitForMirror(page, 'ui_scale', '100 %');
  await clickWidget(page, 'app.larger');
  await waitForMirror(page, 'ui_scale', '115 %');
  await clickWidget(page, 'app.smaller');
  await clickWidget(page, 'app.smaller');
  await waitForMirror(page, 'ui_scale', '90 %');
  await typeInto(page, 'field.c0', '0.02');
  await waitForMirror(page, 'input.c0', '0.02');
  const [full] = await Promise.all([context.waitForEvent('page'), clickWidget(page, 'app.open_full')]);
  await full.waitForFunction(() => window.dzb && window.dzb.ready, null, { timeout: 30000 });
  const address = new URL(full.url());
  assert.equal(address.searchParams.get('embed'), null, 'the full app, not another embed');
  assert.equal(address.searchParams.get('cyclization.c0'), '0.02');
  await waitForMirror(full, 'input.c0', '0.02');
  await waitForMirror(full, 'ui_scale', '90 %');
  assert.notEqual(await mirrorValue(full, 'keypad'), null, 'the full header is there');
  await context.close();
});

test('an embed tells the host page its content height, and the example page fits the iframe to it', async () => {
  const context = await newContext({ viewport: { width: 1000, height: 900 } });
  const page = await context.newPage();
  await page.addInitScript(() => {
    window.resizeMessages = [];
    window.addEventListener('message', (event) => {
      if (event.data && event.data.type === 'diazepane-bench:resize') window.resizeMessages.push(event.data.height);
    });
  });
  await page.goto(env.baseUrl + 'embed-example.html');
  await page.waitForFunction(() => window.resizeMessages.length > 0, null, { timeout: 30000 });
  // Again with the test hook on, so that the test can find the embed's buttons.
  await page.evaluate(() => {
    window.resizeMessages = [];
    const frame = document.getElementById('workup');
    frame.src += '&test-hooks';
  });
  await page.waitForFunction(() => window.resizeMessages.length > 0, null, { timeout: 30000 });
  const frame = await (await page.$('#workup')).contentFrame();
  await frame.waitForFunction(() => window.dzb.ready && !window.dzb.settling);
  await page.waitForTimeout(300);
  const sent = await page.evaluate(() => window.resizeMessages.at(-1));
  const own = await frame.evaluate(() => window.dzb.contentHeight);
  assert.equal(sent, own, 'the message carries the content height');
  assert.ok(sent > 200 && sent < 4000, String(sent));
  assert.notEqual(sent, 640, 'not just the iframe height given in the snippet');
  assert.equal(await page.locator('#workup').evaluate((f) => f.clientHeight), sent, 'the host applied it');
  // Everything fits: no column of the tool is left with anything to scroll.
  const cut = await frame.evaluate(() => Object.entries(window.dzb.widgets)
    .filter(([, r]) => r.y + r.height > r.clipBottom + 1 || r.y < r.clipTop - 1).map(([n]) => n));
  assert.deepEqual(cut, []);

  // Larger text needs more room: a new message, applied again.
  await clickInFrame(page, frame, '#workup', 'app.larger');
  await page.waitForFunction((old) => window.resizeMessages.at(-1) > old, sent, { timeout: 10000 });
  await frame.waitForFunction(() => !window.dzb.settling);
  const taller = await frame.evaluate(() => window.dzb.contentHeight);
  assert.ok(taller > sent, `${taller} > ${sent}`);
  // The host applies the last message it received, which is the embed's height now.
  await page.waitForFunction((h) => window.resizeMessages.at(-1) === h &&
    document.getElementById('workup').clientHeight === h, taller, { timeout: 5000 });
  await context.close();
});

test('"Offline copy" downloads one HTML file that opens from file:// with no network and computes', async () => {
  const context = await newContext({ acceptDownloads: true });
  const { page } = await openApp(context, env.baseUrl);
  const [download] = await Promise.all([page.waitForEvent('download'), clickWidget(page, 'app.offline_copy')]);
  assert.equal(download.suggestedFilename(), 'diazepane-bench-offline.html');
  const saved = join(artifactsDir, 'diazepane-bench-offline.html');
  await download.saveAs(saved);
  const html = readFileSync(saved, 'utf8');
  assert.ok(!/<script src=|<link rel="(stylesheet|preload)"/.test(html), 'the file still refers to other files');
  assert.ok(!/unsafe-inline/.test(html), 'the inline blocks are allowed by hash, not by unsafe-inline');
  await context.close();

  // A fresh browser profile, offline, opening the file as from a USB stick.
  const offline = await env.browser.newContext({ viewport: { width: 1280, height: 800 }, offline: true });
  const file = await offline.newPage();
  const problems = [];
  file.on('pageerror', (error) => problems.push(error.message));
  file.on('console', (message) => { if (message.type() === 'error') problems.push(message.text()); });
  await file.goto(pathToFileURL(saved).href + '?test-hooks');
  await file.waitForFunction(() => window.dzb && (window.dzb.ready || window.dzb.errors.length), null,
    { timeout: 30000 });
  assert.deepEqual(await file.evaluate(() => window.dzb.errors), []);
  await typeInto(file, 'field.lah_g', '3');
  await waitForMirror(file, 'water_last_ml', '9.00 mL');
  assert.equal(await file.evaluate(() => window.dzb.widgets['app.offline_copy']), undefined,
    'the offline file offers no copy of itself');
  // The bench card's QR encoder and the modules a served page fetches after
  // the first frame travel inline: nothing to fetch, and the CSP hashes admit them.
  assert.equal(await file.evaluate(() => typeof window.qrcode), 'function');
  assert.equal(await file.evaluate(() => window.dzb.laterInstalled), true);
  assert.deepEqual(problems, []);
  await offline.close();
});
