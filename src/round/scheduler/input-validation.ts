import {
  epochDay,
  instantToMillis,
  isInstant,
  isLocalDate,
  isLocalTime,
  isValidTimeZone,
  minutesOfTime,
} from './local-time.js';
import { resolveSchedulerConfig } from './scheduler-config.js';
import type {
  DateRange,
  GeoPoint,
  SchedulerConfig,
  SchedulerInput,
  SchedulerInputError,
  SchedulerInputErrorCode,
  TimeOfDayRange,
} from './scheduler.types.js';
import { calendarOfWindow, isSupportedHolidayCountry } from './working-calendar.js';

/** Longest window accepted; bounds the work of one plan (three years covers any cadence). */
export const MAX_WINDOW_DAYS = 3 * 366;
const MODES = new Set(['onsite', 'digital', 'hybrid']);
const MONTH_DAY_PATTERN = /^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

class ErrorList {
  readonly errors: SchedulerInputError[] = [];

  add(code: SchedulerInputErrorCode, path: string, message: string): void {
    this.errors.push({ code, path, message });
  }
}

function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

function isNonEmptyString(value: unknown): value is string {
  return typeof value === 'string' && value.trim().length > 0;
}

/**
 * Callers may hand in unchecked JSON, so lists are checked; a plain boolean (not a type guard) keeps the
 * declared element types instead of Array.isArray's any[].
 */
function isList(value: unknown): boolean {
  return Array.isArray(value);
}

function listOf<T>(list: readonly T[] | undefined): readonly T[] {
  return list ?? [];
}

function checkPoint(point: GeoPoint | undefined, path: string, errors: ErrorList): void {
  const valid =
    point !== undefined &&
    isFiniteNumber(point.lat) &&
    isFiniteNumber(point.lon) &&
    Math.abs(point.lat) <= 90 &&
    Math.abs(point.lon) <= 180;
  if (!valid) errors.add('INVALID_COORDINATES', path, 'needs lat in [-90, 90] and lon in [-180, 180]');
}

function checkHours(range: TimeOfDayRange | null | undefined, path: string, errors: ErrorList): boolean {
  if (!range || !isLocalTime(range.start) || !isLocalTime(range.end)) {
    errors.add('INVALID_TIME', path, 'needs start and end as HH:mm');
    return false;
  }
  if (minutesOfTime(range.start) >= minutesOfTime(range.end)) {
    errors.add('INVALID_TIME', path, 'start must be before end');
    return false;
  }
  return true;
}

function isRangeBound(value: unknown): boolean {
  return isLocalDate(value) || (typeof value === 'string' && MONTH_DAY_PATTERN.test(value));
}

function checkBlackout(range: DateRange, path: string, errors: ErrorList): void {
  const valid =
    isRangeBound(range.from) &&
    isRangeBound(range.to) &&
    range.from.length === range.to.length &&
    (range.from.length === 5 || range.from <= range.to);
  if (!valid) {
    errors.add(
      'INVALID_DATE',
      path,
      'needs from/to both as YYYY-MM-DD (from ≤ to) or both as MM-DD (yearly, may wrap over New Year)',
    );
  }
}

function checkIntegerAtLeast(value: unknown, min: number, path: string, errors: ErrorList): void {
  if (!Number.isInteger(value) || (value as number) < min) {
    errors.add('INVALID_CONFIG', path, `must be an integer ≥ ${min}`);
  }
}

