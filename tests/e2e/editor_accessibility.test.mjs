// A student who uses the keyboard and a screen reader: Tab comes from the page into the editor
// and goes from control to control (top bar, then the form's fields), and each control that takes
// the focus is told to assistive technology (a live region, and the label of the textarea that
// takes the typing), since a screen reader cannot read the canvas.
import assert from 'node:assert/strict';
import {
  useEditorSite, editorTest, waitForEditor, tabTo, tabToField, focusField, settle, openSample, findings, click, documentJson,
  typeInto,
} from './editor_harness.mjs';

const shared = useEditorSite();

const spoken = (page) => page.evaluate(() => document.querySelector('#editor .la-studio-focus').textContent);
const textareaName = (page) => page.evaluate(() => document.querySelector('#editor textarea').getAttribute('aria-label'));

async function waitForSpoken(page, pattern) {
  await page.waitForFunction((source) => new RegExp(source).test(document.querySelector('#editor .la-studio-focus').textContent),
                             pattern.source, {timeout: 5000}).catch(async () => {
    assert.fail(`the focus region says "${await spoken(page)}", expected ${pattern}`);
  });
}

editorTest(shared, 'Tab comes into the editor and each control it reaches is told to assistive technology', {}, async (page) => {
  // From the top of the page, as a keyboard user arrives: the header's link, then the editor.
  await page.evaluate(() => document.activeElement.blur());
  for (let i = 0; i < 5 && !(await page.evaluate(() => document.activeElement?.tagName === 'CANVAS')); ++i) {
    await page.keyboard.press('Tab');
  }
  assert.ok(await page.evaluate(() => document.activeElement?.tagName === 'CANVAS'), 'Tab reaches the editor');
  await waitForEditor(page, (s) => s.focused === 'button#new', 'the first button focused with the same Tab');
  await waitForSpoken(page, /^New, button$/);

  // On through the top bar into the form: its first field, named, with what is wrong with it.
  await tabToField(page, '/student/givenNames');
  await waitForSpoken(page, /^Student · Given names\. empty\. The student's name is missing\./);
  assert.equal(await textareaName(page), 'Student · Given names', 'the textarea that takes the typing is named');
  await page.keyboard.type('Ana');
  await settle(page);
  assert.match(await spoken(page), /^Student · Given names\. empty/, 'typing is not read out again as it goes');

  await tabToField(page, '/student/familyName');
  await waitForSpoken(page, /^Student · Family name\./);
  assert.equal(await textareaName(page), 'Student · Family name');

  // A picker: its value and how to use it; once open, the choice lit as the student types.
  await tabTo(page, '/student/citizenship');
  await waitForSpoken(page, /^Student · Citizenship\. Choose…, a list: Enter opens it/);
  await page.keyboard.press('Enter');
  await waitForEditor(page, (s) => s.active === '/student/citizenship#search', 'the search box');
  await waitForSpoken(page, /^None$/);
  assert.equal(await textareaName(page), 'Type to search: a code or a name');
  await page.keyboard.type('pol');
  await waitForSpoken(page, /^Poland \(PL\)$/);
  await page.keyboard.press('Enter');
  await waitForEditor(page, (s) => s.popups.length === 0, 'the picker closed');
  await waitForSpoken(page, /^Student · Citizenship\. Poland \(PL\), a list/);
});

editorTest(shared, 'Escape, then Tab, leaves the editor for the page; Tab alone stays inside', {}, async (page) => {
  const inEditor = () => page.evaluate(() => document.querySelector('#editor').contains(document.activeElement));
  const described = await page.evaluate(() => document.querySelector('#editor canvas').getAttribute('aria-description'));
  assert.match(described, /Escape, then Tab, leaves the editor/, 'the canvas says how to leave it');
  await focusField(page, '/student/givenNames');
  await page.keyboard.press('Shift+Tab');
  await waitForEditor(page, (s) => s.focused !== '/student/givenNames', 'the focus one control back');
  assert.ok(await inEditor(), 'Shift+Tab alone moves inside the editor');

  await tabToField(page, '/student/givenNames');
  await page.keyboard.press('Escape');  // lets go of the field: something was closed
  await page.keyboard.press('Tab');
  await waitForEditor(page, (s) => s.focused === '/student/familyName', 'the next field');
  assert.ok(await inEditor(), 'an Escape that closed something does not let Tab out');

  await page.keyboard.press('Escape');  // the family name field let go
  await page.keyboard.press('Escape');  // nothing left to close
  await page.keyboard.press('Shift+Tab');
  await page.waitForFunction(() => document.activeElement?.tagName === 'A', null, {timeout: 5000});
  assert.match(await page.evaluate(() => document.activeElement.textContent), /Download for offline use/,
               'the page element before the editor has the focus');
  await page.keyboard.press('Tab');
  await page.waitForFunction(() => document.activeElement?.tagName === 'CANVAS', null, {timeout: 5000});
  await waitForEditor(page, (s) => s.focused === 'button#new', 'back at the first control, not where it was left');
  // Shift+Tab from the page after the editor comes in at its last control.
  await page.evaluate(() => {
    const after = document.createElement('button');
    after.id = 'after-editor';
    after.textContent = 'After';
    document.body.append(after);
    after.focus();
  });
  await page.keyboard.press('Shift+Tab');
  const last = await waitForEditor(page, (s) => s.focused.startsWith('finding#'), 'the last control: a finding');
  const findings = Object.keys(last.rects).filter((name) => name.startsWith('finding#'));
  assert.equal(last.focused, findings.reduce((a, b) => (last.rects[a][1] > last.rects[b][1] ? a : b)));
});

editorTest(shared, 'Tab reaches every finding in the panel, scrolling it into view', {}, async (page) => {
  const s = await waitForEditor(page, (s) => s.errors > 20, 'a new agreement\'s findings');
  const findingNames = Object.keys(s.rects).filter((name) => name.startsWith('finding#'));
  const last = findingNames.reduce((a, b) => (s.rects[a][1] > s.rects[b][1] ? a : b));
  const panel = s.rects['#findings'];
  assert.ok(s.rects[last][1] > panel[1] + panel[3], 'the last finding starts out of sight');
  await focusField(page, '/student/givenNames');
  await tabTo(page, last, 150);
  const after = await waitForEditor(page, (s) => s.focused === last, 'the last finding focused');
  const r = after.rects[last];
  assert.ok(r[1] >= panel[1] - 1 && r[1] + r[3] <= panel[1] + panel[3] + 1, 'scrolled into view');
});

editorTest(shared, 'a finding about a table\'s total goes to the total, where Enter adds no row', {}, async (page) => {
  await openSample(page, 'semester-typical-mistakes');
  const tableA = '/firstVersion/componentsStudied';
  const rows = () => documentJson(page).then((text) => JSON.parse(text).firstVersion.componentsStudied.length);
  const before = await rows();
  const total = (await findings(page)).findIndex((f) => f.rule === 'LA-501' && f.path === tableA);
  assert.ok(total >= 0, 'the sample has too few credits in Table A');
  await click(page, 'finding#' + total);
  let s = await waitForEditor(page, (s) => s.focused === tableA + '#total', 'the total of Table A focused');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await settle(page, 4);
  s = await waitForEditor(page, (s) => s.focused === tableA + '#total', 'the focus still on the total');
  assert.equal(await rows(), before, 'Enter on the total adds no row');
  assert.ok(s.rects['#field-messages'], 'the finding\'s message shows by the total');
  // After the click, Tab shows the keyboard focus where it is (ImGui's way): the total is then
  // told as a field is: where, what it shows, what is wrong.
  await page.keyboard.press('Tab');
  await waitForSpoken(page, /^Table A: study programme abroad · the total\. Total: 18 ECTS, about 30 ECTS expected .*Table A adds up to 18 ECTS/);
  // A Tab stop while it has a finding.
  await page.keyboard.press('Tab');
  await waitForEditor(page, (s) => s.focused !== tableA + '#total', 'the focus moved on');
  await page.keyboard.press('Shift+Tab');
  await waitForEditor(page, (s) => s.focused === tableA + '#total', 'the total focused again with Shift+Tab');
  await page.keyboard.press('Enter');
  await settle(page, 4);
  assert.equal(await rows(), before, 'nor does Enter after Tab');
});

editorTest(shared, 'a finding about an empty table goes to its "Add a component"', {}, async (page) => {
  await click(page, 'button#new');
  await click(page, 'new#semester');
  const tableA = '/firstVersion/componentsStudied';
  await waitForEditor(page, (s) => s.errors > 10, 'a new, empty agreement');
  const missing = (await findings(page)).findIndex((f) => f.rule === 'LA-401');
  assert.ok(missing >= 0);
  await click(page, 'finding#' + missing);
  await waitForEditor(page, (s) => s.focused === tableA, 'the "Add a component" button of Table A focused');
});

editorTest(shared, '"Add a component" and each row\'s buttons are reached by Tab and named', {}, async (page) => {
  const tableA = '/firstVersion/componentsStudied';
  await waitForEditor(page, (s) => s.errors > 10, 'a new, empty agreement');
  const missing = (await findings(page)).findIndex((f) => f.rule === 'LA-401');
  await click(page, 'finding#' + missing);
  await waitForEditor(page, (s) => s.focused === tableA, '"Add a component" focused');
  await page.keyboard.press('Tab');  // shows the keyboard focus where it is
  await waitForSpoken(page, /^Add a component, button\. The list of components the student will study is missing/);
  // A new row takes the focus in its first column.
  await page.keyboard.press('Enter');
  await waitForEditor(page, (s) => s.active === tableA + '/0/losCode' && s.wantTextInput, 'the new row\'s Code taking text');
  // Tab goes on through the row's fields to its buttons, each named with its row.
  await tabTo(page, tableA + '/0#up', 8);
  await waitForSpoken(page, /^Table A: study programme abroad · Component 1\. Move up, button/);
  for (const [button, label] of [['down', 'Move down'], ['duplicate', 'Duplicate'], ['delete', 'Delete'], ['details', 'More fields']]) {
    await page.keyboard.press('Tab');
    await waitForEditor(page, (s) => s.focused === `${tableA}/0#${button}`, `the row's ${button} button`);
    await waitForSpoken(page, new RegExp(`^Table A: study programme abroad · Component 1\\. ${label}`));
  }
  await page.keyboard.press('Enter');
  await waitForEditor(page, (s) => s.rects[tableA + '/0/losId'], 'the row\'s details opened from the keyboard');
});

editorTest(shared, 'a field tidied as it is left, and a date\'s ISO form offered, are told to assistive technology', {}, async (page) => {
  await typeInto(page, '/student/email', 'Ana@UW.EDU.PL');
  await page.keyboard.press('Tab');
  // The focus has moved on: what happened to the field left is said first, then where the focus is.
  await waitForSpoken(page, /^Student · E-mail tidied from “Ana@UW\.EDU\.PL” to “Ana@uw\.edu\.pl”; Ctrl\+Z undoes\. \S/);
  await typeInto(page, '/student/birthDate', '17.04.2003');
  await waitForSpoken(page, /Suggested: 2003-04-17\. Enter, or the button before the field, puts it in\./);
});
