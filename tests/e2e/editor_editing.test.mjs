// Editing as a student does: undo a row deletion, undo inside a field and then earlier edits,
// go to a finding from the panel, decimal commas and text that is not a number, the calendar,
// the pointer's shape while a field is being edited, Escape in a field, leaving the editor, moving
// rows and adding partners from the keyboard, a slip over a selection, a phone number.
import assert from 'node:assert/strict';
import {
  useEditorSite, openSample, openUnsignedSample, editorTest, state, click, waitForEditor, typeInto, findings, documentJson, settle,
  itemCentre,
} from './editor_harness.mjs';

const shared = useEditorSite();

const tableA = (json) => json.firstVersion.componentsStudied;

editorTest(shared, 'a deleted row comes back with Ctrl+Z and goes again with Ctrl+Shift+Z', {}, async (page) => {
  await openUnsignedSample(page, 'semester-two-terms');
  const rows = tableA(JSON.parse(await documentJson(page)));
  await click(page, '/firstVersion/componentsStudied/1#delete');
  let json = JSON.parse(await documentJson(page));
  assert.equal(tableA(json).length, rows.length - 1);
  assert.equal(tableA(json)[1].title, rows[2].title);
  await page.keyboard.press('Control+z');
  await waitForEditor(page, (s) => s.canRedo, 'the deletion undone');
  json = JSON.parse(await documentJson(page));
  assert.deepEqual(tableA(json), rows);
  await page.keyboard.press('Control+Shift+z');
  await waitForEditor(page, (s) => !s.canRedo, 'the deletion redone');
  assert.equal(tableA(JSON.parse(await documentJson(page))).length, rows.length - 1);
  await click(page, 'button#undo');
  assert.deepEqual(tableA(JSON.parse(await documentJson(page))), rows, 'the Undo button does the same');
});

editorTest(shared, 'a slip over a whole paragraph is undone alone, and the paragraph comes back', {}, async (page) => {
  const paragraph = 'Only the written exam counts; the oral part is not recognised.';
  await typeInto(page, '/recognitionAnnex', paragraph);
  await page.waitForFunction((p) => laModule.UTF8ToString(laModule._la_document_json()).includes(p), paragraph);
  await page.keyboard.press('Control+a');
  await page.keyboard.type('S');  // a key pressed by mistake over the selection
  await page.waitForFunction(() => JSON.parse(laModule.UTF8ToString(laModule._la_document_json())).recognitionAnnex === 'S');
  await page.keyboard.press('Control+z');
  await page.waitForFunction((p) => JSON.parse(laModule.UTF8ToString(laModule._la_document_json())).recognitionAnnex === p,
                             paragraph);
});

editorTest(shared, 'Ctrl+Z in a field takes back its typing, then the edits before it', {}, async (page) => {
  await typeInto(page, '/student/givenNames', 'Ana');
  await page.keyboard.press('Tab');
  await waitForEditor(page, (s) => s.active === '/student/familyName', 'the family name field');
  await page.keyboard.type('Kowalska');
  await waitForEditor(page, async () => true, 'a frame');
  await page.waitForFunction(() => laModule.UTF8ToString(laModule._la_document_json()).includes('Kowalska'));
  await page.keyboard.press('Control+z');
  await settle(page, 3);
  let json = JSON.parse(await documentJson(page));
  assert.equal(json.student.familyName, undefined, 'the typing in this field undone');
  assert.equal(json.student.givenNames, 'Ana');
  // The field shows the undone text: typing on continues from it, not from "Kowalska".
  await page.keyboard.type('Nowak');
  await page.waitForFunction(() => laModule.UTF8ToString(laModule._la_document_json()).includes('Nowak'));
  json = JSON.parse(await documentJson(page));
  assert.equal(json.student.familyName, 'Nowak');
  await page.keyboard.press('Control+z');
  await page.keyboard.press('Control+z');
  await settle(page, 3);
  json = JSON.parse(await documentJson(page));
  assert.equal(json.student.familyName, undefined);
  assert.equal(json.student.givenNames, undefined, 'then the field typed before');
  await page.keyboard.press('Control+y');
  await settle(page, 3);
  assert.equal(JSON.parse(await documentJson(page)).student.givenNames, 'Ana', 'Ctrl+Y redoes');
});

