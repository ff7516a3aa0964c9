// The editor in eight languages (issue 16): a language's file (a part, lang-<code>.json) is
// fetched only when that language is chosen, one at a time; the choice comes from the student
// (the top bar's picker, remembered), the page (?lang=, the lang option) or the browser
// (navigator.languages); switching while typing loses no key and keeps the field; a failed load
// says so and keeps the language; and no label of any language is cut or runs off the screen at
// 1366×768 or at a phone's width (screenshots in build/editor-screenshots/language-*).
import assert from 'node:assert/strict';
import fs from 'node:fs';
import {browserTest} from './harness.mjs';
import {
  useEditorSite, catchModule, openEditor, state, click, closePopup, focusField, documentJson, waitForEditor,
  settle, openSample, scrollToTop, screenshotPath,
} from './editor_harness.mjs';

const shared = useEditorSite();

const kLanguages = {de: 'Deutsch', en: 'English', es: 'Español', fr: 'Français', it: 'Italiano',
                    nl: 'Nederlands', pl: 'Polski', tr: 'Türkçe'};

// A test on a fresh profile whose language-part downloads are recorded from the first request
// on: body(page, fetched, context), fetched = ['pl', …] in the order asked for.
function languageTest(name, options, body) {
  browserTest(shared, name, {viewport: {width: 1366, height: 768}, ...options}, async (page, context) => {
    await context.addInitScript(catchModule);
    const fetched = [];
    context.on('request', (request) => {
      const part = /\/lang-([a-z]+)\.json/.exec(request.url());
      if (part) fetched.push(part[1]);
    });
    if (options.route) await context.route(/\/lang-[a-z]+\.json/, options.route);
    if (options.frame) await page.goto(shared.base + options.page);  // the editor is in its frame
    else await openEditor(page, shared.base + (options.page || 'index.html'));
    await body(page, fetched, context);
  });
}

// The hosted page's own words as the student sees them (web/index.html), and what en.json and a
// language's catalogue say they are ("page.*"; page.noStorage is for a notice, ship_offline.test.mjs).
const pageWords = (page) => page.evaluate(() => {
  const offline = document.querySelector('header a');
  return {lang: document.documentElement.lang, title: document.title,
          tagline: document.querySelector('header p').textContent, offline: offline.textContent,
          offlineHint: offline.title, editorLabel: document.querySelector('#editor canvas').getAttribute('aria-label')};
});
function catalogueWords(code) {
  const messages = JSON.parse(fs.readFileSync(new URL(`../../assets/i18n/${code}.json`, import.meta.url))).messages;
  const words = {lang: code};
  for (const key of ['title', 'tagline', 'offline', 'offlineHint', 'editorLabel']) words[key] = messages['page.' + key];
  return words;
}

const waitForLanguage = (page, code) =>
  waitForEditor(page, (s) => s.language === code && s.languageLoading === '', `the editor in ${code}`);

// Chooses a language in the top bar's picker, as a student does.
async function chooseLanguage(page, code) {
  await click(page, 'button#language');
  await click(page, 'language#' + code);
  return waitForLanguage(page, code);
}

// The glyphs the last frame cut off at the edge of the area that clips them and the table columns
// whose content is wider than they are (la_web_cut_text), and the items that reach past the
// editor's right edge.
async function layoutProblems(page) {
  await settle(page, 2);
  const s = await state(page);
  const {cut, width} = await page.evaluate(() => ({
    cut: JSON.parse(laModule.UTF8ToString(laModule._la_web_cut_text())),
    width: document.querySelector('#editor canvas').getBoundingClientRect().width,
  }));
  const beyond = Object.entries(s.rects).filter(([name, r]) => r[2] > 0 && r[0] + r[2] > width + 1 &&
                                                                  !name.startsWith('#')).map(([name]) => name);
  // Name the item each cut glyph is in, to say which label it is; a column wider than its room
  // is told by its table's top.
  const where = cut.map(([x, y, column]) => {
    if (column) return `a column's content reaching x ${x} (its table at y ${y})`;
    const inside = Object.entries(s.rects).filter(([, r]) => x >= r[0] - 2 && x <= r[0] + r[2] + 2 && y >= r[1] && y <= r[1] + r[3]);
    return `(${x},${y}) ${inside.map(([name]) => name).join(' ') || 'no item'}`;
  });
  return {cut: where, beyond};
}

