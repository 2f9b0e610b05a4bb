import type { SchedulerConfig } from './scheduler.types.js';

/**
 * Defaults for Region Västerbotten. Summer and Christmas blackouts recur every year: most business offices
 * are closed or thinly staffed from July to early August and between Christmas and Epiphany.
 */
export const DEFAULT_SCHEDULER_CONFIG: Readonly<SchedulerConfig> = Object.freeze({
  timeZone: 'Europe/Stockholm',
  workingHours: { start: '09:00', end: '16:00' },
  travelHours: null,
  maxMeetingsPerDay: 2,
  maxStopsPerTrip: null,
  blackouts: [
    { from: '07-01', to: '08-10', label: 'Summer' },
    { from: '12-22', to: '01-06', label: 'Christmas and New Year' },
  ],
  minGapDays: 30,
  slotMinutes: 15,
  holidayCountry: 'SE',
  // Region Västerbotten's office in Umeå.
  office: { lat: 63.8258, lon: 20.263 },
  roadFactor: 1.3,
  averageSpeedKmh: 70,
  travelBufferMinutes: 15,
  allowChaining: true,
});

/** Applies the overrides field by field over the defaults (a given object replaces the default whole). */
export function resolveSchedulerConfig(overrides: Partial<SchedulerConfig> | undefined): SchedulerConfig {
  const merged: SchedulerConfig = { ...DEFAULT_SCHEDULER_CONFIG };
  if (!overrides) return merged;
  for (const key of Object.keys(overrides) as (keyof SchedulerConfig)[]) {
    const value = overrides[key];
    if (value !== undefined) (merged as unknown as Record<string, unknown>)[key] = value;
  }
  return merged;
}
