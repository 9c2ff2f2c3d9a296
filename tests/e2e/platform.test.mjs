// What makes the page usable beyond one visit: permalinks, localStorage,
// embedding in a course page, hostile state, and a page that sleeps when idle.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  startBrowser, openApp, typeInto, clickWidget, waitForMirror, mirrorValue, waitForClipboard, cli, sig3,
  pressAndSettle, waitForSettled,
} from './helpers.mjs';
import { decodePng } from './png.mjs';

let env;
before(async () => { env = await startBrowser(); });
after(async () => { await env.close(); });

const newContext = (options = {}) =>
  env.browser.newContext({ viewport: { width: 1280, height: 800 }, ...options });

test('the address bar is a permalink that reopens the same inputs', async () => {
  const context = await newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
  const { page } = await openApp(context, env.baseUrl);
  await typeInto(page, 'field.lah_g', '2.5');
  await waitForMirror(page, 'water_last_ml', '7.50 mL');
  await page.waitForFunction(() => location.search.includes('workup.lah_g=2.5'));
  await clickWidget(page, 'app.copy_link');
  const link = await waitForClipboard(page, /workup\.lah_g=2\.5/);
  assert.match(link, /^http:\/\/127\.0\.0\.1:\d+\/\?tool=workup&/);
  // A colleague opens the link in a fresh browser.
  const other = await newContext();
  const opened = await other.newPage();
  await opened.goto(link);
  await opened.waitForFunction(() => window.dzb && window.dzb.ready);
  await waitForMirror(opened, 'water_last_ml', '7.50 mL');
  await other.close();
  await context.close();
});

test('inputs survive a reload (localStorage), the tool too', async () => {
  const context = await newContext();
  const { page } = await openApp(context, env.baseUrl);
  await clickWidget(page, 'tab.cyclization');
  await typeInto(page, 'field.c0', '0.02');
  await waitForMirror(page, 'input.c0', '0.02');
  await page.goto(env.baseUrl + '?test-hooks');  // the bare address: only localStorage remembers
  await page.waitForFunction(() => window.dzb && window.dzb.ready);
  await waitForMirror(page, 'input.c0', '0.02');
  assert.equal(await mirrorValue(page, 'mode'), 'batch (all at once)');
  await context.close();
});

// The address bar follows a change after a delay. A reload can start from
// the address before the old page's last replaceState, while that page still
// records the newer address as its own: the reload must still bring back
// what the tab showed, not the older address.
test('a reload brings back what the tab showed, even when the address bar lagged', async () => {
  const context = await newContext();
  const { page } = await openApp(context, env.baseUrl);
  await typeInto(page, 'field.lah_g', '2.5');
  await waitForMirror(page, 'water_last_ml', '7.50 mL');
  await page.waitForFunction(() => location.search.includes('workup.lah_g=2.5'));
  const lagging = await page.evaluate(() => location.search);
  await typeInto(page, 'field.lah_g', '4');
  await waitForMirror(page, 'water_last_ml', '12.0 mL');
  await page.waitForFunction(() => location.search.includes('workup.lah_g=4'));
  // The race, made certain: the address bar still shows the older state
  // while storage has already recorded the newer address as the page's own.
  await page.evaluate((search) => history.replaceState(null, '', location.pathname + search), lagging);
  await page.reload();
  await page.waitForFunction(() => window.dzb && window.dzb.ready);
  await waitForMirror(page, 'water_last_ml', '12.0 mL');
  // A link typed into a new tab is still a link: it wins over storage.
  const opened = await context.newPage();
  await opened.goto(env.baseUrl + lagging);
  await opened.waitForFunction(() => window.dzb && window.dzb.ready);
  await waitForMirror(opened, 'water_last_ml', '7.50 mL');
  await context.close();
});

test('embed mode shows one tool, preset from the URL, without the chrome', async () => {
  const context = await newContext({ viewport: { width: 700, height: 720 } });
  const { page, problems } = await openApp(context, env.baseUrl,
    'tool=cyclization&embed=1&cyclization.c0=0.05&cyclization.em=0.05');
  await waitForMirror(page, 'ring_yield', `${sig3(100 * cli('cyclization', '--c0', 0.05, '--em', 0.05).ring_yield)} %`);
  const widgets = await page.evaluate(() => Object.keys(window.dzb.widgets));
  assert.ok(!widgets.includes('tab.workup') && !widgets.includes('app.theme'), widgets.join(' '));
  assert.ok(widgets.includes('field.c0'));
  await page.locator('#canvas').screenshot({ path: 'artifacts/embed-cyclization.png' });
  assert.deepEqual(problems, []);
  await context.close();
});

