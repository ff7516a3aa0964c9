// What the ship_* tests share: the shipped site (build/site), its editors, la-check, fake origins.
import {execFileSync} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {root} from './harness.mjs';

export const site = path.join(root, 'build/site');
export const samplesDir = path.join(root, 'assets/samples');
export const samples = fs.readdirSync(samplesDir).filter((f) => f.endsWith('.json')).sort();

// The app module the site's la_studio.js carries: 'la_editor', or 'la_fixture' before issue 5.
export function siteModule() {
  const file = path.join(site, 'la_studio.js');
  if (!fs.existsSync(file)) return '';
  const match = /LAStudio\.registerModule\(createLAStudioModule, \{"name":"(\w+)"/.exec(
      fs.readFileSync(file, 'utf8'));
  return match ? match[1] : '';
}
// Tests of the document API need the editor; against the fixture they are skipped, saying so.
export const needsEditor = siteModule() === 'la_editor' ? false
    : `needs the editor (issue 5); build/site carries ${siteModule() || 'no module'}`;

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

const kTypes = {'.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.wasm': 'application/wasm'};

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
    return route.fulfill({contentType: kTypes[path.extname(file)], body: fs.readFileSync(file)});
  });
}

// Page coordinates of a text field in the editor on #id (in a page or a frame).
async function textFieldCentre(page, id) {
  const rect = await page.evaluate((id) => {
    const m = window.laTestEditors.find((e) => e.element.id === id).module;
    if (m._la_fixture_state) return JSON.parse(m.UTF8ToString(m._la_fixture_state())).rects['##name'];
    throw new Error('finding a text field in the editor needs a way to locate its widgets');
  }, id);
  const box = await page.locator(`#${id} canvas`).boundingBox();
  return {x: box.x + rect[0] + rect[2] / 2, y: box.y + rect[1] + rect[3] / 2};
}

// Clicks a text field of the editor on #id and types text into it, as a student does. frame: a
// page, or a frame in one.
export async function typeIntoEditor(frame, id, text) {
  const page = frame.mouse ? frame : frame.page();
  const {x, y} = await textFieldCentre(frame, id);
  await page.mouse.click(x, y);
  await frame.waitForFunction((id) => document.activeElement === document.querySelector(`#${id} textarea`), id);
  await page.keyboard.type(text);
}

// What the editor on #id holds, as text: the editor's document, or the fixture's text fields.
export function editorContent(page, id) {
  return page.evaluate((id) => {
    const editor = window.laTestEditors.find((e) => e.element.id === id);
    const m = editor.module;
    if (!m._la_fixture_state) return editor.getDocument();
    const {name, institution, notes} = JSON.parse(m.UTF8ToString(m._la_fixture_state()));
    return JSON.stringify({name, institution, notes});
  }, id);
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

// Presses the Export button of the editor on #id, as a student does.
export async function pressExport(page, id) {
  throw new Error(`pressing Export in #${id} needs a way to locate the editor's button`);
}
