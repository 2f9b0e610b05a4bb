import { type Browser, type Locator, type Page, expect, test } from '@playwright/test';
import { expectNoSeriousAxeViolations } from './axe';
import { ADMIN, fixtures } from './fixtures';
import { signIn } from './session';

const CSRF = { 'x-samverkan-csrf': '1' };
const SHOTS = '/tmp/shots-agenda-web';
let counter = 0;

async function json<T>(response: { status(): number; json(): Promise<unknown> }, status = 200): Promise<T> {
  expect(response.status()).toBe(status);
  return (await response.json()) as T;
}

/**
 * Signs in as the admin, makes a region secretary (the agenda's keeper in these tests) and an upcoming Umeå
 * meeting with the secretary and the Umeå contact, then signs in as the secretary.
 */
async function keeperWithMeeting(page: Page) {
  const { umeaId, municipalityContact } = fixtures();
  counter += 1;
  const stamp = `${Date.now()}-${counter}`;
  await page.goto('/login');
  await signIn(page, ADMIN);
  await expect(page.getByRole('link', { name: 'Möten' })).toBeVisible();
  const me = await json<{ organizationId: string }>(await page.request.get('/api/me'));
  const secretary = { email: `sekreterare-${stamp}@web-e2e.example.se`, password: 'sekreterare-123456' };
  const created = await json<{ id: string }>(
    await page.request.post('/api/people', {
      headers: CSRF,
      data: {
        organizationId: me.organizationId,
        name: 'Sara Sekreterare',
        roles: ['secretary'],
        ...secretary,
      },
    }),
    201,
  );
  const people = await json<{ items: Array<{ id: string; email: string }> }>(
    await page.request.get(`/api/people?organizationId=${umeaId}&limit=100`),
  );
  const contactId = people.items.find((person) => person.email === municipalityContact.email)!.id;
  // A day of its own per test (runs included): a municipality's meetings may not crowd one another.
  const day = new Date(Date.UTC(2033, 0, 1) + (Math.floor(Date.now() / 1000) % 3000) * 86_400_000)
    .toISOString()
    .slice(0, 10);
  const meeting = await json<{ id: string }>(
    await page.request.post('/api/meetings', {
      headers: CSRF,
      data: {
        title: `Samverkansmöte Umeå ${counter}`,
        start: `${day}T09:00:00Z`,
        end: `${day}T11:00:00Z`,
        organizationIds: [umeaId],
        participants: [created.id, contactId].map((personId) => ({ personId, role: 'required' })),
      },
    }),
    201,
  );
  await page.getByRole('button', { name: 'Logga ut' }).click();
  await expect(page).toHaveURL(/\/login/);
  await signIn(page, secretary);
  await expect(page.getByRole('link', { name: 'Möten' })).toBeVisible();
  await page.goto(`/meetings/${meeting.id}/agenda`);
  await expect(page.getByRole('heading', { level: 1, name: 'Dagordning' })).toBeVisible();
  return { meetingId: meeting.id, secretary };
}

/** The titles of the items on the agenda, in order. */
function itemHeadings(page: Page): Locator {
  return page.getByRole('region', { name: 'Punkter' }).getByRole('heading', { level: 3 });
}