function checkConfig(config: SchedulerConfig, errors: ErrorList): { workingOk: boolean } {
  if (!isValidTimeZone(config.timeZone)) {
    errors.add('INVALID_TIME_ZONE', 'config.timeZone', `unknown IANA time zone "${String(config.timeZone)}"`);
  }
  const workingOk = checkHours(config.workingHours, 'config.workingHours', errors);
  if (config.travelHours !== null) checkHours(config.travelHours, 'config.travelHours', errors);
  checkIntegerAtLeast(config.maxMeetingsPerDay, 1, 'config.maxMeetingsPerDay', errors);
  if (config.maxStopsPerTrip !== null) {
    checkIntegerAtLeast(config.maxStopsPerTrip, 1, 'config.maxStopsPerTrip', errors);
  }
  checkIntegerAtLeast(config.minGapDays, 0, 'config.minGapDays', errors);
  if (!Number.isInteger(config.slotMinutes) || config.slotMinutes < 1 || config.slotMinutes > 240) {
    errors.add('INVALID_CONFIG', 'config.slotMinutes', 'must be an integer from 1 to 240');
  }
  if (!isNonEmptyString(config.holidayCountry) || !isSupportedHolidayCountry(config.holidayCountry)) {
    errors.add('UNKNOWN_HOLIDAY_COUNTRY', 'config.holidayCountry', 'not a date-holidays country code');
  }
  checkPoint(config.office, 'config.office', errors);
  if (!isFiniteNumber(config.roadFactor) || config.roadFactor < 1) {
    errors.add('INVALID_CONFIG', 'config.roadFactor', 'must be a number ≥ 1');
  }
  if (!isFiniteNumber(config.averageSpeedKmh) || config.averageSpeedKmh <= 0) {
    errors.add('INVALID_CONFIG', 'config.averageSpeedKmh', 'must be a positive number');
  }
  checkIntegerAtLeast(config.travelBufferMinutes, 0, 'config.travelBufferMinutes', errors);
  if (typeof config.allowChaining !== 'boolean') {
    errors.add('INVALID_CONFIG', 'config.allowChaining', 'must be true or false');
  }
  if (!isList(config.blackouts)) {
    errors.add('INVALID_CONFIG', 'config.blackouts', 'must be a list of date ranges');
  } else {
    config.blackouts.forEach((range, i) => checkBlackout(range, `config.blackouts[${i}]`, errors));
  }
  return { workingOk };
}

function checkMunicipalities(input: SchedulerInput, errors: ErrorList): void {
  const municipalities = input.municipalities;
  if (!isList(municipalities)) {
    errors.add('INVALID_ID', 'municipalities', 'must be a list');
    return;
  }
  const seen = new Set<string>();
  municipalities.forEach((municipality, i) => {
    const path = `municipalities[${i}]`;
    if (!isNonEmptyString(municipality.id)) {
      errors.add('INVALID_ID', `${path}.id`, 'must be a non-empty string');
    } else if (seen.has(municipality.id)) {
      errors.add('DUPLICATE_MUNICIPALITY', `${path}.id`, `"${municipality.id}" appears more than once`);
    } else {
      seen.add(municipality.id);
    }
    if (typeof municipality.name !== 'string') errors.add('INVALID_ID', `${path}.name`, 'must be a string');
    checkPoint(municipality.seat, `${path}.seat`, errors);
    if (!MODES.has(municipality.mode)) {
      errors.add('INVALID_MODE', `${path}.mode`, 'must be onsite, digital or hybrid');
    }
    listOf(municipality.blockedDates).forEach((date, j) => {
      if (!isLocalDate(date)) errors.add('INVALID_DATE', `${path}.blockedDates[${j}]`, 'needs YYYY-MM-DD');
    });
    listOf(municipality.participants).forEach((person, j) => {
      if (!isNonEmptyString(person))
        errors.add('INVALID_ID', `${path}.participants[${j}]`, 'needs a person id');
    });
    listOf<number>(municipality.preferredWeekdays).forEach((weekday, j) => {
      if (!Number.isInteger(weekday) || weekday < 1 || weekday > 7) {
        errors.add(
          'INVALID_WEEKDAY',
          `${path}.preferredWeekdays[${j}]`,
          'needs an ISO weekday 1 (Monday) … 7',
        );
      }
    });
    const last = municipality.lastMeetingEnd;
    if (last !== undefined && last !== null && !isInstant(last)) {
      errors.add('INVALID_INSTANT', `${path}.lastMeetingEnd`, 'needs an ISO 8601 date-time with offset or Z');
    }
  });
}

