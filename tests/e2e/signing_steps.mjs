// Steps of signing in the editor that the signing and the changes tests share.
import {click, itemCentre, scrollToTop, waitForEditor} from './editor_harness.mjs';

// Two institutions' signers.
export const kOfficer = {name: 'Anna de Vries', position: 'Erasmus coordinator', email: 'a.devries@utwente.example'};
export const kHost = {name: 'Paweł Kowalski', position: 'Mobility coordinator', email: 'p.kowalski@uw.example'};

// The signature blocks end the form, where notices float over its foot: brought up to the top
// of the form first, as a student scrolls to see a button.
export async function clickInForm(page, name) {
  await itemCentre(page, name);
  await scrollToTop(page, name);
  await click(page, name);
}

// Opens the sign dialog of a party's block in a section ("/firstVersion", "/changesProposal"),
// fills in the signer (null: as offered) and signs; returns the fingerprint the dialog shows,
// after closing it.
export async function signBlock(page, party, signer = null, section = '/firstVersion') {
  await clickInForm(page, section + '/' + party);
  await waitForEditor(page, (s) => s.popups.includes('sign-dialog') && s.rects['sign#go'], 'the sign dialog');
  for (const [field, text] of Object.entries(signer || {})) {
    await click(page, 'sign#' + field);
    await page.keyboard.type(text);
  }
  await click(page, 'sign#go');
  const s = await waitForEditor(page, (s) => s.signedFingerprint !== '', 'the fingerprint after signing');
  await click(page, 'sign#close');
  await waitForEditor(page, (s) => s.popups.length === 0, 'the dialog closed');
  return s.signedFingerprint;
}
