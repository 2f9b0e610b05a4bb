import { mkdirSync } from 'node:fs';
import {
  type APIRequestContext,
  type APIResponse,
  type Browser,
  type BrowserContext,
  type Page,
  expect,
  request as playwrightRequest,
  test,
} from '@playwright/test';
import { Client } from 'pg';
import { expectNoSeriousAxeViolations } from './axe';
import { ADMIN, fixtures } from './fixtures';
import { signIn } from './session';

/**
 * The minutes written live (#15): a secretary's text survives a throttled, then dropped connection and a
 * reload; two secretaries on one item get a conflict, never an overwrite; an expired session loses nothing.
 * Every claim is checked on the server through the API, not on the page.
 */

const SHOTS = '/tmp/shots-minutes-web';

interface Setup {
  api: APIRequestContext;
  meetingId: string;
  items: Array<{ id: string; title: string }>;
  secretaries: Array<{ id: string; name: string; email: string; password: string }>;
}

type MinutesBody = {
  items: Array<{ agendaItemId: string; notes: string | null; decisions: string[]; version: number }>;
  attendance: Array<{ personId: string; name: string; status: string | null }>;
  guests: Array<{ name: string; organization: string | null }>;
  actions: Array<{
    id: string;
    agendaItemId: string | null;
    title: string;
    ownerPersonId: string;
    ownerOrganizationId: string;
    dueDate: string;
    actionId: string | null;
    proposed: boolean;
  }>;
};

async function ok<T>(response: { ok(): boolean; status(): number; text(): Promise<string> }): Promise<T> {
  const text = await response.text();
  expect(response.ok(), `${response.status()} ${text}`).toBe(true);
  return (text ? JSON.parse(text) : undefined) as T;
}

/**
 * Through the API as the admin: `count` secretaries of the region (keepers of every meeting in it) and a held
 * meeting with Umeå, its participants the secretaries and the Umeå contact, with at least three agenda items.
 */
let meetingDay = 0;

/**
 * A day of its own for each meeting, as the Umeå contact takes part in all of them. The counter starts again
 * when Playwright replaces the worker after a failed test, so a day the contact already has answers
 * MEETING_COLLISION and the next day is tried.
 */
async function createMeetingOnFreeDay(
  api: APIRequestContext,
  tag: string,
  umeaId: string,
  participantIds: string[],
): Promise<APIResponse> {
  for (;;) {
    const day = String(++meetingDay).padStart(2, '0');
    const response = await api.post('/api/meetings', {
      data: {
        title: `Samverkansmöte ${tag}`,
        start: `2026-09-${day}T09:00:00+02:00`,
        end: `2026-09-${day}T11:00:00+02:00`,
        organizationIds: [umeaId],
        participants: participantIds.map((personId) => ({ personId, role: 'required' })),
      },
    });
    const collided = response.status() === 409 && (await response.json()).code === 'MEETING_COLLISION';
    if (!collided || meetingDay >= 30) return response;
  }
}

