import { type APIRequestContext, expect, test } from '@playwright/test';
import { expectNoSeriousAxeViolations } from './axe';
import { ADMIN, fixtures } from './fixtures';
import { signIn } from './session';

/** A coordinator of the region and Lycksele's contact (no login needed for the answer page). */
const COORDINATOR = {
  name: 'Kerstin Konsultation',
  email: 'kerstin.konsultation@web-e2e.example.se',
  password: 'coordinator-password-456',
};
const CONTACT = { name: 'Lena Lycksele', email: 'lena.lycksele@web-e2e.example.se' };
const ROUND = 'Samråd mars 2031';
let roundId = '';

async function as(request: APIRequestContext, credentials: { email: string; password: string }) {
  const { url } = fixtures();
  const login = await request.post(`${url}/api/auth/login`, {
    data: { email: credentials.email, password: credentials.password },
  });
  expect(login.ok(), await login.text()).toBe(true);
  return { authorization: `Bearer ${(await login.json()).accessToken}` };
}

test.beforeAll(async ({ request }) => {
  const { url } = fixtures();
  const admin = await as(request, ADMIN);
  const me = await (await request.get(`${url}/api/me`, { headers: admin })).json();
  const organizations = await (
    await request.get(`${url}/api/organizations?limit=100`, { headers: admin })
  ).json();
  const lycksele = organizations.items.find((organization: { code: string }) => organization.code === '2481');
  const coordinator = await request.post(`${url}/api/people`, {
    headers: admin,
    data: { ...COORDINATOR, organizationId: me.organizationId, roles: ['coordinator'], locale: 'sv' },
  });
  expect(coordinator.status()).toBe(201);
  const contact = await request.post(`${url}/api/people`, {
    headers: admin,
    data: { ...CONTACT, organizationId: lycksele.id, roles: ['participant'], locale: 'sv' },
  });
  expect(contact.status()).toBe(201);
  const current = await request.get(`${url}/api/organizations/${lycksele.id}/agreement`, { headers: admin });
  const agreement = await request.put(`${url}/api/organizations/${lycksele.id}/agreement`, {
    headers: admin,
    data: {
      version: current.ok() ? (await current.json()).version : 0,
      cadence: 'P3M',
      preferredMode: 'digital',
      defaultParticipantIds: [(await contact.json()).id],
      location: { videoUrl: 'https://meet.example.se/lycksele' },
      validFrom: '2026-06-01',
    },
  });
  expect(agreement.ok()).toBe(true);
  const round = await request.post(`${url}/api/rounds`, {
    headers: await as(request, COORDINATOR),
    data: {
      name: ROUND,
      window: { from: '2031-03-03', to: '2031-03-28' },
      organizationIds: [lycksele.id],
      durationMinutes: 60,
      regionalTeam: [(await coordinator.json()).id],
      constraints: {},
    },
  });
  expect(round.status()).toBe(201);
  roundId = (await round.json()).id;
});

