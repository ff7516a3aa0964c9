// The embedding contract (docs/editor.md): a page gives the document, hears the changes, takes the
// export, makes the editor read-only, and sets documents through la_set_document_json (also while
// a field is being edited).
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import {
  useEditorSite, editorTest, root, state, click, waitForEditor, typeInto, findings, documentJson, setDocument,
  settle, runLaCheck,
} from './editor_harness.mjs';

const shared = useEditorSite();
const sampleFile = path.join(root, 'assets/samples/semester-typical-mistakes.json');
const sample = fs.readFileSync(sampleFile, 'utf8');
const hostPage = (options, flags = '') => 'editor_host.html?options=' + encodeURIComponent(JSON.stringify(options)) + flags;

editorTest(shared, 'the page hears each change and can take the export instead of a download', {
  page: hostPage({draftKey: 'embedded'}, '&listen&takeExport'),
}, async (page) => {
  await typeInto(page, '/student/email', 'ana@uni.example');
  await page.waitForFunction(() => window.changes.length > 0 && window.changes.at(-1).includes('ana@uni.example'));
  const changes = await page.evaluate(() => window.changes);
  const frames = await page.evaluate(() => window.laModule ? 1 : 0);
  assert.ok(frames);
  assert.ok(changes.length <= 'ana@uni.example'.length, `at most one call per change (${changes.length})`);
  assert.equal(JSON.parse(changes.at(-1)).student.email, 'ana@uni.example');

  let downloaded = false;
  page.on('download', () => { downloaded = true; });
  await click(page, 'button#export');
  await waitForEditor(page, (s) => s.popups.includes('export-question'), 'the question about errors');
  await click(page, 'export-question#go');
  await page.waitForFunction(() => window.exported.length === 1);
  const exported = await page.evaluate(() => window.exported[0]);
  assert.match(exported.name, /^learning-agreement-\d{4}-\d{2}-\d{2}\.json$/);
  assert.equal(exported.json, await documentJson(page));
  await settle(page, 5);
  assert.equal(downloaded, false, 'the page took the file: no download');
});

editorTest(shared, 'a document given by the page opens instead of the draft', {
  page: hostPage({draftKey: 'embedded', document: sample}),
  initScript: () => localStorage.setItem('embedded', '{"formatVersion": 1, "student": {"givenNames": "Draft"}}'),
}, async (page) => {
  const s = await state(page);
  assert.deepEqual(s.notices, [], 'no draft notice');
  assert.equal(JSON.parse(await documentJson(page)).student.givenNames, JSON.parse(sample).student.givenNames);
  assert.deepEqual(await findings(page), JSON.parse(runLaCheck(['--json', sampleFile]).stdout).files[0].findings);
});

editorTest(shared, 'a read-only editor shows everything, takes no edits, and can be made editable', {
  page: hostPage({readOnly: 'true', document: sample}),
}, async (page) => {
  let s = await state(page);
  assert.equal(s.readOnly, true);
  assert.ok(!s.rects['button#new'] && !s.rects['button#undo'], 'no file or undo actions');
  assert.ok(s.rects['button#export'], 'exporting stays possible');
  assert.equal(s.rects['/student/citizenship'][1], s.rects['/student/birthDate'][1],
               'a date without its calendar button keeps its row aligned');
  const before = await documentJson(page);
  await click(page, '/student/email');
  await page.keyboard.type('xyz');
  await page.keyboard.press('Control+a');
  await page.keyboard.press('Delete');
  await settle(page, 5);
  assert.equal(await documentJson(page), before);
  await page.evaluate(() => laModule.ccall('la_set_read_only', null, ['number'], [0]));
  await typeInto(page, '/student/givenNames', 'X');
  s = await waitForEditor(page, (s) => !s.readOnly && s.revision > 0, 'editable again');
  assert.notEqual(await documentJson(page), before);
});

editorTest(shared, 'la_set_document_json answers with the findings, or the error and where it is', {}, async (page) => {
  const ok = await setDocument(page, sample);
  assert.equal(ok.ok, true);
  assert.deepEqual(ok.findings, JSON.parse(runLaCheck(['--json', sampleFile]).stdout).files[0].findings);
  await waitForEditor(page, (s) => s.errors === ok.findings.filter((f) => f.severity === 'error').length, 'the new findings');

  const broken = await setDocument(page, '{\n  "formatVersion": 1,\n  "student": }');
  assert.equal(broken.ok, false);
  assert.equal(broken.error.line, 3);
  assert.equal(typeof broken.error.column, 'number');
  assert.match(broken.error.message, /not a JSON file/);
  const typed = await setDocument(page, '{"formatVersion": 1, "startDate": 2026}');
  assert.equal(typed.ok, false);
  assert.equal(typed.error.path, '/startDate');
  assert.equal(typed.error.message, 'The field “Mobility · Start” should be text, but it is a number.');
  assert.equal(typed.error.line, undefined);
  assert.equal(JSON.parse(await documentJson(page)).student.familyName, JSON.parse(sample).student.familyName,
               'the agreement stays when the text is refused');
  // The page's document is one undo step (keys reach the editor once it has the focus).
  await click(page, '#student#title');
  await page.keyboard.press('Control+z');
  await waitForEditor(page, (s) => s.canRedo, 'undone');
  assert.equal(JSON.parse(await documentJson(page)).student.familyName, undefined);
});

editorTest(shared, 'a document set by the page while a field is being edited is kept as given', {}, async (page) => {
  const given = JSON.parse(sample).student;
  await typeInto(page, '/student/givenNames', 'Zofia');
  await page.waitForFunction(() => laModule.UTF8ToString(laModule._la_document_json()).includes('Zofia'));
  assert.equal((await setDocument(page, sample)).ok, true);
  await settle(page, 4);
  let student = JSON.parse(await documentJson(page)).student;
  assert.equal(student.givenNames, given.givenNames, 'not the text of the field being edited');
  await page.keyboard.type('!');  // the field goes on from the new text
  await waitForEditor(page, async () => true, 'a frame');
  await page.waitForFunction((want) => JSON.parse(laModule.UTF8ToString(laModule._la_document_json())).student.givenNames === want,
                             given.givenNames + '!');
  // A field only clicked into, nothing typed, does not empty the new document's field either.
  await click(page, '#student#title');
  await typeInto(page, '/student/familyName', '');
  assert.equal((await setDocument(page, sample.replace(given.familyName, 'Żółć'))).ok, true);
  await settle(page, 4);
  student = JSON.parse(await documentJson(page)).student;
  assert.equal(student.familyName, 'Żółć');
});

editorTest(shared, 'an unknown language falls back to English', {}, async (page) => {
  await page.evaluate(() => laModule.ccall('la_set_language', null, ['string'], ['xx']));
  const s = await waitForEditor(page, (s) => /fill in/.test(s.status), 'the status in English');
  assert.match(s.status, /^\d+ fields to fill in, \d+ warnings$/);
});
