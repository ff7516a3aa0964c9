// Every key arrives (issue 13, point 1). A student types at a fast typist's pace on a slow laptop
// or phone (the CPU throttled 4 and 6 times through CDP), so keys come faster than the editor
// draws frames: through text fields, pickers (Enter, a search, Enter), the
// calendar, a component table, and Enter, Tab, Shift+Tab and Escape between them. As in a web
// form, each key must reach what had the focus when it was pressed: the agreement read back holds
// exactly what was typed, nothing lost, nothing in the wrong field.
import assert from 'node:assert/strict';
import {useEditorSite, editorTest, click, focusField, itemCentre, documentJson, waitForEditor, settle} from './editor_harness.mjs';

const shared = useEditorSite();

// Named keys in a stream, as CDP describes them; anything else is typed character by character.
const kNamedKeys = {
  'Tab': {key: 'Tab', code: 'Tab', windowsVirtualKeyCode: 9},
  'Shift+Tab': {key: 'Tab', code: 'Tab', windowsVirtualKeyCode: 9, modifiers: 8},
  'Enter': {key: 'Enter', code: 'Enter', windowsVirtualKeyCode: 13, text: '\r'},
  'Escape': {key: 'Escape', code: 'Escape', windowsVirtualKeyCode: 27},
  'ArrowRight': {key: 'ArrowRight', code: 'ArrowRight', windowsVirtualKeyCode: 39},
  'ArrowDown': {key: 'ArrowDown', code: 'ArrowDown', windowsVirtualKeyCode: 40},
};
const kShift = {key: 'Shift', code: 'ShiftLeft', windowsVirtualKeyCode: 16};

// The keys of a stream, one per stroke: ['Anna', 'Tab'] -> ['A', 'n', 'n', 'a', 'Tab'].
function strokesOf(stream) {
  return stream.flatMap((part) => (kNamedKeys[part] ? [part] : [...part]));
}

// The CDP key events of one stroke: down and up (Shift+Tab: with Shift pressed around it).
function keyEvents(stroke) {
  const named = kNamedKeys[stroke];
  if (!named) {
    const upper = /^[A-Z]$/.test(stroke);
    const code = /^[a-z]$/i.test(stroke) ? 'Key' + stroke.toUpperCase() : /^[0-9]$/.test(stroke) ? 'Digit' + stroke : '';
    const base = {key: stroke, code, windowsVirtualKeyCode: code ? stroke.toUpperCase().charCodeAt(0) : 0, modifiers: upper ? 8 : 0};
    return [{type: 'keyDown', text: stroke, unmodifiedText: stroke, ...base}, {type: 'keyUp', ...base}];
  }
  const {text, ...base} = named;
  const events = [{type: text ? 'keyDown' : 'rawKeyDown', ...(text ? {text, unmodifiedText: text} : {}), ...base},
                  {type: 'keyUp', ...base}];
  if (!named.modifiers) return events;
  return [{type: 'rawKeyDown', ...kShift, modifiers: 8}, ...events, {type: 'keyUp', ...kShift}];
}

// A small seeded generator, so that a failure comes back with the same pace.
function generator(seed) {
  let state = seed;
  return (low, high) => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return low + (state % (high - low + 1));
  };
}

// Types the strokes as a fast typist on a slow machine: in bursts of 1 to 6 keys that reach the
// page faster than it draws frames (sent through CDP without waiting for each), 40 to 100 ms
// apart. The pause is the input under test (a person does not wait for the page), not a wait
// for the page: what the keys did is read back afterwards by waiting for a condition.
async function typeFast(page, cdp, strokes, random) {
  for (let i = 0; i < strokes.length;) {
    const burst = strokes.slice(i, i + random(1, 6));
    i += burst.length;
    await Promise.all(burst.flatMap(keyEvents).map((event) => cdp.send('Input.dispatchKeyEvent', event)));
    await new Promise((resolve) => setTimeout(resolve, random(40, 100)));
  }
}

// The agreement read back from the page once it satisfies `holds` (the keys still queued in the
// browser have been handled), or as it is after 30 s, for the assertion to show what differs.
async function agreementWhen(page, holds) {
  const start = Date.now();
  let last;
  while (Date.now() - start < 30000) {
    last = JSON.parse(await documentJson(page));
    if (holds(last)) return last;
    await settle(page, 1);
  }
  return last;
}

async function throttle(page, rate) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', {rate});
  return cdp;
}

