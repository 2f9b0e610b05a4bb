import {
  earliestTripTiming,
  prepareRound,
  tripLegs,
  type PreparedMunicipality,
  type PreparedRound,
} from '../src/round/scheduler/prepared-round.js';
import type { SchedulerInput } from '../src/round/scheduler/index.js';

/** Exact search is used up to this many travellers per round; above it, a looser upper bound. */
const EXACT_LIMIT = 22;

/**
 * The most travel (minutes) that trips of at most two stops could save over one round trip per on-site
 * meeting: the maximum-weight matching of pairs that fit an empty day and share an allowed day. Busy people,
 * the daily limit and the spread are ignored, so no planner with two stops a trip can save more. Exact for
 * small rounds (search over subsets), otherwise Σ best pair saving / 2 (still an upper bound).
 */
export function maxPairSavings(input: SchedulerInput, onsiteIds: ReadonlySet<string>): number | null {
  const round = prepareRound(input);
  if (round.maxStops > 2) return null;
  const travellers = round.municipalities.filter((m) => onsiteIds.has(m.id));
  const count = travellers.length;
  const saving = travellers.map(() => new Array<number>(count).fill(0));
  for (let i = 0; i < count; i++) {
    for (let j = i + 1; j < count; j++) {
      saving[i][j] = saving[j][i] = pairSaving(round, travellers[i], travellers[j]);
    }
  }
  if (count > EXACT_LIMIT) return saving.reduce((sum, row) => sum + Math.max(0, ...row) / 2, 0);
  const memo = new Map<number, number>();
  const best = (mask: number): number => {
    if (mask === 0) return 0;
    const cached = memo.get(mask);
    if (cached !== undefined) return cached;
    const i = 31 - Math.clz32(mask & -mask);
    const rest = mask & ~(1 << i);
    let value = best(rest);
    for (let j = i + 1; j < count; j++) {
      if (rest & (1 << j) && saving[i][j] > 0) value = Math.max(value, saving[i][j] + best(rest & ~(1 << j)));
    }
    memo.set(mask, value);
    return value;
  };
  return best((1 << count) - 1);
}

function pairSaving(round: PreparedRound, a: PreparedMunicipality, b: PreparedMunicipality): number {
  if (a.allowed.intersect(b.allowed).count() === 0) return 0;
  const forward = tripLegs(round, [a, b]);
  const fits = earliestTripTiming(round, forward) ?? earliestTripTiming(round, tripLegs(round, [b, a]));
  if (!fits) return 0;
  return Math.max(
    0,
    2 * a.officeLegMinutes + 2 * b.officeLegMinutes - forward.reduce((sum, leg) => sum + leg, 0),
  );
}
