// Robustness in the browser: every numeric input of every tool takes every
// kind of bad value without a crash, a NaN or a lost result; and 2,000 random
// taps, drags and keys leave the page answering.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  startBrowser, openApp, typeInto, pasteInto, clickWidget, selectTab, waitForMirror, waitForSettled,
} from './helpers.mjs';

let env;
before(async () => { env = await startBrowser(); });
after(async () => { await env.close(); });

const textFields = new Set(['field.ketone_formula', 'field.calculator_formula', 'field.guide_search']);
// A text field holds 63 characters (app::TextField); 100 nines overflow it.
const fieldCapacity = 63;
const alwaysBad = ['', 'abc', '-5', 'NaN', 'inf', '1e308', '9'.repeat(100), 'µ²≈'];

// Replaces the text of the field being edited; clicks it first only when it
// does not hold the caret (the first value, or after a tool switch).
async function retypeInto(page, field, value, { typeLongText = false } = {}) {
  // Nobody types 100 characters into a number field; they paste them. Typed,
  // they cost ~9 s a field (two frames a key): the first field of each tool
  // still takes them from the keyboard, the rest by pasting.
  const typable = /^[\x20-\x7e]*$/.test(value) && (value.length <= fieldCapacity || typeLongText);
  const editing = await page.evaluate((n) => Boolean(window.dzb.editing && window.dzb.widgets[n]?.focused), field);
  if (!editing) {
    if (typable) await typeInto(page, field, value);
    else await pasteInto(page, field, value);
    return;
  }
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Backspace');
  if (typable) {
    await page.keyboard.type(value, { delay: 10 });
    return;
  }
  // After 100 typed nines the field shows its 63 while the other 37, and this
  // Ctrl+A and Backspace, still wait in Dear ImGui's input queue (a repeated
  // key is taken a frame or two apart). On a loaded machine draining them took
  // longer than the mirror's 10 s wait for the pasted text. So the app first
  // takes every queued key, however slowly it draws (progress, not a hang).
  await waitForSettled(page);
  await pasteInto(page, field, value, { caretHeld: true });
}

// One tool's fields × every bad value, in a page of its own (tools side by side
// in parallel pages measured 255 s against about 300 s: the frames are CPU-bound).
async function badInputMatrix(tab) {
  const context = await env.browser.newContext({ viewport: { width: 1400, height: 900 } });
  const { page, problems } = await openApp(context, env.baseUrl);
  let checked = 0;
  await selectTab(page, tab);
  const fields = (await page.evaluate(() => Object.keys(window.dzb.widgets)))
    .filter((name) => name.startsWith('field.') && !textFields.has(name));
  assert.ok(fields.length > 0, tab);
  for (const field of fields) {
    const original = await page.evaluate((key) => {
      const node = document.querySelector(`#mirror [data-key="input.${key}"] dd`);
      return node ? node.textContent : null;
    }, field.slice('field.'.length));
    for (const value of [...alwaysBad, '0']) {
      const where = `${tab} ${field} = ${JSON.stringify(value)}`;
      const saying = (e) => { throw new Error(`${where}: ${e.message}`); };
      // Like a person trying value after value, the caret stays in the field:
      // select all and type over it. Only a field that lost the caret is
      // clicked again. What a keyboard cannot type is pasted.
      await retypeInto(page, field, value, { typeLongText: field === fields[0] }).catch(saying);
      // The field keeps what was typed, up to its 63-character capacity (nothing is lost)...
      const kept = value.length > fieldCapacity ? value.slice(0, fieldCapacity) : value;
      await waitForMirror(page, `input.${field.slice('field.'.length)}`, kept).catch(saying);
      if (value !== '0') {
        // ...and this value's own message is shown, with the last good result kept.
        await waitForMirror(page, 'error', /\S/).catch(saying);
        await waitForMirror(page, 'stale', 'stale: showing the last valid input').catch(saying);
      }
      const text = await page.locator('#mirror').textContent();
      assert.doesNotMatch(text, /\bnan\b|\binf(inity)?\b/i, `${tab} ${field} = ${value}`);
      checked += 1;
    }
    if (original !== null) await retypeInto(page, field, original);
  }
  await page.waitForFunction(() => !document.querySelector('#mirror [data-key="error"]'), null, { timeout: 5000 });
  assert.deepEqual(problems, [], tab);
  await context.close();
  return checked;
}

test('bad-input matrix: every numeric field of every tool × every kind of bad value', async () => {
  let checked = 0;
  for (const tab of ['workup', 'alkylation', 'cyclization', 'route']) checked += await badInputMatrix(tab);
  assert.ok(checked >= 150, `${checked} combinations`);
});

test('monkey: 2,000 random taps, drags and keys across all tools, and the page still answers', async () => {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 800 }, hasTouch: true });
  const { page, problems } = await openApp(context, env.baseUrl);
  let seed = 20261124;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  const keys = ['Tab', 'Enter', 'Escape', 'Backspace', 'ArrowDown', 'ArrowUp', 'Space', '1', '0', '.', 'e', '-', 'a', ','];
  for (let i = 0; i < 2000; i++) {
    const x = Math.floor(random() * 1280), y = Math.floor(random() * 800);
    const kind = random();
    if (kind < 0.4) await page.mouse.click(x, y);
    else if (kind < 0.55) await page.touchscreen.tap(x, y);
    else if (kind < 0.7) {
      await page.mouse.move(x, y);
      await page.mouse.down();
      await page.mouse.move(Math.floor(random() * 1280), Math.floor(random() * 800), { steps: 3 });
      await page.mouse.up();
    } else if (kind < 0.8) await page.mouse.wheel(0, (random() - 0.5) * 600);
    else await page.keyboard.press(keys[Math.floor(random() * keys.length)]);
    if (i % 250 === 0) await page.waitForTimeout(50);
  }
  // Stray taps may have opened a download or the keypad: the page must still answer.
  assert.deepEqual(await page.evaluate(() => window.dzb.errors), []);
  await page.keyboard.press('Escape');
  await clickWidget(page, 'tab.workup');
  await clickWidget(page, 'workup.mode.0');
  await typeInto(page, 'field.lah_g', '2.5');
  await waitForMirror(page, 'water_last_ml', '7.50 mL').catch(async (error) => {
    const state = await page.evaluate(() => ({
      mirror: [...document.querySelectorAll('#mirror [data-key]')].map((n) => `${n.dataset.key}=${n.querySelector('dd')?.textContent}`).join(' | '),
      active: document.activeElement && document.activeElement.id, editing: window.dzb.editing, keypad: window.dzb.keypadOn,
    }));
    throw new Error(`${error.message}; state: ${JSON.stringify(state)}`);
  });
  assert.deepEqual(problems.filter((p) => !/Failed to load resource/.test(p)), []);
  await context.close();
});
