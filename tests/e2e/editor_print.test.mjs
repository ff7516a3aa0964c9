// "Print or save as PDF" in the shipped editor: the print part (print.wasm) is fetched on the first
// click only, the document it lays out is printed by the browser (a sandboxed iframe of the editor
// calls its own print()), and that document, printed to PDF by Chromium and read back with
// pdftotext, holds the whole agreement and runs nothing. In the hosted page, the offline single file, an editor another site
// mounts by script, and one it embeds as an iframe.
import assert from 'node:assert/strict';
import {browserTest, useBrowser} from './harness.mjs';
import {captureEditors, clickItem, firstFrames, mountingPage, offlineCopy, serveOrigin, site,
        waitForView} from './ship_site.mjs';
import {agreementToPrint, assertPrintedAgreement, printedPages} from '../print/pdf_text.mjs';

const shared = useBrowser('build/site', 'la-studio.html');
const kPrintPart = /\/print\.[0-9a-f]{12}\.wasm$/;
const kScript = '<script>alert(1)</script>';

// Init script (every frame): records in window.laTestPrints the document of each print the
// editor's print frame starts (its beforeprint event; headless Chromium shows no dialog, but
// starts printing all the same).
function capturePrints() {
  Object.defineProperty(window, 'laTestPrints', {value: [], enumerable: false});
  const contentWindow = Object.getOwnPropertyDescriptor(HTMLIFrameElement.prototype, 'contentWindow').get;
  Object.defineProperty(HTMLIFrameElement.prototype, 'contentWindow', {
    configurable: true,
    get() {
      const frameWindow = contentWindow.call(this);
      if (frameWindow && this.hasAttribute('data-la-print') && !frameWindow.laTestWatched) {
        frameWindow.laTestWatched = true;
        const frame = this;
        frameWindow.addEventListener('beforeprint', () => {
          const printed = frame.contentDocument;
          window.laTestPrints.push((printed.doctype ? '<!DOCTYPE html>\n' : '') + printed.documentElement.outerHTML);
        });
      }
      return frameWindow;
    },
  });
}

const kOptions = {initScript: captureEditors};

// The agreement to print, with a course whose title is markup.
function agreementWithScript() {
  const agreement = agreementToPrint();
  agreement.firstVersion.componentsStudied[0].title = kScript;
  return agreement;
}

// Gives the editor on #id (in frame: a page or a frame) the agreement, clicks Print, and returns
// the document that went to the print dialog.
async function printFromEditor(frame, id, agreement) {
  const result = await frame.evaluate(([id, json]) => window.laTestEditors.find((e) => e.element.id === id)
      .setDocument(json), [id, JSON.stringify(agreement)]);
  assert.equal(result.ok, true, JSON.stringify(result));
  await clickItem(frame, id, 'button#print');
  const printed = await frame.waitForFunction(() => window.laTestPrints[0]);
  return printed.jsonValue();
}

// Prints html to PDF and checks its text; no script of it runs (no dialog opens).
async function assertPrintsWhole(browser, html, agreement) {
  assert.ok(!html.includes(kScript), 'the course title is escaped');
  const dialogs = [];
  const pages = await printedPages(browser, html, (page) => page.on('dialog', (d) => dialogs.push(d.message())));
  assertPrintedAgreement(pages, agreement);
  assert.ok(pages.join('\n').includes(kScript), 'the title prints as its text');
  assert.deepEqual(dialogs, [], 'nothing in the document runs');
}

browserTest(shared, 'the hosted page fetches the print layout on the first Print only, and prints the whole agreement',
            kOptions, async (page, context) => {
  await context.addInitScript(capturePrints);
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  const alerts = [];
  page.on('dialog', (d) => alerts.push(d.message()));
  await page.goto(shared.base);
  await firstFrames(page, 1);
  await page.waitForLoadState('networkidle');
  assert.deepEqual(requests.filter((u) => kPrintPart.test(u)), [], 'not fetched before Print');

  const agreement = agreementWithScript();
  const html = await printFromEditor(page, 'editor', agreement);
  assert.equal(requests.filter((u) => kPrintPart.test(u)).length, 1, 'fetched at the first Print');
  await assertPrintsWhole(shared.browser, html, agreement);
  assert.deepEqual(alerts, [], 'the print frame ran nothing');
  const frame = page.locator('iframe[data-la-print]');
  assert.equal(await frame.getAttribute('sandbox'), 'allow-modals allow-same-origin');

  await clickItem(page, 'editor', 'button#print');  // a second print: no second download
  await page.waitForFunction(() => window.laTestPrints.length === 2);
  assert.equal(requests.filter((u) => kPrintPart.test(u)).length, 1);
});

