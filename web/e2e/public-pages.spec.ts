import { expect, test } from '@playwright/test';
import { expectNoSeriousAxeViolations } from './axe';
import { ADMIN } from './fixtures';
import { signIn } from './session';

test('the accessibility statement is public, in Swedish, and links to Digg', async ({ page }) => {
  await page.goto('/accessibility');
  await expect(page.getByRole('heading', { level: 1, name: 'Tillgänglighet för Samverkan' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Innehåll som inte är tillgängligt' })).toBeVisible();
  await expect(page.getByRole('link', { name: /Digg/ })).toHaveAttribute('href', /digg\.se/);
  await expectNoSeriousAxeViolations(page);
});

test('forgot password answers the same for any address', async ({ page }) => {
  await page.goto('/login');
  await page.getByRole('link', { name: 'Glömt lösenordet?' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Glömt lösenordet' })).toBeVisible();
  await expectNoSeriousAxeViolations(page);
});

test('an unknown page says so, with the page headers of the app', async ({ page }) => {
  const response = await page.goto('/no-such-page');
  expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
  await expect(page.getByRole('heading', { level: 1, name: 'Sidan finns inte' })).toBeVisible();
  await expectNoSeriousAxeViolations(page);
});

test('a person chooses English; the choice is kept in their profile', async ({ page }) => {
  await page.goto('/login');
  await signIn(page, ADMIN);
  await expect(page.getByRole('heading', { level: 1, name: 'Länsöversikt' })).toBeVisible();
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'County overview' })).toBeVisible();
  await expect(page.getByText('The language is now English.')).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');

  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'County overview' })).toBeVisible();
  await expectNoSeriousAxeViolations(page);
  await page.getByRole('button', { name: 'Svenska' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Länsöversikt' })).toBeVisible();
  await expect(page.getByText('Språket är ändrat till svenska.')).toBeVisible();
});
