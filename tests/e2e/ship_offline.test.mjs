// The offline single file (la-studio.html) opened from disk: nothing fetched, works, no storage.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {pathToFileURL} from 'node:url';
import {browserTest, useBrowser} from './harness.mjs';
import {captureEditors, editorContent, firstFrames, laCheckFindings, offlineCopy, pressExport, samples,
        samplesDir, site, typeIntoEditor, waitForContent} from './ship_site.mjs';

const shared = useBrowser('build/site', 'la-studio.html');

// A text of a language's catalogue (assets/i18n): what the student should read.
const catalogueText = (language, key) =>
  JSON.parse(fs.readFileSync(new URL(`../../assets/i18n/${language}.json`, import.meta.url))).messages[key];

// Opens the offline copy with every request but the page's own failing, and fails at the first
// request for anything else (data: URLs never leave the browser and do not count).
async function openOffline(page, context) {
  const url = offlineCopy();
  const fetched = [];
  let fetchedSomething;
  const fetchFailure = new Promise((resolve, reject) => { fetchedSomething = reject; });
  fetchFailure.catch(() => {});  // a fetch after the page has settled fails the last assert
  const watch = (r) => {
    if (r.url() === url || r.url().startsWith('data:')) return;
    fetched.push(r.url());
    fetchedSomething(new Error(`the offline page fetched ${fetched.join(', ')}`));
  };
  page.on('request', watch);
  page.on('requestfailed', watch);
  await context.route('**/*', (route) => {
    if (route.request().url() === url) return route.continue();
    return route.abort('internetdisconnected');
  });
  await Promise.race([(async () => {
    await page.goto(url);
    await firstFrames(page, 1);
    await page.waitForLoadState('networkidle');
  })(), fetchFailure]);
  assert.deepEqual(fetched, []);
}

browserTest(shared, 'la-studio.html opened from disk with no network draws without fetching anything',
            {initScript: captureEditors}, async (page, context) => {
  await openOffline(page, context);
  assert.ok(await page.evaluate(() => window.drawCalls() > 0));
  assert.equal(await page.getByRole('link', {name: 'Download for offline use'}).count(), 0);
});

browserTest(shared, 'la-studio.html from disk checks every sample as la-check does',
            {initScript: captureEditors}, async (page, context) => {
  await openOffline(page, context);
  const expected = laCheckFindings(samples);
  for (const sample of samples) {
    const json = fs.readFileSync(path.join(samplesDir, sample), 'utf8');
    const result = await page.evaluate((json) => window.laTestEditors[0].setDocument(json), json);
    assert.equal(result.ok, true, `${sample}: ${JSON.stringify(result.error)}`);
    assert.deepEqual(result.findings, expected[sample], sample);
  }
});

// Storage that refuses every access, as some browsers treat file:// pages or third-party frames.
function noStorage() {
  Object.defineProperty(window, 'localStorage', {
    configurable: true,
    get() { throw new DOMException('The operation is insecure.', 'SecurityError'); },
  });
}

browserTest(shared, 'where the browser gives no storage the student is told that export is their save',
            {initScript: noStorage}, async (page, context) => {
  await page.addInitScript(captureEditors);
  await openOffline(page, context);
  const notice = page.locator('#editor .la-studio-notice');
  assert.equal(await notice.locator('p').innerText(), catalogueText('en', 'page.noStorage'));
  const before = (await page.locator('#editor canvas').boundingBox()).height;
  await notice.getByRole('button', {name: 'OK'}).click();
  await page.waitForFunction((before) => document.querySelector('#editor canvas').height > before, before);
  assert.equal(await notice.count(), 0);
});

browserTest(shared, 'the notice about storage speaks the student\'s language once the editor does',
            {initScript: noStorage, locale: 'pl-PL'}, async (page, context) => {
  await page.addInitScript(captureEditors);
  await openOffline(page, context);
  const notice = page.locator('#editor .la-studio-notice p');
  await page.waitForFunction(() => document.querySelector('#editor .la-studio-stage').lang === 'pl');
  assert.equal(await notice.innerText(), catalogueText('pl', 'page.noStorage'));
  assert.equal(await page.title(), catalogueText('pl', 'page.title'), 'the page\'s title too');
});

browserTest(shared, 'without storage the agreement can still be exported',
            {initScript: noStorage}, async (page, context) => {
  await page.addInitScript(captureEditors);
  await openOffline(page, context);
  const download = page.waitForEvent('download');
  await pressExport(page, 'editor');
  const json = fs.readFileSync(await (await download).path(), 'utf8');
  assert.deepEqual(JSON.parse(json), JSON.parse(await page.evaluate(() => window.laTestEditors[0].getDocument())));
});

browserTest(shared, 'a saved copy of the hosted page, opened from disk, points to the offline file', {},
            async (page) => {
  // What "Save page as" keeps: the page and its scripts, not the wasm the script fetches.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'la-saved-'));
  for (const name of ['index.html', 'la_studio.js']) fs.copyFileSync(path.join(site, name), path.join(dir, name));
  await page.goto(pathToFileURL(path.join(dir, 'index.html')).href);
  await page.locator('#editor [role=alert]').waitFor();
  assert.match(await page.locator('#editor').innerText(), /Open la-studio\.html, the offline copy/);
});

browserTest(shared, 'copies of la-studio.html in two folders keep their own drafts',
            {initScript: captureEditors}, async (page, context) => {
  // Browsers give every file:// page one storage: the drafts must not meet there.
  const first = offlineCopy(), second = offlineCopy();
  await page.goto(first);
  await firstFrames(page, 1);
  await typeIntoEditor(page, 'editor', 'Łukasz');
  await waitForContent(page, 'editor', 'Łukasz');
  await page.close({runBeforeUnload: false});  // closing the tab saves the draft at once

  const other = await context.newPage();
  await other.goto(second);
  await firstFrames(other, 1);
  assert.ok(!(await editorContent(other, 'editor')).includes('Łukasz'), 'the other folder starts afresh');
  await other.goto(first);
  await firstFrames(other, 1);
  await waitForContent(other, 'editor', 'Łukasz');
});
