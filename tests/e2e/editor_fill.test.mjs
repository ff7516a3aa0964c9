// A student fills in a whole semester agreement with the keyboard, watches the errors go, exports
// it, and la-check accepts the downloaded file.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import {
  useEditorSite, editorTest, state, click, waitForEditor, typeInto, tabTo, tabToField, pickWithKeyboard,
  runLaCheck, documentJson,
} from './editor_harness.mjs';

const shared = useEditorSite();

// Today in the local time zone, as the editor names exported files ("2026-11-23").
function localDate() {
  const d = new Date();
  return [d.getFullYear(), d.getMonth() + 1, d.getDate()].map((n) => String(n).padStart(2, '0')).join('-');
}

// Tab to a text field and type, as a student goes down the form.
async function fill(page, pointer, text) {
  await tabToField(page, pointer);
  await page.keyboard.type(text);
  await waitForEditor(page, (s) => s.active === pointer, `${pointer} still being typed in`);
}

// Adds a row to a table with the keyboard (Tab to "Add a component", Enter) and fills it in.
async function addComponent(page, list, row, title, credits) {
  await tabTo(page, list, 30);  // past the last row's buttons
  await page.keyboard.press('Enter');
  const codeField = `${list}/${row}/losCode`;
  await waitForEditor(page, (s) => s.active === codeField && s.wantTextInput, `the new row's code`);
  await page.waitForFunction(() => document.activeElement === document.querySelector('#editor textarea'));
  await tabToField(page, `${list}/${row}/title`, 1);
  await page.keyboard.type(title);
  await fill(page, `${list}/${row}/credits/0/value`, credits);
}

editorTest(shared, 'a semester agreement filled in with the keyboard reaches zero errors and exports clean', {}, async (page) => {
  await click(page, 'button#new');
  await click(page, 'new#semester');
  const start = await waitForEditor(page, (s) => s.errors > 10, 'a new, empty agreement full of errors');
  const seen = [start.errors];
  const watch = async () => seen.push((await state(page)).errors);

  await typeInto(page, '/student/givenNames', 'Łukasz');
  await fill(page, '/student/familyName', 'Żółć');
  await fill(page, '/student/birthDate', '2003-04-17');
  await pickWithKeyboard(page, '/student/citizenship', 'pol');
  await fill(page, '/student/email', 'l.zolc@student.utwente.example');
  await pickWithKeyboard(page, '/student/gender', 'male');
  await fill(page, '/student/globalId', 'urn:schac:personalUniqueCode:int:esi:utwente.nl:s2845112');
  await watch();

  for (const [hei, name, country, id, code, given, family, email] of [
    ['/sendingHei', 'Universiteit Twente', 'nether', 'utwente.nl', 'NL ENSCHED01', 'Anna', 'de Vries', 'a.devries@utwente.example'],
    ['/receivingHei', 'Uniwersytet Warszawski', 'PL', 'uw.edu.pl', 'PL WARSZAW01', 'Agnieszka', 'Zając', 'a.zajac@uw.example'],
  ]) {
    await fill(page, `${hei}/name`, name);
    await pickWithKeyboard(page, `${hei}/countryCode`, country);
    await fill(page, `${hei}/heiId`, id);
    await fill(page, `${hei}/erasmusCode`, code);
    await fill(page, `${hei}/contactPerson/givenNames`, given);
    await fill(page, `${hei}/contactPerson/familyName`, family);
    await fill(page, `${hei}/contactPerson/email`, email);
    await watch();
  }

  await fill(page, '/receivingAcademicYearId', '2026/2027');
  await fill(page, '/startDate', '2026-10');
  await fill(page, '/endDate', '2027-02');
  await pickWithKeyboard(page, '/eqfLevelStudiedAtDeparture', 'master');
  await pickWithKeyboard(page, '/iscedFCode', '0613');
  await watch();

  const tableA = '/firstVersion/componentsStudied';
  await addComponent(page, tableA, 0, 'Big Data Processing and Cluster Computing', '7,5');
  await addComponent(page, tableA, 1, 'Advanced Functional Programming', '7,5');
  await addComponent(page, tableA, 2, 'Computer Vision', '6');
  await addComponent(page, tableA, 3, 'Polish for Erasmus students', '9');
  const tableB = '/firstVersion/componentsRecognized';
  await addComponent(page, tableB, 0, 'Data Science Project', '15');
  await addComponent(page, tableB, 1, 'Elective courses abroad', '15');
  await watch();

  await pickWithKeyboard(page, '/studentLanguageSkill/language', 'english', 20);
  await pickWithKeyboard(page, '/studentLanguageSkill/cefrLevel', 'b2');
  await fill(page, '/learningOutcomesUrl', 'https://usosweb.uw.example/catalogue');
  await fill(page, '/provisionsUrl', 'https://www.utwente.example/provisions');
  const done = await waitForEditor(page, (s) => s.errors === 0 && s.ready, 'no errors left');
  await watch();

  // The count only ever fell on the way (a field being typed may add a finding for a moment;
  // between fields it never grew).
  for (let i = 1; i < seen.length; ++i) assert.ok(seen[i] <= seen[i - 1], `errors went ${seen.join(' → ')}`);
  assert.equal(seen.at(-1), 0);
  assert.match(done.status, /^No errors · not signed yet/);
  assert.equal(await page.locator('#editor .la-studio-status').textContent(), done.status);

  const json = JSON.parse(await documentJson(page));
  assert.equal(json.firstVersion.componentsStudied[0].credits[0].value, 7.5, 'the decimal comma became 7.5');
  assert.equal(json.student.familyName, 'Żółć');

  const downloading = page.waitForEvent('download');
  await click(page, 'button#export');
  const download = await downloading;
  assert.equal(download.suggestedFilename(), `learning-agreement-Żółć-Łukasz-${localDate()}.json`);
  const file = await download.path();
  const checked = runLaCheck(['--json', file]);
  assert.equal(checked.status, 0, `la-check exit status 0 on the download:\n${checked.stdout}`);
  const report = JSON.parse(checked.stdout).files[0];
  assert.equal(report.findings.filter((f) => f.severity === 'error').length, 0);
  assert.deepEqual(report.findings, JSON.parse(await page.evaluate(() => laModule.UTF8ToString(laModule._la_findings_json()))));
  assert.equal(fs.readFileSync(file, 'utf8'), await documentJson(page));
  const after = await waitForEditor(page, (s) => !s.unexported, 'the mark of changes not exported gone');
  assert.match(after.notices.join(' '), /Exported as/);
  // Back the next day: the draft is what was exported, and is not marked as changed.
  await page.reload();
  await page.waitForFunction(() => window.laModule && window.laFirstFrame);
  const back = await waitForEditor(page, (s) => s.notices.length > 0, 'the draft back');
  assert.equal(back.unexported, false, 'no "Changes not exported" for what was exported');
  assert.equal(await documentJson(page), fs.readFileSync(file, 'utf8'));
});
