import { Logger } from '@nestjs/common';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import {
  appleReply,
  fixtureReplyMessage,
  googleReply,
  malformedReply,
  outOfOffice,
  outlookReply,
  type ReplyMessageInput,
} from '../../test/helpers/imip-messages';
import { ImipReplyHandler, uidHash } from './imip-reply.handler.js';
import type { ReplyRecorder } from './reply-recorder.js';

type Status = Awaited<ReturnType<ReplyRecorder['recordResponse']>>['status'];

const INPUT: ReplyMessageInput = {
  uid: 'meeting-7f3c@samverkan.example',
  attendee: { name: 'Lund, Anna', email: 'anna.lund@lycksele.se' },
  partstat: 'ACCEPTED',
  sequence: 1,
  comment: 'Ringer in från Lycksele',
};
const ENVELOPE = { sessionId: 'session-1', mailFrom: 'anna.lund@lycksele.se' };

type DelegationStatus = Awaited<ReturnType<ReplyRecorder['delegate']>>['status'];

function setup(answer: Status | Error = 'updated', delegation: DelegationStatus = 'delegated') {
  const calls: Array<Parameters<ReplyRecorder['recordResponse']>[0]> = [];
  const delegations: Array<Parameters<ReplyRecorder['delegate']>[0]> = [];
  const recorder: ReplyRecorder = {
    recordResponse: (input) => {
      calls.push(input);
      return answer instanceof Error ? Promise.reject(answer) : Promise.resolve({ status: answer });
    },
    delegate: (input) => {
      delegations.push(input);
      return Promise.resolve({ status: delegation });
    },
  };
  return { handler: new ImipReplyHandler(recorder), calls, delegations };
}

const REPLIES = resolve(__dirname, '../../test/fixtures/calendar/replies');
const ANNA = { name: 'Lund, Anna', email: 'Anna.Lund@Lycksele.se' };

function raw(text: string): Buffer {
  return Buffer.from(text, 'utf8');
}

