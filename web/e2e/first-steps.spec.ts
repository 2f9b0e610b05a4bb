import { expect, test } from '@playwright/test';
import { expectNoSeriousAxeViolations } from './axe';
import { ADMIN, fixtures } from './fixtures';
import { signIn } from './session';

/** Rough edges a new person met on a fresh start (issue #13's walkthrough), kept from coming back. */

interface Mail {
  text: string;
}

test('the welcome email’s link sets a password and the login page opens with the address filled in', async ({
  page,
  request,
}) => {
  const { url, umeaId, mailboxUrl } = fixtures();
  const email = 'nora.ny@web-e2e.example.se';
  const login = await request.post(`${url}/api/auth/login`, { data: ADMIN });
  const headers = { authorization: `Bearer ${(await login.json()).accessToken}` };
  const created = await request.post(`${url}/api/people`, {
    headers,
    data: {
      name: 'Nora Ny',
      email,
      organizationId: umeaId,
      roles: ['participant'],
      locale: 'sv',
      loginEnabled: true,
    },
  });
  expect(created.status()).toBe(201);
  let link = '';
  await expect
    .poll(
      async () => {
        const mails = (await (await request.get(`${mailboxUrl}/messages?to=${email}`)).json()) as Mail[];
        link = /https?:\/\/\S+\/set-password\/[\w-]+/.exec(mails[0]?.text ?? '')?.[0] ?? '';
        return link;
      },
      { timeout: 20_000 },
    )
    .not.toBe('');

  await page.goto(new URL(link).pathname);
  await page.getByLabel('Nytt lösenord').fill('nora-password-123');
  await page.getByLabel('Upprepa lösenordet').fill('nora-password-123');
  await page.getByRole('button', { name: 'Spara lösenordet' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Logga in' })).toBeVisible();
  await expect(page.getByLabel('E-postadress')).toHaveValue(email);
  await page.getByLabel('Lösenord').fill('nora-password-123');
  await page.getByRole('button', { name: 'Logga in' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Umeå' })).toBeVisible();
});

test('a municipality’s person who opens a round’s address is told the page is for the region', async ({
  page,
}) => {
  const { municipalityContact } = fixtures();
  await page.goto('/rounds');
  await signIn(page, municipalityContact);
  await expect(page.getByRole('heading', { level: 1, name: 'Ingen behörighet' })).toBeVisible();
  await expect(page.getByText('Sidan är bara för regionens medarbetare.')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Ny samverkansomgång' })).toHaveCount(0);
  await expectNoSeriousAxeViolations(page);
  await page.goto('/rounds/new');
  await expect(page.getByRole('heading', { level: 1, name: 'Ingen behörighet' })).toBeVisible();
  await expect(page.getByLabel('Namn', { exact: true })).toHaveCount(0);
});

test('the audit log says an action’s status change and an instant in words, not as stored codes', async ({
  page,
  request,
}) => {
  const { url, umeaId, municipalityContact } = fixtures();
  const login = await request.post(`${url}/api/auth/login`, { data: ADMIN });
  const headers = { authorization: `Bearer ${(await login.json()).accessToken}` };
  const people = await request.get(`${url}/api/people?organizationId=${umeaId}&limit=100`, { headers });
  const owner = ((await people.json()) as { items: Array<{ id: string; email: string }> }).items.find(
    (person) => person.email === municipalityContact.email,
  )!;
  const created = await request.post(`${url}/api/actions`, {
    headers,
    data: {
      title: 'Granskad åtgärd',
      ownerPersonId: owner.id,
      ownerOrganizationId: umeaId,
      dueDate: '2099-06-30',
    },
  });
  expect(created.status()).toBe(201);
  const { id } = (await created.json()) as { id: string };
  const changed = await request.patch(`${url}/api/actions/${id}`, {
    headers,
    data: { status: 'in_progress' },
  });
  expect(changed.status()).toBe(200);

  await page.goto(`/admin/audit?entityType=action&entityId=${id}`);
  await signIn(page, ADMIN);
  const log = page.getByRole('main');
  await expect(log.getByText('Status: Öppen → Pågår')).toBeVisible();
  await expect(log.getByText('Ansvarig organisation: Umeå')).toBeVisible();
  await expect(log).not.toContainText('in_progress');
  await expect(log).not.toContainText(id);
  await expectNoSeriousAxeViolations(page);
});
