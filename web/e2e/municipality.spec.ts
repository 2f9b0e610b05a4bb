import { expect, test } from '@playwright/test';
import { expectNoSeriousAxeViolations } from './axe';
import { fixtures } from './fixtures';
import { signIn } from './session';

test("a municipality's person lands on their own municipality and finds another's URL not found", async ({
  page,
}) => {
  const { umeaId, skelleftea, municipalityContact } = fixtures();
  await page.goto('/login');
  await signIn(page, municipalityContact);
  await expect(page).toHaveURL(`/municipalities/${umeaId}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Umeå' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Min kommun' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Länsöversikt' })).toHaveCount(0);
  await expectNoSeriousAxeViolations(page);

  await page.goto(`/municipalities/${skelleftea}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Sidan finns inte' })).toBeVisible();
  await expect(page.getByText('Skellefteå')).toHaveCount(0);
  await expectNoSeriousAxeViolations(page);
});
