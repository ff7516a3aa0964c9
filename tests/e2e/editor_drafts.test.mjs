// Never lose work: the draft autosaved and back after a reload, the leave-page prompt, a damaged
// draft survived, saving when the page is hidden, storage that refuses drafts, two tabs on one
// draft; and the theme kept.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import {
  useEditorSite, editorTest, root, state, click, waitForEditor, typeInto, documentJson, settle, openEditor,
} from './editor_harness.mjs';

const shared = useEditorSite();
const kDraftKey = 'la-studio-draft';  // the site's draftKey (web/index.html)

async function reload(page) {
  await page.reload();
  await page.waitForFunction(() => window.laModule && window.laFirstFrame);
  await settle(page);
}

editorTest(shared, 'the draft comes back after a reload, with a notice and a way to discard it', {}, async (page) => {
  const dialogs = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.type());
    dialog.accept();
  });
  await typeInto(page, '/student/givenNames', 'Дмитрий');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Иванов');
  // Autosaved about a second after the last change.
  const saved = await waitForEditor(page, (s) => s.revision > 0 && s.savedRevision === s.revision, 'the draft saved');
  assert.ok(saved.unexported);
  const stored = JSON.parse(await page.evaluate((key) => localStorage.getItem(key), kDraftKey));
  assert.equal(stored.student.familyName, 'Иванов');

  await reload(page);
  assert.deepEqual(dialogs, ['beforeunload'], 'leaving with changes not exported asks first');
  const s = await waitForEditor(page, (s) => s.notices.length > 0, 'the draft notice');
  assert.match(s.notices[0], /draft from your last visit is back/);
  assert.ok(s.unexported, 'a restored draft is not known to be exported');
  const json = JSON.parse(await documentJson(page));
  assert.equal(json.student.givenNames, 'Дмитрий');
  assert.equal(json.student.familyName, 'Иванов');

  await click(page, 'notice#discard');
  // Never exported: the student is asked first, and keeping it keeps it.
  await waitForEditor(page, (s) => s.popups.includes('replace-question'), 'the question before discarding');
  await page.keyboard.press('Escape');
  await waitForEditor(page, (s) => !s.popups.includes('replace-question'), 'the question closed');
  assert.equal(JSON.parse(await documentJson(page)).student.givenNames, 'Дмитрий');
  await click(page, 'notice#discard');
  await waitForEditor(page, (s) => s.popups.includes('replace-question'), 'the question again');
  await click(page, 'replace-question#go');
  await waitForEditor(page, (s) => s.notices.length === 0, 'the notice gone');
  assert.equal(JSON.parse(await documentJson(page)).student.givenNames, undefined);
  assert.equal(await page.evaluate((key) => localStorage.getItem(key), kDraftKey), null);
});

editorTest(shared, 'credits typed as a word come back after a reload, still marked', {}, async (page) => {
  await click(page, '/firstVersion/componentsStudied');  // Add a component
  const cell = '/firstVersion/componentsStudied/0/credits/0/value';
  await typeInto(page, cell, 'six');
  await page.keyboard.press('Tab');
  await waitForEditor(page, (s) => s.invalidEntries === 1, 'the text marked');
  await page.waitForFunction((key) => localStorage.getItem(key + '.typed'), kDraftKey);
  await reload(page);
  const s = await waitForEditor(page, (s) => s.invalidEntries === 1, 'the text back after the reload');
  assert.match(s.status, /1 entry to correct/);
});

editorTest(shared, 'a damaged draft gives back the copy before it and says so', {
  initScript: (text) => {
    if (sessionStorage.getItem('seeded')) return;
    sessionStorage.setItem('seeded', '1');
    localStorage.setItem('la-studio-draft.previous', text);
    localStorage.setItem('la-studio-draft', '{"formatVersion": 1, "student": {"givenNames": "Łuk');
  },
  initArgument: fs.readFileSync(path.join(root, 'assets/samples/semester-two-terms.json'), 'utf8'),
}, async (page) => {
  const s = await waitForEditor(page, (s) => s.notices.length > 0, 'the notice about the damaged draft');
  assert.match(s.notices[0], /last saved draft was damaged/);
  assert.match(s.notices[0], /line 1, column/);
  const json = JSON.parse(await documentJson(page));
  const sample = JSON.parse(fs.readFileSync(path.join(root, 'assets/samples/semester-two-terms.json'), 'utf8'));
  assert.equal(json.student.familyName, sample.student.familyName);
});

