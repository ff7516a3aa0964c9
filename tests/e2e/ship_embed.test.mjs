// Embedding in a university page: the demo page's editors, the JS API, the iframe, page hygiene.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import {browserTest, useBrowser} from './harness.mjs';
import {captureEditors, editorContent, firstFrames, waitForContent, laCheckFindings, pressExport,
        samples, samplesDir, serveOrigin, site, typeIntoEditor} from './ship_site.mjs';

const shared = useBrowser('build/site', 'embed-demo.html');
const kDemo = {viewport: {width: 1100, height: 900}};
const sample = (name) => fs.readFileSync(path.join(samplesDir, name), 'utf8');

async function openDemo(page) {
  await page.goto(shared.base + 'embed-demo.html');
  await firstFrames(page, 2);
}

browserTest(shared, 'the demo page gains no global but LAStudio, and neither does its frame', {
  ...kDemo,
  initScript: () => {
    Object.defineProperty(window, 'laTestKeysBefore', {value: Object.keys(window), enumerable: false});
  },
}, async (page) => {
  await page.goto(shared.base + 'embed-demo.html');
  const frame = page.frameLocator('#la-frame');
  await page.waitForFunction(() => document.querySelectorAll('.la-studio-stage').length === 2 &&
                                   !document.querySelector('.la-studio-loading') && window.drawCalls() > 0);
  await frame.locator('.la-studio-stage').waitFor();
  await frame.locator('.la-studio-loading').waitFor({state: 'detached'});
  const added = () => Object.keys(window).filter((k) => !window.laTestKeysBefore.includes(k) &&
                                                        !/^\d+$/.test(k));  // the page's own iframe
  assert.deepEqual(await page.evaluate(added), ['LAStudio']);
  assert.deepEqual(await page.frames()[1].evaluate(added), ['LAStudio']);
  assert.equal(await page.evaluate(() => typeof createLAStudioModule + typeof Module), 'undefinedundefined');
});

// Emscripten's module script ends in a UMD tail that would hand itself to such loaders.
const kLoaders = [
  ['CommonJS', () => {
    window.module = {exports: {}};
    window.exports = window.module.exports;
  }, () => window.module.exports === window.exports && Object.keys(window.exports).length === 0],
  ['AMD', () => {
    window.laTestDefines = 0;
    window.define = function() { window.laTestDefines++; };
    window.define.amd = {};
  }, () => window.laTestDefines === 0],
];
for (const [loader, initScript, untouched] of kLoaders) {
  browserTest(shared, `a page with a ${loader} loader never sees the editor module`,
              {...kDemo, initScript}, async (page) => {
    await page.addInitScript(captureEditors);
    await openDemo(page);
    assert.equal(await page.evaluate(untouched), true);
  });
}

browserTest(shared, 'typing into one editor reaches neither the other editor nor the page\'s input',
            {...kDemo, initScript: captureEditors}, async (page) => {
  await openDemo(page);
  const other = await editorContent(page, 'la-changes');
  await page.evaluate(() => {
    window.laTestKeys = {other: 0, input: 0};
    document.getElementById('la-changes').addEventListener('keydown', () => window.laTestKeys.other++, true);
    document.getElementById('student-name').addEventListener('keydown', () => window.laTestKeys.input++, true);
  });
  await typeIntoEditor(page, 'la-editor', 'Zofia Łukasiewicz');
  const mine = await waitForContent(page, 'la-editor', 'Zofia Łukasiewicz');
  assert.equal(await editorContent(page, 'la-changes'), other);
  assert.deepEqual(await page.evaluate(() => window.laTestKeys), {other: 0, input: 0});
  assert.equal(await page.locator('#student-name').inputValue(), '');
  // And the page's input keeps its own keys.
  await page.locator('#student-name').fill('');
  await page.locator('#student-name').pressSequentially('Jan');
  assert.equal(await page.locator('#student-name').inputValue(), 'Jan');
  assert.equal(await editorContent(page, 'la-editor'), mine);
});