describe('ImipReplyHandler', () => {
  let logged: unknown[];
  beforeEach(() => {
    logged = [];
    for (const level of ['log', 'warn', 'error'] as const) {
      jest.spyOn(Logger.prototype, level).mockImplementation((...args: unknown[]) => {
        logged.push(args);
      });
    }
  });
  afterEach(() => jest.restoreAllMocks());

  it('records an Exchange reply without ORGANIZER: uid, attendee, answer, comment, sequence, source email', async () => {
    const { handler, calls } = setup('updated');
    const result = await handler.handle(raw(outlookReply(INPUT)), ENVELOPE);
    expect(result).toEqual({ outcome: 'recorded', answer: { code: 250, message: '2.0.0 Reply recorded' } });
    expect(calls).toEqual([
      {
        uid: INPUT.uid,
        attendeeEmail: 'anna.lund@lycksele.se',
        partstat: 'ACCEPTED',
        comment: 'Ringer in från Lycksele',
        sequence: 1,
        source: 'email',
      },
    ]);
  });

  it('maps what recordResponse says to the SMTP answer', async () => {
    const expected: Array<[Status, string, number]> = [
      ['unchanged', 'unchanged', 250],
      ['stale', 'stale', 250],
      ['unknown-meeting', 'unknown-meeting', 550],
      ['not-invited', 'not-invited', 550],
    ];
    for (const [status, outcome, code] of expected) {
      const { handler } = setup(status);
      const result = await handler.handle(raw(googleReply(INPUT)), ENVELOPE);
      expect([result.outcome, result.answer.code]).toEqual([outcome, code]);
    }
    // Who may answer is refused in one wording: the answer does not tell which meetings exist.
    const unknown = await setup('unknown-meeting').handler.handle(raw(googleReply(INPUT)), ENVELOPE);
    const notInvited = await setup('not-invited').handler.handle(raw(googleReply(INPUT)), ENVELOPE);
    expect(unknown.answer).toEqual(notInvited.answer);
  });

  it('refuses a reply whose From is not the attendee, without asking recordResponse', async () => {
    const { handler, calls } = setup('updated');
    const forged = await handler.handle(raw(appleReply({ ...INPUT, from: 'mallory@example.com' })), ENVELOPE);
    expect(forged).toEqual({
      outcome: 'sender-mismatch',
      answer: { code: 550, message: '5.7.1 Reply not accepted' },
    });
    expect(calls).toHaveLength(0);
    // The envelope sender may differ (forwarding rewrites it); only From counts, case-insensitively.
    const forwarded = await handler.handle(raw(appleReply({ ...INPUT, from: 'Anna.Lund@LYCKSELE.se' })), {
      sessionId: 's',
      mailFrom: 'srs0=abc=lycksele.se=anna.lund@forwarder.example',
    });
    expect(forwarded.outcome).toBe('recorded');
  });

  it('refuses malformed calendar parts (554) and accepts harmless mail without recording (250)', async () => {
    const { handler, calls } = setup('updated');
    expect(await handler.handle(raw(malformedReply(INPUT)), ENVELOPE)).toEqual({
      outcome: 'malformed',
      answer: { code: 554, message: '5.6.0 No valid iCalendar REPLY in the message' },
    });
    expect(
      (await handler.handle(raw(outOfOffice(INPUT)), { sessionId: 's', mailFrom: null })).answer.code,
    ).toBe(250);
    const request = await handler.handle(raw(outlookReply({ ...INPUT, method: 'REQUEST' })), ENVELOPE);
    expect(request.outcome).toBe('ignored');
    const delegated = await handler.handle(raw(outlookReply({ ...INPUT, partstat: 'DELEGATED' })), ENVELOPE);
    expect([delegated.outcome, delegated.answer.code]).toEqual(['unsupported-answer', 250]);
    expect(calls).toHaveLength(0);
  });

  it.each(['outlook', 'google'] as const)(
    'hands a %s delegation to the recorder with the substitute’s address, and says what came of it',
    async (client) => {
      const ics = readFileSync(join(REPLIES, `${client}-delegated.ics`), 'utf8');
      const { handler, calls, delegations } = setup('updated', 'delegated');
      const result = await handler.handle(raw(fixtureReplyMessage(ics, client, ANNA)), ENVELOPE);
      expect(result).toEqual({ outcome: 'recorded', answer: { code: 250, message: '2.0.0 Reply recorded' } });
      expect(calls).toHaveLength(0);
      expect(delegations).toEqual([
        {
          uid: 'meeting-7f3c@samverkan.example',
          attendeeEmail: 'anna.lund@lycksele.se',
          substitute: { email: 'bo.berg@lycksele.se' },
          comment: client === 'outlook' ? 'Jag är på semester, Bo kommer i mitt ställe.' : 'Bo tar mötet',
          sequence: 0,
          source: 'email',
          recordRefused: true,
        },
      ]);
      const refused = setup('updated', 'delegation-refused');
      expect(await refused.handler.handle(raw(fixtureReplyMessage(ics, client, ANNA)), ENVELOPE)).toEqual({
        outcome: 'delegation-refused',
        answer: { code: 250, message: '2.0.0 Reply recorded; the substitute was not accepted' },
      });
    },
  );

  it('refuses a delegation from someone else than the delegator, without asking the recorder', async () => {
    const ics = readFileSync(join(REPLIES, 'google-delegated.ics'), 'utf8');
    const { handler, delegations } = setup();
    const message = fixtureReplyMessage(ics, 'google', { name: 'Bo', email: 'bo.berg@lycksele.se' });
    const result = await handler.handle(raw(message), ENVELOPE);
    expect(result.outcome).toBe('sender-mismatch');
    expect(delegations).toHaveLength(0);
  });

  it('answers 451 when recording fails, so the sending server tries again', async () => {
    const { handler } = setup(new Error('connection terminated'));
    const result = await handler.handle(raw(outlookReply(INPUT)), ENVELOPE);
    expect(result).toEqual({
      outcome: 'temporary-failure',
      answer: { code: 451, message: '4.3.0 Temporary failure, try again later' },
    });
  });

  it('logs outcomes without addresses, names, comments or the UID itself', async () => {
    const cases: Array<[Status | Error, string]> = [
      ['updated', outlookReply(INPUT)],
      ['not-invited', googleReply(INPUT)],
      ['updated', appleReply({ ...INPUT, from: 'mallory@example.com' })],
      ['updated', malformedReply(INPUT)],
      [new Error('anna.lund@lycksele.se broke it'), outlookReply(INPUT)],
    ];
    for (const [answer, message] of cases) await setup(answer).handler.handle(raw(message), ENVELOPE);
    expect(logged.length).toBeGreaterThanOrEqual(cases.length);
    const text = JSON.stringify(logged);
    for (const secret of ['lycksele', 'mallory', 'Lund', 'Anna', 'Ringer', INPUT.uid]) {
      expect(text).not.toContain(secret);
    }
    expect(text).toContain(uidHash(INPUT.uid));
    expect(text).toContain('"outcome":"sender-mismatch"');
  });
});
