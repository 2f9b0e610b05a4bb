import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import {
  type APIRequestContext,
  type Browser,
  type Page,
  expect,
  request as playwrightRequest,
  test,
} from '@playwright/test';
import { expectNoSeriousAxeViolations } from './axe';
import { ADMIN, fixtures } from './fixtures';
import { signIn } from './session';

/**
 * Justering in the browser (#15): the secretary submits to the agreement's adjusters (chosen beforehand in
 * the form), by keyboard; an adjuster returns the minutes through the link in the email the service sent,
 * the secretary sees the comment, fixes and submits again; one adjuster approves through the new link and
 * the other signed in, which locks the minutes; the PDF is downloaded and read back with pdftotext; the
 * secretary reopens them with a reason. Axe on every state; screenshots at 1280 and 768 px.
 */

const SHOTS = '/tmp/justering-shots';
/** Swedish and Sami letters, which the PDF must print as written (ADR 8: DejaVu Sans embedded). */
const SAMI_NOTES = 'Ŋuolla ja Áila: đ, ŧ, ž, č, š; Åsa, Ärla och Östen från Sorsele.';
const RETURN_COMMENT = 'Lägg till att Sorsele kommun bjuder in till nästa träff.';
const FIXED_NOTES = `${SAMI_NOTES} Sorsele kommun bjuder in till nästa träff.`;
const REOPEN_REASON = 'Fel datum för nästa träff i punkt 1.';

interface Person {
  id: string;
  name: string;
  email: string;
  password: string;
}

interface Mail {
  subject: string;
  text: string;
}

async function ok<T>(response: { ok(): boolean; status(): number; text(): Promise<string> }): Promise<T> {
  const text = await response.text();
  expect(response.ok(), `${response.status()} ${text}`).toBe(true);
  return (text ? JSON.parse(text) : undefined) as T;
}

/**
 * Through the API as the admin: a secretary and an adjuster of the region, an adjuster of Sorsele (no other
 * browser test uses Sorsele, so its agreement is this test's), the agreement naming the two adjusters, and
 * a meeting with Sorsele that took place, with its template's agenda.
 */
async function setUp(): Promise<{
  api: APIRequestContext;
  meetingId: string;
  people: Record<string, Person>;
}> {
  const { url } = fixtures();
  const login = await (await playwrightRequest.newContext()).post(`${url}/api/auth/login`, { data: ADMIN });
  const token = ((await login.json()) as { accessToken: string }).accessToken;
  const api = await playwrightRequest.newContext({
    baseURL: url,
    extraHTTPHeaders: { authorization: `Bearer ${token}` },
  });
  const me = await ok<{ organizationId: string }>(await api.get('/api/me'));
  const organizations = await ok<{ items: Array<{ id: string; name: string }> }>(
    await api.get('/api/organizations?limit=100'),
  );
  const sorseleId = organizations.items.find((organization) => organization.name === 'Sorsele')!.id;
  const tag = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  const make = async (key: string, name: string, organizationId: string, roles: string[]) => {
    const person = {
      name: `${name} ${tag}`,
      email: `${key}-${tag}@web-e2e.example.se`,
      password: `${key}-password-123`,
    };
    const created = await ok<{ id: string }>(
      await api.post('/api/people', { data: { ...person, organizationId, roles, locale: 'sv' } }),
    );
    return { id: created.id, ...person };
  };
  const people = {
    secretary: await make('sekreterare', 'Sara Sekreterare', me.organizationId, ['secretary']),
    regionAdjuster: await make('regionjusterare', 'Rolf Regionjusterare', me.organizationId, ['participant']),
    sorseleAdjuster: await make('sorselejusterare', 'Ánte Ŋuolla', sorseleId, ['participant']),
  };
  await ok(
    await api.put(`/api/organizations/${sorseleId}/agreement`, {
      data: {
        cadence: 'P3M',
        preferredMode: 'digital',
        validFrom: '2026-01-01',
        adjusters: { region: people.regionAdjuster.id, municipality: people.sorseleAdjuster.id },
      },
    }),
  );
  const meeting = await ok<{ id: string }>(
    await api.post('/api/meetings', {
      data: {
        title: `Samverkansmöte Sorsele ${tag}`,
        start: '2026-10-06T09:00:00+02:00',
        end: '2026-10-06T11:00:00+02:00',
        organizationIds: [sorseleId],
        participants: Object.values(people).map((person) => ({ personId: person.id, role: 'required' })),
      },
    }),
  );
  return { api, meetingId: meeting.id, people };
}