test('"Embed this" copies an iframe snippet with the current tool and inputs', async () => {
  const context = await newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
  const { page } = await openApp(context, env.baseUrl);
  await typeInto(page, 'field.lah_g', '0.5');
  await waitForMirror(page, 'water_last_ml', '1.50 mL');
  await clickWidget(page, 'app.embed');
  const snippet = await waitForClipboard(page, /^<iframe/);
  assert.match(snippet, /^<iframe src="http:\/\/127\.0\.0\.1:\d+\/\?tool=workup&amp;[^"]*workup\.lah_g=0\.5[^"]*&amp;embed=1" title="Diazepane Bench: LiAlH4 workup/);
  assert.doesNotMatch(snippet, /cyclization\./);
  await context.close();
});

test('corrupted localStorage and a hostile URL fall back to defaults with a notice', async () => {
  const context = await newContext();
  await context.addInitScript(() => {
    if (!sessionStorage.getItem('seeded')) {
      sessionStorage.setItem('seeded', '1');
      localStorage.setItem('diazepane-bench.state', 'workup.lah_g=%zz&tool=\u0000&workup.mode=kilogram&' + 'x'.repeat(500));
    }
  });
  const { page, problems } = await openApp(context, env.baseUrl, 'workup.lah_mg=' + '9'.repeat(5000) + '&nonsense=%ff');
  await waitForMirror(page, 'notice', /^Some saved inputs could not be restored and were reset to defaults: .*Some parts of the link were not understood and were ignored: workup\.lah_mg, nonsense\.$/);
  assert.equal(await mirrorValue(page, 'water_last_ml'), '3.00 mL', 'defaults in force');
  await clickWidget(page, 'app.dismiss_notice');
  await page.waitForFunction(() => !document.querySelector('#mirror [data-key="notice"]'));
  const huge = await openApp(context, env.baseUrl, 'a='.padEnd(9000, 'b'));
  await waitForMirror(huge.page, 'notice', /too long/);
  assert.deepEqual([...problems, ...huge.problems], []);
  await context.close();
});

test('an idle page draws no frames, and input wakes it at once', async () => {
  const context = await newContext();
  const { page } = await openApp(context, env.baseUrl);
  await page.waitForTimeout(1000);
  const start = await page.evaluate(() => window.dzb.framesRendered);
  await page.waitForTimeout(2000);
  const idle = await page.evaluate(() => window.dzb.framesRendered);
  assert.equal(idle - start, 0, 'no frame in 2 s without input');
  await typeInto(page, 'field.lah_g', '5');
  await waitForMirror(page, 'water_last_ml', '15.0 mL');
  assert.ok((await page.evaluate(() => window.dzb.framesRendered)) > idle);
  await context.close();
});

test('a frame that looks like the last is not drawn again, and the canvas keeps showing it', async () => {
  const context = await newContext();
  const { page } = await openApp(context, env.baseUrl);
  await waitForSettled(page);
  const canvasShot = async () => decodePng(await page.locator('canvas').screenshot()).pixels;
  const counts = () => page.evaluate(() => ({ rendered: window.dzb.framesRendered, drawn: window.dzb.framesDrawn }));
  const shown = await canvasShot();
  const before = await counts();
  // A pointer moving over the page's background: Dear ImGui takes frames to
  // settle, and they draw nothing new.
  for (const x of [640, 660, 680]) {
    await page.mouse.move(x, 790);
    await waitForSettled(page);
  }
  const moved = await counts();
  assert.ok(moved.rendered - before.rendered >= 3, `${moved.rendered - before.rendered} frames after the moves`);
  assert.ok(moved.drawn - before.drawn < moved.rendered - before.rendered,
    `${moved.drawn - before.drawn} of ${moved.rendered - before.rendered} frames drawn`);
  assert.ok((await canvasShot()).equals(shown), 'the canvas still shows the last drawn frame');
  // A resize (SDL sets the canvas size, which blanks it in some browsers even
  // at the same size) and a page shown again (a browser may drop a background
  // tab's canvas): the app draws again although nothing changed.
  let drawn = moved.drawn;
  for (const [target, kind] of [['window', 'resize'], ['document', 'visibilitychange']]) {
    await page.evaluate(([t, k]) => (t === 'window' ? window : document).dispatchEvent(new Event(k)), [target, kind]);
    await page.waitForFunction((n) => window.dzb.framesDrawn > n, drawn, { timeout: 10000 })
      .catch(() => assert.fail(`no frame drawn after ${kind}`));
    await waitForSettled(page);
    drawn = (await counts()).drawn;
    assert.ok((await canvasShot()).equals(shown), `the canvas is drawn again after ${kind}`);
  }
  // An input that changes the screen is drawn at once.
  await typeInto(page, 'field.lah_g', '5');
  await waitForMirror(page, 'water_last_ml', '15.0 mL');
  await waitForSettled(page);
  assert.ok(!(await canvasShot()).equals(shown), 'the new numbers are on the canvas');
  await context.close();
});

test('the page asks no other origin for anything', async () => {
  const context = await newContext();
  const foreign = [];
  context.on('request', (request) => {
    if (!request.url().startsWith(env.baseUrl) && !request.url().startsWith('blob:') &&
        !request.url().startsWith('data:')) foreign.push(request.url());
  });
  const { page } = await openApp(context, env.baseUrl);
  await clickWidget(page, 'tab.cyclization');
  await waitForMirror(page, 'mode', 'batch (all at once)');
  assert.deepEqual(foreign, []);
  await context.close();
});

test('after the first visit the page works offline, permalinks included', async () => {
  const context = await newContext();
  const { page, problems } = await openApp(context, env.baseUrl);
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => true));
  const version = await page.evaluate(() => caches.keys());
  assert.equal(version.length, 1);
  assert.match(version[0], /^diazepane-bench-[0-9a-f]{12}$/);
  await context.setOffline(true);
  await page.goto(env.baseUrl + '?test-hooks&tool=workup&workup.lah_g=4');
  await page.waitForFunction(() => window.dzb && window.dzb.ready, null, { timeout: 30000 });
  await waitForMirror(page, 'water_last_ml', '12.0 mL');
  await typeInto(page, 'field.lah_g', '6');
  await waitForMirror(page, 'water_last_ml', '18.0 mL');
  // What the page fetches after the first frame (the card, copying) came from the cache too.
  await page.waitForFunction(() => window.dzb.laterInstalled && typeof window.qrcode === 'function');
  assert.deepEqual(problems, []);
  await context.close();
});

