// Typing, IME, clipboard and keyboard conventions, as a student at a keyboard would meet them.
import assert from 'node:assert/strict';
import {useBrowser, pageTest, state, waitForState, focusField, typeInto, clickItem, itemCentre} from './harness.mjs';

const shared = useBrowser();

pageTest(shared, 'typing into the page\'s own input is not captured by the editor', {}, async (page) => {
  await focusField(page, 'a', '##name');
  await page.click('#page-input');
  await page.keyboard.type('hello page');
  assert.equal(await page.inputValue('#page-input'), 'hello page');
  await page.keyboard.press('Backspace');
  assert.equal(await page.inputValue('#page-input'), 'hello pag');
  const a = await state(page, 'a');
  const b = await state(page, 'b');
  assert.equal(a.name, '');
  assert.equal(b.name, '');
  assert.equal(a.wantTextInput, false, 'the editor let go of its field when focus left it');
});

pageTest(shared, 'names typed into an editor field arrive intact in every script', {}, async (page) => {
  await typeInto(page, 'a', '##name', 'Łukasz Żółć, İpek Işık, Ελένη, Дмитрий €');
  await waitForState(page, 'a', (s) => s.name === 'Łukasz Żółć, İpek Işık, Ελένη, Дмитрий €',
                     'the typed name');
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Backspace');
  await waitForState(page, 'a', (s) => s.name === 'Łukasz Żółć, İpek Işık, Ελένη, Дмитрий',
                     'two characters deleted');
});

pageTest(shared, 'two editors on one page do not take each other\'s keys', {}, async (page) => {
  await typeInto(page, 'a', '##name', 'Ana');
  await typeInto(page, 'b', '##name', 'Boris');
  await waitForState(page, 'b', (s) => s.name === 'Boris', 'Boris in editor b');
  const a = await state(page, 'a');
  assert.equal(a.name, 'Ana');
  assert.equal(a.wantTextInput, false);
});

pageTest(shared, 'a dead-key or IME composition commits é and 日本語 and nothing before', {}, async (page) => {
  await focusField(page, 'a', '##name');
  const cdp = await page.context().newCDPSession(page);
  // A dead key (´) composes until the next key: the preedit must not reach the field.
  await cdp.send('Input.imeSetComposition', {text: '´', selectionStart: 1, selectionEnd: 1});
  await page.waitForFunction(() => document.querySelector('#editor-a textarea').value === '´');
  assert.equal((await state(page, 'a')).name, '');
  await cdp.send('Input.insertText', {text: 'é'});
  await waitForState(page, 'a', (s) => s.name === 'é', 'é after the composition');
  await cdp.send('Input.imeSetComposition', {text: 'にほんご', selectionStart: 4, selectionEnd: 4});
  await page.waitForFunction(() => document.querySelector('#editor-a textarea').value.endsWith('にほんご'));
  assert.equal((await state(page, 'a')).name, 'é');
  await cdp.send('Input.insertText', {text: '日本語'});
  await waitForState(page, 'a', (s) => s.name === 'é日本語', 'the committed IME text');
  // Text that arrives decomposed (e + combining acute) is stored composed (NFC).
  await page.keyboard.insertText(' e\u0301');
  const s = await waitForState(page, 'a', (s) => s.name.length === 6, 'the decomposed é');
  assert.equal(s.name, 'é日本語 \u00e9');
});

pageTest(shared, 'copy, cut and paste use the clipboard with Ctrl shortcuts',
         {permissions: ['clipboard-read', 'clipboard-write']}, async (page) => {
  await page.evaluate(() => navigator.clipboard.writeText('İpek Işık'));
  await focusField(page, 'a', '##name');
  await page.keyboard.press('Control+V');
  await waitForState(page, 'a', (s) => s.name === 'İpek Işık', 'the pasted name');
  // Select all, copy, paste into another field.
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Control+C');
  await page.waitForFunction(async () => (await navigator.clipboard.readText()) === 'İpek Işık');
  await focusField(page, 'a', '##institution');
  await page.keyboard.press('Control+V');
  await waitForState(page, 'a', (s) => s.institution === 'İpek Işık', 'the copied text pasted');
  // Cut empties the field and fills the clipboard.
  await page.evaluate(() => navigator.clipboard.writeText(''));
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Control+X');
  await waitForState(page, 'a', (s) => s.institution === '', 'the field emptied by cut');
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), 'İpek Işık');
  // Tabs and line breaks pasted into a one-line field become spaces, not glued words.
  await page.evaluate(() => navigator.clipboard.writeText('Żółć\tKowalski\r\nKraków'));
  await page.keyboard.press('Control+V');
  await waitForState(page, 'a', (s) => s.institution === 'Żółć Kowalski Kraków', 'the pasted words apart');
});

