import { expect, test } from '@playwright/test';
import { expectNoSeriousAxeViolations } from './axe';
import { ADMIN, fixtures } from './fixtures';
import { signIn } from './session';

const CSRF = { 'x-samverkan-csrf': '1' };

test('an admin adds an outside organisation and its person; the meeting gets that person and a guest by keyboard, who gets the invitation', async ({
  page,
  request,
}) => {
  const { umeaId, mailboxUrl } = fixtures();
  const stamp = Date.now();
  const name = `Almi Nord ${stamp}`;
  const code = `24-${String(stamp).slice(-6)}-${String(stamp).slice(-4)}`;
  await page.goto('/login');
  await signIn(page, ADMIN);
  await expect(page.getByRole('link', { name: 'Möten' })).toBeVisible();

  // The organization: kind external, under its region, with the organisationsnummer.
  await page.goto('/admin/organizations/new');
  await expect(page.getByRole('heading', { level: 1, name: 'Ny organisation' })).toBeVisible();
  await page.getByRole('radio', { name: 'Extern organisation' }).check();
  await expect(page.getByText('regionens kod, bindestreck och organisationsnumret')).toBeVisible();
  await page.getByRole('button', { name: 'Skapa organisation' }).click();
  await expect(page.getByText('Rätta uppgifterna som är markerade.')).toBeVisible();
  await expectNoSeriousAxeViolations(page);
  await page.getByRole('combobox', { name: 'Region' }).selectOption({ label: 'Region Västerbotten (24)' });
  await page.getByLabel('Kod (region och organisationsnummer)').fill(code);
  await page.getByLabel('Namn').fill(name);
  await page.getByRole('button', { name: 'Skapa organisation' }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await expectNoSeriousAxeViolations(page);
  await page.goto('/admin/organizations');
  await expect(page.getByRole('row', { name: new RegExp(name) })).toContainText('Extern organisation');
  await expectNoSeriousAxeViolations(page);

  // Its person: a participant only (the form offers no other role).
  const organizations = await page.request.get('/api/organizations?kind=external&limit=200');
  const almi = ((await organizations.json()) as { items: Array<{ id: string; name: string }> }).items.find(
    (organization) => organization.name === name,
  )!;
  const person = await page.request.post('/api/people', {
    headers: CSRF,
    data: { organizationId: almi.id, name: `Anna Almi ${stamp}`, email: `anna.${stamp}@almi.example.se` },
  });
  expect(person.status()).toBe(201);
  await page.goto('/admin/people/new');
  await page.getByLabel('Organisation').selectOption({ label: name });
  await expect(page.getByRole('checkbox', { name: 'Sekreterare' })).toHaveCount(0);

  const meeting = await page.request.post('/api/meetings', {
    headers: CSRF,
    data: {
      title: `Samverkansmöte med Almi ${stamp}`,
      start: '2030-06-04T10:00:00+02:00',
      end: '2030-06-04T11:00:00+02:00',
      organizationIds: [umeaId],
      participants: [],
      status: 'confirmed',
    },
  });
  expect(meeting.status()).toBe(201);
  const meetingId = ((await meeting.json()) as { id: string }).id;
  await page.goto(`/meetings/${meetingId}`);
  await expect(page.getByRole('heading', { level: 3, name: 'Bjud in en gäst' })).toBeVisible();

  await page.getByLabel('Person', { exact: true }).focus();
  await page.getByLabel('Person', { exact: true }).selectOption({ label: `Anna Almi ${stamp} – ${name}` });
  await page.getByRole('button', { name: 'Lägg till', exact: true }).click();
  await expect(page.getByText(`Anna Almi ${stamp} är tillagd och får en kallelse.`)).toBeVisible();
  await expect(page.getByRole('row', { name: new RegExp(`Anna Almi ${stamp}`) })).toBeVisible();

  // The guest, by keyboard only: sent empty it says what is missing.
  const guestEmail = `gunilla.${stamp}@example.se`;
  await page.getByRole('button', { name: 'Bjud in gästen' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByText('Skriv gästens namn.')).toBeVisible();
  await expectNoSeriousAxeViolations(page);
  await page.getByLabel('Gästens namn').focus();
  await page.keyboard.type('Gunilla Gäst');
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Gästens e-postadress')).toBeFocused();
  await page.keyboard.type(guestEmail);
  await page.keyboard.press('Enter');
  await expect(page.getByText('Gunilla Gäst är inbjuden som gäst.')).toBeVisible();
  await expect(page.getByRole('row', { name: /Gunilla Gäst \(gäst\)/ })).toBeVisible();
  await expectNoSeriousAxeViolations(page);
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.getByRole('heading', { level: 3, name: 'Bjud in en gäst' }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: '/tmp/guests-meeting-1280.png' });
  await page.setViewportSize({ width: 768, height: 900 });
  await page.screenshot({ path: '/tmp/guests-meeting-768.png' });

  // The guest's invitation went out by email (the calendar REQUEST is checked in meeting-guests.e2e-spec).
  await expect
    .poll(
      async () =>
        ((await (await request.get(`${mailboxUrl}/messages?to=${guestEmail}`)).json()) as unknown[]).length,
      { timeout: 20_000 },
    )
    .toBeGreaterThan(0);
});

test('a coordinator makes an outside organisation’s person own a new action, by keyboard; the outside organisations are read only when the picker is used', async ({
  page,
}) => {
  const stamp = Date.now();
  const name = `Almi Invest ${stamp}`;
  const personName = `Åke Almi ${stamp}`;
  await page.goto('/login');
  await signIn(page, ADMIN);
  await expect(page.getByRole('link', { name: 'Åtgärder', exact: true })).toBeVisible();
  const me = (await (await page.request.get('/api/me')).json()) as { organizationId: string };
  const organization = await page.request.post('/api/organizations', {
    headers: CSRF,
    data: {
      kind: 'external',
      code: `24-${String(stamp).slice(-6)}-${String(stamp).slice(-4)}`,
      name,
      parentId: me.organizationId,
    },
  });
  expect(organization.status()).toBe(201);
  const almiId = ((await organization.json()) as { id: string }).id;
  const person = await page.request.post('/api/people', {
    headers: CSRF,
    data: { organizationId: almiId, name: personName, email: `ake.${stamp}@almi.example.se` },
  });
  expect(person.status()).toBe(201);
  const almiPersonId = ((await person.json()) as { id: string }).id;
  const coordinator = { email: `kim-${stamp}@region.example.se`, password: 'koordinator-password-789' };
  const made = await page.request.post('/api/people', {
    headers: CSRF,
    data: {
      name: 'Kim Koordinator',
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

  const externalReads: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('kind=external')) externalReads.push(request.url());
  });
  await page.goto('/actions');
  await page.getByRole('button', { name: 'Ny åtgärd' }).focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Ny åtgärd' });
  await expect(dialog.getByLabel('Rubrik')).toBeVisible();
  // Neither the list nor the opened form read the outside organisations.
  expect(externalReads).toEqual([]);

  const title = `Lånedag för inlandets företag ${stamp}`;
  await dialog.getByLabel('Rubrik').focus();
  await page.keyboard.type(title);
  await page.keyboard.press('Tab');
  await expect(dialog.getByLabel('Beskrivning')).toBeFocused();
  await page.keyboard.press('Tab');
  const organizationPicker = dialog.getByLabel('Ansvarig organisation');
  await expect(organizationPicker).toBeFocused();
  // Turning to the picker reads them: Almi is offered among the region and its municipalities.
  await expect(organizationPicker.locator('option', { hasText: name })).toHaveCount(1);
  expect(externalReads).toHaveLength(1);
  await page.keyboard.type(name);
  await expect(organizationPicker).toHaveValue(almiId);
  await page.keyboard.press('Tab');
  const personPicker = dialog.getByLabel('Ansvarig person');
  await expect(personPicker).toBeFocused();
  await expect(personPicker.locator('option', { hasText: personName })).toHaveCount(1);
  // Almi's only person, after "Välj person" (an arrow key: type-ahead does not take "Å" from the keyboard).
  await page.keyboard.press('ArrowDown');
  await expect(personPicker).toHaveValue(almiPersonId);
  await expectNoSeriousAxeViolations(page);
  await page.screenshot({ path: '/tmp/shots/external-gaps-action-1280.png' });
  await page.setViewportSize({ width: 768, height: 900 });
  await page.screenshot({ path: '/tmp/shots/external-gaps-action-768.png' });
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.keyboard.press('Tab');
  await expect(dialog.getByLabel('Klar senast')).toBeFocused();
  // The date field's parts follow the headless browser's own order (not the page's locale): filled whole.
  await dialog.getByLabel('Klar senast').fill('2099-06-30');
  await expect(dialog.getByLabel('Klar senast')).toHaveValue('2099-06-30');
  await dialog.getByRole('button', { name: 'Skapa åtgärd' }).focus();
  await page.keyboard.press('Enter');

  await expect(page).toHaveURL(/\/actions\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(page.getByText(personName).first()).toBeVisible();
  await expectNoSeriousAxeViolations(page);
  const actionId = page.url().split('/').pop()!;
  const saved = (await (await page.request.get(`/api/actions/${actionId}`)).json()) as {
    owner: { organizationId: string; personId: string };
    dueDate: string;
  };
  expect(saved).toMatchObject({
    owner: { organizationId: almiId, personId: almiPersonId },
    dueDate: '2099-06-30',
  });
});
