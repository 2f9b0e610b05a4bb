import { type Page, expect, test } from '@playwright/test';
import { expectNoSeriousAxeViolations } from './axe';
import { ADMIN, fixtures } from './fixtures';
import { signIn } from './session';

const CSRF = { 'x-samverkan-csrf': '1' };

/** A meeting made through the API with the signed-in person's cookie (the page's own session). */
async function createMeeting(
  page: Page,
  organizationId: string,
  start: string,
  end: string,
  personIds: string[],
) {
  const response = await page.request.post('/api/meetings', {
    headers: CSRF,
    data: {
      title: 'Samverkansmöte',
      start,
      end,
      organizationIds: [organizationId],
      participants: personIds.map((personId) => ({ personId, role: 'required' })),
    },
  });
  expect(response.status()).toBe(201);
  return ((await response.json()) as { id: string }).id;
}

async function json<T>(response: { status(): number; json(): Promise<unknown> }, status = 200): Promise<T> {
  expect(response.status()).toBe(status);
  return (await response.json()) as T;
}

/**
 * Minutes of a meeting that was held: written and sent for justering through the API as the admin (the
 * agenda's keeper), with the admin and the Umeå contact as adjusters and the admin's approval given.
 */
async function recordMinutes(
  page: Page,
  meetingId: string,
  adminId: string,
  contactId: string,
  umeaId: string,
) {
  const agenda = await json<{ items: Array<{ id: string; title: string }> }>(
    await page.request.get(`/api/meetings/${meetingId}/agenda`),
  );
  const [first, second] = agenda.items;
  await json(
    await page.request.patch(`/api/agenda-items/${second.id}`, {
      headers: CSRF,
      data: { visibility: 'restricted', secrecyGround: '31 kap. 16 § OSL' },
    }),
  );
  await json(
    await page.request.put(`/api/meetings/${meetingId}/minutes`, {
      headers: CSRF,
      data: {
        items: [
          {
            agendaItemId: first.id,
            notes: 'Mötet öppnades. Ulla Umeå valdes till justerare.',
            decisions: [],
          },
          {
            agendaItemId: second.id,
            notes: 'Näringslivet i Umeå växer inom besöksnäringen.',
            decisions: ['Regionen och kommunen tar fram en gemensam lägesbild.'],
          },
        ],
        attendance: [{ personId: contactId, status: 'present' }],
        actions: [
          {
            agendaItemId: second.id,
            title: 'Ta fram lägesbild för besöksnäringen',
            ownerPersonId: contactId,
            ownerOrganizationId: umeaId,
            dueDate: '2027-03-31',
          },
        ],
      },
    }),
  );
  await json(
    await page.request.post(`/api/meetings/${meetingId}/minutes/submit`, {
      headers: CSRF,
      data: { adjusters: [{ personId: adminId }, { personId: contactId }] },
    }),
  );
  await json(
    await page.request.post(`/api/meetings/${meetingId}/minutes/approve`, { headers: CSRF, data: {} }),
  );
}

/** Signs in as the admin and finds the people the tests need. */
async function signInAsAdmin(page: Page) {
  const { umeaId, municipalityContact } = fixtures();
  await page.goto('/login');
  await signIn(page, ADMIN);
  await expect(page.getByRole('link', { name: 'Möten' })).toBeVisible();
  const adminId = (await json<{ id: string }>(await page.request.get('/api/me'))).id;
  const people = await json<{ items: Array<{ id: string; email: string }> }>(
    await page.request.get(`/api/people?organizationId=${umeaId}&limit=100`),
  );
  const contactId = people.items.find((person) => person.email === municipalityContact.email)!.id;
  return { adminId, contactId };
}

async function signOut(page: Page) {
  await page.getByRole('button', { name: 'Logga ut' }).click();
  await expect(page).toHaveURL(/\/login/);
}

