import { simpleParser } from 'mailparser';
import { composeMessage, messageIdFor, senderAddress } from './mail-message';

const base = {
  messageId: '<6f1c9b7e-1111-4222-8333-944455556666@samverkan.example.se>',
  date: new Date('2026-03-02T08:30:00Z'),
  from: 'Samverkan <noreply@samverkan.example.se>',
  to: { address: 'asa@skelleftea.se', name: 'Åsa Öberg' },
  subject: 'Välkommen till Samverkan',
  text: 'Hej Åsa\nrad två',
  html: '<p>Hej Åsa</p>',
};

describe('messageIdFor', () => {
  it('uses the domain of MAIL_FROM', () => {
    expect(messageIdFor('abc', 'Samverkan <noreply@samverkan.example.se>')).toBe(
      '<abc@samverkan.example.se>',
    );
    expect(messageIdFor('abc', 'noreply@region.se')).toBe('<abc@region.se>');
    expect(messageIdFor('abc', 'Samverkan <samverkan@localhost>')).toBe('<abc@localhost>');
  });

  it('reads the envelope sender from MAIL_FROM', () => {
    expect(senderAddress('"Region, Samverkan" <noreply@region.se>')).toBe('noreply@region.se');
    expect(() => senderAddress('Samverkan')).toThrow(/no address/);
  });
});

describe('composeMessage', () => {
  it('builds a complete message with CRLF line ends that parses back', async () => {
    const raw = composeMessage(base);
    const text = raw;
    expect(text).not.toMatch(/[^\r]\n/);
    const parsed = await simpleParser(raw);
    expect(parsed.messageId).toBe(base.messageId);
    expect(parsed.date?.toISOString()).toBe('2026-03-02T08:30:00.000Z');
    expect(parsed.subject).toBe('Välkommen till Samverkan');
    expect(parsed.from?.value).toEqual([{ address: 'noreply@samverkan.example.se', name: 'Samverkan' }]);
    const to = Array.isArray(parsed.to) ? parsed.to[0] : parsed.to;
    expect(to?.value).toEqual([{ address: 'asa@skelleftea.se', name: 'Åsa Öberg' }]);
    expect(parsed.text?.trim()).toBe('Hej Åsa\nrad två');
    expect(parsed.html).toContain('<p>Hej Åsa</p>');
    expect(parsed.headers.get('content-type')).toMatchObject({ value: 'multipart/alternative' });
  });

  it('adds a calendar invitation as text/calendar with its method and as an .ics attachment', async () => {
    const ics = [
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//Samverkan//test//SV',
      'METHOD:REQUEST',
      'BEGIN:VEVENT',
      'UID:meeting-1@samverkan',
      'DTSTAMP:20260302T083000Z',
      'DTSTART:20260310T090000Z',
      'SEQUENCE:0',
      'END:VEVENT',
      'END:VCALENDAR',
      '',
    ].join('\r\n');
    const raw = composeMessage({
      ...base,
      calendarEvent: { method: 'REQUEST', content: ics },
      attachments: [{ filename: 'agenda.txt', content: 'Dagordning', contentType: 'text/plain' }],
    });
    const text = raw;
    expect(text).toMatch(/Content-Type: text\/calendar; charset=utf-8; method=REQUEST/i);
    const parsed = await simpleParser(raw);
    const names = parsed.attachments.map((attachment) => attachment.filename).sort();
    expect(names).toEqual(['agenda.txt', 'invite.ics']);
    const invite = parsed.attachments.find((attachment) => attachment.filename === 'invite.ics');
    expect(invite?.content.toString('utf8')).toContain('UID:meeting-1@samverkan');
  });

  it('refuses attachments read from files or URLs', () => {
    expect(() =>
      composeMessage({
        ...base,
        attachments: [{ path: '/etc/passwd', filename: 'x' } as never],
      }),
    ).toThrow(/no content in memory/);
  });
});
