// Canvas resolution, zoom, the idle page, context loss: what a student sees (or their fan hears).
import assert from 'node:assert/strict';
import {
  useBrowser, pageTest, state, waitForState, focusField, typeInto, drawCalls, waitForQuiet, itemCentre,
} from './harness.mjs';

const shared = useBrowser();

for (const dpr of [1, 1.25, 2, 3]) {
  pageTest(shared, `at devicePixelRatio ${dpr} the canvas has dpr × CSS size pixels, also after a resize`,
           {dpr}, async (page) => {
    const expected = (w, h) => ({w: Math.round(w * dpr), h: Math.round(h * dpr)});
    let want = expected(640, 420);
    let canvas = await page.evaluate(() => [editors.a.canvas.width, editors.a.canvas.height]);
    assert.deepEqual(canvas, [want.w, want.h]);
    await page.evaluate(() => {
      const element = document.getElementById('editor-a');
      element.style.width = '500px';
      element.style.height = '333px';
    });
    want = expected(500, 333);
    const s = await waitForState(page, 'a', (s) => s.displayWidth === want.w && s.displayHeight === want.h,
                                 `ImGui's display to be ${want.w}×${want.h}`);
    canvas = await page.evaluate(() => [editors.a.canvas.width, editors.a.canvas.height]);
    assert.deepEqual(canvas, [want.w, want.h]);
    assert.equal(s.dpiScale, dpr);
    if (dpr <= 2) {
      assert.ok(s.atlasWidth <= 1024 && s.atlasHeight <= 1024,
                `glyph atlas ${s.atlasWidth}×${s.atlasHeight} fits 1024×1024 at ${dpr}×`);
    }
  });
}

pageTest(shared, 'a zoom that changes devicePixelRatio re-renders the text at the new scale', {}, async (page) => {
  const before = await state(page, 'a');
  assert.equal(before.dpiScale, 1);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setDeviceMetricsOverride',
                 {width: 700, height: 950, deviceScaleFactor: 1.5, mobile: false});
  // Headless emulation changes devicePixelRatio without the events a real zoom fires (resize,
  // the resolution media query); a layout change makes the editor look again.
  await page.evaluate(() => { document.getElementById('editor-a').style.width = '600px'; });
  const after = await waitForState(page, 'a', (s) => s.dpiScale === 1.5 && s.displayWidth === 900,
                                   'the editor at 1.5×');
  assert.ok(after.atlasHeight * after.atlasWidth > before.atlasHeight * before.atlasWidth,
            'the glyph atlas was rebuilt larger');
  // Items keep their CSS size: layout scales with the ratio, nothing jumps.
  assert.ok(Math.abs(after.rects['##name'][1] - before.rects['##name'][1]) <= 2);
});

pageTest(shared, 'an idle page draws nothing and runs no frame for 5 seconds', {}, async (page) => {
  await waitForQuiet(page);
  const before = await drawCalls(page);
  const framesBefore = [(await state(page, 'a')).framesRun, (await state(page, 'b')).framesRun];
  await page.waitForTimeout(5000);  // the deliberate idle window
  assert.equal(await drawCalls(page), before, 'WebGL draw calls during 5 s of idle');
  // Not even a frame that draws nothing: an idle page uses no CPU.
  const framesAfter = [(await state(page, 'a')).framesRun, (await state(page, 'b')).framesRun];
  assert.deepEqual(framesAfter, framesBefore, 'ImGui frames run during 5 s of idle');
  // And input that changes the picture does draw: the counter works.
  const button = await itemCentre(page, 'a', 'count');
  await page.mouse.move(button.x, button.y);
  await page.waitForFunction((n) => window.drawCalls() > n, before);
});

pageTest(shared, 'a focused text field wakes only for the caret blink', {}, async (page) => {
  await focusField(page, 'a', '##name');
  await page.waitForTimeout(300);
  const start = await state(page, 'a');
  await page.waitForTimeout(2400);  // two blink periods of 1.2 s
  const end = await state(page, 'a');
  const frames = end.framesRun - start.framesRun;
  assert.ok(frames >= 2 && frames <= 12, `${frames} frames in 2.4 s with the caret blinking`);
});

pageTest(shared, 'after the WebGL context is lost and restored the editor looks as before', {}, async (page) => {
  await typeInto(page, 'a', '##name', 'Ελένη');
  await waitForState(page, 'a', (s) => s.name === 'Ελένη', 'the typed name');
  await page.click('#page-input');  // no blinking caret in the picture
  await waitForQuiet(page);
  const canvas = page.locator('#editor-a canvas');
  const before = await canvas.screenshot();
  await page.evaluate(() => {
    window.loseContext = editors.a.canvas.getContext('webgl2').getExtension('WEBGL_lose_context');
    window.loseContext.loseContext();
  });
  await page.waitForFunction(() => editors.a.canvas.getContext('webgl2').isContextLost());
  const drawn = await drawCalls(page, 'a');
  await page.evaluate(() => window.loseContext.restoreContext());
  await page.waitForFunction((n) => window.drawCalls(editors.a.canvas) > n, drawn);
  await waitForQuiet(page);
  assert.ok((await canvas.screenshot()).equals(before), 'same pixels after the restore');
  assert.equal((await state(page, 'a')).name, 'Ελένη');
});
