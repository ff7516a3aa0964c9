// Entering what students bring from elsewhere: a course list pasted into a component table, phone
// numbers and codes written as people write them (tidied as the field is left, visibly,
// undoably), dates (their ISO form offered), and finding the field of education by a subject.
import assert from 'node:assert/strict';
import {
  useEditorSite, editorTest, state, waitForEditor, typeInto, findings, documentJson, click, settle,
} from './editor_harness.mjs';

const shared = useEditorSite();

const json = async (page) => JSON.parse(await documentJson(page));

editorTest(shared, 'a phone number written with spaces is stored as E.164 on Tab, with a note, and undo brings it back', {}, async (page) => {
  const pointer = '/receivingHei/contactPerson/phoneNumber/e164';
  await typeInto(page, pointer, '+48 22 552 00 00');
  await page.keyboard.press('Tab');
  await waitForEditor(page, (s) => s.tidied === pointer && s.rects[pointer + '#tidied'], 'the tidied note by the phone field');
  assert.equal((await json(page)).receivingHei.contactPerson.phoneNumber.e164, '+48225520000');
  assert.deepEqual((await findings(page)).filter((f) => f.path === pointer), [], 'no LA-211 for the tidied number');
  await page.keyboard.press('Control+z');
  await waitForEditor(page, (s) => s.tidied === '' && !s.rects[pointer + '#tidied'], 'the note gone with the tidying undone');
  assert.equal((await json(page)).receivingHei.contactPerson.phoneNumber.e164, '+48 22 552 00 00');
});

editorTest(shared, 'a date written 17.04.2003 is offered as 2003-04-17, and changes only when a click or Enter accepts it', {}, async (page) => {
  const birth = '/student/birthDate';
  await typeInto(page, birth, '17.04.2003');
  await page.keyboard.press('Tab');
  let s = await waitForEditor(page, (s) => s.focused !== birth && s.rects[birth + '#suggestion'], 'the offer by the date, the field left');
  assert.equal((await json(page)).student.birthDate, '17.04.2003', 'never changed silently');
  assert.equal(s.tidied, '');
  await click(page, birth + '#suggestion');
  await waitForEditor(page, (s) => s.tidied === birth && !s.rects[birth + '#suggestion'] && s.rects[birth + '#tidied'],
                      'the offer accepted, with what the field held by it');
  assert.equal((await json(page)).student.birthDate, '2003-04-17');
  await page.keyboard.press('Control+z');
  await waitForEditor(page, (s) => s.tidied === '' && s.rects[birth + '#suggestion'], 'the accepting undone, the offer back');
  assert.equal((await json(page)).student.birthDate, '17.04.2003');

  // From the keyboard: Enter in the field, or Shift+Tab to the offer and Enter.
  await typeInto(page, '/startDate', '1/9/2026');
  await page.keyboard.press('Enter');
  await waitForEditor(page, (s) => s.tidied === '/startDate', 'Enter in the field accepted the offer');
  assert.equal((await json(page)).startDate, '2026-09-01');
  await typeInto(page, '/endDate', '31.01.2027');
  await page.keyboard.press('Shift+Tab');
  await waitForEditor(page, (s) => s.focused === '/endDate#suggestion', 'Shift+Tab on the offer');
  await page.keyboard.press('Enter');
  await waitForEditor(page, (s) => s.tidied === '/endDate', 'Enter on the offer accepted it');
  assert.equal((await json(page)).endDate, '2027-01-31');
});

editorTest(shared, 'an Erasmus code written with one space gets its padding on Tab', {}, async (page) => {
  await typeInto(page, '/receivingHei/erasmusCode', 'e granada01');
  await page.keyboard.press('Tab');
  await waitForEditor(page, (s) => s.tidied === '/receivingHei/erasmusCode', 'the code tidied');
  assert.equal((await json(page)).receivingHei.erasmusCode, 'E  GRANADA01');
  assert.deepEqual((await findings(page)).filter((f) => f.rule === 'LA-203'), []);
});

