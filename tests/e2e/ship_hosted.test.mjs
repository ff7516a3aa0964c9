// The hosted site (build/site from a web server): loading, streaming, plain failures, offline link.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import {browserTest, useBrowser} from './harness.mjs';
import {captureEditors, firstFrames, pressExport, samplesDir, site} from './ship_site.mjs';

const shared = useBrowser('build/site', 'la-studio.html');

// Init script: notes how the wasm was compiled and every progress value the loading bar showed.
function watchLoading() {
  const seen = {streaming: 0, buffered: 0, progress: []};
  Object.defineProperty(window, 'laTestLoading', {value: seen, enumerable: false});
  if (typeof WebAssembly !== 'object') return;
  const streaming = WebAssembly.instantiateStreaming;
  WebAssembly.instantiateStreaming = function(...args) {
    seen.streaming++;
    return streaming.apply(this, args);
  };
  const buffered = WebAssembly.instantiate;
  WebAssembly.instantiate = function(...args) {
    if (!(args[0] instanceof WebAssembly.Module)) seen.buffered++;
    return buffered.apply(this, args);
  };
  // Each change's old value: the bar's value is gone (indeterminate) by the time records arrive.
  new MutationObserver((records) => {
    for (const r of records) if (r.target.localName === 'progress') seen.progress.push(Number(r.oldValue));
  }).observe(document, {subtree: true, attributes: true, attributeFilter: ['value'], attributeOldValue: true});
}

// The text the editor's element shows (loading, notices, errors), without extra white space.
async function editorText(page) {
  return (await page.locator('#editor').innerText()).replace(/\s+/g, ' ').trim();
}

browserTest(shared, 'the hosted page says Loading until its first frame and streams the preloaded, compressed wasm',
            {initScript: watchLoading}, async (page) => {
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await page.route('**/*.wasm', async (route) => {
    await held;
    await route.continue();
  });
  const wasmResponse = page.waitForResponse((r) => r.url().endsWith('.wasm'));
  const wasmRequests = [];
  page.on('request', (r) => { if (r.url().endsWith('.wasm')) wasmRequests.push(r.url()); });
  await page.goto(shared.base);
  const loading = page.locator('#editor .la-studio-loading');
  await loading.waitFor();
  assert.match(await loading.innerText(), /Loading the editor…/);
  assert.equal(await page.evaluate(() => window.drawCalls()), 0, 'nothing drawn before the wasm');
  release();
  await page.waitForFunction(() => document.querySelectorAll('.la-studio-stage').length === 1 &&
                                   !document.querySelector('.la-studio-loading'));
  await page.waitForFunction(() => window.drawCalls() > 0);
  const response = await wasmResponse;
  const headers = response.headers();
  assert.equal(headers['content-type'], 'application/wasm');
  assert.match(headers['content-encoding'] || '', /^(br|gzip)$/, 'the precompressed copy is served');
  const seen = await page.evaluate(() => window.laTestLoading);
  assert.deepEqual([seen.streaming, seen.buffered], [1, 0], 'compiled while downloading, once');
  assert.equal(wasmRequests.length, 1, 'the preloaded download is the one compiled');
  assert.ok(seen.progress.some((v) => v > 0), `progress shown: ${JSON.stringify(seen.progress)}`);
});

browserTest(shared, 'a wasm served with another MIME type still loads, compiled after the download',
            {initScript: watchLoading}, async (page) => {
  await page.route('**/*.wasm', async (route) => {
    const response = await route.fetch();
    await route.fulfill({response, headers: {...response.headers(), 'content-type': 'application/octet-stream'}});
  });
  await page.goto(shared.base);
  await page.waitForFunction(() => window.drawCalls() > 0 && !document.querySelector('.la-studio-loading'));
  const seen = await page.evaluate(() => window.laTestLoading);
  assert.deepEqual([seen.streaming, seen.buffered], [0, 1]);
});

// Each way a browser can fail to run the editor, and what the student must read instead.
const kCannotRun = [
  ['without WebAssembly', () => { delete window.WebAssembly; }, /WebAssembly is not available/, false],
  ['without WebGL2', () => { delete window.WebGL2RenderingContext; }, /WebGL 2 is not available/, false],
  ['when WebGL2 cannot make a context', () => {
    const getContext = HTMLCanvasElement.prototype.getContext;
    HTMLCanvasElement.prototype.getContext = function(type, ...rest) {
      return type === 'webgl2' ? null : getContext.call(this, type, ...rest);
    };
  }, /WebGL 2 is not available/, true],
  ['when the wasm cannot be downloaded', null, /The editor could not be loaded .*reload the page/, false],
];
for (const [when, initScript, message, instantiates] of kCannotRun) {
  browserTest(shared, `${when} the page says so in plain words instead of loading for ever`,
              {initScript: initScript || undefined}, async (page) => {
    await page.addInitScript(watchLoading);
    if (!initScript) await page.route('**/*.wasm', (route) => route.abort('connectionrefused'));
    await page.goto(shared.base);
    await page.locator('#editor [role=alert]').waitFor();
    assert.match(await editorText(page), message);
    assert.equal(await page.locator('#editor .la-studio-loading').count(), 0, 'no Loading left');
    assert.equal(await page.locator('#editor .la-studio-canvas').isVisible(), false, 'no blank canvas');
    const seen = await page.evaluate(() => window.laTestLoading);
    assert.equal(seen.streaming + seen.buffered, instantiates ? 1 : 0, 'the wasm is started only if it can run');
  });
}

browserTest(shared, 'the hosted page offers la-studio.html, the offline copy, as a download', {}, async (page) => {
  await page.goto(shared.base);
  const link = page.getByRole('link', {name: 'Download for offline use'});
  const download = page.waitForEvent('download');
  await link.click();
  const file = await (await download).path();
  assert.equal((await download).suggestedFilename(), 'la-studio.html');
  assert.ok(fs.readFileSync(file).equals(fs.readFileSync(path.join(site, 'la-studio.html'))));
});

browserTest(shared, 'an agreement can be exported from the hosted page',
            {initScript: captureEditors}, async (page) => {
  await page.goto(shared.base);
  await firstFrames(page, 1);
  const sample = fs.readFileSync(path.join(samplesDir, 'semester-typical-mistakes.json'), 'utf8');
  const set = await page.evaluate((json) => window.laTestEditors[0].setDocument(json), sample);
  assert.equal(set.ok, true, JSON.stringify(set.error));
  const expected = await page.evaluate(() => window.laTestEditors[0].getDocument());
  const download = page.waitForEvent('download');
  await pressExport(page, 'editor');
  const file = await (await download).path();
  assert.match((await download).suggestedFilename(), /\.json$/);
  assert.deepEqual(JSON.parse(fs.readFileSync(file, 'utf8')), JSON.parse(expected));
});
