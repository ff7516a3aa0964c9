// Changes during the mobility (issue 14, section 3): from a first version the three parties
// signed, propose changes (a course deleted with a reason, one added with a reason), see them as
// a difference with the totals before and after, undo each step, withdraw, keep the proposal
// over a reload; a blended mobility is told why it gets none. The signed fixtures were written
// by the core's sign() (tests/core/signed_fixtures_test.cpp).
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import {
  useEditorSite, editorTest, root, state, click, waitForEditor, typeInto, documentJson, setDocument, settle, runLaCheck,
} from './editor_harness.mjs';
import {signBlock, kOfficer, kHost} from './signing_steps.mjs';

const shared = useEditorSite();
const fixture = (name) => fs.readFileSync(path.join(root, 'tests/fixtures/agreements', name + '.json'), 'utf8');
const proposal = async (page) => JSON.parse(await documentJson(page)).changesProposal;
const row = (n) => '/changesProposal#componentsStudied/' + n;

async function openSigned(page, name) {
  const result = await setDocument(page, fixture(name));
  assert.equal(result.ok, true);
  await settle(page);
}

async function proposeChanges(page) {
  await click(page, '/changesProposal#propose');
  await waitForEditor(page, (s) => s.rects['/changesProposal#add#componentsStudied'], 'the proposal open');
  const opened = await proposal(page);
  assert.match(opened.id, /^[0-9A-F]{40}$/);
  return opened.id;
}

// Deletes the second course of Table A for a timetable conflict.
async function deleteSecondCourse(page) {
  await click(page, '/changesProposal#delete#componentsStudied/1');
  await click(page, '/changesProposal#reason#timetable-conflict');
  await click(page, '/changesProposal#confirm');
  return waitForEditor(page, (s) => s.rects[row(1) + '#deleted'], 'the second course struck through');
}

editorTest(shared, 'a course deleted and one added with reasons show as a difference with totals, each an undo step',
           {}, async (page) => {
  await openSigned(page, 'signed-semester');
  const ids = [await proposeChanges(page)];
  let s = await state(page);
  assert.equal(s.texts['/changesProposal#total#componentsStudied'], 'Credits before: 30 ECTS · after: 30 ECTS');

  s = await deleteSecondCourse(page);
  assert.equal(s.texts[row(1)],
               '2. 1000-2M16BDP Big Data Processing and Cluster Computing · 6 ECTS    deleted · Timetable conflict');
  assert.equal(s.texts['/changesProposal#total#componentsStudied'], 'Credits before: 30 ECTS · after: 24 ECTS');
  ids.push((await proposal(page)).id);

  await click(page, '/changesProposal#add#componentsStudied');
  await typeInto(page, '/changesProposal#code', '1000-2M11SEM');
  await typeInto(page, '/changesProposal#title', 'Seminar in Computer Networks');
  await typeInto(page, '/changesProposal#credits', '5');
  await click(page, '/changesProposal#reason#substituting-deleted');
  await click(page, '/changesProposal#confirm');
  s = await waitForEditor(page, (s) => s.rects[row(5) + '#added'], 'the new course marked as added');
  assert.equal(s.texts[row(5)],
               '6. 1000-2M11SEM Seminar in Computer Networks · 5 ECTS    added · Substituting a deleted component');
  assert.equal(s.texts['/changesProposal#total#componentsStudied'], 'Credits before: 30 ECTS · after: 29 ECTS');
  const json = await proposal(page);
  ids.push(json.id);
  assert.equal(new Set(ids).size, 3, 'the id changes with every change of content');
  assert.deepEqual(json.componentsStudied.map((c) => [c.title, c.status, c.reasonCode]), [
    ['Big Data Processing and Cluster Computing', 'deleted', 'timetable-conflict'],
    ['Seminar in Computer Networks', 'inserted', 'substituting-deleted'],
  ]);
  // The proposal is what la-check reads: no findings about the changes (LA-8xx).
  const file = path.join(root, 'build/e2e-artifacts/changes-proposal.json');
  fs.mkdirSync(path.dirname(file), {recursive: true});
  fs.writeFileSync(file, await documentJson(page));
  assert.doesNotMatch(runLaCheck([file]).stdout, /LA-8\d\d/);

  // Each step is one undo step, the id coming back with its content.
  await click(page, 'button#undo');
  s = await waitForEditor(page, (s) => !s.rects[row(5)], 'the added course gone');
  assert.equal((await proposal(page)).id, ids[1]);
  await click(page, 'button#undo');
  s = await waitForEditor(page, (s) => s.rects[row(1)] && !s.rects[row(1) + '#deleted'], 'the course back');
  assert.equal((await proposal(page)).id, ids[0]);
  await click(page, 'button#undo');
  await waitForEditor(page, (s) => s.rects['/changesProposal#propose'], 'no proposal, Propose changes offered again');
  assert.equal(await proposal(page), undefined);
});

