import { type Browser, type Page, expect, test } from '@playwright/test';
import { expectNoSeriousAxeViolations } from './axe';
import { ADMIN, fixtures } from './fixtures';
import { signIn } from './session';

const CSRF = { 'x-samverkan-csrf': '1' };
const SHOTS = '/tmp/shots/agenda-move';

async function json<T>(response: { status(): number; json(): Promise<unknown> }, status = 200): Promise<T> {
  expect(response.status()).toBe(status);
  return (await response.json()) as T;
}

/** What the viewport shows at 1280 and 768 px wide (a dialog is the viewport's). */
async function shoot(page: Page, name: string) {
  for (const width of [1280, 768]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `${SHOTS}-${name}-${width}.png` });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

async function signedIn(browser: Browser, person: { email: string; password: string }): Promise<Page> {
  const page = await (
    await browser.newContext({ locale: 'sv-SE', timezoneId: 'Europe/Stockholm' })
  ).newPage();
  await page.goto('/login');
  await signIn(page, person);
  await expect(page.getByRole('link', { name: 'Möten' })).toBeVisible();
  return page;
}

/**
 * Dorotea, which no other browser test uses: two meetings in spring 2036 (so the April one is the March
 * one's next), a region secretary who keeps their agendas and a Dorotea participant who proposes an item.
 */
async function doroteaMeetings(page: Page) {
  await page.goto('/login');
  await signIn(page, ADMIN);
  await expect(page.getByRole('link', { name: 'Möten' })).toBeVisible();
  const me = await json<{ organizationId: string }>(await page.request.get('/api/me'));
  const organizations = await json<{ items: Array<{ id: string; name: string }> }>(
    await page.request.get('/api/organizations?limit=100'),
  );
  const dorotea = organizations.items.find((organization) => organization.name.includes('Dorotea'))!;
  const stamp = Date.now();
  const person = async (organizationId: string, name: string, role: string) => {
    const login = { email: `${role}-${stamp}@dorotea-e2e.example.se`, password: `${role}-123456789` };
    const created = await json<{ id: string }>(
      await page.request.post('/api/people', {
        headers: CSRF,
        data: { organizationId, name, roles: [role], ...login },
      }),
      201,
    );
    return { id: created.id, ...login };
  };
  const secretary = await person(me.organizationId, 'Siv Sekreterare', 'secretary');
  const proposer = await person(dorotea.id, 'Dora Doroteasson', 'participant');
  const meeting = async (title: string, day: string) =>
    (
      await json<{ id: string }>(
        await page.request.post('/api/meetings', {
          headers: CSRF,
          data: {
            title,
            start: `${day}T09:00:00+02:00`,
            end: `${day}T11:00:00+02:00`,
            organizationIds: [dorotea.id],
            participants: [secretary.id, proposer.id].map((personId) => ({ personId, role: 'required' })),
          },
        }),
        201,
      )
    ).id;
  const march = await meeting('Samverkansmöte Dorotea mars', '2036-03-26');
  const april = await meeting('Samverkansmöte Dorotea april', '2036-04-23');
  await page.getByRole('button', { name: 'Logga ut' }).click();
  await expect(page).toHaveURL(/\/login/);
  return { secretary, proposer, march, april };
}