browserTest(shared, 'setDocument and findings() give la-check\'s findings for every sample',
            {...kDemo, initScript: captureEditors}, async (page) => {
  await openDemo(page);
  const expected = laCheckFindings(samples);
  for (const name of samples) {
    const result = await page.evaluate(([json]) => {
      const editor = window.laTestEditors.find((e) => e.element.id === 'la-changes');
      return {set: editor.setDocument(json), findings: editor.findings()};
    }, [sample(name)]);
    assert.equal(result.set.ok, true, `${name}: ${JSON.stringify(result.set.error)}`);
    assert.deepEqual(result.set.findings, expected[name], name);
    assert.deepEqual(result.findings, expected[name], name);
  }
  // A file that is not an agreement is refused with where it went wrong, and nothing changes.
  const before = await editorContent(page, 'la-changes');
  const refused = await page.evaluate(() => window.laTestEditors.find((e) => e.element.id === 'la-changes')
      .setDocument('{"student": '));
  assert.equal(refused.ok, false);
  assert.equal(typeof refused.error.message, 'string');
  assert.equal(typeof refused.error.line, 'number');
  assert.equal(await editorContent(page, 'la-changes'), before);
});

browserTest(shared, 'onExport receives the agreement instead of a download, and onChange follows edits',
            {...kDemo, initScript: captureEditors}, async (page) => {
  await openDemo(page);
  const downloads = [];
  page.on('download', (d) => downloads.push(d.suggestedFilename()));
  await typeIntoEditor(page, 'la-editor', 'Zofia');
  await page.locator('#la-editor-status').getByText('Changed').waitFor();
  await pressExport(page, 'la-editor');
  await page.waitForFunction(() => document.getElementById('agreement-json').value !== '');
  const attached = await page.locator('#agreement-json').inputValue();
  assert.deepEqual(JSON.parse(attached), JSON.parse(await editorContent(page, 'la-editor')));
  assert.deepEqual(downloads, []);
});

// A university page at https://www.uni.example with the frame from https://studio.example, a
// second page at https://other.example embedding the same frame (not listed), and a sibling
// frame of the university's own origin that is not the frame's parent.
const kUni = 'https://www.uni.example';
const kOther = 'https://other.example';
const kStudio = 'https://studio.example';
const kFrameUrl = `${kStudio}/embed-frame.html?export=host&allow=${encodeURIComponent(kUni)}`;
const kHostPage = `<!doctype html><meta charset="utf-8"><link rel="icon" href="data:,">
<iframe id="la" src="${kFrameUrl}" sandbox="allow-scripts allow-same-origin allow-downloads"
  allow="clipboard-write" style="width: 900px; height: 600px"></iframe>
<iframe id="sibling" src="/sibling.html"></iframe>
<script>
  window.answers = [];
  addEventListener('message', (e) => {
    if (e.source === document.getElementById('la').contentWindow) answers.push({origin: e.origin, ...e.data});
  });
  window.ask = (request) => document.getElementById('la').contentWindow.postMessage(request, '${kStudio}');
</script>`;

async function openUniPage(context, origin) {
  await serveOrigin(context, kStudio, site);
  await serveOrigin(context, origin, site, {'/host.html': kHostPage, '/sibling.html': '<!doctype html>'});
  const page = context.pages().find((p) => p.url() === 'about:blank') || await context.newPage();
  await page.goto(`${origin}/host.html`);
  await page.frame({url: /embed-frame/}).locator('.la-studio-stage').waitFor();
  return page;
}

// Waits until the host page has an answer or event with these fields (and, if given, whose
// json contains text); returns it.
async function answer(page, fields, text) {
  const found = await page.waitForFunction(([fields, text]) => window.answers.find(
      (a) => Object.keys(fields).every((k) => a[k] === fields[k]) && (!text || a.json.includes(text))),
  [fields, text]);
  return found.jsonValue();
}

// Runs action and waits for the frame's console warning that contains text.
async function expectWarning(page, text, action) {
  const warned = page.waitForEvent('console', (m) => m.type() === 'warning' && m.text().includes(text));
  await action();
  await warned;
}

