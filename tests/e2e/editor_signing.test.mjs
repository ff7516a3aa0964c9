// Signing in the editor (issue 14, section 1): a student signs; an edit of signed content asks,
// voids the signatures as one undo step, and they sign again; an office signs a student-signed
// file and la-check finds every signature holding; a tampered file says so on opening; "Compare
// with my copy"; the embedding API's sign(); signatures survive a reload.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import {
  useEditorSite, editorTest, root, state, click, waitForEditor, focusField, documentJson, setDocument, runLaCheck,
  openEditor, itemCentre, scrollToTop,
} from './editor_harness.mjs';
import {clickInForm, signBlock, kOfficer, kHost} from './signing_steps.mjs';

const shared = useEditorSite();
const kParties = ['studentSignature', 'sendingHeiSignature', 'receivingHeiSignature'];

// The valid semester fixture before anybody signed it.
function unsignedSemester() {
  const json = JSON.parse(fs.readFileSync(path.join(root, 'tests/fixtures/agreements/valid-semester.json'), 'utf8'));
  for (const party of kParties) delete json.firstVersion[party];
  return json;
}

const doc = async (page) => JSON.parse(await documentJson(page));


editorTest(shared, 'a student signs; an edit asks, voids the signature as one undo step, and they sign again', {}, async (page) => {
  await setDocument(page, JSON.stringify(unsignedSemester()));
  await waitForEditor(page, (s) => s.status.startsWith('No errors · not signed yet'), 'nobody signed yet');
  const fingerprint = await signBlock(page, 'studentSignature');
  let json = await doc(page);
  const signature = json.firstVersion.studentSignature;
  assert.equal(signature.signerName, 'Łukasz Żółć', 'the name of the student section');
  assert.equal(signature.signerEmail, json.student.email);
  assert.match(signature.timestamp, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d$/);
  assert.match(signature.signerApp, /^Learning Agreement Studio /);
  assert.equal(signature.contentHash.slice(7, 23), fingerprint.replaceAll(' ', ''));
  await waitForEditor(page, (s) => s.status.startsWith('No errors · signed by the student'), 'the status says who signed');
  const signed = await documentJson(page);

  // Typing into signed content asks first; keys typed meanwhile go nowhere; Escape keeps it as signed.
  await focusField(page, '/student/email');
  await page.keyboard.press('End');
  await page.keyboard.type('x');
  await waitForEditor(page, (s) => s.popups.includes('void-question'), 'the question');
  await page.keyboard.type('yz');
  assert.equal(await documentJson(page), signed, 'nothing changed while the question is open');
  await page.keyboard.press('Escape');
  await waitForEditor(page, (s) => s.popups.length === 0, 'the question closed');
  assert.equal(await documentJson(page), signed, 'the text and the signature as they were');

  // Going on: the edit is made and the signature removed, not left broken.
  await focusField(page, '/student/email');
  await page.keyboard.press('End');
  await page.keyboard.type('x');
  await waitForEditor(page, (s) => s.popups.includes('void-question'), 'the question again');
  await click(page, 'void-question#go');
  let s = await waitForEditor(page, (s) => s.popups.length === 0 && s.notices.some((n) => /were removed/.test(n)), 'the removal');
  json = await doc(page);
  assert.equal(json.student.email, JSON.parse(signed).student.email + 'x');
  assert.equal(json.firstVersion.studentSignature, undefined);
  assert.equal(s.status.includes('not signed yet') || s.errors > 0, true);

  // One undo brings back the text and the signature together.
  await page.keyboard.press('Escape');
  await waitForEditor(page, (s) => s.active === '', 'the field left');
  await page.keyboard.press('Control+z');
  await page.waitForFunction((text) => laModule.UTF8ToString(laModule._la_document_json()) === text, signed);
  await page.keyboard.press('Control+Shift+z');
  await waitForEditor(page, (s) => s.canUndo && !s.canRedo, 'redone');
  assert.equal((await doc(page)).firstVersion.studentSignature, undefined);

  // The student signs again, over the changed content.
  await signBlock(page, 'studentSignature');
  s = await waitForEditor(page, (s) => s.status.startsWith('No errors · signed by the student'), 'signed again');
  const file = path.join(root, 'build/e2e-artifacts/signed-again.json');
  fs.mkdirSync(path.dirname(file), {recursive: true});
  fs.writeFileSync(file, await documentJson(page));
  const report = JSON.parse(runLaCheck(['--json', file]).stdout).files[0].signatures;
  assert.equal(report.find((r) => r.party === 'student').state, 'holds');
});

