import { type Page, expect, test } from '@playwright/test';
import { expectNoSeriousAxeViolations } from './axe';
import { IDENTITY_PROVIDER, fixtures } from './fixtures';

/** At the test provider's own login page (oidc-provider's): any password signs the account in; then consent. */
async function signInAtProvider(page: Page, login: string): Promise<void> {
  await expect(page).toHaveURL(new RegExp(`^${fixtures().identityProviderUrl}/`));
  await page.getByPlaceholder('Enter any login').fill(login);
  await page.getByPlaceholder('and password').fill('any-password-at-the-provider');
  await page.getByRole('button', { name: 'Sign-in' }).click();
  const consent = page.getByRole('button', { name: 'Continue' });
  // The first sign-in of an account asks for consent; later ones do not.
  if (await consent.isVisible({ timeout: 3_000 }).catch(() => false)) await consent.click();
}

test('a coordinator signs in with the organisation’s account, lands on the overview with the roles her group grants, and signs out of both', async ({
  page,
}) => {
  await page.goto('/login');
  await expect(page.getByRole('heading', { level: 1, name: 'Logga in' })).toBeVisible();
  const providerButton = page.getByRole('link', { name: `Logga in med ${IDENTITY_PROVIDER.name}` });
  await expect(providerButton).toBeVisible();
  await expect(page.getByLabel('E-postadress')).toBeVisible();
  await expectNoSeriousAxeViolations(page);

  await providerButton.click();
  await signInAtProvider(page, IDENTITY_PROVIDER.coordinator.login);

  await expect(page.getByRole('heading', { level: 1, name: 'Länsöversikt' })).toBeVisible();
  await expect(page).toHaveURL(/\/$/);
  const me = await page.request.get('/api/me');
  expect(me.status()).toBe(200);
  expect(await me.json()).toMatchObject({
    name: IDENTITY_PROVIDER.coordinator.name,
    email: IDENTITY_PROVIDER.coordinator.email,
    roles: ['coordinator'],
    organization: { name: 'Region Västerbotten' },
  });
  // The menu a coordinator gets (a participant of the region has no Administration).
  await expect(
    page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Administration' }),
  ).toBeVisible();

  // Signing out ends our session and goes on to the provider, which asks and returns to the login page.
  await page.getByRole('button', { name: 'Logga ut' }).click();
  await expect(page).toHaveURL(new RegExp(`^${fixtures().identityProviderUrl}/`));
  await page.getByRole('button', { name: 'Yes, sign me out' }).click();
  await expect(page).toHaveURL(/\/login$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Logga in' })).toBeVisible();
  expect((await page.request.get('/api/me')).status()).toBe(401);

  // Signed out at the provider too: its login page asks again.
  await page.getByRole('link', { name: `Logga in med ${IDENTITY_PROVIDER.name}` }).click();
  await expect(page.getByPlaceholder('Enter any login')).toBeVisible();
});

test('someone the provider knows but Samverkan does not is told in words what to do, on the login page', async ({
  page,
}) => {
  await page.goto('/login?next=%2Factions');
  await page.getByRole('link', { name: `Logga in med ${IDENTITY_PROVIDER.name}` }).click();
  await signInAtProvider(page, IDENTITY_PROVIDER.stranger.login);

  await expect(page).toHaveURL(/\/login\?error=OIDC_NOT_LINKED$/);
  const alert = page.getByRole('alert');
  await expect(alert.getByRole('heading', { name: 'Inloggningen gick inte igenom' })).toBeVisible();
  await expect(alert).toContainText('Ditt konto är inte kopplat till någon organisation i Samverkan');
  await expect(page.getByRole('link', { name: `Logga in med ${IDENTITY_PROVIDER.name}` })).toBeVisible();
  await expectNoSeriousAxeViolations(page);
  expect((await page.request.get('/api/me')).status()).toBe(401);
});
