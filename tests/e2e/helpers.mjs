// Shared set-up for the browser tests: Debian's Chromium through
// playwright-core, the built page on a local server, and helpers that find
// widgets through the app's test hook and act on them as a person would.
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { execFileSync, spawnSync } from 'node:child_process';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startStaticServer } from '../../scripts/tools/static-server.mjs';

export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const siteDir = process.env.DZB_SITE_DIR || join(repoRoot, 'build', 'wasm', 'site');
export const artifactsDir = process.env.DZB_ARTIFACTS_DIR || join(repoRoot, 'artifacts');
mkdirSync(artifactsDir, { recursive: true });

// Flags for a closed network and no GPU: WebGL 2 through SwiftShader.
export const chromiumArgs = [
  '--no-sandbox', '--use-gl=angle', '--use-angle=swiftshader', '--enable-unsafe-swiftshader',
  '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--no-first-run', '--disable-quic', '--disable-features=Translate,OptimizationHints,MediaRouter',
];

export async function startBrowser() {
  const { server, url } = await startStaticServer(siteDir);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    headless: true,
    args: chromiumArgs,  // playwright gives every launch a fresh, empty profile
  });
  return {
    browser,
    baseUrl: url,
    async close() {
      await browser.close();
      await new Promise((done) => server.close(done));
    },
  };
}

// Opens the app and waits for its first frame. Returns the page and the list
// of console errors and page errors seen so far (it keeps growing).
export async function openApp(context, baseUrl, query = '') {
  const page = await context.newPage();
  const problems = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  const separator = query ? '&' : '';
  await page.goto(`${baseUrl}?test-hooks${separator}${query}`);
  await page.waitForFunction(() => window.dzb && (window.dzb.ready || window.dzb.errors.length > 0), null, {
    timeout: 30000,
  });
  const failure = await page.evaluate(() => window.dzb.errors.join('; '));
  if (failure) throw new Error(`The app did not start: ${failure}`);
  return { page, problems };
}

// Waits until the app has drawn its last frame for now. Typed text is taken a
// key per frame or two (Dear ImGui's input queue), so a long string on a slow,
// loaded machine can keep the app busy for many seconds: that is progress, not
// a hang. The wait fails when 10 s pass without a single new frame while
// the app still says it is settling, or when it never stops drawing (2 min).
export async function waitForSettled(page) {
  let frames = -1;
  const start = Date.now();
  for (;;) {
    if (Date.now() - start > 120000) throw new Error('the app kept drawing frames for 2 min without settling');
    const now = await page.evaluate(() => window.dzb.framesRendered);
    if (now === frames) throw new Error(`the app said it was settling, but drew no frame in 10 s (frame ${now})`);
    frames = now;
    const settled = await page
      .waitForFunction(() => !window.dzb.settling, null, { timeout: 10000 })
      .then(() => true, () => false);
    if (settled) return;
  }
}

// Presses a key and waits until the app has drawn its effect: a new frame
// after the press, then no frame wanted. A fixed pause instead would let
// presses pile up on a slow machine and overshoot.
//
// The frame count is read in the page when the key arrives: read here before
// the press, a frame drawn in between (for an earlier change) passed for the
// key's own frame under load, the app had not yet taken the key when the
// caller looked, and the caller's next Tab overshot its target.
export async function pressAndSettle(page, key) {
  await page.evaluate(() => window.addEventListener('keydown', () => {
    window.dzb.framesAtKey = window.dzb.framesRendered;
  }, { capture: true, once: true }));
  await page.keyboard.press(key);
  await page.waitForFunction(() => window.dzb.framesRendered > window.dzb.framesAtKey, null, { timeout: 10000 });
  await waitForSettled(page);
}

// The widget rectangles of the app in `frame` (a page or an iframe's frame)
// once it has settled and they hold still.
export async function settledWidgets(frame) {
  await frame.waitForFunction(() => window.dzb && window.dzb.ready && !window.dzb.settling, null, { timeout: 30000 });
  let seen = '';
  for (let tries = 0; tries < 30; tries++) {
    const now = await frame.evaluate(() => JSON.stringify([window.dzb.widgets, window.dzb.framesRendered]));
    if (now === seen) break;
    seen = now;
    await frame.waitForTimeout(80);
  }
  return JSON.parse(seen)[0];
}

