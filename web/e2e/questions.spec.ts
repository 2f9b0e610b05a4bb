import { type Page, expect, test } from '@playwright/test';
import { expectNoSeriousAxeViolations } from './axe';
import { ADMIN, fixtures } from './fixtures';
import { signIn } from './session';

const CSRF = { 'x-samverkan-csrf': '1' };

async function json<T>(response: { status(): number; json(): Promise<unknown> }, status = 200): Promise<T> {
  expect(response.status()).toBe(status);
  return (await response.json()) as T;
}

async function signOut(page: Page) {
  await page.getByRole('button', { name: 'Logga ut' }).click();
  await expect(page).toHaveURL(/\/login/);
}

/** With SCREENSHOT_DIR set, the page at 1280 and 768 px wide (to look at; nothing is compared). */
async function screenshots(page: Page, name: string) {
  const dir = process.env.SCREENSHOT_DIR;
  if (!dir) return;
  for (const width of [1280, 768]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `${dir}/questions-${name}-${width}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

test('a coordinator registers a question for a municipality, finds it filtered and changes its status; the municipality contact sees theirs and not another municipality’s', async ({
  page,
}) => {
  const { umeaId, skelleftea, municipalityContact } = fixtures();
  await page.goto('/login');
  await signIn(page, ADMIN);
  await expect(page.getByRole('link', { name: 'Frågor' })).toBeVisible();
  const me = await json<{ organizationId: string }>(await page.request.get('/api/me'));
  const coordinator = {
    email: `koordinator-${Date.now()}@region.example.se`,
    password: 'koordinator-pw-123',
  };
  await json(
    await page.request.post('/api/people', {
      headers: CSRF,
      data: {
        name: 'Cecilia Koordinator',
        ...coordinator,
        organizationId: me.organizationId,
        roles: ['coordinator'],
        locale: 'sv',
      },
    }),
    201,
  );
  const foreign = await json<{ id: string }>(
    await page.request.post('/api/questions', {
      headers: CSRF,
      data: {
        title: 'Skellefteås hamnfråga',
        owner: { kind: 'organization', organizationId: skelleftea },
      },
    }),
    201,
  );
  const areas = await json<{ items: Array<{ id: string; name: string }> }>(
    await page.request.get('/api/strategy-areas'),
  );
  const area = areas.items[1];
  await signOut(page);

  // The coordinator registers a question owned by Umeå, with the contact responsible.
  await signIn(page, coordinator);
  await page.getByRole('link', { name: 'Frågor' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Frågor' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Skellefteås hamnfråga' })).toBeVisible();
  await expectNoSeriousAxeViolations(page);
  await page.getByRole('button', { name: 'Registrera fråga' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByRole('heading', { name: 'Registrera en fråga' })).toBeVisible();
  await dialog.getByRole('button', { name: 'Spara' }).click();
  await expect(dialog.getByText('Skriv frågan.')).toBeVisible();
  await dialog.getByLabel('Fråga (rubrik)').fill('Kompetensförsörjning inom besöksnäringen');
  await dialog.getByLabel('Beskrivning').fill('Hur når vi fler säsongsanställda?');
  await dialog.getByLabel('Vem äger frågan?').selectOption({ label: 'Umeå' });
  await expect(
    dialog.getByLabel('Ansvarig person').getByRole('option', { name: 'Ulla Umeå' }),
  ).toBeAttached();
  await dialog.getByLabel('Ansvarig person').selectOption({ label: 'Ulla Umeå' });
  await dialog.getByLabel('Strategiskt område').selectOption({ label: area.name });
  await expectNoSeriousAxeViolations(page);
  await screenshots(page, 'dialog');
  await dialog.getByRole('button', { name: 'Spara' }).click();

  await expect(
    page.getByRole('heading', { level: 1, name: 'Kompetensförsörjning inom besöksnäringen' }),
  ).toBeVisible();
  await expect(
    page.getByText('Frågan är registrerad: Kompetensförsörjning inom besöksnäringen.'),
  ).toBeVisible();
  const questionUrl = page.url();
  expect(questionUrl).toMatch(/\/questions\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('link', { name: 'Umeå' }).first()).toBeVisible();
  await expect(page.getByText('Ulla Umeå')).toBeVisible();
  await expectNoSeriousAxeViolations(page);

  // The county overview's "open questions by owner" figure leads to exactly those questions.
  await page.getByRole('link', { name: 'Länsöversikt' }).click();
  await page.getByRole('row', { name: /^Umeå/ }).getByRole('link', { name: 'Umeå: 1' }).click();
  await expect(page).toHaveURL(
    new RegExp(
      `/questions\\?organizationId=${umeaId}&ownerOrganizationId=${umeaId}&status=open%2Cin_progress`,
    ),
  );
  await expect(page.getByRole('link', { name: 'Kompetensförsörjning inom besöksnäringen' })).toBeVisible();
  await expect(page.getByLabel('Ägare', { exact: true })).toHaveValue(umeaId);

  // Found through the filters, which stay in the URL under the API's names.
  await page.getByRole('link', { name: 'Frågor' }).click();
  await page.getByLabel('Ägare', { exact: true }).selectOption({ label: 'Umeå' });
  await expect(page).toHaveURL(new RegExp(`ownerOrganizationId=${umeaId}`));
  await expect(page.getByRole('link', { name: 'Skellefteås hamnfråga' })).toHaveCount(0);
  const row = page.getByRole('row', { name: /Kompetensförsörjning inom besöksnäringen/ });
  await expect(row).toContainText('Ulla Umeå');
  await expect(row).toContainText('Öppen');
  await page.getByLabel('Ägare', { exact: true }).selectOption({ label: 'Alla ägare' });
  await page.getByLabel('Strategiskt område').selectOption({ label: area.name });
  await expect(page).toHaveURL(new RegExp(`strategyAreaId=${area.id}`));
  await expect(page.getByRole('link', { name: 'Skellefteås hamnfråga' })).toHaveCount(0);
  await page.getByLabel('Status').selectOption({ label: 'Löst' });
  await expect(page.getByText('Inga frågor matchar filtret.')).toBeVisible();
  await page.goto(`/questions?organizationId=${umeaId}&status=open,in_progress`);
  await expect(page.getByLabel('Kommun')).toHaveValue(umeaId);
  await expect(page.getByRole('link', { name: 'Skellefteås hamnfråga' })).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Kompetensförsörjning inom besöksnäringen' })).toBeVisible();
  await screenshots(page, 'list');
  await page.getByRole('link', { name: 'Kompetensförsörjning inom besöksnäringen' }).click();

  await page.getByRole('button', { name: 'Spara' }).click();
  await expect(page.getByText('Välj en ny status eller skriv en kommentar.')).toBeVisible();
  await page.getByLabel('Ny status').selectOption({ label: 'Pågår' });
  await page.getByLabel('Kommentar').fill('Möte bokat med Visit Umeå');
  await page.getByRole('button', { name: 'Spara' }).click();
  await expect(page.getByText('Statusen är sparad: Pågår.')).toBeVisible();
  await expect(page.locator('.status-tag').first()).toHaveText('Pågår');
  const history = page.getByRole('region', { name: 'Historik' });
  await expect(history.getByRole('listitem').first()).toContainText('Cecilia Koordinator');
  await expect(history.getByRole('listitem').first()).toContainText('Status: Öppen → Pågår');
  await expect(history.getByText('Kommentar: Möte bokat med Visit Umeå')).toBeVisible();
  await expect(history).toContainText('registrerade frågan');
  await screenshots(page, 'page');
  await signOut(page);

  // The municipality contact: their question (they are responsible), not Skellefteå's.
  await signIn(page, municipalityContact);
  await page.getByRole('link', { name: 'Frågor' }).click();
  await expect(page.getByRole('link', { name: 'Kompetensförsörjning inom besöksnäringen' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Skellefteås hamnfråga' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Registrera fråga' })).toHaveCount(0);
  await expect(page.getByLabel('Kommun')).toHaveCount(0);
  await page.getByLabel('Bara frågor där jag är ansvarig').check();
  await expect(page).toHaveURL(/responsiblePersonId=/);
  await expect(page.getByRole('row', { name: /Kompetensförsörjning/ })).toContainText('Pågår');
  await expectNoSeriousAxeViolations(page);
  await page.getByRole('link', { name: 'Kompetensförsörjning inom besöksnäringen' }).click();
  // The responsible person changes the status; nothing else is offered.
  await page.getByLabel('Ny status').selectOption({ label: 'Löst' });
  await page.getByRole('button', { name: 'Spara' }).click();
  await expect(page.getByText('Statusen är sparad: Löst.')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Historik' }).getByRole('listitem').first()).toContainText(
    'Ulla Umeå',
  );
  await expectNoSeriousAxeViolations(page);
  await page.goto(`/questions/${foreign.id}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Sidan finns inte' })).toBeVisible();
  await expectNoSeriousAxeViolations(page);
});

