// Shared e2e plumbing: headless Chromium, the test page server, fixture state and failure shots.
import {createRequire} from 'node:module';
import fs from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {test, before, after} from 'node:test';
import {serve} from '../../web/serve.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
export const root = path.resolve(here, '../..');
const require = createRequire(path.join(root, 'build/npm/node_modules/'));
const {chromium} = require('playwright-core');
export const artifacts = path.join(root, 'build/e2e-artifacts');

// Flags that let Chromium run headless, as root too (--no-sandbox); WebGL2 on SwiftShader.
export const kChromiumArgs = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--enable-unsafe-swiftshader',
];

export async function launchChromium() {
  // playwright-core gives each launch a fresh temporary profile (--user-data-dir).
  return chromium.launch({executablePath: '/usr/bin/chromium', headless: true, args: kChromiumArgs});
}

// Counts WebGL drawElements calls per canvas; installed before any page script runs.
function countDrawCalls() {
  const counts = new Map();
  const original = WebGL2RenderingContext.prototype.drawElements;
  WebGL2RenderingContext.prototype.drawElements = function(...args) {
    counts.set(this.canvas, (counts.get(this.canvas) || 0) + 1);
    return original.apply(this, args);
  };
  window.drawCalls = (canvas) => canvas ? (counts.get(canvas) || 0)
                                        : [...counts.values()].reduce((a, b) => a + b, 0);
}

// One browser and one server per test file. dir: the site served, relative to the checkout
// (build/e2e-site: the browser layer's test pages; build/site: what ships); marker: a file the
// build writes there.
export function useBrowser(dir = 'build/e2e-site', marker = 'la_fixture.wasm') {
  const shared = {};
  before(async () => {
    const site = path.join(root, dir);
    if (!fs.existsSync(path.join(site, marker))) {
      throw new Error(`${dir} is missing: run ./build-wasm.sh first`);
    }
    const {server, port} = await serve(site);
    shared.server = server;
    shared.base = `http://127.0.0.1:${port}/`;
    shared.browser = await launchChromium();
  });
  after(async () => {
    await shared.browser?.close();
    shared.server?.close();
  });
  return shared;
}

// A test on a fresh page of test.html: on failure a screenshot goes to build/e2e-artifacts.
// options: {dpr, hasTouch, permissions, initScript, viewport}.
export function pageTest(shared, name, options, body) {
  browserTest(shared, name, options, async (page) => {
    await openTestPage(page, shared.base);
    await body(page);
  });
}

// A test on a fresh page in a fresh context, which body(page, context) navigates itself. Page
// errors fail it; on failure a screenshot goes to build/e2e-artifacts. options: as pageTest's,
// locale (the browser's language), initArgument (passed to initScript), skip (a reason not to run it) and todo (a known gap: it runs, and its failure is reported
// without failing the run).
export function browserTest(shared, name, options, body) {
  test(name, {skip: options.skip || false, todo: options.todo || false}, async () => {
    const context = await shared.browser.newContext({
      deviceScaleFactor: options.dpr || 1,
      viewport: options.viewport || {width: 700, height: 950},
      hasTouch: !!options.hasTouch,
      acceptDownloads: true,
      ...(options.locale ? {locale: options.locale} : {}),  // navigator.languages, Accept-Language
    });
    if (options.permissions) {
      await context.grantPermissions(options.permissions, {origin: shared.base});
    }
    await context.addInitScript(countDrawCalls);
    if (options.initScript) await context.addInitScript(options.initScript, options.initArgument);
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    try {
      await body(page, context);
      if (errors.length) throw new Error('page errors: ' + errors.join('; '));
    } catch (error) {
      // A script error in the page is often the cause of what the test saw: say it too.
      if (errors.length && !error.message.startsWith('page errors:')) error.message += '\n(page errors: ' + errors.join('; ') + ')';
      fs.mkdirSync(artifacts, {recursive: true});
      const file = path.join(artifacts, name.replace(/[^a-z0-9]+/gi, '-').slice(0, 80) + '.png');
      await page.screenshot({path: file}).catch(() => {});
      error.message += `\n(screenshot: ${path.relative(root, file)})`;
      throw error;
    } finally {
      await context.close();
    }
  });
}

export async function openTestPage(page, base) {
  await page.goto(base + 'test.html');
  await page.evaluate(() => window.editorsReady);
}

// The fixture's state in editor id ('a' or 'b').
export async function state(page, id = 'a') {
  return page.evaluate((id) => {
    const m = window.editors[id].module;
    return JSON.parse(m.UTF8ToString(m._la_fixture_state()));
  }, id);
}

// Waits until predicate(state) holds; the message says what was expected and what was seen.
export async function waitForState(page, id, predicate, what, timeout = 10000) {
  const start = Date.now();
  let last;
  for (;;) {
    last = await state(page, id);
    if (predicate(last)) return last;
    if (Date.now() - start > timeout) {
      throw new Error(`timed out waiting for ${what}; editor ${id} state: ${JSON.stringify(last)}`);
    }
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r())));
  }
}

// Page coordinates of the centre of a fixture item (rects are CSS px inside the canvas).
export async function itemCentre(page, id, item) {
  // An item that has just been asked for (a popup's) may take a frame or two.
  const s = await waitForState(page, id, (s) => s.rects[item], `the item ${item}`, 5000);
  const r = s.rects[item];
  const box = await page.locator(`#editor-${id} canvas`).boundingBox();
  return {x: box.x + r[0] + r[2] / 2, y: box.y + r[1] + r[3] / 2};
}

export async function clickItem(page, id, item) {
  const {x, y} = await itemCentre(page, id, item);
  await page.mouse.click(x, y);
}

// Clicks a text field and waits until it takes text (the textarea has focus).
export async function focusField(page, id, item) {
  await clickItem(page, id, item);
  await waitForState(page, id, (s) => s.wantTextInput, `${item} to take text`);
  await page.waitForFunction((id) => document.activeElement === window.editors[id].textarea, id);
}

// Clicks a text field and types text into it, as a student does.
export async function typeInto(page, id, item, text) {
  await focusField(page, id, item);
  await page.keyboard.type(text);
}

export async function drawCalls(page, id) {
  return page.evaluate((id) => window.drawCalls(id ? window.editors[id].canvas : undefined), id);
}

// Waits until no editor has drawn for quietMs (the UI has settled after the last input).
export async function waitForQuiet(page, quietMs = 1500, timeout = 15000) {
  await page.waitForFunction((quietMs) => {
    const now = performance.now();
    const count = window.drawCalls();
    if (window.quietCount !== count) {
      window.quietCount = count;
      window.quietSince = now;
    }
    return now - window.quietSince >= quietMs;
  }, quietMs, {timeout, polling: 100});
}