test('the embed example page shows the tool inside an iframe, preset', async () => {
  const context = await newContext({ viewport: { width: 1000, height: 1000 } });
  const page = await context.newPage();
  await page.goto(env.baseUrl + 'embed-example.html');
  const frame = page.frameLocator('#workup');
  await frame.locator('#mirror [data-key="water_last_ml"] dd').waitFor({ state: 'attached', timeout: 30000 });
  assert.equal(await frame.locator('#mirror [data-key="water_last_ml"] dd').textContent(), '7.50 mL');
  // The canvas follows the iframe's size.
  const inner = await page.frames()[1].evaluate(() => [canvas.clientWidth, canvas.clientHeight, innerWidth, innerHeight]);
  assert.equal(inner[0], inner[2]);
  assert.equal(inner[1], inner[3]);
  await page.setViewportSize({ width: 700, height: 1000 });
  await page.frames()[1].waitForFunction(() => canvas.width === Math.round(innerWidth * devicePixelRatio));
  await context.close();
});

test("the browser's own Print (Ctrl+P) gives the bench card of the current tool, not the canvas", async () => {
  const context = await newContext();
  const { page } = await openApp(context, env.baseUrl);
  await typeInto(page, 'field.lah_g', '2.5');
  await waitForMirror(page, 'water_last_ml', '7.50 mL');
  // Printing fires beforeprint, which builds the card from the current report.
  const pdf = await page.pdf({ format: 'A4' });
  assert.ok(pdf.length > 1000);
  await page.emulateMedia({ media: 'print' });
  const canvasBox = await page.locator('#canvas').boundingBox();
  assert.ok(!canvasBox || canvasBox.x + canvasBox.width <= 0, 'the canvas is off the paper');
  const card = page.locator('#card');
  assert.ok((await card.boundingBox()).width > 300, 'the card is laid out for paper');
  assert.match(await card.innerText(), /7\.50 mL/);
  await context.close();
});

