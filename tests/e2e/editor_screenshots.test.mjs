// Screenshots of every section at 1366×768 (device pixel ratio 1 and 2), a wide and a narrow
// screen, the dark theme, and the pickers, calendar and dialogs open; written to
// build/editor-screenshots/ to be looked at. Each picture is checked to show what it is named after.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import {
  useEditorSite, openSample, editorTest, state, click, closePopup, waitForEditor, scrollToTop, screenshotPath, settle, tabTo,
} from './editor_harness.mjs';

const shared = useEditorSite();

// Scrolls the section's header to the top of the form and takes the picture.
async function shootSection(page, prefix, anchor) {
  await scrollToTop(page, anchor);
  await settle(page, 3);
  const s = await state(page);
  const title = s.rects[anchor + '#title'];
  const form = s.rects['#form'];
  assert.ok(title && title[1] >= form[1] && title[1] < form[1] + form[3] / 2, `${anchor} at the top of the form`);
  const file = screenshotPath(`${prefix}-${anchor.slice(1)}`);
  await page.screenshot({path: file});
  assert.ok(fs.statSync(file).size > 10000);
}

for (const dpr of [1, 2]) {
  editorTest(shared, `every section at 1366×768, device pixel ratio ${dpr}`, {dpr}, async (page) => {
    const prefix = `1366x768-dpr${dpr}`;
    await page.screenshot({path: screenshotPath(`${prefix}-new-agreement`)});
    await openSample(page, 'semester-with-changes');
    for (const anchor of ['#student', '#sendingHei', '#receivingHei', '#mobility', '#tableA', '#tableB', '#language',
                          '#recognition', '#signatures', '#approvedChanges', '#changesProposal']) {
      await shootSection(page, prefix, anchor);
    }
    await openSample(page, 'blended-typical-mistakes');
    for (const anchor of ['#bip', '#tableA', '#tableC', '#otherLists']) {
      const s = await state(page);
      if (anchor === '#otherLists' && !s.rects[anchor]) continue;  // only when a list is not used
      await shootSection(page, prefix + '-blended', anchor);
    }
  });
}

editorTest(shared, 'pickers, calendar, row details, messages and the export question', {}, async (page) => {
  await openSample(page, 'semester-typical-mistakes');
  const shot = (name) => page.screenshot({path: screenshotPath('1366x768-' + name)});
  // Opens a picker with a click, types a search into it, and takes a picture of the matches.
  const shootSearch = async (pointer, search, name) => {
    await click(page, pointer);
    await waitForEditor(page, (s) => s.active === pointer + '#search', `the picker of ${pointer} open`);
    await page.keyboard.type(search);
    await settle(page, 3);
    await shot(name);
    await closePopup(page);
  };
  await shootSearch('/student/citizenship', 'ro', 'picker-country');
  await shootSearch('/iscedFCode', 'comput', 'picker-isced');
  await click(page, '/startDate#calendar#button');
  await waitForEditor(page, (s) => s.popups.includes('/startDate#calendar'), 'the calendar open');
  await shot('calendar');
  await closePopup(page);
  await click(page, '/firstVersion/componentsStudied/0#details');
  await waitForEditor(page, (s) => s.rects['/firstVersion/componentsStudied/0/losId'], 'the row details');
  await scrollToTop(page, '#tableA');
  await shot('row-details');
  await click(page, '/student/email');
  await waitForEditor(page, (s) => s.rects['#field-messages'], 'the e-mail field with its message');
  await shot('field-message');
  await click(page, 'button#export');
  await waitForEditor(page, (s) => s.popups.includes('export-question'), 'the export question');
  await shot('export-question');
  await closePopup(page);
  await click(page, 'button#theme');
  await waitForEditor(page, (s) => s.theme === 'dark' && s.popups.length === 0, 'the dark theme');
  await scrollToTop(page, '#student');
  await shot('dark-student');
  await scrollToTop(page, '#tableA');
  await shot('dark-table-a');
  await click(page, '/student/citizenship');
  await waitForEditor(page, (s) => s.popups.length === 1, 'a picker in the dark theme');
  await shot('dark-picker');
});

editorTest(shared, 'a wide screen keeps the form readable, a narrow one puts the findings in a drawer', {
  viewport: {width: 1920, height: 1080},
}, async (page) => {
  await openSample(page, 'semester-typical-mistakes');
  let s = await state(page);
  assert.ok(s.rects['#findings'], 'the findings beside the form');
  assert.ok(s.rects['#student'][2] <= 64 * 16 + 1, 'the form is at most 64 em wide');
  await page.screenshot({path: screenshotPath('1920x1080-overview')});
  await page.setViewportSize({width: 760, height: 1000});
  s = await waitForEditor(page, (s) => !s.rects['#findings'] && s.rects['button#drawer'], 'the narrow layout');
  await page.screenshot({path: screenshotPath('760x1000-narrow')});
  await click(page, 'button#drawer');
  await waitForEditor(page, (s) => s.rects['#findings'], 'the drawer open');
  await page.screenshot({path: screenshotPath('760x1000-drawer')});
  await page.setViewportSize({width: 390, height: 844});
  await waitForEditor(page, (s) => s.rects['#student'][2] < 390, 'the phone layout');
  await page.screenshot({path: screenshotPath('390x844-phone')});
});