// Of `names`, those not wholly inside the window and their column's visible
// band at the current scroll, each with its top ("name@y").
export async function widgetsNotInView(frame, names) {
  const widgets = await settledWidgets(frame);
  const [width, height] = await frame.evaluate(() => [innerWidth, innerHeight]);
  return names.filter((name) => {
    const r = widgets[name];
    if (!r) return true;
    const top = Math.max(0, r.clipTop ?? 0);
    const bottom = Math.min(height, r.clipBottom ?? height);
    return r.y < top - 1 || r.y + r.height > bottom + 1 || r.x < -1 || r.x + r.width > width + 1;
  }).map((name) => `${name}@${widgets[name] ? Math.round(widgets[name].y) : 'absent'}`);
}

export async function widgetRect(page, name, scrollTries = 0) {
  await page.waitForFunction((n) => window.dzb.widgets[n], name, { timeout: 10000 });
  // A new popup or a new text size is laid out over a frame or two: wait
  // until the app has drawn its last frame for now and the rectangle holds still.
  await waitForSettled(page);
  const look = () => page.evaluate((n) => JSON.stringify([window.dzb.widgets[n], window.dzb.framesRendered]), name);
  let seen = await look();
  for (let tries = 0; tries < 30; tries++) {
    await page.waitForTimeout(60);
    const again = await look();
    if (again === seen) break;
    seen = again;
  }
  const rect = JSON.parse(seen)[0];
  if (!rect) throw new Error(`widget ${name} went away`);
  // Outside its scrolling column (or the window)? Scroll to it with the
  // wheel over its column, as a person would, and look again.
  const viewport = page.viewportSize();
  const top = Math.max(0, rect.clipTop ?? 0);
  const bottom = Math.min(viewport.height, rect.clipBottom ?? viewport.height);
  // The app scrolls a wheel notch by its own step, not by the pixels asked
  // for, so a widget far down a phone's long column takes a dozen or more
  // turns, each a little shorter than the distance left.
  if (scrollTries < 25 && (rect.y < top || rect.y + rect.height > bottom)) {
    await page.mouse.move(Math.min(Math.max(rect.x + 5, 5), viewport.width - 5), (top + bottom) / 2);
    await page.mouse.wheel(0, rect.y < top ? rect.y - top - 60 : rect.y + rect.height - bottom + 60);
    await page.waitForTimeout(150);
    if (process.env.DZB_DEBUG_SCROLL) console.log('scrolled for', name, rect);
    return widgetRect(page, name, scrollTries + 1);
  }
  const canvasBox = await page.locator('#canvas').boundingBox();
  return { x: canvasBox.x + rect.x, y: canvasBox.y + rect.y, width: rect.width, height: rect.height };
}

export async function clickWidget(page, name) {
  const rect = await widgetRect(page, name);
  await page.mouse.click(rect.x + rect.width / 2, rect.y + rect.height / 2);
}

// Switches to a tool the way a person does (a click on its tab) and waits
// until that tool is the one drawn and its layout has settled: its widgets
// are then the ones the page publishes.
export async function selectTab(page, tool) {
  await clickWidget(page, `tab.${tool}`);
  await page.waitForFunction((t) => {
    const sections = [...document.querySelectorAll('#mirror [data-tool]')].map((s) => s.dataset.tool);
    return sections.includes(t) && sections.every((s) => s === t || s === 'app');
  }, tool, { timeout: 10000 });
  await waitForSettled(page);
}

export async function tapWidget(page, name) {
  const rect = await widgetRect(page, name);
  await page.touchscreen.tap(rect.x + rect.width / 2, rect.y + rect.height / 2);
}

// Drags a slider with the mouse from its left end, `steps` moves of a
// `steps_total`-th of its track each, `pauseMs` apart (a person's hand).
export async function dragSlider(page, rect, steps, stepsTotal = steps, pauseMs = 16) {
  const y = rect.y + rect.height / 2;
  await page.mouse.move(rect.x + 8, y);
  await page.mouse.down();
  for (let step = 1; step <= steps; step++) {
    await page.mouse.move(rect.x + 8 + ((rect.width - 16) * step) / stepsTotal, y);
    await page.waitForTimeout(pauseMs);
  }
  await page.mouse.up();
}