languageTest('a language loads only when chosen, in its own name, and the choice comes back on reload', {}, async (page, fetched) => {
  const english = await waitForLanguage(page, 'en');
  await settle(page, 10);
  assert.deepEqual(fetched, [], 'no language file before one is chosen');
  await click(page, 'button#language');
  await waitForEditor(page, (s) => s.popups.includes('language-menu'), 'the language menu open');
  const menu = await state(page);
  for (const code of Object.keys(kLanguages)) assert.ok(menu.rects['language#' + code], `${kLanguages[code]} offered`);
  await closePopup(page);
  const polish = await chooseLanguage(page, 'pl');
  assert.deepEqual(fetched, ['pl'], 'the Polish file and nothing else');
  assert.notEqual(polish.status, english.status, 'the status is said in Polish');
  assert.equal(polish.revision, english.revision, 'the agreement is untouched');
  assert.equal(await page.evaluate(() => document.querySelector('#editor .la-studio-stage').lang), 'pl',
               'screen readers are told the language');
  assert.deepEqual(await pageWords(page), catalogueWords('pl'), 'the page around the editor speaks Polish too');
  await page.reload();
  await page.waitForFunction(() => window.laModule && window.laFirstFrame);
  await waitForLanguage(page, 'pl');
  assert.deepEqual([...new Set(fetched)], ['pl'], 'after the reload, Polish again and nothing else');
  assert.deepEqual(await pageWords(page), catalogueWords('pl'), 'and the page with it');
  await chooseLanguage(page, 'en');
  assert.deepEqual(await pageWords(page), catalogueWords('en'), 'back in English, the page\'s own words (en.json)');
});

languageTest('the browser\'s language is the first choice: de-AT means German, pt-BR English', {locale: 'de-AT'}, async (page, fetched) => {
  await waitForLanguage(page, 'de');
  assert.deepEqual(fetched, ['de']);
  const findings = await page.evaluate(() => JSON.parse(laModule.UTF8ToString(laModule._la_findings_json())));
  assert.ok(findings.every((f) => /^LA-\d+$/.test(f.rule)), 'rule ids stay as they are');
});

languageTest('a browser in a language the editor does not speak gets English and no download', {locale: 'pt-BR'}, async (page, fetched) => {
  await waitForLanguage(page, 'en');
  await settle(page, 10);
  assert.deepEqual(fetched, []);
});

languageTest('?lang= opens the hosted page in that language', {page: 'index.html?lang=it'}, async (page, fetched) => {
  await waitForLanguage(page, 'it');
  assert.deepEqual(fetched, ['it']);
});

languageTest('?lang= in the iframe\'s address opens the embedded editor in that language', {page: 'language_frame.html', frame: true}, async (page, fetched) => {
  const frame = page.frame({url: /embed-frame/});
  await frame.waitForFunction(() => window.laModule && window.laFirstFrame);
  await frame.waitForFunction(() => JSON.parse(laModule.UTF8ToString(laModule._la_editor_state())).language === 'fr');
  assert.deepEqual(fetched, ['fr']);
  await page.waitForFunction(() => laMessages.some((m) => m.lang === 'fr'));
  assert.deepEqual(await page.evaluate(() => laMessages.at(-1)), {from: 'la-studio', type: 'language', lang: 'fr'},
                   'the embedding page hears the language');
  assert.equal(await frame.evaluate(() => document.documentElement.lang), 'fr');
});

