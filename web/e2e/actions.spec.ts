import { type Page, expect, test } from '@playwright/test';
import { expectNoSeriousAxeViolations } from './axe';
import { ADMIN, fixtures } from './fixtures';
import { signIn } from './session';

const CSRF = { 'x-samverkan-csrf': '1' };

/** An action made through the API with the signed-in admin's cookie (the page's own session). */
async function createAction(
  page: Page,
  title: string,
  organizationId: string,
  personId: string,
  dueDate: string,
  strategyAreaIds: string[] = [],
) {
  const response = await page.request.post('/api/actions', {
    headers: CSRF,
    data: {
      title,
      ownerOrganizationId: organizationId,
      ownerPersonId: personId,
      dueDate,
      strategyAreaIds,
    },
  });
  expect(response.status()).toBe(201);
  return ((await response.json()) as { id: string }).id;
}

test('a municipality contact changes their action’s status with a comment; overdue filter from the URL; another municipality’s action is not found', async ({
  page,
}) => {
  const { umeaId, skelleftea, municipalityContact } = fixtures();
  await page.goto('/login');
  await signIn(page, ADMIN);
  await expect(page.getByRole('link', { name: 'Åtgärder' })).toBeVisible();
  const people = await page.request.get(`/api/people?organizationId=${umeaId}&limit=100`);
  const contact = ((await people.json()) as { items: Array<{ id: string; email: string }> }).items.find(
    (person) => person.email === municipalityContact.email,
  )!;
  const other = await page.request.post('/api/people', {
    headers: CSRF,
    data: {
      name: 'Sara Skellefteå',
      email: `sara-${Date.now()}@skelleftea.example.se`,
      organizationId: skelleftea,
    },
  });
  expect(other.status()).toBe(201);
  const otherId = ((await other.json()) as { id: string }).id;
  const areas = await page.request.get('/api/strategy-areas');
  const area = ((await areas.json()) as { items: Array<{ id: string; name: string }> }).items[0];
  const late = await createAction(page, 'Ta fram rutin för hemtjänst', umeaId, contact.id, '2020-01-15', [
    area.id,
  ]);
  await createAction(page, 'Uppdatera samverkansavtalet', umeaId, contact.id, '2099-12-31');
  const elsewhere = await createAction(page, 'Skellefteås egen åtgärd', skelleftea, otherId, '2099-12-31');

  await page.goto('/actions?overdue=true');
  await expect(page.getByRole('heading', { level: 1, name: 'Åtgärder' })).toBeVisible();
  await expect(page.getByLabel('Bara försenade')).toBeChecked();
  const row = page.getByRole('row', { name: /Ta fram rutin för hemtjänst/ });
  await expect(row).toContainText('2020-01-15');
  await expect(row).toContainText('Öppen');
  await expect(row).toContainText('Försenad');
  await expect(page.getByRole('link', { name: 'Uppdatera samverkansavtalet' })).toHaveCount(0);
  await expectNoSeriousAxeViolations(page);
  await page.getByLabel('Bara försenade').uncheck();
  await expect(page.getByRole('link', { name: 'Uppdatera samverkansavtalet' })).toBeVisible();
  await expect(page).not.toHaveURL(/overdue/);
  await page.getByLabel('Strategiskt område').selectOption({ label: area.name });
  await expect(page).toHaveURL(new RegExp(`strategyAreaId=${area.id}`));
  await expect(page.getByRole('link', { name: 'Uppdatera samverkansavtalet' })).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Ta fram rutin för hemtjänst' })).toBeVisible();

  await page.getByRole('button', { name: 'Logga ut' }).click();
  await expect(page).toHaveURL(/\/login/);
  await signIn(page, municipalityContact);
  await expect(page.getByRole('link', { name: 'Åtgärder' })).toBeVisible();
  await page.goto(`/actions/${late}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Ta fram rutin för hemtjänst' })).toBeVisible();
  await expectNoSeriousAxeViolations(page);
  await page.getByLabel('Ny status').selectOption({ label: 'Pågår' });
  await page.getByLabel('Kommentar').fill('Arbetsgruppen har startat.');
  await page.getByRole('button', { name: 'Spara' }).click();
  await expect(page.getByText('Statusen är sparad: Pågår.')).toBeVisible();
  const history = page.getByRole('region', { name: 'Historik' });
  await expect(history.getByRole('listitem').first()).toContainText('Status: Öppen → Pågår');
  await expect(history.getByRole('listitem').first()).toContainText('Arbetsgruppen har startat.');
  await expect(history.getByRole('listitem').first()).toContainText('Ulla Umeå');

  await page.goto(`/actions/${elsewhere}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Sidan finns inte' })).toBeVisible();
});
