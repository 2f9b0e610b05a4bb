import { type Page, expect, test } from '@playwright/test';
import { expectNoSeriousAxeViolations } from './axe';
import { ADMIN, fixtures } from './fixtures';
import { signIn } from './session';

const CSRF = { 'x-samverkan-csrf': '1' };
const GROUND = '31 kap. 16 § OSL';
/** A day no other spec uses: the preview and the zip hold this spec's meeting only. */
const DAY = '2018-02-14';

async function json<T>(response: { status(): number; json(): Promise<unknown> }, status = 200): Promise<T> {
  expect(response.status()).toBe(status);
  return (await response.json()) as T;
}

async function shoot(page: Page, name: string) {
  for (const width of [1280, 768]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `/tmp/shots/public-records-${name}-${width}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

/**
 * A registrar answers a public records request (issue 18 point 8): the region's admin opens "Allmänna
 * handlingar" from the menu, picks a day and Skellefteå with the keyboard, sees what the export holds (the
 * published agenda with its restricted item withheld under its ground; the draft minutes left out) and
 * downloads the zip; a reversed period and no municipality are told at their fields. A municipality's
 * person has no such page.
 */
test('the registrar previews and downloads the public records of a period, by keyboard', async ({ page }) => {
  const { skelleftea, municipalityContact } = fixtures();
  await page.goto('/login');
  await signIn(page, ADMIN);
  await expect(page.getByRole('link', { name: 'Möten' })).toBeVisible();

  const title = `Utlämning Skellefteå ${Math.random().toString(36).slice(2, 8)}`;
  const meeting = await json<{ id: string }>(
    await page.request.post('/api/meetings', {
      headers: CSRF,
      data: {
        title,
        start: `${DAY}T10:00:00+01:00`,
        end: `${DAY}T11:00:00+01:00`,
        organizationIds: [skelleftea],
        participants: [],
        caseNumber: 'RUN 2018/7',
      },
    }),
    201,
  );
  await json(
    await page.request.post(`/api/meetings/${meeting.id}/agenda/items`, {
      headers: CSRF,
      data: { title: 'Gruvans förhandlingsbud', visibility: 'restricted', secrecyGround: GROUND },
    }),
    201,
  );
  await json(
    await page.request.post(`/api/meetings/${meeting.id}/agenda/publish`, { headers: CSRF, data: {} }),
  );
  const agenda = await json<{ items: Array<{ id: string }> }>(
    await page.request.get(`/api/meetings/${meeting.id}/agenda`),
  );
  await json(
    await page.request.put(`/api/meetings/${meeting.id}/minutes`, {
      headers: CSRF,
      data: {
        items: [{ agendaItemId: agenda.items[0].id, notes: 'Utkast.', decisions: [] }],
        attendance: [],
        actions: [],
      },
    }),
  );

  // From the menu to the page.
  await page.getByRole('link', { name: 'Allmänna handlingar' }).click();
  await expect(page).toHaveURL(/\/admin\/public-records$/);
  await expect(
    page.getByRole('heading', { level: 1, name: 'Utlämnande av allmänna handlingar' }),
  ).toBeVisible();
  await expectNoSeriousAxeViolations(page);
  await shoot(page, 'start');

  // The request, by keyboard: the period, then "Vissa kommuner" and Skellefteå, then Enter on the button.
  await page.getByLabel('Från och med').fill(DAY);
  await page.getByLabel('Till och med').fill(DAY);
  // (Tab inside a date field moves between its parts: the radio group is focused directly.)
  await page.getByRole('radio', { name: 'Alla kommuner i regionen' }).focus();
  await page.keyboard.press('ArrowDown');
  const some = page.getByRole('radio', { name: 'Vissa kommuner' });
  await expect(some).toBeFocused();
  await expect(some).toBeChecked();
  const button = page.getByRole('button', { name: 'Visa vad som ingår' });
  await button.focus();
  await page.keyboard.press('Enter');
  // None chosen: told at the municipalities, nothing asked of the API.
  await expect(page.getByText('Välj minst en kommun.')).toBeVisible();
  await expectNoSeriousAxeViolations(page);
  const municipality = page.getByRole('checkbox', { name: 'Skellefteå' });
  await municipality.focus();
  await page.keyboard.press('Space');
  await expect(municipality).toBeChecked();
  await button.focus();
  await page.keyboard.press('Enter');

  const preview = page.getByRole('region', { name: 'Det här ingår' });
  await expect(preview.getByRole('status')).toHaveText(
    `1 möte, 1 handling och 1 del undantagen på grund av sekretess under perioden ${DAY}–${DAY}.`,
  );
  const row = preview.getByRole('row', { name: new RegExp(title) });
  await expect(row).toContainText('RUN 2018/7');
  await expect(row).toContainText('Dagordning');
  await expect(row).toContainText(`Undantaget: Sekretess enligt ${GROUND}`);
  await expect(row).toContainText('Utkast, ingår inte');
  await expect(row).not.toContainText('Gruvans');
  await expectNoSeriousAxeViolations(page);
  await shoot(page, 'preview');

  // The download, by keyboard.
  const link = page.getByRole('link', { name: 'Ladda ned zip-fil' });
  await link.focus();
  const downloading = page.waitForEvent('download');
  await page.keyboard.press('Enter');
  const download = await downloading;
  expect(download.suggestedFilename()).toBe(`allmanna-handlingar-${DAY}-${DAY}.zip`);
  const href = await link.getAttribute('href');
  expect(href).toBe(
    `/api/public-records/export?from=${DAY}&to=${DAY}&organizationIds=${encodeURIComponent(skelleftea)}`,
  );
  const zip = await page.request.get(href!);
  expect(zip.headers()['content-type']).toBe('application/zip');
  expect((await zip.body()).subarray(0, 2).toString('latin1')).toBe('PK');

  // A reversed period: the API's sentence at "Till och med".
  await page.getByLabel('Till och med').fill('2018-02-13');
  await button.focus();
  await page.keyboard.press('Enter');
  const to = page.getByLabel('Till och med');
  await expect(to).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('Periodens slutdatum ligger före startdatumet')).toBeVisible();
  await expect(preview.getByText('Rätta uppgifterna i begäran ovan.')).toBeVisible();
  await expectNoSeriousAxeViolations(page);
  await shoot(page, 'error');

  // A municipality's person: no menu entry, and the page is not theirs.
  await page.getByRole('button', { name: 'Logga ut' }).click();
  await expect(page).toHaveURL(/\/login/);
  await signIn(page, municipalityContact);
  await expect(page.getByRole('link', { name: 'Möten' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Allmänna handlingar' })).toHaveCount(0);
  await page.goto('/admin/public-records');
  await expect(page.getByRole('heading', { name: 'Ingen behörighet' })).toBeVisible();
});
