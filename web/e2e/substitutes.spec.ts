import { type Page, expect, test } from '@playwright/test';
import { expectNoSeriousAxeViolations } from './axe';
import { ADMIN, fixtures } from './fixtures';
import { signIn, signInByKeyboard } from './session';

const CSRF = { 'x-samverkan-csrf': '1' };

async function post<T>(page: Page, url: string, data: unknown, method: 'post' | 'put' | 'patch' = 'post') {
  const response = await page.request[method](url, { headers: CSRF, data });
  expect(response.ok(), `${method} ${url}: ${response.status()} ${await response.text()}`).toBe(true);
  return (await response.json()) as T;
}

/**
 * Issue 17, point 2: a participant sends a substitute from the meeting page ("Skicka ersättare", the
 * agreement's standing substitute offered first) and from the RSVP page of the invitation email; the
 * participants list shows the delegation. Keyboard only where the person acts; axe on every state.
 */
test('a participant sends a substitute from the meeting page and from the RSVP page', async ({ page }) => {
  const { mailboxUrl } = fixtures();
  const stamp = Date.now();
  await page.goto('/login');
  await signIn(page, ADMIN);
  await expect(page.getByRole('link', { name: 'Länsöversikt' })).toBeVisible();
  const organizations = await (
    await page.request.get('/api/organizations?kind=municipality&limit=200')
  ).json();
  const sorsele = (organizations.items as Array<{ id: string; name: string }>).find(
    (o) => o.name === 'Sorsele',
  )!;
  const person = async (name: string) => {
    const email = `${name.split(' ')[0].toLowerCase()}-${stamp}@sorsele.example.se`;
    const created = await post<{ id: string }>(page, '/api/people', {
      name,
      email,
      organizationId: sorsele.id,
      roles: ['participant'],
    });
    await post(
      page,
      `/api/people/${created.id}`,
      { password: 'deltagare-password-123', loginEnabled: true },
      'patch',
    );
    return { id: created.id, name, email, password: 'deltagare-password-123' };
  };
  const anna = await person(`Anna Ersättningsprov ${stamp}`);
  const bo = await person(`Bo Kollega ${stamp}`);
  const cecilia = await person(`Cecilia Stående ${stamp}`);
  const current = await page.request.get(`/api/organizations/${sorsele.id}/agreement`);
  const version = current.ok() ? ((await current.json()) as { version: number }).version : 0;
  await post(
    page,
    `/api/organizations/${sorsele.id}/agreement`,
    {
      cadence: 'P3M',
      preferredMode: 'digital',
      validFrom: '2026-01-01',
      defaultParticipantIds: [anna.id],
      substitutes: [{ personId: cecilia.id, forPersonId: anna.id }],
      version,
    },
    'put',
  );
  const meeting = (day: string) =>
    post<{ id: string }>(page, '/api/meetings', {
      title: `Samverkansmöte Sorsele ${stamp}`,
      start: `${day}T10:00:00+02:00`,
      end: `${day}T11:00:00+02:00`,
      status: 'confirmed',
      organizationIds: [sorsele.id],
      participants: [{ personId: anna.id, role: 'required' }],
    });
  const first = await meeting('2031-05-13');
  await meeting('2031-05-15');

  // The meeting page, keyboard only.
  await page.getByRole('button', { name: 'Logga ut' }).click();
  await expect(page).toHaveURL(/\/login/);
  await signInByKeyboard(page, anna);
  await expect(page.getByRole('link', { name: 'Möten' })).toBeVisible();
  await page.goto(`/meetings/${first.id}`);
  const open = page.getByRole('button', { name: 'Skicka ersättare' });
  await open.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Skicka en ersättare' });
  await expect(dialog).toBeVisible();
  const picker = dialog.getByLabel('Ersättare', { exact: true });
  await expect(picker.locator('optgroup').first()).toHaveAttribute(
    'label',
    'Stående ersättare enligt överenskommelsen',
  );
  await expect(picker.locator('optgroup').first().locator('option')).toHaveText([cecilia.name]);
  await expectNoSeriousAxeViolations(page);
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.screenshot({ path: '/tmp/delegation-dialog-1280.png' });
  await page.setViewportSize({ width: 768, height: 900 });
  await page.screenshot({ path: '/tmp/delegation-dialog-768.png' });
  await picker.focus();
  await picker.selectOption({ label: cecilia.name });
  await page.keyboard.press('Tab');
  await expect(dialog.getByLabel('Meddelande till mötets arrangör (frivilligt)')).toBeFocused();
  await page.keyboard.type('Jag är på semester');
  await dialog.getByRole('button', { name: 'Skicka ersättare' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByText(`${cecilia.name} har fått en kallelse i ditt ställe.`)).toBeVisible();
  await expect(dialog).toBeHidden();
  await expect(page.getByText(`Du har skickat ${cecilia.name} i ditt ställe.`)).toBeVisible();
  const participants = page.getByRole('table', { name: 'Deltagare' });
  await expect(participants.getByRole('row', { name: new RegExp(`^${anna.name}`) })).toContainText(
    `Ersättare: ${cecilia.name}`,
  );
  await expect(participants.getByRole('row', { name: new RegExp(`^${cecilia.name}`) })).toContainText(
    `Ersättare för ${anna.name}`,
  );
  await expectNoSeriousAxeViolations(page);
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.screenshot({ path: '/tmp/delegation-meeting-1280.png', fullPage: true });

  // The RSVP page of the second meeting's invitation, keyboard only.
  // Both invitations' RSVP links; the one of the second meeting (its JSON says when).
  const links = async () => {
    const response = await page.request.get(`${mailboxUrl}/messages?to=${encodeURIComponent(anna.email)}`);
    const messages = (await response.json()) as Array<{ text: string }>;
    return messages.flatMap((m) => [...m.text.matchAll(/\/rsvp\/([A-Za-z0-9_-]{43})/g)].map((x) => x[1]));
  };
  await expect.poll(async () => new Set(await links()).size, { timeout: 30_000 }).toBeGreaterThanOrEqual(2);
  let token = '';
  for (const candidate of new Set(await links())) {
    const view = await page.request.get(`/rsvp/${candidate}`, { headers: { accept: 'application/json' } });
    if (((await view.json()) as { meeting: { startAt: string } }).meeting.startAt.startsWith('2031-05-15')) {
      token = candidate;
    }
  }
  expect(token).not.toBe('');
  await page.goto(`/rsvp/${token}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Svar på kallelse' })).toBeVisible();
  const summary = page.getByText('Skicka ersättare', { exact: true }).first();
  await summary.focus();
  await page.keyboard.press('Enter');
  const rsvpPicker = page.getByLabel('Ersättare', { exact: true });
  await expect(rsvpPicker).toBeVisible();
  await expectNoSeriousAxeViolations(page);
  await page.setViewportSize({ width: 768, height: 1100 });
  await page.screenshot({ path: '/tmp/delegation-rsvp-768.png', fullPage: true });
  await rsvpPicker.selectOption({ label: bo.name });
  await page.getByRole('button', { name: 'Skicka ersättare' }).focus();
  await page.keyboard.press('Enter');
  await expect(
    page.getByRole('heading', { level: 1, name: `Tack! ${bo.name} har fått en kallelse i ditt ställe.` }),
  ).toBeVisible();
  await expectNoSeriousAxeViolations(page);
});
