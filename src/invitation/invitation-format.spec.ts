import { DateTime } from 'luxon';
import { formatMeetingTime, invitationDescription, meetingMailData } from './invitation-format';

const ZONE = 'Europe/Stockholm';

describe('formatMeetingTime', () => {
  it('shows 10:00 Stockholm time in February (09:00Z) in Swedish and English', () => {
    const start = new Date('2026-02-10T09:00:00Z');
    const end = new Date('2026-02-10T10:30:00Z');
    expect(formatMeetingTime(start, end, ZONE, 'sv')).toEqual({
      whenShort: 'tis 10 feb 2026 10:00',
      when: 'tisdag 10 februari 2026 kl. 10:00–11:30 (svensk tid)',
    });
    expect(formatMeetingTime(start, end, ZONE, 'en')).toEqual({
      whenShort: 'Tue 10 Feb 2026 10:00',
      when: 'Tuesday 10 February 2026, 10:00–11:30 (Swedish time)',
    });
  });

  it('shows 10:00 Stockholm time in April (08:00Z, summer time)', () => {
    const text = formatMeetingTime(
      new Date('2026-04-14T08:00:00Z'),
      new Date('2026-04-14T09:00:00Z'),
      ZONE,
      'sv',
    );
    expect(text.whenShort).toBe('tis 14 apr 2026 10:00');
  });

  it('gives the same text whatever the process time zone', () => {
    const original = process.env.TZ;
    const results = ['UTC', 'America/New_York', 'Asia/Tokyo'].map((tz) => {
      process.env.TZ = tz;
      return formatMeetingTime(
        new Date('2026-03-29T08:30:00Z'),
        new Date('2026-03-29T10:00:00Z'),
        ZONE,
        'sv',
      );
    });
    process.env.TZ = original;
    expect(new Set(results.map((result) => JSON.stringify(result))).size).toBe(1);
    // The DST switch night: 08:30Z is 10:30 CEST.
    expect(results[0].whenShort).toBe('sön 29 mars 2026 10:30');
  });

  it('names both days for a meeting that ends on another day, and other zones by name', () => {
    expect(
      formatMeetingTime(new Date('2026-02-10T15:00:00Z'), new Date('2026-02-11T09:00:00Z'), ZONE, 'en').when,
    ).toBe('Tuesday 10 February 2026, 16:00 – Wednesday 11 February 2026, 10:00 (Swedish time)');
    expect(
      formatMeetingTime(
        new Date('2026-02-10T09:00:00Z'),
        new Date('2026-02-10T10:00:00Z'),
        'Europe/Helsinki',
        'sv',
      ).when,
    ).toBe('tisdag 10 februari 2026 kl. 11:00–12:00 (Europe/Helsinki)');
  });
});

describe('meeting mail data', () => {
  it('links the agenda under PUBLIC_URL and leaves missing fields empty', () => {
    const data = meetingMailData(
      {
        id: 'm1',
        title: 'Samverkansmöte Umeå',
        description: null,
        startAt: new Date('2026-02-10T09:00:00Z'),
        endAt: new Date('2026-02-10T10:00:00Z'),
        locationAddress: null,
        videoUrl: 'https://video.example/x',
        organizations: [{ name: 'Umeå kommun' }, { name: 'Vännäs kommun' }],
      },
      { name: 'Åsa', locale: 'sv' },
      { publicUrl: 'https://samverkan.example.se', timeZone: ZONE },
    );
    expect(data).toEqual({
      personName: 'Åsa',
      meetingTitle: 'Samverkansmöte Umeå',
      whenShort: 'tis 10 feb 2026 10:00',
      when: 'tisdag 10 februari 2026 kl. 10:00–11:00 (svensk tid)',
      organizationNames: 'Umeå kommun, Vännäs kommun',
      location: '',
      videoUrl: 'https://video.example/x',
      description: '',
      agendaUrl: 'https://samverkan.example.se/meetings/m1/agenda',
    });
  });

  it('puts the RSVP link after the description in the recipient language', () => {
    expect(invitationDescription('Vi ses!', 'https://x.example/rsvp/t', 'sv')).toBe(
      'Vi ses!\n\nSvara på kallelsen: https://x.example/rsvp/t',
    );
    expect(invitationDescription(null, 'https://x.example/rsvp/t', 'en')).toBe(
      'Answer the invitation: https://x.example/rsvp/t',
    );
    expect(invitationDescription('  ', null, 'en')).toBe('');
  });
});

// luxon is an independent oracle here: the function itself reads Intl formatters directly.
describe('formatMeetingTime against luxon', () => {
  it('reads every hour of two years the way luxon formats it, in both languages', () => {
    const LUXON = { sv: 'sv-SE', en: 'en-GB' } as const;
    for (let hour = 0; hour < 2 * 366 * 24; hour += 23) {
      const start = new Date(Date.UTC(2026, 0, 1) + hour * 3_600_000 + 15 * 60_000);
      const end = new Date(start.getTime() + ((hour % 5) + 1) * 45 * 60_000);
      for (const locale of ['sv', 'en'] as const) {
        const from = DateTime.fromJSDate(start, { zone: ZONE }).setLocale(LUXON[locale]);
        const to = DateTime.fromJSDate(end, { zone: ZONE }).setLocale(LUXON[locale]);
        const text = formatMeetingTime(start, end, ZONE, locale);
        expect(text.whenShort).toBe(from.toFormat('ccc d LLL yyyy HH:mm').replace(/\./g, ''));
        expect(text.when).toContain(`${from.toFormat('cccc d LLLL yyyy')}`);
        expect(text.when).toContain(to.toFormat('HH:mm'));
        if (!from.hasSame(to, 'day')) expect(text.when).toContain(to.toFormat('cccc d LLLL yyyy'));
      }
    }
  });
});