async function setUp(count: number): Promise<Setup> {
  const { url, umeaId, municipalityContact } = fixtures();
  const login = await (await playwrightRequest.newContext()).post(`${url}/api/auth/login`, { data: ADMIN });
  const token = ((await login.json()) as { accessToken: string }).accessToken;
  const api = await playwrightRequest.newContext({
    baseURL: url,
    extraHTTPHeaders: { authorization: `Bearer ${token}` },
  });
  const me = await ok<{ organizationId: string }>(await api.get('/api/me'));
  const tag = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  const secretaries: Setup['secretaries'] = [];
  for (let i = 1; i <= count; i++) {
    const person = {
      name: `${i === 1 ? 'Sara' : 'Sune'} Sekreterare ${tag}`,
      email: `sekreterare${i}-${tag}@web-e2e.example.se`,
      password: `sekreterare-password-${i}23`,
    };
    const created = await ok<{ id: string }>(
      await api.post('/api/people', {
        data: { ...person, organizationId: me.organizationId, roles: ['secretary'], locale: 'sv' },
      }),
    );
    secretaries.push({ id: created.id, ...person });
  }
  const people = await ok<{ items: Array<{ id: string; email: string }> }>(
    await api.get(`/api/people?organizationId=${umeaId}&limit=100`),
  );
  const contactId = people.items.find((person) => person.email === municipalityContact.email)!.id;
  const participantIds = [...secretaries.map((s) => s.id), contactId];
  const meeting = await ok<{ id: string }>(await createMeetingOnFreeDay(api, tag, umeaId, participantIds));
  let agenda = await ok<{ items: Array<{ id: string; title: string }> }>(
    await api.get(`/api/meetings/${meeting.id}/agenda`),
  );
  for (const title of ['Näringslivet i Umeå', 'Kompetensförsörjning', 'Besöksnäringen']) {
    if (agenda.items.length >= 3) break;
    await ok(await api.post(`/api/meetings/${meeting.id}/agenda/items`, { data: { title } }));
    agenda = await ok(await api.get(`/api/meetings/${meeting.id}/agenda`));
  }
  return { api, meetingId: meeting.id, items: agenda.items.slice(0, 3), secretaries };
}

async function serverMinutes(setup: Setup): Promise<MinutesBody> {
  return ok<MinutesBody>(await setup.api.get(`/api/meetings/${setup.meetingId}/minutes`));
}

async function notesOnServer(setup: Setup, itemId: string): Promise<string | null> {
  return (await serverMinutes(setup)).items.find((item) => item.agendaItemId === itemId)?.notes ?? null;
}

async function openMinutesAs(page: Page, setup: Setup, who: Setup['secretaries'][number]) {
  await page.goto('/login');
  await signIn(page, who);
  await expect(page.getByRole('link', { name: 'Möten' })).toBeVisible();
  await page.goto(`/meetings/${setup.meetingId}/minutes`);
  await expect(page.getByRole('heading', { level: 1, name: 'Protokoll' })).toBeVisible();
}

const notesField = (page: Page, number: number) =>
  page.getByLabel(`Anteckningar, punkt ${number}`, { exact: true });
const status = (page: Page) =>
  page.getByRole('status').filter({ hasText: /Sparat|Sparar|Offline|Konflikt|Utloggad|Kunde inte/ });

async function newContext(browser: Browser): Promise<BrowserContext> {
  return browser.newContext({ baseURL: fixtures().url, locale: 'sv-SE', timezoneId: 'Europe/Stockholm' });
}

