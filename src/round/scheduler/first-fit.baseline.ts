import { findRemoteStart, findTripTiming } from './day-scheduling.js';
import { validateSchedulerInput } from './input-validation.js';
import * as reasons from './placement-reasons.js';
import { PlanState } from './plan-state.js';
import { prepareRound, tripLegs, type PreparedMunicipality, type PreparedRound } from './prepared-round.js';
import { buildProposal } from './proposal-output.js';
import type { Attendance, PlanResult, SchedulerInput, UnplacedMunicipality } from './scheduler.types.js';
import { diagnoseUnplaced } from './unplaced-diagnosis.js';

/**
 * BASELINE for the benchmark and tests, not for production: a naive first-fit planner. Municipalities are
 * taken in input order; each gets the earliest feasible slot of the window, and every on-site meeting is its
 * own round trip from the office. It honours the same hard constraints as planRound (same DayBook, same
 * calendar), so the two can be compared on travel and spread.
 */
export function planRoundFirstFit(input: SchedulerInput): PlanResult {
  const errors = validateSchedulerInput(input);
  if (errors.length > 0) return { ok: false, errors };
  const round = prepareRound(input);
  const state = new PlanState(round);
  const unplaced: UnplacedMunicipality[] = [];
  for (const source of input.municipalities) {
    const municipality = round.byId.get(source.id);
    if (!municipality) continue;
    const attendance = placeFirstFit(round, state, municipality);
    if (attendance !== null) unplaced.push(diagnoseUnplaced(round, municipality, attendance));
  }
  return {
    ok: true,
    proposal: buildProposal(round, { meetings: state.meetings, trips: state.trips, unplaced }),
  };
}

/** Places the municipality and returns null, or returns how it was last tried when nothing fitted. */
function placeFirstFit(
  round: PreparedRound,
  state: PlanState,
  municipality: PreparedMunicipality,
): Attendance | null {
  const travels = municipality.mode !== 'digital' && municipality.roundTripFits;
  if (municipality.mode === 'onsite' && !travels) return 'onsite';
  if (travels) {
    const legs = tripLegs(round, [municipality]);
    for (const day of municipality.allowed.toArray()) {
      if (round.book.meetingsOn(day) + 1 > round.maxPerDay) continue;
      const timing = findTripTiming(round, day, [municipality], legs);
      if (timing) {
        state.commitTrip(day, [municipality], legs, timing, () => [reasons.firstFit()]);
        return null;
      }
    }
    if (municipality.mode === 'onsite') return 'onsite';
  }
  for (const day of municipality.allowed.toArray()) {
    if (round.book.meetingsOn(day) + 1 > round.maxPerDay) continue;
    const start = findRemoteStart(round, day, municipality);
    if (start !== null) {
      state.commitRemote(day, municipality, start, [reasons.firstFit()]);
      return null;
    }
  }
  return 'remote';
}
