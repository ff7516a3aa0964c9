// Mouse, wheel and touch; files in and out; drafts that survive a reload or fail in plain words.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import {
  useBrowser, pageTest, state, waitForState, typeInto, clickItem, itemCentre,
} from './harness.mjs';

const shared = useBrowser();

pageTest(shared, 'the cursor is a text beam over a field and a pointing hand over a button', {}, async (page) => {
  const field = await itemCentre(page, 'a', '##name');
  await page.mouse.move(field.x, field.y);
  await page.waitForFunction(() => editors.a.canvas.style.cursor === 'text');
  const button = await itemCentre(page, 'a', 'count');
  await page.mouse.move(button.x, button.y);
  await page.waitForFunction(() => editors.a.canvas.style.cursor === 'pointer');
  await page.mouse.click(button.x, button.y);
  await waitForState(page, 'a', (s) => s.clicks === 1, 'one click counted');
});

pageTest(shared, 'the mouse wheel scrolls the table under the pointer', {}, async (page) => {
  const table = await itemCentre(page, 'a', 'table');
  await page.mouse.move(table.x, table.y);
  await page.mouse.wheel(0, 200);
  const s = await waitForState(page, 'a', (s) => s.tableScrollY > 50, 'the table scrolled');
  assert.ok(s.tableScrollY < 400, `scrolled by ${s.tableScrollY}px for a 200px wheel`);
  assert.equal(await page.evaluate(() => window.scrollY), 0, 'the page itself did not scroll');
});

pageTest(shared, 'a tap focuses a field and a one-finger drag scrolls the table', {hasTouch: true}, async (page) => {
  const field = await itemCentre(page, 'a', '##name');
  await page.touchscreen.tap(field.x, field.y);
  await waitForState(page, 'a', (s) => s.wantTextInput, 'the tapped field taking text');
  await page.waitForFunction(() => document.activeElement === editors.a.textarea);
  await page.keyboard.type('Žółć');
  await waitForState(page, 'a', (s) => s.name === 'Žółć', 'text typed after the tap');

  const table = await itemCentre(page, 'a', 'table');
  const cdp = await page.context().newCDPSession(page);
  const touch = (type, y) => cdp.send('Input.dispatchTouchEvent',
      {type, touchPoints: type === 'touchEnd' ? [] : [{x: table.x, y}]});
  await touch('touchStart', table.y + 60);
  for (let step = 1; step <= 6; ++step) await touch('touchMove', table.y + 60 - step * 20);
  await touch('touchEnd');
  const s = await waitForState(page, 'a', (s) => s.tableScrollY > 60, 'the table scrolled by the finger');
  assert.ok(s.tableScrollY <= 160, `scrolled ${s.tableScrollY}px for a 120px drag`);
  assert.equal(s.clicks, 0);
});

pageTest(shared, 'a draft survives a reload, one per editor', {}, async (page) => {
  await typeInto(page, 'a', '##name', 'Дмитрий');
  await typeInto(page, 'b', '##institution', 'Uniwersytet Łódzki');
  await waitForState(page, 'b', (s) => s.institution === 'Uniwersytet Łódzki', 'the institution');
  await page.reload();
  await page.evaluate(() => window.editorsReady);
  const a = await state(page, 'a');
  const b = await state(page, 'b');
  assert.equal(a.name, 'Дмитрий');
  assert.equal(a.institution, '');
  assert.equal(b.name, '');
  assert.equal(b.institution, 'Uniwersytet Łódzki');
  assert.equal(a.status, 'Draft restored.');
});

pageTest(shared, 'when storage is blocked the student is told the draft cannot be kept', {
  initScript: () => {
    Object.defineProperty(window, 'localStorage', {
      get() { throw new DOMException('The operation is insecure.', 'SecurityError'); },
    });
  },
}, async (page) => {
  await typeInto(page, 'a', '##name', 'x');
  const s = await waitForState(page, 'a', (s) => s.name === 'x', 'the typed x');
  assert.match(s.status, /does not let this page keep a draft/);
});

pageTest(shared, 'when storage is full the student is told so', {
  initScript: () => {
    Storage.prototype.setItem = function() {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  },
}, async (page) => {
  await typeInto(page, 'a', '##name', 'x');
  const s = await waitForState(page, 'a', (s) => s.name === 'x', 'the typed x');
  assert.match(s.status, /storage for this site is full/);
});

pageTest(shared, 'a download carries the given name and bytes', {}, async (page) => {
  await typeInto(page, 'a', '##name', 'Ελένη');
  await waitForState(page, 'a', (s) => s.name === 'Ελένη', 'the typed name');
  const downloading = page.waitForEvent('download');
  await clickItem(page, 'a', 'download');
  const download = await downloading;
  assert.equal(download.suggestedFilename(), 'fixture-name.txt');
  assert.equal(fs.readFileSync(await download.path(), 'utf8'), 'Ελένη');
});

pageTest(shared, 'a file opens through the picker and by dropping it on the editor', {}, async (page) => {
  const choosing = page.waitForEvent('filechooser');
  await clickItem(page, 'a', 'open');
  const chooser = await choosing;
  await chooser.setFiles({name: 'picked.txt', mimeType: 'text/plain', buffer: Buffer.from('İpek Işık')});
  let s = await waitForState(page, 'a', (s) => s.status === 'Opened picked.txt', 'the picked file');
  assert.equal(s.openedFile, 'İpek Işık');

  await page.evaluate(() => {
    const data = new DataTransfer();
    data.items.add(new File(['Łukasz Żółć'], 'dropped.json', {type: 'application/json'}));
    const canvas = editors.b.canvas;
    canvas.dispatchEvent(new DragEvent('dragover', {dataTransfer: data, bubbles: true, cancelable: true}));
    canvas.dispatchEvent(new DragEvent('drop', {dataTransfer: data, bubbles: true, cancelable: true}));
  });
  s = await waitForState(page, 'b', (s) => s.status === 'Opened dropped.json', 'the dropped file');
  assert.equal(s.openedFile, 'Łukasz Żółć');
  assert.equal((await state(page, 'a')).openedFile, 'İpek Işık', 'the drop went to editor b only');
});