test('a secretary writes three items through a throttled, then dropped connection and a reload: every word reaches the server', async ({
  page,
  context,
}) => {
  test.setTimeout(120_000);
  const setup = await setUp(1);
  await openMinutesAs(page, setup, setup.secretaries[0]);
  await expect(status(page)).toHaveText(/Sparat/);
  await expectNoSeriousAxeViolations(page);

  // A poor meeting-room connection: 400 ms each way, ~16 kbit/s up.
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 400,
    downloadThroughput: 40 * 1024,
    uploadThroughput: 2 * 1024,
  });
  const texts = [
    'Mötet öppnades. Sara valdes till sekreterare och Ulla Umeå till justerare.',
    'Näringslivet i Umeå växer inom besöksnäringen; regionen och kommunen delar lägesbilden.',
    'Kompetensförsörjningen: tre åtgärder diskuterades, ingen beslutades ännu. Åsa, Örjan och Ånn-Sámi hörs.',
  ];
  await notesField(page, 1).pressSequentially(texts[0].slice(0, 30));
  await notesField(page, 1).pressSequentially(texts[0].slice(30));
  await notesField(page, 2).fill(texts[1]);
  await expect(status(page)).toHaveText(/Sparar…/);

  // The connection drops while the third item is written (the throttling session and the browser both say so).
  await cdp.send('Network.emulateNetworkConditions', {
    offline: true,
    latency: 0,
    downloadThroughput: -1,
    uploadThroughput: -1,
  });
  await context.setOffline(true);
  await notesField(page, 3).pressSequentially(texts[2]);
  await page.getByRole('button', { name: 'Lägg till beslut, punkt 3' }).click();
  await page.getByLabel('Beslut 1, punkt 3', { exact: true }).fill('Frågan tas upp igen i mars.');
  await expect(status(page)).toHaveText('⚠ Offline – väntar på att skicka');
  await expect(page.getByText(/ändring(ar)? finns bara i den här webbläsaren/)).toBeVisible();
  await expectNoSeriousAxeViolations(page);
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: `${SHOTS}/offline-1280.png` });
  await page.waitForTimeout(3_000);

  // A reload while offline: the browser's own error page. The text lives on only in IndexedDB.
  await page.reload().catch(() => undefined);
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 400,
    downloadThroughput: 40 * 1024,
    uploadThroughput: 2 * 1024,
  });
  await context.setOffline(false);
  await page.goto(`/meetings/${setup.meetingId}/minutes`);
  await expect(notesField(page, 3)).toHaveValue(texts[2]);
  await expect(status(page)).toHaveText('✓ Sparat', { timeout: 45_000 });

  await expect
    .poll(async () => {
      const minutes = await serverMinutes(setup);
      return setup.items.map(
        (item) => minutes.items.find((written) => written.agendaItemId === item.id)?.notes ?? null,
      );
    })
    .toEqual(texts);
  const third = (await serverMinutes(setup)).items.find((item) => item.agendaItemId === setup.items[2].id);
  expect(third?.decisions).toEqual(['Frågan tas upp igen i mars.']);
  await cdp.detach();
});

test('two secretaries write the same item: the second sees both versions, nothing is overwritten, and merges', async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  const setup = await setUp(2);
  const [sara, sune] = setup.secretaries;
  const item = setup.items[0];
  await openMinutesAs(page, setup, sara);
  const suneContext = await newContext(browser);
  const sunePage = await suneContext.newPage();
  await openMinutesAs(sunePage, setup, sune);

  // Sune writes on a dropped connection; meanwhile Sara's text reaches the server.
  await suneContext.setOffline(true);
  await notesField(sunePage, 1).fill('Sunes anteckning: mötet började tio minuter sent.');
  await expect(status(sunePage)).toHaveText(/Offline/);
  await notesField(page, 1).fill('Saras anteckning: ordföranden hälsade alla välkomna.');
  await expect(status(page)).toHaveText('✓ Sparat');

  await suneContext.setOffline(false);
  await expect(status(sunePage)).toHaveText(/Konflikt/);
  const conflict = sunePage.getByRole('heading', { name: 'Någon annan har ändrat samma del medan du skrev' });
  await expect(conflict).toBeVisible();
  await expect(sunePage.getByRole('region', { name: 'Din version' })).toContainText('Sunes anteckning');
  await expect(sunePage.getByRole('region', { name: `Version av ${sara.name}` })).toContainText(
    'Saras anteckning',
  );
  expect(await notesOnServer(setup, item.id)).toBe('Saras anteckning: ordföranden hälsade alla välkomna.');
  await expectNoSeriousAxeViolations(sunePage);
  await sunePage.setViewportSize({ width: 768, height: 1024 });
  mkdirSync(SHOTS, { recursive: true });
  await conflict.scrollIntoViewIfNeeded();
  await sunePage.screenshot({ path: `${SHOTS}/conflict-768.png` });

  // Merge: both texts, then saved against Sara's version.
  await sunePage.getByRole('button', { name: 'Slå ihop' }).click();
  const merged = sunePage.getByLabel('Sammanslagna anteckningar, punkt 1');
  await expect(merged).toHaveValue(/Saras anteckning[\s\S]*Sunes anteckning/);
  await sunePage.getByRole('button', { name: 'Spara sammanslagen version' }).click();
  await expect(status(sunePage)).toHaveText('✓ Sparat');
  await expect
    .poll(() => notesOnServer(setup, item.id))
    .toBe(
      'Saras anteckning: ordföranden hälsade alla välkomna.\n\nSunes anteckning: mötet började tio minuter sent.',
    );
  await suneContext.close();
});

