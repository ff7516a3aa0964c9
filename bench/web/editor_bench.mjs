// Editor benchmark in headless Chromium (SwiftShader: GPU work is CPU work here): typing into an
// agreement with 200 components in Table A, the frame time while typing and the time from a
// keystroke to updated findings. The time to the first frame is bench/web/ship_bench.mjs's.
// Prints figures; asserts nothing.
import fs from 'node:fs';
import path from 'node:path';
import {catchModule, focusField, openEditor, scrollToTop} from '../../tests/e2e/editor_harness.mjs';
import {launchChromium, root} from '../../tests/e2e/harness.mjs';
import {serve} from '../../web/serve.mjs';

const site = path.join(root, 'build/e2e-site');
const kComponents = 200;
const kKeystrokes = 40;

const ms = (value) => value.toFixed(2).padStart(7) + ' ms';
const sorted = (values) => [...values].sort((a, b) => a - b);
const median = (values) => sorted(values)[Math.floor(values.length / 2)];
const p95 = (values) => sorted(values)[Math.min(values.length - 1, Math.floor(values.length * 0.95))];

// A complete semester agreement (a sample) whose Table A holds kComponents components.
function bigAgreement() {
  const agreement = JSON.parse(fs.readFileSync(path.join(root, 'assets/samples/semester-two-terms.json'), 'utf8'));
  const rows = [];
  for (let i = 0; i < kComponents; ++i) {
    rows.push({losCode: `BENCH-${1000 + i}`, title: `Generated course ${i}: Łódź, Ελληνικά, Русский`,
               termId: {termNumber: 1 + (i % 2), totalTerms: 2}, credits: [{scheme: 'ects', value: 5 + (i % 3)}]});
  }
  agreement.firstVersion.componentsStudied = rows;
  return JSON.stringify(agreement);
}

