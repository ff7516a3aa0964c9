// What the print tests share (tests/print/print_pdf.test.mjs, tests/e2e/editor_print.test.mjs):
// the agreement to print, an HTML document printed to PDF by Chromium, and the PDF's text read
// back (pdftotext from Debian's poppler-utils), one string per page.
import assert from 'node:assert/strict';
import {execFileSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

// The sealed sample with a student named in four scripts and a Table A of 40 components.
export function agreementToPrint() {
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

// The HTML document as Chromium prints it (its own page size and margins), as text per page.
// watch(page), if given, sees the page before the document goes in.
export async function printedPages(browser, html, watch) {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'la-print-'));
  const page = await browser.newPage();
  if (watch) watch(page);
  try {
    await page.setContent(html, {waitUntil: 'load'});
    const pdf = path.join(folder, 'agreement.pdf');
    await page.pdf({path: pdf, preferCSSPageSize: true, printBackground: true});
    if (process.env.LA_PRINT_KEEP) fs.copyFileSync(pdf, process.env.LA_PRINT_KEEP);
    const text = execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', pdf, '-'], {encoding: 'utf8'});
    return text.split('\f').filter((t) => t.trim() !== '');
  } finally {
    await page.close();
    fs.rmSync(folder, {recursive: true, force: true});
  }
}

// The printed agreementToPrint(), as its pages' text: the student's name and "Page n of m" on
// every page, every component title with the table's header on each page it spans, the totals,
// the signatures with their dates and fingerprints, and the changes with their reasons.
export function assertPrintedAgreement(pages, agreement) {
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
  assert.match(all, /Table A2: changes to Table A/);
  assert.match(all, /timetable-conflict: Timetable conflict/);
}