// The sequence, then corrections with Shift+Tab, Escape, the calendar and the pickers.
const studentStream = [
  // Given names, Tab, family name, Tab, date of birth, Tab (calendar button), Tab (citizenship),
  // Enter opens the list, `pol`, Enter picks Poland, Tab, e-mail.
  'Anna Maria', 'Tab', 'Nowak', 'Tab', '2003-04-17', 'Tab', 'Tab', 'Enter', 'pol', 'Enter', 'Tab',
  'anna.nowak@uw.edu.pl',
  // Back to the family name (tabbing into a field selects its text: typing replaces it).
  'Shift+Tab', 'Shift+Tab', 'Shift+Tab', 'Shift+Tab', 'Nowak-Zając',
  // The date again, Escape leaves the field keeping it, then the calendar: Enter opens it on
  // Wednesday the 14th, two days right and a week down, Enter picks the 23rd.
  'Tab', '2003-05-14', 'Escape', 'Tab', 'Enter', 'ArrowRight', 'ArrowRight', 'ArrowDown', 'Enter',
  // Citizenship: a search closed with Escape changes nothing; the next one picks the Netherlands.
  'Tab', 'Enter', 'nether', 'Escape', 'Enter', 'nether', 'Enter',
  // The e-mail replaced, then the gender picked from its list.
  'Tab', 'a.zajac@uw.edu.pl', 'Tab', 'Enter', 'female', 'Enter',
];

const expectedStudent = {
  givenNames: 'Anna Maria',
  familyName: 'Nowak-Zając',
  birthDate: '2003-05-23',
  citizenship: 'NL',
  email: 'a.zajac@uw.edu.pl',
  gender: 2,
};

// A row of a component table, from its code (where "Add a component" puts the focus): a draft
// code, Tab, the title, Tab (term), Tab, credits, back to the code with Shift+Tab (selected: typing
// replaces it), the real code, Escape.
const rowStream = (row) => [
  row.draft, 'Tab', row.title, 'Tab', 'Tab', row.credits, 'Shift+Tab', 'Shift+Tab', 'Shift+Tab', row.code, 'Escape',
];

const rows = [
  {draft: 'Vision', code: 'INF-CV', title: 'Computer Vision and Graphics', credits: '7,5', value: 7.5},
  {draft: 'Polish', code: 'PL-A2', title: 'Polish for Erasmus students', credits: '6', value: 6},
  {draft: 'Data', code: 'DS-300', title: 'Data Science Project', credits: '15', value: 15},
];

function studentDiffers(student) {
  return Object.keys(expectedStudent).filter((key) => student[key] !== expectedStudent[key]);
}

for (const rate of [4, 6]) {
  editorTest(shared, `keys typed faster than frames with the CPU ${rate}x slower all arrive where they were typed`, {}, async (page) => {
    await click(page, 'button#new');
    await click(page, 'new#semester');
    await focusField(page, '/student/givenNames');
    const cdp = await throttle(page, rate);
    const random = generator(rate);
    let keys = 0;

    const student = strokesOf(studentStream);
    await typeFast(page, cdp, student, random);
    keys += student.length;
    const agreement = await agreementWhen(page, (a) => studentDiffers(a.student || {}).length === 0);
    const got = Object.fromEntries(Object.keys(expectedStudent).map((key) => [key, agreement.student?.[key]]));
    assert.deepEqual(got, expectedStudent, 'the student section holds exactly what was typed');

    // A component table: "Add a component" clicked, and the code typed at once.
    const table = '/firstVersion/componentsStudied';
    for (const [index, row] of rows.entries()) {
      const {x, y} = await itemCentre(page, table);
      await page.mouse.click(x, y);
      const strokes = strokesOf(rowStream(row));
      await typeFast(page, cdp, strokes, random);
      keys += strokes.length;
      await waitForEditor(page, (s) => s.active === '', `row ${index} left with Escape`);
    }
    const components = (await agreementWhen(page, (a) => (a.firstVersion?.componentsStudied || []).length === rows.length &&
                                                         a.firstVersion.componentsStudied.every((c, i) => c.title === rows[i].title)))
        .firstVersion?.componentsStudied || [];
    assert.deepEqual(components.map((c) => [c.losCode, c.title, c.credits?.[0]?.value]),
                     rows.map((r) => [r.code, r.title, r.value]), 'each row holds exactly what was typed in it');
    assert.ok(keys >= 250, `${keys} keys typed, 250 or more wanted (500 or more over both rates)`);
  });
}
