import type { DaySet } from './day-set.js';
import { findRemoteStart, findTripTiming } from './day-scheduling.js';
import { validateSchedulerInput } from './input-validation.js';
import * as reasons from './placement-reasons.js';
import { PlanState, type PlanOutcome } from './plan-state.js';
import {
  prepareRound,
  tripLegs,
  type PreparedMunicipality,
  type PreparedRound,
  type TripTiming,
} from './prepared-round.js';
import { buildProposal } from './proposal-output.js';
import type {
  Attendance,
  ConstraintCode,
  PlacementReason,
  PlanOptions,
  PlanResult,
  SchedulerInput,
} from './scheduler.types.js';
import { buildTrips } from './trip-builder.js';
import { diagnoseUnplaced } from './unplaced-diagnosis.js';

/** Weight of a missed preferred weekday per municipality, in "spacings" of the even spread. */
const PREFERRED_WEEKDAY_WEIGHT = 3;
/** Weight of each meeting already on a day, in spacings: spreads meetings over days rather than stacking them. */
const LOAD_WEIGHT = 1;

/** One thing to place on one day: a trip (one or more on-site meetings) or a meeting attended remotely. */
interface Unit {
  members: PreparedMunicipality[];
  attendance: Attendance;
  allowed: DaySet;
  allowedCount: number;
  first: number;
  last: number;
  /** Day index this unit should ideally take for an even spread. */
  target: number;
  hybridCause?: 'TRAVEL_EXCEEDS_DAY' | 'NO_DAY_FOR_TRIP';
}

interface Rejection {
  day: number;
  code: ConstraintCode;
  detail: string;
}

/**
 * Plans a round: one meeting per municipality that honours every hard constraint, or the reason it could not.
 *
 * 1. Municipalities the team travels to are grouped into day trips by travel savings (trip-builder.ts).
 * 2. Every trip and every remote meeting gets an ideal day so that the units are spread evenly over the
 *    window's working days, in order of their earliest possible day.
 * 3. The most constrained units (fewest allowed days) choose first: the allowed day closest to their ideal,
 *    preferring preferred weekdays and days with fewer meetings, whose schedule still fits (daily limit,
 *    everyone free, travel inside the travel hours).
 * 4. A trip that fits no day is split into single visits; a hybrid meeting that cannot travel is attended
 *    remotely; what still fits nowhere is reported with the constraint that blocked it.
 *
 * Deterministic: municipalities are processed in id order and every tie is broken by index or id.
 */
export function planRound(input: SchedulerInput, options: PlanOptions = {}): PlanResult {
  const errors = validateSchedulerInput(input);
  if (errors.length > 0) return { ok: false, errors };
  const round = prepareRound(input);
  return { ok: true, proposal: buildProposal(round, planPrepared(round, options)) };
}

function planPrepared(round: PreparedRound, options: PlanOptions): PlanOutcome {
  const state = new PlanState(round);
  const failed: { municipality: PreparedMunicipality; attendance: Attendance }[] = [];
  const travellers: PreparedMunicipality[] = [];
  const remote: Unit[] = [];

  for (const municipality of round.municipalities) {
    if (municipality.allowedCount === 0) {
      failed.push({ municipality, attendance: municipality.mode === 'onsite' ? 'onsite' : 'remote' });
    } else if (municipality.mode === 'digital') {
      remote.push(makeUnit([municipality], 'remote'));
    } else if (municipality.roundTripFits) {
      travellers.push(municipality);
    } else if (municipality.mode === 'hybrid') {
      remote.push({ ...makeUnit([municipality], 'remote'), hybridCause: 'TRAVEL_EXCEEDS_DAY' });
    } else {
      failed.push({ municipality, attendance: 'onsite' });
    }
  }

  const units = [...buildTrips(round, travellers).map((stops) => makeUnit(stops, 'onsite')), ...remote];
  assignSpreadTargets(units, round.days.length);
  const queue = units.sort(byConstraint);
  const spacing = Math.max(1, round.days.length / Math.max(1, units.length));

  for (let i = 0; i < queue.length; i++) {
    const unit = queue[i];
    if (!placeUnit(round, state, unit, spacing)) {
      const retry = fallbackUnits(unit);
      if (retry.length > 0) queue.splice(i + 1, 0, ...retry);
      else failed.push({ municipality: unit.members[0], attendance: unit.attendance });
    }
    options.onProgress?.({ done: i + 1, total: queue.length });
  }

  const unplaced = failed.map(({ municipality, attendance }) =>
    diagnoseUnplaced(round, municipality, attendance),
  );
  return { meetings: state.meetings, trips: state.trips, unplaced };
}

/** What to try when a unit fits no day: a trip's stops one by one, a hybrid visit attended remotely. */
function fallbackUnits(unit: Unit): Unit[] {
  if (unit.members.length > 1) {
    return unit.members
      .map((member) => ({ ...makeUnit([member], 'onsite'), target: unit.target }))
      .sort(byConstraint);
  }
  if (unit.attendance === 'onsite' && unit.members[0].mode === 'hybrid') {
    return [{ ...makeUnit(unit.members, 'remote'), target: unit.target, hybridCause: 'NO_DAY_FOR_TRIP' }];
  }
  return [];
}

function makeUnit(members: PreparedMunicipality[], attendance: Attendance): Unit {
  let allowed = members[0].allowed;
  for (const member of members.slice(1)) allowed = allowed.intersect(member.allowed);
  return {
    members,
    attendance,
    allowed,
    allowedCount: allowed.count(),
    first: allowed.first(),
    last: allowed.last(),
    target: 0,
  };
}

