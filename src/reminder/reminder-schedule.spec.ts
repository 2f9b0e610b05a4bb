import { loadConfig, reminderOffsetMinutes } from '../config/app-config';
import { reminderJobKeys } from './reminder-schedule';

describe('reminder offsets', () => {
  it('parses ISO 8601 durations into minutes', () => {
    expect(reminderOffsetMinutes('P7D')).toBe(7 * 24 * 60);
    expect(reminderOffsetMinutes('P1D')).toBe(24 * 60);
    expect(reminderOffsetMinutes('PT2H')).toBe(120);
    expect(reminderOffsetMinutes('P1DT12H30M')).toBe(36 * 60 + 30);
    expect(reminderOffsetMinutes('P2W')).toBe(14 * 24 * 60);
    for (const bad of ['', 'P', 'PT', '7D', 'P0D', 'P-1D', 'P1.5D', 'P61D', 'p1d']) {
      expect(reminderOffsetMinutes(bad)).toBeNull();
    }
  });

  it('defaults to a week and a day before, and lists bad values by name', () => {
    expect(loadConfig({}).reminders.offsets).toEqual([
      { code: 'P7D', minutes: 10080 },
      { code: 'P1D', minutes: 1440 },
    ]);
    expect(
      loadConfig({ MEETING_REMINDER_OFFSETS: 'PT2H, P3D' }).reminders.offsets.map((o) => o.code),
    ).toEqual(['P3D', 'PT2H']);
    expect(() => loadConfig({ MEETING_REMINDER_OFFSETS: 'P1D,tomorrow' })).toThrow(
      /MEETING_REMINDER_OFFSETS/,
    );
    expect(() => loadConfig({ MEETING_REMINDER_OFFSETS: 'P1D,PT24H' })).toThrow(/must not repeat/);
    expect(loadConfig({ MEETING_REMINDER_OFFSETS: '' }).reminders.offsets).toEqual([]);
  });
});

describe('reminder jobs', () => {
  it('names each reminder version by meeting, offset and SEQUENCE', () => {
    expect(reminderJobKeys({ meetingId: 'm', offsetCode: 'P1D', meetingSequence: 3 })).toEqual([
      'm',
      'P1D',
      '3',
    ]);
  });
});