test('the session ends mid-typing: after signing in again the draft is saved', async ({ page }) => {
  test.setTimeout(120_000);
  const setup = await setUp(1);
  const [sara] = setup.secretaries;
  await openMinutesAs(page, setup, sara);
  const first = 'Första meningen skrevs innan sessionen tog slut.';
  const full = `${first} Den andra skrevs efter, och den får inte försvinna.`;
  await notesField(page, 2).fill(first);
  await expect(status(page)).toHaveText('✓ Sparat');

  // The session is ended on the server (as an admin's reset or its expiry would) while she types on.
  const db = new Client({ connectionString: fixtures().databaseUrl });
  await db.connect();
  await db.query('DELETE FROM browser_sessions WHERE person_id = $1', [sara.id]);
  await db.end();
  await notesField(page, 2).press('End');
  await notesField(page, 2).pressSequentially(full.slice(first.length));

  await expect(page).toHaveURL(/\/login\?next=/, { timeout: 20_000 });
  expect(await notesOnServer(setup, setup.items[1].id)).toBe(
    'Första meningen skrevs innan sessionen tog slut.',
  );
  await signIn(page, sara);
  await expect(page).toHaveURL(new RegExp(`/meetings/${setup.meetingId}/minutes$`));
  await expect(notesField(page, 2)).toHaveValue(full);
  await expect(status(page)).toHaveText('✓ Sparat');
  await expect.poll(() => notesOnServer(setup, setup.items[1].id)).toBe(full);
});

