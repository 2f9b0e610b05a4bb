import { expect, test } from '@playwright/test';
import { expectNoSeriousAxeViolations } from './axe';
import { ADMIN, fixtures } from './fixtures';
import { signIn } from './session';

interface Mail {
  subject: string;
  text: string;
}

test('an admin adds a person, who gets the welcome email; changes their roles, disables their login and finds both in the audit log', async ({
  page,
  request,
}) => {
  const { mailboxUrl } = fixtures();
  const email = `petra.${Date.now()}@umea.example.se`;
  await page.goto('/login');
  await signIn(page, ADMIN);
  await page
    .getByRole('navigation', { name: 'Huvudmeny' })
    .getByRole('link', { name: 'Administration' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Administration' })).toBeVisible();
  await expectNoSeriousAxeViolations(page);

  await page.getByRole('link', { name: /^Personer/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Personer' })).toBeVisible();
  await expect(page.getByRole('row', { name: /Ulla Umeå/ })).toContainText('Deltagare');
  await expectNoSeriousAxeViolations(page);

  // Create: sending it empty says what is missing.
  await page.getByRole('link', { name: 'Ny person' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Ny person' })).toBeVisible();
  await expect(page.getByLabel('Får logga in')).toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'Deltagare' })).toBeChecked();
  await page.getByRole('button', { name: 'Lägg till person' }).click();
  await expect(page.getByText('Rätta uppgifterna som är markerade.')).toBeVisible();
  await expectNoSeriousAxeViolations(page);
  await page.getByLabel('Namn').fill('Petra Person');
  await page.getByLabel('E-postadress').fill(email);
  await page.getByLabel('Organisation').selectOption({ label: 'Umeå' });
  // Coordinator is for people of a region only: not offered for a municipality.
  await expect(page.getByRole('checkbox', { name: 'Samordnare' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Lägg till person' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Petra Person' })).toBeVisible();
  await expect(
    page.getByText(`Ett välkomstmejl med en länk för att välja lösenord skickas till ${email}`),
  ).toBeVisible();

  // The service sent the welcome email with a set-password link.
  await expect
    .poll(
      async () => ((await (await request.get(`${mailboxUrl}/messages?to=${email}`)).json()) as Mail[]).length,
      {
        timeout: 20_000,
      },
    )
    .toBe(1);
  const [welcome] = (await (await request.get(`${mailboxUrl}/messages?to=${email}`)).json()) as Mail[];
  expect(welcome.subject).toBe('Välkommen till Samverkan');
  expect(welcome.text).toMatch(/\/set-password\/[\w-]+/);

  // The list finds her by name, the search kept in the URL.
  await page.getByRole('link', { name: 'Till alla personer' }).click();
  await page.getByLabel('Sök på namn eller e-post').fill('Petra');
  await expect(page).toHaveURL(/q=Petra/);
  const row = page.getByRole('row', { name: /Petra Person/ });
  await expect(row).toContainText('Umeå');
  await expect(row).toContainText('Kan logga in');
  await expect(page.getByRole('row', { name: /Ulla Umeå/ })).toHaveCount(0);
  await page.getByLabel('Roll').selectOption({ label: 'Sekreterare' });
  await expect(page).toHaveURL(/role=secretary/);
  await expect(page.getByText('Inga personer matchar filtret.')).toBeVisible();
  await page.getByLabel('Roll').selectOption({ label: 'Alla roller' });

  // Change her roles.
  await page.getByRole('link', { name: 'Petra Person' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Petra Person' })).toBeVisible();
  await expectNoSeriousAxeViolations(page);
  await page.getByRole('checkbox', { name: 'Sekreterare' }).check();
  await page.getByRole('button', { name: 'Spara' }).click();
  await expect(page.getByText('Sparat: Petra Person.')).toBeVisible();
  const details = page.getByRole('region', { name: 'Uppgifter', exact: true });
  await expect(details).toContainText('Sekreterare');

  // Disable her login: the dialog says what happens.
  await page.getByRole('button', { name: 'Stäng av inloggning' }).click();
  const dialog = page.getByRole('dialog', { name: 'Stänga av inloggningen för Petra Person?' });
  await expect(dialog).toContainText('pågående inloggningar avslutas direkt');
  await expectNoSeriousAxeViolations(page);
  await dialog.getByRole('button', { name: 'Ja, stäng av inloggningen' }).click();
  await expect(dialog).toBeHidden();
  await expect(details).toContainText('Inloggning avstängd');
  await expect(page.getByRole('button', { name: 'Slå på inloggning' })).toBeVisible();

  // The audit log says it in words, newest first.
  await page.getByRole('link', { name: 'Visa i granskningsloggen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Granskningslogg' })).toBeVisible();
  await expect(page).toHaveURL(/entityType=person&entityId=/);
  const entries = page
    .getByRole('list', { name: 'Granskningslogg' })
    .locator(':scope > li')
    .filter({ hasText: /Petra Person/ });
  await expect(entries).toHaveCount(3);
  await expect(entries.nth(0)).toContainText('ändrade personen Petra Person (i Umeå)');
  await expect(entries.nth(0)).toContainText('Kan logga in: Ja → Nej');
  await expect(entries.nth(1)).toContainText('Roller: Deltagare → Deltagare, Sekreterare');
  await expect(entries.nth(2)).toContainText('lade till personen Petra Person');
  await expect(entries.nth(2)).toContainText('Språk: Svenska');
  await expect(entries.nth(2)).not.toContainText('Titel');
  await expectNoSeriousAxeViolations(page);

  // Filters live in the URL: a kind of record and days; "show all" leaves the one person.
  await page.getByRole('button', { name: 'Visa alla poster' }).click();
  await expect(page).not.toHaveURL(/entityId/);
  await page.getByLabel('Typ av post').selectOption({ label: 'Organisation' });
  await expect(page).toHaveURL(/entityType=organization/);
  await expect(page.getByRole('link', { name: 'Petra Person' })).toHaveCount(0);
  await page.getByLabel('Typ av post').selectOption({ label: 'Person' });
  await page.getByLabel('Från och med').fill('2099-01-01');
  await expect(page).toHaveURL(/from=2099-01-01/);
  await expect(page.getByText('Inga händelser matchar filtret.')).toBeVisible();
});

test('an admin creates a calendar subscription, copies its address, which answers text/calendar, then revokes it (410)', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/login');
  await signIn(page, ADMIN);
  await page.getByRole('link', { name: 'Kalenderprenumeration' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Kalenderprenumeration' })).toBeVisible();
  await expect(page.getByText('Du har inga prenumerationer än.')).toBeVisible();
  await expectNoSeriousAxeViolations(page);

  await expect(page.getByLabel('Mina möten')).toBeChecked();
  await page.getByRole('button', { name: 'Skapa adress' }).click();
  const address = page.getByLabel('Prenumerationsadress', { exact: true });
  await expect(address).toHaveValue(/\/calendar\/[\w-]+\.ics$/);
  await expect(page.getByText('den visas bara den här gången')).toBeVisible();
  await page.getByRole('button', { name: 'Kopiera adressen' }).click();
  await expect(page.getByText('Adressen är kopierad.')).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(await address.inputValue());
  await page.getByText('Google Kalender', { exact: true }).click();
  await expect(page.getByText('Från webbadress')).toBeVisible();
  await expectNoSeriousAxeViolations(page);

  const feed = await page.request.get(copied);
  expect(feed.status()).toBe(200);
  expect(feed.headers()['content-type']).toContain('text/calendar');
  expect(await feed.text()).toContain('BEGIN:VCALENDAR');

  await page.getByRole('button', { name: 'Klar, dölj adressen' }).click();
  await expect(page.getByLabel('Prenumerationsadress', { exact: true })).toHaveCount(0);
  const row = page.getByRole('row', { name: /Mina möten/ });
  await expect(row).toContainText('Aldrig');
  await page.reload();
  await expect(page.getByRole('row', { name: /Mina möten/ })).not.toContainText('Aldrig');
  await page.getByRole('button', { name: /^Återkalla/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Återkalla prenumerationen?' });
  await expect(dialog).toContainText('Adressen slutar fungera direkt.');
  await dialog.getByRole('button', { name: 'Ja, återkalla' }).click();
  await expect(page.getByText('Prenumerationen är återkallad.')).toBeVisible();
  await expect(page.getByText('Du har inga prenumerationer än.')).toBeVisible();
  expect((await page.request.get(copied)).status()).toBe(410);

  // Both are in the audit log, in words.
  await page.goto('/admin/audit?entityType=calendar_feed_token');
  const entries = page.getByRole('list', { name: 'Granskningslogg' }).locator(':scope > li');
  await expect(entries.first()).toContainText('Administratör återkallade en kalenderprenumeration');
  await expect(entries.first()).toContainText('Typ: Person');
  await expect(entries.nth(1)).toContainText('Administratör skapade en kalenderprenumeration');
});

test('an admin edits a municipality’s contact address on the organizations page', async ({ page }) => {
  await page.goto('/login');
  await signIn(page, ADMIN);
  await expect(page.getByRole('button', { name: 'Logga ut' })).toBeVisible();
  await page.goto('/admin/organizations');
  await expect(page.getByRole('heading', { level: 1, name: 'Organisationer' })).toBeVisible();
  const table = page.getByRole('table', { name: 'Region Västerbotten' });
  await expect(table.getByRole('row', { name: /Vindeln/ })).toContainText('2404');
  await expect(table.getByRole('row', { name: /^Region Västerbotten/ })).toContainText('Region');
  await expectNoSeriousAxeViolations(page);

  await table.getByRole('link', { name: 'Vindeln' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Vindeln' })).toBeVisible();
  await page.getByLabel('Kontaktadress (e-post)').fill('naringsliv@vindeln.example.se');
  await page.getByLabel('Latitud').fill('');
  await page.getByRole('button', { name: 'Spara' }).click();
  await expect(
    page.getByText('Fyll i ort, latitud och longitud – eller inget av dem.').first(),
  ).toBeVisible();
  await page.reload();
  await page.getByLabel('Kontaktadress (e-post)').fill('naringsliv@vindeln.example.se');
  await page.getByRole('button', { name: 'Spara' }).click();
  await expect(page.getByText('Sparat: Vindeln.')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Uppgifter', exact: true })).toContainText(
    'naringsliv@vindeln.example.se',
  );
  await expectNoSeriousAxeViolations(page);
});

test('a municipality’s person has no administration: no menu entry, and its addresses say "not allowed"', async ({
  page,
}) => {
  const { municipalityContact } = fixtures();
  await page.goto('/login');
  await signIn(page, municipalityContact);
  const menu = page.getByRole('navigation', { name: 'Huvudmeny' });
  await expect(menu.getByRole('link', { name: 'Åtgärder' })).toBeVisible();
  await expect(menu.getByRole('link', { name: 'Administration' })).toHaveCount(0);
  for (const path of [
    '/admin',
    '/admin/people',
    '/admin/people/new',
    '/admin/organizations',
    '/admin/audit',
  ]) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1, name: 'Ingen behörighet' })).toBeVisible();
  }
  await expectNoSeriousAxeViolations(page);
  // Their own calendar subscription is theirs to make: their meetings, or their municipality's.
  await page.getByRole('link', { name: 'Kalenderprenumeration' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Kalenderprenumeration' })).toBeVisible();
  await page.getByLabel('Alla möten för en organisation').check();
  await expect(page.getByLabel('Organisation', { exact: true })).toHaveValue(/.+/);
  await expect(page.getByLabel('Organisation', { exact: true }).locator('option')).toHaveText(['Umeå']);
  await expectNoSeriousAxeViolations(page);
});

test('a coordinator administers people but not admins, has no audit log and cannot create organizations', async ({
  page,
  request,
}) => {
  const { url } = fixtures();
  const coordinator = {
    email: `kim.koordinator.${Date.now()}@web-e2e.example.se`,
    password: 'coordinator-password-456',
  };
  const login = await request.post(`${url}/api/auth/login`, { data: ADMIN });
  const headers = { authorization: `Bearer ${(await login.json()).accessToken}` };
  const me = await (await request.get(`${url}/api/me`, { headers })).json();
  const created = await request.post(`${url}/api/people`, {
    headers,
    data: {
      ...coordinator,
      name: 'Kim Koordinator',
      organizationId: me.organizationId,
      roles: ['coordinator'],
    },
  });
  expect(created.status()).toBe(201);

  await page.goto('/login');
  await signIn(page, coordinator);
  await page
    .getByRole('navigation', { name: 'Huvudmeny' })
    .getByRole('link', { name: 'Administration' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Administration' })).toBeVisible();
  await expect(page.getByRole('link', { name: /^Personer/ })).toBeVisible();
  await expect(page.getByRole('link', { name: /^Granskningslogg/ })).toHaveCount(0);

  await page.goto('/admin/audit');
  await expect(page.getByRole('heading', { level: 1, name: 'Ingen behörighet' })).toBeVisible();
  await expect(page.getByText('Sidan är bara för administratörer.')).toBeVisible();

  await page.goto('/admin/people');
  await page.getByRole('link', { name: 'Administratör' }).click();
  await expect(page.getByText('Bara en administratör kan ändra en administratör.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Spara' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Ta bort person' })).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Visa i granskningsloggen' })).toHaveCount(0);

  await page.goto('/admin/people/new');
  await expect(page.getByRole('checkbox', { name: 'Samordnare' })).toBeVisible();
  await expect(page.getByRole('checkbox', { name: 'Administratör' })).toHaveCount(0);

  await page.goto('/admin/organizations');
  await expect(page.getByRole('heading', { level: 1, name: 'Organisationer' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Ny organisation' })).toHaveCount(0);
  await page.getByRole('link', { name: 'Region Västerbotten' }).first().click();
  await expect(page.getByText('Du kan se organisationen men inte ändra den.')).toBeVisible();
  await expectNoSeriousAxeViolations(page);
});
