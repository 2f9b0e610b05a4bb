import { expect, test } from '@playwright/test';
import { expectNoSeriousAxeViolations } from './axe';
import { ADMIN, fixtures } from './fixtures';
import { signIn } from './session';

/** A coordinator of the region only (not an admin), created through the API by the first admin. */
const COORDINATOR = {
  name: 'Karin Koordinator',
  email: 'karin.koordinator@web-e2e.example.se',
  password: 'coordinator-password-123',
};

test.beforeAll(async ({ request }) => {
  const { url } = fixtures();
  const login = await request.post(`${url}/api/auth/login`, { data: ADMIN });
  expect(login.ok()).toBe(true);
  const headers = { authorization: `Bearer ${(await login.json()).accessToken}` };
  const me = await (await request.get(`${url}/api/me`, { headers })).json();
  const created = await request.post(`${url}/api/people`, {
    headers,
    data: { ...COORDINATOR, organizationId: me.organizationId, roles: ['coordinator'], locale: 'sv' },
  });
  expect(created.status()).toBe(201);
});

test('a coordinator plans a round for a few Västerbotten municipalities, moves a meeting, sees a refused move and confirms', async ({
  page,
}) => {
  const name = 'Samverkan mars 2030';
  await page.goto('/login');
  await signIn(page, COORDINATOR);
  await page
    .getByRole('navigation', { name: 'Huvudmeny' })
    .getByRole('link', { name: 'Samverkansomgångar' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Samverkansomgångar' })).toBeVisible();
  await expectNoSeriousAxeViolations(page);

  // Create: the form shows the constraints' defaults.
  await page.getByRole('link', { name: 'Ny samverkansomgång' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Ny samverkansomgång' })).toBeVisible();
  await expect(page.getByLabel('Arbetsdagen börjar')).toHaveValue('09:00');
  await expect(page.getByLabel('Arbetsdagen slutar')).toHaveValue('16:00');
  await expect(page.getByLabel('Högst antal möten per dag för teamet')).toHaveValue('2');
  await expect(page.getByLabel('Spärr 1, beskrivning')).toHaveValue('Sommar');
  await expectNoSeriousAxeViolations(page);

  // Sending it empty names what is missing, in words.
  await page.getByRole('button', { name: 'Planera omgången' }).click();
  await expect(page.getByText('Rätta uppgifterna som är markerade.')).toBeVisible();
  await expect(page.getByText('Välj minst en kommun.')).toBeVisible();

  await page.getByLabel('Namn', { exact: true }).fill(name);
  await page.getByLabel('Från och med').fill('2030-03-04');
  await page.getByLabel('Till och med').fill('2030-03-29');
  for (const municipality of ['Umeå', 'Vännäs', 'Robertsfors']) {
    await page.getByRole('checkbox', { name: municipality, exact: true }).check();
  }
  await page.getByRole('checkbox', { name: COORDINATOR.name }).check();
  // The first one chosen chairs.
  await expect(page.getByRole('checkbox', { name: `${COORDINATOR.name} (ordförande)` })).toBeChecked();
  await page.getByLabel('Mötesform').selectOption({ label: 'På plats' });
  await page.getByRole('button', { name: 'Planera omgången' }).click();

  // The plan: calendar (a labelled region per day) and the list with each placement's reasons and travel.
  await expect(page).toHaveURL(/\/rounds\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await expect(page.getByText(`Omgången ”${name}” är planerad.`)).toBeVisible();
  await expect(page.getByText('Förslag', { exact: true })).toBeVisible();
  const calendar = page.getByRole('region', { name: 'Kalender' });
  await expect(calendar.getByRole('heading', { level: 3, name: /^Vecka \d+/ })).toBeVisible();
  await expect(calendar.getByRole('listitem').first()).toBeVisible();
  // The weeks turn by keyboard; each day is a region named by its date.
  const weekHeading = calendar.getByRole('heading', { level: 3 });
  const firstWeek = await weekHeading.innerText();
  await calendar.getByRole('button', { name: 'Nästa vecka' }).focus();
  await page.keyboard.press('Enter');
  await expect(weekHeading).not.toHaveText(firstWeek);
  await expect(calendar.getByRole('region', { name: /^måndag \d+ / })).toBeVisible();
  await calendar.getByRole('button', { name: 'Föregående vecka' }).focus();
  await page.keyboard.press('Enter');
  await expect(weekHeading).toHaveText(firstWeek);
  const table = page.getByRole('table', { name: 'Föreslagna möten med skälen till varje tid' });
  await expect(table.locator('tbody tr')).toHaveCount(3);
  const umea = table.getByRole('row', { name: /Umeå/ });
  await expect(umea).toContainText('Regionen reser dit');
  await expect(umea).toContainText('På plats');
  await expect(table.getByRole('row', { name: /Robertsfors/ })).toContainText(/Restid \d+ min dit/);
  await expect(page.getByText('Alla kommuner fick en tid.')).toBeVisible();
  await expectNoSeriousAxeViolations(page);

  // A move the constraints refuse: the reason in words, in the dialog.
  await umea.getByRole('button', { name: 'Flytta mötet med Umeå' }).focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Flytta mötet med Umeå' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByLabel('Nytt datum')).toHaveValue(/^2030-03-\d{2}$/);
  await dialog.getByLabel('Ny starttid').fill('15:00'); // two hours from 15:00 end after the working day
  await dialog.getByRole('button', { name: 'Flytta mötet' }).click();
  const refusal = dialog.getByRole('alert');
  await expect(refusal).toContainText('Flytten gick inte');
  await expect(refusal).toContainText('Tiden bryter mot ett villkor: Utanför arbetstid');
  await expectNoSeriousAxeViolations(page);

  // A move that fits: the new time in the list.
  await dialog.getByLabel('Ny starttid').fill('13:00');
  await dialog.getByRole('button', { name: 'Flytta mötet' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText(/Mötet med Umeå är flyttat till \d{4}-\d{2}-\d{2} 13:00\./)).toBeVisible();
  await expect(umea).toContainText('13:00–15:00');
  await expect(umea).toContainText('Flyttad för hand');

  // Confirm, after a dialog that says invitations will be sent.
  await page.getByRole('button', { name: 'Bekräfta omgången' }).click();
  const confirm = page.getByRole('dialog', { name: 'Bekräfta omgången?' });
  await expect(confirm).toContainText(
    'När du bekräftar skapas 3 möten och inbjudningar skickas med e-post till alla deltagare.',
  );
  await expectNoSeriousAxeViolations(page);
  await confirm.getByRole('button', { name: 'Bekräfta och skicka inbjudningar' }).click();
  await expect(confirm).toBeHidden();
  await expect(page.getByText(/^Bekräftad \d{4}-\d{2}-\d{2} \d{2}:\d{2}\. Mötena är skapade/)).toBeVisible();
  const meetings = page.getByRole('table', { name: 'Mötena med skälen till varje tid' });
  await expect(meetings.getByRole('link', { name: 'Öppna mötet' })).toHaveCount(3);
  await expect(page.getByRole('button', { name: /Flytta/ })).toHaveCount(0);
  await expectNoSeriousAxeViolations(page);

  // The list shows it confirmed, with its three meetings.
  await page
    .getByRole('navigation', { name: 'Huvudmeny' })
    .getByRole('link', { name: 'Samverkansomgångar' })
    .click();
  const row = page.getByRole('row', { name: new RegExp(name) });
  await expect(row).toContainText('Bekräftad');
  await expect(row.getByRole('cell').last()).toHaveText('3');
  await expectNoSeriousAxeViolations(page);
});
