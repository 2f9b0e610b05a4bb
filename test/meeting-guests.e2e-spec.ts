import { randomUUID } from 'node:crypto';
import { eventually } from './helpers/eventually';
import { readCalendarEmail } from './helpers/invitation-fixtures';
import { pdfText } from './helpers/pdf-text';
import { adminLogin, createPerson, organizationIdsByCode } from './helpers/people-fixtures';
import { type ReceivedMail, SmtpSink } from './helpers/smtp-sink';
import { type TestApp, startTestApp } from './helpers/test-app';

/**
 * Issue 17, point 1: a guest, invited by name and email to one meeting, without an account, receives the
 * calendar invitation (iTIP REQUEST, themselves an ATTENDEE) through the invitation pipeline and, once the
 * minutes are approved, the public copy (without the items restricted to the parties) through real SMTP.
 */
describe('guests of one meeting', () => {
  let sink: SmtpSink;
  let t: TestApp;
  let adminToken: string;
  let orgs: Record<string, string>;
  let secretary: { id: string; email: string; token: string };
  let umea: { id: string; email: string; token: string };

  const GUEST = 'Gunilla.Gast@Example.se';
  const guestMail = (subject: RegExp): ReceivedMail[] =>
    sink.to(GUEST.toLowerCase()).filter((mail) => subject.test(mail.parsed.subject ?? ''));

  beforeAll(async () => {
    sink = await SmtpSink.start();
    t = await startTestApp({ SMTP_URL: sink.url, INVITATION_DEBOUNCE_MS: '50', JOB_BACKOFF_MS: '100' });
    adminToken = await adminLogin(t);
    orgs = await organizationIdsByCode(t, adminToken);
    const person = async (organizationId: string, roles: string[]) => {
      const created = await createPerson(t, adminToken, { organizationId, roles });
      return { ...created, token: await t.login(created.email, created.password) };
    };
    secretary = await person(orgs['24'], ['secretary']);
    umea = await person(orgs['2480'], ['participant']);
  });

  afterAll(async () => {
    await t?.close();
    await sink?.stop();
  });

  const api = (method: 'GET' | 'POST' | 'PUT' | 'PATCH', url: string, token: string, body?: unknown) =>
    t.request({ method, url, token, body });

  async function meeting(day: number): Promise<any> {
    const created = await api('POST', '/api/meetings', secretary.token, {
      title: `Samverkansmöte Umeå med gäst ${randomUUID().slice(0, 6)}`,
      start: `2031-04-${day}T08:00:00Z`,
      end: `2031-04-${day}T09:30:00Z`,
      organizationIds: [orgs['2480']],
      participants: [{ personId: secretary.id, role: 'chair' }, { personId: umea.id }],
      status: 'confirmed',
    });
    expect([created.status, created.body.code]).toEqual([201, undefined]);
    return created.body;
  }

  it('invites a guest by name and email: a REQUEST with themselves as ATTENDEE, no account, one guest per email', async () => {
    const first = await meeting(15);
    const invited = await api('POST', `/api/meetings/${first.id}/guests`, secretary.token, {
      name: 'Gunilla Gäst',
      email: GUEST,
    });
    expect(invited.status).toBe(201);
    const guest = invited.body.participants.find((p: any) => p.guest);
    expect(guest).toMatchObject({
      name: 'Gunilla Gäst',
      email: GUEST.toLowerCase(),
      organizationId: null,
      role: 'optional',
      partstat: 'NEEDS-ACTION',
    });

    const [mail] = await eventually(() => {
      const found = guestMail(/Gunilla|Samverkansmöte/).filter(
        (m) => readCalendarEmail(m).method === 'REQUEST',
      );
      return found.length > 0 ? found : undefined;
    }, 'the guest’s invitation');
    const calendar = readCalendarEmail(mail);
    expect(calendar.headerMethod).toBe('REQUEST');
    expect(calendar.uid).toBe(first.uid);
    expect(calendar.attendees).toContainEqual(
      expect.objectContaining({ email: GUEST.toLowerCase(), cn: 'Gunilla Gäst', partstat: 'NEEDS-ACTION' }),
    );

    // The same email again is the same guest; the name is updated, nobody is added twice.
    const again = await api('POST', `/api/meetings/${first.id}/guests`, secretary.token, {
      name: 'Gunilla Gäst (Almi)',
      email: GUEST.toLowerCase(),
    });
    expect(again.status).toBe(201);
    const guests = again.body.participants.filter((p: any) => p.guest);
    expect(guests).toEqual([
      expect.objectContaining({ personId: guest.personId, name: 'Gunilla Gäst (Almi)' }),
    ]);

    // A guest is no member: in no list of people, and cannot sign in.
    const people = await api('GET', `/api/people?q=${encodeURIComponent('gunilla')}`, adminToken);
    expect(people.body.items).toEqual([]);
    expect((await api('GET', `/api/people/${guest.personId}`, adminToken)).status).toBe(404);
    const login = await t.request({
      method: 'POST',
      url: '/api/auth/login',
      body: { email: GUEST, password: 'x'.repeat(12) },
    });
    expect(login.status).toBe(401);

    // One-off: on another meeting the same address is another guest, and the first one cannot be named there.
    const second = await meeting(16);
    const borrowed = await api('PATCH', `/api/meetings/${second.id}`, secretary.token, {
      participants: [{ personId: secretary.id }, { personId: guest.personId }],
    });
    expect(borrowed.status).toBe(400);
    expect(borrowed.body.code).toBe('MEETING_INVALID_PARTICIPANT');
    const elsewhere = await api('POST', `/api/meetings/${second.id}/guests`, secretary.token, {
      name: 'Gunilla Gäst',
      email: GUEST,
    });
    expect(elsewhere.status).toBe(201);
    expect(elsewhere.body.participants.find((p: any) => p.guest).personId).not.toBe(guest.personId);

    // Removed by leaving them out of the participants: a CANCEL to the guest.
    const kept = again.body.participants
      .filter((p: any) => !p.guest)
      .map((p: any) => ({ personId: p.personId, role: p.role }));
    const removed = await api('PATCH', `/api/meetings/${first.id}`, secretary.token, { participants: kept });
    expect(removed.status).toBe(200);
    await eventually(
      () =>
        guestMail(/.*/).find(
          (m) => readCalendarEmail(m).method === 'CANCEL' && readCalendarEmail(m).uid === first.uid,
        ),
      'the guest’s cancellation',
    );
  });

  it('refuses a guest without a valid email, and lets only the meeting’s managers invite one', async () => {
    const target = await meeting(10);
    const bad = await api('POST', `/api/meetings/${target.id}/guests`, secretary.token, {
      name: 'X',
      email: 'nej',
    });
    expect(bad.status).toBe(400);
    expect(bad.body.code).toBe('VALIDATION_FAILED');
    const byMunicipality = await api('POST', `/api/meetings/${target.id}/guests`, umea.token, {
      name: 'Gäst',
      email: 'gast@example.se',
    });
    expect(byMunicipality.status).toBe(403);
    const missing = await api('POST', `/api/meetings/${randomUUID()}/guests`, secretary.token, {
      name: 'Gäst',
      email: 'gast@example.se',
    });
    expect(missing.status).toBe(404);
    expect(missing.body.code).toBe('MEETING_NOT_FOUND');
  });

  it('sends the guest the public minutes once approved: without the items restricted to the parties', async () => {
    const held = await meeting(11);
    const url = `/api/meetings/${held.id}`;
    expect(
      (await api('POST', `${url}/guests`, secretary.token, { name: 'Gunilla Gäst', email: GUEST })).status,
    ).toBe(201);
    const item = async (title: string, visibility: 'public' | 'restricted') => {
      const created = await api('POST', `${url}/agenda/items`, secretary.token, {
        title,
        visibility,
        ...(visibility === 'restricted' ? { secrecyGround: '31 kap. 16 § OSL' } : {}),
      });
      expect(created.status).toBe(201);
      return created.body;
    };
    const open = await item('Almi informerar om mikrolån', 'public');
    const closed = await item('Förhandlingsläget', 'restricted');
    // It took place: minutes go to the adjusters only after the start.
    const moved = await api('PATCH', url, secretary.token, {
      start: '2026-11-20T09:00:00Z',
      end: '2026-11-20T10:30:00Z',
    });
    expect(moved.status).toBe(200);
    const recorded = await api('PUT', `${url}/minutes`, secretary.token, {
      items: [
        { agendaItemId: open.id, decisions: ['Almi återkommer med datum för lånedag'] },
        { agendaItemId: closed.id, decisions: ['Budgeten för 2027 hålls inom parterna'] },
      ],
    });
    expect(recorded.status).toBe(200);
    const submitted = await api('POST', `${url}/minutes/submit`, secretary.token, {
      adjusters: [{ personId: secretary.id }, { personId: umea.id }],
    });
    expect(submitted.status).toBe(200);
    expect((await api('POST', `${url}/minutes/approve`, secretary.token, {})).status).toBe(200);
    expect((await api('POST', `${url}/minutes/approve`, umea.token, {})).status).toBe(200);

    const minutesOf = (address: string) =>
      sink
        .to(address)
        .filter(
          (mail) =>
            /Justerat protokoll/.test(mail.parsed.subject ?? '') && mail.parsed.subject!.includes(held.title),
        );
    const [toGuest] = await eventually(
      () => (minutesOf(GUEST.toLowerCase()).length ? minutesOf(GUEST.toLowerCase()) : undefined),
      'the guest’s minutes',
    );
    const [toParty] = await eventually(
      () => (minutesOf(secretary.email).length ? minutesOf(secretary.email) : undefined),
      'the party’s minutes',
    );
    const pdfOf = (mail: ReceivedMail) =>
      pdfText(mail.parsed.attachments.find((file) => file.contentType === 'application/pdf')!.content);
    expect(pdfOf(toGuest)).toContain('Almi återkommer med datum för lånedag');
    expect(pdfOf(toGuest)).not.toContain('Budgeten för 2027');
    expect(pdfOf(toGuest)).toContain('Sekretess enligt 31 kap. 16 § OSL');
    expect(pdfOf(toParty)).toContain('Budgeten för 2027 hålls inom parterna');
  });
});
