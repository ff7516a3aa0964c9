// The code path of parts (docs/web-layer.md, "Parts"): fixture_part.wasm, a separately built wasm
// (tests/e2e/fixture/fixture_part.cpp), loaded on first use through the mechanism data parts use
// and called with JSON, answering JSON, as the XML codec and the print layout will be.
import assert from 'node:assert/strict';
import {browserTest, clickItem, focusField, openTestPage, typeInto, useBrowser, waitForState} from './harness.mjs';

const shared = useBrowser();
const kPart = /\/fixture_part\.wasm$/;

// Presses "Reverse name" in editor id; returns the part's answer once it came (each call here
// has another answer than the one before).
async function reverseName(page, id) {
  const before = (await waitForState(page, id, () => true, 'the state')).partAnswer;
  await clickItem(page, id, 'reverse');
  const s = await waitForState(page, id, (s) => s.partAnswer !== before && s.partAnswer !== 'waiting',
                               'the part\'s answer');
  return s.partAnswer;
}

browserTest(shared, 'a code part loads on its first call, once per page, and answers JSON with JSON',
            {permissions: ['clipboard-read', 'clipboard-write']}, async (page) => {
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  await openTestPage(page, shared.base);
  await typeInto(page, 'a', '##name', 'Łukasz Ελένη');
  await waitForState(page, 'a', (s) => s.name === 'Łukasz Ελένη', 'the typed name');
  assert.deepEqual(requests.filter((u) => kPart.test(u)), [], 'not fetched before it is called');

  assert.deepEqual(JSON.parse(await reverseName(page, 'a')),
                   {characters: 12, reversed: 'ηνέλΕ zsakuŁ', nfc: 'Łukasz Ελένη'});
  // The other editor on the page (its own module) calls it too: the page loaded it once. Its
  // name, pasted as a system that stores names decomposed gives it ("e" + U+0308), the part puts
  // into NFC through the browser.
  await page.evaluate(() => navigator.clipboard.writeText('Zoe\u0308'));
  await focusField(page, 'b', '##name');
  await page.keyboard.press('Control+V');
  await waitForState(page, 'b', (s) => s.name === 'Zoe\u0308', 'the typed name');
  assert.deepEqual(JSON.parse(await reverseName(page, 'b')), {characters: 4, reversed: '\u0308eoZ', nfc: 'Zo\u00eb'});
  assert.equal(requests.filter((u) => kPart.test(u)).length, 1);
});

browserTest(shared, 'a code part that cannot be loaded gives a plain error, the next call tries again', {},
            async (page) => {
  let refuse = true;
  await page.route(kPart, (route) => refuse ? route.fulfill({status: 404, body: ''}) : route.continue());
  await openTestPage(page, shared.base);
  await typeInto(page, 'a', '##name', 'Zoë');
  await waitForState(page, 'a', (s) => s.name === 'Zoë', 'the typed name');
  assert.equal(await reverseName(page, 'a'), 'error: the server answered HTTP 404 for fixture_part.wasm');
  refuse = false;
  assert.deepEqual(JSON.parse(await reverseName(page, 'a')), {characters: 3, reversed: 'ëoZ', nfc: 'Zoë'});
  assert.equal((await waitForState(page, 'a', () => true, 'state')).name, 'Zoë');
});
