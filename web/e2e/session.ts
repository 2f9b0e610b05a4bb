import { type Page, expect } from '@playwright/test';

/** Signs in through the login page with the keyboard only: Tab between the fields, Enter to send. */
export async function signInByKeyboard(
  page: Page,
  credentials: { email: string; password: string },
): Promise<void> {
  const email = page.getByLabel('E-postadress');
  await email.focus();
  await page.keyboard.type(credentials.email);
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Lösenord')).toBeFocused();
  await page.keyboard.type(credentials.password);
  await page.keyboard.press('Enter');
}

/** Signs in through the login page. */
export async function signIn(page: Page, credentials: { email: string; password: string }): Promise<void> {
  await page.getByLabel('E-postadress').fill(credentials.email);
  await page.getByLabel('Lösenord').fill(credentials.password);
  await page.getByRole('button', { name: 'Logga in' }).click();
}