test('a municipality contact follows an email link to the agenda, proposes items and sees their fate; a coordinator accepts and declines', async ({
  page,
}) => {
  const { umeaId, skelleftea, municipalityContact } = fixtures();
  const { contactId } = await signInAsAdmin(page);
  // The contact is not among this meeting's participants: the keepers still see the proposer's name.
  const upcoming = await createMeeting(
    page,
    umeaId,
    '2030-06-10T09:00:00+02:00',
    '2030-06-10T11:00:00+02:00',
    [],
  );
  const held = await createMeeting(page, umeaId, '2026-11-03T10:00:00+01:00', '2026-11-03T12:00:00+01:00', [
    contactId,
  ]);
  const elsewhere = await createMeeting(
    page,
    skelleftea,
    '2030-06-12T09:00:00+02:00',
    '2030-06-12T10:00:00+02:00',
    [],
  );
  await signOut(page);

  // The link in the agenda email, opened while signed out: sign in, then back on the agenda.
  await page.goto(`/meetings/${upcoming}/agenda`);
  await expect(page).toHaveURL(/\/login\?next=/);
  await signIn(page, municipalityContact);
  await expect(page).toHaveURL(new RegExp(`/meetings/${upcoming}/agenda$`));
  await expect(page.getByRole('heading', { level: 1, name: 'Dagordning' })).toBeVisible();

  // From the meeting's page to its agenda.
  await page.getByRole('link', { name: 'Till mötet' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Samverkansmöte' })).toBeVisible();
  await page.getByRole('link', { name: 'Dagordning' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Dagordning' })).toBeVisible();
  await expect(page.getByText('Utkast – inte publicerad')).toBeVisible();
  await expect(page.getByTestId('proposal-deadline')).toContainText('Förslag tas emot till och med');
  await expect(
    page.getByRole('heading', { level: 3, name: '1. Mötets öppnande och val av justerare' }),
  ).toBeVisible();
  await expect(page.getByRole('heading', { level: 3, name: /Övriga frågor$/ })).toBeVisible();
  await expect(page.getByText('09:00–', { exact: false }).first()).toBeVisible();
  await expectNoSeriousAxeViolations(page);

  const own = page.getByRole('region', { name: 'Dina förslag' });
  await expect(own).toContainText('Du har inte föreslagit någon punkt');
  for (const title of ['Skolskjutsar i glesbygd', 'Gemensam upphandling av snöröjning']) {
    await page.getByLabel('Rubrik').fill(title);
    await page.getByLabel('Beskrivning').fill('Vi vill diskutera hur region och kommun kan samordna.');
    await page.getByRole('button', { name: 'Skicka förslaget' }).click();
    await expect(page.getByText(`Ditt förslag ”${title}” är skickat.`)).toBeVisible();
  }
  const school = own.getByRole('listitem').filter({ hasText: 'Skolskjutsar i glesbygd' });
  await expect(school).toContainText('Föreslagen – väntar på beslut');
  await expect(own.getByRole('listitem').filter({ hasText: 'snöröjning' })).toContainText('Föreslagen');
  await expect(page.getByLabel('Rubrik')).toHaveValue('');
  await expectNoSeriousAxeViolations(page);

  // After the deadline the form gives way to a sentence.
  await page.goto(`/meetings/${held}/agenda`);
  await expect(page.getByText(/Sista dag för förslag till det här mötet var/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Skicka förslaget' })).toHaveCount(0);

  await page.goto(`/meetings/${elsewhere}/agenda`);
  await expect(page.getByRole('heading', { level: 1, name: 'Sidan finns inte' })).toBeVisible();

  // The region decides: one proposal accepted, one declined with a reason.
  await signOut(page);
  await signIn(page, ADMIN);
  await expect(page.getByRole('link', { name: 'Möten' })).toBeVisible();
  await page.goto(`/meetings/${upcoming}/agenda`);
  const queue = page.getByRole('region', { name: 'Förslag till dagordningen' });
  await expect(queue.getByRole('listitem').filter({ hasText: 'Skolskjutsar' })).toContainText(
    'Föreslagen av Ulla Umeå.',
  );
  await expect(page.getByRole('button', { name: 'Skicka förslaget' })).toHaveCount(0);
  await expectNoSeriousAxeViolations(page);
  await page.getByRole('button', { name: 'Godta förslaget Skolskjutsar i glesbygd' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Godta och placera' }).click();
  await expect(page.getByText('Förslaget ”Skolskjutsar i glesbygd” är godtaget')).toBeVisible();
  await page.getByRole('button', { name: 'Avböj förslaget Gemensam upphandling av snöröjning' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Avböj förslaget' }).click();
  await expect(dialog.getByText('Skriv varför förslaget avböjs.')).toBeVisible();
  await expectNoSeriousAxeViolations(page);
  await dialog.getByLabel('Skäl').fill('Frågan tas upp i länets upphandlingsnätverk i stället.');
  await dialog.getByRole('button', { name: 'Avböj förslaget' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('Förslaget ”Gemensam upphandling av snöröjning” är avböjt.')).toBeVisible();

  // The contact sees the fate of both, in colour and words.
  await signOut(page);
  await signIn(page, municipalityContact);
  await expect(page.getByRole('link', { name: 'Möten' })).toBeVisible();
  await page.goto(`/meetings/${upcoming}/agenda`);
  await expect(own.getByRole('listitem').filter({ hasText: 'Skolskjutsar' })).toContainText(
    'Godtagen – står på dagordningen',
  );
  const snow = own.getByRole('listitem').filter({ hasText: 'snöröjning' });
  await expect(snow).toContainText('Avböjd');
  await expect(snow).toContainText('Skäl: Frågan tas upp i länets upphandlingsnätverk i stället.');
  await expect(
    page.getByRole('heading', { level: 3, name: /^\d+\. Skolskjutsar i glesbygd$/ }),
  ).toBeVisible();
  await expectNoSeriousAxeViolations(page);
});

test('the minutes as read: justering in progress, then locked with its action; no minutes yet; another municipality’s minutes are not found', async ({
  page,
}) => {
  const { umeaId, skelleftea, municipalityContact } = fixtures();
  const { adminId, contactId } = await signInAsAdmin(page);
  const held = await createMeeting(page, umeaId, '2026-11-02T10:00:00+01:00', '2026-11-02T12:00:00+01:00', [
    contactId,
  ]);
  const upcoming = await createMeeting(
    page,
    umeaId,
    '2030-06-17T09:00:00+02:00',
    '2030-06-17T11:00:00+02:00',
    [contactId],
  );
  const elsewhere = await createMeeting(
    page,
    skelleftea,
    '2030-06-19T09:00:00+02:00',
    '2030-06-19T10:00:00+02:00',
    [],
  );
  await recordMinutes(page, held, adminId, contactId, umeaId);
  await signOut(page);
  await signIn(page, municipalityContact);
  await expect(page.getByRole('link', { name: 'Möten' })).toBeVisible();
  await page.goto(`/meetings/${held}/agenda`);
  await expect(page.getByText('Begränsad – bara för regionen och kommunen').first()).toBeVisible();

  // The minutes as read: submitted for justering, the admin has approved, the contact has not yet.
  await page.goto(`/meetings/${held}`);
  await page.getByRole('link', { name: 'Protokoll' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Protokoll' })).toBeVisible();
  await expect(page.getByText('Skickat för justering', { exact: true })).toBeVisible();
  await expect(
    page.getByText('Näringslivet i Umeå växer inom besöksnäringen.', { exact: true }),
  ).toBeVisible();
  await expect(
    page.getByText('Regionen och kommunen tar fram en gemensam lägesbild.', { exact: true }),
  ).toBeVisible();
  await expect(
    page.getByRole('table', { name: 'Närvaro' }).getByRole('row', { name: /Ulla Umeå/ }),
  ).toContainText('Närvarande');
  const adjusters = page.getByRole('table', { name: 'Justerare' });
  await expect(adjusters.getByRole('row', { name: /Ulla Umeå/ })).toContainText('Väntar på beslut');
  await expect(adjusters.getByRole('row', { name: /Regionen/ })).toContainText('Godkänt');
  await expect(page.getByText('Föreslagen – blir en öppen åtgärd när protokollet är justerat')).toBeVisible();
  const pdf = await page.getByRole('link', { name: 'Ladda ner utkastet som PDF' }).getAttribute('href');
  expect(pdf).toMatch(new RegExp(`/api/meetings/${held}/minutes\\.pdf$`));
  const download = await page.request.get(pdf!);
  expect(download.status()).toBe(200);
  expect(download.headers()['content-type']).toBe('application/pdf');
  // Each revision names its author and says what changed in Swedish.
  const revisions = page.getByRole('region', { name: 'Versioner' });
  await expect(revisions).toContainText('Skickat för justering');
  const edit = revisions.getByRole('listitem').filter({ hasText: 'Version 1: Ändrat' });
  await expect(edit).toContainText('av Administratör');
  await expect(edit).toContainText('Punkt ”Mötets öppnande och val av justerare”: anteckningar tillagda');
  await expect(edit).toContainText('beslut tillagda (1)');
  await expect(edit).toContainText('Närvaro: Ulla Umeå – Närvarande');
  await expect(edit).toContainText('Åtgärd tillagd: ”Ta fram lägesbild för besöksnäringen”');
  await expect(edit).not.toContainText('notes added');
  await expectNoSeriousAxeViolations(page);

  // The contact approves (as the emailed link would): the minutes lock and the action is created.
  await json(await page.request.post(`/api/meetings/${held}/minutes/approve`, { headers: CSRF, data: {} }));
  await page.reload();
  await expect(page.getByText('Justerat och låst')).toBeVisible();
  await page.getByRole('link', { name: 'Ta fram lägesbild för besöksnäringen' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Ta fram lägesbild för besöksnäringen' }),
  ).toBeVisible();

  // No minutes yet, and another municipality's meeting.
  await page.goto(`/meetings/${upcoming}/minutes`);
  await expect(
    page.getByRole('heading', { level: 2, name: 'Inget protokoll är skrivet för mötet ännu.' }),
  ).toBeVisible();
  await expectNoSeriousAxeViolations(page);
  await page.goto(`/meetings/${elsewhere}/minutes`);
  await expect(page.getByRole('heading', { level: 1, name: 'Sidan finns inte' })).toBeVisible();
});
