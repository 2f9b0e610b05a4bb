import type { Block } from './day-book.js';
import {
  alignedStart,
  type PreparedMunicipality,
  type PreparedRound,
  type TripTiming,
} from './prepared-round.js';

/** Receives every block that stood in the way, so an unplaced municipality can name who was busy. */
export type ConflictSink = (block: Block) => void;

function ownersConflict(
  round: PreparedRound,
  municipality: PreparedMunicipality,
  day: number,
  start: number,
  end: number,
  sink?: ConflictSink,
): boolean {
  for (const owner of municipality.calendarOwners) {
    const block = round.book.personConflict(owner, day, start, end);
    if (block) {
      sink?.(block);
      return true;
    }
  }
  return false;
}

/** Earliest start ≥ `from` on the slot grid at which the municipality's people are free, or null. */
function earliestFreeStart(
  round: PreparedRound,
  municipality: PreparedMunicipality,
  day: number,
  from: number,
  sink?: ConflictSink,
): number | null {
  for (let start = alignedStart(round, Math.max(from, round.workStart)); ; start += round.slot) {
    if (start + round.duration > round.workEnd) return null;
    if (!ownersConflict(round, municipality, day, start, start + round.duration, sink)) return start;
  }
}

/**
 * The earliest schedule of a trip on a day, given what is already booked: every stop's people free at its
 * meeting and the team free from departure to return (travel and waiting included). Null when none exists.
 */
export function findTripTiming(
  round: PreparedRound,
  day: number,
  stops: readonly PreparedMunicipality[],
  legs: readonly number[],
  sink?: ConflictSink,
): TripTiming | null {
  let from = round.travelStart + legs[0];
  for (;;) {
    const first = earliestFreeStart(round, stops[0], day, from, sink);
    if (first === null) return null;
    const starts = [first];
    for (let i = 1; i < stops.length; i++) {
      const previousEnd = starts[i - 1] + round.duration;
      const start = earliestFreeStart(round, stops[i], day, previousEnd + legs[i], sink);
      // A later first meeting only pushes this one later still: give up on the day.
      if (start === null) return null;
      starts.push(start);
    }
    const departure = first - legs[0];
    const back = starts[starts.length - 1] + round.duration + legs[legs.length - 1];
    if (back > round.travelEnd) return null;
    const block = round.book.teamConflict(day, departure, back);
    if (!block) return { departure, return: back, starts };
    sink?.(block);
    from = first + round.slot;
  }
}

/** Earliest start of a meeting the team attends remotely, or null. */
export function findRemoteStart(
  round: PreparedRound,
  day: number,
  municipality: PreparedMunicipality,
  sink?: ConflictSink,
): number | null {
  let from = round.workStart;
  for (;;) {
    const start = earliestFreeStart(round, municipality, day, from, sink);
    if (start === null) return null;
    const block = round.book.teamConflict(day, start, start + round.duration);
    if (!block) return start;
    sink?.(block);
    from = start + round.slot;
  }
}