test('keyboard only: notes, a decision and attendance are written and saved; the page at 1280 and 768', async ({
  page,
}) => {
  test.setTimeout(90_000);
  const setup = await setUp(1);
  await openMinutesAs(page, setup, setup.secretaries[0]);
  await expect(status(page)).toHaveText('✓ Sparat');

  // From the top of the page, Tab until the first item's notes have focus.
  const notes = notesField(page, 1);
  for (let i = 0; i < 60 && !(await notes.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press('Tab');
  }
  await expect(notes).toBeFocused();
  await page.keyboard.type('Skrivet med tangentbordet.');
  // Tab past the notes to "Lägg till beslut", Enter: the new decision field has focus.
  const addDecision = page.getByRole('button', { name: 'Lägg till beslut, punkt 1' });
  for (let i = 0; i < 5 && !(await addDecision.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press('Tab');
  }
  await expect(addDecision).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Beslut 1, punkt 1', { exact: true })).toBeFocused();
  await page.keyboard.type('Beslutet fattades enhälligt.');
  await expect(status(page)).toHaveText('✓ Sparat');
  await expect
    .poll(async () => (await serverMinutes(setup)).items.find((i) => i.agendaItemId === setup.items[0].id))
    .toMatchObject({ notes: 'Skrivet med tangentbordet.', decisions: ['Beslutet fattades enhälligt.'] });

  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: `${SHOTS}/editor-1280.png`, fullPage: true });
  await page.setViewportSize({ width: 768, height: 1024 });
  await page.screenshot({ path: `${SHOTS}/editor-768.png`, fullPage: true });
  await page.getByRole('heading', { name: 'Närvaro' }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SHOTS}/editor-768-attendance.png` });
  // Every control of the editor is at least 44 px high on a tablet; a radio's or a checkbox's target is its
  // whole field, label included (a click on the label sets it).
  const small = await page.locator('.minutes-editor').evaluate((editor) =>
    [...editor.querySelectorAll('button, input, textarea, select')]
      .map((el) => ({ el, box: el.getBoundingClientRect() }))
      .filter(({ el, box }) => {
        const target = el.closest('.ds-field') ?? el;
        const height =
          el instanceof HTMLInputElement && (el.type === 'radio' || el.type === 'checkbox')
            ? target.getBoundingClientRect().height
            : box.height;
        return box.width > 0 && height < 44;
      })
      .map(({ el }) => el.outerHTML.slice(0, 80)),
  );
  expect(small).toEqual([]);
  await expectNoSeriousAxeViolations(page);
});

test('attendance as a checklist with a guest, and an action written in place under its item', async ({
  page,
}) => {
  test.setTimeout(90_000);
  const setup = await setUp(1);
  const [sara] = setup.secretaries;
  const { umeaId } = fixtures();
  await openMinutesAs(page, setup, sara);
  await expect(status(page)).toHaveText('✓ Sparat');

  const ulla = page.getByRole('group', { name: /Ulla Umeå/ });
  await ulla.getByRole('radio', { name: 'Anmält förhinder' }).check();
  await page.getByRole('button', { name: 'Markera övriga som närvarande' }).click();
  await page.getByRole('button', { name: 'Lägg till gäst' }).click();
  await page.getByLabel('Namn, gäst 1', { exact: true }).fill('Gun Gäst');
  await page.getByLabel('Organisation, gäst 1', { exact: true }).fill('Företagarna');

  await page.getByRole('button', { name: 'Ny åtgärd, punkt 2' }).click();
  await expect(page.getByLabel('Rubrik')).toBeFocused();
  await page.getByRole('button', { name: 'Lägg till åtgärd' }).click();
  await expect(page.getByText('Skriv en rubrik.')).toBeVisible();
  await page.getByLabel('Rubrik').fill('Ta fram en gemensam lägesbild');
  await page.getByLabel('Ansvarig organisation').selectOption({ label: 'Umeå' });
  await page.getByLabel('Ansvarig person').selectOption({ label: 'Ulla Umeå' });
  await page.getByLabel('Klar senast').fill('2027-03-31');
  await page.getByRole('button', { name: 'Lägg till åtgärd' }).click();
  await expect(page.getByText('Ta fram en gemensam lägesbild')).toBeVisible();
  await expect(status(page)).toHaveText('✓ Sparat');
  await expectNoSeriousAxeViolations(page);

  await expect
    .poll(async () => {
      const minutes = await serverMinutes(setup);
      return {
        attendance: Object.fromEntries(minutes.attendance.map((entry) => [entry.name, entry.status])),
        guests: minutes.guests,
        actions: minutes.actions.map((action) => ({
          agendaItemId: action.agendaItemId,
          title: action.title,
          ownerOrganizationId: action.ownerOrganizationId,
          dueDate: action.dueDate,
          proposed: action.proposed,
          listed: action.actionId !== null,
        })),
      };
    })
    .toEqual({
      attendance: { 'Ulla Umeå': 'excused', [sara.name]: 'present' },
      guests: [{ name: 'Gun Gäst', organization: 'Företagarna' }],
      actions: [
        {
          agendaItemId: setup.items[1].id,
          title: 'Ta fram en gemensam lägesbild',
          ownerOrganizationId: umeaId,
          dueDate: '2027-03-31',
          proposed: true,
          listed: true,
        },
      ],
    });
  // The action is in the actions list at once, as proposed; it links there from the minutes.
  await expect(page.getByRole('link', { name: 'Ta fram en gemensam lägesbild' })).toBeVisible();
  await page.getByRole('button', { name: 'Ta bort: Ta fram en gemensam lägesbild' }).click();
  await expect(status(page)).toHaveText('✓ Sparat');
  await expect.poll(async () => (await serverMinutes(setup)).actions).toEqual([]);
});
