// Focus and layout as a student expects of a web form (issue 13, point 7): undo shows what it
// changed, nothing moves under the pointer while typing, a field's messages hide no field, a short
// screen (200 % zoom) leaves the form most of the height, and another file starts at the top.
import assert from 'node:assert/strict';
import {
  useEditorSite, editorTest, waitForEditor, state, focusField, tabToField, typeInto, openSample, openUnsignedSample, click,
  settle, documentJson,
} from './editor_harness.mjs';

const shared = useEditorSite();
const overlaps = (a, b) => a[0] < b[0] + b[2] && b[0] < a[0] + a[2] && a[1] < b[1] + b[3] && b[1] < a[1] + a[3];
const inside = (r, area) => r[1] >= area[1] - 1 && r[1] + r[3] <= area[1] + area[3] + 1;
const undoKey = process.platform === 'darwin' ? 'Meta' : 'Control';

editorTest(shared, 'undo and redo bring the field they change into view and focus it', {}, async (page) => {
  await typeInto(page, '/student/givenNames', 'Ana');
  await waitForEditor(page, (s) => s.revision > 0, 'the typed name');
  const far = '/recognitionAnnex';  // a text field far down the form
  await focusField(page, far);
  let s = await state(page);
  assert.ok(!s.rects['/student/givenNames'] || !inside(s.rects['/student/givenNames'], s.rects['#form']),
            'the given names are out of sight');
  await page.keyboard.press(`${undoKey}+z`);
  s = await waitForEditor(page, (s) => s.focused === '/student/givenNames', 'the undone field focused');
  assert.equal(JSON.parse(await documentJson(page)).student?.givenNames, undefined, 'the name undone');
  s = await waitForEditor(page, (s) => s.rects['/student/givenNames'] && inside(s.rects['/student/givenNames'], s.rects['#form']),
                          'the undone field in view');

  await focusField(page, far);
  await page.keyboard.press(`${undoKey}+Shift+z`);
  s = await waitForEditor(page, (s) => s.focused === '/student/givenNames' && s.rects['/student/givenNames'] &&
                                       inside(s.rects['/student/givenNames'], s.rects['#form']), 'the redone field focused, in view');
  assert.equal(JSON.parse(await documentJson(page)).student.givenNames, 'Ana');
});

editorTest(shared, 'undo and redo of a row operation focus the row\'s first cell, in view, not "Add a component"', {}, async (page) => {
  await openUnsignedSample(page, 'semester-two-terms');  // signed, an edit would ask first
  const table = '/firstVersion/componentsStudied';
  const titles = async () => JSON.parse(await documentJson(page)).firstVersion.componentsStudied.map((r) => r.title);
  const before = await titles();
  const focusedInView = (name) => (s) => s.focused === name && s.rects[name] && inside(s.rects[name], s.rects['#form']);
  await click(page, `${table}/1#delete`);
  await focusField(page, '/student/givenNames');  // elsewhere, the table out of sight
  await page.keyboard.press(`${undoKey}+z`);
  await waitForEditor(page, focusedInView(`${table}/1/losCode`), 'the row deleted and brought back, its code focused in view');
  assert.deepEqual(await titles(), before);
  await focusField(page, '/student/givenNames');
  await page.keyboard.press(`${undoKey}+Shift+z`);
  await waitForEditor(page, focusedInView(`${table}/1/losCode`), 'deleted again: the row that took its place focused');
  assert.equal((await titles())[1], before[2]);

  await click(page, `${table}/0#down`);  // the first row moves to the second place
  await focusField(page, '/student/givenNames');
  await page.keyboard.press(`${undoKey}+z`);
  await waitForEditor(page, focusedInView(`${table}/0/losCode`), 'the move undone: the row focused back in its place');
  await page.keyboard.press(`${undoKey}+Shift+z`);
  await waitForEditor(page, focusedInView(`${table}/1/losCode`), 'the move redone: the row focused where it went');
});

editorTest(shared, 'the length of stay appearing as the end date is typed moves no field', {}, async (page) => {
  await typeInto(page, '/startDate', '2026-09');
  await focusField(page, '/endDate');
  const below = '/eqfLevelStudiedAtDeparture';
  const before = (await state(page)).rects[below];
  await page.keyboard.type('2027-01');
  for (let i = 0; i < 200 && JSON.parse(await documentJson(page)).endDate !== '2027-01'; ++i) await settle(page, 1);
  await settle(page);
  const after = await state(page);
  assert.equal(after.rects[below][1], before[1], 'the field under the dates stays where it was');
});

