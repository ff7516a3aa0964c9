// Parts (docs/web-layer.md, "Parts"): what the first frame does not need is loaded on first use,
// once, in the hosted page, in an editor another site mounts, and in the offline single file.
// The parts here: the glyphs of other scripts (Latin Extended-B, Greek, Cyrillic) and the samples.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import {browserTest, useBrowser} from './harness.mjs';
import {captureEditors, clickItem, firstFrames, mountingPage, offlineCopy, samplesDir, serveOrigin, site,
        typeIntoEditor, waitForContent, waitForView} from './ship_site.mjs';

const shared = useBrowser('build/site', 'la-studio.html');
const kFontPart = /\/ui_font_more\.[0-9a-f]{12}\.ttf$/;
const kSamplesPart = /\/samples\.[0-9a-f]{12}\.json$/;
const kOptions = {initScript: captureEditors};

// Every URL the page asks for, in order.
function recordRequests(page) {
  const urls = [];
  page.on('request', (r) => urls.push(r.url()));
  return urls;
}

// Opens the hosted page and waits until it has drawn and stopped fetching; returns the list of
// every URL it asks for, from the start on.
async function openSettled(page) {
  const requests = recordRequests(page);
  await page.goto(shared.base);
  await firstFrames(page, 1);
  await page.waitForLoadState('networkidle');
  return requests;
}

// Whether the editor's last frame drew ImGui's replacement glyph: what a student sees as boxes
// where letters should be.
function drewMissingGlyph(page) {
  return page.evaluate(() => window.laTestEditors[0].module._la_web_drew_missing_glyph() === 1);
}

// Waits until the editor draws every letter it shows (no replacement glyph).
async function waitForAllGlyphs(page) {
  await page.waitForFunction(() => window.laTestEditors[0].module._la_web_drew_missing_glyph() === 0);
}

// Opens the Samples menu of the editor on #editor and picks the sample id, as a student does
// (replacing what was typed, when the editor asks); waits until the editor holds it.
async function openSample(page, id) {
  const before = (await waitForView(page, 'editor', () => true, 'the state')).revision;
  await clickItem(page, 'editor', 'button#samples');
  await clickItem(page, 'editor', 'sample#' + id);
  const name = JSON.parse(fs.readFileSync(path.join(samplesDir, id + '.json'), 'utf8')).student.familyName;
  const state = await waitForView(page, 'editor', (s) => s.popups.includes('replace-question') || s.revision > before,
                                  'the sample or the question');
  if (state.popups.includes('replace-question')) await clickItem(page, 'editor', 'replace-question#go');
  await page.waitForFunction((name) => JSON.parse(window.laTestEditors[0].getDocument()).student.familyName === name, name);
}

browserTest(shared, 'the hosted page fetches the glyphs of other scripts only once a text needs them, and once',
            kOptions, async (page) => {
  const requests = await openSettled(page);
  await typeIntoEditor(page, 'editor', 'Łukasz Șerban');  // letters of the embedded font
  await waitForContent(page, 'editor', 'Łukasz Șerban');
  assert.equal(await drewMissingGlyph(page), false);
  assert.deepEqual(requests.filter((u) => kFontPart.test(u)), [], 'not fetched before a text needs it');

  await page.keyboard.type(' Ελένη Жанна');
  await waitForContent(page, 'editor', 'Ελένη Жанна');
  await waitForAllGlyphs(page);
  await page.keyboard.type(' Ǆ');
  await waitForContent(page, 'editor', 'Жанна Ǆ');
  await waitForAllGlyphs(page);
  assert.equal(requests.filter((u) => kFontPart.test(u)).length, 1, 'fetched once');
});

browserTest(shared, 'the hosted page fetches the samples when the student first opens one, and once',
            kOptions, async (page) => {
  const requests = await openSettled(page);
  assert.deepEqual(requests.filter((u) => kSamplesPart.test(u)), [], 'not fetched before a sample is opened');
  await openSample(page, 'blended-bip');
  await openSample(page, 'semester-two-terms');
  assert.equal(requests.filter((u) => kSamplesPart.test(u)).length, 1, 'fetched once');
});

browserTest(shared, 'while the samples load the student types on, and is asked before the sample replaces that',
            kOptions, async (page) => {
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await page.route(kSamplesPart, async (route) => {
    await held;
    await route.continue();
  });
  await openSettled(page);
  await clickItem(page, 'editor', 'button#samples');
  await clickItem(page, 'editor', 'sample#blended-bip');
  await waitForView(page, 'editor', (s) => s.notices.includes('Loading the samples…'), 'the loading notice');
  await typeIntoEditor(page, 'editor', 'Zoë');
  await waitForContent(page, 'editor', 'Zoë');
  release();
  await waitForView(page, 'editor', (s) => s.popups.includes('replace-question') &&
                                           !s.notices.includes('Loading the samples…'), 'the question');
  assert.equal(JSON.parse(await page.evaluate(() => window.laTestEditors[0].getDocument())).student.givenNames, 'Zoë');
  await clickItem(page, 'editor', 'replace-question#go');
  await page.waitForFunction(() => JSON.parse(window.laTestEditors[0].getDocument()).mobilityType === 'blended');
});

