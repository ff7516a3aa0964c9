// Browser-layer benchmark in headless Chromium (SwiftShader: GPU work is CPU work here).
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import {launchChromium, root} from '../../tests/e2e/harness.mjs';
import {serve} from '../../web/serve.mjs';

const site = path.join(root, 'build/e2e-site');
const kRuns = 5;

const kb = (bytes) => (bytes / 1024).toFixed(1).padStart(7) + ' KB';
function sizes(file) {
  const bytes = fs.readFileSync(file);
  return {raw: bytes.length, gzip: zlib.gzipSync(bytes, {level: 9}).length,
          brotli: zlib.brotliCompressSync(bytes).length};
}
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

// Counts drawElements and notes when the first frame was issued (both pages, same clock).
function instrument() {
  let calls = 0;
  const draw = WebGL2RenderingContext.prototype.drawElements;
  WebGL2RenderingContext.prototype.drawElements = function(...args) {
    ++calls;
    return draw.apply(this, args);
  };
  window.drawCalls = () => calls;
  // la-first-frame does not bubble, but capture listeners on document see it.
  document.addEventListener('la-first-frame', () => { window.firstFrameMs = performance.now(); }, true);
  // The page keeps its module to itself; catch it as la_fixture.js defines the factory.
  let factory;
  Object.defineProperty(window, 'createLAStudioModule', {
    configurable: true,
    get() { return factory; },
    set(f) {
      factory = (options) => f(options).then((m) => { window.benchModule = m; return m; });
    },
  });
}

async function main() {
  console.log('Sizes (raw / gzip -9 / brotli)');
  const files = [
    ['wasm (la_fixture.wasm, font + shaders inside)', path.join(site, 'la_fixture.wasm')],
    ['JS   (la_fixture.js, Emscripten glue + bridge)', path.join(site, 'la_fixture.js')],
    ['JS   (la_studio.js, mount API)', path.join(site, 'la_studio.js')],
    ['HTML (fixture.html)', path.join(site, 'fixture.html')],
    ['font (Noto Sans subset, embedded in the wasm)', path.join(root, 'build/wasm/fonts/ui_font.ttf')],
  ];
  let hostedGzip = 0;
  for (const [label, file] of files) {
    const s = sizes(file);
    if (!label.startsWith('font')) hostedGzip += s.gzip;
    console.log(`  ${label.padEnd(48)} ${kb(s.raw)} / ${kb(s.gzip)} / ${kb(s.brotli)}`);
  }
  console.log(`  ${'hosted transfer, gzip (budget 300 KB)'.padEnd(48)} ${kb(hostedGzip)}`);

  const {server, port} = await serve(site);
  const base = `http://127.0.0.1:${port}/`;
  const browser = await launchChromium();
  const open = async (page, options = {}) => {
    const context = await browser.newContext({viewport: {width: 1280, height: 800},
                                              deviceScaleFactor: options.dpr || 1});
    await context.addInitScript(instrument);
    const p = await context.newPage();
    await p.goto(base + page);
    await p.waitForFunction(() => window.firstFrameMs !== undefined);
    return p;
  };

  const blank = [];
  const fixture = [];
  for (let i = 0; i < kRuns; ++i) {
    for (const [page, times] of [['blank_webgl2.html', blank], ['fixture.html', fixture]]) {
      const p = await open(page);
      times.push(await p.evaluate(() => window.firstFrameMs));
      await p.context().close();
    }
  }
  const ratio = median(fixture) / median(blank);
  console.log('\nTime to first frame (median of ' + kRuns + ', from navigation start)');
  console.log(`  blank page creating a WebGL2 context   ${median(blank).toFixed(1).padStart(7)} ms`);
  console.log(`  fixture page (fixture.html)            ${median(fixture).toFixed(1).padStart(7)} ms`);
  console.log(`  ratio fixture / blank                  ${ratio.toFixed(2).padStart(7)}`);

  const page = await open('fixture.html');
  await page.waitForFunction(() => {
    const now = performance.now();
    if (window.lastCalls !== window.drawCalls()) { window.lastCalls = window.drawCalls(); window.since = now; }
    return now - window.since > 1000;
  }, null, {polling: 100});
  const before = await page.evaluate(() => window.drawCalls());
  await page.waitForTimeout(5000);
  const idle = (await page.evaluate(() => window.drawCalls())) - before;
  console.log(`\nDraw calls during 5 s idle                ${String(idle).padStart(7)}`);

  // Forced frames (each one reaches WebGL) with the 200-row table on screen, 1280×800 at 1×.
  const cost = await page.evaluate(() => {
    const m = window.benchModule;
    const gl = document.querySelector('#editor canvas').getContext('webgl2');
    const pixel = new Uint8Array(4);
    m._la_fixture_time_frames(20);  // warm up
    const submit = m._la_fixture_time_frames(100);
    const start = performance.now();
    for (let i = 0; i < 50; ++i) {
      m._la_fixture_time_frames(1);
      gl.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, pixel);  // waits for the raster
    }
    return {submit, raster: (performance.now() - start) / 50};
  });
  console.log('\nCPU time per frame, 200-row table on screen (1280×800, 1×)');
  console.log(`  ImGui frame + hash + WebGL calls       ${cost.submit.toFixed(2).padStart(7)} ms`);
  console.log(`  ... + SwiftShader rasterisation        ${cost.raster.toFixed(2).padStart(7)} ms`);
  await page.context().close();

  console.log('\nGlyph atlas (texture) by devicePixelRatio');
  for (const dpr of [1, 1.25, 2, 3]) {
    const p = await open('fixture.html', {dpr});
    const s = await p.evaluate(() => JSON.parse(
        window.benchModule.UTF8ToString(window.benchModule._la_fixture_state())));
    console.log(`  ${String(dpr).padEnd(5)} ${s.atlasWidth}×${s.atlasHeight}`);
    await p.context().close();
  }
  await browser.close();
  server.close();
}

await main();