editorTest(shared, 'Sign waits for an agreement without errors, and goes to the first one', {}, async (page) => {
  const json = unsignedSemester();
  json.student.email = 'not an address';
  await setDocument(page, JSON.stringify(json));
  await waitForEditor(page, (s) => s.rects['/firstVersion/studentSignature#first-error'], 'the way to the error');
  await clickInForm(page, '/firstVersion/studentSignature#first-error');
  await waitForEditor(page, (s) => s.focused === '/student/email', 'the erroneous field focused');
});

editorTest(shared, 'an office signs a student-signed file, exports it, and la-check finds every signature holding', {}, async (page) => {
  // The student's file: signed by the student in the editor, then exported.
  await setDocument(page, JSON.stringify(unsignedSemester()));
  await signBlock(page, 'studentSignature');
  const studentFile = await documentJson(page);

  // The office opens it in its editor (which asks before it replaces the draft it had).
  const choosing = page.waitForEvent('filechooser');
  await click(page, 'button#open');
  await (await choosing).setFiles({name: 'student.json', mimeType: 'application/json', buffer: Buffer.from(studentFile)});
  const asked = await waitForEditor(page, (s) => s.popups.includes('replace-question') ||
                                                 s.notices.some((n) => n.includes('Opened “student.json”')), 'the student file');
  if (asked.popups.includes('replace-question')) await click(page, 'replace-question#go');
  await waitForEditor(page, (s) => s.notices.some((n) => n.includes('Opened “student.json”')), 'the student file open');
  await waitForEditor(page, (s) => s.status.startsWith('No errors · signed by the student'), 'signed by the student');

  // The student's part cannot change without voiding the student's signature.
  await focusField(page, '/student/givenNames');
  await page.keyboard.type('x');
  await waitForEditor(page, (s) => s.popups.includes('void-question'), 'the question about the student\'s signature');
  await page.keyboard.press('Escape');
  await waitForEditor(page, (s) => s.popups.length === 0, 'kept as signed');
  assert.equal(await documentJson(page), studentFile);
  await page.keyboard.press('Escape');

  // An institution's signer needs a position: refused in words, nothing signed.
  await clickInForm(page, '/firstVersion/sendingHeiSignature');
  await waitForEditor(page, (s) => s.popups.includes('sign-dialog') && s.rects['sign#name'], 'the sign dialog');
  await click(page, 'sign#name');
  await page.keyboard.type(kOfficer.name);
  await click(page, 'sign#go');
  await settle2(page);
  assert.equal((await doc(page)).firstVersion.sendingHeiSignature, undefined);
  await click(page, 'sign#cancel');
  await waitForEditor(page, (s) => s.popups.length === 0, 'the dialog closed');

  await signBlock(page, 'sendingHeiSignature', kOfficer);
  await signBlock(page, 'receivingHeiSignature', kHost);
  await waitForEditor(page, (s) => s.status.startsWith('No errors · signed by all three parties'), 'all three signed');
  const json = await doc(page);
  assert.equal(json.firstVersion.sendingHeiSignature.signerPosition, kOfficer.position);
  assert.equal(json.firstVersion.studentSignature.timestamp, JSON.parse(studentFile).firstVersion.studentSignature.timestamp);

  const downloading = page.waitForEvent('download');
  await click(page, 'button#export');
  const exported = await (await downloading).path();
  const checked = runLaCheck(['--json', exported]);
  assert.equal(checked.status, 0, checked.stdout);
  const report = JSON.parse(checked.stdout).files[0].signatures;
  assert.deepEqual(report.map((r) => [r.party, r.state]),
                   [['student', 'holds'], ['sendingHei', 'holds'], ['receivingHei', 'holds']]);
});

// A frame or two for a refused signing to show its reason.
async function settle2(page) {
  await waitForEditor(page, (s) => s.popups.includes('sign-dialog'), 'the dialog still open');
}

editorTest(shared, 'a file changed after signing says on opening which signature no longer holds, and what changed', {}, async (page) => {
  await setDocument(page, JSON.stringify(unsignedSemester()));
  await signBlock(page, 'studentSignature');
  const tampered = await doc(page);
  tampered.student.email = 'someone.else@student.utwente.example';
  const open = async (name) => {
    const choosing = page.waitForEvent('filechooser');
    await click(page, 'button#open');
    await (await choosing).setFiles({name, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(tampered))});
    const s = await waitForEditor(page, (s) => s.popups.includes('replace-question') || s.notices.some((n) => n.includes('LA-703')),
                                  `the notice about ${name}`);
    if (s.popups.includes('replace-question')) await click(page, 'replace-question#go');  // the signed one was not exported
    return waitForEditor(page, (s) => s.notices.some((n) => n.includes('LA-703')), `the notice about ${name}`);
  };
  // The signed agreement is at hand (it is the one shown): the changed field is named.
  let s = await open('tampered.json');
  let notice = s.notices.find((n) => n.includes('LA-703'));
  assert.match(notice, /after the student signed the agreement \(first version\)/);
  assert.match(notice, /Changed since: Student · E-mail\./);
  assert.ok(s.errors > 0 && s.status.includes('error'), 'LA-703 counts as an error');

  // On another computer nothing tells what changed, and the notice says so.
  await page.evaluate(() => localStorage.clear());
  await openEditor(page, page.url());
  s = await open('tampered-elsewhere.json');
  notice = s.notices.find((n) => n.includes('LA-703'));
  assert.match(notice, /The file does not tell what was changed\./);
});

