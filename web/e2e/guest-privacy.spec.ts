import { readFile } from 'node:fs/promises';
import { pdfText } from '../../test/helpers/pdf-text';
import { expect, test } from '@playwright/test';
import { expectNoSeriousAxeViolations } from './axe';
import { ADMIN, fixtures } from './fixtures';
import { signIn } from './session';

const CSRF = { 'x-samverkan-csrf': '1' };

test('the data protection officer finds a guest by email, downloads what is held and erases it, by keyboard (GDPR, #17)', async ({
  page,
}) => {
  const { umeaId } = fixtures();
  const stamp = Date.now();
  const guestEmail = `greta.gast.${stamp}@example.se`;
  await page.goto('/login');
  await signIn(page, ADMIN);
  await expect(page.getByRole('link', { name: 'Möten' })).toBeVisible();

  // A guest of two meetings, invited with the address in another case.
  const titles: string[] = [];
  for (const day of ['04', '11']) {
    const title = `Samverkansmöte med gäst ${stamp} ${day}`;
    const meeting = await page.request.post('/api/meetings', {
      headers: CSRF,
      data: {
        title,
        start: `2030-06-${day}T10:00:00+02:00`,
        end: `2030-06-${day}T11:00:00+02:00`,
        organizationIds: [umeaId],
        participants: [],
        status: 'confirmed',
      },
    });
    expect(meeting.status()).toBe(201);
    const { id } = (await meeting.json()) as { id: string };
    const guest = await page.request.post(`/api/meetings/${id}/guests`, {
      headers: CSRF,
      data: { name: 'Greta Gäst', email: guestEmail.toUpperCase() },
    });
    expect(guest.status()).toBe(201);
    titles.push(title);
  }

  // From the administration's start page, by keyboard.
  await page.goto('/admin');
  const card = page.getByRole('link', { name: /Gästers personuppgifter/ });
  await card.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Gästers personuppgifter' })).toBeVisible();
  await expectNoSeriousAxeViolations(page);

  // A malformed address: the API's refusal next to the field.
  const field = page.getByLabel('Gästens e-postadress');
  await field.focus();
  await page.keyboard.type('inte-en-adress');
  await page.keyboard.press('Enter');
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expectNoSeriousAxeViolations(page);

  // An address that was never a guest's.
  await field.fill(`ingen.${stamp}@example.se`);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'inga uppgifter om en gäst' })).toBeVisible();

  await field.fill(guestEmail);
  await page.keyboard.press('Enter');
  const found = page.getByRole('region', { name: `${guestEmail}: gäst vid 2 möten` });
  await expect(found).toBeVisible();
  for (const title of titles)
    await expect(found.getByRole('row', { name: new RegExp(title) })).toContainText('Greta Gäst');
  await expectNoSeriousAxeViolations(page);
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.screenshot({ path: '/tmp/shots/guest-privacy-1280.png', fullPage: true });
  await page.setViewportSize({ width: 768, height: 1000 });
  await page.screenshot({ path: '/tmp/shots/guest-privacy-768.png', fullPage: true });
  await page.setViewportSize({ width: 1280, height: 900 });

  const download = page.waitForEvent('download');
  await found.getByRole('link', { name: /JSON/ }).focus();
  await page.keyboard.press('Enter');
  const saved = await download;
  const data = JSON.parse(await readFile(await saved.path(), 'utf8')) as {
    email: string;
    guests: Array<{ person: { name: string }; meetings: Array<{ title: string }> }>;
  };
  expect(data.email).toBe(guestEmail);
  expect(data.guests.flatMap((guest) => guest.meetings.map((meeting) => meeting.title))).toEqual(titles);

  // The same as one readable PDF: both meetings, in Swedish, with the guest's name intact.
  const pdfDownload = page.waitForEvent('download');
  await found.getByRole('button', { name: 'Ladda ner som PDF' }).focus();
  await page.keyboard.press('Enter');
  const pdf = await readFile(await (await pdfDownload).path());
  expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  const text = pdfText(pdf);
  expect(text).toContain('Personuppgifter i Samverkan');
  expect(text).toContain('Greta Gäst');
  for (const title of titles) expect(text).toContain(`Gäst på mötet: ${title}`);

  // The erasure, with its reason, asked first.
  const erase = page.getByRole('region', { name: 'Radera gästens uppgifter' });
  await erase.getByLabel('Skäl').focus();
  await page.keyboard.type('Begäran från gästen 2026-12-07');
  await erase.getByRole('button', { name: 'Radera gästens uppgifter' }).focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: `Radera uppgifterna om ${guestEmail}?` });
  await expect(dialog).toContainText('vid 2 möten raderas för gott. Skäl: Begäran från gästen 2026-12-07');
  await expectNoSeriousAxeViolations(page);
  await page.screenshot({ path: '/tmp/shots/guest-privacy-dialog-1280.png' });
  await dialog.getByRole('button', { name: 'Ja, radera uppgifterna' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByText(`Uppgifterna om ${guestEmail} är raderade (2 möten).`)).toBeVisible();

  // Nothing is held any more under the address.
  await field.fill(guestEmail);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'inga uppgifter om en gäst' })).toBeVisible();
  await expectNoSeriousAxeViolations(page);
});