browserTest(shared, 'the frame answers its listed origin and ignores other origins and other windows',
            {initScript: captureEditors}, async (page, context) => {
  await openUniPage(context, kUni);
  await answer(page, {type: 'ready'});
  await page.evaluate(() => window.ask({id: 1, type: 'frobnicate'}));
  assert.deepEqual(await answer(page, {id: 1}), {origin: kStudio, from: 'la-studio', id: 1, ok: false,
                                                error: {message: 'Unknown request type "frobnicate"'}});

  // The university's sibling frame has the listed origin, but it is not the frame's parent.
  await expectWarning(page, `${kUni}: not from the parent window`, () =>
    page.frame({url: /sibling/}).evaluate(() => parent.frames[0].postMessage({id: 2, type: 'frobnicate'}, '*')));

  // Another site embedding the same frame is not listed: its requests go unanswered.
  const other = await openUniPage(context, kOther);
  await expectWarning(other, `${kOther}: origin not in the frame's allow list`, () =>
    other.evaluate(() => window.ask({id: 3, type: 'frobnicate'})));
  assert.deepEqual(await other.evaluate(() => window.answers), []);
  // Only the listed parent heard anything: the editor's language, that it is ready, the answer.
  assert.deepEqual(await page.evaluate(() => window.answers.map((a) => a.id || a.type)), ['language', 'ready', 1]);
});

// Broad rules a university's stylesheet may have; none may reach into the editor.
const kHostileCss = `
  canvas { border: 5px solid red !important; padding: 7px !important; width: 50% !important;
           height: 10px !important; position: static !important; transform: scale(.5) !important; }
  textarea { width: 300px !important; height: 120px !important; opacity: 1 !important;
             padding: 10px; border: 3px solid blue; font-size: 40px; display: none !important; }
  canvas, textarea, div div { box-sizing: content-box !important; }
  div div { padding: 9px; border: 3px solid green; margin: 4px; }
  * { line-height: 3; letter-spacing: 2px; }`;

async function editorPicture(page) {
  await openDemo(page);
  const canvas = page.locator('#la-editor canvas');
  return {
    png: await canvas.screenshot(),
    size: await canvas.evaluate((c) => [c.width, c.height]),
    box: await canvas.boundingBox(),
    host: await page.locator('#la-editor').evaluate((e) => {
      const r = e.getBoundingClientRect();
      return [r.width - e.clientLeft * 2, r.height - e.clientTop * 2];
    }),
    textarea: await page.locator('#la-editor textarea').evaluate((t) => {
      const s = getComputedStyle(t);
      return [s.opacity, s.width, s.display, s.position];
    }),
  };
}

browserTest(shared, 'the page\'s broad styles do not reach into the editor', {...kDemo, initScript: captureEditors},
            async (page, context) => {
  const plain = await editorPicture(page);
  await page.addInitScript((css) => {
    document.addEventListener('DOMContentLoaded', () => {
      const style = document.createElement('style');
      style.textContent = css;
      document.head.appendChild(style);
    });
  }, kHostileCss);
  const hostile = await editorPicture(page);
  assert.deepEqual(plain.size, plain.host, 'the canvas fills the element');
  assert.deepEqual(hostile.size, hostile.host, 'the canvas fills the element under the page\'s styles');
  assert.deepEqual(hostile.size, plain.size);
  assert.deepEqual(hostile.textarea, ['0', '1px', 'block', 'absolute']);
  assert.ok(hostile.png.equals(plain.png), 'the editor looks the same under the page\'s styles');
});

browserTest(shared, 'the editor\'s styles reach none of the page\'s elements', {...kDemo, initScript: captureEditors},
            async (page) => {
  await openDemo(page);
  const reached = await page.evaluate(() => {
    const sheet = document.adoptedStyleSheets.find((s) => [...s.cssRules].some(
        (r) => r.selectorText === '.la-studio'));
    const outside = [];
    for (const rule of sheet.cssRules) {
      for (const e of document.querySelectorAll(rule.selectorText)) {
        if (!e.closest('.la-studio')) outside.push(`${rule.selectorText} -> ${e.outerHTML.slice(0, 60)}`);
      }
    }
    return {outside, rules: sheet.cssRules.length};
  });
  assert.ok(reached.rules > 10);
  assert.deepEqual(reached.outside, []);
  // The page's elements keep their own attributes: the editor lives in a child it adds.
  assert.deepEqual(await page.locator('#la-editor').evaluate((e) => e.getAttributeNames().map(
      (n) => `${n}=${e.getAttribute(n)}`)), ['id=la-editor', 'class=editor-box']);
});