editorTest(shared, 'a deletion without a reason is refused in words and changes nothing', {}, async (page) => {
  await openSigned(page, 'signed-semester');
  const id = await proposeChanges(page);
  await click(page, '/changesProposal#delete#componentsStudied/0');
  await click(page, '/changesProposal#confirm');
  const s = await waitForEditor(page, (s) => s.rects['/changesProposal#formRefusal'], 'the refusal');
  assert.match(s.texts['/changesProposal#formRefusal'] || '', /give a reason/);
  assert.equal((await proposal(page)).id, id);
  assert.equal((await proposal(page)).componentsStudied, undefined);
});

editorTest(shared, 'withdrawing the proposal is one undo step, and a proposal survives a reload', {}, async (page) => {
  page.on('dialog', (dialog) => dialog.accept());  // leaving with changes not exported asks first
  await openSigned(page, 'signed-semester');
  await proposeChanges(page);
  await deleteSecondCourse(page);
  const id = (await proposal(page)).id;
  await click(page, '/changesProposal#withdraw');
  await waitForEditor(page, (s) => s.rects['/changesProposal#propose'], 'the proposal withdrawn');
  assert.equal(await proposal(page), undefined);
  await click(page, 'button#undo');
  await waitForEditor(page, (s) => s.rects[row(1) + '#deleted'], 'the proposal back');
  assert.equal((await proposal(page)).id, id);

  await waitForEditor(page, (s) => s.savedRevision === s.revision, 'the draft saved');
  await page.reload();
  await page.waitForFunction(() => window.laModule && window.laFirstFrame);
  const s = await waitForEditor(page, (s) => s.rects[row(1) + '#deleted'], 'the proposal after the reload');
  assert.match(s.texts[row(1)], /deleted · Timetable conflict/);
  assert.equal((await proposal(page)).id, id);
});

editorTest(shared, 'a blended mobility signed by all three is told why it gets no proposal', {}, async (page) => {
  await openSigned(page, 'signed-blended');
  const s = await waitForEditor(page, (s) => s.rects['/changesProposal#refusal'], 'the reason');
  assert.match(s.texts['/changesProposal#refusal'], /Blended and short-term doctoral mobilities cannot change their agreement/);
  assert.equal(s.rects['/changesProposal#propose'], undefined);
});

editorTest(shared, 'a first version not signed by all three says so instead of offering changes', {}, async (page) => {
  const unsigned = JSON.parse(fixture('signed-semester'));
  delete unsigned.firstVersion.receivingHeiSignature;
  await setDocument(page, JSON.stringify(unsigned));
  const s = await waitForEditor(page, (s) => s.rects['/changesProposal#refusal'], 'the reason');
  assert.match(s.texts['/changesProposal#refusal'], /once the student and both institutions have signed the first version/);
  assert.equal(s.rects['/changesProposal#propose'], undefined);
});

