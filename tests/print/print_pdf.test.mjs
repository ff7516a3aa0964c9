// The printed agreement as a PDF: la-check --html, Chromium's page.pdf(), then the PDF's text
// (pdftotext from Debian's poppler-utils). Names in Polish, Turkish, Cyrillic and German letters,
// every title of a 40-component Table A across pages, the totals, the signatures, and the
// student's name and "Page n of m" on every page.
//   node --test tests/print/print_pdf.test.mjs   (LA_CHECK=path/to/la-check; ctest sets it)
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {createRequire} from 'node:module';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {agreementToPrint, assertPrintedAgreement, printedPages} from './pdf_text.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const require = createRequire(path.join(root, 'build/npm/node_modules/'));
const {chromium} = require('playwright-core');
const laCheck = process.env.LA_CHECK || path.join(root, 'build/native/src/cli/la-check');

test('the printed agreement reads back from its PDF with every name, title, total and signature', async () => {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'la-print-'));
  const agreement = agreementToPrint();
  const input = path.join(folder, 'agreement.json');
  fs.writeFileSync(input, JSON.stringify(agreement, null, 2) + '\n');
  const run = spawnSync(laCheck, ['--html', input], {encoding: 'utf8'});
  assert.ok(run.status === 0 || run.status === 1, `la-check --html failed: ${run.stderr}`);

  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium', headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
  });
  let pages;
  try {
    pages = await printedPages(browser, run.stdout);
  } finally {
    await browser.close();
  }

  assertPrintedAgreement(pages, agreement);
  fs.rmSync(folder, {recursive: true, force: true});
});