// The types of the event listeners on what expression evaluates to (Chromium's DevTools protocol).
async function listenerTypes(cdp, expression) {
  const {result} = await cdp.send('Runtime.evaluate', {expression});
  const {listeners} = await cdp.send('DOMDebugger.getEventListeners', {objectId: result.objectId});
  return listeners.map((l) => l.type).sort();
}

// Mounts one more editor on the demo page (#la-extra) and keeps its elements in window.laTestKept.
async function mountExtra(page) {
  await page.evaluate(() => {
    const element = document.createElement('div');
    element.id = 'la-extra';
    element.style.height = '300px';
    document.querySelector('main').prepend(element);
    return LAStudio.mount(element).then(() => {  // the handle stays in the page
      window.laTestKept = {
        stage: element.querySelector('.la-studio-stage'),
        canvas: element.querySelector('canvas'),
        textarea: element.querySelector('textarea'),
      };
    });
  });
  await firstFrames(page, 3);
}

function destroyExtra(page) {
  return page.evaluate(() => window.laTestEditors.find((e) => e.element.id === 'la-extra').destroy());
}

browserTest(shared, 'destroy() removes an editor with its listeners and context; the others go on',
            {...kDemo, initScript: captureEditors}, async (page, context) => {
  await openDemo(page);
  await mountExtra(page);
  const cdp = await context.newCDPSession(page);
  const parts = ['stage', 'canvas', 'textarea'];
  for (const part of parts) {
    assert.notDeepEqual(await listenerTypes(cdp, `window.laTestKept.${part}`), [], `${part} listens while mounted`);
  }
  const drawn = await page.evaluate(() => window.drawCalls(window.laTestKept.canvas));
  await destroyExtra(page);
  for (const part of parts) {
    assert.deepEqual(await listenerTypes(cdp, `window.laTestKept.${part}`), [], `${part} listens after destroy()`);
  }
  assert.equal(await page.locator('#la-extra').evaluate((e) => e.childElementCount), 0);
  assert.equal(await page.evaluate(() => window.laTestKept.canvas.getContext('webgl2').isContextLost()), true);
  await assert.rejects(page.evaluate(() => window.laTestEditors.find((e) => e.element.id === 'la-extra').findings()),
                       /has been destroyed/);
  // Nothing of it runs any more; the other editors still take keys and draw.
  await page.setViewportSize({width: 1000, height: 800});
  await typeIntoEditor(page, 'la-editor', 'Zofia');
  await waitForContent(page, 'la-editor', 'Zofia');
  assert.equal(await page.evaluate(() => window.drawCalls(window.laTestKept.canvas)), drawn);
});

browserTest(shared, 'after destroy() window and document have the listeners they had before the mount',
            {...kDemo, initScript: captureEditors}, async (page, context) => {
  await openDemo(page);
  const cdp = await context.newCDPSession(page);
  const pageListeners = async () => [await listenerTypes(cdp, 'window'), await listenerTypes(cdp, 'document')];
  const before = await pageListeners();
  await mountExtra(page);
  await destroyExtra(page);
  assert.deepEqual(await pageListeners(), before);
});

browserTest(shared, 'destroy() right after typing keeps the draft: the next editor on that element has it',
            {...kDemo, initScript: captureEditors}, async (page) => {
  await openDemo(page);
  await mountExtra(page);
  await typeIntoEditor(page, 'la-extra', 'Zofia');
  await waitForContent(page, 'la-extra', 'Zofia');
  await destroyExtra(page);  // well within the autosave's delay
  await page.evaluate(() => {
    document.getElementById('la-extra').remove();
    const editors = window.laTestEditors;
    editors.splice(editors.findIndex((e) => e.element.id === 'la-extra'), 1);
  });
  await mountExtra(page);
  await waitForContent(page, 'la-extra', 'Zofia');
});

