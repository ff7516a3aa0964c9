// The printed agreement as a PDF: la-check --html, Chromium's page.pdf(), then the PDF's text
// (pdftotext from Debian's poppler-utils). Names in Polish, Turkish, Cyrillic and German letters,
// every title of a 40-component Table A across pages, the totals, the signatures, and the
// student's name and "Page n of m" on every page.
//   node --test tests/print/print_pdf.test.mjs   (LA_CHECK=path/to/la-check; ctest sets it)
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {execFileSync, spawnSync} from 'node:child_process';
import {createRequire} from 'node:module';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const require = createRequire(path.join(root, 'build/npm/node_modules/'));
const {chromium} = require('playwright-core');
const laCheck = process.env.LA_CHECK || path.join(root, 'build/native/src/cli/la-check');

// The sealed sample with a student named in four scripts and a Table A of 40 components.
function agreementToPrint() {
  const agreement = JSON.parse(fs.readFileSync(path.join(root, 'assets/samples/semester-with-changes.json'), 'utf8'));
  agreement.student.givenNames = 'Łucja İpek';
  agreement.student.familyName = 'Жукова-Straße';
  agreement.firstVersion.componentsStudied = Array.from({length: 40}, (_, i) => ({
    losCode: `C${String(i + 1).padStart(3, '0')}`,
    title: `Seminar ${i + 1} Łódź İzmir Жанр Straße`,
    credits: [{scheme: 'ects', value: 1.5}],
  }));
  return agreement;
}

function pdfText(pdfPath) {
  return execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', pdfPath, '-'], {encoding: 'utf8'});
}

test('the printed agreement reads back from its PDF with every name, title, total and signature', async () => {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'la-print-'));
  const agreement = agreementToPrint();
  const input = path.join(folder, 'agreement.json');
  fs.writeFileSync(input, JSON.stringify(agreement, null, 2) + '\n');
  const run = spawnSync(laCheck, ['--html', input], {encoding: 'utf8'});
  assert.ok(run.status === 0 || run.status === 1, `la-check --html failed: ${run.stderr}`);
  const html = path.join(folder, 'agreement.html');
  fs.writeFileSync(html, run.stdout);

  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium', headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
  });
  const pdf = path.join(folder, 'agreement.pdf');
  try {
    const page = await browser.newPage();
    await page.goto('file://' + html);
    await page.pdf({path: pdf, preferCSSPageSize: true, printBackground: true});
  } finally {
    await browser.close();
  }

  if (process.env.LA_PRINT_KEEP) fs.copyFileSync(pdf, process.env.LA_PRINT_KEEP);
  const pages = pdfText(pdf).split('\f').filter((text) => text.trim() !== '');
  assert.ok(pages.length >= 3, `40 components take more than one page, got ${pages.length}`);
  pages.forEach((text, i) => {
    assert.match(text, /Łucja İpek Жукова-Straße/, `student's name on page ${i + 1}`);
    assert.match(text, new RegExp(`Page ${i + 1} of ${pages.length}`), `page number on page ${i + 1}`);
  });
  const all = pages.join('\n');
  for (const component of agreement.firstVersion.componentsStudied) assert.ok(all.includes(component.title), component.title);
  const tableAPages = pages.filter((text) => text.includes('Seminar '));
  assert.ok(tableAPages.length >= 2, 'Table A breaks across pages');
  for (const text of tableAPages) assert.match(text, /Component title/, 'the table header repeats on each page of Table A');
  assert.match(all, /Total ECTS credits +60\n/);
  assert.match(all, /Total ECTS credits +30\n/);  // Table B
  for (const section of ['firstVersion', 'approvedChanges']) {
    for (const field of ['studentSignature', 'sendingHeiSignature', 'receivingHeiSignature']) {
      const signature = agreement[section][field];
      assert.ok(all.includes(signature.signerName), `${section} ${field} name`);
      assert.ok(all.includes(signature.timestamp), `${section} ${field} date`);
    }
  }
  const hash = agreement.approvedChanges.studentSignature.contentHash.slice(7, 23);
  assert.ok(all.includes(hash.match(/.{4}/g).join(' ')), 'the fingerprint of what was signed');
  assert.match(all, /timetable-conflict: Timetable conflict/);
  fs.rmSync(folder, {recursive: true, force: true});
});
