import { expect, test } from '@playwright/test';
import { expectNoSeriousAxeViolations } from './axe';
import { ADMIN } from './fixtures';
import { signIn } from './session';

test.use({ viewport: { width: 390, height: 800 } });

test('on a phone the header folds the menu behind "Meny", opened and closed by keyboard', async ({
  page,
}) => {
  await page.goto('/login');
  await signIn(page, ADMIN);
  await expect(page.getByRole('heading', { level: 1, name: 'Länsöversikt' })).toBeVisible();
  await page.screenshot({ path: '/tmp/mobile-390-closed.png' });

  // Folded: one row, the menu and tools hidden until asked for.
  const header = page.getByRole('banner');
  const height = (await header.boundingBox())?.height ?? Infinity;
  expect(height).toBeLessThan(120);
  const menu = page.getByRole('button', { name: 'Meny' });
  await expect(menu).toHaveAttribute('aria-expanded', 'false');
  await expect(page.getByRole('navigation', { name: 'Huvudmeny' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Logga ut' })).toBeHidden();
  await expectNoSeriousAxeViolations(page);

  // Keyboard: Tab past the skip link and the app's name to the button, Enter opens.
  await menu.focus();
  await page.keyboard.press('Enter');
  await expect(menu).toHaveAttribute('aria-expanded', 'true');
  const controlled = await menu.getAttribute('aria-controls');
  await expect(page.locator(`#${controlled}`)).toBeVisible();
  const nav = page.getByRole('navigation', { name: 'Huvudmeny' });
  await expect(nav).toBeVisible();
  await expect(page.getByRole('button', { name: 'Logga ut' })).toBeVisible();
  await expect(page.getByText(/^Inloggad som /)).toBeVisible();
  await page.screenshot({ path: '/tmp/mobile-390-open.png' });
  await expectNoSeriousAxeViolations(page);

  // Escape closes and gives the focus back to the button.
  await page.keyboard.press('Escape');
  await expect(menu).toHaveAttribute('aria-expanded', 'false');
  await expect(menu).toBeFocused();
  await expect(nav).toBeHidden();

  // Open again, Tab into the menu and follow "Möten" with Enter: the page changes and the menu closes.
  await page.keyboard.press('Space');
  await expect(menu).toHaveAttribute('aria-expanded', 'true');
  const meetings = nav.getByRole('link', { name: 'Möten' });
  for (let i = 0; i < 10 && !(await meetings.evaluate((el) => el === document.activeElement)); i++)
    await page.keyboard.press('Tab');
  await expect(meetings).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/meetings$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Möten' })).toBeVisible();
  await expect(menu).toHaveAttribute('aria-expanded', 'false');
  await expect(nav).toBeHidden();
  await expectNoSeriousAxeViolations(page);
});

test('at 1280 px the header keeps its menu in view without a "Meny" button; at 768 px it folds', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/login');
  await signIn(page, ADMIN);
  await expect(page.getByRole('heading', { level: 1, name: 'Länsöversikt' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Huvudmeny' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Meny' })).toBeHidden();
  await page.screenshot({ path: '/tmp/mobile-1280.png' });
  await page.setViewportSize({ width: 768, height: 900 });
  await expect(page.getByRole('button', { name: 'Meny' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Huvudmeny' })).toBeHidden();
  await page.screenshot({ path: '/tmp/mobile-768.png' });
});