editorTest(shared, 'clicking a finding scrolls to its field, focuses it and shows its message', {}, async (page) => {
  await openSample(page, 'semester-typical-mistakes');
  const list = await findings(page);
  // A finding in a row far down Table A: the form scrolls to it and the row's title takes the focus.
  const repeat = list.findIndex((f) => f.rule === 'LA-407');
  assert.ok(repeat >= 0);
  await click(page, 'finding#' + repeat);
  // In view, in the upper part of the form, where the eye looks.
  const upperPart = (s, field) => {
    const r = s.rects[field];
    const form = s.rects['#form'];
    return r && r[1] > form[1] && r[1] + r[3] < form[1] + form[3] * 0.6;
  };
  const row = list[repeat].path + '/title';
  let s = await waitForEditor(page, (s) => s.active === row && upperPart(s, row), 'the repeated row focused and in view');
  assert.ok(s.formScrollY > 200, `the form scrolled (${s.formScrollY})`);

  const email = list.findIndex((f) => f.path === '/student/email');
  await click(page, 'finding#' + email);
  s = await waitForEditor(page, (s) => s.active === '/student/email' && s.wantTextInput && upperPart(s, '/student/email'),
                          'the e-mail field focused and in view');
  assert.ok(s.formScrollY < 200, 'scrolled back up');
  // The field's message shows beside it while it has the focus (a window of its own), where
  // it hides no field: past the form's page, level with the field.
  const box = s.rects['#field-messages'];
  const field = s.rects['/student/email'];
  assert.ok(box, 'the messages of the focused field are shown');
  assert.ok(box[0] >= field[0] + field[2] && Math.abs(box[1] - field[1]) < 2, 'beside the field, level with it');
  // A picker takes the focus without opening.
  const cefr = list.findIndex((f) => f.path === '/studentLanguageSkill/cefrLevel');
  await click(page, 'finding#' + cefr);
  s = await waitForEditor(page, (s) => s.focused === '/studentLanguageSkill/cefrLevel', 'the CEFR picker focused');
  assert.deepEqual(s.popups, []);
});

editorTest(shared, 'Tab down the form: a field\'s messages show inside the form, beside the field, even at its bottom edge', {}, async (page) => {
  await click(page, 'button#new');
  await click(page, 'new#semester');
  await waitForEditor(page, (s) => s.errors > 10, 'a new, empty agreement full of errors');
  await click(page, '/student/givenNames');
  let shown = 0, atBottom = 0;
  for (let i = 0; i < 24; ++i) {
    const before = (await state(page)).focused;
    await page.keyboard.press('Tab');
    await waitForEditor(page, (s) => s.focused !== before && s.focused !== '', 'the focus to move on');
    await settle(page, 4);  // the box takes its messages' height in the frame after they change
    const s = await state(page);
    const box = s.rects['#field-messages'];
    if (!box) continue;
    ++shown;
    const form = s.rects['#form'];
    const field = s.rects[s.focused];
    assert.ok(box[1] >= form[1] - 0.5 && box[1] + box[3] <= form[1] + form[3] + 0.5,
              `the messages of ${s.focused} (${box}) inside the form (${form})`);
    assert.ok(box[0] >= field[0] + field[2], `the messages of ${s.focused} (${box}) beside it (${field}), not over it`);
    if (field[1] + field[3] > form[1] + form[3] * 0.8) ++atBottom;
  }
  assert.ok(shown >= 8, `fields with messages reached (${shown})`);
  assert.ok(atBottom > 0, 'Tab brought some field to the bottom edge, and its messages stayed inside the form');
});

editorTest(shared, 'credits take a decimal comma; text that is not a number stays, marked', {}, async (page) => {
  await openUnsignedSample(page, 'semester-two-terms');
  const cell = '/firstVersion/componentsStudied/0/credits/0/value';
  await click(page, cell);
  await waitForEditor(page, (s) => s.active === cell && s.wantTextInput, 'the credits cell');
  await page.keyboard.press('Control+a');
  await page.keyboard.type('7,5');
  await page.waitForFunction(() => laModule.UTF8ToString(laModule._la_document_json()).includes('"value": 7.5'));
  await page.keyboard.press('Control+a');
  await page.keyboard.type('sechs');
  await page.keyboard.press('Tab');
  const s = await waitForEditor(page, (s) => s.active !== cell && s.invalidEntries === 1, 'the text kept and marked');
  assert.match(s.status, /1 entry to correct/);
  assert.equal(s.ready, false);
  const json = JSON.parse(await documentJson(page));
  assert.equal(json.firstVersion.componentsStudied[0].credits[0].value, undefined);
  assert.ok((await findings(page)).some((f) => f.rule === 'LA-404' && f.path === '/firstVersion/componentsStudied/0/credits'));
});