// Replaces the text of a field the way a person would: click, select all, type.
// Like a person, it looks for the caret before typing: a click that landed
// while the layout was still moving (a message appearing above the field) is
// tried again at the field's new place.
export async function typeInto(page, name, text) {
  for (let attempt = 1; ; attempt++) {
    await clickWidget(page, name);
    const focused = await page
      .waitForFunction((n) => window.dzb.editing && window.dzb.widgets[n]?.focused, name, { timeout: 2000 })
      .then(() => true, () => false);
    if (focused) break;
    if (attempt === 3) throw new Error(`field ${name} did not take the caret after 3 clicks`);
  }
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Backspace');
  if (text) await page.keyboard.type(text, { delay: 10 });
}

// Replaces the text of a field by pasting, as a person does with text the
// keyboard cannot type (a "µ", a value copied from a spreadsheet).
// With `caretHeld`, the field already holds the caret and is empty.
export async function pasteInto(page, name, text, { caretHeld = false } = {}) {
  if (!caretHeld) await typeInto(page, name, '');
  await page.evaluate((value) => {
    const data = new DataTransfer();
    data.setData('text/plain', value);
    document.getElementById('canvas').dispatchEvent(
      new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, text);
}

export async function mirrorValue(page, key) {
  const locator = page.locator(`#mirror [data-key="${key}"] dd`).first();
  if ((await locator.count()) === 0) return null;
  return locator.textContent();
}

// Waits until the mirror entry equals `expected` (a string) or matches it (a RegExp).
export async function waitForMirror(page, key, expected) {
  const want = expected instanceof RegExp ? { pattern: expected.source } : { exact: expected };
  await page.waitForFunction(
    ([k, w]) => {
      const node = document.querySelector(`#mirror [data-key="${k}"] dd`);
      const text = node ? node.textContent : null;
      return w.pattern !== undefined ? new RegExp(w.pattern).test(text || '') : text === w.exact;
    },
    [key, want],
    { timeout: 10000 },
  ).catch(async () => {
    throw new Error(`mirror "${key}" never became ${expected}; it is ${await mirrorValue(page, key)}`);
  });
}

// The command-line front end over the same models: browser results are
// checked against it, so the page and the CLI cannot drift apart.
export function cli(...args) {
  const binary = process.env.DZB_CLI || join(repoRoot, 'build', 'native', 'diazepane-bench');
  return JSON.parse(execFileSync(binary, args.map(String), { encoding: 'utf8' }));
}

// The CLI's plain-text output (e.g. `report`, the page's report of a tool as
// text), with its exit status. A missing native build fails with the command
// that makes it, not with a bare ENOENT.
export function cliText(...args) {
  const binary = process.env.DZB_CLI || join(repoRoot, 'build', 'native', 'diazepane-bench');
  if (!existsSync(binary)) {
    throw new Error(`no native CLI at ${binary}: build it first (scripts/test does; or cmake --build build/native)`);
  }
  const run = spawnSync(binary, args.map(String), { encoding: 'utf8' });
  return { stdout: run.stdout, stderr: run.stderr, status: run.status };
}

// Three significant figures, as the app prints them (app::format_sig):
// plain decimals from 1e-3 to 1e6, "5.07×10⁻⁴" outside.
export function sig3(value) {
  if (value === 0) return '0.00';
  const rounded = Number(value.toPrecision(3));
  const exponent = Math.floor(Math.log10(Math.abs(rounded)));
  if (exponent >= 6 || exponent < -3) {
    const superscript = String(exponent).replace(/[-0-9]/g, (c) => '⁻⁰¹²³⁴⁵⁶⁷⁸⁹'['-0123456789'.indexOf(c)]);
    return `${(rounded / 10 ** exponent).toFixed(2)}×10${superscript}`;
  }
  return rounded.toFixed(Math.max(0, 2 - exponent));
}

// Clicks a widget that starts a download and returns the file's text.
export async function downloadText(page, widget) {
  const [download] = await Promise.all([page.waitForEvent('download'), clickWidget(page, widget)]);
  const path = await download.path();
  return { name: download.suggestedFilename(), text: readFileSync(path, 'utf8') };
}

// Waits until the clipboard holds text that matches `pattern` and returns
// that very text. Polled from here: waitForFunction would take the pending
// Promise of an async predicate as a truthy answer and not wait at all.
export async function waitForClipboard(page, pattern) {
  let text = '';
  for (const started = Date.now(); Date.now() - started < 5000; await page.waitForTimeout(100)) {
    text = await page.evaluate(() => navigator.clipboard.readText());
    if (pattern.test(text)) return text;
  }
  throw new Error(`the clipboard never matched ${pattern}; it holds ${JSON.stringify(text.slice(0, 200))}`);
}
