import { type Page, expect, test } from '@playwright/test';
import { expectNoSeriousAxeViolations } from './axe';
import { ADMIN, fixtures } from './fixtures';
import { signIn } from './session';

const CSRF = { 'x-samverkan-csrf': '1' };

/** A meeting made through the API with the signed-in admin's cookie (the page's own session). */
async function createMeeting(page: Page, organizationId: string, day: string, personIds: string[]) {
  const response = await page.request.post('/api/meetings', {
    headers: CSRF,
    data: {
      title: 'Samverkansmöte',
      start: `${day}T10:00:00+02:00`,
      end: `${day}T11:00:00+02:00`,
      organizationIds: [organizationId],
      participants: personIds.map((personId) => ({ personId, role: 'required' })),
    },
  });
  expect(response.status()).toBe(201);
  return ((await response.json()) as { id: string }).id;
}

test('a coordinator moves a meeting, a municipality contact answers it, another municipality’s meeting is not found', async ({
  page,
}) => {
  const { umeaId, skelleftea, municipalityContact } = fixtures();
  await page.goto('/login');
  await signIn(page, ADMIN);
  await expect(page.getByRole('link', { name: 'Möten' })).toBeVisible();
  const people = await page.request.get(`/api/people?organizationId=${umeaId}&limit=100`);
  const contact = ((await people.json()) as { items: Array<{ id: string; email: string }> }).items.find(
    (person) => person.email === municipalityContact.email,
  )!;
  const umeaMeeting = await createMeeting(page, umeaId, '2030-05-06', [contact.id]);
  const skellefteaMeeting = await createMeeting(page, skelleftea, '2030-05-08', []);
  // Umeå's, without the contact: theirs to see, not one of their own meetings.
  await createMeeting(page, umeaId, '2030-05-09', []);

  await page.getByRole('link', { name: 'Möten' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Möten' })).toBeVisible();
  await expect(page.getByRole('link', { name: /2030-05-06 10:00/ })).toBeVisible();
  await expectNoSeriousAxeViolations(page);

  await page.getByRole('link', { name: /2030-05-06 10:00/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Samverkansmöte' })).toBeVisible();
  await expect(page.getByTestId('meeting-time')).toContainText('10:00–11:00');
  await expect(page.getByRole('link', { name: 'Dagordning' })).toHaveAttribute(
    'href',
    `/meetings/${umeaMeeting}/agenda`,
  );
  await expectNoSeriousAxeViolations(page);
  await page.getByLabel('Datum').fill('2030-05-07');
  await page.getByLabel('Starttid').fill('13:00');
  await page.getByLabel('Sluttid').fill('14:30');
  await page.getByRole('button', { name: 'Flytta', exact: true }).click();
  await expect(page.getByText('Mötet är flyttat.')).toBeVisible();
  await expect(page.getByTestId('meeting-time')).toContainText('2030-05-07');
  await expect(page.getByTestId('meeting-time')).toContainText('13:00–14:30');

  // The diarienummer, saved from the keyboard, shows among the meeting's facts.
  await page.getByRole('textbox', { name: 'Diarienummer' }).fill('RS 2030/0123');
  await page.getByRole('textbox', { name: 'Diarienummer' }).press('Enter');
  await expect(page.getByText('Diarienumret är sparat.')).toBeVisible();
  await expect(page.locator('dl.facts')).toContainText('DiarienummerRS 2030/0123');
  await expectNoSeriousAxeViolations(page);

  await page.getByRole('button', { name: 'Ställ in mötet' }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await expectNoSeriousAxeViolations(page);
  await page.getByRole('button', { name: 'Nej, behåll mötet' }).click();
  await expect(page.getByRole('dialog')).toBeHidden();

  await page.getByRole('button', { name: 'Logga ut' }).click();
  await expect(page).toHaveURL(/\/login/);
  await signIn(page, municipalityContact);
  await expect(page.getByRole('link', { name: 'Möten' })).toBeVisible();
  await page.goto(`/meetings/${umeaMeeting}`);
  await expect(page.getByRole('heading', { level: 2, name: 'Ditt svar på inbjudan' })).toBeVisible();
  await expect(page.locator('dl.facts')).toContainText('RS 2030/0123');
  await expect(page.getByRole('textbox', { name: 'Diarienummer' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Ställ in mötet' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Jag kommer', exact: true }).click();
  await expect(page.getByText('Ditt svar är sparat: Kommer.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Jag kommer', exact: true })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expectNoSeriousAxeViolations(page);

  await page.goto('/meetings?from=2030-05-06&to=2030-05-10');
  await expect(page.getByRole('link', { name: /2030-05-09 10:00/ })).toBeVisible();
  const mine = page.getByRole('checkbox', { name: 'Mina möten' });
  const asked = page.waitForRequest(
    (request) =>
      request.url().includes('/api/meetings?') &&
      new URL(request.url()).searchParams.get('participant') === 'me',
  );
  await mine.focus();
  await page.keyboard.press('Space');
  await asked;
  await expect(page).toHaveURL(/[?&]mine=1/);
  await expect(mine).toBeChecked();
  await expect(page.getByRole('link', { name: /2030-05-07 13:00/ })).toBeVisible();
  await expect(page.getByRole('link', { name: /2030-05-09 10:00/ })).toHaveCount(0);
  await expectNoSeriousAxeViolations(page);

  await page.goto(`/meetings/${skellefteaMeeting}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Sidan finns inte' })).toBeVisible();
  await expectNoSeriousAxeViolations(page);
});
