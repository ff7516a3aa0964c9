// Shipping benchmark in headless Chromium: sizes of what ships, time to first frame of the hosted
// and the single-file page against a blank WebGL2 page in the same run, memory after load.
// (SwiftShader: GPU work is CPU work here, so only the ratios travel to other machines.)
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import {pathToFileURL} from 'node:url';
import {launchChromium, root} from '../../tests/e2e/harness.mjs';
import {captureEditors} from '../../tests/e2e/ship_site.mjs';
import {serve} from '../../web/serve.mjs';

const site = path.join(root, 'build/site');
const kRuns = 7;
const kb = (bytes) => (bytes / 1024).toFixed(1).padStart(7) + ' KB';
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const verdict = (ok) => (ok ? 'within target' : 'OVER TARGET');

// Raw, gzip -9 and brotli sizes of a file (the site's own .gz/.br copies where it has them).
function sizes(file) {
  const bytes = fs.readFileSync(file);
  const copy = (suffix, make) => fs.existsSync(file + suffix) ? fs.statSync(file + suffix).size : make(bytes).length;
  return {raw: bytes.length, gzip: copy('.gz', (b) => zlib.gzipSync(b, {level: 9})),
          brotli: copy('.br', (b) => zlib.brotliCompressSync(b))};
}

function printSizes() {
  const wasm = fs.readdirSync(site).find((f) => /^la_\w+\.[0-9a-f]{12}\.wasm$/.test(f));
  const hosted = [['index.html', 'the page'], ['la_studio.js', 'mount API + module glue'],
                  [wasm, 'font, data and shaders inside']];
  console.log('Sizes (raw / gzip -9 / brotli)');
  const total = {raw: 0, gzip: 0, brotli: 0};
  for (const [file, what] of hosted) {
    const s = sizes(path.join(site, file));
    for (const k of Object.keys(total)) total[k] += s[k];
    console.log(`  ${(file + ' (' + what + ')').padEnd(56)} ${kb(s.raw)} / ${kb(s.gzip)} / ${kb(s.brotli)}`);
  }
  console.log(`  ${'hosted transfer, all of the above'.padEnd(56)} ${kb(total.raw)} / ${kb(total.gzip)} / ${kb(total.brotli)}`);
  console.log(`    target: gzip <= 300 KB: ${verdict(total.gzip <= 300 * 1024)}`);
  // Parts: files with a content-hashed name other than the wasm, loaded on first use only.
  const parts = fs.readdirSync(site).filter((f) => /^[\w-]+\.[0-9a-f]{12}\.[a-z]+$/.test(f) && f !== wasm).sort();
  console.log(`  parts, each loaded on first use:${parts.length ? '' : ' none'}`);
  for (const file of parts) {
    const s = sizes(path.join(site, file));
    console.log(`    ${file.padEnd(54)} ${kb(s.raw)} / ${kb(s.gzip)} / ${kb(s.brotli)}`);
  }
  const single = sizes(path.join(site, 'la-studio.html'));
  console.log(`  ${'la-studio.html (single file, offline)'.padEnd(56)} ${kb(single.raw)} / ${kb(single.gzip)} / ${kb(single.brotli)}`);
  console.log(`    target: <= 1.2 MB as kept on disk: ${verdict(single.raw <= 1.2 * 1024 * 1024)}`);
}

// Notes when the first frame was issued: the blank page sets window.firstFrameMs itself.
function noteFirstFrame() {
  document.addEventListener('la-first-frame', () => {
    if (window.firstFrameMs === undefined) window.firstFrameMs = performance.now();
  }, true);
}

async function main() {
  printSizes();
  const hosted = await serve(site);
  const blankSite = await serve(path.join(root, 'build/e2e-site'));
  const pages = {
    blank: `http://127.0.0.1:${blankSite.port}/blank_webgl2.html`,
    hosted: `http://127.0.0.1:${hosted.port}/`,
    single: pathToFileURL(path.join(site, 'la-studio.html')).href,
  };
  const browser = await launchChromium();
  const open = async (url) => {
    const context = await browser.newContext({viewport: {width: 1280, height: 800}});
    await context.addInitScript(noteFirstFrame);
    await context.addInitScript(captureEditors);
    const page = await context.newPage();
    await page.goto(url);
    await page.waitForFunction(() => window.firstFrameMs !== undefined);
    return page;
  };

  const times = {blank: [], hosted: [], single: []};
  for (let i = 0; i < kRuns; ++i) {
    for (const [name, url] of Object.entries(pages)) {
      const page = await open(url);
      times[name].push(await page.evaluate(() => window.firstFrameMs));
      await page.context().close();
    }
  }
  const blank = median(times.blank);
  console.log(`\nTime to first frame (median of ${kRuns}, cold cache, from navigation start)`);
  console.log(`  blank page creating a WebGL2 context          ${blank.toFixed(1).padStart(7)} ms`);
  for (const name of ['hosted', 'single']) {
    const ms = median(times[name]);
    const label = name === 'hosted' ? 'hosted page (index.html over HTTP)' : 'single file (la-studio.html from disk)';
    console.log(`  ${label.padEnd(45)} ${ms.toFixed(1).padStart(7)} ms = ${(ms / blank).toFixed(2)} × blank` +
                `   target <= 1.5 ×: ${verdict(ms / blank <= 1.5)}`);
  }

  console.log('\nMemory after load (one editor, settled)');
  for (const name of ['hosted', 'single']) {
    const page = await open(pages[name]);
    await page.waitForFunction(() => window.laTestEditors.length === 1);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    await cdp.send('HeapProfiler.collectGarbage');
    const {metrics} = await cdp.send('Performance.getMetrics');
    const js = metrics.find((m) => m.name === 'JSHeapUsedSize').value;
    const wasm = await page.evaluate(() => window.laTestEditors[0].module.HEAPU8.length);
    console.log(`  ${name.padEnd(7)} JS heap used ${kb(js)}, wasm memory ${kb(wasm)}`);
    await page.context().close();
  }
  await browser.close();
  hosted.server.close();
  blankSite.server.close();
}

await main();
