// Files: the samples against la-check, broken and foreign files refused with the agreement kept,
// opening by the picker and by dropping, and New for each mobility type.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import {
  useEditorSite, openSample, openUnsignedSample, editorTest, root, state, click, waitForEditor, typeInto, findings, documentJson, runLaCheck,
} from './editor_harness.mjs';

const shared = useEditorSite();
const samplesDir = path.join(root, 'assets/samples');
const samples = fs.readdirSync(samplesDir).filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -5)).sort();

editorTest(shared, 'every sample opens from the menu with exactly the findings of la-check --json', {}, async (page) => {
  assert.ok(samples.length >= 9);
  for (const id of samples) {
    await openSample(page, id);
    const file = path.join(samplesDir, id + '.json');
    const cli = runLaCheck(['--json', file]);
    const expected = JSON.parse(cli.stdout).files[0].findings;
    assert.deepEqual(await findings(page), expected, `findings of ${id}`);
    const s = await state(page);
    assert.equal(s.errors, expected.filter((f) => f.severity === 'error').length, `error count of ${id}`);
    assert.equal(cli.status, s.errors > 0 ? 1 : 0);
    assert.ok(!s.unexported, 'a sample just opened has nothing to lose');
  }
});

editorTest(shared, 'a broken or foreign file says what is wrong and where, and the agreement stays', {}, async (page) => {
  await typeInto(page, '/student/givenNames', 'İpek');
  await waitForEditor(page, (s) => s.revision > 0, 'the typed name');
  const open = async (name, text) => {
    const choosing = page.waitForEvent('filechooser');
    await click(page, 'button#open');
    await (await choosing).setFiles({name, mimeType: 'application/json', buffer: Buffer.from(text)});
    return waitForEditor(page, (s) => s.notices.some((n) => n.includes(name)), `the answer to ${name}`);
  };
  let s = await open('agreement.json', '{\n  "formatVersion": 1,\n  "student": {"givenNames": "Ana",}\n}\n');
  const broken = s.notices.find((n) => n.includes('agreement.json'));
  assert.match(broken, /was not opened/);
  assert.match(broken, /not a JSON file/);
  assert.match(broken, /line 3, column \d+/);
  assert.equal(JSON.parse(await documentJson(page)).student.givenNames, 'İpek');

  s = await open('photo-list.json', '{"photos": ["a.jpg"]}');
  assert.match(s.notices.find((n) => n.includes('photo-list.json')), /formatVersion/);
  s = await open('typed.json', '{"formatVersion": 1, "student": {"birthDate": 20030417}}');
  // The field named as the form names it; la-check gives offices its pointer.
  const typed = s.notices.find((n) => n.includes('typed.json'));
  assert.match(typed, /The field “Student · Date of birth” should be text, but it is a number/);
  assert.doesNotMatch(typed, /\/student\/birthDate/);
  s = await open('from-the-future.json', '{"formatVersion": 99}');
  assert.match(s.notices.find((n) => n.includes('from-the-future.json')), /version 99, which is newer/);
  s = await open('video.json', '{"formatVersion": 1, "pad": "' + 'x'.repeat(6 * 1024 * 1024) + '"}');
  assert.match(s.notices.find((n) => n.includes('video.json')), /never larger than/);
  assert.equal(JSON.parse(await documentJson(page)).student.givenNames, 'İpek');
});

