// EWP XML in the editor (issue 15): the XML codec is a part (ewp_xml.wasm) fetched on first use;
// export gives a file the EWP schema accepts and names what it does not carry, or what to fill
// in; Open reads a response with several agreements (the student picks), and refuses hostile
// files in words with the agreement kept; the offline single file does all of it without a network.
import assert from 'node:assert/strict';
import {execFileSync, spawnSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  useEditorSite, editorTest, root, click, waitForEditor, openSample, documentJson, laCheck, typeInto, findings, focusField,
} from './editor_harness.mjs';
import {browserTest} from './harness.mjs';
import {captureEditors, clickItem, editorContent, firstFrames, offlineCopy, waitForView} from './ship_site.mjs';

const shared = useEditorSite();
const kPart = /\/ewp_xml(\.[0-9a-f]+)?\.wasm$/;
const xsd = path.join(root, 'tests/fixtures/ewp/xsd/omobility-las-get-response.xsd');
const samplesDir = path.join(root, 'assets/samples');

// xmllint --schema on a file: the EWP schema's verdict (status 0: valid) and what it said.
function validate(file) {
  const result = spawnSync('xmllint', ['--noout', '--schema', xsd, file], {encoding: 'utf8'});
  return {status: result.status, output: result.stderr};
}

// The sample as EWP XML, written by la-check (the same codec natively).
function sampleXml(id) {
  return execFileSync(laCheck, ['--to', 'ewp-xml', path.join(samplesDir, id + '.json')], {encoding: 'utf8'});
}

// Chooses a file in the Open dialog, as a student does.
async function openFile(page, name, text) {
  const choosing = page.waitForEvent('filechooser');
  await click(page, 'button#open');
  await (await choosing).setFiles({name, mimeType: 'application/xml', buffer: Buffer.from(text)});
}

editorTest(shared, 'EWP XML export loads the part on first use and gives a file the EWP schema accepts', {},
           async (page) => {
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  await openSample(page, 'semester-two-terms');
  assert.deepEqual(requests.filter((u) => kPart.test(u)), [], 'the XML part is not fetched before it is used');

  const downloading = page.waitForEvent('download');
  await click(page, 'button#exportXml');
  const download = await downloading;
  assert.match(download.suggestedFilename(), /^learning-agreement-.*\.xml$/);
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'la-xml-')), download.suggestedFilename());
  await download.saveAs(file);
  const verdict = validate(file);
  assert.equal(verdict.status, 0, `xmllint --schema:\n${verdict.output}`);
  assert.equal(fs.readFileSync(file, 'utf8'), sampleXml('semester-two-terms'), 'the same XML as la-check --to ewp-xml');
  const s = await waitForEditor(page, (s) => s.notices.some((n) => n.includes('EWP XML')), 'the export notice');
  const said = s.notices.find((n) => n.includes('Not carried in EWP XML'));
  assert.ok(said, JSON.stringify(s.notices));
  // In the form's words, not as JSON Pointers.
  assert.match(said, /“Mobility · /);
  assert.doesNotMatch(said, /\/mobilityType/);
  assert.equal(requests.filter((u) => kPart.test(u)).length, 1, 'fetched once');

  // A second export uses the part already there.
  const again = page.waitForEvent('download');
  await click(page, 'button#exportXml');
  await again;
  assert.equal(requests.filter((u) => kPart.test(u)).length, 1, 'not fetched again');
});

editorTest(shared, 'EWP XML export without a value EWP needs says what to fill in, goes there and writes nothing', {},
           async (page) => {
  let downloads = 0;
  page.on('download', () => { downloads += 1; });
  await openSample(page, 'semester-typical-mistakes');
  await click(page, 'button#exportXml');
  const s = await waitForEditor(page, (s) => s.notices.some((n) => n.startsWith('EWP XML needs')), 'what to fill in');
  assert.match(s.notices.find((n) => n.startsWith('EWP XML needs')), /fill it in before exporting/);
  await waitForEditor(page, (s) => s.focused === '/omobilityId', 'the mobility identifier focused');
  assert.equal(downloads, 0);
});