// The print layout knows English only; the editor hands it the words of the language chosen
// (issue 16), which come with that language's part.
browserTest(shared, 'in German, the print view is in German', kOptions, async (page, context) => {
  await context.addInitScript(capturePrints);
  await page.goto(shared.base + '?lang=de');
  await firstFrames(page, 1);
  await waitForView(page, 'editor', (s) => s.language === 'de' && s.languageLoading === '', 'the editor in German');
  const html = await printFromEditor(page, 'editor', agreementToPrint());
  assert.match(html, /<html lang="de"/);
  assert.match(html, /<h1>Lernvereinbarung<\/h1>/);
  assert.ok(!html.includes('Learning Agreement'), 'no English heading left');
});

browserTest(shared, 'a print layout that cannot be fetched is told in words; the agreement stays and Print tries again',
            kOptions, async (page, context) => {
  await context.addInitScript(capturePrints);
  await page.route(kPrintPart, (route) => route.abort('internetdisconnected'));
  await page.goto(shared.base);
  await firstFrames(page, 1);
  const agreement = agreementToPrint();
  await page.evaluate((json) => window.laTestEditors[0].setDocument(json), JSON.stringify(agreement));
  const before = await page.evaluate(() => window.laTestEditors[0].getDocument());
  await clickItem(page, 'editor', 'button#print');
  await waitForView(page, 'editor', (s) => s.notices.some((n) => n.startsWith(
      'Your agreement could not be prepared for printing (no connection: ')), 'the notice that says why');
  assert.equal(await page.evaluate(() => window.laTestEditors[0].getDocument()), before);
  assert.equal(await page.evaluate(() => window.laTestPrints.length), 0);

  await page.unroute(kPrintPart);
  await clickItem(page, 'editor', 'button#print');
  await page.waitForFunction(() => window.laTestPrints.length === 1);
  await waitForView(page, 'editor', (s) => !s.notices.some((n) => n.includes('printing')), 'the notice gone');
});

browserTest(shared, 'la-studio.html from disk with no network prints from the part it carries', kOptions,
            async (page, context) => {
  await context.addInitScript(capturePrints);
  const url = offlineCopy();
  await context.route('**/*', (route) => route.request().url() === url ? route.continue()
                                                                       : route.abort('internetdisconnected'));
  await page.goto(url);
  await firstFrames(page, 1);
  const agreement = agreementWithScript();
  await assertPrintsWhole(shared.browser, await printFromEditor(page, 'editor', agreement), agreement);
});

browserTest(shared, 'an editor another site mounts by script, or embeds as a frame, prints too', kOptions,
            async (page, context) => {
  await context.addInitScript(capturePrints);
  const kUni = 'https://www.uni.example', kStudio = 'https://studio.example';
  await serveOrigin(context, kStudio, site);
  await serveOrigin(context, kUni, site, {
    '/mounted.html': mountingPage(kStudio),
    // allow-modals: the print dialog is a modal (docs/embedding.md).
    '/framed.html': `<!doctype html><meta charset="utf-8"><link rel="icon" href="data:,"><title>Host</title>
      <iframe src="${kStudio}/embed-frame.html" sandbox="allow-scripts allow-same-origin allow-downloads allow-modals"
        style="width: 1000px; height: 700px"></iframe>`,
  });
  const agreement = agreementWithScript();
  await page.goto(`${kUni}/mounted.html`);
  await firstFrames(page, 1);
  await assertPrintsWhole(shared.browser, await printFromEditor(page, 'editor', agreement), agreement);

  await page.goto(`${kUni}/framed.html`);
  const frame = page.frame({url: /embed-frame/});
  await frame.waitForFunction(() => window.laTestFirstFrames && window.laTestFirstFrames.length >= 1);
  const id = await frame.evaluate(() => window.laTestEditors[0].element.id);
  await assertPrintsWhole(shared.browser, await printFromEditor(frame, id, agreement), agreement);
});
