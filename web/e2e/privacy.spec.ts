import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { expectNoSeriousAxeViolations } from './axe';
import { ADMIN, fixtures } from './fixtures';
import { signIn } from './session';

/** The text of a PDF as poppler's pdftotext reads it back, white space folded. */
function pdfText(pdf: Buffer): string {
  return execFileSync('pdftotext', ['-enc', 'UTF-8', '-q', '-', '-'], { input: pdf })
    .toString('utf8')
    .replace(/\s+/g, ' ');
}

test("an admin downloads a person's data as a PDF from the person's page (GDPR art. 15)", async ({
  page,
}) => {
  await page.goto('/login');
  await signIn(page, ADMIN);
  await expect(page.getByRole('navigation', { name: 'Huvudmeny' })).toBeVisible();
  // Searched for: the shared database holds more people than a page shows once other specs have run.
  await page.goto(`/admin/people?q=${encodeURIComponent('Ulla Umeå')}`);
  await page.getByRole('link', { name: 'Ulla Umeå' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Ulla Umeå' })).toBeVisible();
  const section = page.getByRole('region', { name: 'Personens uppgifter (GDPR)' });
  await expect(section).toContainText('Ladda ner allt Samverkan har sparat om Ulla Umeå');
  await expectNoSeriousAxeViolations(page);

  const download = page.waitForEvent('download');
  await section.getByRole('link', { name: 'Ladda ner som PDF' }).click();
  const file = await (await download).path();
  const text = pdfText(await readFile(file));
  expect(text).toContain('Personuppgifter i Samverkan');
  expect(text).toContain('Ulla Umeå');
});

test('a municipality contact finds their profile from their name and downloads their own data as JSON, by keyboard', async ({
  page,
}) => {
  const { municipalityContact } = fixtures();
  await page.goto('/login');
  await signIn(page, municipalityContact);
  const profile = page.getByRole('link', { name: /^Inloggad som/ });
  await profile.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Min profil' })).toBeVisible();
  await expect(page.getByText(municipalityContact.email)).toBeVisible();
  await expectNoSeriousAxeViolations(page);

  const link = page.getByRole('region', { name: 'Dina uppgifter' }).getByRole('link', { name: /JSON/ });
  const download = page.waitForEvent('download');
  await link.focus();
  await page.keyboard.press('Enter');
  const saved = await download;
  expect(saved.suggestedFilename()).toBe('personuppgifter.json');
  const data = JSON.parse(await readFile(await saved.path(), 'utf8')) as {
    person: { email: string };
    meetings: unknown[];
  };
  expect(data.person.email).toBe(municipalityContact.email);
  expect(Array.isArray(data.meetings)).toBe(true);
});

test("an admin erases a person's data with a reason; the person leaves the list (GDPR art. 17)", async ({
  page,
  request,
}) => {
  const { umeaId } = fixtures();
  const login = await request.post('/api/auth/login', { data: ADMIN });
  const token = ((await login.json()) as { accessToken: string }).accessToken;
  const created = await request.post('/api/people', {
    headers: { authorization: `Bearer ${token}` },
    data: {
      organizationId: umeaId,
      name: 'Erik Raderas',
      email: `erik.${Date.now()}@umea.example.se`,
      roles: ['participant'],
    },
  });
  expect(created.status()).toBe(201);
  const { id } = (await created.json()) as { id: string };

  await page.goto('/login');
  await signIn(page, ADMIN);
  await expect(page.getByRole('navigation', { name: 'Huvudmeny' })).toBeVisible();
  await page.goto(`/admin/people/${id}`);
  const section = page.getByRole('region', { name: 'Radera personuppgifter' });
  await section.getByLabel('Skäl').fill('Begäran via e-post 2026-12-01');
  await section.getByRole('button', { name: 'Radera personuppgifter' }).click();
  const dialog = page.getByRole('dialog', { name: 'Radera uppgifterna om Erik Raderas?' });
  await expect(dialog).toContainText('Skäl: Begäran via e-post 2026-12-01');
  await expectNoSeriousAxeViolations(page);
  await dialog.getByRole('button', { name: 'Ja, radera uppgifterna' }).click();
  await expect(page.getByText('Uppgifterna om Erik Raderas är raderade.')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'Personer' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Erik Raderas' })).toHaveCount(0);
});