editorTest(shared, 'hiding the page saves the draft at once', {}, async (page) => {
  await typeInto(page, '/student/givenNames', 'Ελένη');
  await waitForEditor(page, (s) => s.revision > 0, 'the typed name');
  await page.evaluate(() => {
    Object.defineProperty(document, 'visibilityState', {configurable: true, get: () => 'hidden'});
    document.dispatchEvent(new Event('visibilitychange'));
  });
  const stored = await page.evaluate((key) => localStorage.getItem(key), kDraftKey);
  assert.ok(stored, 'saved within the visibilitychange event, before the autosave delay');
  assert.equal(JSON.parse(stored).student.givenNames, 'Ελένη');
});

editorTest(shared, 'when the browser refuses drafts the student is told once and keeps working', {
  initScript: () => {
    Storage.prototype.setItem = function() {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  },
}, async (page) => {
  await typeInto(page, '/student/givenNames', 'Ana');
  let s = await waitForEditor(page, (s) => s.notices.length > 0, 'the storage notice');
  assert.deepEqual(s.notices, ['Drafts cannot be saved in this browser; export to keep your work.']);
  await page.keyboard.type(' Maria');
  await settle(page, 5);
  await waitForEditor(page, (s) => s.savedRevision === s.revision, 'the next save tried');
  s = await state(page);
  assert.equal(s.notices.length, 1, 'said once');
  assert.equal(JSON.parse(await documentJson(page)).student.givenNames, 'Ana Maria');
});

editorTest(shared, 'the agreement open in two tabs: one edits and saves, the other shows it until the student goes on there',
           {}, async (first) => {
  await typeInto(first, '/student/givenNames', 'Łukasz');
  await waitForEditor(first, (s) => s.revision > 0 && s.savedRevision === s.revision, 'the draft saved');
  const second = await first.context().newPage();
  await openEditor(second, first.url());
  let s = await waitForEditor(second, (s) => s.readOnly && s.notices.length > 0, 'the second tab showing only');
  assert.match(s.notices.join(' '), /open in another tab/);
  assert.equal(JSON.parse(await documentJson(second)).student.givenNames, 'Łukasz');

  await typeInto(first, '/student/familyName', 'Żółć');  // the first tab goes on; not saved yet
  await first.waitForFunction(() => laModule.UTF8ToString(laModule._la_document_json()).includes('Żółć'));
  await second.bringToFront();
  await click(second, 'notice#continueHere');
  await waitForEditor(second, (s) => !s.readOnly, 'the second tab editing');
  assert.equal(JSON.parse(await documentJson(second)).student.familyName, 'Żółć', 'what the first tab had came along');
  s = await waitForEditor(first, (s) => s.readOnly && s.notices.length > 0, 'the first tab showing only');
  assert.match(s.notices.join(' '), /went on with this agreement in another tab/);

  await typeInto(second, '/student/email', 'lukasz@student.example');
  await waitForEditor(second, (s) => s.revision > 0 && s.savedRevision === s.revision, 'the draft saved');
  const stored = JSON.parse(await second.evaluate((key) => localStorage.getItem(key), kDraftKey));
  assert.deepEqual([stored.student.givenNames, stored.student.familyName, stored.student.email],
                   ['Łukasz', 'Żółć', 'lukasz@student.example']);
  await second.close();
});

editorTest(shared, 'the theme follows the system until the student picks one, which comes back after a reload', {}, async (page) => {
  assert.equal((await state(page)).theme, 'light');
  await page.emulateMedia({colorScheme: 'dark'});
  await waitForEditor(page, (s) => s.theme === 'dark', 'the theme following the system at once');
  await reload(page);
  assert.equal((await state(page)).theme, 'dark', 'a dark system gets the dark theme');
  await click(page, 'button#theme');
  await waitForEditor(page, (s) => s.theme === 'light', 'the light theme picked');
  await reload(page);
  assert.equal((await state(page)).theme, 'light', 'the pick outlasts the visit');
  await page.emulateMedia({colorScheme: 'light'});
  await page.emulateMedia({colorScheme: 'dark'});
  await settle(page, 3);
  assert.equal((await state(page)).theme, 'light', 'and the system\'s changes');
});

editorTest(shared, 'an editor the page makes editable joins the rule of one tab at a time', {page: 'editor_host.html'}, async (first) => {
  await typeInto(first, '/student/givenNames', 'Holder');
  await waitForEditor(first, (s) => s.revision > 0 && s.savedRevision === s.revision, 'the draft saved');
  const second = await first.context().newPage();
  await openEditor(second, first.url().split('?')[0] + '?options=' + encodeURIComponent(JSON.stringify({readOnly: true})));
  await second.evaluate(() => laModule.ccall('la_set_read_only', null, ['number'], [0]));
  const s = await waitForEditor(second, (s) => s.readOnly && s.notices.length > 0, 'the second tab showing only');
  assert.match(s.notices.join(' '), /open in another tab/);
  await second.close();
});