editorTest(shared, 'a notice coming or going moves no field', {}, async (page) => {
  await openSample(page, 'semester-typical-mistakes');  // "Opened the sample …"
  let s = await waitForEditor(page, (s) => s.notices.length === 1 && s.rects['notice#0'], 'the notice');
  const field = '/student/familyName';
  const before = s.rects[field];
  await click(page, 'notice#close');
  s = await waitForEditor(page, (s) => s.notices.length === 0, 'the notice dismissed');
  assert.deepEqual(s.rects[field], before, 'the field stays under the pointer');
});

editorTest(shared, 'a focused field\'s messages hide no other field', {}, async (page) => {
  await focusField(page, '/student/givenNames');
  const s = await waitForEditor(page, (s) => s.rects['#field-messages'], 'the messages by the field');
  const box = s.rects['#field-messages'];
  const form = s.rects['#form'];
  const hidden = Object.keys(s.rects).filter((name) => name.startsWith('/') && !name.includes('#') &&
                                                      inside(s.rects[name], form) && overlaps(s.rects[name], box));
  assert.deepEqual(hidden, [], 'no field under the box');
});

// A phone, and a 1366×768 laptop at 200 % zoom: no room beside the form for the messages. What
// the box may not cover is every input's part that shows in the form (the form clips the rest).
const visiblePart = (r, form) => {
  const top = Math.max(r[1], form[1]), bottom = Math.min(r[1] + r[3], form[1] + form[3]);
  return [r[0], top, r[2], Math.max(0, bottom - top)];
};
const hiddenInputs = (s) => {
  const box = s.rects['#field-messages'];
  return Object.keys(s.rects).filter((name) => {
    const shown = visiblePart(s.rects[name], s.rects['#form']);
    return name.startsWith('/') && !name.includes('#') && shown[3] > 0 && overlaps(shown, box);
  });
};
for (const [screen, options] of [['a phone', {viewport: {width: 390, height: 844}, dpr: 3}],
                                 ['a laptop at 200 % zoom', {viewport: {width: 683, height: 384}, dpr: 2}]]) {
  editorTest(shared, `on ${screen}, the focused field's messages hide no field`, options, async (page) => {
    const fields = ['/student/givenNames', '/student/familyName', '/student/birthDate', '/student/email'];
    await focusField(page, fields[0]);
    for (const field of fields) {
      if (field !== fields[0]) await tabToField(page, field);
      await waitForEditor(page, (s) => s.rects['#field-messages'] && s.focused === field && s.rects[field] &&
                                       inside(s.rects[field], s.rects['#form']) && hiddenInputs(s).length === 0,
                          `the messages of ${field} over no field, the field in sight`).catch(async (error) => {
        const s = await state(page);
        throw new Error(`${error.message}\nthe box ${JSON.stringify(s.rects['#field-messages'])} hides ` +
                        `${hiddenInputs(s).join(', ')} in the form ${JSON.stringify(s.rects['#form'])}`);
      });
    }
  });
}

editorTest(shared, 'at 200 % zoom the page header scrolls away and the form gets most of the height',
           {viewport: {width: 683, height: 384}, dpr: 2}, async (page) => {
  let s = await state(page);
  const canvas = await page.locator('#editor canvas').boundingBox();
  const form = s.rects['#form'];
  await page.mouse.move(canvas.x + form[0] + form[2] / 2, canvas.y + form[1] + form[3] / 2);
  for (let i = 0; i < 4; ++i) {
    await page.mouse.wheel(0, 120);
    await settle(page, 2);
  }
  await page.waitForFunction(() => document.querySelector('header').getBoundingClientRect().bottom <= 0);
  s = await waitForEditor(page, (s) => s.formScrollY > 0, 'the form scrolled after the header went');
  const height = await page.evaluate(() => innerHeight);
  assert.ok(s.rects['#form'][3] >= 0.6 * height, `the form is ${s.rects['#form'][3]} px of ${height}`);
});

editorTest(shared, 'another file opened starts at the top of the form', {}, async (page) => {
  await openSample(page, 'semester-typical-mistakes');
  const text = await documentJson(page);
  await click(page, '/recognitionAnnex');
  let s = await waitForEditor(page, (s) => s.formScrollY > 300, 'the form scrolled down');
  const choosing = page.waitForEvent('filechooser');
  await click(page, 'button#open');
  await (await choosing).setFiles({name: 'again.json', mimeType: 'application/json', buffer: Buffer.from(text)});
  s = await waitForEditor(page, (s) => s.notices.some((n) => n.includes('again.json')), 'the file opened');
  s = await waitForEditor(page, (s) => s.formScrollY === 0, 'the form at its top');
  assert.ok(s.rects['/student/givenNames'], 'the first field in sight');
});
