// E2e plumbing for the editor (tests/e2e/editor_*.test.mjs): the site's own page in headless
// Chromium, the editor's state (la_editor_state), its findings, and a student's clicks and keys.
import fs from 'node:fs';
import path from 'node:path';
import {execFileSync} from 'node:child_process';
import {root, browserTest, useBrowser} from './harness.mjs';

export {root};
export const laCheck = path.join(root, 'build/native/src/cli/la-check');
export const screenshots = path.join(root, 'build/editor-screenshots');

// Init script: the page keeps its module to itself; catch it (window.laModule) as la_editor.js
// defines the factory, and note the first frame (window.laFirstFrame).
export function catchModule() {
  let factory;
  Object.defineProperty(window, 'createLAStudioModule', {
    configurable: true,
    get() { return factory; },
    set(f) {
      factory = (options) => f(options).then((m) => {
        window.laModule = m;
        return m;
      });
    },
  });
  document.addEventListener('la-first-frame', () => { window.laFirstFrame = true; }, true);
}

// One browser and one server per test file, serving build/e2e-site (the site and test pages).
export const useEditorSite = () => useBrowser('build/e2e-site', 'la_editor.wasm');

// A test on a fresh profile (its own localStorage) with the editor page open; a failing test
// leaves a screenshot in build/e2e-artifacts. options: {dpr, viewport, initScript, initArgument, page}.
export function editorTest(shared, name, options, body) {
  browserTest(shared, name, {viewport: {width: 1366, height: 768}, ...options}, async (page, context) => {
    await context.addInitScript(catchModule);
    page.shared = shared;
    await openEditor(page, shared.base + (options.page || 'index.html'));
    await body(page);
  });
}

export async function openEditor(page, url) {
  await page.goto(url);
  await page.waitForFunction(() => window.laModule && window.laFirstFrame);
  await settle(page);
}

// The view's state: status, counts, focus, notices, item rectangles (CSS px inside the canvas).
export async function state(page) {
  return page.evaluate(() => JSON.parse(laModule.UTF8ToString(laModule._la_editor_state())));
}

export async function findings(page) {
  return page.evaluate(() => JSON.parse(laModule.UTF8ToString(laModule._la_findings_json())));
}

export async function documentJson(page) {
  return page.evaluate(() => laModule.UTF8ToString(laModule._la_document_json()));
}

// la_set_document_json through ccall, as a hosting page would call it.
export async function setDocument(page, text) {
  return page.evaluate((text) => JSON.parse(laModule.ccall('la_set_document_json', 'string', ['string'], [text])), text);
}

// Waits for the next animation frames, so that the editor has drawn what came before.
export async function settle(page, frames = 3) {
  await page.evaluate((n) => new Promise((resolve) => {
    const step = () => (n-- > 0 ? requestAnimationFrame(step) : resolve());
    step();
  }), frames);
}

// Waits until predicate(state) holds; the error says what was expected and what was seen.
export async function waitForEditor(page, predicate, what, timeout = 15000) {
  const start = Date.now();
  let last;
  for (;;) {
    last = await state(page);
    if (predicate(last)) return last;
    if (Date.now() - start > timeout) {
      const brief = {...last, rects: Object.keys(last.rects || {}).length + ' items'};
      throw new Error(`timed out waiting for ${what}; editor state: ${JSON.stringify(brief)}`);
    }
    await settle(page, 1);
  }
}

// Page coordinates of an item's centre; an item of the form or of the findings panel is first
// scrolled into view with the wheel, as a student scrolls to it.
export async function itemCentre(page, name) {
  const canvas = await page.locator('#editor canvas').boundingBox();
  const region = name.startsWith('finding#') ? '#findings'
               : name.startsWith('/') || (name.startsWith('#') && name !== '#form' && name !== '#findings') ? '#form'
               : null;
  for (let attempt = 0; attempt < 40; ++attempt) {
    // An item that has just been asked for (a popup's, a new row's) may take a frame or two.
    const s = await waitForEditor(page, (s) => s.rects[name], `the item ${name}`, 5000);
    const r = s.rects[name];
    const y = r[1] + r[3] / 2;
    const area = region && s.popups.length === 0 ? s.rects[region] : null;
    if (!area || (y >= area[1] + 4 && y <= area[1] + area[3] - 4)) return {x: canvas.x + r[0] + r[2] / 2, y: canvas.y + y};
    await page.mouse.move(canvas.x + area[0] + area[2] / 2, canvas.y + area[1] + area[3] / 2);
    await page.mouse.wheel(0, Math.max(-300, Math.min(300, y - (area[1] + area[3] / 2))));
    await settle(page, 2);
  }
  throw new Error(`could not scroll ${name} into view`);
}

// Moves the mouse onto the item, lets the editor see it there, then clicks, as a hand would.
export async function click(page, name) {
  const {x, y} = await itemCentre(page, name);
  await page.mouse.move(x, y);
  await settle(page, 2);
  await page.mouse.click(x, y);
  await settle(page);
}