browserTest(shared, 'each editor keeps its own draft, and an element holds one editor only',
            {...kDemo, initScript: captureEditors}, async (page) => {
  await openDemo(page);
  const keys = await page.evaluate(async () => {
    const make = (id) => {
      const element = document.createElement('div');
      element.id = id;
      element.style.height = '200px';
      document.body.append(element);
      return LAStudio.mount(element);
    };
    const [one, two] = await Promise.all([make('la-one'), make('la-two')]);
    return [one, two].map((e) => e.module.laHost.options.draftKey);
  });
  assert.notEqual(keys[0], keys[1]);
  assert.match(keys[0], /la-one/);
  await assert.rejects(page.evaluate(() => LAStudio.mount(document.getElementById('la-one'))),
                       /holds an editor already/);
});

browserTest(shared, 'over postMessage the frame sets, reads and checks the agreement, and tells of changes and exports',
            {initScript: captureEditors}, async (page, context) => {
  await openUniPage(context, kUni);
  await answer(page, {type: 'ready'});
  const expected = laCheckFindings(['semester-typical-mistakes.json'])['semester-typical-mistakes.json'];
  await page.evaluate((json) => window.ask({id: 1, type: 'setDocument', json}), sample('semester-typical-mistakes.json'));
  assert.deepEqual((await answer(page, {id: 1})).result, expected);
  await page.evaluate(() => window.ask({id: 2, type: 'findings'}));
  assert.deepEqual((await answer(page, {id: 2})).result, expected);
  await page.evaluate(() => window.ask({id: 3, type: 'getDocument'}));
  const json = (await answer(page, {id: 3})).result;
  const frame = page.frame({url: /embed-frame/});
  assert.equal(json, await frame.evaluate(() => window.laTestEditors[0].getDocument()));
  await page.evaluate(() => window.ask({id: 4, type: 'setDocument', json: 'not json'}));
  const refused = await answer(page, {id: 4});
  assert.equal(refused.ok, false);
  assert.equal(typeof refused.error.message, 'string');

  // Typing in the frame sends change events; Export hands the file to the page (export=host).
  await typeIntoEditor(frame, 'editor', 'Zofia');
  await answer(page, {type: 'change'}, 'Zofia');
  await pressExport(frame, 'editor');
  assert.deepEqual(JSON.parse((await answer(page, {type: 'export'})).json),
                   JSON.parse(await frame.evaluate(() => window.laTestEditors[0].getDocument())));

  // The same request from a page that is not listed changes nothing.
  const other = await openUniPage(context, kOther);
  const otherFrame = other.frame({url: /embed-frame/});
  const before = await otherFrame.evaluate(() => window.laTestEditors[0].getDocument());
  await expectWarning(other, 'origin not in the frame\'s allow list', () => other.evaluate(
      (json) => window.ask({id: 5, type: 'setDocument', json}), sample('blended-bip.json')));
  assert.equal(await otherFrame.evaluate(() => window.laTestEditors[0].getDocument()), before);
});

browserTest(shared, 'a university page with a strict Content-Security-Policy can mount the editor',
            {initScript: captureEditors}, async (page, context) => {
  const csp = "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; " +
              "connect-src 'self'; img-src data:";
  await serveOrigin(context, kUni, site, {
    '/strict.html': {contentType: 'text/html', headers: {'content-security-policy': csp}, body:
      `<!doctype html><meta charset="utf-8"><link rel="icon" href="data:,"><title>Strict</title>
       <div id="editor"></div><script src="/la_studio.js"></script>
       <script src="/mount.js"></script>`},
    '/mount.js': {contentType: 'text/javascript', body: `
      const element = document.getElementById('editor');
      element.style.height = '500px';  // the CSS object model is not inline style for CSP
      LAStudio.mount(element);`},
  });
  const refused = [];
  page.on('console', (m) => { if (/Content.Security.Policy|Refused/i.test(m.text())) refused.push(m.text()); });
  await page.goto(`${kUni}/strict.html`);
  await firstFrames(page, 1);
  assert.deepEqual(refused, []);
  const [canvas, element] = await Promise.all(['#editor canvas', '#editor'].map(
      (s) => page.locator(s).boundingBox()));
  assert.deepEqual(canvas, element, 'the editor\'s styles apply');
});
