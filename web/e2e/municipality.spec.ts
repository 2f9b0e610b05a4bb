import { type Page, expect, test } from '@playwright/test';
import { expectNoSeriousAxeViolations } from './axe';
import { ADMIN, fixtures } from './fixtures';
import { signIn } from './session';

const CSRF = { 'x-samverkan-csrf': '1' };

async function json<T>(page: Page, path: string): Promise<T> {
  const response = await page.request.get(path);
  expect(response.status(), path).toBe(200);
  return (await response.json()) as T;
}

async function post<T>(page: Page, path: string, data: unknown, method: 'post' | 'put' = 'post'): Promise<T> {
  const response = await page.request[method](path, { headers: CSRF, data });
  expect(response.status(), `${path}: ${await response.text()}`).toBeLessThan(300);
  return (await response.json()) as T;
}

async function organizationId(page: Page, name: string): Promise<string> {
  const { items } = await json<{ items: Array<{ id: string; name: string }> }>(
    page,
    '/api/organizations?limit=100',
  );
  return items.find((organization) => organization.name === name)!.id;
}

async function signOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Logga ut' }).click();
  await expect(page).toHaveURL(/\/login/);
}

/** Screenshots at 1280 and 768 px for a person to look at (kept out of the assertions). */
async function screenshots(page: Page, name: string): Promise<void> {
  if (!process.env.SAMVERKAN_SCREENSHOTS) return;
  await page.screenshot({ path: `/tmp/muni-${name}-1280.png`, fullPage: true });
  await page.setViewportSize({ width: 768, height: 900 });
  await page.screenshot({ path: `/tmp/muni-${name}-768.png`, fullPage: true });
  await page.setViewportSize({ width: 1280, height: 900 });
}

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