function firstIndex(unit: Unit): number {
  return Math.min(...unit.members.map((member) => member.index));
}

/** Fewest allowed days first; trips before remote meetings (remote ones fill what is left). */
function byConstraint(a: Unit, b: Unit): number {
  return (
    a.allowedCount - b.allowedCount ||
    (a.attendance === b.attendance ? 0 : a.attendance === 'onsite' ? -1 : 1) ||
    a.target - b.target ||
    firstIndex(a) - firstIndex(b)
  );
}

/**
 * Spreads the units evenly over the working days: sorted by their earliest and latest allowed day, unit k of K
 * aims at day (k + ½)·D/K, moved inside its own allowed range.
 */
function assignSpreadTargets(units: Unit[], dayCount: number): void {
  const ordered = [...units].sort(
    (a, b) => a.first - b.first || a.last - b.last || firstIndex(a) - firstIndex(b),
  );
  ordered.forEach((unit, k) => {
    const ideal = Math.floor(((k + 0.5) * dayCount) / ordered.length);
    unit.target = Math.min(Math.max(ideal, unit.first), unit.last);
  });
}

/** Tries the allowed days from best to worst (spread, preferred weekdays, load) and commits the first that fits. */
function placeUnit(round: PreparedRound, state: PlanState, unit: Unit, spacing: number): boolean {
  const candidates = unit.allowed.toArray();
  const cost = new Float64Array(round.days.length);
  for (const day of candidates) cost[day] = dayCost(round, unit, day, spacing);
  candidates.sort((a, b) => cost[a] - cost[b] || a - b);

  const legs = unit.attendance === 'onsite' ? tripLegs(round, unit.members) : null;
  let firstRejection: Rejection | null = null;
  for (const day of candidates) {
    if (round.book.meetingsOn(day) + unit.members.length > round.maxPerDay) {
      firstRejection ??= {
        day,
        code: 'DAILY_LIMIT',
        detail: `the regional team already had ${round.book.meetingsOn(day)} meeting(s)`,
      };
      continue;
    }
    if (legs) {
      const timing = findTripTiming(round, day, unit.members, legs);
      if (timing) {
        commitTrip(round, state, unit, day, legs, timing, firstRejection);
        return true;
      }
    } else {
      const start = findRemoteStart(round, day, unit.members[0]);
      if (start !== null) {
        state.commitRemote(
          day,
          unit.members[0],
          start,
          reasonsFor(round, unit, unit.members[0], day, firstRejection, 0),
        );
        return true;
      }
    }
    firstRejection ??= { day, code: 'PERSON_BUSY', detail: 'people needed were busy' };
  }
  return false;
}

function dayCost(round: PreparedRound, unit: Unit, day: number, spacing: number): number {
  const weekday = round.days[day].weekday;
  let misses = 0;
  for (const member of unit.members) {
    if (member.preferredWeekdays && !member.preferredWeekdays.has(weekday)) misses++;
  }
  return (
    Math.abs(day - unit.target) / spacing +
    PREFERRED_WEEKDAY_WEIGHT * misses +
    LOAD_WEIGHT * round.book.meetingsOn(day)
  );
}

function commitTrip(
  round: PreparedRound,
  state: PlanState,
  unit: Unit,
  day: number,
  legs: number[],
  timing: TripTiming,
  rejection: Rejection | null,
): void {
  const travel = legs.reduce((sum, leg) => sum + leg, 0);
  state.commitTrip(day, unit.members, legs, timing, (member) =>
    reasonsFor(round, unit, member, day, rejection, travel),
  );
}

/** The explanation of one placement: how the team attends, then each soft preference it met or missed. */
function reasonsFor(
  round: PreparedRound,
  unit: Unit,
  member: PreparedMunicipality,
  day: number,
  rejection: Rejection | null,
  tripTravel: number,
): PlacementReason[] {
  const list: PlacementReason[] = [];
  if (unit.attendance === 'onsite') {
    const others = unit.members.filter((other) => other !== member);
    list.push(
      others.length > 0
        ? reasons.chainedWith(others, tripTravel)
        : reasons.roundTrip(member.officeLegMinutes),
    );
  } else if (unit.hybridCause) {
    list.push(reasons.hybridRemote(unit.hybridCause, member.roundTripMinutes));
  } else {
    list.push(reasons.digital());
  }
  // Only worth saying when the gap actually took days away from the window.
  if (member.earliestDate !== null && member.earliestDate > round.days[0].date) {
    const gap = reasons.minGap(member, round.config.minGapDays, day === member.allowed.first());
    if (gap) list.push(gap);
  }
  const weekday = reasons.preferredWeekday(member, round.days[day].weekday);
  if (weekday) list.push(weekday);
  list.push(reasons.spread(round.days[unit.target].date, Math.abs(day - unit.target)));
  if (rejection && rejection.day !== day) {
    list.push(reasons.targetUnavailable(round.days[rejection.day].date, rejection.code, rejection.detail));
  } else if (!unit.allowed.has(unit.target)) {
    list.push(staticRejection(round, unit, unit.target));
  }
  return list;
}

function staticRejection(round: PreparedRound, unit: Unit, day: number): PlacementReason {
  const date = round.days[day].date;
  const blocker = unit.members.find((member) => member.blocked.has(date));
  if (blocker) return reasons.targetUnavailable(date, 'BLOCKED_DATES', `${blocker.name} has blocked it`);
  return reasons.targetUnavailable(date, 'MIN_GAP', 'too soon after the last meeting');
}