test('an admin creates, renames and deactivates a strategy area; its figures link to the filtered lists', async ({
  page,
}) => {
  await page.goto('/login');
  await signIn(page, ADMIN);
  await page.getByRole('link', { name: 'Strategiska områden' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Strategiska områden' })).toBeVisible();
  await expectNoSeriousAxeViolations(page);
  const name = `Besöksnäring ${Date.now().toString(36)}`;
  await page.getByRole('textbox', { name: 'Namn', exact: true }).fill(name);
  await page.getByRole('button', { name: 'Lägg till området' }).click();
  await expect(page.getByText(`Området ${name} är tillagt.`)).toBeVisible();
  const row = page.getByRole('row', { name: new RegExp(name) });
  await expect(row).toContainText('Aktivt');

  await row.getByRole('button', { name: `Byt namn på ${name}` }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('textbox', { name: 'Namn', exact: true }).fill(`${name} och kultur`);
  await expectNoSeriousAxeViolations(page);
  await dialog.getByRole('button', { name: 'Spara' }).click();
  await expect(page.getByText(`Området heter nu ${name} och kultur.`)).toBeVisible();
  const renamed = page.getByRole('row', { name: new RegExp(`${name} och kultur`) });
  await renamed.getByRole('button', { name: `Inaktivera ${name} och kultur` }).click();
  await expect(renamed).toContainText('Inaktiverat');
  await expect(renamed.getByRole('button', { name: `Aktivera ${name} och kultur` })).toBeVisible();
  await screenshots(page, 'areas');

  await renamed.getByRole('link', { name: `${name} och kultur: 0 öppna frågor` }).click();
  await expect(page).toHaveURL(/\/questions\?strategyAreaId=[0-9a-f-]{36}&status=open%2Cin_progress/);
  await expect(page.getByText('Inga frågor matchar filtret.')).toBeVisible();
});