// The German file held back until half the keys are typed: the switch lands among the keys.
let releaseGerman;
const germanHeld = new Promise((resolve) => { releaseGerman = resolve; });
languageTest('switching the language while typing loses no key and keeps the field, with the CPU 4x slower', {
  route: async (route) => {
    await germanHeld;
    await route.continue();
  },
}, async (page, fetched) => {
  await focusField(page, '/student/givenNames');
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', {rate: 4});
  // The page's setLanguage while the student types (a host switching with its own page's language).
  await page.evaluate(() => laModule.ccall('la_set_language', null, ['string'], ['de']));
  await page.keyboard.type('Łukasz Ma');
  releaseGerman();
  await page.keyboard.type('rian Żółć');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Işık-Öztürk');
  await waitForLanguage(page, 'de');
  const student = () => documentJson(page).then((text) => JSON.parse(text).student || {});
  const start = Date.now();
  while (Date.now() - start < 20000 && (await student()).familyName !== 'Işık-Öztürk') await settle(page, 1);
  const typed = await student();
  assert.equal(typed.givenNames, 'Łukasz Marian Żółć', 'every key before and after the switch, in order');
  assert.equal(typed.familyName, 'Işık-Öztürk', 'Tab moved on as typed, and the next field took the rest');
  const s = await state(page);
  assert.equal(s.active, '/student/familyName', 'the field being typed in keeps the focus');
  assert.ok(s.wantTextInput);
  assert.deepEqual(fetched, ['de']);
  await cdp.send('Emulation.setCPUThrottlingRate', {rate: 1});
});

languageTest('a language file that cannot be loaded says so and the editor stays in its language', {
  route: (route) => route.fulfill({status: 404, body: 'gone'}),
}, async (page) => {
  await click(page, 'button#language');
  await click(page, 'language#nl');
  const s = await waitForEditor(page, (s) => s.languageLoading === '' && s.notices.some((n) => n.includes('Nederlands')),
                                'the failure told');
  assert.equal(s.language, 'en');
  assert.match(s.notices.find((n) => n.includes('Nederlands')), /404.*English/);
  await focusField(page, '/student/givenNames');
  await page.keyboard.type('Ana');
  await waitForEditor(page, (s) => s.active === '/student/givenNames', 'the field typed in');
  await page.waitForFunction(() => laModule.UTF8ToString(laModule._la_document_json()).includes('"Ana"'), null,
                             {timeout: 5000}).catch(() => {});  // the assertion below says what is there instead
  assert.match(await documentJson(page), /"givenNames": ?"Ana"/, 'the editor works on');
});

// Every language at a laptop's and a phone's size: the top bar, the sections, a sample's findings
// and the language menu; no label cut off, nothing past the right edge. Pictures to look at.
for (const [width, height] of [[1366, 768], [390, 844]]) {
  languageTest(`no label of any language is cut or runs off the screen at ${width}×${height}`, {
    viewport: {width, height},
  }, async (page) => {
    await openSample(page, 'semester-typical-mistakes');
    const problems = [];
    const setLanguage = async (code) => {
      await page.evaluate((code) => laModule.ccall('la_set_language', null, ['string'], [code]), code);
      await waitForLanguage(page, code);
    };
    const check = async (code, where) => {
      const found = await layoutProblems(page);
      if (found.cut.length) problems.push(`${code} ${where}: text cut at ${found.cut.join('; ')}`);
      if (found.beyond.length) problems.push(`${code} ${where}: past the right edge: ${found.beyond.join(' ')}`);
      await page.screenshot({path: screenshotPath(`language-${width}x${height}-${code}-${where.replace(/#/g, '')}`)});
    };
    for (const code of Object.keys(kLanguages)) {
      await setLanguage(code);
      for (const anchor of ['#student', '#mobility', '#tableA', '#language', '#signatures']) {
        await scrollToTop(page, anchor);
        await check(code, anchor);
      }
      await click(page, 'button#language');
      await waitForEditor(page, (s) => s.popups.includes('language-menu'), 'the language menu open');
      await check(code, 'menu');
      await closePopup(page);
    }
    // The longest status there is, in the problems panel's header or the phone's drawer handle:
    // "No errors · signed by the student and the sending institution".
    await openSample(page, 'semester-with-changes');
    for (const code of Object.keys(kLanguages)) {
      await setLanguage(code);
      await check(code, 'signed');
    }
    assert.deepEqual(problems, []);
  });
}
