// What the ship_* tests share: the shipped site (build/site), its editors, la-check, fake origins.
import {execFileSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {pathToFileURL} from 'node:url';
import {root} from './harness.mjs';

export const site = path.join(root, 'build/site');
export const samplesDir = path.join(root, 'assets/samples');
export const samples = fs.readdirSync(samplesDir).filter((f) => f.endsWith('.json')).sort();


// Init script: keeps every mounted editor's handle, in mount order, in window.laTestEditors (not
// enumerable, so that it is not counted as a global of the page), and counts first frames.
export function captureEditors() {
  const editors = [];
  Object.defineProperty(window, 'laTestEditors', {value: editors, enumerable: false});
  Object.defineProperty(window, 'laTestFirstFrames', {value: [], enumerable: false});
  document.addEventListener('la-first-frame', (e) => {
    // Each editor's frame is announced on its stage and again on the page's element.
    if (e.target.classList.contains('la-studio-stage')) window.laTestFirstFrames.push(e.target);
  }, true);
  let api;
  Object.defineProperty(window, 'LAStudio', {
    configurable: true, enumerable: true,
    get() { return api; },
    set(value) {
      const mount = value.mount;
      value.mount = (element, options) => mount(element, options).then((editor) => {
        editors.push(editor);
        return editor;
      });
      api = value;
    },
  });
}

// la-studio.html alone in a fresh folder, as a student keeps it next to their agreements;
// returns its file: URL.
export function offlineCopy() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'la-offline-'));
  fs.copyFileSync(path.join(site, 'la-studio.html'), path.join(dir, 'la-studio.html'));
  return pathToFileURL(path.join(dir, 'la-studio.html')).href;
}

// Waits until n editors on the page (frames not included) have drawn their first frame.
export async function firstFrames(page, n) {
  await page.waitForFunction((n) => window.laTestFirstFrames.length >= n, n);
}

// la-check --json's findings per sample file name (the native build of tests/run-all.sh).
export function laCheckFindings(files) {
  const laCheck = path.join(root, 'build/native/src/cli/la-check');
  if (!fs.existsSync(laCheck)) throw new Error('build/native/src/cli/la-check is missing: build natively first');
  let out;
  try {
    out = execFileSync(laCheck, ['--json', ...files.map((f) => path.join(samplesDir, f))], {encoding: 'utf8'});
  } catch (error) {
    out = error.stdout;  // exit status 1: some file has errors
  }
  const result = {};
  for (const entry of JSON.parse(out).files) result[path.basename(entry.file)] = entry.findings;
  return result;
}

const kTypes = {'.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.wasm': 'application/wasm',
                '.ttf': 'font/ttf', '.json': 'application/json'};

// Serves dir at origin (e.g. https://studio.example) inside this browser context, so that a test
// can put pages on as many sites as it needs. pages: {path: html, or {body, contentType, headers}}
// served instead of files.
export async function serveOrigin(context, origin, dir, pages = {}) {
  await context.route(`${origin}/**`, (route) => {
    const url = new URL(route.request().url());
    const page = pages[url.pathname];
    if (page !== undefined) {
      return route.fulfill(typeof page === 'string' ? {contentType: kTypes['.html'], body: page} : page);
    }
    const file = path.join(dir, url.pathname);
    if (!file.startsWith(dir) || !fs.existsSync(file)) return route.fulfill({status: 404, body: ''});
    // (Any origin may fetch the wasm and the parts, as docs/deploy.md asks of a server whose
    // editor other sites mount: la_studio.js fetches them from its own origin. Pages keep their
    // headers as they were.)
    const type = kTypes[path.extname(file)];
    const headers = path.extname(file) === '.html' ? {} : {'access-control-allow-origin': '*'};
    return route.fulfill({contentType: type, body: fs.readFileSync(file), headers: type ? {...headers, 'content-type': type} : headers});
  });
}

// A page of another site that mounts the editor of studioOrigin by script on #editor.
export function mountingPage(studioOrigin) {
  return `<!doctype html><meta charset="utf-8"><link rel="icon" href="data:,"><title>Host</title>
    <div id="editor" style="height: 700px"></div><script src="${studioOrigin}/la_studio.js"></script>
    <script>LAStudio.mount(document.getElementById('editor'));</script>`;
}

// The view's test state of the editor on #id (la_editor_state): item
// rectangles in CSS px ("rects"), open popups, whether changes are unexported. frame: a page, or
// a frame in one.
function viewState(frame, id) {
  return frame.evaluate((id) => {
    const m = window.laTestEditors.find((e) => e.element.id === id).module;
    return JSON.parse(m.UTF8ToString(m._la_editor_state()));
  }, id);
}

// Waits until predicate(state) holds for the editor on #id; returns that state.
export async function waitForView(frame, id, predicate, what, timeout = 10000) {
  const start = Date.now();
  for (;;) {
    const state = await viewState(frame, id);
    if (predicate(state)) return state;
    if (Date.now() - start > timeout) throw new Error(`#${id}: timed out waiting for ${what}: ${JSON.stringify(state)}`);
    await frame.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
  }
}

// Clicks an item of the editor on #id, named as the view names it ("button#export", a field's
// JSON Pointer), as a student does.
export async function clickItem(frame, id, item) {
  const state = await waitForView(frame, id, (s) => s.rects[item], `item ${item}`);
  const r = state.rects[item];
  // Scrolls the page so that the item is in view, as a student would.
  await frame.locator(`#${id} canvas`).evaluate((canvas, r) => {
    const y = canvas.getBoundingClientRect().top + r[1] + r[3] / 2;
    if (y < 0 || y > innerHeight) scrollBy(0, y - innerHeight / 2);
  }, r);
  const box = await frame.locator(`#${id} canvas`).boundingBox();
  await (frame.mouse ? frame : frame.page()).mouse.click(box.x + r[0] + r[2] / 2, box.y + r[1] + r[3] / 2);
}

// Clicks the student's given names in the editor on #id and types text into it, as a student does.
export async function typeIntoEditor(frame, id, text) {
  await clickItem(frame, id, '/student/givenNames');
  await frame.waitForFunction((id) => document.activeElement === document.querySelector(`#${id} textarea`), id);
  await (frame.keyboard ? frame : frame.page()).keyboard.type(text);
}

// The agreement the editor on #id holds, as JSON text.
export function editorContent(page, id) {
  return page.evaluate((id) => window.laTestEditors.find((e) => e.element.id === id).getDocument(), id);
}

// Waits until the editor on #id holds text (typed characters arrive frame by frame); returns
// what it holds.
export async function waitForContent(page, id, text, timeout = 10000) {
  const start = Date.now();
  for (;;) {
    const content = await editorContent(page, id);
    if (content.includes(text)) return content;
    if (Date.now() - start > timeout) throw new Error(`#${id} never held "${text}": ${content}`);
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
  }
}

// Presses Export in the editor on #id, as a student does, and "Export anyway" if the editor asks
// (the agreement still has errors); returns once the editor has exported. (Whether changes are
// unexported cannot tell: a document just opened or set has none before the export either.)
export async function pressExport(frame, id) {
  const before = (await viewState(frame, id)).exports;
  await clickItem(frame, id, 'button#export');
  const exported = (s) => s.exports > before;
  const state = await waitForView(frame, id, (s) => s.popups.includes('export-question') || exported(s),
                                  'the export or its question');
  if (exported(state)) return;
  await clickItem(frame, id, 'export-question#go');
  await waitForView(frame, id, exported, 'the export');
}
