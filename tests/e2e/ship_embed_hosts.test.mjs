// Host pages of every shape the mount API meets: an editor mounted into a hidden tab, into a
// shadow root, into a scaled container, into an element without an id; a mount that cannot
// start; what is not an agreement, given by the page; the wheel in a long page; a menu in a
// short editor; Tab through an editor taller than the window.
import assert from 'node:assert/strict';
import {browserTest, useBrowser} from './harness.mjs';
import {captureEditors, firstFrames, serveOrigin, site} from './ship_site.mjs';

const shared = useBrowser('build/site', 'index.html');
const kUni = 'https://www.uni.example';
const kOptions = {viewport: {width: 1000, height: 800}, initScript: captureEditors};

// A page of the university's site with body and script, next to the shipped la_studio.js.
async function openHostPage(page, context, body, script) {
  await serveOrigin(context, kUni, site, {
    '/host.html': `<!doctype html><meta charset="utf-8"><link rel="icon" href="data:,"><title>Host</title>
      <body style="margin: 0">${body}<script src="/la_studio.js"></script><script>${script}</script></body>`,
  });
  await page.goto(`${kUni}/host.html`);
}

// Clicks the item (a field's JSON Pointer) of the i-th editor where it shows on screen, which a
// CSS transform may scale from where the editor lays it out; then types text.
async function clickAndType(page, index, item, text) {
  const at = await page.evaluate(([index, item]) => {
    const editor = window.laTestEditors[index];
    const r = JSON.parse(editor.module.UTF8ToString(editor.module._la_editor_state())).rects[item];
    const box = editor.canvas.getBoundingClientRect();
    const scale = box.width / editor.canvas.offsetWidth;
    return {x: box.left + (r[0] + r[2] / 2) * scale, y: box.top + (r[1] + r[3] / 2) * scale};
  }, [index, item]);
  await page.mouse.click(at.x, at.y);
  await page.waitForFunction((index) => {
    const textarea = window.laTestEditors[index].textarea;
    return textarea.getRootNode().activeElement === textarea;
  }, index);
  await page.keyboard.type(text);
}

async function waitForGivenNames(page, index, text) {
  await page.waitForFunction(([index, text]) =>
    JSON.parse(window.laTestEditors[index].getDocument()).student.givenNames === text, [index, text]);
}

browserTest(shared, 'an editor mounted into a hidden tab fills its element once the tab is shown', kOptions,
            async (page, context) => {
  await openHostPage(page, context, '<section id="tab" hidden><div id="la" style="height: 300px"></div></section><p id="after">Next</p>',
                     `window.mounted = LAStudio.mount(document.getElementById('la'));`);
  await page.evaluate(() => window.mounted.then(() => true));  // (the editor itself is too big to pass back)
  await page.evaluate(() => { document.getElementById('tab').hidden = false; });
  await firstFrames(page, 1);
  const [element, canvas, after] = await Promise.all(['#la', '#la canvas', '#after'].map((s) => page.locator(s).boundingBox()));
  assert.deepEqual(canvas, element, 'the editor has the element\'s size');
  assert.ok(after.y >= element.y + element.height, 'the page goes on below the editor, not under it');
});

browserTest(shared, 'in a shadow root and in a scaled container a click reaches the field under it', kOptions,
            async (page, context) => {
  await openHostPage(page, context,
    '<div id="shadow-host"></div><div style="transform: scale(0.75); transform-origin: 0 0"><div id="scaled" style="height: 400px"></div></div>',
    `const root = document.getElementById('shadow-host').attachShadow({mode: 'open'});
     const inner = document.createElement('div');
     inner.id = 'in-shadow';
     inner.style.height = '400px';
     root.append(inner);
     LAStudio.mount(inner).then(() => LAStudio.mount(document.getElementById('scaled')));`);
  // (The first editor's events stay in its shadow root: they are not composed.)
  await page.waitForFunction(() => window.laTestEditors.length === 2 &&
                                   window.laTestEditors.every((e) => !e.element.querySelector('.la-studio-loading')));
  const textarea = await page.evaluate(() => {
    const s = getComputedStyle(window.laTestEditors[0].textarea);
    return [s.opacity, s.position];
  });
  assert.deepEqual(textarea, ['0', 'absolute'], 'the editor\'s styles reach into the shadow root');
  await clickAndType(page, 0, '/student/givenNames', 'Ελένη');
  await waitForGivenNames(page, 0, 'Ελένη');
  await clickAndType(page, 1, '/student/givenNames', 'İpek');
  await waitForGivenNames(page, 1, 'İpek');
});