async function main() {
  const {server, port} = await serve(site);
  const browser = await launchChromium();
  const context = await browser.newContext({viewport: {width: 1366, height: 768}});
  await context.addInitScript(catchModule);
  const page = await context.newPage();
  page.on('crash', () => console.log('  the page crashed'));
  await openEditor(page, `http://127.0.0.1:${port}/index.html`);
  const loaded = await page.evaluate((text) => {
    const start = performance.now();
    const answer = JSON.parse(laModule.ccall('la_set_document_json', 'string', ['string'], [text]));
    return {ok: answer.ok, findings: answer.findings.length, ms: performance.now() - start};
  }, bigAgreement());
  console.log(`Agreement with ${kComponents} components in Table A (1366×768, 1×)`);
  console.log(`  opened (read + check), ${loaded.findings} findings        ${ms(loaded.ms)}`);

  // The title of the first row takes the keyboard, as when a student clicks into it.
  await scrollToTop(page, '#tableA');
  await focusField(page, '/firstVersion/componentsStudied/0/title');

  // In-page, frame by frame: a character arrives the way the textarea delivers it, then one
  // frame runs (ImGui, the edit, the checker, the draw lists, WebGL calls); readPixels waits for
  // SwiftShader to rasterise it. Frames without a keystroke follow, as between keys.
  const timings = await page.evaluate((n) => {
    const m = laModule;
    const gl = document.querySelector('#editor canvas').getContext('webgl2');
    const pixel = new Uint8Array(4);
    const perf = () => JSON.parse(m.UTF8ToString(m._la_editor_perf()));
    const result = {keyFrame: [], keyRaster: [], editor: [], quietFrame: [], quietRaster: [], checkedEveryKey: true};
    const proto = WebGL2RenderingContext.prototype;
    const original = proto.drawElements;
    let calls = 0, elements = 0;
    proto.drawElements = function(mode, count, type, offset) { calls++; elements += count; return original.call(this, mode, count, type, offset); };
    m._la_editor_time_frames(1);
    result.drawCalls = calls; result.elements = elements;
    proto.drawElements = original;
    m._la_editor_time_frames(10);
    for (let i = 0; i < n; ++i) {
      const before = perf().revision;
      m.ccall('la_web_on_text_edit', null, ['number', 'string'], [0, 'x']);
      let start = performance.now();
      result.keyFrame.push(m._la_editor_time_frames(1));
      gl.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, pixel);
      result.keyRaster.push(performance.now() - start);
      const after = perf();
      result.editor.push(after.editorMs);
      if (after.revision === before || after.checkedRevision !== after.revision) result.checkedEveryKey = false;
      start = performance.now();
      result.quietFrame.push(m._la_editor_time_frames(1));
      gl.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, pixel);
      result.quietRaster.push(performance.now() - start);
    }
    // Baseline in the same run: a canvas of the same size that only clears and reads back,
    // the floor of any frame on this WebGL implementation.
    const blank = document.createElement('canvas');
    blank.width = gl.canvas.width;
    blank.height = gl.canvas.height;
    const bgl = blank.getContext('webgl2');
    result.blankRaster = [];
    for (let i = 0; i < n; ++i) {
      const start = performance.now();
      bgl.clearColor(i / n, 0.5, 0.5, 1);
      bgl.clear(bgl.COLOR_BUFFER_BIT);
      bgl.readPixels(0, 0, 1, 1, bgl.RGBA, bgl.UNSIGNED_BYTE, pixel);
      result.blankRaster.push(performance.now() - start);
    }
    return result;
  }, kKeystrokes);

  console.log(`  one frame draws ${timings.drawCalls} draw calls, ${timings.elements} indices`);
  // End to end through the browser: a real key press, until a frame has checked the new revision.
  const latencies = [];
  for (let i = 0; i < 20; ++i) {
    // The listener is in place (an awaited evaluate) before the key is sent: no race.
    await page.evaluate(() => {
      const m = laModule;
      const before = JSON.parse(m.UTF8ToString(m._la_editor_perf())).revision;
      window.benchLatency = new Promise((resolve) => {
        let start = null;
        window.addEventListener('keydown', () => { start = performance.now(); }, {capture: true, once: true});
        const poll = () => {
          const p = JSON.parse(m.UTF8ToString(m._la_editor_perf()));
          if (start !== null && p.revision > before && p.checkedRevision === p.revision) resolve(performance.now() - start);
          else requestAnimationFrame(poll);
        };
        requestAnimationFrame(poll);
      });
    });
    await page.keyboard.type('y');
    latencies.push(await page.evaluate(() => window.benchLatency));
  }

  console.log(`  typing into a Table A title (${kKeystrokes} keystrokes), per frame, median / 95th percentile:`);
  console.log(`    frame with a keystroke: ImGui + edit + checker + WebGL calls   ${ms(median(timings.keyFrame))} / ${ms(p95(timings.keyFrame))}`);
  console.log(`      ... the editor's part (view + checker, no ImGui render)      ${ms(median(timings.editor))} / ${ms(p95(timings.editor))}`);
  console.log(`      ... + SwiftShader rasterisation (frame time while typing)    ${ms(median(timings.keyRaster))} / ${ms(p95(timings.keyRaster))}`);
  console.log(`    baseline: clear + read back a blank canvas of the same size      ${ms(median(timings.blankRaster))} / ${ms(p95(timings.blankRaster))}`);
  console.log(`    frame between keystrokes (caret, field active) + raster        ${ms(median(timings.quietRaster))} / ${ms(p95(timings.quietRaster))}`);
  console.log(`    findings checked in the keystroke's own frame: ${timings.checkedEveryKey ? 'yes, every time' : 'NO'}`);
  console.log(`  keystroke to updated findings, real key press to the frame that checked it (20 keys):`);
  console.log(`    median / 95th percentile                                       ${ms(median(latencies))} / ${ms(p95(latencies))}`);
  console.log(`  target: under 16 ms per frame`);
  await browser.close();
  server.close();
}

await main();
