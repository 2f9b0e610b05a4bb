import { type Page, expect, test } from '@playwright/test';
import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import { insertMinutes } from '../../test/helpers/overview-rows';
import { expectNoSeriousAxeViolations } from './axe';
import { ADMIN, fixtures } from './fixtures';
import { signIn } from './session';

const CSRF = { 'x-samverkan-csrf': '1' };

async function createMeeting(page: Page, title: string, organizationId: string, day: string) {
  const response = await page.request.post('/api/meetings', {
    headers: CSRF,
    data: {
      title,
      start: `${day}T09:00:00+01:00`,
      end: `${day}T10:00:00+01:00`,
      organizationIds: [organizationId],
    },
  });
  expect(response.status()).toBe(201);
  return (await response.json()) as { id: string; regionId: string };
}

/** Minutes rows written straight to the service's database (the minutes flow needs a meeting that was held). */
async function withDatabase(work: (db: DataSource) => Promise<void>) {
  const client = new Client({ connectionString: fixtures().databaseUrl });
  await client.connect();
  try {
    await work({
      query: (sql: string, params: unknown[]) => client.query(sql, params),
    } as unknown as DataSource);
  } finally {
    await client.end();
  }
}

test('the overview’s minutes figure links to exactly the meetings whose minutes await approval', async ({
  page,
}) => {
  const { skelleftea } = fixtures();
  await page.goto('/login');
  await signIn(page, ADMIN);
  await expect(page.getByRole('heading', { level: 1, name: 'Länsöversikt' })).toBeVisible();
  const me = (await (await page.request.get('/api/me')).json()) as { id: string };
  const awaiting = await createMeeting(page, 'Protokoll att justera', skelleftea, '2097-02-03');
  const approved = await createMeeting(page, 'Protokoll justerat', skelleftea, '2097-02-04');
  await createMeeting(page, 'Utan protokoll', skelleftea, '2097-02-05');
  await withDatabase(async (db) => {
    const minutes = { regionId: awaiting.regionId, organizationIds: [skelleftea], submittedBy: me.id };
    await insertMinutes(db, {
      ...minutes,
      meetingId: awaiting.id,
      submittedAt: new Date(),
      status: 'in_review',
    });
    await insertMinutes(db, {
      ...minutes,
      meetingId: approved.id,
      submittedAt: new Date(),
      status: 'locked',
    });
  });

  await page.reload();
  const row = page.getByRole('row', { name: /^Skellefteå/ });
  const figure = row.getByRole('cell').nth(6).getByRole('link');
  const count = Number(await figure.textContent());
  expect(count).toBeGreaterThanOrEqual(1);
  await figure.click();
  await expect(page).toHaveURL(new RegExp(`/meetings\\?organizationId=${skelleftea}&minutes=in_review`));
  await expect(page.getByLabel('Protokoll')).toHaveValue('in_review');
  await expect(page.getByText(`Visar 1–${count} av ${count}.`)).toBeVisible();
  await expect(page.getByRole('cell', { name: 'Protokoll att justera' })).toBeVisible();
  await expect(page.getByRole('cell', { name: 'Protokoll justerat' })).toHaveCount(0);
  await expect(page.getByRole('cell', { name: 'Utan protokoll' })).toHaveCount(0);
  await expectNoSeriousAxeViolations(page);

  // The filter is a control of its own: approved minutes, then all meetings again.
  await page.getByLabel('Protokoll').selectOption({ label: 'Justerat' });
  await expect(page).toHaveURL(/minutes=locked/);
  await expect(page.getByRole('cell', { name: 'Protokoll justerat' })).toBeVisible();
  await expect(page.getByRole('cell', { name: 'Protokoll att justera' })).toHaveCount(0);
});

test('the overview shows each municipality’s expectation signals in words and colour, linked to its page; at 768 px the rows stack', async ({
  page,
}) => {
  const { umeaId } = fixtures();
  await page.goto('/login');
  await signIn(page, ADMIN);
  await expect(page.getByRole('heading', { level: 1, name: 'Länsöversikt' })).toBeVisible();
  const agreement = await page.request.put(`/api/organizations/${umeaId}/agreement`, {
    headers: CSRF,
    data: {
      cadence: 'P3M',
      preferredMode: 'hybrid',
      validFrom: '2026-01-01',
      expectations: [
        { party: 'region', text: 'Vi ses varje kvartal', metric: 'meeting_cadence' },
        { party: 'municipality', text: 'Inga åtgärder blir liggande', metric: 'actions_overdue' },
        { party: 'municipality', text: 'Vi bjuder in två lokala företag per år' },
      ],
    },
  });
  expect(agreement.status()).toBe(200);
  await page.reload();

  await expect(page.getByRole('columnheader', { name: 'Förväntningar' })).toBeVisible();
  const row = page.getByRole('row', { name: /^Umeå/ });
  const signals = row.getByRole('cell').last();
  await expect(
    signals.getByRole('link', { name: /^Regionen: \d+ möten? håll(et|na) de senaste tolv månaderna$/ }),
  ).toHaveAttribute('href', `/municipalities/${umeaId}`);
  await expect(signals.getByRole('link', { name: /^Kommunen: \d+ försenade? åtgärde?r?$/ })).toBeVisible();
  // Each signal's level in words beside its colour.
  await expect(signals.getByText(/^(✓ Uppfylld|! Delvis|✕ Inte uppfylld)$/).first()).toBeVisible();
  await expect(signals).toContainText('1 förväntan mäts inte än');
  await expectNoSeriousAxeViolations(page);
  await page.screenshot({ path: '/tmp/lists-overview-1280.png', fullPage: true });

  await page.setViewportSize({ width: 768, height: 1000 });
  const table = page.locator('.overview-table');
  await expect(table).toBeVisible();
  // Stacked: nothing scrolls sideways, and each figure carries its column's name.
  const overflow = await page
    .locator('.table-scroll')
    .evaluate((element) => element.scrollWidth - element.clientWidth);
  expect(overflow).toBeLessThanOrEqual(1);
  await expect(signals).toBeVisible();
  await expectNoSeriousAxeViolations(page);
  await page.screenshot({ path: '/tmp/lists-overview-768.png', fullPage: true });
  await signals.getByRole('link', { name: /^Regionen:/ }).click();
  await expect(page).toHaveURL(new RegExp(`/municipalities/${umeaId}$`));
});
