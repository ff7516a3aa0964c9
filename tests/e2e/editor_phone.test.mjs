// A student on a phone: a long press on a field opens the touch text menu (Cut, Copy, Paste,
// Select all), as a phone's own fields do, its commands going through the real clipboard; the
// tables and menus fit the narrow screen.
import assert from 'node:assert/strict';
import {
  useEditorSite, editorTest, itemCentre, waitForEditor, documentJson, closePopup, click, openUnsignedSample, state, settle,
} from './editor_harness.mjs';

const shared = useEditorSite();
const phone = {viewport: {width: 390, height: 844}, dpr: 2, hasTouch: true};
const menu = '#editor .la-studio-touchmenu';

// Holds a finger still on the field until the menu opens, then lifts it; returns the menu's words.
async function longPress(page, pointer) {
  const {x, y} = await itemCentre(page, pointer);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Input.dispatchTouchEvent', {type: 'touchStart', touchPoints: [{x, y}]});
  await page.waitForSelector(menu, {timeout: 5000});
  await cdp.send('Input.dispatchTouchEvent', {type: 'touchEnd', touchPoints: []});
  await waitForEditor(page, (s) => s.active === pointer, `${pointer} being edited`);
  return page.locator(`${menu} button`).allTextContents();
}

async function choose(page, word) {
  await page.locator(`${menu} button`, {hasText: word}).tap();
}

const student = async (page) => JSON.parse(await documentJson(page)).student;

editorTest(shared, 'a long press on a field offers Paste and Select all, then Cut and Copy of the selection',
           {...phone, permissions: ['clipboard-read', 'clipboard-write']}, async (page) => {
  await page.evaluate(() => navigator.clipboard.writeText('Łukasz Żółć'));
  assert.deepEqual(await longPress(page, '/student/givenNames'), ['Paste', 'Select all'], 'an empty field');
  const lifted = await page.locator(menu).isVisible();
  assert.ok(lifted, 'lifting the finger leaves the menu open');
  await choose(page, 'Paste');
  await page.waitForFunction(() => laModule.UTF8ToString(laModule._la_document_json()).includes('Żółć'));
  assert.equal((await student(page)).givenNames, 'Łukasz Żółć');
  assert.equal(await page.locator(menu).count(), 0, 'the menu closes after Paste');
  assert.ok(await page.evaluate(() => document.activeElement === document.querySelector('#editor textarea')),
            'the field keeps the keyboard');

  assert.deepEqual(await longPress(page, '/student/familyName'), ['Paste', 'Select all']);
  await choose(page, 'Paste');
  await page.waitForFunction(() => JSON.parse(laModule.UTF8ToString(laModule._la_document_json())).student.familyName);
  assert.deepEqual(await longPress(page, '/student/familyName'), ['Paste', 'Select all'], 'no selection yet');
  await choose(page, 'Select all');
  await page.waitForFunction((menu) => document.querySelectorAll(`${menu} button`).length === 4, menu, {timeout: 5000})
      .catch(() => {});  // the assertion below says what is there instead
  assert.deepEqual(await page.locator(`${menu} button`).allTextContents(), ['Cut', 'Copy', 'Paste', 'Select all']);
  await page.evaluate(() => navigator.clipboard.writeText(''));
  await choose(page, 'Cut');
  await page.waitForFunction(() => !JSON.parse(laModule.UTF8ToString(laModule._la_document_json())).student.familyName);
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), 'Łukasz Żółć', 'Cut put the text on the clipboard');

  await page.evaluate(() => navigator.clipboard.writeText(''));
  await longPress(page, '/student/givenNames');
  await choose(page, 'Select all');
  await choose(page, 'Copy');  // waits for the button to be there
  await page.waitForFunction(() => navigator.clipboard.readText().then((t) => t === 'Łukasz Żółć'));
  assert.equal((await student(page)).givenNames, 'Łukasz Żółć', 'Copy leaves the field as it was');
});

editorTest(shared, 'a long press elsewhere opens no menu, and a refused paste says so and changes nothing', phone, async (page) => {
  const {x, y} = await itemCentre(page, 'button#samples');
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Input.dispatchTouchEvent', {type: 'touchStart', touchPoints: [{x, y}]});
  await page.waitForTimeout(900);
  await cdp.send('Input.dispatchTouchEvent', {type: 'touchEnd', touchPoints: []});
  assert.equal(await page.locator(menu).count(), 0, 'no text menu over a button');
  await closePopup(page);  // the press was a tap on the button: its menu opened

  await longPress(page, '/student/givenNames');
  await choose(page, 'Paste');  // no clipboard-read permission in this context
  await page.waitForSelector(`${menu}[role=alert]`, {timeout: 5000});
  assert.match(await page.locator(menu).textContent(), /did not let the editor read the clipboard/);
  assert.equal((await student(page))?.givenNames, undefined);
});

editorTest(shared, 'on a phone the tables become blocks of labelled fields and menus fit the screen', phone, async (page) => {
  const width = phone.viewport.width;
  const name = await itemCentre(page, '/student/givenNames');
  await page.touchscreen.tap(name.x, name.y);
  const messages = (await waitForEditor(page, (s) => s.rects['#field-messages'], 'the messages of the empty name'))
                       .rects['#field-messages'];
  assert.ok(messages[0] >= 0 && messages[0] + messages[2] <= width, `the messages fit: ${messages}`);
  await click(page, 'button#samples');
  const entry = (await state(page)).rects['sample#semester-two-terms'];
  assert.ok(entry[0] >= 0 && entry[0] + entry[2] <= width, `the samples menu fits: ${entry}`);
  await closePopup(page);
  await openUnsignedSample(page, 'semester-two-terms');  // signed, a tick would ask first
  await itemCentre(page, '/firstVersion/componentsStudied/0/title');  // scrolled to it
  const rects = (await state(page)).rects;
  const title = rects['/firstVersion/componentsStudied/0/title'];
  const code = rects['/firstVersion/componentsStudied/0/losCode'];
  assert.ok(title[2] > width * 0.7, `the title field is ${title[2]}px wide on a ${width}px screen`);
  assert.ok(title[0] + title[2] <= width, 'and it ends on the screen');
  assert.ok(code[1] + code[3] <= title[1], 'the code is above the title, not beside it');

  // The mobility window's label wraps beside its box, and a tap on it ticks the box.
  const box = await itemCentre(page, '/mobilityWindow');
  await page.touchscreen.tap(box.x + 60, box.y);
  await page.waitForFunction(() => JSON.parse(laModule.UTF8ToString(laModule._la_document_json())).mobilityWindow === true);
  await settle(page);
});

editorTest(shared, 'on a phone the top bar wraps and pushes the form down in the first frames, with no input', phone,
           async (page) => {
  // The bar's height settles a frame after it wraps: the editor must draw that frame by itself,
  // or the status and the buttons of its last line stay under the form until the student touches it.
  const s = await waitForEditor(page, (s) => {
    const status = s.rects['status'], field = s.rects['/student/givenNames'];
    return status && field && status[1] + status[3] <= field[1];
  }, 'the status above the form');
  const status = s.rects['status'];
  assert.ok(status[1] > s.rects['button#new'][1], `the top bar wrapped: status at ${status}`);
});