test('a secretary moves an accepted proposal to the next meeting with a message its proposer receives', async ({
  page,
  browser,
}) => {
  // Four people's pages and two meetings: more than one default test's time on a busy machine.
  test.setTimeout(150_000);
  const { secretary, proposer, march, april } = await doroteaMeetings(page);
  const proposing = await signedIn(browser, proposer);
  const proposal = await json<{ id: string }>(
    await proposing.request.post(`/api/meetings/${march}/agenda/items`, {
      headers: CSRF,
      data: { title: 'Turistvägar i fjällen' },
    }),
    201,
  );
  await signIn(page, secretary);
  await expect(page.getByRole('link', { name: 'Möten' })).toBeVisible();
  for (const title of ['Besöksnäringens läge', 'Bredband till byarna']) {
    await json(
      await page.request.post(`/api/meetings/${march}/agenda/items`, { headers: CSRF, data: { title } }),
      201,
    );
  }
  // Its version as it stands now (the items added before it renumbered the proposals).
  const agenda = await json<{ proposals: Array<{ id: string; version: number }> }>(
    await page.request.get(`/api/meetings/${march}/agenda`),
  );
  const { version } = agenda.proposals.find((item) => item.id === proposal.id)!;
  await json(
    await page.request.patch(`/api/agenda-items/${proposal.id}`, {
      headers: CSRF,
      data: { status: 'accepted', version },
    }),
  );

  // From the keyboard: the item's own button opens the dialog, which names the meeting the item lands on.
  await page.goto(`/meetings/${march}/agenda`);
  await expect(page.getByRole('heading', { level: 1, name: 'Dagordning' })).toBeVisible();
  await page.getByRole('button', { name: 'Flytta Turistvägar i fjällen till nästa möte' }).focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Flytta ”Turistvägar i fjällen” till nästa möte' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByTestId('next-meeting')).toContainText('Samverkansmöte Dorotea april');
  await expect(dialog.getByTestId('next-meeting')).toContainText('2036-04-23 09:00–11:00');
  const message = dialog.getByLabel('Meddelande till Dora Doroteasson (frivilligt)');
  await expect(message).toBeVisible();
  await expectNoSeriousAxeViolations(page);
  await message.focus();
  await page.keyboard.type('Tiden räckte inte till i mars, vi tar den först i april.');
  await shoot(page, 'dialog');
  await page.keyboard.press('Tab');
  await expect(dialog.getByRole('button', { name: 'Flytta punkten' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(
    page.getByText('”Turistvägar i fjällen” är flyttad till Samverkansmöte Dorotea april.'),
  ).toBeVisible();
  await expect(dialog).toBeHidden();
  // The item stays, marked as moved and linking to where it went; focus is on that link.
  const moved = page
    .getByRole('region', { name: 'Punkter' })
    .getByRole('link', { name: 'Flyttad till nästa möte' });
  await expect(moved).toBeFocused();
  await expect(moved).toHaveAttribute('href', `/meetings/${april}/agenda`);
  await expect(
    page.getByRole('button', { name: 'Flytta Turistvägar i fjällen till nästa möte' }),
  ).toHaveCount(0);
  await expectNoSeriousAxeViolations(page);
  await shoot(page, 'moved');

  // The proposer is told by email, with the message.
  const { mailboxUrl } = fixtures();
  await expect
    .poll(async () => {
      const mails = (await (
        await page.request.get(`${mailboxUrl}/messages?to=${proposer.email}`)
      ).json()) as Array<{ subject: string; text: string }>;
      return mails.some(
        (mail) =>
          mail.subject === 'Din punkt är flyttad till ett senare möte: Turistvägar i fjällen' &&
          mail.text.includes('Tiden räckte inte till i mars, vi tar den först i april.') &&
          mail.text.includes(`/meetings/${april}/agenda`),
      );
    })
    .toBe(true);

  // The proposer follows their proposal from the March agenda to the April one.
  await proposing.goto(`/meetings/${march}/agenda`);
  const own = proposing.getByRole('region', { name: 'Dina förslag' });
  await own.getByRole('link', { name: 'Flyttad till nästa möte' }).click();
  await expect(proposing).toHaveURL(`/meetings/${april}/agenda`);
  await expect(
    proposing
      .getByRole('region', { name: 'Punkter' })
      .getByRole('heading', { name: /Turistvägar i fjällen/ }),
  ).toBeVisible();
  await proposing.context().close();

  // From the April meeting there is nowhere further to go: the dialog says so and offers no move.
  await page.goto(`/meetings/${april}/agenda`);
  await page.getByRole('button', { name: 'Flytta Turistvägar i fjällen till nästa möte' }).click();
  const none = page.getByRole('dialog', { name: 'Flytta ”Turistvägar i fjällen” till nästa möte' });
  await expect(none.getByText('Det finns inget nästa möte')).toBeVisible();
  await expect(none.getByRole('button', { name: 'Flytta punkten' })).toHaveCount(0);
  await expectNoSeriousAxeViolations(page);
  await shoot(page, 'none');
  await page.keyboard.press('Escape');
  await expect(none).toBeHidden();

  // A next meeting cancelled while the dialog is open: the API's refusal shows in the dialog.
  await page.goto(`/meetings/${march}/agenda`);
  await page.getByRole('button', { name: 'Flytta Bredband till byarna till nästa möte' }).click();
  const late = page.getByRole('dialog', { name: 'Flytta ”Bredband till byarna” till nästa möte' });
  await expect(late.getByTestId('next-meeting')).toContainText('Samverkansmöte Dorotea april');
  const current = await json<{ version: number }>(await page.request.get(`/api/meetings/${april}`));
  await json(
    await page.request.post(`/api/meetings/${april}/cancel`, {
      headers: CSRF,
      data: { reason: 'Flyttas till hösten', version: current.version },
    }),
  );
  await late.getByRole('button', { name: 'Flytta punkten' }).click();
  await expect(late.getByRole('alert')).toHaveText('Det finns inget senare möte med kommunen');
  await expectNoSeriousAxeViolations(page);
  await shoot(page, 'refused');
});
