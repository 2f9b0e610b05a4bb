import type { PreparedMunicipality } from './prepared-round.js';
import type { ConstraintCode, LocalDate, PlacementReason, ReasonParams } from './scheduler.types.js';

export const WEEKDAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

export function weekdayName(weekday: number): string {
  return WEEKDAY_NAMES[weekday - 1] ?? String(weekday);
}

function reason(code: PlacementReason['code'], message: string, params: ReasonParams): PlacementReason {
  return { code, message, params };
}

/** Enough of a municipality to name it. */
export interface Named {
  id: string;
  name: string;
}

export function chainedWith(others: readonly Named[], travelMinutes: number): PlacementReason {
  const names = others.map((other) => other.name);
  return reason(
    'CHAINED_WITH',
    `Visited on the same trip as ${names.join(', ')} (trip travel ${travelMinutes} min)`,
    { municipalityIds: others.map((other) => other.id), names, tripTravelMinutes: travelMinutes },
  );
}

export function roundTrip(legMinutes: number): PlacementReason {
  return reason('ROUND_TRIP', `On-site: ${legMinutes} min travel each way from the office`, {
    travelMinutesEachWay: legMinutes,
  });
}

export function digital(): PlacementReason {
  return reason('DIGITAL', 'Digital meeting: no travel', {});
}

export function hybridRemote(
  cause: 'TRAVEL_EXCEEDS_DAY' | 'NO_DAY_FOR_TRIP',
  roundTripMinutes: number,
): PlacementReason {
  const message =
    cause === 'TRAVEL_EXCEEDS_DAY'
      ? `Hybrid: the regional team joins remotely; a day trip (${roundTripMinutes} min of travel and meeting) does not fit the travel hours`
      : 'Hybrid: the regional team joins remotely; no day in the window had room for the trip';
  return reason('HYBRID_JOINED_REMOTELY', message, { cause, roundTripMinutes });
}

export function preferredWeekday(
  municipality: PreparedMunicipality,
  weekday: number,
): PlacementReason | null {
  const preferred = municipality.preferredWeekdays;
  if (!preferred) return null;
  const list = [...preferred].sort((a, b) => a - b);
  if (preferred.has(weekday)) {
    return reason('PREFERRED_WEEKDAY', `On a preferred weekday (${weekdayName(weekday)})`, {
      weekday,
      preferredWeekdays: list.map(String),
    });
  }
  return reason(
    'PREFERRED_WEEKDAY_UNAVAILABLE',
    `Not on a preferred weekday (${list.map(weekdayName).join(', ')}): none was free within reach`,
    { weekday, preferredWeekdays: list.map(String) },
  );
}

export function minGap(
  municipality: PreparedMunicipality,
  minGapDays: number,
  onEarliestDay: boolean,
): PlacementReason | null {
  if (municipality.earliestDate === null || municipality.lastMeetingDate === null) return null;
  const params = {
    lastMeetingDate: municipality.lastMeetingDate,
    earliestDate: municipality.earliestDate,
    minGapDays,
  };
  return onEarliestDay
    ? reason(
        'EARLIEST_AFTER_MIN_GAP',
        `The first free working day on or after ${municipality.earliestDate} (${minGapDays} days after the last meeting)`,
        params,
      )
    : reason(
        'AFTER_MIN_GAP',
        `At least ${minGapDays} days after the last meeting (${municipality.lastMeetingDate})`,
        params,
      );
}

export function spread(targetDate: LocalDate, workingDaysAway: number): PlacementReason {
  return workingDaysAway === 0
    ? reason('SPREAD_TARGET', `On its share of the window for an even spread (${targetDate})`, { targetDate })
    : reason(
        'NEAR_SPREAD_TARGET',
        `${workingDaysAway} working day(s) from its share of the window (${targetDate}) for an even spread`,
        { targetDate, workingDaysAway },
      );
}

export function targetUnavailable(date: LocalDate, code: ConstraintCode, detail: string): PlacementReason {
  return reason('TARGET_DAY_UNAVAILABLE', `A better day (${date}) was ruled out: ${detail}`, {
    date,
    constraint: code,
  });
}

export function firstFit(): PlacementReason {
  return reason('FIRST_FIT', 'Baseline: the earliest feasible slot in input order', {});
}

export function manualMove(): PlacementReason {
  return reason('MANUAL_MOVE', 'Moved by the coordinator', {});
}