test('a coordinator sends a round as a proposal; Lycksele asks for another time on its page; the coordinator moves the meeting there', async ({
  page,
  request,
}) => {
  await page.goto('/login');
  await signIn(page, COORDINATOR);
  await expect(page.getByRole('heading', { level: 1, name: 'Länsöversikt' })).toBeVisible();
  await page.goto(`/rounds/${roundId}`);
  await expect(page.getByRole('heading', { level: 1, name: ROUND })).toBeVisible();

  // Send the proposal, by keyboard, after a dialog that says nothing is booked yet.
  await page.getByRole('button', { name: 'Skicka som förslag till kommunerna' }).focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Skicka omgången som förslag?' });
  await expect(dialog).toContainText('Kontaktpersonerna i 1 kommun får ett e-postmeddelande');
  await expect(dialog).toContainText('Inget möte skapas och inga inbjudningar skickas förrän du bekräftar');
  await expectNoSeriousAxeViolations(page);
  await dialog.getByRole('button', { name: 'Skicka förslaget' }).focus();
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(page.getByText(`Förslaget i ”${ROUND}” är skickat till kommunerna.`)).toBeVisible();
  await expect(page.getByText(/^Skickad som förslag /)).toBeVisible();
  await expect(page.getByText('Svar: 0 godtar, 0 ber om en annan tid, 1 har inte svarat.')).toBeVisible();
  const table = page.getByRole('table', { name: 'Föreslagna möten med skälen till varje tid' });
  await expect(table.getByRole('columnheader', { name: 'Kommunens svar' })).toBeVisible();
  await expect(table.getByRole('row', { name: /Lycksele/ })).toContainText('Inget svar ännu');
  await expect(page.getByRole('button', { name: 'Skicka som förslag till kommunerna' })).toHaveCount(0);
  await expectNoSeriousAxeViolations(page);

  // Lycksele's contact gets the email with the link to the answer page.
  const { mailboxUrl } = fixtures();
  let text = '';
  await expect
    .poll(async () => {
      const mails = (await (
        await request.get(`${mailboxUrl}/messages?to=${CONTACT.email}`)
      ).json()) as Array<{
        subject: string;
        text: string;
      }>;
      text = mails.find((mail) => mail.subject.startsWith('Förslag till samverkansmöte'))?.text ?? '';
      return text.length > 0;
    })
    .toBe(true);
  const link = /\/round-proposal\/[A-Za-z0-9_-]{43}/.exec(text)![0];

  // The answer page: public, in Swedish; asking for another time without one is refused in words.
  const answerPage = await page.context().newPage();
  await answerPage.goto(link);
  await expect(
    answerPage.getByRole('heading', { level: 1, name: 'Förslag till samverkansmöte' }),
  ).toBeVisible();
  await expect(answerPage.getByText('Hej Lena Lycksele!')).toBeVisible();
  await expect(answerPage.getByRole('radio', { name: 'Ja, tiden passar' })).toBeChecked();
  await expectNoSeriousAxeViolations(answerPage);
  await answerPage.setViewportSize({ width: 768, height: 1000 });
  await answerPage.screenshot({ path: '/tmp/consult-answer-768.png', fullPage: true });
  await answerPage.setViewportSize({ width: 1280, height: 900 });

  await answerPage.getByRole('radio', { name: 'Ja, tiden passar' }).focus();
  await answerPage.keyboard.press('ArrowDown');
  await expect(answerPage.getByRole('radio', { name: 'Nej, vi ber om en annan tid' })).toBeChecked();
  await answerPage.getByRole('button', { name: 'Skicka svar' }).focus();
  await answerPage.keyboard.press('Enter');
  const refusal = answerPage.getByRole('alert');
  await expect(refusal).toContainText('Svaret kunde inte sparas');
  await expect(refusal).toContainText('Ange minst en annan tid');
  await expectNoSeriousAxeViolations(answerPage);

  // By keyboard: the choice, one alternative, a reason, send.
  await answerPage.getByRole('radio', { name: 'Ja, tiden passar' }).focus();
  await answerPage.keyboard.press('ArrowDown');
  await answerPage.keyboard.press('Tab');
  await expect(answerPage.getByLabel('Förslag 1')).toBeFocused();
  await answerPage.getByLabel('Förslag 1').fill('2031-03-19T10:00');
  await answerPage.getByLabel('Skäl eller meddelande').focus();
  await answerPage.keyboard.type('Kommunfullmäktige sammanträder den dagen');
  await answerPage.keyboard.press('Tab');
  await expect(answerPage.getByRole('button', { name: 'Skicka svar' })).toBeFocused();
  await answerPage.keyboard.press('Enter');
  await expect(answerPage.getByRole('status')).toContainText('Tack! Ert svar är sparat.');
  await expect(answerPage.getByText('Ni har bett om en annan tid.')).toBeVisible();
  await expectNoSeriousAxeViolations(answerPage);
  await answerPage.screenshot({ path: '/tmp/consult-answer-1280.png', fullPage: true });
  await answerPage.close();

  // The coordinator sees the answer and moves the meeting to the alternative, by keyboard.
  await page.reload();
  const row = table.getByRole('row', { name: /Lycksele/ });
  await expect(row).toContainText('Ber om en annan tid');
  await expect(row).toContainText('Lena Lycksele');
  await expect(row).toContainText('Skäl: Kommunfullmäktige sammanträder den dagen');
  await expect(page.getByText('Svar: 0 godtar, 1 ber om en annan tid, 0 har inte svarat.')).toBeVisible();
  await expectNoSeriousAxeViolations(page);
  await page.screenshot({ path: '/tmp/consult-round-1280.png', fullPage: true });
  await page.setViewportSize({ width: 768, height: 1000 });
  await page.screenshot({ path: '/tmp/consult-round-768.png', fullPage: true });
  await page.setViewportSize({ width: 1280, height: 900 });
  const take = row.getByRole('button', { name: /^Flytta mötet med Lycksele till 2031-03-19 10:00/ });
  await take.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByText(/Mötet med Lycksele är flyttat till 2031-03-19 10:00/)).toBeVisible();
  await expect(row).toContainText('Flyttad för hand');
  await expect(row).toContainText(/Frågan gällde 2031-03-\d{2}/);
  await expect(row.getByRole('button', { name: /^Flytta mötet med Lycksele till/ })).toHaveCount(0);
  await expectNoSeriousAxeViolations(page);
});
