import { type Page, expect, test } from '@playwright/test';
import { expectNoSeriousAxeViolations } from './axe';
import { ADMIN, fixtures } from './fixtures';
import { signIn } from './session';

const CSRF = { 'x-samverkan-csrf': '1' };

/** A person of the organization, made through the API with the signed-in admin's cookie. */
async function createPerson(page: Page, name: string, organizationId: string): Promise<string> {
  const response = await page.request.post('/api/people', {
    headers: CSRF,
    data: {
      name,
      email: `${name.toLowerCase().replace(/\W/g, '')}-${Date.now()}@example.se`,
      organizationId,
    },
  });
  expect(response.status()).toBe(201);
  return ((await response.json()) as { id: string }).id;
}

test('the actions list pages 25 at a time, keeps its filters forward and back, and a new filter starts at page 1', async ({
  page,
}) => {
  const { umeaId } = fixtures();
  await page.goto('/login');
  await signIn(page, ADMIN);
  await expect(page.getByRole('link', { name: 'Åtgärder', exact: true })).toBeVisible();
  const owner = await createPerson(page, 'Petra Paging', umeaId);
  for (let n = 1; n <= 27; n++) {
    const number = String(n).padStart(2, '0');
    const response = await page.request.post('/api/actions', {
      headers: CSRF,
      data: {
        title: `Sidåtgärd ${number}`,
        ownerOrganizationId: umeaId,
        ownerPersonId: owner,
        dueDate: `2099-01-${number}`,
      },
    });
    expect(response.status()).toBe(201);
  }

  await page.goto(`/actions?ownerPersonId=${owner}&status=open`);
  await expect(page.getByText('Visar 1–25 av 27.')).toBeVisible();
  await expect(page.getByRole('link', { name: /^Sidåtgärd/ })).toHaveCount(25);
  await expect(page.getByRole('link', { name: 'Sidåtgärd 01' })).toBeVisible();
  const pages = page.getByRole('navigation', { name: 'Sidor: Åtgärder' });
  await expect(pages.getByRole('button', { name: 'Sida 1' })).toHaveAttribute('aria-current', 'true');
  await expectNoSeriousAxeViolations(page);

  await pages.getByRole('button', { name: 'Nästa sida' }).click();
  await expect(page).toHaveURL(/[?&]page=2/);
  await expect(page).toHaveURL(new RegExp(`ownerPersonId=${owner}`));
  await expect(page).toHaveURL(/status=open/);
  await expect(page.getByText('Visar 26–27 av 27.')).toBeVisible();
  await expect(page.getByRole('link', { name: /^Sidåtgärd/ })).toHaveCount(2);
  await expect(page.getByRole('link', { name: 'Sidåtgärd 27' })).toBeVisible();
  await expect(page.getByLabel('Status')).toHaveValue('open');
  await expect(pages.getByRole('button', { name: 'Sida 2' })).toHaveAttribute('aria-current', 'true');
  await expectNoSeriousAxeViolations(page);

  await pages.getByRole('button', { name: 'Föregående sida' }).click();
  await expect(page.getByText('Visar 1–25 av 27.')).toBeVisible();
  await expect(page).not.toHaveURL(/page=/);
  await expect(page).toHaveURL(new RegExp(`ownerPersonId=${owner}`));
  // Paging adds history entries: Back returns to page 2, with its filters.
  await page.goBack();
  await expect(page.getByText('Visar 26–27 av 27.')).toBeVisible();
  await expect(page).toHaveURL(/status=open/);

  // A bigger page size shows all on one page; a new filter starts over at page 1.
  await page.getByLabel('Per sida').selectOption('50');
  await expect(page.getByText('Visar 1–27 av 27.')).toBeVisible();
  await expect(page).not.toHaveURL(/page=/);
  await expect(page.getByRole('navigation', { name: 'Sidor: Åtgärder' })).toHaveCount(0);
  await page.getByLabel('Per sida').selectOption('25');
  await pages.getByRole('button', { name: 'Sida 2' }).click();
  await expect(page).toHaveURL(/[?&]page=2/);
  await page.getByLabel('Bara försenade').check();
  await expect(page).not.toHaveURL(/page=/);
  await expect(page.getByText('Inga åtgärder matchar filtret.')).toBeVisible();
});

test('the meetings list pages with its filters kept in the URL', async ({ page }) => {
  const { umeaId } = fixtures();
  await page.goto('/login');
  await signIn(page, ADMIN);
  await expect(page.getByRole('link', { name: 'Möten' })).toBeVisible();
  for (let n = 1; n <= 26; n++) {
    const day = String(n).padStart(2, '0');
    const response = await page.request.post('/api/meetings', {
      headers: CSRF,
      data: {
        title: `Sidmöte ${day}`,
        start: `2098-03-${day}T09:00:00+01:00`,
        end: `2098-03-${day}T10:00:00+01:00`,
        organizationIds: [umeaId],
      },
    });
    expect(response.status()).toBe(201);
  }
  await page.goto(`/meetings?organizationId=${umeaId}&from=2098-03-01&to=2098-03-31`);
  await expect(page.getByText('Visar 1–25 av 26.')).toBeVisible();
  const pages = page.getByRole('navigation', { name: 'Sidor: Möten' });
  await pages.getByRole('button', { name: 'Nästa sida' }).click();
  await expect(page.getByText('Visar 26–26 av 26.')).toBeVisible();
  await expect(page.getByRole('cell', { name: 'Sidmöte 26' })).toBeVisible();
  await expect(page).toHaveURL(/from=2098-03-01/);
  await expect(page).toHaveURL(new RegExp(`organizationId=${umeaId}`));
  await expect(page.getByLabel('Från och med')).toHaveValue('2098-03-01');
  await expectNoSeriousAxeViolations(page);
});