pageTest(shared, 'Tab moves to the next field, Enter presses a button, Escape closes a popup', {}, async (page) => {
  await typeInto(page, 'a', '##name', 'Eva');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Uni');
  let s = await waitForState(page, 'a', (s) => s.institution === 'Uni', 'text in the next field');
  assert.equal(s.name, 'Eva');
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.type('!');
  // Tabbing into a single-line field selects its text, as in a browser: typing replaces it.
  await waitForState(page, 'a', (s) => s.name === '!', 'the name field replaced');
  // Tab on through the notes to the first button, then Enter presses it.
  await focusField(page, 'a', '##notes');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await waitForState(page, 'a', (s) => s.clicks === 1, 'the button pressed with Enter');
  await clickItem(page, 'a', 'popup');
  await waitForState(page, 'a', (s) => s.popupOpen, 'the popup open');
  await page.keyboard.press('Escape');
  await waitForState(page, 'a', (s) => !s.popupOpen, 'the popup closed by Escape');
});

pageTest(shared, 'on a Mac, Cmd is the shortcut key and Ctrl is not', {
  initScript: () => {
    Object.defineProperty(Navigator.prototype, 'platform', {get: () => 'MacIntel'});
    Object.defineProperty(Navigator.prototype, 'userAgentData', {get: () => undefined});
  },
}, async (page) => {
  await typeInto(page, 'a', '##name', 'abc');
  await page.keyboard.press('Control+A');  // not select-all on a Mac
  await page.keyboard.type('d');
  await waitForState(page, 'a', (s) => s.name === 'abcd', 'd appended after Ctrl+A');
  await page.keyboard.press('Meta+A');
  await page.keyboard.type('x');
  await waitForState(page, 'a', (s) => s.name === 'x', 'everything replaced after Cmd+A');
});

pageTest(shared, 'a right-click in a text field opens the browser\'s text menu, and its Copy and Paste work',
         {permissions: ['clipboard-read', 'clipboard-write']}, async (page) => {
  // What the browser's menu acts on: the element that gets the contextmenu event, if no one
  // cancels it, and what is selected there.
  await page.evaluate(() => document.addEventListener('contextmenu', (e) => {
    const ta = document.querySelector('#editor-a textarea');
    window.menu = {shown: !e.defaultPrevented, onTheField: e.target === ta && document.activeElement === ta,
                   selected: ta.value.slice(ta.selectionStart, ta.selectionEnd)};
  }));
  const rightClick = async (item) => {
    const {x, y} = await itemCentre(page, 'a', item);
    await page.mouse.click(x, y, {button: 'right'});
    return page.evaluate(() => window.menu);
  };
  await typeInto(page, 'a', '##name', 'Łukasz Żółć');
  await waitForState(page, 'a', (s) => s.name === 'Łukasz Żółć', 'the typed name');
  await page.keyboard.press('Control+A');
  await page.evaluate(() => navigator.clipboard.writeText(''));
  assert.deepEqual(await rightClick('##name'), {shown: true, onTheField: true, selected: 'Łukasz Żółć'});
  // The menu's Copy: the browser's copy command on what the menu was opened on.
  await page.evaluate(() => document.execCommand('copy'));
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), 'Łukasz Żółć');
  // Part of the text selected; typing after the menu replaces just that part.
  await page.keyboard.press('End');
  await page.keyboard.press('Shift+Control+ArrowLeft');
  assert.deepEqual(await rightClick('##name'), {shown: true, onTheField: true, selected: 'Żółć'});
  await page.keyboard.type('Zofia');
  await waitForState(page, 'a', (s) => s.name === 'Łukasz Zofia', 'the selected word replaced');
  // The menu's Select all selects the whole field, not just what the menu was opened on.
  assert.deepEqual(await rightClick('##name'), {shown: true, onTheField: true, selected: ''});
  await page.evaluate(() => document.execCommand('selectAll'));
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => resolve())));
  await page.keyboard.type('Zofia Nowak');
  await waitForState(page, 'a', (s) => s.name === 'Zofia Nowak', 'the whole name replaced');

  // In a field not being edited, the right-click puts the caret there first; the menu's Paste
  // pastes into it, and typing goes on from there.
  assert.deepEqual(await rightClick('##institution'), {shown: true, onTheField: true, selected: ''});
  await page.evaluate(() => {
    const data = new DataTransfer();
    data.setData('text/plain', 'Uniwersytet Jagielloński');
    document.activeElement.dispatchEvent(new ClipboardEvent('paste', {clipboardData: data, bubbles: true, cancelable: true}));
  });
  await waitForState(page, 'a', (s) => s.institution === 'Uniwersytet Jagielloński', 'the pasted institution');
  await page.keyboard.type(', Kraków');
  await waitForState(page, 'a', (s) => s.institution === 'Uniwersytet Jagielloński, Kraków', 'typing after the paste');
  const s = await state(page, 'a');
  assert.equal(s.name, 'Zofia Nowak', 'the first field unchanged');

  // Elsewhere the canvas keeps the right-click to itself (no menu about an image), and a button
  // is not pressed by it.
  assert.equal((await rightClick('count')).shown, false);
  assert.equal((await state(page, 'a')).clicks, s.clicks);
});
