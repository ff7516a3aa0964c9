// The offline single file in Firefox (issue 6: "in Chromium and Firefox"), over WebDriver BiDi.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import {after, before, test} from 'node:test';
import {artifacts} from './harness.mjs';
import {evaluate, launchFirefox, waitFor} from './firefox_bidi.mjs';
import {captureEditors, laCheckFindings, offlineCopy, samples, samplesDir, site} from './ship_site.mjs';

let firefox;
before(async () => {
  if (!fs.existsSync(path.join(site, 'la-studio.html'))) throw new Error('build/site is missing: run ./build-wasm.sh first');
  firefox = await launchFirefox();
});
after(() => firefox?.close());

test('la-studio.html from disk in Firefox draws and checks every sample as la-check does, fetching nothing', async () => {
  const {contexts} = await firefox.send('browsingContext.getTree');
  const context = contexts[0].context;
  const url = offlineCopy();
  // Requests of this tab only: Firefox's own background requests belong to no tab.
  const fetched = [];
  firefox.on((method, params) => {
    if (method !== 'network.beforeRequestSent' || params.context !== context) return;
    const requested = params.request.url;
    if (requested !== url && !requested.startsWith('data:')) fetched.push(requested);
  });
  await firefox.send('session.subscribe', {events: ['network.beforeRequestSent'], contexts: [context]});
  await firefox.send('script.addPreloadScript', {functionDeclaration: captureEditors.toString(), contexts: [context]});
  try {
    await firefox.send('browsingContext.navigate', {context, url, wait: 'complete'});
    await waitFor(firefox, context, 'window.laTestFirstFrames.length >= 1');
    const expected = laCheckFindings(samples);
    for (const sample of samples) {
      const json = fs.readFileSync(path.join(samplesDir, sample), 'utf8');
      const result = await evaluate(firefox, context, `window.laTestEditors[0].setDocument(${JSON.stringify(json)})`);
      assert.equal(result.ok, true, `${sample}: ${JSON.stringify(result.error)}`);
      assert.deepEqual(result.findings, expected[sample], sample);
    }
    assert.deepEqual(fetched, []);
  } catch (error) {
    const {data} = await firefox.send('browsingContext.captureScreenshot', {context});
    fs.mkdirSync(artifacts, {recursive: true});
    fs.writeFileSync(path.join(artifacts, 'firefox-offline.png'), Buffer.from(data, 'base64'));
    throw error;
  }
});
