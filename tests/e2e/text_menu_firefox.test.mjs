// The right-click text menu in Firefox (text_entry.test.mjs has it in Chromium): Firefox picks the
// menu's element its own way, so the textarea must be under the pointer there too.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import {after, before, test} from 'node:test';
import {artifacts, root} from './harness.mjs';
import {evaluate, launchFirefox, waitFor} from './firefox_bidi.mjs';
import {serve} from '../../web/serve.mjs';

let firefox;
let site;
before(async () => {
  site = await serve(path.join(root, 'build/e2e-site'));
  firefox = await launchFirefox();
});
after(() => {
  site?.server.close();
  return firefox?.close();
});

// Editor a's fixture state (tests/e2e/fixture), as a script expression.
const kFixtureState = '(() => { const m = window.editors.a.module; return JSON.parse(m.UTF8ToString(m._la_fixture_state())); })()';
const fixtureState = (context) => evaluate(firefox, context, kFixtureState);

async function rightClick(context, item) {
  const s = await fixtureState(context);
  const box = await evaluate(firefox, context, '(({x, y}) => ({x, y}))(document.querySelector("#editor-a canvas").getBoundingClientRect())');
  const [x, y, w, h] = s.rects[item];
  await firefox.send('input.performActions', {context, actions: [{type: 'pointer', id: 'mouse', actions: [
    {type: 'pointerMove', x: Math.round(box.x + x + w / 2), y: Math.round(box.y + y + h / 2)},
    {type: 'pause', duration: 100}, {type: 'pointerDown', button: 2}, {type: 'pointerUp', button: 2}]}]});
  return evaluate(firefox, context, 'window.menu');
}

test('in Firefox too, a right-click in a text field opens the text menu on that field', async () => {
  const {contexts} = await firefox.send('browsingContext.getTree');
  const context = contexts[0].context;
  try {
    await firefox.send('browsingContext.navigate', {context, url: `http://127.0.0.1:${site.port}/test.html`, wait: 'complete'});
    await waitFor(firefox, context, 'window.editorsReady.then(() => true)');
    await evaluate(firefox, context, `(document.addEventListener('contextmenu', (e) => {
      const ta = document.querySelector('#editor-a textarea');
      window.menu = {shown: !e.defaultPrevented, onTheField: e.target === ta && document.activeElement === ta,
                     selected: ta.value.slice(ta.selectionStart, ta.selectionEnd)};
    }), true)`);
    assert.deepEqual(await rightClick(context, '##name'), {shown: true, onTheField: true, selected: ''});
    await firefox.send('input.performActions', {context, actions: [{type: 'key', id: 'keyboard',
      actions: [...'İpek'].flatMap((c) => [{type: 'keyDown', value: c}, {type: 'keyUp', value: c}])}]});
    await waitFor(firefox, context, `${kFixtureState}.name === "İpek"`);
    const selectAll = [{type: 'keyDown', value: '\uE009'}, {type: 'keyDown', value: 'a'}, {type: 'keyUp', value: 'a'},
                       {type: 'keyUp', value: '\uE009'}];
    await firefox.send('input.performActions', {context, actions: [{type: 'key', id: 'keyboard', actions: selectAll}]});
    await waitFor(firefox, context, 'new Promise((resolve) => requestAnimationFrame(() => resolve(true)))');
    assert.deepEqual(await rightClick(context, '##name'), {shown: true, onTheField: true, selected: 'İpek'});
    assert.deepEqual(await rightClick(context, 'count'), {shown: false, onTheField: false, selected: ''});
  } catch (error) {
    const {data} = await firefox.send('browsingContext.captureScreenshot', {context});
    fs.mkdirSync(artifacts, {recursive: true});
    fs.writeFileSync(path.join(artifacts, 'firefox-text-menu.png'), Buffer.from(data, 'base64'));
    throw error;
  }
});