editorTest(shared, 'Compare with my copy tells with a fingerprint or a file whether this is what was signed', {}, async (page) => {
  await setDocument(page, JSON.stringify(unsignedSemester()));
  const fingerprint = await signBlock(page, 'studentSignature');
  const kept = await documentJson(page);
  const compare = async (text) => {
    await click(page, 'compare#kept');
    await page.keyboard.press('Control+a');
    await page.keyboard.type(text);
    await click(page, 'compare#go');
    return (await waitForEditor(page, (s) => s.compareAnswer !== '', 'the answer')).compareAnswer;
  };
  await clickInForm(page, '/firstVersion/studentSignature#compare');
  await waitForEditor(page, (s) => s.popups.includes('compare-dialog') && s.rects['compare#kept'], 'the compare dialog');
  assert.match(await compare(fingerprint.toUpperCase().replaceAll(' ', '-')), /^Same: /);
  assert.match(await compare('0000 0000 0000 0000'), /^Not the same: /);

  // The agreement as someone else changed it, and the file the student kept.
  await click(page, 'compare#close');
  const changed = JSON.parse(kept);
  changed.student.email = 'someone.else@student.utwente.example';
  changed.firstVersion.componentsStudied[0].title = 'Another course';
  await setDocument(page, JSON.stringify(changed));
  await clickInForm(page, '/firstVersion/studentSignature#compare');
  await waitForEditor(page, (s) => s.popups.includes('compare-dialog') && s.rects['compare#file'], 'the compare dialog');
  assert.match(await compare(fingerprint), /^Not the same: /);
  const choosing = page.waitForEvent('filechooser');
  await click(page, 'compare#file');
  await (await choosing).setFiles({name: 'my-copy.json', mimeType: 'application/json', buffer: Buffer.from(kept)});
  const answer = (await waitForEditor(page, (s) => /my-copy/.test(s.compareAnswer), 'the answer about the file')).compareAnswer;
  assert.match(answer, /^Not the same as “my-copy.json”\. These fields differ: /);
  assert.match(answer, /Student · E-mail/);
  assert.match(answer, /row 1 · Component title/);
});

editorTest(shared, 'the mounted editor\'s sign() signs for an office, or says in words why not', {page: 'editor_host.html'}, async (page) => {
  const results = await page.evaluate(async (json) => {
    const editor = await window.editorReady;
    editor.setDocument(json);
    return [
      editor.sign('sendingHei', {signerName: 'Anna de Vries'}),
      editor.sign('dean', {signerName: 'X'}),
      editor.sign('sendingHei', {signerName: 'Anna de Vries', signerPosition: 'Erasmus coordinator',
                                 signerEmail: 'a.devries@utwente.example'}),
    ];
  }, JSON.stringify(unsignedSemester()));
  assert.equal(results[0].ok, false);
  assert.match(results[0].error.message, /position/);
  assert.match(results[1].error.message, /no party “dean”/);
  assert.equal(results[2].ok, true);
  assert.match(results[2].fingerprint, /^[0-9a-f]{4}( [0-9a-f]{4}){3}$/);
  assert.ok(Array.isArray(results[2].findings));
  const json = await doc(page);
  assert.equal(json.firstVersion.sendingHeiSignature.signerName, 'Anna de Vries');
  assert.equal(json.firstVersion.sendingHeiSignature.contentHash.slice(7, 23), results[2].fingerprint.replaceAll(' ', ''));
  await waitForEditor(page, (s) => s.status.includes('signed by the sending institution'), 'the status');
});

editorTest(shared, 'a signature survives a reload', {}, async (page) => {
  await setDocument(page, JSON.stringify(unsignedSemester()));
  await signBlock(page, 'studentSignature');
  await waitForEditor(page, (s) => s.savedRevision === s.revision, 'the draft saved');
  const signed = await documentJson(page);
  await openEditor(page, page.url());
  assert.equal(await documentJson(page), signed);
  await waitForEditor(page, (s) => s.status.startsWith('No errors · signed by the student'), 'still signed');
});