editorTest(shared, 'a proposal the three signed is applied, undone and applied again; a second proposal works on top',
           {}, async (page) => {
  await openSigned(page, 'signed-semester-proposal');
  let s = await waitForEditor(page, (s) => s.rects['/changesProposal#apply'], 'Apply the changes');
  assert.equal(s.texts['/changesProposal#total#componentsStudied'], 'Credits before: 30 ECTS · after: 29 ECTS');
  assert.equal(s.rects['/changesProposal#apply-when'], undefined, 'signed by all three: nothing stands in the way');
  await click(page, '/changesProposal#apply');
  await waitForEditor(page, (s) => s.rects['/changesProposal#propose'], 'Propose changes offered for a second round');
  let json = JSON.parse(await documentJson(page));
  assert.equal(json.changesProposal, undefined);
  assert.deepEqual(json.approvedChanges.componentsStudied.map((c) => c.status), ['deleted', 'inserted']);
  assert.ok(json.approvedChanges.receivingHeiSignature.contentHash, 'the signatures go with the changes');
  await click(page, 'button#undo');
  await waitForEditor(page, (s) => s.rects['/changesProposal#apply'], 'the proposal back, not applied');
  await click(page, '/changesProposal#apply');
  await waitForEditor(page, (s) => s.rects['/changesProposal#propose'], 'applied again');

  // The second round starts from the approved changes: Table A as it stands has five courses.
  await proposeChanges(page);
  s = await state(page);
  assert.equal(s.texts['/changesProposal#total#componentsStudied'], 'Credits before: 29 ECTS · after: 29 ECTS');
  assert.match(s.texts[row(4)], /^5\. 1000-2M11SEM Seminar in Computer Networks · 5 ECTS$/);
  await click(page, '/changesProposal#delete#componentsStudied/0');
  await click(page, '/changesProposal#reason#not-available');
  await click(page, '/changesProposal#confirm');
  s = await waitForEditor(page, (s) => s.rects[row(0) + '#deleted'], 'the first course struck through');
  assert.equal(s.texts['/changesProposal#total#componentsStudied'], 'Credits before: 29 ECTS · after: 23 ECTS');
  json = JSON.parse(await documentJson(page));
  assert.deepEqual(json.changesProposal.componentsStudied.map((c) => c.status), ['deleted', 'inserted', 'deleted'],
                   'like EWP approved-changes, the proposal lists every change against the first version');
  assert.equal(json.changesProposal.studentSignature, undefined, 'not signed yet');
  s = await state(page);
  assert.match(s.texts['/changesProposal#apply-when'], /once the student and both institutions have signed this proposal/);

  // The three sign it in the editor. A change after the student signed asks first; Escape keeps it.
  await signBlock(page, 'studentSignature', null, '/changesProposal');
  const studentSigned = await documentJson(page);
  await click(page, '/changesProposal#delete#componentsStudied/1');
  await click(page, '/changesProposal#reason#not-available');
  await click(page, '/changesProposal#confirm');
  await waitForEditor(page, (s) => s.popups.includes('void-question'), 'the question about the student\'s signature');
  await page.keyboard.press('Escape');
  await waitForEditor(page, (s) => s.popups.length === 0, 'the question closed');
  assert.equal(await documentJson(page), studentSigned, 'the proposal and its signature as they were');
  await signBlock(page, 'sendingHeiSignature', kOfficer, '/changesProposal');
  await signBlock(page, 'receivingHeiSignature', kHost, '/changesProposal');
  await click(page, '/changesProposal#apply');
  await waitForEditor(page, (s) => s.rects['/changesProposal#propose'], 'the second round applied');
  json = JSON.parse(await documentJson(page));
  assert.deepEqual(json.approvedChanges.componentsStudied.map((c) => c.status), ['deleted', 'inserted', 'deleted']);
  assert.equal(json.approvedChanges.sendingHeiSignature.signerName, kOfficer.name);

  const downloading = page.waitForEvent('download');
  await click(page, 'button#export');
  const checked = runLaCheck(['--json', await (await downloading).path()]);
  assert.equal(checked.status, 0, checked.stdout);
  const approved = JSON.parse(checked.stdout).files[0].signatures.filter((r) => r.section === 'approvedChanges');
  assert.deepEqual(approved.map((r) => [r.party, r.state]),
                   [['student', 'holds'], ['sendingHei', 'holds'], ['receivingHei', 'holds']]);
});
