import { connect } from 'node:net';
import { Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ImipListener } from '../src/imip/imip-listener';
import { imipTransport } from './helpers/imip-transport';
import {
  appleReply,
  googleReply,
  malformedReply,
  outOfOffice,
  outlookReply,
  type ReplyMessageInput,
} from './helpers/imip-messages';
import type { MeetingRow } from './helpers/meeting-rows';
import {
  type CreatedPerson,
  adminLogin,
  createPerson,
  organizationIdsByCode,
} from './helpers/people-fixtures';
import { type TestApp, startTestApp } from './helpers/test-app';

const ORGANIZER = 'samverkan@region.example';
const ALIAS = 'svar@region.example';
const DAY = 24 * 3600 * 1000;

interface ParticipantState {
  personId: string;
  partstat: string;
  comment: string | null;
  respondedAt: Date | null;
}

/** What an SMTP send came to: the server's final answer code and text. */
interface SmtpResult {
  code: number;
  response: string;
}

describe('inbound iMIP replies over SMTP', () => {
  let t: TestApp;
  let dataSource: DataSource;
  let listener: ImipListener;
  let transport: ReturnType<typeof imipTransport>;
  let anna: CreatedPerson;
  let erik: CreatedPerson;
  let asa: CreatedPerson;
  let removed: CreatedPerson;
  let stranger: CreatedPerson;
  let meeting: MeetingRow;
  let moved: MeetingRow;
  let coordinatorToken: string;

  beforeAll(async () => {
    t = await startTestApp({
      MAIL_FROM: `Region Västerbotten <${ORGANIZER}>`,
      IMIP_SMTP_PORT: '0',
      IMIP_ACCEPT_ADDRESSES: ALIAS,
      IMIP_MAX_MESSAGE_BYTES: String(64 * 1024),
    });
    dataSource = t.app.get(DataSource);
    listener = t.app.get(ImipListener);
    const adminToken = await adminLogin(t);
    const orgs = await organizationIdsByCode(t, adminToken);
    const person = (code: string, name: string) =>
      createPerson(t, adminToken, { organizationId: orgs[code], roles: ['participant'], name });
    anna = await person('2481', 'Anna Lund');
    erik = await person('2482', 'Erik Lundström');
    asa = await person('2404', 'Åsa Öberg');
    removed = await person('2481', 'Removed Person');
    stranger = await person('2401', 'Not Invited');
    const coordinator = await createPerson(t, adminToken, {
      organizationId: orgs['24'],
      roles: ['coordinator'],
    });
    coordinatorToken = await t.login(coordinator.email, coordinator.password);
    const api = async (method: 'POST' | 'PATCH', url: string, body: unknown): Promise<MeetingRow> => {
      const response = await t.request({ method, url, token: coordinatorToken, body });
      if (response.status !== 200 && response.status !== 201) {
        throw new Error(`${method} ${url}: ${response.status} ${response.text}`);
      }
      return { id: response.body.id, uid: response.body.uid, sequence: response.body.sequence };
    };
    const slot = (days: number, hour = 9) => {
      const start = new Date(Date.now() + days * DAY);
      start.setUTCHours(hour, 0, 0, 0);
      return { start: start.toISOString(), end: new Date(start.getTime() + 90 * 60_000).toISOString() };
    };
    // Through the meetings API: the removed person is taken off by a PATCH (their row stays, removed).
    const created = await api('POST', '/api/meetings', {
      title: 'Samverkansmöte Lycksele, Skellefteå och Vindeln',
      ...slot(14),
      organizationIds: [orgs['2481'], orgs['2482'], orgs['2404']],
      participants: [anna, erik, asa, removed].map((p) => ({ personId: p.id })),
    });
    meeting = await api('PATCH', `/api/meetings/${created.id}`, {
      participants: [anna, erik, asa].map((p) => ({ personId: p.id })),
    });
    // Moved twice: SEQUENCE 2.
    const first = await api('POST', '/api/meetings', {
      title: 'Samverkansmöte Lycksele',
      ...slot(21),
      organizationIds: [orgs['2481']],
      participants: [{ personId: anna.id }],
    });
    await api('PATCH', `/api/meetings/${first.id}`, slot(22));
    moved = await api('PATCH', `/api/meetings/${first.id}`, slot(23));
    transport = imipTransport(listener.port);
  });
  let appClosed = false;
  afterAll(async () => {
    transport?.close();
    if (appClosed) await t.db.drop();
    else await t?.close();
  });

  async function send(raw: string, envelope: { from: string; to?: string[] }): Promise<SmtpResult> {
    try {
      const info = await transport.sendMail({
        envelope: { from: envelope.from, to: envelope.to ?? [ORGANIZER] },
        raw,
      });
      return { code: Number(String(info.response).slice(0, 3)), response: String(info.response) };
    } catch (error) {
      const failure = error as { responseCode?: number; response?: string };
      if (!failure.responseCode) throw error;
      return { code: failure.responseCode, response: String(failure.response) };
    }
  }

  async function participants(meetingId: string): Promise<ParticipantState[]> {
    const rows: Array<Record<string, any>> = await dataSource.query(
      `SELECT person_id, partstat, response_comment, responded_at FROM meeting_participants
        WHERE meeting_id = $1 ORDER BY person_id`,
      [meetingId],
    );
    return rows.map((row) => ({
      personId: row.person_id,
      partstat: row.partstat,
      comment: row.response_comment,
      respondedAt: row.responded_at,
    }));
  }

  async function stateOf(meetingId: string, personId: string): Promise<ParticipantState> {
    return (await participants(meetingId)).find((row) => row.personId === personId)!;
  }

  function reply(person: CreatedPerson, overrides: Partial<ReplyMessageInput> = {}): ReplyMessageInput {
    return {
      uid: meeting.uid,
      attendee: { name: person.email.split('@')[0], email: person.email },
      partstat: 'ACCEPTED',
      sequence: meeting.sequence,
      ...overrides,
    };
  }

  it('listens on the configured host and a free port', () => {
    expect(listener.port).toEqual(expect.any(Number));
    expect(listener.port).toBeGreaterThan(0);
  });

  it('records an Exchange-style REPLY without ORGANIZER', async () => {
    const raw = outlookReply(reply(anna, { comment: 'Jag kommer, men blir sen; tåget.' }));
    expect(raw).not.toMatch(/ORGANIZER/);
    const result = await send(raw, { from: anna.email });
    expect(result).toEqual({ code: 250, response: '250 2.0.0 Reply recorded' });
    const state = await stateOf(meeting.id, anna.id);
    expect(state).toMatchObject({ partstat: 'ACCEPTED', comment: 'Jag kommer, men blir sen; tåget.' });
    expect(state.respondedAt).toBeInstanceOf(Date);

    // The meetings API shows the answer too.
    const view = await t.request({
      method: 'GET',
      url: `/api/meetings/${meeting.id}`,
      token: coordinatorToken,
    });
    expect(view.body.participants.find((p: any) => p.personId === anna.id)).toMatchObject({
      partstat: 'ACCEPTED',
      respondedAt: expect.any(String),
    });
    // So does the invitations overview, with the comment.
    const invitations = await t.request({
      method: 'GET',
      url: `/api/meetings/${meeting.id}/invitations`,
      token: coordinatorToken,
    });
    expect(invitations.status).toBe(200);
    expect(invitations.body.items.find((item: any) => item.person.id === anna.id)).toMatchObject({
      partstat: 'ACCEPTED',
      comment: 'Jag kommer, men blir sen; tåget.',
    });

    const again = await send(raw, { from: anna.email });
    expect(again.response).toBe('250 2.0.0 Reply already recorded');
  });

  it('records a Google-style REPLY with ORGANIZER and an Apple-style attachment, sent to the alias', async () => {
    const google = googleReply(
      reply(erik, { partstat: 'TENTATIVE', comment: 'Kanske', organizer: ORGANIZER }),
    );
    expect((await send(google, { from: erik.email })).code).toBe(250);
    expect(await stateOf(meeting.id, erik.id)).toMatchObject({ partstat: 'TENTATIVE', comment: 'Kanske' });

    const apple = appleReply(reply(asa, { partstat: 'DECLINED', to: ALIAS }));
    expect((await send(apple, { from: asa.email, to: [ALIAS] })).response).toBe('250 2.0.0 Reply recorded');
    expect(await stateOf(meeting.id, asa.id)).toMatchObject({ partstat: 'DECLINED' });
  });

  it("changes nothing for a stranger's REPLY, a forged From, a removed participant, an unknown UID or malformed ics", async () => {
    const before = await participants(meeting.id);
    const refusals: Array<[string, string, string]> = [
      // Someone not invited answers for themselves.
      [outlookReply(reply(stranger, { partstat: 'DECLINED' })), stranger.email, '550'],
      // Someone answers in an invited person's name.
      [googleReply(reply(erik, { partstat: 'DECLINED', from: stranger.email })), stranger.email, '550'],
      [outlookReply(reply(removed, { partstat: 'ACCEPTED' })), removed.email, '550'],
      [
        outlookReply(reply(anna, { uid: 'no-such-meeting@elsewhere.example', partstat: 'DECLINED' })),
        anna.email,
        '550',
      ],
      [malformedReply(reply(anna)), anna.email, '554'],
    ];
    const warnings: unknown[] = [];
    const spy = jest.spyOn(Logger.prototype, 'warn').mockImplementation((...args: unknown[]) => {
      warnings.push(args[0]);
    });
    try {
      for (const [raw, from, code] of refusals) {
        const result = await send(raw, { from });
        expect(result.response).toMatch(new RegExp(`^${code} 5\\.`));
      }
    } finally {
      spy.mockRestore();
    }
    expect(await participants(meeting.id)).toEqual(before);
    // Each refusal for its own reason, logged without the addresses or names involved.
    expect(warnings.map((line: any) => line.outcome)).toEqual([
      'not-invited',
      'sender-mismatch',
      'not-invited',
      'unknown-meeting',
      'malformed',
    ]);
    const logged = JSON.stringify(warnings);
    for (const person of [stranger, erik, removed, anna]) {
      expect(logged).not.toContain(person.email);
      expect(logged).not.toContain(person.email.split('@')[0]);
    }
  });

  it('accepts harmless mail without recording anything: an out-of-office with the null sender', async () => {
    const before = await participants(meeting.id);
    const lines: any[] = [];
    const spy = jest.spyOn(Logger.prototype, 'log').mockImplementation((...args: unknown[]) => {
      lines.push(args[0]);
    });
    try {
      const result = await send(outOfOffice({ attendee: { name: 'Anna', email: anna.email } }), { from: '' });
      expect(result).toEqual({ code: 250, response: '250 2.0.0 Accepted; no calendar reply to record' });
    } finally {
      spy.mockRestore();
    }
    expect(await participants(meeting.id)).toEqual(before);
    expect(lines).toContainEqual(
      expect.objectContaining({ outcome: 'ignored', reason: 'no-calendar', nullSender: true }),
    );
  });

  it('notes but does not apply a REPLY to an older SEQUENCE (RFC 5546: the meeting moved since)', async () => {
    expect(moved.sequence).toBe(2);
    const stale = await send(
      outlookReply(reply(anna, { uid: moved.uid, sequence: moved.sequence - 1, partstat: 'ACCEPTED' })),
      {
        from: anna.email,
      },
    );
    expect(stale.response).toBe('250 2.0.0 Reply noted; the meeting has changed since');
    expect(await stateOf(moved.id, anna.id)).toMatchObject({ partstat: 'NEEDS-ACTION', respondedAt: null });

    const current = await send(
      outlookReply(reply(anna, { uid: moved.uid, sequence: moved.sequence, partstat: 'TENTATIVE' })),
      {
        from: anna.email,
      },
    );
    expect(current.code).toBe(250);
    expect(await stateOf(moved.id, anna.id)).toMatchObject({ partstat: 'TENTATIVE' });
  });

  it('refuses other recipients at RCPT and oversized messages at DATA', async () => {
    const wrongRecipient = await send(outlookReply(reply(anna)), {
      from: anna.email,
      to: ['someone@region.example'],
    });
    expect(wrongRecipient.code).toBe(550);
    const before = await participants(meeting.id);
    const padded = outlookReply(reply(anna, { partstat: 'DECLINED', comment: 'x'.repeat(70 * 1024) }));
    const tooBig = await send(padded, { from: anna.email });
    expect(tooBig.code).toBe(552);
    expect(await participants(meeting.id)).toEqual(before);
  });

  it('closes the listener when the application shuts down', async () => {
    const port = listener.port!;
    transport.close();
    appClosed = true;
    await t.app.close();
    expect(listener.port).toBeUndefined();
    const refused = await new Promise<string>((resolve) => {
      const socket = connect(port, '127.0.0.1');
      socket.once('connect', () => {
        socket.destroy();
        resolve('connected');
      });
      socket.once('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? 'error'));
    });
    expect(refused).toBe('ECONNREFUSED');
  });
});