browserTest(shared, 'samples that cannot be fetched: the student is told why, and keeps the agreement',
            kOptions, async (page) => {
  await page.route(kSamplesPart, (route) => route.fulfill({status: 404, body: ''}));
  await page.goto(shared.base);
  await firstFrames(page, 1);
  await typeIntoEditor(page, 'editor', 'Zoë');
  await waitForContent(page, 'editor', 'Zoë');
  await clickItem(page, 'editor', 'button#samples');
  await clickItem(page, 'editor', 'sample#blended-bip');
  await waitForView(page, 'editor', (s) => s.notices.some((n) => n.startsWith(
      'The samples could not be loaded (the server answered HTTP 404 for samples.json). Your agreement is unchanged')),
      'the notice that says why');
  await typeIntoEditor(page, 'editor', 'Ana');  // the editor goes on taking keys
  const json = JSON.parse(await waitForContent(page, 'editor', 'Ana'));
  assert.ok(json.student.givenNames.includes('Zoë'), json.student.givenNames);
});

browserTest(shared, 'an editor mounted by another site fetches the parts from the editor\'s origin',
            kOptions, async (page, context) => {
  const kUni = 'https://www.uni.example', kStudio = 'https://studio.example';
  await serveOrigin(context, kStudio, site);
  await serveOrigin(context, kUni, site, {
    '/host.html': mountingPage(kStudio),
  });
  const requests = recordRequests(page);
  await page.goto(`${kUni}/host.html`);
  await firstFrames(page, 1);
  await typeIntoEditor(page, 'editor', 'Αθηνά');
  await waitForContent(page, 'editor', 'Αθηνά');
  await waitForAllGlyphs(page);
  await openSample(page, 'blended-bip');
  const fetched = requests.filter((u) => kFontPart.test(u) || kSamplesPart.test(u));
  assert.equal(fetched.length, 2);
  assert.ok(fetched.every((u) => u.startsWith(`${kStudio}/`)), fetched.join(', '));
});

browserTest(shared, 'la-studio.html from disk with no network has the parts inside', kOptions,
            async (page, context) => {
  const url = offlineCopy();
  const requests = recordRequests(page);
  await context.route('**/*', (route) => route.request().url() === url ? route.continue()
                                                                       : route.abort('internetdisconnected'));
  await page.goto(url);
  await firstFrames(page, 1);
  await typeIntoEditor(page, 'editor', 'Ελένη Жанна');
  await waitForContent(page, 'editor', 'Ελένη Жанна');
  await waitForAllGlyphs(page);
  await openSample(page, 'semester-two-terms');
  assert.deepEqual(requests.filter((u) => u !== url && !u.startsWith('data:')), []);
});

browserTest(shared, 'without the glyph part the editor keeps the text, says why on screen, and tries again when asked',
            kOptions, async (page) => {
  await page.route(kFontPart, (route) => route.abort('internetdisconnected'));
  const warned = page.waitForEvent('console', (m) => m.type() === 'warning' &&
                                   /could not load the glyphs of other scripts: no connection: /.test(m.text()));
  await page.goto(shared.base);
  await firstFrames(page, 1);
  await typeIntoEditor(page, 'editor', 'Ελένη');
  await warned;
  const kNotice = 'Some letters (Greek, Cyrillic and a few rarer Latin ones) cannot be shown: the font that has ' +
                  'them could not be loaded (no connection: ';
  await waitForView(page, 'editor', (s) => s.notices.some((n) => n.startsWith(kNotice)) && s.rects['notice#retry'],
                    'the notice, which offers to try again');
  await page.keyboard.type(' Ana');
  const json = JSON.parse(await waitForContent(page, 'editor', 'Ελένη Ana'));
  assert.equal(json.student.givenNames, 'Ελένη Ana');
  assert.equal(await drewMissingGlyph(page), true, 'the letters it has no glyph for show as the replacement sign');

  await page.unroute(kFontPart);  // the connection is back
  await clickItem(page, 'editor', 'notice#retry');
  await waitForAllGlyphs(page);
  await waitForView(page, 'editor', (s) => !s.notices.some((n) => n.startsWith('Some letters')), 'the notice gone');
});