test('a coordinator writes and changes an agreement, sees the new version in the history and reads the earlier one', async ({
  page,
}) => {
  await page.goto('/login');
  await signIn(page, ADMIN);
  await expect(page.getByRole('link', { name: 'Länsöversikt' })).toBeVisible();
  const me = await json<{ organizationId: string }>(page, '/api/me');
  const lycksele = await organizationId(page, 'Lycksele');
  const coordinator = { email: `kim-${Date.now()}@region.example.se`, password: 'koordinator-password-123' };
  await post(page, '/api/people', {
    name: 'Kim Koordinator',
    ...coordinator,
    organizationId: me.organizationId,
    roles: ['coordinator'],
  });
  await post(page, '/api/people', {
    name: 'Lars Lycksele',
    email: `lars-${Date.now()}@lycksele.example.se`,
    organizationId: lycksele,
    roles: ['participant'],
  });
  await signOut(page);
  await signIn(page, coordinator);
  await expect(page.getByRole('link', { name: 'Länsöversikt' })).toBeVisible();

  await page.goto(`/municipalities/${lycksele}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Lycksele' })).toBeVisible();
  await expect(page.getByText('Ingen överenskommelse').first()).toBeVisible();
  await page.getByRole('tab', { name: 'Överenskommelse' }).click();
  await expect(page).toHaveURL(/tab=agreement/);
  await expect(page.getByText('Kommunen har ingen samverkansöverenskommelse ännu.')).toBeVisible();
  await expectNoSeriousAxeViolations(page);

  // The first version: every three months, Lars attends, Kim adjusts for the region, one expectation.
  await page.getByRole('button', { name: 'Skriv en överenskommelse' }).click();
  await expect(page.getByRole('heading', { name: 'Ny överenskommelse' })).toBeVisible();
  await expect(page.getByLabel('Mötesrytm')).toHaveValue('P3M');
  await expect(page.getByLabel('Mötesform').locator('option:checked')).toHaveText('På plats');
  await page.getByRole('checkbox', { name: 'Lars Lycksele' }).check();
  await page.getByLabel('Justerare för regionen').selectOption({ label: 'Kim Koordinator' });
  await page.getByRole('button', { name: 'Lägg till förväntning' }).click();
  await page.getByLabel('Förväntning 1: text').fill('Kommunen återkopplar på åtgärder före varje möte');
  await page.getByLabel('Förväntning 1: mäts med').selectOption({ label: 'Försenade åtgärder' });
  await expectNoSeriousAxeViolations(page);
  await screenshots(page, 'editor');
  await page.getByRole('button', { name: 'Spara ny version' }).click();
  await expect(page.getByText('Överenskommelsen är sparad som version 1.')).toBeVisible();
  await expect(
    page.getByRole('heading', { level: 2, name: 'Samverkansöverenskommelse, version 1' }),
  ).toBeVisible();

  // The second: every sixth month, and what the municipality expects of the region.
  await page.getByRole('button', { name: 'Ändra överenskommelsen' }).click();
  await expect(page.getByRole('heading', { name: 'Ny version (2)' })).toBeVisible();
  await expect(page.getByLabel('Förväntning 1: text')).toHaveValue(
    'Kommunen återkopplar på åtgärder före varje möte',
  );
  await page.getByLabel('Mötesrytm').selectOption({ label: 'Var sjätte månad' });
  await page.getByRole('button', { name: 'Lägg till förväntning' }).click();
  await page
    .getByLabel('Förväntning 2: riktning')
    .selectOption({ label: 'Kommunen förväntar sig av regionen' });
  await page.getByLabel('Förväntning 2: text').fill('Regionen svarar på frågor inom två veckor');
  await page.getByRole('button', { name: 'Spara ny version' }).click();
  await expect(page.getByText('Överenskommelsen är sparad som version 2.')).toBeVisible();

  const agreement = page.getByRole('region', { name: 'Samverkansöverenskommelse, version 2' });
  await expect(agreement).toContainText('Var sjätte månad');
  await expect(agreement).toContainText('På plats');
  await expect(agreement).toContainText('Lars Lycksele (Kommunen)');
  await expect(agreement).toContainText('Regionen svarar på frågor inom två veckor');
  const history = page.getByRole('table', { name: 'Versioner' });
  const newest = history.getByRole('row', { name: /Version 2/ });
  await expect(newest).toContainText('Gäller nu');
  await expect(newest).toContainText('Kim Koordinator');
  await expect(newest).toContainText('mötesrytm, förväntningar');
  await expect(history.getByRole('row', { name: /Version 1/ })).toContainText('Första versionen');
  await expectNoSeriousAxeViolations(page);
  await screenshots(page, 'agreement');

  await history.getByRole('link', { name: 'Version 1' }).click();
  await expect(page).toHaveURL(/version=1/);
  await expect(page.getByText('Du läser version 1, en tidigare version. Version 2 gäller nu.')).toBeVisible();
  const earlier = page.getByRole('region', { name: 'Samverkansöverenskommelse, version 1' });
  await expect(earlier).toContainText('Var tredje månad');
  await expect(earlier).not.toContainText('Regionen svarar på frågor inom två veckor');
  await expectNoSeriousAxeViolations(page);
  await page.getByRole('link', { name: 'Visa den som gäller' }).click();
  await expect(page.getByRole('region', { name: 'Samverkansöverenskommelse, version 2' })).toBeVisible();

  // The status tab measures the expectations the agreement now holds.
  await page.getByRole('tab', { name: 'Läget' }).click();
  const signals = page.getByRole('region', { name: 'Förväntningar och signaler' });
  await expect(signals).toContainText('Kommunen återkopplar på åtgärder före varje möte');
  await expect(signals).toContainText('0 försenade åtgärder');
  await expect(signals).toContainText('Ingen signal: förväntningen mäts inte.');
  await expectNoSeriousAxeViolations(page);
  await screenshots(page, 'summary');
});

test('a municipality contact sees their own page: meetings with their answer, their actions, questions and expectations, and no editor', async ({
  page,
}) => {
  const { umeaId, municipalityContact } = fixtures();
  await page.goto('/login');
  await signIn(page, ADMIN);
  await expect(page.getByRole('link', { name: 'Länsöversikt' })).toBeVisible();
  const { items: umeaPeople } = await json<{ items: Array<{ id: string; email: string }> }>(
    page,
    `/api/people?organizationId=${umeaId}&limit=100`,
  );
  const contact = umeaPeople.find((person) => person.email === municipalityContact.email)!;
  await post(
    page,
    `/api/organizations/${umeaId}/agreement`,
    {
      cadence: 'P2M',
      preferredMode: 'hybrid',
      defaultParticipantIds: [contact.id],
      adjusters: { municipality: contact.id },
      expectations: [
        { party: 'region', text: 'Regionen skickar dagordningen i god tid', metric: 'not_measured' },
      ],
      validFrom: '2026-01-01',
    },
    'put',
  );
  const meeting = await post<{ id: string }>(page, '/api/meetings', {
    title: 'Samverkansmöte Umeå',
    start: '2031-03-04T09:00:00+01:00',
    end: '2031-03-04T10:30:00+01:00',
    organizationIds: [umeaId],
    participants: [{ personId: contact.id, role: 'required' }],
  });
  const action = await post<{ id: string }>(page, '/api/actions', {
    title: 'Kartlägg behovet av praktikplatser',
    ownerOrganizationId: umeaId,
    ownerPersonId: contact.id,
    dueDate: '2031-01-31',
  });
  const question = await post<{ id: string }>(page, '/api/questions', {
    title: 'Hur samordnar vi skolskjutsarna?',
    owner: { kind: 'organization', organizationId: umeaId },
  });
  await signOut(page);

  await signIn(page, municipalityContact);
  await expect(page).toHaveURL(`/municipalities/${umeaId}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Umeå' })).toBeVisible();
  const signals = page.getByRole('region', { name: 'Förväntningar och signaler' });
  await expect(signals).toContainText('Regionen skickar dagordningen i god tid');
  await expect(page.getByRole('link', { name: /Öppna åtgärder: \d+/ })).toHaveAttribute(
    'href',
    `/actions?organizationId=${umeaId}&status=open%2Cin_progress`,
  );
  await expectNoSeriousAxeViolations(page);
  await screenshots(page, 'contact-summary');

  await page.getByRole('tab', { name: 'Möten' }).click();
  const upcoming = page.getByRole('table', { name: 'Kommande möten' });
  // Other tests add meetings of Umeå to the same database: this test's meeting is the row with its time.
  const row = upcoming
    .getByRole('row')
    .filter({ has: page.getByRole('link', { name: '2031-03-04 09:00', exact: true }) });
  await expect(row).toContainText('Inte svarat');
  await expect(row.getByRole('link', { name: '2031-03-04 09:00', exact: true })).toHaveAttribute(
    'href',
    `/meetings/${meeting.id}`,
  );
  await expect(row.getByRole('link', { name: /Svara på inbjudan/ })).toHaveAttribute(
    'href',
    `/meetings/${meeting.id}#answer-heading`,
  );
  await expectNoSeriousAxeViolations(page);
  await screenshots(page, 'contact-meetings');

  await page.getByRole('tab', { name: 'Åtgärder' }).click();
  const actionRow = page.getByRole('row', { name: /Kartlägg behovet av praktikplatser/ });
  await expect(actionRow).toContainText('Öppen');
  await expect(actionRow).toContainText('Du');
  await expect(actionRow.getByRole('link')).toHaveAttribute('href', `/actions/${action.id}`);
  await expect(page.getByRole('link', { name: 'Mina åtgärder' })).toHaveAttribute(
    'href',
    `/actions?ownerPersonId=${contact.id}`,
  );
  await expectNoSeriousAxeViolations(page);

  await page.getByRole('tab', { name: 'Frågor' }).click();
  await expect(page.getByRole('link', { name: 'Hur samordnar vi skolskjutsarna?' })).toHaveAttribute(
    'href',
    `/questions/${question.id}`,
  );
  await expect(page.getByRole('link', { name: 'Alla öppna frågor' })).toHaveAttribute(
    'href',
    `/questions?organizationId=${umeaId}&status=open%2Cin_progress`,
  );
  await expectNoSeriousAxeViolations(page);

  await page.getByRole('tab', { name: 'Överenskommelse' }).click();
  const agreement = page.getByRole('region', { name: /Samverkansöverenskommelse, version \d+/ });
  await expect(agreement).toContainText('Varannan månad');
  await expect(agreement).toContainText('Ulla Umeå (Kommunen)');
  await expect(
    page.getByRole('button', { name: /Ändra överenskommelsen|Skriv en överenskommelse/ }),
  ).toHaveCount(0);
  // The author is the region's admin, whom a municipality's person cannot look up themselves.
  await expect(page.getByRole('table', { name: 'Versioner' })).toContainText('Administratör');
  await expectNoSeriousAxeViolations(page);
  await screenshots(page, 'contact-agreement');
});
