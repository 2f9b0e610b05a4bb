import { type Page, expect, test } from '@playwright/test';
import { expectNoSeriousAxeViolations } from './axe';
import { ADMIN, fixtures } from './fixtures';
import { signIn } from './session';

const CSRF = { 'x-samverkan-csrf': '1' };

/** An action made through the API with the signed-in admin's cookie (the page's own session). */
async function createAction(
  page: Page,
  title: string,
  organizationId: string,
  personId: string,
  dueDate: string,
  strategyAreaIds: string[] = [],
) {
  const response = await page.request.post('/api/actions', {
    headers: CSRF,
    data: {
      title,
      ownerOrganizationId: organizationId,
      ownerPersonId: personId,
      dueDate,
      strategyAreaIds,
    },
  });
  expect(response.status()).toBe(201);
  return ((await response.json()) as { id: string }).id;
}

test('a municipality contact changes their action’s status with a comment; overdue filter from the URL; another municipality’s action is not found', async ({
  page,
}) => {
  const { umeaId, skelleftea, municipalityContact } = fixtures();
  await page.goto('/login');
  await signIn(page, ADMIN);
  await expect(page.getByRole('link', { name: 'Åtgärder', exact: true })).toBeVisible();
  const people = await page.request.get(`/api/people?organizationId=${umeaId}&limit=100`);
  const contact = ((await people.json()) as { items: Array<{ id: string; email: string }> }).items.find(
    (person) => person.email === municipalityContact.email,
  )!;
  const other = await page.request.post('/api/people', {
    headers: CSRF,
    data: {
      name: 'Sara Skellefteå',
      email: `sara-${Date.now()}@skelleftea.example.se`,
      organizationId: skelleftea,
    },
  });
  expect(other.status()).toBe(201);
  const otherId = ((await other.json()) as { id: string }).id;
  const areas = await page.request.get('/api/strategy-areas');
  const area = ((await areas.json()) as { items: Array<{ id: string; name: string }> }).items[0];
  const late = await createAction(page, 'Ta fram rutin för hemtjänst', umeaId, contact.id, '2020-01-15', [
    area.id,
  ]);
  await createAction(page, 'Uppdatera samverkansavtalet', umeaId, contact.id, '2099-12-31');
  const elsewhere = await createAction(page, 'Skellefteås egen åtgärd', skelleftea, otherId, '2099-12-31');

  await page.goto('/actions?overdue=true');
  await expect(page.getByRole('heading', { level: 1, name: 'Åtgärder' })).toBeVisible();
  await expect(page.getByLabel('Bara försenade')).toBeChecked();
  const row = page.getByRole('row', { name: /Ta fram rutin för hemtjänst/ });
  await expect(row).toContainText('2020-01-15');
  await expect(row).toContainText('Öppen');
  await expect(row).toContainText('Försenad');
  await expect(page.getByRole('link', { name: 'Uppdatera samverkansavtalet' })).toHaveCount(0);
  await expectNoSeriousAxeViolations(page);
  await page.getByLabel('Bara försenade').uncheck();
  await expect(page.getByRole('link', { name: 'Uppdatera samverkansavtalet' })).toBeVisible();
  await expect(page).not.toHaveURL(/overdue/);
  await page.getByLabel('Strategiskt område').selectOption({ label: area.name });
  await expect(page).toHaveURL(new RegExp(`strategyAreaId=${area.id}`));
  await expect(page.getByRole('link', { name: 'Uppdatera samverkansavtalet' })).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Ta fram rutin för hemtjänst' })).toBeVisible();

  await page.getByRole('button', { name: 'Logga ut' }).click();
  await expect(page).toHaveURL(/\/login/);
  await signIn(page, municipalityContact);
  await expect(page.getByRole('link', { name: 'Åtgärder', exact: true })).toBeVisible();
  await page.goto(`/actions/${late}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Ta fram rutin för hemtjänst' })).toBeVisible();
  await expectNoSeriousAxeViolations(page);
  await page.getByLabel('Ny status').selectOption({ label: 'Pågår' });
  await page.getByLabel('Kommentar').fill('Arbetsgruppen har startat.');
  await page.getByRole('button', { name: 'Spara' }).click();
  await expect(page.getByText('Statusen är sparad: Pågår.')).toBeVisible();
  const history = page.getByRole('region', { name: 'Historik' });
  await expect(history.getByRole('listitem').first()).toContainText('Status: Öppen → Pågår');
  await expect(history.getByRole('listitem').first()).toContainText('Arbetsgruppen har startat.');
  await expect(history.getByRole('listitem').first()).toContainText('Ulla Umeå');

  await page.goto(`/actions/${elsewhere}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Sidan finns inte' })).toBeVisible();
});

test('a coordinator creates an action for Umeå’s contact from the list; the contact then sees it among their actions', async ({
  page,
}) => {
  const { umeaId, municipalityContact } = fixtures();
  await page.goto('/login');
  await signIn(page, ADMIN);
  await expect(page.getByRole('link', { name: 'Åtgärder', exact: true })).toBeVisible();
  const me = (await (await page.request.get('/api/me')).json()) as { organizationId: string };
  const coordinator = { email: `kaj-${Date.now()}@region.example.se`, password: 'koordinator-password-789' };
  const made = await page.request.post('/api/people', {
    headers: CSRF,
    data: {
      name: 'Kaj Koordinator',
      ...coordinator,
      organizationId: me.organizationId,
      roles: ['coordinator'],
    },
  });
  expect(made.status()).toBe(201);
  await page.getByRole('button', { name: 'Logga ut' }).click();
  await expect(page).toHaveURL(/\/login/);
  await signIn(page, coordinator);
  await expect(page.getByRole('link', { name: 'Åtgärder', exact: true })).toBeVisible();

  await page.goto('/actions');
  await page.getByRole('button', { name: 'Ny åtgärd' }).click();
  const dialog = page.getByRole('dialog', { name: 'Ny åtgärd' });
  await expect(dialog).toBeVisible();
  await expectNoSeriousAxeViolations(page);
  // Sent empty: each missing field says so in Swedish, and nothing is created.
  await dialog.getByRole('button', { name: 'Skapa åtgärd' }).click();
  await expect(dialog.getByText('Skriv en rubrik.')).toBeVisible();
  await expect(dialog.getByText('Välj en ansvarig person.')).toBeVisible();
  await expect(dialog.getByText('Ange när åtgärden ska vara klar.')).toBeVisible();

  const title = `Kartlägg hemtjänstens larm ${Date.now()}`;
  await dialog.getByLabel('Rubrik').fill(title);
  await dialog.getByLabel('Beskrivning').fill('Inventera larmen i alla hemtjänstgrupper.');
  await dialog.getByLabel('Ansvarig organisation').selectOption({ label: 'Umeå' });
  await dialog.getByLabel('Ansvarig person').selectOption({ label: 'Ulla Umeå' });
  await dialog.getByLabel('Klar senast').fill('2099-06-30');
  await expect(dialog.getByText('Skriv en rubrik.')).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Skapa åtgärd' }).click();

  await expect(page).toHaveURL(/\/actions\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(page.getByText(`Åtgärden ”${title}” skapades.`)).toBeVisible();
  await expect(page.getByText('Ulla Umeå').first()).toBeVisible();
  const actionId = page.url().split('/').pop()!;
  const saved = (await (await page.request.get(`/api/actions/${actionId}`)).json()) as {
    owner: { organizationId: string };
    dueDate: string;
    description: string;
  };
  expect(saved).toMatchObject({
    owner: { organizationId: umeaId },
    dueDate: '2099-06-30',
    description: 'Inventera larmen i alla hemtjänstgrupper.',
  });

  await page.getByRole('button', { name: 'Logga ut' }).click();
  await expect(page).toHaveURL(/\/login/);
  await signIn(page, municipalityContact);
  await expect(page.getByRole('link', { name: 'Åtgärder', exact: true })).toBeVisible();
  await page.goto('/actions');
  await page.getByLabel('Bara mina åtgärder').check();
  await expect(page.getByRole('link', { name: title })).toBeVisible();
  // A participant may not create actions: the control is not there.
  await expect(page.getByRole('button', { name: 'Ny åtgärd' })).toHaveCount(0);
});

test('from a meeting page the new action starts linked to the meeting and owned by its municipality', async ({
  page,
}) => {
  const { umeaId } = fixtures();
  await page.goto('/login');
  await signIn(page, ADMIN);
  await expect(page.getByRole('link', { name: 'Åtgärder', exact: true })).toBeVisible();
  const meeting = await page.request.post('/api/meetings', {
    headers: CSRF,
    data: {
      title: 'Uppföljningsmöte Umeå',
      start: '2099-05-04T10:00:00+02:00',
      end: '2099-05-04T11:00:00+02:00',
      organizationIds: [umeaId],
      participants: [],
    },
  });
  expect(meeting.status()).toBe(201);
  const meetingId = ((await meeting.json()) as { id: string }).id;

  await page.goto(`/meetings/${meetingId}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Uppföljningsmöte Umeå' })).toBeVisible();
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.getByRole('button', { name: 'Ny åtgärd' }).click();
  const dialog = page.getByRole('dialog', { name: 'Ny åtgärd' });
  await expect(dialog.getByLabel('Ansvarig organisation')).toHaveValue(umeaId);
  await expect(dialog.getByLabel('Kopplat möte')).toHaveValue(meetingId);
  await dialog.getByLabel('Ansvarig person').selectOption({ label: 'Ulla Umeå' });
  await dialog.getByLabel('Rubrik').fill('Skicka minnesanteckningar till förvaltningen');
  await dialog.getByLabel('Klar senast').fill('2099-05-31');
  await dialog.getByRole('button', { name: 'Skapa åtgärd' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Skicka minnesanteckningar till förvaltningen' }),
  ).toBeVisible();
  const actionId = page.url().split('/').pop()!;
  const saved = (await (await page.request.get(`/api/actions/${actionId}`)).json()) as { meetingId: string };
  expect(saved.meetingId).toBe(meetingId);
  await expect(page.getByRole('link', { name: 'Uppföljningsmöte Umeå' })).toHaveAttribute(
    'href',
    `/meetings/${meetingId}`,
  );
});