browserTest(shared, 'an element without an id keeps its draft through destroy() and a new mount, and a reload', kOptions,
            async (page, context) => {
  await openHostPage(page, context, '<main><div class="la" style="height: 500px"></div></main>',
                     `LAStudio.mount(document.querySelector('.la'));`);
  await firstFrames(page, 1);
  await clickAndType(page, 0, '/student/givenNames', 'Zofia');
  await waitForGivenNames(page, 0, 'Zofia');
  await page.evaluate(() => {
    window.laTestEditors[0].destroy();
    return LAStudio.mount(document.querySelector('.la')).then(() => true);
  });
  await waitForGivenNames(page, 1, 'Zofia');
  await clickAndType(page, 1, '/student/givenNames', ' Anna');
  await waitForGivenNames(page, 1, 'Zofia Anna');
  await page.evaluate(() => window.laTestEditors[1].module._la_editor_page_hidden());  // saves now
  await page.reload();
  await firstFrames(page, 1);
  await waitForGivenNames(page, 0, 'Zofia Anna');
});

browserTest(shared, 'a mount that cannot start tells the page, and a new mount into the element works', kOptions,
            async (page, context) => {
  await openHostPage(page, context, '<div id="la" style="height: 500px"></div>', `
    const element = document.getElementById('la');
    window.errors = [];
    element.addEventListener('la-error', (e) => window.errors.push(e.detail));
    window.first = LAStudio.mount(element, {locateFile: () => '/moved.wasm'}).then(() => 'mounted', (e) => e.message);`);
  const first = await page.evaluate(() => window.first);
  assert.match(first, /could not be loaded.*moved\.wasm.*404/);
  await page.waitForFunction(() => window.errors.length === 1);
  assert.equal(await page.evaluate(() => window.errors[0]), first, 'la-error carries what the element shows');
  assert.equal(await page.locator('#la [role=alert]').textContent(), first);
  await page.evaluate(() => LAStudio.mount(document.getElementById('la')).then(() => true));
  await firstFrames(page, 1);
  assert.equal(await page.locator('#la [role=alert]').count(), 0, 'the failed editor is gone');
  assert.equal(await page.evaluate(() => window.errors.length), 1);
});

browserTest(shared, 'what is not an agreement gets an answer that says so, and the agreement stays', kOptions,
            async (page, context) => {
  await openHostPage(page, context, '<div id="la" style="height: 500px"></div>', `
    const element = document.getElementById('la');
    window.refused = [
      LAStudio.mount(element, {document: 42}),
      LAStudio.mount(element, {locateFile: 'https://cdn.example/'}),
      LAStudio.mount(element, {locateFile: () => { throw new Error('no map of the CDN'); }}),
    ].map((p) => p.then(() => 'mounted', (e) => e.message));`);
  const refused = await page.evaluate(() => Promise.all(window.refused));
  assert.match(refused[0], /options.document: .*not number/);
  assert.match(refused[1], /locateFile must be a function/);
  assert.match(refused[2], /could not be loaded.*no map of the CDN/);
  const answers = await page.evaluate(async () => {
    const editor = await LAStudio.mount(document.getElementById('la'));
    editor.setDocument({formatVersion: 1, student: {givenNames: 'Dmitry'}});
    const cycle = {};
    cycle.self = cycle;
    return [editor.setDocument(undefined), editor.setDocument(cycle), JSON.parse(editor.getDocument()).student.givenNames];
  });
  assert.equal(answers[0].ok, false);
  assert.match(answers[0].error.message, /must be JSON text or an object, not undefined/);
  assert.equal(answers[1].ok, false);
  assert.match(answers[1].error.message, /circular/i);
  assert.equal(answers[2], 'Dmitry', 'the agreement set before stays');
});