const tableA = '/firstVersion/componentsStudied';
const rowsOf = async (page) => (await json(page)).firstVersion?.componentsStudied ?? [];

editorTest(shared, 'a 5-line course list pasted from the clipboard into Table A becomes 5 rows, and one undo takes them all back',
           {permissions: ['clipboard-read', 'clipboard-write']}, async (page) => {
  const list = 'INF-101\tComputer Vision\t6\r\nINF-102\tMachine Learning\t6,0\r\nINF-103\tDatabases\t7.5\r\n' +
               'INF-104\tCompilers\t6 ECTS\r\nINF-105\tŁódź Studies\t5\r\n';
  await page.evaluate((text) => navigator.clipboard.writeText(text), list);
  const before = (await rowsOf(page)).length;
  await click(page, tableA);  // "Add a component": the new row's code takes the focus
  const code = `${tableA}/${before}/losCode`;
  await waitForEditor(page, (s) => s.active === code && s.wantTextInput, 'the new row\'s code');
  await page.waitForFunction(() => document.activeElement === document.querySelector('#editor textarea'));
  await page.keyboard.press('Control+V');
  await waitForEditor(page, (s) => s.notices.some((n) => /Added 5 courses/.test(n)), 'the notice counting the pasted courses');
  const rows = await rowsOf(page);
  assert.equal(rows.length, before + 5, 'one row per line, the empty row filled first');
  assert.deepEqual(rows.slice(before).map((r) => [r.losCode, r.title, r.credits[0].value]), [
    ['INF-101', 'Computer Vision', 6], ['INF-102', 'Machine Learning', 6], ['INF-103', 'Databases', 7.5],
    ['INF-104', 'Compilers', 6], ['INF-105', 'Łódź Studies', 5],
  ]);
  await settle(page);
  assert.equal((await rowsOf(page))[before].title, 'Computer Vision', 'the cell did not also get the text glued into one line');
  await page.keyboard.press('Control+z');
  await waitForEditor(page, (s) => !s.notices.some((n) => /Added 5 courses/.test(n)), 'the paste undone');
  const after = await rowsOf(page);
  assert.equal(after.length, before + 1, 'one undo: only the row added by hand is left');
  assert.equal(after[before].title, undefined);
});

editorTest(shared, 'one line pasted into a cell is pasted as text', {permissions: ['clipboard-read', 'clipboard-write']}, async (page) => {
  await page.evaluate(() => navigator.clipboard.writeText('Computer Vision\n'));
  const before = (await rowsOf(page)).length;
  await click(page, tableA);  // the new row's code takes the focus; Tab goes on to its title
  await waitForEditor(page, (s) => s.active === `${tableA}/${before}/losCode` && s.wantTextInput, 'the new row\'s code');
  await page.keyboard.press('Tab');
  const title = `${tableA}/${before}/title`;
  await waitForEditor(page, (s) => s.active === title && s.wantTextInput, 'the new row\'s title');
  await page.waitForFunction(() => document.activeElement === document.querySelector('#editor textarea'));
  await page.keyboard.press('Control+V');
  await page.waitForFunction(() => laModule.UTF8ToString(laModule._la_document_json()).includes('Computer Vision'));
  const rows = await rowsOf(page);
  assert.equal(rows.length, before + 1);
  assert.equal(rows[before].title, 'Computer Vision', 'the line went into the title it was pasted in');
});

editorTest(shared, 'typing "computer science" in the field of education and Enter picks 0613', {}, async (page) => {
  const pointer = '/iscedFCode';
  await click(page, pointer);
  await waitForEditor(page, (s) => s.active === pointer + '#search' && s.wantTextInput, 'the search box of the field of education');
  await page.waitForFunction(() => document.activeElement === document.querySelector('#editor textarea'));
  await page.keyboard.type('computer science');
  await settle(page);
  await page.keyboard.press('Enter');
  await waitForEditor(page, (s) => s.popups.length === 0, 'the list closed');
  assert.equal((await json(page)).iscedFCode, '0613', 'Software and applications development and analysis, not 0611 Computer use');
});