editorTest(shared, 'a file opens through the picker and by dropping it on the editor', {}, async (page) => {
  const blended = fs.readFileSync(path.join(samplesDir, 'blended-bip.json'));
  const choosing = page.waitForEvent('filechooser');
  await click(page, 'button#open');
  await (await choosing).setFiles({name: 'blended-bip.json', mimeType: 'application/json', buffer: blended});
  await waitForEditor(page, (s) => s.notices.some((n) => n.includes('Opened “blended-bip.json”')), 'the picked file');
  assert.equal(JSON.parse(await documentJson(page)).mobilityType, 'blended');

  const doctoral = fs.readFileSync(path.join(samplesDir, 'doctoral-research-stay.json'), 'utf8');
  await page.evaluate((text) => {
    const data = new DataTransfer();
    data.items.add(new File([text], 'dropped.json', {type: 'application/json'}));
    const canvas = document.querySelector('#editor canvas');
    canvas.dispatchEvent(new DragEvent('dragover', {dataTransfer: data, bubbles: true, cancelable: true}));
    canvas.dispatchEvent(new DragEvent('drop', {dataTransfer: data, bubbles: true, cancelable: true}));
  }, doctoral);
  await waitForEditor(page, (s) => s.notices.some((n) => n.includes('Opened “dropped.json”')), 'the dropped file');
  assert.equal(JSON.parse(await documentJson(page)).mobilityType, 'short-term-doctoral');
  assert.deepEqual(await findings(page), JSON.parse(runLaCheck(['--json', path.join(samplesDir, 'doctoral-research-stay.json')]).stdout).files[0].findings);
});

editorTest(shared, 'New starts each mobility type with its own tables', {}, async (page) => {
  for (const [type, table] of [['blended', '#tableC'], ['short-term-doctoral', '#tableA'], ['semester', '#tableB']]) {
    await click(page, 'button#new');
    await click(page, 'new#' + type);
    const s = await waitForEditor(page, (s) => s.popups.length === 0, `a new ${type} agreement`);
    const json = JSON.parse(await documentJson(page));
    assert.equal(json.mobilityType, type);
    assert.ok(s.rects[table], `${table} shown for ${type}`);
    assert.equal(Boolean(s.rects['#tableC']), type === 'blended', 'Table C only for blended mobility');
    assert.equal(Boolean(s.rects['#bip']), type === 'blended', 'BIP facts only for blended mobility');
  }
});

editorTest(shared, 'New asks before it replaces changes not exported, and keeping them keeps the leave-page guard', {}, async (page) => {
  await typeInto(page, '/student/givenNames', 'İpek');
  await waitForEditor(page, (s) => s.unexported, 'the change not exported');
  await click(page, 'button#new');
  await click(page, 'new#blended');
  await waitForEditor(page, (s) => s.popups.includes('replace-question'), 'the question');
  await page.keyboard.press('Escape');  // the safe answer has the focus and Escape
  let s = await waitForEditor(page, (s) => s.popups.length === 0, 'the question closed');
  assert.equal(JSON.parse(await documentJson(page)).student.givenNames, 'İpek');
  assert.ok(s.unexported, 'still guarded by the leave-page prompt');

  await click(page, 'button#new');
  await click(page, 'new#blended');
  await waitForEditor(page, (s) => s.popups.includes('replace-question'), 'the question again');
  await click(page, 'replace-question#go');
  s = await waitForEditor(page, (s) => s.popups.length === 0, 'the new agreement');
  const json = JSON.parse(await documentJson(page));
  assert.equal(json.mobilityType, 'blended');
  assert.equal(json.student?.givenNames, undefined);
});

editorTest(shared, 'changing the mobility type keeps every row; an unused list goes only when asked', {}, async (page) => {
  await openUnsignedSample(page, 'semester-two-terms');
  const rows = JSON.parse(await documentJson(page)).firstVersion.componentsStudied.length;
  await click(page, '/mobilityType');
  await waitForEditor(page, (s) => s.active === '/mobilityType#search', 'the type picker open');
  await page.keyboard.type('blended');
  await page.keyboard.press('Enter');
  let s = await waitForEditor(page, (s) => s.popups.length === 0 && s.rects['#otherLists'], 'the unused list shown');
  let json = JSON.parse(await documentJson(page));
  assert.equal(json.mobilityType, 'blended');
  assert.equal(json.firstVersion.componentsStudied.length, rows, 'the rows are still in the file');
  await click(page, '/firstVersion/componentsStudied#remove');
  s = await waitForEditor(page, (s) => !s.rects['#otherLists'], 'the list removed');
  assert.equal(JSON.parse(await documentJson(page)).firstVersion.componentsStudied, undefined);
  await page.keyboard.press('Control+z');
  await waitForEditor(page, (s) => s.rects['#otherLists'], 'the list back after undo');
  json = JSON.parse(await documentJson(page));
  assert.equal(json.firstVersion.componentsStudied.length, rows);
});