function checkBusy(input: SchedulerInput, errors: ErrorList): void {
  (input.busy ?? []).forEach((interval, i) => {
    const path = `busy[${i}]`;
    if (!isList(interval.personIds) || !interval.personIds.every(isNonEmptyString)) {
      errors.add('INVALID_ID', `${path}.personIds`, 'needs a list of person ids');
    }
    const startOk = isInstant(interval.start);
    const endOk = isInstant(interval.end);
    if (!startOk)
      errors.add('INVALID_INSTANT', `${path}.start`, 'needs an ISO 8601 date-time with offset or Z');
    if (!endOk) errors.add('INVALID_INSTANT', `${path}.end`, 'needs an ISO 8601 date-time with offset or Z');
    if (startOk && endOk && instantToMillis(interval.end) <= instantToMillis(interval.start)) {
      errors.add('INVALID_INTERVAL', path, 'end must be after start');
    }
  });
}

/**
 * Every problem of the input at once, as typed errors (empty when the input can be planned). Never throws for
 * bad data; the API maps the codes to 400 (malformed) or 409/422 (e.g. a window with no working day).
 */
export function validateSchedulerInput(input: SchedulerInput): SchedulerInputError[] {
  const errors = new ErrorList();
  const config = resolveSchedulerConfig(input.config);
  const { workingOk } = checkConfig(config, errors);

  const { firstDate, lastDate } = input.window ?? { firstDate: undefined, lastDate: undefined };
  const datesOk = isLocalDate(firstDate) && isLocalDate(lastDate);
  if (!isLocalDate(firstDate)) errors.add('INVALID_DATE', 'window.firstDate', 'needs YYYY-MM-DD');
  if (!isLocalDate(lastDate)) errors.add('INVALID_DATE', 'window.lastDate', 'needs YYYY-MM-DD');
  let windowOk = datesOk;
  if (datesOk && lastDate < firstDate) {
    errors.add(
      'WINDOW_ENDS_BEFORE_START',
      'window',
      `the window ends (${lastDate}) before it starts (${firstDate})`,
    );
    windowOk = false;
  } else if (datesOk && epochDay(lastDate) - epochDay(firstDate) + 1 > MAX_WINDOW_DAYS) {
    errors.add('WINDOW_TOO_LONG', 'window', `a window may hold at most ${MAX_WINDOW_DAYS} days`);
    windowOk = false;
  }

  if (!Number.isInteger(input.durationMinutes) || input.durationMinutes < 1) {
    errors.add('INVALID_DURATION', 'durationMinutes', 'must be a whole number of minutes ≥ 1');
  } else if (workingOk) {
    const workingDay = minutesOfTime(config.workingHours.end) - minutesOfTime(config.workingHours.start);
    if (input.durationMinutes > workingDay) {
      errors.add(
        'DURATION_EXCEEDS_WORKING_DAY',
        'durationMinutes',
        `${input.durationMinutes} minutes do not fit a working day of ${workingDay} minutes`,
      );
    }
  }

  if (!isList(input.regionalTeam) || !input.regionalTeam.every(isNonEmptyString)) {
    errors.add('INVALID_ID', 'regionalTeam', 'needs a list of person ids');
  }
  checkMunicipalities(input, errors);
  checkBusy(input, errors);

  // Only meaningful once the calendar itself can be computed.
  const calendarOk = windowOk && errors.errors.every((error) => !error.path.startsWith('config.'));
  if (calendarOk && calendarOfWindow(firstDate, lastDate, config).every((day) => day.exclusion !== null)) {
    errors.add(
      'NO_WORKING_DAY_IN_WINDOW',
      'window',
      `no working day from ${firstDate} to ${lastDate} (weekends, holidays and blackouts removed)`,
    );
  }
  return errors.errors;
}
