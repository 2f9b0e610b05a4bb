import { compareStrings, timeOfMinutes } from './local-time.js';
import { TEAM_OWNER, type Block } from './day-book.js';
import { findRemoteStart, findTripTiming } from './day-scheduling.js';
import {
  alignedStart,
  lastMeetingOwner,
  tripLegs,
  type PreparedMunicipality,
  type PreparedRound,
} from './prepared-round.js';
import type { Attendance, ConstraintCode, UnplacedMunicipality } from './scheduler.types.js';

type DayCounts = Partial<Record<ConstraintCode, number>>;

/**
 * Why no working day could take the municipality, judged on the final plan. Each working day is charged to
 * the first constraint that rules it out, in the order: blocked dates, minimum gap, travel, busy people, daily
 * limit. The reported code is the constraint that removed the last remaining days.
 */
export function diagnoseUnplaced(
  round: PreparedRound,
  municipality: PreparedMunicipality,
  attendance: Attendance,
): UnplacedMunicipality {
  const counts: DayCounts = {};
  const busyPersons = new Set<string>();
  const bump = (code: ConstraintCode): void => {
    counts[code] = (counts[code] ?? 0) + 1;
  };
  const travelBlocked = attendance === 'onsite' && !municipality.roundTripFits;
  const legs = attendance === 'onsite' ? tripLegs(round, [municipality]) : null;
  let feasibleDays = 0;

  for (const day of round.days) {
    if (municipality.blocked.has(day.date)) bump('BLOCKED_DATES');
    else if (municipality.earliestDate !== null && day.date < municipality.earliestDate) bump('MIN_GAP');
    else if (travelBlocked) bump('TRAVEL_EXCEEDS_DAY');
    else {
      // People first: a day where they are busy anyway would not help even if the limit allowed it.
      const blockers: Block[] = [];
      const sink = (block: Block): void => void blockers.push(block);
      const found = legs
        ? findTripTiming(round, day.index, [municipality], legs, sink)
        : findRemoteStart(round, day.index, municipality, sink);
      if (found !== null) {
        if (round.book.meetingsOn(day.index) + 1 > round.maxPerDay) bump('DAILY_LIMIT');
        else feasibleDays++;
        continue;
      }
      const gapOwner = lastMeetingOwner(municipality.id);
      if (blockers.length > 0 && blockers.every((block) => block.owner === gapOwner)) {
        bump('MIN_GAP');
        continue;
      }
      bump('PERSON_BUSY');
      for (const block of blockers) {
        if (block.owner === gapOwner) continue;
        const persons = block.owner === TEAM_OWNER ? teamNames(round) : [block.owner];
        for (const person of persons) busyPersons.add(person);
      }
    }
  }
  const code = primaryCode(round.days.length, counts, feasibleDays);
  return {
    municipalityId: municipality.id,
    municipalityName: municipality.name,
    code,
    message: messageFor(round, municipality, code, counts, busyPersons),
    details: {
      workingDays: round.days.length,
      daysRuledOutBy: counts,
      ...(busyPersons.size > 0 ? { busyPersons: [...busyPersons].sort(compareStrings) } : {}),
      ...(municipality.earliestDate !== null ? { earliestDateAfterMinGap: municipality.earliestDate } : {}),
      ...(attendance === 'onsite' ? { roundTripMinutes: municipality.roundTripMinutes } : {}),
    },
  };
}

function teamNames(round: PreparedRound): string[] {
  return round.team.length > 0 ? round.team : [TEAM_OWNER];
}

function primaryCode(workingDays: number, counts: DayCounts, feasibleDays: number): ConstraintCode {
  if (workingDays === 0) return 'NO_WORKING_DAY_IN_WINDOW';
  if (feasibleDays > 0) return 'NO_FEASIBLE_DAY';
  let ruledOut = 0;
  for (const code of ['BLOCKED_DATES', 'MIN_GAP', 'TRAVEL_EXCEEDS_DAY'] as const) {
    ruledOut += counts[code] ?? 0;
    if ((counts[code] ?? 0) > 0 && ruledOut === workingDays) return code;
  }
  const limit = counts.DAILY_LIMIT ?? 0;
  const busy = counts.PERSON_BUSY ?? 0;
  if (limit === 0 && busy === 0) return (counts.MIN_GAP ?? 0) > 0 ? 'MIN_GAP' : 'NO_FEASIBLE_DAY';
  return limit >= busy ? 'DAILY_LIMIT' : 'PERSON_BUSY';
}

function messageFor(
  round: PreparedRound,
  municipality: PreparedMunicipality,
  code: ConstraintCode,
  counts: DayCounts,
  busyPersons: ReadonlySet<string>,
): string {
  const days = round.days.length;
  const left = days - (counts.BLOCKED_DATES ?? 0) - (counts.MIN_GAP ?? 0);
  switch (code) {
    case 'BLOCKED_DATES':
      return `The municipality's blocked dates cover all ${days} working days of the window`;
    case 'MIN_GAP':
      return `The minimum gap of ${round.config.minGapDays} days after the last meeting (${municipality.lastMeetingDate ?? '?'}) leaves no free working day in the window (earliest allowed ${municipality.earliestDate ?? '?'})`;
    case 'TRAVEL_EXCEEDS_DAY':
      return travelMessage(round, municipality);
    case 'DAILY_LIMIT':
      return `Each of the ${counts.DAILY_LIMIT ?? 0} remaining day(s) (of ${left} not blocked) already has the regional team's maximum of ${round.maxPerDay} meeting(s)`;
    case 'PERSON_BUSY':
      return `Needed people are busy on ${counts.PERSON_BUSY ?? 0} of the ${left} day(s) not blocked: ${[...busyPersons].sort(compareStrings).join(', ')}`;
    case 'NO_WORKING_DAY_IN_WINDOW':
      return 'The window holds no working day';
    default:
      return 'No feasible day was found';
  }
}

/** Says where the earliest possible visit would overrun: the meeting past working hours, or the drive home. */
function travelMessage(round: PreparedRound, municipality: PreparedMunicipality): string {
  const leg = municipality.officeLegMinutes;
  const start = alignedStart(round, Math.max(round.workStart, round.travelStart + leg));
  const end = start + round.duration;
  const back = end + leg;
  const trip = `${leg} min travel each way plus the ${round.duration}-min meeting`;
  if (end > round.workEnd) {
    return `An on-site visit does not fit: leaving at ${timeOfMinutes(round.travelStart)}, the meeting could start at ${timeOfMinutes(start)} and would end at ${timeOfMinutes(end)}, after working hours end (${timeOfMinutes(round.workEnd)}); ${trip}`;
  }
  return `An on-site visit does not fit: leaving at ${timeOfMinutes(start - leg)}, the team would be back at ${timeOfMinutes(back)}, after the travel hours end (${timeOfMinutes(round.travelEnd)}); ${trip}`;
}
