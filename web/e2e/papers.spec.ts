import { type Page, expect, test } from '@playwright/test';
import { exeFile, pdfFile } from '../../test/helpers/paper-files';
import { expectNoSeriousAxeViolations } from './axe';
import { ADMIN, fixtures } from './fixtures';
import { signIn } from './session';

const CSRF = { 'x-samverkan-csrf': '1' };

async function meetingWith(page: Page, organizationId: string, day: string, personIds: string[]) {
  const response = await page.request.post('/api/meetings', {
    headers: CSRF,
    data: {
      title: 'Samverkansmöte med handlingar',
      start: `${day}T09:00:00+02:00`,
      end: `${day}T10:30:00+02:00`,
      organizationIds: [organizationId],
      participants: personIds.map((personId) => ({ personId, role: 'required' })),
    },
  });
  expect(response.status()).toBe(201);
  return ((await response.json()) as { id: string }).id;
}

test('a secretary attaches papers to an agenda item by keyboard; a municipality person opens one; another municipality’s are not found', async ({
  page,
}) => {
  const { umeaId, skelleftea, municipalityContact } = fixtures();
  await page.goto('/login');
  await signIn(page, ADMIN);
  await expect(page.getByRole('link', { name: 'Möten' })).toBeVisible();
  const people = (await (
    await page.request.get(`/api/people?organizationId=${umeaId}&limit=100`)
  ).json()) as { items: Array<{ id: string; email: string }> };
  const contactId = people.items.find((person) => person.email === municipalityContact.email)!.id;
  const umea = await meetingWith(page, umeaId, '2030-09-10', [contactId]);
  const elsewhere = await meetingWith(page, skelleftea, '2030-09-11', []);

  // The admin keeps the agenda: upload a PDF to the first item, by keyboard from the file field on.
  await page.goto(`/meetings/${umea}/agenda`);
  const field = page.getByLabel('Bifoga en handling till Mötets öppnande och val av justerare');
  await expect(field).toBeVisible();
  await expectNoSeriousAxeViolations(page);
  await field.focus();
  await field.setInputFiles({ name: 'Lägesrapport.pdf', mimeType: 'application/pdf', buffer: pdfFile() });
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Ladda upp' }).first()).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByText('Lägesrapport.pdf är uppladdad.')).toBeVisible();
  const papers = page.getByRole('region', { name: 'Handlingar' }).first();
  await expect(papers.getByRole('link', { name: 'Lägesrapport.pdf' })).toBeVisible();

  // A program named .pdf is refused, in words.
  await field.setInputFiles({ name: 'faktura.pdf', mimeType: 'application/pdf', buffer: exeFile() });
  await page.getByRole('button', { name: 'Ladda upp' }).first().click();
  await expect(page.getByRole('alert')).toContainText('Filtypen tas inte emot');
  await expect(papers.getByRole('link', { name: 'faktura.pdf' })).toHaveCount(0);
  await expectNoSeriousAxeViolations(page);

  // A paper of Skellefteå's meeting, for the URL the Umeå person must not reach.
  const elsewhereAgenda = (await (await page.request.get(`/api/meetings/${elsewhere}/agenda`)).json()) as {
    items: Array<{ id: string }>;
  };
  const foreign = await page.request.post(`/api/agenda-items/${elsewhereAgenda.items[0].id}/papers`, {
    headers: CSRF,
    multipart: { file: { name: 'Skellefteå.pdf', mimeType: 'application/pdf', buffer: pdfFile() } },
  });
  expect(foreign.status()).toBe(201);
  const foreignUrl = ((await foreign.json()) as { url: string }).url;

  await page.getByRole('button', { name: 'Logga ut' }).click();
  await expect(page).toHaveURL(/\/login/);
  await signIn(page, municipalityContact);
  await expect(page.getByRole('link', { name: 'Möten' })).toBeVisible();
  await page.goto(`/meetings/${umea}/agenda`);
  const link = page
    .getByRole('region', { name: 'Handlingar' })
    .getByRole('link', { name: 'Lägesrapport.pdf' });
  await expect(link).toBeVisible();
  // A participant reads the papers but gets no upload field nor remove button on an item.
  await expect(page.getByLabel(/^Bifoga en handling till/)).toHaveCount(0);
  await expect(page.getByRole('button', { name: /^Ta bort handlingen/ })).toHaveCount(0);
  const download = page.waitForEvent('download');
  await link.click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('Lägesrapport.pdf');
  const bytes = await new Promise<Buffer>((resolve, reject) => {
    void file.createReadStream().then((stream) => {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => resolve(Buffer.concat(chunks)));
      stream.on('error', reject);
    }, reject);
  });
  expect(bytes.equals(pdfFile())).toBe(true);
  await expectNoSeriousAxeViolations(page);

  // Skellefteå's meeting and its paper: not found.
  await page.goto(`/meetings/${elsewhere}/agenda`);
  await expect(page.getByRole('heading', { level: 1, name: 'Sidan finns inte' })).toBeVisible();
  expect((await page.request.get(foreignUrl)).status()).toBe(404);
});
