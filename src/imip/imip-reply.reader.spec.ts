import {
  appleReply,
  googleReply,
  malformedReply,
  outOfOffice,
  outlookReply,
  type ReplyMessageInput,
} from '../../test/helpers/imip-messages';
import { type ImipReading, readImipReply } from './imip-reply.reader.js';

const INPUT: ReplyMessageInput = {
  uid: 'meeting-7f3c@samverkan.example',
  attendee: { name: 'Lund, Anna', email: 'Anna.Lund@Lycksele.se' },
  partstat: 'ACCEPTED',
  sequence: 2,
  comment: 'Jag kommer, men blir tio minuter sen; tåget.',
  organizer: 'samverkan@region.example',
};

async function read(raw: string): Promise<ImipReading> {
  return readImipReply(Buffer.from(raw, 'utf8'));
}

function replyOf(reading: ImipReading) {
  if (reading.kind !== 'reply') throw new Error(`expected a reply, got ${JSON.stringify(reading)}`);
  return reading;
}

describe('readImipReply', () => {
  it('reads Outlook: a text/calendar; method=REPLY part in base64, without ORGANIZER', async () => {
    const reading = replyOf(await read(outlookReply(INPUT)));
    expect(reading.reply).toMatchObject({
      uid: INPUT.uid,
      sequence: 2,
      attendeeEmail: 'anna.lund@lycksele.se',
      partstat: 'ACCEPTED',
      comment: 'Jag kommer, men blir tio minuter sen; tåget.',
    });
    expect(reading.reply.organizerEmail).toBeUndefined();
    expect(reading.fromAddresses).toEqual(['anna.lund@lycksele.se']);
  });

  it('reads Apple: the reply only as a quoted-printable .ics attachment', async () => {
    const raw = appleReply({ ...INPUT, partstat: 'DECLINED', comment: undefined, sequence: null });
    expect(raw).not.toMatch(/method=REPLY/i); // Apple names no method on the MIME part
    const reading = replyOf(await read(raw));
    expect(reading.reply).toMatchObject({
      uid: INPUT.uid,
      sequence: 0,
      attendeeEmail: 'anna.lund@lycksele.se',
      partstat: 'DECLINED',
      organizerEmail: 'samverkan@region.example',
    });
  });

  it('reads Google: the inline part and the invite.ics attachment agree, the comment in X-RESPONSE-COMMENT', async () => {
    const reading = replyOf(await read(googleReply({ ...INPUT, partstat: 'TENTATIVE', comment: 'Kanske' })));
    expect(reading.reply).toMatchObject({
      uid: INPUT.uid,
      partstat: 'TENTATIVE',
      comment: 'Kanske',
      organizerEmail: 'samverkan@region.example',
    });
  });

  it('reads a reply in a legacy charset', async () => {
    const ics = [
      'BEGIN:VCALENDAR',
      'METHOD:REPLY',
      'VERSION:2.0',
      'PRODID:-//Test//Test//EN',
      'BEGIN:VEVENT',
      `UID:${INPUT.uid}`,
      'DTSTAMP:20260120T083015Z',
      'ATTENDEE;PARTSTAT=ACCEPTED;CN=Åsa Öberg:mailto:asa@vindeln.se',
      'COMMENT:Välkommen',
      'END:VEVENT',
      'END:VCALENDAR',
      '',
    ].join('\r\n');
    const raw = Buffer.concat([
      Buffer.from(
        [
          'From: asa@vindeln.se',
          'To: samverkan@region.example',
          'Subject: Svar',
          'MIME-Version: 1.0',
          'Content-Type: text/calendar; charset=iso-8859-1; method=REPLY',
          'Content-Transfer-Encoding: 8bit',
          '',
          '',
        ].join('\r\n'),
      ),
      Buffer.from(ics, 'latin1'),
    ]);
    const reading = replyOf(await readImipReply(raw));
    expect(reading.reply.comment).toBe('Välkommen');
  });

  it('ignores messages without a calendar reply: an out-of-office, a forwarded REQUEST', async () => {
    expect(await read(outOfOffice(INPUT))).toEqual({ kind: 'ignored', reason: 'no-calendar' });
    const asRequest = outlookReply({ ...INPUT, method: 'REQUEST' });
    expect(await read(asRequest)).toEqual({ kind: 'ignored', reason: 'not-a-reply' });
  });

  it('ignores delivery reports, whatever they quote', async () => {
    const report = [
      'From: MAILER-DAEMON@mx.example',
      'To: samverkan@region.example',
      'Subject: Undelivered Mail Returned to Sender',
      'MIME-Version: 1.0',
      'Content-Type: multipart/report; report-type=delivery-status; boundary="r"',
      '',
      '--r',
      'Content-Type: text/plain',
      '',
      'Could not deliver.',
      '--r',
      'Content-Type: message/rfc822',
      '',
      outlookReply(INPUT),
      '--r--',
      '',
    ].join('\r\n');
    expect(await read(report)).toEqual({ kind: 'ignored', reason: 'delivery-report' });
  });

  it('calls a broken calendar part malformed, with the parser error code', async () => {
    expect(await read(malformedReply(INPUT))).toEqual({
      kind: 'malformed',
      reason: 'CALENDAR_REPLY_MALFORMED',
    });
    const reading = await read(
      appleReply(INPUT).replace(
        'PARTSTAT=3DACCEPTED',
        'PARTSTAT=3DACCEPTED:mailto:a@b.se\r\nATTENDEE;PARTSTAT=3DACCEPTED',
      ),
    );
    expect(reading).toEqual({ kind: 'malformed', reason: 'CALENDAR_REPLY_ATTENDEE_COUNT' });
  });

  it('never throws on garbage', async () => {
    expect((await readImipReply(Buffer.from([0, 1, 2, 255, 254]))).kind).toBe('ignored');
    expect((await read('Content-Type: multipart/mixed; boundary="x"\r\n\r\n--x\r\n')).kind).toBe('ignored');
  });
});
