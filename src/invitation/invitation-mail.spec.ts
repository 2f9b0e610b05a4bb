import { MailRenderer } from '../mail/mail-renderer';
import type { MeetingMailData } from '../mail/templates/invitation';

const base: MeetingMailData = {
  personName: 'Åsa Öberg',
  meetingTitle: 'Samverkansmöte Umeå',
  whenShort: 'tis 10 feb 2026 10:00',
  when: 'tisdag 10 februari 2026 kl. 10:00–11:30 (svensk tid)',
  organizationNames: 'Umeå kommun',
  location: 'Stadshuset <rum 3>',
  videoUrl: '',
  description: '',
  agendaUrl: 'https://samverkan.example.se/api/meetings/m1/agenda',
};
const rsvpUrl = 'https://samverkan.example.se/rsvp/abc';

describe('invitation emails', () => {
  const renderer = new MailRenderer();

  it('titles the Swedish invitation as the organisation expects', () => {
    const mail = renderer.render('invitation', 'sv', { ...base, rsvpUrl });
    expect(mail.subject).toBe('Kallelse: Samverkansmöte Umeå – tis 10 feb 2026 10:00');
    expect(mail.text).toContain('Tid: tisdag 10 februari 2026 kl. 10:00–11:30 (svensk tid)');
    expect(mail.text).toContain(`Svara på kallelsen: ${rsvpUrl}`);
    expect(mail.text).toContain('Plats: Stadshuset <rum 3>');
    expect(mail.text).not.toContain('Video:');
    expect(mail.html).toContain('Stadshuset &lt;rum 3&gt;');
    expect(mail.html).toContain(`href="${rsvpUrl}"`);
  });

  it('has an English version of every meeting email', () => {
    expect(renderer.render('invitation', 'en', { ...base, rsvpUrl }).subject).toBe(
      'Invitation: Samverkansmöte Umeå – tis 10 feb 2026 10:00',
    );
    expect(renderer.render('invitation-update', 'en', { ...base, rsvpUrl }).subject).toMatch(
      /^Updated invitation: /,
    );
    expect(renderer.render('invitation-update', 'sv', { ...base, rsvpUrl }).subject).toMatch(
      /^Ändrad kallelse: /,
    );
    const reminder = renderer.render('meeting-reminder', 'en', {
      ...base,
      rsvpUrl,
      answer: 'You have accepted.',
    });
    expect(reminder.subject).toMatch(/^Reminder: /);
    expect(reminder.text).toContain('A reminder of the collaboration meeting. You have accepted.');
  });

  it('tells a removed participant apart from a cancelled meeting', () => {
    const removed = renderer.render('invitation-cancel', 'sv', { ...base, removed: true, reason: '' });
    expect(removed.subject).toBe('Inställt: Samverkansmöte Umeå – tis 10 feb 2026 10:00');
    expect(removed.text).toContain('Du är inte längre kallad');
    expect(removed.text).not.toContain('Anledning');
    const cancelled = renderer.render('invitation-cancel', 'en', {
      ...base,
      removed: false,
      reason: 'Sjukdom',
    });
    expect(cancelled.text).toContain('The collaboration meeting is cancelled.');
    expect(cancelled.text).toContain('Reason: Sjukdom');
  });
});
