import { type Page, expect, test } from '@playwright/test';
import { ADMIN, fixtures } from './fixtures';
import { signIn } from './session';

/**
 * The service names a page's first API reads in its index.html (src/app/web-preloads.ts): the app's own
 * fetch of the same URL must be answered by that preload, not sent a second time.
 */
function requestsOf(page: Page, paths: string[]): Map<string, number> {
  const counts = new Map(paths.map((path) => [path, 0]));
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    if (counts.has(path)) counts.set(path, counts.get(path)! + 1);
  });
  return counts;
}

test("a page's preloaded API reads are fetched once: the overview, then a meeting's page", async ({
  page,
}) => {
  await page.goto('/login');
  await signIn(page, ADMIN);
  await expect(page.getByRole('heading', { level: 1, name: 'Länsöversikt' })).toBeVisible();
  const meeting = (await (
    await page.request.post('/api/meetings', {
      headers: { 'x-samverkan-csrf': '1' },
      data: {
        title: 'Förhämtat möte',
        start: '2098-03-04T09:00:00+01:00',
        end: '2098-03-04T10:00:00+01:00',
        organizationIds: [fixtures().skelleftea],
      },
    })
  ).json()) as { id: string };

  const overview = await page.context().newPage();
  const overviewCounts = requestsOf(overview, ['/api/me', '/api/overview']);
  await overview.goto('/');
  await expect(overview.getByRole('heading', { level: 1, name: 'Länsöversikt' })).toBeVisible();
  await expect(overview.getByRole('table').first()).toBeVisible();
  await overview.waitForLoadState('networkidle');
  expect(Object.fromEntries(overviewCounts)).toEqual({ '/api/me': 1, '/api/overview': 1 });

  const meetingPage = await page.context().newPage();
  const detail = `/api/meetings/${meeting.id}`;
  const meetingCounts = requestsOf(meetingPage, [detail, `${detail}/invitations`]);
  await meetingPage.goto(`/meetings/${meeting.id}`);
  await expect(meetingPage.getByRole('heading', { level: 1, name: /Förhämtat möte/ })).toBeVisible();
  await meetingPage.waitForLoadState('networkidle');
  expect(Object.fromEntries(meetingCounts)).toEqual({ [detail]: 1, [`${detail}/invitations`]: 1 });
});