// Closes the open popup with Escape and waits until it is gone (until then the form does not
// scroll under the wheel, so the next click could miss).
export async function closePopup(page) {
  await page.keyboard.press('Escape');
  await waitForEditor(page, (s) => s.popups.length === 0, 'the popup closed');
}

// Opens a sample from the Samples menu, as a student does; returns the editor's state after.
export async function openSample(page, id) {
  const before = (await state(page)).revision;
  await click(page, 'button#samples');
  await click(page, 'sample#' + id);
  return waitForEditor(page, (s) => s.revision > before && s.popups.length === 0, `the sample ${id} open`);
}

// A sample as a draft nobody has signed yet: opened from the menu, then its signatures taken off
// through the page's setDocument, so that editing it asks nothing (an edit of signed content asks
// first: editor_signing.test.mjs). For the tests that need a filled-in agreement to edit.
export async function openUnsignedSample(page, id) {
  await openSample(page, id);
  const json = JSON.parse(await documentJson(page));
  for (const section of ['firstVersion', 'approvedChanges', 'changesProposal']) {
    for (const party of ['studentSignature', 'sendingHeiSignature', 'receivingHeiSignature']) delete json[section]?.[party];
  }
  const result = await setDocument(page, JSON.stringify(json));
  if (!result.ok) throw new Error(`the unsigned ${id} was refused: ${JSON.stringify(result.error)}`);
  return waitForEditor(page, (s) => !s.status.includes('signed by'), `the unsigned ${id}`);
}

// Clicks a field and waits until it takes text, as a student's click would.
export async function focusField(page, pointer) {
  await click(page, pointer);
  await waitForEditor(page, (s) => s.active === pointer && s.wantTextInput, `${pointer} to take text`);
  await page.waitForFunction(() => document.activeElement === document.querySelector('#editor textarea'));
}

// Tabs to a text field and waits until it takes text (tabbing in selects its text, as browsers do).
export async function tabToField(page, pointer, limit = 12) {
  await tabTo(page, pointer, limit);
  await waitForEditor(page, (s) => s.active === pointer && s.wantTextInput, `${pointer} to take text`);
  await page.waitForFunction(() => document.activeElement === document.querySelector('#editor textarea'));
}

// Tabs to a picker, opens it with Enter, types the search and picks the first match with Enter.
export async function pickWithKeyboard(page, pointer, search, limit = 12) {
  await tabTo(page, pointer, limit);
  await page.keyboard.press('Enter');
  await waitForEditor(page, (s) => s.active === pointer + '#search' && s.wantTextInput, `the search box of ${pointer}`);
  await page.waitForFunction(() => document.activeElement === document.querySelector('#editor textarea'));
  await page.keyboard.type(search);
  await settle(page);
  await page.keyboard.press('Enter');
  await waitForEditor(page, (s) => s.popups.length === 0 && s.focused === pointer, `${pointer} picked and closed`);
}

// Scrolls the form with the mouse wheel until item `name` is near the top of the form.
export async function scrollToTop(page, name) {
  const canvas = await page.locator('#editor canvas').boundingBox();
  for (let attempt = 0; attempt < 60; ++attempt) {
    const s = await state(page);
    const form = s.rects['#form'];
    const r = s.rects[name];
    if (!r || !form) throw new Error(`no item ${name} to scroll to`);
    const offset = r[1] - (form[1] + 12);
    if (Math.abs(offset) < 8) return;
    await page.mouse.move(canvas.x + form[0] + form[2] / 2, canvas.y + form[1] + form[3] / 2);
    await page.mouse.wheel(0, Math.max(-400, Math.min(400, offset)));
    await settle(page, 2);
    const after = await state(page);
    if (after.rects[name][1] === r[1]) return;  // the form cannot scroll further
  }
}

export async function typeInto(page, pointer, text) {
  await focusField(page, pointer);
  await page.keyboard.type(text);
}

// Presses Tab until the keyboard focus is on `name` (at most `limit` times), as a student tabs to a field.
export async function tabTo(page, name, limit = 12) {
  let focused = (await state(page)).focused;
  for (let i = 0; i < limit && focused !== name; ++i) {
    const before = focused;
    await page.keyboard.press('Tab');
    focused = (await waitForEditor(page, (s) => s.focused !== before && s.focused !== '', 'the focus to move on')).focused;
  }
  if (focused !== name) throw new Error(`Tab did not reach ${name} within ${limit} presses; focus is on ${focused}`);
}

export function runLaCheck(args) {
  try {
    return {status: 0, stdout: execFileSync(laCheck, args, {encoding: 'utf8'})};
  } catch (error) {
    return {status: error.status, stdout: String(error.stdout)};
  }
}

export function screenshotPath(name) {
  fs.mkdirSync(screenshots, {recursive: true});
  return path.join(screenshots, name + '.png');
}
