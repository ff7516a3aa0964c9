// What the editor says about the agreement is true (issue 13, point 6): no "Ready to submit" for
// an agreement nobody has signed, and a new agreement's empty fields are a to-do list, not errors,
// until the student has left them or asks to export.
import assert from 'node:assert/strict';
import {useEditorSite, editorTest, waitForEditor, focusField, openSample, click, closePopup} from './editor_harness.mjs';

const shared = useEditorSite();
const statusRegion = (page) => page.evaluate(() => document.querySelector('#editor .la-studio-status').textContent);

editorTest(shared, 'an agreement without errors says who has signed it', {}, async (page) => {
  const s = await openSample(page, 'doctoral-research-stay');
  assert.equal(s.errors, 0, 'the sample has no errors');
  assert.match(s.status, /^No errors · signed by all three parties/);
  await page.waitForFunction(() => /^No errors · signed by all three parties/.test(document.querySelector('#editor .la-studio-status').textContent));
  assert.doesNotMatch(await statusRegion(page), /Ready to submit/, 'the screen reader hears the same');
  await click(page, 'button#export');
  const exported = await waitForEditor(page, (s) => s.notices.some((n) => n.startsWith('Exported')), 'the export notice');
  assert.match(exported.notices.find((n) => n.startsWith('Exported')),
               /Send this file to the international office of your sending institution, which checks it and arranges the signatures/);
});

editorTest(shared, 'a new agreement lists fields to fill in, in no error colour, until a field is left or export is asked', {}, async (page) => {
  let s = await waitForEditor(page, (s) => s.errors > 20, 'a new agreement with its findings');
  // The findings are the checker's, unchanged; the page shows them as a to-do list.
  assert.match(s.status, /^\d+ fields to fill in(, \d+ warnings?)?$/);
  assert.doesNotMatch(s.status, /error/);
  assert.equal(s.marks['/student/givenNames'], 'toFill');
  assert.equal(s.marks['/student/familyName'], 'toFill');
  assert.ok(!Object.values(s.marks).includes('error'), 'no field is red');
  await page.waitForFunction(() => /fields to fill in/.test(document.querySelector('#editor .la-studio-status').textContent));

  // Leaving a required field empty makes it an error; a filled one is done.
  await focusField(page, '/student/givenNames');
  await page.keyboard.press('Tab');
  s = await waitForEditor(page, (s) => s.marks['/student/givenNames'] === 'error', 'the given names left empty, now an error');
  assert.equal(s.marks['/student/familyName'], 'toFill', 'the field being filled in is not an error yet');
  assert.match(s.status, /^\d+ fields to fill in, 1 error/);
  await page.keyboard.type('Żółć');
  await page.keyboard.press('Tab');
  s = await waitForEditor(page, (s) => !s.marks['/student/familyName'], 'the family name filled in');

  // Asking to export shows everything that is still missing as what it is.
  await click(page, 'button#export');
  s = await waitForEditor(page, (s) => s.popups.includes('export-question'), 'the export question');
  assert.match(s.status, /^\d+ errors/);
  assert.doesNotMatch(s.status, /to fill in/);
  await closePopup(page);
  s = await waitForEditor(page, (s) => s.marks['/student/email'], 'the e-mail marked');
  assert.equal(s.marks['/student/email'], 'error');
});