browserTest(shared, 'in a long page the wheel scrolls the editor\'s form, then at its end the page', kOptions,
            async (page, context) => {
  await openHostPage(page, context, '<h1>Outgoing students</h1><div id="la" style="height: 500px"></div><p style="height: 2000px">More</p>',
                     `LAStudio.mount(document.getElementById('la'));`);
  await firstFrames(page, 1);
  const formScroll = () => page.evaluate(() => {
    const m = window.laTestEditors[0].module;
    return JSON.parse(m.UTF8ToString(m._la_editor_state())).formScrollY;
  });
  const box = await page.locator('#la canvas').boundingBox();
  await page.mouse.move(box.x + box.width * 0.3, box.y + box.height / 2);
  await page.mouse.wheel(0, 300);
  await page.waitForTimeout(200);
  assert.ok(await formScroll() > 0, 'the form scrolls first');
  assert.equal(await page.evaluate(() => scrollY), 0, 'the page stays');
  for (let i = 0; i < 60 && (await page.evaluate(() => scrollY)) === 0; ++i) {
    await page.mouse.wheel(0, 600);
    await page.waitForTimeout(50);
  }
  assert.ok(await page.evaluate(() => scrollY) > 0, 'at the form\'s end the page scrolls');
});

browserTest(shared, 'in a short editor the Samples menu opens under its button and scrolls', kOptions, async (page, context) => {
  await openHostPage(page, context, '<div id="la" style="height: 320px"></div>', `LAStudio.mount(document.getElementById('la'));`);
  await firstFrames(page, 1);
  const view = () => page.evaluate(() => {
    const m = window.laTestEditors[0].module;
    return JSON.parse(m.UTF8ToString(m._la_editor_state()));
  });
  const button = (await view()).rects['button#samples'];
  const box = await page.locator('#la canvas').boundingBox();
  await page.mouse.click(box.x + button[0] + button[2] / 2, box.y + button[1] + button[3] / 2);
  await page.waitForFunction(() => {
    const m = window.laTestEditors[0].module;
    return JSON.parse(m.UTF8ToString(m._la_editor_state())).popups.includes('samples-menu');
  });
  await page.waitForTimeout(100);
  const s = await view();
  const entries = Object.keys(s.rects).filter((name) => name.startsWith('sample#')).map((name) => s.rects[name]);
  assert.ok(entries.length > 0);
  assert.ok(Math.min(...entries.map((r) => r[1])) >= button[1] + button[3], 'the menu starts below its button');
});

browserTest(shared, 'Tab through an editor taller than the window scrolls the page to the focused field',
            {viewport: {width: 1000, height: 480}, initScript: captureEditors}, async (page, context) => {
  await openHostPage(page, context, '<h1>Exchange office</h1><div id="la" style="height: 1400px"></div>',
                     'LAStudio.mount(document.getElementById("la"))');
  await firstFrames(page, 1);
  await clickAndType(page, 0, '/student/givenNames', 'İpek');
  // The focused item, where it lies wholly in the window; null while it does not.
  const focusedInWindow = () => {
    const editor = window.laTestEditors[0];
    const s = JSON.parse(editor.module.UTF8ToString(editor.module._la_editor_state()));
    const r = s.rects[s.focused];
    const top = editor.canvas.getBoundingClientRect().top + (r ? r[1] : -1e6);
    return r && top >= 0 && top + r[3] <= innerHeight ? s.focused : null;
  };
  let lowest = 0;
  for (let i = 1; i <= 16; ++i) {
    await page.keyboard.press('Tab');
    // The form, then the page, scroll over a few frames.
    const shown = await page.waitForFunction(focusedInWindow, null, {timeout: 5000}).catch(() => null);
    assert.ok(shown, `after ${i} Tab presses the focused item is in the window`);
    lowest = Math.max(lowest, await page.evaluate(() => scrollY));
  }
  assert.ok(lowest > 0, 'the page scrolled down with the focus');
});
