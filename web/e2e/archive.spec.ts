import { type Page, expect, test } from '@playwright/test';
import { expectNoSeriousAxeViolations } from './axe';
import { ADMIN, fixtures } from './fixtures';
import { signIn } from './session';

const CSRF = { 'x-samverkan-csrf': '1' };

async function json<T>(response: { status(): number; json(): Promise<unknown> }, status = 200): Promise<T> {
  expect(response.status()).toBe(status);
  return (await response.json()) as T;
}

async function signOut(page: Page) {
  await page.getByRole('button', { name: 'Logga ut' }).click();
  await expect(page).toHaveURL(/\/login/);
}

/**
 * Minutes locked through the API (the admin writes, submits and approves; the Umeå contact approves as the
 * emailed link would): the region sees the archive package on the minutes page, its delivery to the
 * e-archive (a registry started by the global setup) and the download; the municipality does not.
 */
test('the archive package of locked minutes: delivery state and download for the region, nothing for the municipality', async ({
  page,
}) => {
  const { umeaId, municipalityContact } = fixtures();
  await page.goto('/login');
  await signIn(page, ADMIN);
  await expect(page.getByRole('link', { name: 'Möten' })).toBeVisible();
  const adminId = (await json<{ id: string }>(await page.request.get('/api/me'))).id;
  const people = await json<{ items: Array<{ id: string; email: string }> }>(
    await page.request.get(`/api/people?organizationId=${umeaId}&limit=100`),
  );
  const contactId = people.items.find((person) => person.email === municipalityContact.email)!.id;
  const title = `Arkivpaket ${Math.random().toString(36).slice(2, 8)}`;
  const meeting = await json<{ id: string }>(
    await page.request.post('/api/meetings', {
      headers: CSRF,
      data: {
        title,
        start: '2026-10-14T13:00:00+02:00',
        end: '2026-10-14T14:00:00+02:00',
        organizationIds: [umeaId],
        participants: [{ personId: contactId, role: 'required' }],
      },
    }),
    201,
  );
  const agenda = await json<{ items: Array<{ id: string }> }>(
    await page.request.get(`/api/meetings/${meeting.id}/agenda`),
  );
  await json(
    await page.request.put(`/api/meetings/${meeting.id}/minutes`, {
      headers: CSRF,
      data: {
        items: [{ agendaItemId: agenda.items[0].id, notes: 'Mötet öppnades.', decisions: [] }],
        attendance: [{ personId: contactId, status: 'present' }],
        actions: [],
      },
    }),
  );
  await json(
    await page.request.post(`/api/meetings/${meeting.id}/minutes/submit`, {
      headers: CSRF,
      data: { adjusters: [{ personId: adminId }, { personId: contactId }] },
    }),
  );
  await json(
    await page.request.post(`/api/meetings/${meeting.id}/minutes/approve`, { headers: CSRF, data: {} }),
  );
  await signOut(page);

  // The municipality's adjuster approves: the minutes lock. A municipality sees no archive packages.
  await signIn(page, municipalityContact);
  await expect(page.getByRole('link', { name: 'Möten' })).toBeVisible();
  await json(
    await page.request.post(`/api/meetings/${meeting.id}/minutes/approve`, { headers: CSRF, data: {} }),
  );
  await page.goto(`/meetings/${meeting.id}/minutes`);
  await expect(page.getByText('Justerat och låst')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Arkivpaket' })).toHaveCount(0);
  await signOut(page);

  // The region: version 1, delivered to the e-archive, and the zip to download.
  await signIn(page, ADMIN);
  await expect(page.getByRole('link', { name: 'Möten' })).toBeVisible();
  await page.goto(`/meetings/${meeting.id}/minutes`);
  const archive = page.getByRole('region', { name: 'Arkivpaket' });
  await expect(archive).toContainText('lämnas till regionens e‑arkiv');
  const row = archive.getByRole('table', { name: 'Arkivpaket' }).getByRole('row', { name: /Version 1/ });
  await expect(row).toContainText('Levererat', { timeout: 20_000 });
  await expect(row).toContainText('Mottaget');
  const link = row.getByRole('link', { name: /Ladda ner arkivpaketet för version 1 \(zip, \d+ kB\)/ });
  // Keyboard: the link takes the focus and shows it.
  await link.focus();
  await expect(link).toBeFocused();
  const href = await link.getAttribute('href');
  expect(href).toBe(`/api/meetings/${meeting.id}/archive-packages/1`);
  const download = await page.request.get(href!);
  expect(download.status()).toBe(200);
  expect(download.headers()['content-type']).toBe('application/zip');
  expect((await download.body()).subarray(0, 2).toString('latin1')).toBe('PK');
  await expectNoSeriousAxeViolations(page);
  for (const width of [1280, 768]) {
    await page.setViewportSize({ width, height: 900 });
    await archive.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `/tmp/archive-minutes-${width}.png`, fullPage: false });
  }
});