/** The newest email to this address whose subject starts so, once the service has sent it (`nth` of them). */
async function approvalLink(page: Page, person: Person, nth: number): Promise<string> {
  const { mailboxUrl } = fixtures();
  let mails: Mail[] = [];
  await expect
    .poll(
      async () => {
        mails = (
          (await (await page.request.get(`${mailboxUrl}/messages?to=${person.email}`)).json()) as Mail[]
        ).filter((mail) => mail.subject.startsWith('Protokoll att justera'));
        return mails.length;
      },
      { message: `approval email ${nth} to ${person.name}` },
    )
    .toBeGreaterThanOrEqual(nth);
  const link = /https?:\/\/\S+\/minutes-approval\/[A-Za-z0-9_-]+/.exec(mails[nth - 1].text)?.[0];
  expect(link, 'the approval link in the email').toBeTruthy();
  return link!;
}

async function shots(page: Page, name: string): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  for (const width of [1280, 768]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `${SHOTS}/${name}-${width}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

async function signedIn(browser: Browser, person: Person, path: string): Promise<Page> {
  const context = await browser.newContext({
    baseURL: fixtures().url,
    locale: 'sv-SE',
    timezoneId: 'Europe/Stockholm',
    acceptDownloads: true,
  });
  const page = await context.newPage();
  await page.goto('/login');
  await signIn(page, person);
  await expect(page.getByRole('link', { name: 'Möten' })).toBeVisible();
  await page.goto(path);
  await expect(page.getByRole('heading', { level: 1, name: 'Protokoll' })).toBeVisible();
  return page;
}

const adjusterRow = (page: Page, person: Person) =>
  page.getByRole('table', { name: 'Justerare' }).getByRole('row').filter({ hasText: person.name });

test('the secretary submits by keyboard, an adjuster returns through the emailed link, the fixed minutes are approved and lock, the PDF reads back, and they are reopened with a reason', async ({
  page,
  browser,
}) => {
  test.setTimeout(240_000);
  const { api, meetingId, people } = await setUp();
  const { secretary, regionAdjuster, sorseleAdjuster } = people;
  const minutesPath = `/meetings/${meetingId}/minutes`;
  const serverMinutes = async () =>
    ok<{ status: string; items: Array<{ notes: string | null }> }>(
      await api.get(`/api/meetings/${meetingId}/minutes`),
    );

  // The secretary writes item 1 with Swedish and Sami letters; the form starts from the agreement's adjusters.
  await page.goto('/login');
  await signIn(page, secretary);
  await expect(page.getByRole('link', { name: 'Möten' })).toBeVisible();
  await page.goto(minutesPath);
  const notes = page.getByLabel('Anteckningar, punkt 1', { exact: true });
  await notes.fill(SAMI_NOTES);
  await expect(page.getByRole('status').filter({ hasText: 'Sparat' })).toBeVisible();
  await expect.poll(async () => (await serverMinutes()).items[0].notes).toBe(SAMI_NOTES);
  const form = page.getByRole('region', { name: 'Skicka för justering' });
  await expect(form.getByLabel('Justerare 1', { exact: true })).toHaveValue(regionAdjuster.id);
  await expect(form.getByLabel('Justerare 2', { exact: true })).toHaveValue(sorseleAdjuster.id);
  await expectNoSeriousAxeViolations(page);
  await shots(page, 'draft');

  // The same person twice is caught in the form; a past deadline by the API, under its field.
  await form.getByLabel('Justerare 2', { exact: true }).selectOption(regionAdjuster.id);
  await form.getByRole('button', { name: 'Skicka för justering' }).click();
  await expect(form.getByText('Samma person är vald två gånger.')).toBeVisible();
  await form.getByLabel('Justerare 2', { exact: true }).selectOption(sorseleAdjuster.id);
  const deadline = form.getByLabel('Justera senast (frivilligt)');
  await deadline.fill('2020-01-02');
  await form.getByRole('button', { name: 'Skicka för justering' }).click();
  await expect(form.getByText('Sista dag för justering måste ligga i framtiden')).toBeVisible();
  await expect(deadline).toHaveAttribute('aria-invalid', 'true');
  await expectNoSeriousAxeViolations(page);
  await shots(page, 'submit-error');
  await deadline.fill('');

  // Keyboard only: from the first adjuster, Tab to the submit button and press Enter.
  await form.getByLabel('Justerare 1', { exact: true }).focus();
  const submit = form.getByRole('button', { name: 'Skicka för justering' });
  for (let tab = 0; tab < 15; tab++) {
    if (await submit.evaluate((button) => button === document.activeElement)) break;
    await page.keyboard.press('Tab');
  }
  await expect(submit).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(
    page.getByText(`Protokollet är skickat för justering till ${regionAdjuster.name}`),
  ).toBeVisible();
  await expect(adjusterRow(page, regionAdjuster)).toContainText('Väntar på beslut');
  await expect(adjusterRow(page, sorseleAdjuster)).toContainText('Väntar på beslut');
  await expect(adjusterRow(page, sorseleAdjuster)).toContainText(/Skickas \d{4}-\d{2}-\d{2} \d{2}:\d{2}/);
  await expect(page.getByText(/Justerarna har på sig till och med \d{4}-\d{2}-\d{2} 23:59/)).toBeVisible();
  await expect(page.getByLabel('Anteckningar, punkt 1', { exact: true })).toHaveCount(0);
  expect((await serverMinutes()).status).toBe('in_review');
  await expectNoSeriousAxeViolations(page);
  await shots(page, 'in-review');

  // Sorsele's adjuster opens the link in the email, signed out, and returns the minutes with a comment.
  const linkPage = await (await browser.newContext({ locale: 'sv-SE' })).newPage();
  await linkPage.goto(await approvalLink(page, sorseleAdjuster, 1));
  await expect(linkPage.getByRole('heading', { level: 1, name: 'Justering av protokoll' })).toBeVisible();
  await expect(linkPage.getByText(SAMI_NOTES)).toBeVisible();
  await expect(linkPage.getByText(/Justera senast: \d+ \p{L}+ \d{4} kl\. 23:59/u)).toBeVisible();
  await expectNoSeriousAxeViolations(linkPage);
  await shots(linkPage, 'approval-link');
  await linkPage.getByLabel('Kommentar (krävs om du skickar tillbaka)').fill(RETURN_COMMENT);
  await linkPage.getByRole('button', { name: 'Skicka tillbaka' }).click();
  await expect(
    linkPage.getByRole('heading', { name: 'Tack! Protokollet har skickats tillbaka till sekreteraren.' }),
  ).toBeVisible();
  await expectNoSeriousAxeViolations(linkPage);

  // The secretary sees the comment above the editor, fixes item 1 and submits again.
  await page.reload();
  const returned = page.getByText('Protokollet har skickats tillbaka', { exact: true });
  await expect(returned).toBeVisible();
  await expect(page.getByText(RETURN_COMMENT).first()).toBeVisible();
  await expect(adjusterRow(page, sorseleAdjuster)).toContainText('Skickat tillbaka');
  await expectNoSeriousAxeViolations(page);
  await shots(page, 'returned');
  await page.getByLabel('Anteckningar, punkt 1', { exact: true }).fill(FIXED_NOTES);
  await expect(page.getByRole('status').filter({ hasText: 'Sparat' })).toBeVisible();
  await expect.poll(async () => (await serverMinutes()).items[0].notes).toBe(FIXED_NOTES);
  await page
    .getByRole('region', { name: 'Skicka för justering igen' })
    .getByRole('button', { name: 'Skicka för justering igen' })
    .click();
  await expect(adjusterRow(page, sorseleAdjuster)).toContainText('Väntar på beslut');

  // Sorsele's adjuster approves through the new link; the first one shows only its outcome now.
  await linkPage.goto(await approvalLink(page, sorseleAdjuster, 1));
  await expect(
    linkPage.getByText('Tack! Protokollet har skickats tillbaka till sekreteraren.'),
  ).toBeVisible();
  await expect(linkPage.getByRole('button', { name: 'Justera', exact: true })).toHaveCount(0);
  await expect(linkPage.getByText(SAMI_NOTES)).toHaveCount(0);
  await linkPage.goto(await approvalLink(page, sorseleAdjuster, 2));
  await expect(linkPage.getByText(FIXED_NOTES)).toBeVisible();
  await linkPage.getByRole('button', { name: 'Justera', exact: true }).click();
  await expect(linkPage.getByRole('heading', { name: 'Tack! Du har justerat protokollet.' })).toBeVisible();
  await linkPage.context().close();

  // The region's adjuster, signed in, approves on the minutes page: the last approval locks them.
  const adjusterPage = await signedIn(browser, regionAdjuster, minutesPath);
  const decide = adjusterPage.getByRole('region', { name: 'Din justering' });
  await expect(decide).toBeVisible();
  await expectNoSeriousAxeViolations(adjusterPage);
  await shots(adjusterPage, 'adjuster-signed-in');
  await decide.getByRole('button', { name: 'Justera', exact: true }).click();
  await expect(adjusterPage.getByText('Du har justerat protokollet.')).toBeVisible();
  await adjusterPage.context().close();
  await expect.poll(async () => (await serverMinutes()).status).toBe('locked');

  // Locked: read only, both approvals shown, the PDF to open and to download.
  await page.reload();
  await expect(page.getByText('Justerat och låst').first()).toBeVisible();
  await expect(page.getByLabel('Anteckningar, punkt 1', { exact: true })).toHaveCount(0);
  await expect(page.getByText(FIXED_NOTES)).toBeVisible();
  await expect(adjusterRow(page, regionAdjuster)).toContainText('Godkänt');
  await expect(adjusterRow(page, sorseleAdjuster)).toContainText('Godkänt');
  await expect(page.getByRole('link', { name: /Öppna det justerade protokollet \(PDF\)/ })).toHaveAttribute(
    'target',
    '_blank',
  );
  await expectNoSeriousAxeViolations(page);
  await shots(page, 'locked');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Ladda ner protokollet som PDF' }).click(),
  ]);
  mkdirSync(SHOTS, { recursive: true });
  const pdfPath = `${SHOTS}/minutes.pdf`;
  await download.saveAs(pdfPath);
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', pdfPath, '-'], { encoding: 'utf8' });
  for (const letters of ['Ŋuolla', 'Áila', 'đ', 'ŧ', 'ž', 'č', 'š', 'Åsa', 'Ärla', 'Östen', 'Ánte Ŋuolla']) {
    expect(text, `"${letters}" in the PDF`).toContain(letters);
  }
  // The fix of the returned version, wrapped across lines by the PDF.
  expect(text.replace(/\s+/g, ' ')).toContain('Sorsele kommun bjuder in till nästa träff.');
  expect(text).not.toContain('UTKAST');

  // Reopened with a reason (required): a draft again, the reason in the revisions.
  await page.getByRole('button', { name: 'Öppna igen' }).click();
  const dialog = page.getByRole('dialog', { name: 'Öppna det justerade protokollet igen?' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Öppna protokollet igen' }).click();
  await expect(dialog.getByText('Skriv varför protokollet öppnas igen.')).toBeVisible();
  await expectNoSeriousAxeViolations(page);
  await shots(page, 'reopen-dialog');
  await dialog.getByLabel('Motivering').fill(REOPEN_REASON);
  await dialog.getByRole('button', { name: 'Öppna protokollet igen' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('Protokollet är öppnat igen och kan ändras.')).toBeVisible();
  await expect(page.getByLabel('Anteckningar, punkt 1', { exact: true })).toHaveValue(FIXED_NOTES);
  const revisions = page.getByRole('region', { name: 'Versioner' });
  await expect(revisions.getByText(/Version \d+: Öppnat igen/)).toBeVisible();
  await expect(revisions.getByText(`Kommentar: ${REOPEN_REASON}`)).toBeVisible();
  await expect(revisions.getByText(/Version \d+: Låst/)).toBeVisible();
  expect((await serverMinutes()).status).toBe('draft');
  // The fix after the return, word by word: what the secretary wrote into item 1's notes.
  const fix = revisions
    .getByRole('listitem')
    .filter({ hasText: /Version \d+: Ändrat/ })
    .first();
  await fix.getByText('Visa texten före och efter').click();
  await expect(fix.locator('ins')).toContainText('Sorsele kommun bjuder in till nästa träff.');
  await expectNoSeriousAxeViolations(page);
  await shots(page, 'reopened');
});
