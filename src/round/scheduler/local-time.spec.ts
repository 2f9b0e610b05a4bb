import { DateTime } from 'luxon';
import {
  addDays,
  isInstant,
  isoWeekday,
  localToMillis,
  millisToLocal,
  millisToUtcIso,
} from './local-time.js';
import { haversineKm, legMinutes, legMinutesForKm } from './travel.js';

const ZONE = 'Europe/Stockholm';

describe('local time without the server zone', () => {
  it('agrees with Luxon for every quarter hour around both 2026 DST changes', () => {
    for (const date of ['2026-03-28', '2026-03-29', '2026-03-30', '2026-10-24', '2026-10-25', '2026-10-26']) {
      for (let minute = 0; minute < 24 * 60; minute += 15) {
        const luxon = DateTime.fromObject(
          {
            year: +date.slice(0, 4),
            month: +date.slice(5, 7),
            day: +date.slice(8),
            hour: Math.floor(minute / 60),
            minute: minute % 60,
          },
          { zone: ZONE },
        );
        expect(localToMillis(date, minute, ZONE)).toBe(luxon.toMillis());
        const back = millisToLocal(luxon.toMillis(), ZONE);
        expect([back.date, back.minute]).toEqual([luxon.toISODate(), luxon.hour * 60 + luxon.minute]);
      }
    }
  });

  it('maps 09:00 in Stockholm to 08:00Z in winter and 07:00Z in summer', () => {
    expect(millisToUtcIso(localToMillis('2026-03-27', 9 * 60, ZONE))).toBe('2026-03-27T08:00:00Z');
    expect(millisToUtcIso(localToMillis('2026-03-30', 9 * 60, ZONE))).toBe('2026-03-30T07:00:00Z');
    expect(millisToUtcIso(localToMillis('2026-10-23', 9 * 60, ZONE))).toBe('2026-10-23T07:00:00Z');
    expect(millisToUtcIso(localToMillis('2026-10-26', 9 * 60, ZONE))).toBe('2026-10-26T08:00:00Z');
  });

  it('does calendar arithmetic on dates alone', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(isoWeekday('2026-03-29')).toBe(7);
    expect(isoWeekday('2026-09-07')).toBe(1);
  });

  it('accepts only instants with an offset', () => {
    expect(isInstant('2026-09-07T09:00:00+02:00')).toBe(true);
    expect(isInstant('2026-09-07T07:00Z')).toBe(true);
    expect(isInstant('2026-09-07T07:00:00.000Z')).toBe(true);
    expect(isInstant('2026-09-07T09:00:00')).toBe(false);
    expect(isInstant('2026-02-30T09:00:00Z')).toBe(false);
    expect(isInstant('2026-09-07 09:00:00Z')).toBe(false);
  });
});

describe('travel', () => {
  const settings = { roadFactor: 1.3, averageSpeedKmh: 70, travelBufferMinutes: 15 };
  const umea = { lat: 63.8258, lon: 20.263 };
  const vannas = { lat: 63.9078, lon: 19.7525 };

  it('measures great-circle distance', () => {
    expect(haversineKm(umea, vannas)).toBeCloseTo(26.4, 0);
    // Stockholm–Göteborg, about 398 km as the crow flies.
    expect(haversineKm({ lat: 59.3293, lon: 18.0686 }, { lat: 57.7089, lon: 11.9746 })).toBeCloseTo(398, -1);
  });

  it('turns distance into whole minutes of road plus the buffer, and nothing for the same place', () => {
    expect(legMinutesForKm(70, settings)).toBe(Math.ceil(70 * 1.3 * (60 / 70)) + 15);
    expect(legMinutes(umea, vannas, settings)).toBe(
      Math.ceil(((haversineKm(umea, vannas) * 1.3) / 70) * 60) + 15,
    );
    expect(legMinutes(umea, { lat: 63.826, lon: 20.264 }, settings)).toBe(0);
  });
});