async function shoot(page: Page, name: string) {
  for (const width of [1280, 768]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `${SHOTS}/${name}-${width}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

/** The Umeå contact, signed in in a browser context of their own. */
async function contactPage(browser: Browser): Promise<Page> {
  const page = await (
    await browser.newContext({ locale: 'sv-SE', timezoneId: 'Europe/Stockholm' })
  ).newPage();
  await page.goto('/login');
  await signIn(page, fixtures().municipalityContact);
  await expect(page.getByRole('link', { name: 'Möten' })).toBeVisible();
  return page;
}

test('a secretary adds, changes and removes items', async ({ page }) => {
  await keeperWithMeeting(page);
  await expectNoSeriousAxeViolations(page);
  await page.getByRole('button', { name: 'Lägg till punkt' }).click();
  const dialog = page.getByRole('dialog', { name: 'Ny punkt på dagordningen' });
  await dialog.getByRole('button', { name: 'Lägg till punkt' }).click();
  await expect(dialog.getByText('Skriv en rubrik.')).toBeVisible();
  await dialog.getByLabel('Rubrik').fill('Kompetensförsörjning');
  await dialog.getByLabel('Tid i minuter').fill('20');
  await dialog.getByLabel('Föredragande').selectOption({ label: 'Sara Sekreterare' });
  await expectNoSeriousAxeViolations(page);
  await dialog.getByRole('button', { name: 'Lägg till punkt' }).click();
  await expect(page.getByText('Punkten ”Kompetensförsörjning” står nu på dagordningen.')).toBeVisible();
  // Before the closing "Övriga frågor", which stays last.
  await expect(itemHeadings(page).nth(5)).toHaveText('6. Kompetensförsörjning');
  await expect(itemHeadings(page).nth(6)).toHaveText('7. Övriga frågor');

  await page.getByRole('button', { name: 'Ändra punkten Kompetensförsörjning' }).click();
  const edit = page.getByRole('dialog', { name: 'Ändra punkten ”Kompetensförsörjning”' });
  await edit.getByLabel('Rubrik').fill('Kompetensförsörjning i länet');
  await edit.getByLabel('Beskrivning').fill('Behovet av yrkesutbildning.');
  await edit
    .getByLabel('Vilka får se punkten')
    .selectOption({ label: 'Begränsad – bara för regionen och kommunen' });
  // A restricted item needs its legal ground before it is saved; the note is optional.
  await edit.getByRole('button', { name: 'Spara punkten' }).click();
  await expect(edit.getByText('Välj en sekretessgrund för en begränsad punkt.')).toBeVisible();
  await expectNoSeriousAxeViolations(page);
  await edit.getByLabel('Sekretessgrund').selectOption({
    label:
      '31 kap. 16 § OSL – Enskilds affärs- eller driftförhållanden när den enskilde trätt i affärsförbindelse med en myndighet',
  });
  await edit.getByLabel('Kommentar till sekretessen').fill('Leverantörens priser.');
  await expect(edit.getByText('Välj en sekretessgrund för en begränsad punkt.')).toBeHidden();
  await expectNoSeriousAxeViolations(page);
  await shoot(page, 'secrecy');
  await edit.getByRole('button', { name: 'Spara punkten' }).click();
  await expect(page.getByText('Punkten ”Kompetensförsörjning i länet” är sparad.')).toBeVisible();
  const changed = page
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { name: '6. Kompetensförsörjning i länet' }) });
  await expect(changed).toContainText('Behovet av yrkesutbildning.');
  await expect(changed).toContainText('Begränsad – bara för regionen och kommunen');
  await expect(changed).toContainText('Sekretess enligt 31 kap. 16 § OSL');
  await expect(changed).toContainText('Sara Sekreterare');
  await expect(changed).toContainText('20 minuter');

  await page.getByRole('button', { name: 'Ta bort punkten Regionens aktuella insatser' }).click();
  const remove = page.getByRole('dialog', { name: 'Ta bort ”Regionens aktuella insatser”?' });
  await expectNoSeriousAxeViolations(page);
  await remove.getByRole('button', { name: 'Ta bort punkten' }).click();
  await expect(page.getByText('Punkten ”Regionens aktuella insatser” är borttagen.')).toBeVisible();
  await expect(itemHeadings(page)).toHaveCount(6);
  await shoot(page, 'keeper');
});

test('a secretary reorders items with the keyboard only', async ({ page }) => {
  await keeperWithMeeting(page);
  await expect(itemHeadings(page).nth(1)).toHaveText('2. Kommunens näringslivsläge');
  const down = page.getByRole('button', { name: 'Flytta ned punkten Kommunens näringslivsläge' });
  await down.focus();
  await page.keyboard.press('Enter');
  await expect(itemHeadings(page).nth(2)).toHaveText('3. Kommunens näringslivsläge');
  await expect(page.getByTestId('move-announcement')).toHaveText(
    '”Kommunens näringslivsläge” är nu punkt 3 av 6.',
  );
  await expect(down).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(itemHeadings(page).nth(3)).toHaveText('4. Kommunens näringslivsläge');
  // Shift+Tab to "move up" of the same item, and back one place.
  await page.keyboard.press('Shift+Tab');
  await expect(
    page.getByRole('button', { name: 'Flytta upp punkten Kommunens näringslivsläge' }),
  ).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(itemHeadings(page).nth(2)).toHaveText('3. Kommunens näringslivsläge');
  // The closing item stays last: the item before it cannot move down, it cannot move up.
  await expect(page.getByRole('button', { name: 'Flytta ned punkten Gemensamma frågor' })).toHaveAttribute(
    'aria-disabled',
    'true',
  );
  await expect(page.getByRole('button', { name: 'Flytta upp punkten Övriga frågor' })).toHaveAttribute(
    'aria-disabled',
    'true',
  );
  await expectNoSeriousAxeViolations(page);
});

test('a secretary reorders items by dragging', async ({ page }) => {
  await keeperWithMeeting(page);
  // Dragged onto the first item, "Gemensamma frågor" takes its place; the order is saved.
  // Both ends of the drag on the screen at once (each item is tall with its papers).
  await page.setViewportSize({ width: 1280, height: 4400 });
  await expect(itemHeadings(page).nth(4)).toHaveText('5. Gemensamma frågor');
  const common = page.locator('.keeper-item', {
    has: page.getByRole('heading', { level: 3, name: '5. Gemensamma frågor' }),
  });
  await common.locator('.drag-handle').dragTo(itemHeadings(page).first());
  await expect(itemHeadings(page).first()).toHaveText('1. Gemensamma frågor');
  await page.reload();
  await expect(itemHeadings(page).first()).toHaveText('1. Gemensamma frågor');
  await expect(itemHeadings(page).nth(2)).toHaveText('3. Kommunens näringslivsläge');
});

test('a secretary applies a template, publishes, and sees who was told', async ({ page }) => {
  const { meetingId } = await keeperWithMeeting(page);
  const template = `Kompetensmöte ${Date.now()}`;
  // The region's coordinator made the template; here the admin does, through the API, as the secretary may not.
  const admin = await (await page.context().browser()!.newContext()).newPage();
  await admin.goto(`${process.env.SAMVERKAN_WEB_URL}/login`);
  await signIn(admin, ADMIN);
  await expect(admin.getByRole('link', { name: 'Möten' })).toBeVisible();
  await json(
    await admin.request.post('/api/agenda-templates', {
      headers: CSRF,
      data: {
        name: template,
        items: [
          { title: 'Mötets öppnande och val av justerare', type: 'information', durationMinutes: 5 },
          { title: 'Kompetensförsörjning', type: 'discussion', durationMinutes: 20 },
        ],
      },
    }),
    201,
  );
  await admin.context().close();
  await page.reload();

  await page.getByLabel('Mall', { exact: true }).selectOption({ label: template });
  await page.getByRole('button', { name: 'Använd mallen' }).click();
  const confirm = page.getByRole('dialog', { name: `Använd mallen ”${template}”?` });
  await expect(confirm).toContainText(
    'En punkt som dagordningen saknar läggs till, före de avslutande punkterna: ”Kompetensförsörjning”.',
  );
  await expectNoSeriousAxeViolations(page);
  await confirm.getByRole('button', { name: 'Lägg till punkten' }).click();
  await expect(page.getByText(`En punkt från mallen ”${template}” är tillagd.`)).toBeVisible();
  await expect(itemHeadings(page).nth(5)).toHaveText('6. Kompetensförsörjning');

  await page.getByRole('button', { name: 'Publicera dagordningen' }).click();
  const publish = page.getByRole('dialog', { name: 'Publicera dagordningen?' });
  await expect(publish).toContainText('till mötets 2 deltagare');
  await expectNoSeriousAxeViolations(page);
  await publish.getByRole('button', { name: 'Publicera och skicka' }).click();
  await expect(page.getByText('Publicerad', { exact: true })).toBeVisible();
  const told = page.getByRole('table', { name: 'Vilka har fått dagordningen' });
  await expect(told.getByRole('row', { name: /Sara Sekreterare/ })).toContainText('Skickad');
  await expect(told.getByRole('row', { name: /Ulla Umeå/ })).toContainText('Skickad');
  await expect(told.getByRole('row', { name: /Ulla Umeå/ })).toContainText(
    fixtures().municipalityContact.email,
  );
  await expectNoSeriousAxeViolations(page);
  await shoot(page, 'published');
  expect(meetingId).toBeTruthy();
});

test('a secretary accepts one proposal at a chosen place and declines another with a message', async ({
  page,
  browser,
}) => {
  const { meetingId } = await keeperWithMeeting(page);
  const contact = await contactPage(browser);
  for (const title of ['Skolskjutsar i glesbygd', 'Gemensam upphandling av snöröjning']) {
    await json(
      await contact.request.post(`/api/meetings/${meetingId}/agenda/items`, {
        headers: CSRF,
        data: { title },
      }),
      201,
    );
  }
  await page.reload();
  const queue = page.getByRole('region', { name: 'Förslag till dagordningen' });
  await expect(queue.getByTestId('proposal-count')).toHaveText('2 förslag väntar på beslut.');
  await queue.getByRole('button', { name: 'Godta förslaget Skolskjutsar i glesbygd' }).click();
  const accept = page.getByRole('dialog', { name: 'Godta förslaget ”Skolskjutsar i glesbygd”' });
  await accept
    .getByLabel('Placering på dagordningen')
    .selectOption({ label: 'Före punkt 2. Kommunens näringslivsläge' });
  await expectNoSeriousAxeViolations(page);
  await accept
    .getByLabel('Meddelande till den som föreslog (valfritt)')
    .fill('Bra förslag, vi tar det tidigt på mötet.');
  await shoot(page, 'accept');
  await accept.getByRole('button', { name: 'Godta och placera' }).click();
  await expect(
    page.getByText('Förslaget ”Skolskjutsar i glesbygd” är godtaget och står nu som punkt 2.'),
  ).toBeVisible();
  await expect(itemHeadings(page).nth(1)).toHaveText('2. Skolskjutsar i glesbygd');

  await queue.getByRole('button', { name: 'Avböj förslaget Gemensam upphandling av snöröjning' }).click();
  const decline = page.getByRole('dialog');
  await decline.getByLabel('Skäl').fill('Frågan tas upp i länets upphandlingsnätverk.');
  await decline.getByRole('button', { name: 'Avböj förslaget' }).click();
  await expect(page.getByText('Förslaget ”Gemensam upphandling av snöröjning” är avböjt.')).toBeVisible();
  await expect(queue.getByTestId('proposal-count')).toHaveText('0 förslag väntar på beslut.');
  await expectNoSeriousAxeViolations(page);

  // The contact was told of both by email, each with its message.
  const { mailboxUrl, municipalityContact } = fixtures();
  const told = async (subject: string, text: string) => {
    const mails = (await (
      await page.request.get(`${mailboxUrl}/messages?to=${municipalityContact.email}`)
    ).json()) as Array<{ subject: string; text: string }>;
    return mails.some((mail) => mail.subject.startsWith(subject) && mail.text.includes(text));
  };
  await expect
    .poll(() =>
      told('Din punkt är med på dagordningen: Skolskjutsar', 'Bra förslag, vi tar det tidigt på mötet.'),
    )
    .toBe(true);
  await expect
    .poll(() => told('Din punkt kom inte med på dagordningen: Gemensam', 'länets upphandlingsnätverk.'))
    .toBe(true);
  await contact.context().close();
});

test('a municipality person sees the agenda without edit controls; another municipality’s agenda is not found', async ({
  page,
  browser,
}) => {
  const { meetingId } = await keeperWithMeeting(page);
  const contact = await contactPage(browser);
  await contact.goto(`/meetings/${meetingId}/agenda`);
  await expect(
    contact.getByRole('heading', { level: 3, name: '1. Mötets öppnande och val av justerare' }),
  ).toBeVisible();
  for (const name of [
    /^Lägg till punkt$/,
    /^Flytta upp/,
    /^Flytta ned/,
    /^Ändra punkten/,
    /^Ta bort/,
    /^Publicera/,
    /^Använd mallen/,
  ]) {
    await expect(contact.getByRole('button', { name })).toHaveCount(0);
  }
  await expect(contact.getByRole('button', { name: 'Skicka förslaget' })).toBeVisible();
  await expectNoSeriousAxeViolations(contact);
  await shoot(contact, 'contact');
  // A Skellefteå meeting, made by the admin: not found for Umeå's contact.
  await page.getByRole('button', { name: 'Logga ut' }).click();
  await signIn(page, ADMIN);
  await expect(page.getByRole('link', { name: 'Möten' })).toBeVisible();
  const elsewhere = await json<{ id: string }>(
    await page.request.post('/api/meetings', {
      headers: CSRF,
      data: {
        title: 'Samverkansmöte Skellefteå',
        start: '2031-04-02T09:00:00+02:00',
        end: '2031-04-02T10:00:00+02:00',
        organizationIds: [fixtures().skelleftea],
        participants: [],
      },
    }),
    201,
  );
  await contact.goto(`/meetings/${elsewhere.id}/agenda`);
  await expect(contact.getByRole('heading', { level: 1, name: 'Sidan finns inte' })).toBeVisible();
  await expectNoSeriousAxeViolations(contact);
  await contact.context().close();
});

test('a move made on a stale agenda is refused in words and the list shows the agenda as it now is', async ({
  page,
}) => {
  const { meetingId } = await keeperWithMeeting(page);
  await expect(itemHeadings(page).first()).toHaveText('1. Mötets öppnande och val av justerare');
  // Meanwhile another keeper moves "Gemensamma frågor" first.
  const agenda = await json<{ version: number; items: Array<{ id: string; title: string }> }>(
    await page.request.get(`/api/meetings/${meetingId}/agenda`),
  );
  const common = agenda.items.find((item) => item.title === 'Gemensamma frågor')!;
  await json(
    await page.request.post(`/api/agenda-items/${common.id}/move`, {
      headers: CSRF,
      data: { number: 1, agendaVersion: agenda.version },
    }),
  );
  await page.getByRole('button', { name: 'Flytta ned punkten Kommunens näringslivsläge' }).click();
  await expect(page.getByText(/Dagordningen har ändrats av någon annan/)).toBeVisible();
  await expect(itemHeadings(page).first()).toHaveText('1. Gemensamma frågor');
  await expect(itemHeadings(page).nth(2)).toHaveText('3. Kommunens näringslivsläge');
});
