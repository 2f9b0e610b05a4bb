import { expect, test } from '@playwright/test';
import { expectNoSeriousAxeViolations } from './axe';
import { ADMIN, fixtures } from './fixtures';
import { signIn, signInByKeyboard } from './session';

test('a coordinator signs in with the keyboard only and sees the county overview with its 15 municipalities', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page).toHaveURL(/\/login$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Logga in' })).toBeVisible();
  await expectNoSeriousAxeViolations(page);

  // The skip link is the first stop of the keyboard.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Hoppa till huvudinnehållet' })).toBeFocused();

  await signInByKeyboard(page, ADMIN);
  await expect(page.getByRole('heading', { level: 1, name: 'Länsöversikt' })).toBeVisible();
  const table = page.getByRole('table', { name: 'Kommunerna i länet' });
  await expect(table.getByRole('link', { name: 'Umeå', exact: true })).toBeVisible();
  const municipalityLinks = table.locator('tbody th a[href^="/municipalities/"]');
  // The region's own row and the 15 municipalities.
  await expect(municipalityLinks).toHaveCount(16);
  await expect(table.getByText('Ingen överenskommelse').first()).toBeVisible();
  await expect(page.getByRole('link', { name: 'Ladda ner som CSV' })).toHaveAttribute(
    'href',
    '/api/overview.csv',
  );
  await expect(page.getByText(/Uppgifterna avser \d{4}-\d{2}-\d{2} \d{2}:\d{2}/)).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Huvudmeny' })).toBeVisible();
  await expectNoSeriousAxeViolations(page);
});

test('a wrong password is answered with a sentence, and the person stays on the login page', async ({
  page,
}) => {
  await page.goto('/login');
  await signIn(page, { email: ADMIN.email, password: 'not-the-password-1' });
  await expect(page.getByRole('alert')).toBeVisible();
  await expect(page).toHaveURL(/\/login$/);
  await expectNoSeriousAxeViolations(page);
});

test('a page reached signed out asks for login and returns there', async ({ page }) => {
  const { umeaId } = fixtures();
  await page.goto(`/municipalities/${umeaId}`);
  await expect(page).toHaveURL(`/login?next=${encodeURIComponent(`/municipalities/${umeaId}`)}`);
  await signIn(page, ADMIN);
  await expect(page).toHaveURL(`/municipalities/${umeaId}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Umeå' })).toBeVisible();
  await expectNoSeriousAxeViolations(page);
});

test('signing out ends the session: the old cookie gets 401', async ({ page, context }) => {
  await page.goto('/login');
  await signIn(page, ADMIN);
  await expect(page.getByRole('heading', { level: 1, name: 'Länsöversikt' })).toBeVisible();
  const cookies = await context.cookies();
  expect(cookies.map((cookie) => cookie.name)).toContain('samverkan_session');

  await page.getByRole('button', { name: 'Logga ut' }).click();
  await expect(page).toHaveURL(/\/login$/);

  const session = cookies.find((cookie) => cookie.name === 'samverkan_session')!;
  const response = await page.request.get('/api/me', {
    headers: { cookie: `samverkan_session=${session.value}` },
  });
  expect(response.status()).toBe(401);
});