editorTest(shared, 'the XML part failing to load is said in words, and the next try loads it', {}, async (page) => {
  let refuse = true;
  await page.route(kPart, (route) => (refuse ? route.fulfill({status: 404, body: ''}) : route.continue()));
  await openSample(page, 'semester-two-terms');
  await click(page, 'button#exportXml');
  const s = await waitForEditor(page, (s) => s.notices.some((n) => n.startsWith('Nothing was exported')), 'the failure');
  assert.match(s.notices.find((n) => n.startsWith('Nothing was exported')), /EWP XML support could not be loaded \(the server answered HTTP 404 for ewp_xml/);
  refuse = false;
  const downloading = page.waitForEvent('download');
  await click(page, 'button#exportXml');
  await downloading;
});

editorTest(shared, 'an EWP response with several agreements lets the student pick which one opens', {}, async (page) => {
  // Two agreements of an office's node: the la elements of two samples in one get-response.
  const first = sampleXml('semester-two-terms');
  const other = sampleXml('doctoral-research-stay');
  const la = other.slice(other.indexOf('<la>'), other.indexOf('</la>') + 5);
  const both = first.replace('</la>', '</la>\n  ' + la);
  const expected = JSON.parse(fs.readFileSync(path.join(samplesDir, 'doctoral-research-stay.json'), 'utf8'));
  await openFile(page, 'node-response.xml', both);
  await waitForEditor(page, (s) => s.popups.includes('xml-choice') && s.rects['xml-choice#1'], 'the choice');
  await click(page, 'xml-choice#1');
  await waitForEditor(page, (s) => s.notices.some((n) => n.startsWith('Opened “node-response.xml”')), 'the chosen agreement');
  const opened = JSON.parse(await documentJson(page));
  assert.equal(opened.student.familyName, expected.student.familyName);
  assert.equal(opened.omobilityId, expected.omobilityId);
  assert.equal(opened.mobilityType, 'short-term-doctoral');
});

editorTest(shared, 'hostile or broken XML is refused with its line and column, nothing is fetched, the agreement stays', {},
           async (page) => {
  await openSample(page, 'semester-two-terms');
  const before = await documentJson(page);
  const fetched = [];
  page.on('request', (r) => { if (!kPart.test(r.url())) fetched.push(r.url()); });
  const files = {
    'laughs.xml': '<?xml version="1.0"?>\n<!DOCTYPE lolz [\n <!ENTITY lol "lol">\n <!ENTITY lol2 "&lol;&lol;&lol;&lol;">\n]>\n<la>&lol2;</la>\n',
    'external.xml': '<?xml version="1.0"?>\n<!DOCTYPE la [\n <!ENTITY x SYSTEM "http://127.0.0.1:9/secret">\n]>\n<la>&x;</la>\n',
    'broken.xml': '<omobility-las-get-response>\n  <la>\n    <omobility-id>x</la>\n',
    'wrong-root.xml': '<?xml version="1.0"?>\n<invoice><total>3</total></invoice>\n',
  };
  const expected = {'laughs.xml': /document type declaration \(DTD\) at line 2, column \d+/,
                    'external.xml': /document type declaration \(DTD\) at line 2, column \d+/,
                    'broken.xml': /line 3, column \d+/, 'wrong-root.xml': /holds <invoice>.*line 2, column \d+/};
  for (const [name, text] of Object.entries(files)) {
    await openFile(page, name, text);
    const s = await waitForEditor(page, (s) => s.notices.some((n) => n.startsWith(`“${name}” was not opened`)), name);
    assert.match(s.notices.find((n) => n.startsWith(`“${name}”`)), expected[name], name);
    assert.equal(await documentJson(page), before, `${name}: the agreement stays`);
  }
  assert.deepEqual(fetched, [], 'nothing fetched but the part');
});

editorTest(shared, 'a name pasted with a combining accent is stored in NFC as the field is left, with a note',
           {permissions: ['clipboard-read', 'clipboard-write']}, async (page) => {
  const pointer = '/student/givenNames';
  const name = async () => JSON.parse(await documentJson(page)).student?.givenNames;
  // As a system that stores names decomposed gives them: "e" + U+0308.
  await page.evaluate(() => navigator.clipboard.writeText('Zoe\u0308'));
  await focusField(page, pointer);
  await page.keyboard.press('Control+V');
  await waitForEditor(page, (s) => s.revision > 0, 'the pasted name');
  await page.waitForFunction(() => JSON.parse(laModule.UTF8ToString(laModule._la_document_json())).student?.givenNames);
  assert.equal(await name(), 'Zoe\u0308');
  assert.ok((await findings(page)).some((f) => f.rule === 'LA-005' && f.path === pointer), 'LA-005 while it is not NFC');
  await page.keyboard.press('Tab');
  await waitForEditor(page, (s) => s.tidied === pointer && s.rects[pointer + '#tidied'], 'the note by the field');
  assert.equal(await name(), 'Zo\u00eb');
  assert.ok(!(await findings(page)).some((f) => f.rule === 'LA-005'));
});

editorTest(shared, 'a character no agreement file can carry is left out of what is typed or pasted, with a note',
           {permissions: ['clipboard-read', 'clipboard-write']}, async (page) => {
  const family = '/student/familyName', given = '/student/givenNames';
  await typeInto(page, family, 'Nowak');
  await page.keyboard.insertText('\uFFFF');
  await waitForEditor(page, (s) => s.rects[family + '#refused'], 'the note that a character was left out');
  await page.waitForFunction(() => laModule.UTF8ToString(laModule._la_document_json()).includes('Nowak'));
  assert.equal(JSON.parse(await documentJson(page)).student.familyName, 'Nowak');

  await page.evaluate(() => navigator.clipboard.writeText('Ana\u0001Maria'));
  await focusField(page, given);
  await page.keyboard.press('Control+V');
  await page.waitForFunction(() => laModule.UTF8ToString(laModule._la_document_json()).includes('AnaMaria'));
  await waitForEditor(page, (s) => s.rects[given + '#refused'], 'the note after the paste');
  assert.ok(!(await findings(page)).some((f) => f.rule === 'LA-004'));
});

browserTest(shared, 'the offline single file exports and opens EWP XML without a network', {initScript: captureEditors},
            async (page, context) => {
  const url = offlineCopy();
  const fetched = [];
  page.on('request', (r) => { if (r.url() !== url && !r.url().startsWith('data:') && !r.url().startsWith('blob:')) fetched.push(r.url()); });
  await context.route('**/*', (route) => (route.request().url() === url ? route.continue() : route.abort('internetdisconnected')));
  await page.goto(url);
  await firstFrames(page, 1);
  const id = await page.evaluate(() => window.laTestEditors[0].element.id);
  const sample = fs.readFileSync(path.join(samplesDir, 'semester-two-terms.json'), 'utf8');
  await page.evaluate((json) => window.laTestEditors[0].setDocument(json), sample);
  const downloading = page.waitForEvent('download');
  await clickItem(page, id, 'button#exportXml');
  const download = await downloading;
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'la-xml-')), 'offline.xml');
  await download.saveAs(file);
  assert.equal(validate(file).status, 0);

  const doctoral = sampleXml('doctoral-research-stay');
  const choosing = page.waitForEvent('filechooser');
  await clickItem(page, id, 'button#open');
  await (await choosing).setFiles({name: 'doctoral.xml', mimeType: 'application/xml', buffer: Buffer.from(doctoral)});
  await waitForView(page, id, (s) => s.notices.some((n) => n.startsWith('Opened “doctoral.xml”')), 'the XML opened');
  assert.equal(JSON.parse(await editorContent(page, id)).mobilityType, 'short-term-doctoral');
  assert.deepEqual(fetched, []);
});
