import { describe, expect, it } from 'vitest';
import { firstWeek, isoWeek, layoutWeek, mondayOf, weeksOfWindow } from './week-layout';

const item = (organizationId: string, startLocal: string | null) => ({ organizationId, startLocal });

describe('week layout', () => {
  it('finds the Monday and the ISO week across a year boundary', () => {
    expect(mondayOf('2027-01-01')).toBe('2026-12-28'); // a Friday
    expect(isoWeek('2027-01-01')).toBe(53); // 2026 has 53 ISO weeks
    expect(isoWeek('2027-01-04')).toBe(1);
    expect(mondayOf('2027-01-10')).toBe('2027-01-04'); // a Sunday belongs to the week before it
    expect(isoWeek('2026-12-07')).toBe(50);
  });

  it('lists every week the window touches', () => {
    expect(weeksOfWindow('2027-01-13', '2027-01-27')).toEqual(['2027-01-11', '2027-01-18', '2027-01-25']);
    expect(weeksOfWindow('2027-01-11', '2027-01-11')).toEqual(['2027-01-11']);
  });

  it('puts each meeting on its local day in start order, weekdays always and the weekend only when used', () => {
    const items = [
      item('b', '2027-01-12T13:00:00+01:00'),
      item('a', '2027-01-12T09:00:00+01:00'),
      item('c', '2027-01-14T10:30:00+01:00'),
      item('next-week', '2027-01-18T09:00:00+01:00'),
      item('unplaced', null),
    ];
    const week = layoutWeek('2027-01-11', items);
    expect(week.week).toBe(2);
    expect(week.days.map((day) => day.date)).toEqual([
      '2027-01-11',
      '2027-01-12',
      '2027-01-13',
      '2027-01-14',
      '2027-01-15',
    ]);
    expect(week.days[1].items.map((entry) => entry.organizationId)).toEqual(['a', 'b']);
    expect(week.days[3].items.map((entry) => entry.organizationId)).toEqual(['c']);
    expect(week.days.flatMap((day) => day.items)).toHaveLength(3);

    const weekend = layoutWeek('2027-01-11', [item('sat', '2027-01-16T10:00:00+01:00')]);
    expect(weekend.days.map((day) => day.date)).toContain('2027-01-16');
    expect(weekend.days.map((day) => day.date)).not.toContain('2027-01-17');
  });

  it('uses the business zone date of the API, not the browser zone', () => {
    // 00:30 in Stockholm is still the day before in UTC: the local date wins.
    const week = layoutWeek('2027-03-29', [item('early', '2027-03-30T00:30:00+02:00')]);
    expect(week.days[1].items.map((entry) => entry.organizationId)).toEqual(['early']);
  });

  it('opens on the first placed meeting, else the window start', () => {
    expect(firstWeek('2027-01-04', [item('x', '2027-01-20T09:00:00+01:00'), item('y', null)])).toBe(
      '2027-01-18',
    );
    expect(firstWeek('2027-01-06', [item('y', null)])).toBe('2027-01-04');
  });
});