editorTest(shared, 'a date is typed or picked from the calendar', {}, async (page) => {
  await typeInto(page, '/student/birthDate', '2003-04-17');
  await page.keyboard.press('Tab');
  await waitForEditor(page, (s) => s.focused === '/student/birthDate#calendar#button', 'the calendar button');
  await page.keyboard.press('Enter');
  await waitForEditor(page, (s) => s.popups.includes('/student/birthDate#calendar'), 'the calendar open');
  await click(page, '/student/birthDate#calendar#previous-year');
  await click(page, '/student/birthDate#calendar#21');
  await waitForEditor(page, (s) => s.popups.length === 0, 'the calendar closed');
  assert.equal(JSON.parse(await documentJson(page)).student.birthDate, '2002-04-21');
  // Semester dates may be whole months.
  await click(page, '/startDate#calendar#button');
  await click(page, '/startDate#calendar#month');
  assert.match(JSON.parse(await documentJson(page)).startDate, /^\d{4}-\d{2}$/);
});

editorTest(shared, 'the wheel beside an open calendar scrolls nothing, so the calendar stays by its field', {}, async (page) => {
  await click(page, '/student/birthDate#calendar#button');
  await waitForEditor(page, (s) => s.popups.includes('/student/birthDate#calendar'), 'the calendar open');
  const before = await state(page);
  const form = before.rects['#form'];
  const canvas = await page.locator('#editor canvas').boundingBox();
  await page.mouse.move(canvas.x + form[0] + form[2] * 0.8, canvas.y + form[1] + form[3] * 0.8);
  await page.mouse.wheel(0, 400);
  await settle(page, 4);
  const after = await state(page);
  assert.equal(after.formScrollY, before.formScrollY, 'the form did not move');
  assert.ok(after.popups.includes('/student/birthDate#calendar'));
  assert.equal(await page.evaluate(() => scrollY), 0, 'nor did the page');
});

editorTest(shared, 'an empty date of birth opens its calendar twenty years back, with days only', {}, async (page) => {
  await click(page, '/student/birthDate#calendar#button');
  const s = await waitForEditor(page, (s) => s.popups.includes('/student/birthDate#calendar'), 'the calendar open');
  assert.equal(s.rects['/student/birthDate#calendar#month'], undefined, 'no whole month for a birth date');
  await click(page, '/student/birthDate#calendar#15');
  const today = await page.evaluate(() => new Date());
  const birth = JSON.parse(await documentJson(page)).student.birthDate;
  assert.equal(birth.slice(0, 4), String(new Date(today).getFullYear() - 20));
});

editorTest(shared, 'while a field is edited the pointer is a text beam over other fields and a hand over buttons', {}, async (page) => {
  await typeInto(page, '/student/givenNames', 'Ana');
  const pointerOver = async (name, cursor) => {
    const {x, y} = await itemCentre(page, name);
    await page.mouse.move(x, y);
    await page.waitForFunction((cursor) => document.querySelector('#editor canvas').style.cursor === cursor, cursor,
                               {timeout: 5000}).catch(async () => {
      const seen = await page.evaluate(() => document.querySelector('#editor canvas').style.cursor);
      assert.fail(`over ${name} the cursor is "${seen}", not "${cursor}"`);
    });
  };
  await pointerOver('/student/familyName', 'text');
  await pointerOver('button#samples', 'pointer');
  await pointerOver('/recognitionAnnex', 'text');  // a field of several lines
  await pointerOver('/student/givenNames', 'text');
  assert.equal((await state(page)).active, '/student/givenNames', 'the field is still being edited');
});

editorTest(shared, 'Escape leaves a field and keeps what was typed in it, as in a web form', {}, async (page) => {
  await typeInto(page, '/student/familyName', 'Kowalska');
  await page.waitForFunction(() => laModule.UTF8ToString(laModule._la_document_json()).includes('Kowalska'));
  await page.keyboard.press('Escape');
  const s = await waitForEditor(page, (s) => s.active === '', 'the field let go');
  assert.equal(s.focused, '/student/familyName', 'the keyboard focus stays on the field');
  await settle(page, 3);
  assert.equal(JSON.parse(await documentJson(page)).student.familyName, 'Kowalska');
  // Tab goes on to the next field, not back into this one.
  await page.keyboard.press('Tab');
  const next = await waitForEditor(page, (s) => s.focused !== '/student/familyName', 'the focus on the next field');
  assert.notEqual(next.active, '/student/familyName');
  // In a picker's search box Escape still closes the picker.
  await click(page, '/student/citizenship');
  await waitForEditor(page, (s) => s.popups.length === 1, 'the picker open');
  await page.keyboard.press('Escape');
  await waitForEditor(page, (s) => s.popups.length === 0, 'the picker closed by Escape');
});

