import { mkdirSync } from 'node:fs';
import { type Page, expect, test } from '@playwright/test';
import { expectNoSeriousAxeViolations } from './axe';
import { ADMIN, fixtures } from './fixtures';
import { signIn, signInByKeyboard } from './session';

const SHOTS = '/tmp/shots';
/** The header a change through the browser's session carries (as the app's client sends it). */
const CSRF = { 'x-samverkan-csrf': '1' };

async function shoot(page: Page, name: string) {
  mkdirSync(SHOTS, { recursive: true });
  for (const width of [1280, 768]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `${SHOTS}/${name}-${width}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

/** Types into the focused field after Tab-ing to the one labelled `label`. */
async function tabTo(page: Page, label: string | RegExp, max = 8) {
  const target = page.getByLabel(label, { exact: typeof label === 'string' });
  for (let step = 0; step < max; step++) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
}

test("an admin keeps the region's secrecy grounds with the keyboard: adds one, is told at the field when it exists, describes, reorders, deactivates and reactivates it", async ({
  page,
}) => {
  const reference = `26 kap. 1 § OSL (${Date.now() % 100_000})`;
  await page.goto('/login');
  await signInByKeyboard(page, ADMIN);
  await expect(page.getByRole('navigation', { name: 'Huvudmeny' })).toBeVisible();

  // From the administration's page, by keyboard.
  await page.goto('/admin');
  const section = page.getByRole('link', { name: /^Sekretessgrunder/ });
  await section.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Sekretessgrunder' })).toBeVisible();
  const list = page.getByRole('region', { name: 'Regionens lista' });
  const shipped = list.getByRole('row', { name: /31 kap\. 16 § OSL/ });
  await expect(shipped).toContainText('Följer med Samverkan');
  await expect(shipped).toContainText('Aktiv');
  await expectNoSeriousAxeViolations(page);

  // Sent empty: what is missing, at each field.
  await page.getByLabel('Hänvisning').focus();
  await page.keyboard.press('Enter');
  await expect(page.getByText('Skriv bestämmelsen, t.ex. 31 kap. 16 § OSL.')).toBeVisible();
  await expect(page.getByText('Beskriv kort vad bestämmelsen skyddar.')).toBeVisible();
  await expect(page.getByLabel('Hänvisning')).toHaveAttribute('aria-invalid', 'true');
  await expectNoSeriousAxeViolations(page);

  // A reference the list has already: the API's refusal shows at the reference.
  await page.keyboard.type('31 kap. 16 § osl');
  await tabTo(page, 'Beskrivning');
  await page.keyboard.type('Dubblett');
  await page.getByLabel('Hänvisning').focus();
  await page.keyboard.press('Enter');
  const referenceField = page.getByLabel('Hänvisning');
  await expect(referenceField).toHaveAccessibleDescription(
    /Listan har redan en sekretessgrund med den hänvisningen/,
  );
  await expectNoSeriousAxeViolations(page);
  await shoot(page, 'secrecy-grounds-refused');

  // The region's own.
  await referenceField.fill('');
  await page.keyboard.type(reference);
  await tabTo(page, 'Beskrivning');
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('Uppgifter om enskildas förhållanden i e2e-prov');
  await tabTo(page, 'Ordning');
  await page.keyboard.type('5');
  await page.keyboard.press('Enter');
  await expect(page.getByText(`${reference} är tillagd i regionens lista.`)).toBeVisible();
  const own = list.getByRole('row', { name: new RegExp(escape(reference)) });
  await expect(own).toContainText('Regionens egen');
  await expect(own).toContainText('Aktiv');
  await expect(own.getByRole('cell').nth(2)).toHaveText('5');
  // Order 5 puts it first, before the shipped grounds (10 and up).
  await expect(list.getByRole('row').nth(1)).toContainText(reference);
  await expect(page.getByLabel('Hänvisning')).toHaveValue('');

  // Describe and reorder it in the dialog.
  await own.getByRole('button', { name: `Ändra ${reference}` }).focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: `Ändra ${reference}` });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByLabel('Hänvisning')).toHaveCount(0);
  await expectNoSeriousAxeViolations(page);
  await dialog.getByLabel('Ordning').focus();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('2,5');
  await page.keyboard.press('Enter');
  await expect(dialog.getByText('Skriv ett heltal från 0 till 10 000, eller lämna tomt.')).toBeVisible();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('700');
  await dialog.getByLabel('Beskrivning').focus();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('Enskildas personliga förhållanden (prov)');
  await dialog.getByLabel('Ordning').focus();
  await page.keyboard.press('Enter');
  await expect(page.getByText(`${reference} är sparad.`)).toBeVisible();
  await expect(dialog).toBeHidden();
  await expect(own).toContainText('Enskildas personliga förhållanden (prov)');
  await expect(own.getByRole('cell').nth(2)).toHaveText('700');
  await expect(list.getByRole('row').last()).toContainText(reference);

  // Deactivated: no longer offered to the agenda; reactivated: offered again.
  await own.getByRole('button', { name: `Inaktivera ${reference}` }).focus();
  await page.keyboard.press('Enter');
  await expect(own).toContainText('Inaktiverad');
  const offered = async () =>
    (
      (await (await page.request.get('/api/secrecy-grounds')).json()) as { items: { reference: string }[] }
    ).items.map((ground) => ground.reference);
  expect(await offered()).not.toContain(reference);
  await expectNoSeriousAxeViolations(page);
  await shoot(page, 'secrecy-grounds');
  await own.getByRole('button', { name: `Aktivera ${reference}` }).focus();
  await page.keyboard.press('Enter');
  await expect(own).toContainText('Aktiv');
  await expect(own).not.toContainText('Inaktiverad');
  expect(await offered()).toContain(reference);
});

test('the secrecy grounds are for admins: a municipality contact is told so', async ({ page }) => {
  await page.goto('/login');
  await signIn(page, fixtures().municipalityContact);
  await expect(page.getByRole('navigation', { name: 'Huvudmeny' })).toBeVisible();
  await page.goto('/admin/secrecy-grounds');
  await expect(page.getByRole('heading', { level: 1, name: 'Ingen behörighet' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Sekretessgrunder' })).toHaveCount(0);
});

test("a coordinator or admin gives a round its diarienummer from the keyboard; it shows among the round's facts and is removed by emptying the field", async ({
  page,
}) => {
  const { umeaId } = fixtures();
  await page.goto('/login');
  await signInByKeyboard(page, ADMIN);
  await expect(page.getByRole('navigation', { name: 'Huvudmeny' })).toBeVisible();
  const me = (await (await page.request.get('/api/me')).json()) as { id: string };
  const name = `Sekretessomgång ${Date.now() % 100_000}`;
  const created = await page.request.post('/api/rounds', {
    headers: CSRF,
    data: {
      name,
      window: { from: '2031-09-01', to: '2031-09-26' },
      organizationIds: [umeaId],
      durationMinutes: 60,
      regionalTeam: [me.id],
      constraints: {},
    },
  });
  expect(created.status(), await created.text()).toBe(201);
  const round = (await created.json()) as { id: string };

  await page.goto(`/rounds/${round.id}`);
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  const field = page.getByRole('textbox', { name: 'Diarienummer' });
  await expect(field).toHaveValue('');
  await field.focus();
  await page.keyboard.type('RS 2031/0456');
  await page.keyboard.press('Enter');
  await expect(page.getByText('Diarienumret är sparat.')).toBeVisible();
  await expect(page.getByText('Diarienummer: RS 2031/0456')).toBeVisible();
  const stored = (await (await page.request.get(`/api/rounds/${round.id}`)).json()) as { caseNumber: string };
  expect(stored.caseNumber).toBe('RS 2031/0456');
  await expectNoSeriousAxeViolations(page);
  await shoot(page, 'round-case-number');

  await field.focus();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.press('Delete');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Spara diarienummer' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByText('Diarienummer: RS 2031/0456')).toHaveCount(0);
  const cleared = (await (await page.request.get(`/api/rounds/${round.id}`)).json()) as {
    caseNumber: string | null;
  };
  expect(cleared.caseNumber).toBeNull();
});

test('the secretary marks a minutes entry confidential during the meeting, by keyboard; an entry restricted on the agenda shows its ground', async ({
  page,
}) => {
  const { umeaId } = fixtures();
  await page.goto('/login');
  await signInByKeyboard(page, ADMIN);
  await expect(page.getByRole('navigation', { name: 'Huvudmeny' })).toBeVisible();
  const created = await page.request.post('/api/meetings', {
    headers: CSRF,
    data: {
      title: `Elevhälsomöte ${Date.now() % 100_000}`,
      start: '2026-11-12T10:00:00+01:00',
      end: '2026-11-12T11:30:00+01:00',
      organizationIds: [umeaId],
    },
  });
  expect(created.status(), await created.text()).toBe(201);
  const meetingId = ((await created.json()) as { id: string }).id;
  const addItem = async (data: Record<string, unknown>) => {
    const response = await page.request.post(`/api/meetings/${meetingId}/agenda/items`, {
      headers: CSRF,
      data,
    });
    expect(response.status(), await response.text()).toBe(201);
  };
  await addItem({ title: 'Elevhälsan i Umeå', visibility: 'public' });
  await addItem({
    title: 'Upphandling av skolskjuts',
    visibility: 'restricted',
    secrecyGround: '19 kap. 3 § OSL',
  });
  const minutes = async () =>
    (
      (await (await page.request.get(`/api/meetings/${meetingId}/minutes`)).json()) as {
        items: Array<{
          title: string;
          number: number;
          secrecySource: string | null;
          secrecyGround: string | null;
        }>;
      }
    ).items;
  const entry = (await minutes()).find((item) => item.title === 'Elevhälsan i Umeå')!;

  await page.goto(`/meetings/${meetingId}/minutes`);
  const section = page.getByRole('region', { name: `${entry.number}. Elevhälsan i Umeå` });
  await expect(section).toBeVisible();
  const restricted = page.getByRole('region', { name: /Upphandling av skolskjuts/ });
  await expect(restricted).toContainText('Sekretess enligt 19 kap. 3 § OSL');
  await expect(restricted).toContainText(
    'Sekretessen kommer från dagordningspunkten och ändras på dagordningen.',
  );

  // Checked and saved without a ground: told at the field.
  const checkbox = section.getByRole('checkbox', {
    name: 'Det som sades under punkten omfattas av sekretess',
  });
  await checkbox.focus();
  await page.keyboard.press('Space');
  await expect(checkbox).toBeChecked();
  const save = section.getByRole('button', { name: /Spara sekretessmarkeringen/ });
  await save.focus();
  await page.keyboard.press('Enter');
  await expect(section.getByText('Välj en sekretessgrund.')).toBeVisible();
  await expectNoSeriousAxeViolations(page);

  await section
    .getByLabel('Sekretessgrund')
    .selectOption({ label: '21 kap. 1 § OSL – Enskilds hälsa eller sexualliv' });
  await section.getByLabel('Kommentar till sekretessen').focus();
  await page.keyboard.type('Uppgifter om en elevs hälsa');
  await page.keyboard.press('Tab');
  await expect(save).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(
    page.getByText(`Punkt ${entry.number} är markerad: sekretess enligt 21 kap. 1 § OSL.`),
  ).toBeVisible();
  await expect(section).toContainText(
    'Sekretess enligt 21 kap. 1 § OSL – Uppgifter om en elevs hälsa (markerad i protokollet)',
  );
  await expect(save).toHaveCount(0);
  const marked = (await minutes()).find((item) => item.title === 'Elevhälsan i Umeå')!;
  expect(marked).toMatchObject({ secrecySource: 'minutes', secrecyGround: '21 kap. 1 § OSL' });
  await expectNoSeriousAxeViolations(page);
  await shoot(page, 'minutes-entry-secrecy');
  for (const width of [1280, 768]) {
    await page.setViewportSize({ width, height: 900 });
    await section.screenshot({ path: `${SHOTS}/minutes-entry-secrecy-item-${width}.png` });
  }
  await page.setViewportSize({ width: 1280, height: 900 });

  // Taken off again: the entry follows its (public) agenda item.
  await checkbox.focus();
  await page.keyboard.press('Space');
  await save.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByText(`Punkt ${entry.number} är inte längre markerad med sekretess.`)).toBeVisible();
  await expect(section).not.toContainText('Sekretess enligt 21 kap. 1 § OSL');
  expect((await minutes()).find((item) => item.title === 'Elevhälsan i Umeå')!.secrecySource).toBeNull();
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
