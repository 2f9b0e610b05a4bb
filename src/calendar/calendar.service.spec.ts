import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { DateTime } from 'luxon';
import { loadConfig } from '../config/app-config.js';
import { ConfigModule } from '../config/config.module.js';
import { CalendarModule } from './calendar.module.js';
import { CalendarService, parseMailbox } from './calendar.service.js';
import { CalendarError } from './calendar.exception.js';

/** The service as Nest injects it: ConfigModule provides APP_CONFIG, CalendarModule the service. */
async function serviceWith(env: Record<string, string>): Promise<CalendarService> {
  @Module({ imports: [ConfigModule.forRoot(loadConfig(env)), CalendarModule] })
  class CalendarTestModule {}
  const context = await NestFactory.createApplicationContext(CalendarTestModule, { logger: false });
  contexts.push(context);
  return context.get(CalendarService);
}

const contexts: { close(): Promise<void> }[] = [];
afterAll(async () => {
  await Promise.all(contexts.map((context) => context.close()));
});

const start = DateTime.fromISO('2026-04-14T10:00', { zone: 'Europe/Helsinki' });
const meeting = {
  uid: 'meeting-1@samverkan.example',
  sequence: 0,
  stamp: new Date('2026-01-15T12:00:00Z'),
  start,
  end: start.plus({ hours: 1 }),
  summary: 'Samverkansmöte',
  agendaUrl: 'https://samverkan.example/agenda',
};

describe('CalendarService', () => {
  it('makes MAIL_FROM the ORGANIZER and uses the configured zone and locale', async () => {
    const calendar = await serviceWith({
      MAIL_FROM: '"Region Västerbotten, Samverkan" <samverkan@regionvasterbotten.se>',
      BUSINESS_TIME_ZONE: 'Europe/Helsinki',
      DEFAULT_LOCALE: 'en',
    });
    const ics = calendar.invitation({
      ...meeting,
      method: 'REQUEST',
      attendees: [{ name: 'Anna Lund', email: 'anna@lycksele.se' }],
    });
    const unfolded = ics.replace(/\r\n /g, '');
    expect(unfolded).toContain(
      'ORGANIZER;CN="Region Västerbotten, Samverkan":mailto:samverkan@regionvasterbotten.se\r\n',
    );
    expect(unfolded).toContain('DTSTART;TZID=Europe/Helsinki:20260414T100000\r\n');
    expect(unfolded).toContain('Agenda: https://samverkan.example/agenda');
    expect(calendar.mimePart(ics, 'REQUEST').alternative.contentType).toContain('method=REQUEST');
  });

  it('builds feeds and reads replies with the same settings', async () => {
    const calendar = await serviceWith({});
    expect(calendar.organizer).toEqual({ name: 'Samverkan', email: 'samverkan@localhost' });
    const feed = calendar.feed([{ ...meeting, cancelled: true }], { name: 'Möten' });
    expect(feed).toContain('TZID:Europe/Stockholm\r\n');
    expect(feed).toContain('STATUS:CANCELLED\r\n');
    expect(feed).toContain('Dagordning: https://samverkan.example/agenda');
    expect(calendar.parseReply('nonsense').ok).toBe(false);
  });
});

describe('parseMailbox', () => {
  it.each([
    ['Samverkan <samverkan@region.se>', { name: 'Samverkan', email: 'samverkan@region.se' }],
    [
      '"Region, Samverkan" <samverkan@region.se>',
      { name: 'Region, Samverkan', email: 'samverkan@region.se' },
    ],
    ['"Region \\"RVN\\"" <s@region.se>', { name: 'Region "RVN"', email: 's@region.se' }],
    ['samverkan@region.se', { name: 'samverkan@region.se', email: 'samverkan@region.se' }],
    ['<samverkan@region.se>', { name: 'samverkan@region.se', email: 'samverkan@region.se' }],
  ])('reads %s', (mailbox, expected) => {
    expect(parseMailbox(mailbox)).toEqual(expected);
  });

  it('refuses a mailbox without a usable address', () => {
    expect(() => parseMailbox('Samverkan')).toThrow(CalendarError);
    expect(() => parseMailbox('Samverkan <>')).toThrow(CalendarError);
  });
});