editorTest(shared, 'a click outside the editor ends the typing in a field: Ctrl+Z back in it undoes only the new typing', {}, async (page) => {
  await typeInto(page, '/student/givenNames', 'Ana');
  await page.waitForFunction(() => laModule.UTF8ToString(laModule._la_document_json()).includes('Ana'));
  await page.mouse.click(5, 5);  // the page's header, above the editor
  await waitForEditor(page, (s) => s.active === '', 'the field let go');
  await typeInto(page, '/student/givenNames', '');
  await page.keyboard.press('End');
  await page.keyboard.type('stasia');
  await page.waitForFunction(() => laModule.UTF8ToString(laModule._la_document_json()).includes('Anastasia'));
  await page.keyboard.press('Control+z');
  await settle(page, 3);
  assert.equal(JSON.parse(await documentJson(page)).student.givenNames, 'Ana', 'the typing before the click stays');
});

editorTest(shared, 'a row moved with its button keeps the focus there, so Enter moves it on', {}, async (page) => {
  await openUnsignedSample(page, 'semester-two-terms');
  const rows = tableA(JSON.parse(await documentJson(page)));
  // The row's buttons are reached with the arrows from its fields.
  await typeInto(page, '/firstVersion/componentsStudied/0/title', '');
  await page.keyboard.press('Escape');
  for (let i = 0; i < 12 && (await state(page)).focused !== '/firstVersion/componentsStudied/0#down'; ++i) {
    await page.keyboard.press('ArrowRight');
    await settle(page, 2);
  }
  await page.keyboard.press('Enter');
  await waitForEditor(page, (s) => s.focused === '/firstVersion/componentsStudied/1#down' && s.active === '',
                      'the focus on the moved row\'s button, no field being edited');
  await page.keyboard.press('Enter');
  await waitForEditor(page, (s) => s.focused === '/firstVersion/componentsStudied/2#down', 'the row moved on');
  assert.deepEqual(tableA(JSON.parse(await documentJson(page))).map((r) => r.title),
                   [rows[1], rows[2], rows[0], ...rows.slice(3)].map((r) => r.title));
  // At the end it stays, however often Enter is pressed.
  const last = `/firstVersion/componentsStudied/${rows.length - 1}#down`;
  for (let i = 0; i < rows.length; ++i) await page.keyboard.press('Enter');
  await waitForEditor(page, (s) => s.focused === last, 'the focus at the last row\'s button');
  await settle(page, 3);
  assert.equal(tableA(JSON.parse(await documentJson(page))).at(-1).title, rows[0].title, 'the row at the end');
});

editorTest(shared, 'adding a partner institution puts the cursor into the new row', {}, async (page) => {
  await click(page, 'button#new');
  await click(page, 'new#blended');
  await click(page, '/bip/partnerHeis');
  await waitForEditor(page, (s) => s.active === '/bip/partnerHeis/0/heiId' && s.wantTextInput, 'the new row\'s field taking text');
  await page.keyboard.type('ugent.be');
  await page.waitForFunction(() => laModule.UTF8ToString(laModule._la_document_json()).includes('ugent.be'));
  assert.equal(JSON.parse(await documentJson(page)).bip.partnerHeis[0].heiId, 'ugent.be');
});

editorTest(shared, "a contact's phone number with spaces is marked until it is in international form", {}, async (page) => {
  const pointer = '/receivingHei/contactPerson/phoneNumber/e164';
  const phoneFindings = async () => (await findings(page)).filter((f) => f.path === pointer).map((f) => f.rule);
  await typeInto(page, pointer, '+48 22 123');
  await page.waitForFunction(() => laModule.UTF8ToString(laModule._la_document_json()).includes('+48 22 123'));
  await settle(page, 2);
  assert.deepEqual(await phoneFindings(), ['LA-211']);
  await page.keyboard.press('Control+a');
  await page.keyboard.type('+4822123');
  await page.waitForFunction(() => laModule.UTF8ToString(laModule._la_document_json()).includes('"+4822123"'));
  await settle(page, 2);
  assert.deepEqual(await phoneFindings(), []);
});