test('the whole tool can be used from the keyboard alone', async () => {
  const context = await newContext();
  const { page } = await openApp(context, env.baseUrl);
  const focused = () => page.evaluate(() =>
    Object.entries(window.dzb.widgets).filter(([, r]) => r.focused).map(([name]) => name)[0] || null);
  // The canvas has focus after the first frame; Tab walks every control.
  async function tabTo(name) {
    for (let i = 0; i < 40 && (await focused()) !== name; i++) await pressAndSettle(page, 'Tab');
    assert.equal(await focused(), name);
  }
  await tabTo('field.lah_g');
  await page.keyboard.type('3');  // tabbing into a field selects its text
  await page.keyboard.press('Enter');
  await waitForMirror(page, 'water_last_ml', '9.00 mL');
  await tabTo('workup.mode.1');
  await page.keyboard.press('Space');
  await waitForMirror(page, 'mode', 'mass (mg)');
  await tabTo('workup.step1');
  await page.keyboard.press('Space');
  await page.waitForFunction(() => document.querySelector('#mirror [data-key="step1"] dt')?.textContent === 'Step 1 (done)');
  await context.close();
});

test('a Content-Security-Policy without unsafe-eval is in force and nothing breaks it', async () => {
  const context = await newContext();
  const { page, problems } = await openApp(context, env.baseUrl);
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  assert.match(policy, /script-src 'self' 'wasm-unsafe-eval'/);
  assert.doesNotMatch(policy, /'unsafe-eval'|'unsafe-inline'/);
  // Every tool draws under the policy: a violation would be a console error.
  for (const tab of ['alkylation', 'cyclization', 'route', 'guide', 'workup']) {
    await clickWidget(page, `tab.${tab}`);
    await page.waitForTimeout(200);
  }
  assert.deepEqual(problems, []);
  // And the policy bites: an injected inline script is refused.
  const outcome = await page.evaluate(() => new Promise((done) => {
    document.addEventListener('securitypolicyviolation', (event) => done(event.violatedDirective), { once: true });
    const script = document.createElement('script');
    script.textContent = 'window.injected = true';
    document.body.appendChild(script);
    setTimeout(() => done(window.injected ? 'ran' : 'no violation reported'), 2000);
  }));
  assert.match(outcome, /^script-src/);
  await context.close();
});

// Opens the page without the test hook's start-up wait and returns the
// failure card's text once it shows.
async function failureText(context) {
  const page = await context.newPage();
  await page.goto(env.baseUrl);
  await page.locator('#failure').waitFor({ state: 'visible', timeout: 15000 });
  return page.locator('#failure-text').textContent();
}

test('without WebGL 2 the page says so instead of staying blank', async () => {
  const context = await newContext();
  await context.addInitScript(() => {
    const original = HTMLCanvasElement.prototype.getContext;
    HTMLCanvasElement.prototype.getContext = function (kind, ...rest) {
      return kind === 'webgl2' ? null : original.call(this, kind, ...rest);
    };
  });
  assert.match(await failureText(context), /does not offer WebGL 2/);
  await context.close();
});

test('a WebAssembly file that fails to load is named, not a blank page', async () => {
  const context = await newContext();
  await context.route(/diazepane-bench\.wasm/, (route) => route.fulfill({ status: 404, body: 'gone' }));
  assert.match(await failureText(context), /could not be loaded \(HTTP 404\)/);
  await context.close();
});

test('"Add to Home Screen" finds a 180 px PNG touch icon, and the manifest a 192 px one', async () => {
  const context = await newContext();
  const { page } = await openApp(context, env.baseUrl);
  const href = await page.evaluate(() => document.querySelector('link[rel="apple-touch-icon"]')?.href);
  assert.ok(href, 'no apple-touch-icon link');
  // PNG width and height sit at bytes 16..23 of the IHDR chunk.
  const size = async (url) => {
    const response = await page.request.get(url);
    assert.equal(response.status(), 200, url);
    assert.equal(response.headers()['content-type'], 'image/png', url);
    const bytes = await response.body();
    return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
  };
  assert.deepEqual(await size(href), [180, 180]);
  const manifest = await (await page.request.get(new URL('manifest.webmanifest', env.baseUrl).href)).json();
  const png = manifest.icons.find((icon) => icon.type === 'image/png');
  assert.equal(png.sizes, '192x192');
  assert.deepEqual(await size(new URL(png.src, env.baseUrl).href), [192, 192]);
  await context.close();
});
